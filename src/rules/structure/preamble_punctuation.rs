use crate::lang::Punct;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// The preamble and the operative part form one sentence: every preambular
    /// paragraph, the last one included, ends with a comma (Chinese "，") because the
    /// sentence goes on. A semicolon or full stop there cuts the sentence in two.
    /// A paragraph ending with no mark at all is reported as a warning: it is often a
    /// line cut when pasting. In Security Council texts every finding is a warning:
    /// Council drafts are tabled by delegations, and several real ones end preambular
    /// paragraphs with semicolons before the Secretariat edits them.
    pub struct PreamblePunctuation {
        id: "preamble-punctuation",
        category: Structure,
        severity: Error,
        summary: "Each preambular paragraph ends with a comma",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004;\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其2004年12月2日第59/50号决议。\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
        ],
    }
}

impl Rule for PreamblePunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let comma = Punct::Comma.mark(doc.language);
        for d in &doc.drafts {
            for p in &d.preamble {
                if !p.subs.is_empty() {
                    continue; // the last sub-paragraph's mark: subparagraph-punctuation
                }
                let Some(end) = p.end else { continue };
                if end.punct == Punct::Comma {
                    continue;
                }
                let found = end.span.of(text);
                let label = msg!(cx.ui, en: "Use “{comma}”", zh: "改为“{comma}”",
                    fr: "Utiliser « {comma} »",
                    es: "Usar “{comma}”",
                    ru: "Использовать «{comma}»",
                    ar: "استخدام “{comma}”");
                if end.punct == Punct::Other {
                    let m = msg!(cx.ui,
                        en: "This preambular paragraph ends without punctuation; preambular paragraphs end with a comma",
                        zh: "此序言段落末尾没有标点；序言段落应以逗号“，”结尾",
                        fr: "Cet alinéa du préambule se termine sans ponctuation ; les alinéas du préambule se terminent par une virgule",
                        es: "Este párrafo del preámbulo termina sin puntuación; los párrafos del preámbulo terminan en coma",
                        ru: "В конце этого пункта преамбулы нет знака препинания; пункты преамбулы заканчиваются запятой",
                        ar: "تنتهي فقرة الديباجة هذه بلا علامة ترقيم؛ وفقرات الديباجة تنتهي بفاصلة");
                    cx.report_at(
                        Severity::Warning,
                        end.span,
                        m,
                        edit(end.fix_span(), comma, label),
                    );
                } else {
                    let m = msg!(cx.ui,
                        en: "Preambular paragraphs end with a comma, not “{found}”",
                        zh: "序言段落应以逗号“，”结尾，而非“{found}”",
                        fr: "Les alinéas du préambule se terminent par une virgule, et non par « {found} »",
                        es: "Los párrafos del preámbulo terminan en coma, no en “{found}”",
                        ru: "Пункты преамбулы заканчиваются запятой, а не знаком «{found}»",
                        ar: "تنتهي فقرات الديباجة بفاصلة، لا بـ“{found}”");
                    let sev = if d.body == crate::Body::Sc {
                        Severity::Warning
                    } else {
                        Severity::Error
                    };
                    cx.report_at(sev, end.span, m, edit(end.fix_span(), comma, label));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn last_preambular_paragraph_needs_a_comma_too() {
        let t = "The General Assembly,\n\nRecalling its resolutions,\n\nNoting the report.\n\n1. Requests a report;\n\n2. Decides to remain seized of the matter.\n";
        let f = findings_of("preamble-punctuation", t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, ",");
    }

    #[test]
    fn footnote_markers_after_the_comma_are_fine() {
        let t = "The General Assembly,\n\nHaving considered the report of the Committee,1\n\n1. Decides to remain seized of the matter.\n";
        assert!(findings_of("preamble-punctuation", t).is_empty());
    }
}
