use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// Operative paragraphs are numbered 1, 2, 3… in Arabic numerals so that they can be
    /// cited ("paragraph 5 of resolution 59/50"); a gap, a repeated number or a restart
    /// makes every later reference ambiguous. A single operative paragraph is not
    /// numbered.
    pub struct OperativeNumbering {
        id: "operative-numbering",
        category: Structure,
        severity: Error,
        summary: "Operative paragraphs are numbered 1, 2, 3… with no gap, repeat or restart",
        bad: [
            "The General Assembly,\n\nRecalling its resolutions,\n\n1. Welcomes the report;\n\n2. Requests a report;\n\n4. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\n1. Welcomes the report;\n\n1. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\n1. Welcomes the report;\n\n2. Decides to remain seized of the matter.\n",
            "The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n",
        ],
    }
}

impl Rule for OperativeNumbering {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        for d in &doc.drafts {
            let numbered = d.operative.iter().filter(|p| p.number.is_some()).count();
            let total = d.operative.len();
            if numbered == 0 {
                if total > 1 {
                    for (k, p) in d.operative.iter().enumerate() {
                        let n = k + 1;
                        let at = Span::new(p.span.start, p.span.start);
                        let here = p
                            .opener
                            .as_ref()
                            .map_or(p.span, |o| Span::new(o.start, o.end));
                        let m = msg!(cx.ui,
                            en: "Operative paragraphs are numbered when there are several; this one would be {n}",
                            zh: "有多个执行段落时应编号；此段应为第{n}段",
                            fr: "Les paragraphes du dispositif sont numérotés lorsqu’il y en a plusieurs ; celui-ci porterait le numéro {n}",
                            es: "Los párrafos dispositivos se numeran cuando hay varios; este sería el {n}",
                            ru: "Пункты постановляющей части нумеруются, если их несколько; этот пункт должен иметь номер {n}",
                            ar: "تُرقَّم فقرات المنطوق إذا تعددت؛ ورقم هذه الفقرة {n}");
                        let label = msg!(cx.ui, en: "Number it {n}.", zh: "编号为{n}.",
                            fr: "Numéroter {n}.",
                            es: "Numerar {n}.",
                            ru: "Присвоить номер {n}.",
                            ar: "ترقيمها {n}.");
                        let lab = doc.profile().paragraph_label(n as u32);
                        cx.report(here, m, edit(at, format!("{lab} "), label));
                    }
                }
                continue;
            }
            if total == 1 && numbered == 1 {
                if let Some((1, span)) = d.operative[0].number {
                    let m = msg!(cx.ui,
                        en: "A single operative paragraph is not numbered",
                        zh: "只有一个执行段落时不编号",
                        fr: "Un paragraphe du dispositif unique n’est pas numéroté",
                        es: "Un único párrafo dispositivo no se numera",
                        ru: "Единственный пункт постановляющей части не нумеруется",
                        ar: "لا تُرقَّم فقرة المنطوق إذا كانت وحيدة");
                    cx.report_at(Severity::Info, span, m, None);
                }
                continue;
            }
            let mut expected = 1u32;
            let mut prev: Option<u32> = None;
            for p in &d.operative {
                match p.number {
                    None => {
                        let at = Span::new(p.span.start, p.span.start);
                        let here = p
                            .opener
                            .as_ref()
                            .map_or(p.span, |o| Span::new(o.start, o.end));
                        let m = msg!(cx.ui,
                            en: "This operative paragraph has no number; it would be {expected}",
                            zh: "此执行段落没有编号；应为第{expected}段",
                            fr: "Ce paragraphe du dispositif n’a pas de numéro ; il porterait le numéro {expected}",
                            es: "Este párrafo dispositivo no tiene número; sería el {expected}",
                            ru: "У этого пункта постановляющей части нет номера; он должен иметь номер {expected}",
                            ar: "فقرة المنطوق هذه بلا رقم؛ ورقمها {expected}");
                        let label = msg!(cx.ui, en: "Number it {expected}.", zh: "编号为{expected}.",
                                fr: "Numéroter {expected}.",
                                es: "Numerar {expected}.",
                                ru: "Присвоить номер {expected}.",
                                ar: "ترقيمها {expected}.");
                        let lab = doc.profile().paragraph_label(expected);
                        cx.report(here, m, edit(at, format!("{lab} "), label));
                        expected += 1;
                    }
                    Some((n, span)) => {
                        label_form(cx, n, span);
                        if n != expected {
                            let prev_n = prev.unwrap_or(0);
                            let m = if prev == Some(n) {
                                msg!(cx.ui, en: "Paragraph number {n} is repeated; expected {expected}", zh: "段落编号{n}重复；应为{expected}",
                                    fr: "Le numéro de paragraphe {n} est répété ; numéro attendu : {expected}",
                                    es: "El número de párrafo {n} está repetido; se esperaba el {expected}",
                                    ru: "Номер пункта {n} повторяется; ожидался номер {expected}",
                                    ar: "رقم الفقرة {n} مكرر؛ والمتوقع {expected}")
                            } else if n == 1 && prev.is_some() {
                                msg!(cx.ui, en: "The numbering starts again at 1; expected {expected}", zh: "编号重新从1开始；应为{expected}",
                                    fr: "La numérotation repart à 1 ; numéro attendu : {expected}",
                                    es: "La numeración vuelve a empezar en 1; se esperaba el {expected}",
                                    ru: "Нумерация снова начинается с 1; ожидался номер {expected}",
                                    ar: "يبدأ الترقيم من 1 مجددًا؛ والمتوقع {expected}")
                            } else if n > expected {
                                msg!(cx.ui, en: "Paragraph numbering skips from {prev_n} to {n}; expected {expected}", zh: "段落编号从{prev_n}跳到{n}；应为{expected}",
                                    fr: "La numérotation des paragraphes saute de {prev_n} à {n} ; numéro attendu : {expected}",
                                    es: "La numeración de los párrafos salta del {prev_n} al {n}; se esperaba el {expected}",
                                    ru: "Нумерация пунктов перескакивает с {prev_n} на {n}; ожидался номер {expected}",
                                    ar: "يقفز ترقيم الفقرات من {prev_n} إلى {n}؛ والمتوقع {expected}")
                            } else {
                                msg!(cx.ui, en: "Paragraph number {n} is out of order; expected {expected}", zh: "段落编号{n}顺序错误；应为{expected}",
                                    fr: "Le numéro de paragraphe {n} n’est pas dans l’ordre ; numéro attendu : {expected}",
                                    es: "El número de párrafo {n} está fuera de orden; se esperaba el {expected}",
                                    ru: "Номер пункта {n} нарушает порядок; ожидался номер {expected}",
                                    ar: "رقم الفقرة {n} خارج الترتيب؛ والمتوقع {expected}")
                            };
                            cx.report(span, m, None);
                        }
                        prev = Some(n);
                        expected = n + 1;
                    }
                }
            }
        }
    }
}

