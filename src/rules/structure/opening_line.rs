use crate::lang::Punct;
use crate::model::BlockKind;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language, Severity};

declare_rule! {
    /// A resolution is one sentence whose subject is the organ: "The General Assembly,"
    /// (大会，) opens it, the preambular paragraphs qualify it and the operative
    /// paragraphs are its verbs. Without the opening line the sentence has no subject;
    /// with a wrong name ("General Assembly," without "The"; 联合国大会, which is not the
    /// UN's Chinese form) the text is not the organ's. The line takes a comma when a
    /// preamble follows.
    pub struct OpeningLine {
        id: "opening-line",
        category: Structure,
        severity: Error,
        summary: "The draft opens with the organ's name (“The General Assembly,”, “大会，”), with a comma before a preamble",
        bad: [
            "Recalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
            "General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n",
        ],
    }
}

impl Rule for OpeningLine {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let profile = doc.profile();
        let lang = doc.language;
        for d in &doc.drafts {
            let Some(oi) = d.organ else {
                let Some(first) = d.paragraphs().next() else {
                    continue;
                };
                let name = profile.organ_line(d.body);
                let at = Span::new(first.span.start, first.span.start);
                let comma = Punct::Comma.mark(lang);
                let here = first
                    .opener
                    .as_ref()
                    .map_or(Span::new(first.span.start, first.span.start + 1), |o| {
                        Span::new(o.start, o.end)
                    });
                let m = msg!(cx.ui,
                    en: "The draft has no opening line; it should begin with “{name}{comma}”",
                    zh: "草案缺少开头语，应以“{name}{comma}”开头",
                    fr: "Le projet n'a pas de ligne d'ouverture ; il devrait commencer par « {name}{comma} »",
                    es: "El proyecto no tiene línea inicial; debería empezar por “{name}{comma}”",
                    ru: "В проекте нет вступительной строки; он должен начинаться словами «{name}{comma}»",
                    ar: "ليس للمشروع سطر افتتاحي؛ وينبغي أن يبدأ بـ“{name}{comma}”");
                let label = msg!(cx.ui, en: "Insert “{name}{comma}”", zh: "插入“{name}{comma}”",
                    fr: "Insérer « {name}{comma} »",
                    es: "Insertar “{name}{comma}”",
                    ru: "Вставить «{name}{comma}»",
                    ar: "إدراج “{name}{comma}”");
                cx.report(here, m, edit(at, format!("{name}{comma}\n\n"), label));
                continue;
            };
            let b = &doc.blocks[oi];
            let line = b.span.of(text);
            let lead = line.len() - line.trim_start_matches(['*', '_']).len();
            let Some(m) = profile.match_organ(&line[lead..]) else {
                continue;
            };
            let name_span = Span::new(b.span.start + lead, b.span.start + lead + m.len);
            if let Some(correct) = m.correct {
                let found = name_span.of(text);
                // 联合国大会 is a translation habit: probably wrong, not certainly.
                let sev = if lang == Language::Zh {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                let msg_ = msg!(cx.ui,
                    en: "The opening line names the organ “{found}”; the form is “{correct}”",
                    zh: "开头语写作“{found}”，应为“{correct}”",
                    fr: "La ligne d'ouverture désigne l'organe par « {found} » ; la forme correcte est « {correct} »",
                    es: "La línea inicial nombra al órgano “{found}”; la forma correcta es “{correct}”",
                    ru: "Во вступительной строке орган назван «{found}»; правильная форма — «{correct}»",
                    ar: "يذكر السطر الافتتاحي الجهاز بصيغة “{found}”؛ والصيغة الصحيحة هي “{correct}”");
                let label = msg!(cx.ui, en: "Replace with “{correct}”", zh: "改为“{correct}”",
                    fr: "Remplacer par « {correct} »",
                    es: "Sustituir por “{correct}”",
                    ru: "Заменить на «{correct}»",
                    ar: "الاستبدال بـ“{correct}”");
                cx.report_at(sev, name_span, msg_, edit(name_span, correct, label));
            }
            let rest = &text[name_span.end..b.span.end];
            let mark =
                rest.trim_matches(|c: char| crate::text::is_hspace(c) || c == '*' || c == '_');
            let mark_span = if mark.is_empty() {
                Span::new(name_span.end, name_span.end)
            } else {
                let off = rest.find(mark).unwrap_or(0);
                Span::new(name_span.end + off, name_span.end + off + mark.len())
            };
            let punct = mark.chars().next().map(Punct::of);
            let comma = Punct::Comma.mark(lang);
            let has_preamble = !d.preamble.is_empty();
            match punct {
                None if has_preamble => {
                    let msg_ = msg!(cx.ui,
                        en: "The opening line takes a comma when a preamble follows",
                        zh: "开头语后有序言部分时应加逗号“，”",
                        fr: "La ligne d'ouverture prend une virgule lorsqu'un préambule suit",
                        es: "La línea inicial lleva coma cuando sigue un preámbulo",
                        ru: "Если за вступительной строкой следует преамбула, после неё ставится запятая",
                        ar: "يُختم السطر الافتتاحي بفاصلة إذا تلته ديباجة");
                    let label = msg!(cx.ui, en: "Add “{comma}”", zh: "添加“{comma}”",
                        fr: "Ajouter « {comma} »",
                        es: "Añadir “{comma}”",
                        ru: "Добавить «{comma}»",
                        ar: "إضافة “{comma}”");
                    cx.report(name_span, msg_, edit(mark_span, comma, label));
                }
                Some(p) if p != Punct::Comma => {
                    let msg_ = msg!(cx.ui,
                        en: "The opening line ends with “{mark}”; it takes a comma",
                        zh: "开头语以“{mark}”结尾，应为逗号“，”",
                        fr: "La ligne d'ouverture se termine par « {mark} » ; elle prend une virgule",
                        es: "La línea inicial termina en “{mark}”; lleva coma",
                        ru: "Вступительная строка заканчивается знаком «{mark}»; нужна запятая",
                        ar: "ينتهي السطر الافتتاحي بـ“{mark}”؛ والصواب فاصلة");
                    let label = msg!(cx.ui, en: "Replace with “{comma}”", zh: "改为“{comma}”",
                        fr: "Remplacer par « {comma} »",
                        es: "Sustituir por “{comma}”",
                        ru: "Заменить на «{comma}»",
                        ar: "الاستبدال بـ“{comma}”");
                    cx.report(mark_span, msg_, edit(mark_span, comma, label));
                }
                _ => {}
            }
            let _ = BlockKind::Text;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn chinese_forms() {
        let bad = "联合国大会，\n\n回顾其决议，\n\n1. 请秘书长提交报告。\n";
        let f = findings_of("opening-line", bad);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "大会");
        assert!(findings_of(
            "opening-line",
            "大会，\n\n回顾其决议，\n\n1. 请秘书长提交报告。\n"
        )
        .is_empty());
    }

    #[test]
    fn missing_comma_gets_a_fix() {
        let f = findings_of("opening-line", "The Security Council\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, ",");
    }
}
