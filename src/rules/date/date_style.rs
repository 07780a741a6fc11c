use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// French, Spanish and Russian write the month in lower case inside a date ("2
    /// décembre 2004", "2 de diciembre de 2004", "2 декабря 2004 года"), and French
    /// writes the first of the month as an ordinal, "1er janvier 2005" (conventions
    /// §2.5, §3.5, §4.5 [V]). "2 Décembre 2004" or "1 janvier 2005" is English or
    /// careless typing. The standard form comes from the language's profile, so a
    /// language whose first of the month is a plain "1" is not asked for a suffix.
    /// A date without a day may open a line or sentence ("Décembre 2004") and is
    /// left alone.
    pub struct DateStyle {
        id: "date-style",
        category: Date,
        severity: Warning,
        summary: "Month names in lower case, and the first of the month as the language writes it (“1er janvier”)",
        bad: [
            "L'Assemblée générale,\n\nRappelant sa résolution 59/50 du 2 Décembre 2004 et sa décision du 1 janvier 2005,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n",
        ],
        good: [
            "L'Assemblée générale,\n\nRappelant sa résolution 59/50 du 2 décembre 2004 et sa décision du 1er janvier 2005,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n",
        ],
    }
}

impl Rule for DateStyle {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let profile = doc.profile();
        let Some(lex) = profile.date_lexicon() else {
            return;
        };
        for d in &doc.dates {
            let (Some(day), true) = (d.day, d.lang == doc.language) else {
                continue;
            };
            if !(1..=12).contains(&d.month) {
                continue;
            }
            let written = d.span.of(text);
            let forms = lex.months[d.month as usize - 1];
            // The month: the first word that is one of its forms, capitalised where
            // the forms are lower case.
            let mut runs: Vec<(usize, usize)> = Vec::new();
            for (i, c) in written.char_indices() {
                let end = i + c.len_utf8();
                match runs.last_mut() {
                    Some(r) if c.is_alphabetic() && r.1 == i => r.1 = end,
                    _ if c.is_alphabetic() => runs.push((i, end)),
                    _ => {}
                }
            }
            for (start, end) in runs {
                let w = &written[start..end];
                let Some(first) = w.chars().next() else {
                    continue;
                };
                let lower = crate::lang::phrase::fold(w);
                let listed = forms.iter().any(|f| *f == lower);
                let standard_lower = forms
                    .first()
                    .and_then(|f| f.chars().next())
                    .is_some_and(char::is_lowercase);
                if listed && standard_lower && first.is_uppercase() {
                    let sp = Span::new(d.span.start + start, d.span.start + start + w.len());
                    let m = msg!(cx.ui,
                        en: "Month names are written in lower case in this language: “{lower}”, not “{w}”",
                        zh: "该语文的月份名称应小写：“{lower}”，而非“{w}”",
                        fr: "Les noms de mois s’écrivent en minuscules : « {lower} », et non « {w} »",
                        es: "Los nombres de los meses se escriben con minúscula: “{lower}”, no “{w}”",
                        ru: "Названия месяцев пишутся со строчной буквы: «{lower}», а не «{w}»",
                        ar: "تكتب أسماء الأشهر بحروف صغيرة في هذه اللغة: ”{lower}“ لا ”{w}“");
                    let label = msg!(cx.ui,
                        en: "Replace with “{lower}”",
                        zh: "改为“{lower}”",
                        fr: "Remplacer par « {lower} »",
                        es: "Reemplazar por “{lower}”",
                        ru: "Заменить на «{lower}»",
                        ar: "الاستبدال بـ ”{lower}“");
                    cx.report(sp, m, edit(sp, lower.clone(), label));
                    break;
                }
                if listed {
                    break;
                }
            }
            // The first of the month: the standard form's day ("1er") against the
            // written one ("1"), when the written day is plain figures.
            if day == 1 {
                let canonical = profile.format_date(d.year, d.month, Some(1));
                let want = canonical.split(' ').next().unwrap_or("");
                let digits = written.bytes().take_while(u8::is_ascii_digit).count();
                let got = &written[..digits];
                let plain = written[digits..].starts_with(crate::text::is_hspace);
                if got == "1" && plain && want != got && want.starts_with('1') {
                    let sp = Span::new(d.span.start, d.span.start + 1);
                    let m = msg!(cx.ui,
                        en: "The first of the month is written “{want}” in this language",
                        zh: "该语文中每月一日写作“{want}”",
                        fr: "Le premier jour du mois s’écrit « {want} »",
                        es: "El primer día del mes se escribe “{want}”",
                        ru: "Первое число месяца пишется «{want}»",
                        ar: "يكتب اليوم الأول من الشهر ”{want}“ في هذه اللغة");
                    let label = msg!(cx.ui,
                        en: "Replace with “{want}”",
                        zh: "改为“{want}”",
                        fr: "Remplacer par « {want} »",
                        es: "Reemplazar por “{want}”",
                        ru: "Заменить на «{want}»",
                        ar: "الاستبدال بـ ”{want}“");
                    cx.report(sp, m, edit(sp, want.to_string(), label));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "date-style";

    #[test]
    fn month_case_and_first_of_the_month() {
        let t = "L'Assemblée générale,\n\nRappelant ses résolutions du 2\u{A0}Décembre 2004, du 1 janvier 2005 et du 1er Février 2006, et la Déclaration de Décembre 2004,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        assert_eq!(covered(ID, t), ["Décembre", "1", "Février"]);
        assert_eq!(
            fixed_all(ID, t),
            "L'Assemblée générale,\n\nRappelant ses résolutions du 2\u{A0}décembre 2004, du 1er janvier 2005 et du 1er février 2006, et la Déclaration de Décembre 2004,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n"
        );
    }

    #[test]
    fn english_months_keep_their_capital() {
        let t = "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004 and 1 January 2005,\n\n1. Decides to remain seized of the matter.\n";
        assert!(covered(ID, t).is_empty());
    }
}