/// The mark after a paragraph number: "." or, in Arabic, "-" ("1 - تقرر").
fn label_mark(s: &str) -> String {
    s.trim_start_matches(|c: char| c.is_numeric())
        .trim()
        .chars()
        .map(|c| match c {
            '．' => '.',
            '–' | '‐' => '-',
            c => c,
        })
        .collect()
}

/// A number written with another language's mark ("1." in Arabic, where
/// paragraphs are numbered "1 -").
fn label_form(cx: &mut Context, n: u32, span: Span) {
    let text = cx.doc.text;
    let Some(found) = text.get(span.start..span.end) else {
        return;
    };
    let want = cx.doc.profile().paragraph_label(n);
    if label_mark(found) == label_mark(&want) {
        return;
    }
    let m = msg!(cx.ui,
        en: "Paragraphs are numbered “{want}” in this language, not “{found}”",
        zh: "该语文的段落编号应写作“{want}”，而非“{found}”",
        fr: "Dans cette langue, les paragraphes sont numérotés « {want} », non « {found} »",
        es: "En este idioma los párrafos se numeran “{want}”, no “{found}”",
        ru: "В этом языке пункты нумеруются «{want}», а не «{found}»",
        ar: "ترقم الفقرات في هذه اللغة ”{want}“ لا ”{found}“");
    let label = msg!(cx.ui,
        en: "Replace with “{want}”",
        zh: "改为“{want}”",
        fr: "Remplacer par « {want} »",
        es: "Sustituir por “{want}”",
        ru: "Заменить на «{want}»",
        ar: "استبدل بها ”{want}“");
    cx.report_at(Severity::Warning, span, m, edit(span, want.clone(), label));
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn arabic_labels() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50،\n\n1. تلاحظ التقرير؛\n\n2- تلاحظ أيضا الاقتراح؛\n\n٣ - تطلب إلى الأمين العام تقديم تقرير؛\n\nتقرر أن تبقي المسألة قيد نظرها.\n";
        let f = findings_of("operative-numbering", t);
        let fixes: Vec<&str> = f
            .iter()
            .map(|d| d.fix.as_ref().unwrap().replacement.as_str())
            .collect();
        assert_eq!(fixes, ["1 -", "4 - "], "{f:?}");
    }

    #[test]
    fn restart_and_missing_number() {
        let t = "The General Assembly,\n\n1. Welcomes the report;\n\n2. Notes the proposal;\n\n1. Requests a report;\n\nDecides to remain seized of the matter.\n";
        let f = findings_of("operative-numbering", t);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].message.contains("starts again"));
        assert_eq!(f[1].fix.as_ref().unwrap().replacement, "2. ");
    }
}
