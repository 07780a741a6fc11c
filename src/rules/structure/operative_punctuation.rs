use crate::lang::Punct;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// Each operative paragraph ends with a semicolon (Chinese "；") and the last one
    /// with a full stop ("。"): the operative part is the tail of one long sentence, and
    /// the full stop marks where the resolution ends. A paragraph ending with no mark at
    /// all is reported as a warning (it is often a line cut when pasting), and so is any
    /// finding in a Security Council text: Council drafts are tabled by delegations,
    /// and several real ones end paragraphs with other marks before the Secretariat
    /// edits them.
    pub struct OperativePunctuation {
        id: "operative-punctuation",
        category: Structure,
        severity: Error,
        summary: "Operative paragraphs end with a semicolon, the last with a full stop",
        bad: [
            "The General Assembly,\n\n1. Welcomes the report,\n\n2. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\n1. Welcomes the report;\n\n2. Decides to remain seized of the matter;\n",
            "大会，\n\n1. 欢迎报告；\n\n2. 请秘书长提交报告；\n",
        ],
        good: [
            "The General Assembly,\n\n1. Welcomes the report;\n\n2. Decides to remain seized of the matter.\n",
        ],
    }
}

impl Rule for OperativePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let lang = doc.language;
        for d in &doc.drafts {
            let n = d.operative.len();
            for (k, p) in d.operative.iter().enumerate() {
                if p.looks_preambular() {
                    continue; // reported by numbered-preamble
                }
                if !p.subs.is_empty() {
                    continue; // the last sub-paragraph's mark: subparagraph-punctuation
                }
                let Some(end) = p.end else { continue };
                let last = k + 1 == n;
                let want = if last {
                    Punct::FullStop
                } else {
                    Punct::Semicolon
                };
                if end.punct == want {
                    continue;
                }
                // A lead-in to quoted text that follows ("… as follows:").
                if end.punct == Punct::Colon && p.continued {
                    continue;
                }
                let mark = want.mark(lang);
                let sev = if d.body == crate::Body::Sc {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                let found = end.span.of(text);
                let label = msg!(cx.ui, en: "Use “{mark}”", zh: "改为“{mark}”",
                    fr: "Utiliser « {mark} »",
                    es: "Usar “{mark}”",
                    ru: "Использовать «{mark}»",
                    ar: "استخدام “{mark}”");
                if end.punct == Punct::Other {
                    let m = msg!(cx.ui,
                        en: "This operative paragraph ends without punctuation; it takes “{mark}”",
                        zh: "此执行段落末尾没有标点，应为“{mark}”",
                        fr: "Ce paragraphe du dispositif se termine sans ponctuation ; il prend « {mark} »",
                        es: "Este párrafo dispositivo termina sin puntuación; lleva “{mark}”",
                        ru: "В конце этого пункта постановляющей части нет знака препинания; нужен знак «{mark}»",
                        ar: "تنتهي فقرة المنطوق هذه بلا علامة ترقيم؛ وحقها “{mark}”");
                    cx.report_at(
                        Severity::Warning,
                        end.span,
                        m,
                        edit(end.fix_span(), mark, label),
                    );
                } else if last {
                    let m = msg!(cx.ui,
                        en: "The last operative paragraph ends with a full stop, not “{found}”",
                        zh: "最后一个执行段落应以句号“。”结尾，而非“{found}”",
                        fr: "Le dernier paragraphe du dispositif se termine par un point, et non par « {found} »",
                        es: "El último párrafo dispositivo termina en punto, no en “{found}”",
                        ru: "Последний пункт постановляющей части заканчивается точкой, а не знаком «{found}»",
                        ar: "تنتهي فقرة المنطوق الأخيرة بنقطة، لا بـ“{found}”");
                    cx.report_at(sev, end.span, m, edit(end.fix_span(), mark, label));
                } else {
                    let m = msg!(cx.ui,
                        en: "Operative paragraphs end with a semicolon (only the last takes a full stop), not “{found}”",
                        zh: "执行段落应以分号“；”结尾（仅最后一段用句号），而非“{found}”",
                        fr: "Les paragraphes du dispositif se terminent par un point-virgule (seul le dernier prend un point), et non par « {found} »",
                        es: "Los párrafos dispositivos terminan en punto y coma (solo el último lleva punto), no en “{found}”",
                        ru: "Пункты постановляющей части заканчиваются точкой с запятой (только последний — точкой), а не знаком «{found}»",
                        ar: "تنتهي فقرات المنطوق بفاصلة منقوطة (والأخيرة وحدها بنقطة)، لا بـ“{found}”");
                    cx.report_at(sev, end.span, m, edit(end.fix_span(), mark, label));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn last_subparagraph_carries_the_paragraph_punctuation() {
        let t = "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting;\n\n(b) To report;\n\n2. Decides to remain seized of the matter.\n";
        assert!(findings_of("operative-punctuation", t).is_empty());
        let t = "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting;\n\n(b) To report.\n\n2. Decides to remain seized of the matter.\n";
        assert!(findings_of("operative-punctuation", t).is_empty());
        assert_eq!(findings_of("subparagraph-punctuation", t).len(), 1);
    }

    #[test]
    fn chinese_decides_with_subparagraphs() {
        let t =
            "大会，\n\n决定：\n\n(a) 召开会议；\n\n(b) 设立工作组；\n\n(c) 请秘书长提交报告。\n";
        assert!(findings_of("operative-punctuation", t).is_empty());
    }
}
