use super::at_sentence_start;
use crate::lang::zh;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language};
use regex::Regex;
use std::sync::OnceLock;

declare_rule! {
    /// Unlike the Charter, the rules of procedure are not a treaty with a title: UN
    /// English writes them in lower case, "rule 14 of the rules of procedure of the
    /// General Assembly" (a capital only where a sentence begins). UN Chinese numbers
    /// the rules in Arabic figures, "大会议事规则第14条", where the Charter's
    /// articles take Chinese numerals; mixing the two styles makes citations hard to
    /// find.
    pub struct RulesOfProcedureReference {
        id: "rules-of-procedure-reference",
        category: Citation,
        severity: Warning,
        summary: "“rule 14 of the rules of procedure” in lower case; 议事规则第14条 in Arabic figures",
        bad: [
            "The General Assembly,\n\nRecalling Rule 14 of the Rules of Procedure of the General Assembly,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾大会议事规则第十四条，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling rule 14 of the rules of procedure of the General Assembly and the provisional rules of procedure of the Security Council,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾大会议事规则第14条和安理会暂行议事规则第28条，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

fn en_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(?:(?P<rule>[Rr]ules?)[ \t\u{A0}]+[0-9]+[A-Za-z]?(?:[ \t]*\([a-z]\))?(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+to[ \t]+)[0-9]+[A-Za-z]?)*[ \t\u{A0}]+of[ \t\u{A0}]+the[ \t\u{A0}]+)?(?P<rop>(?:[Pp]rovisional[ \t\u{A0}]+)?[Rr]ules[ \t\u{A0}]+of[ \t\u{A0}]+[Pp]rocedure)(?-u:\b)",
        )
        .expect("rules of procedure regex")
    })
}

fn zh_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"议事规则[ \t\u{A0}]*(?P<ref>第[ \t\u{A0}]*(?P<n>[〇零一二三四五六七八九十百]+)[ \t\u{A0}]*条)")
            .expect("zh rules of procedure regex")
    })
}

impl Rule for RulesOfProcedureReference {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let text = cx.doc.text;
        match cx.doc.language {
            Language::En => {
                for c in en_regex().captures_iter(text) {
                    let Some(rop) = c.name("rop") else { continue };
                    // The tribunals' "Rules of Procedure and Evidence" are a titled
                    // instrument, capitalised with their rules ("Rule 11 bis").
                    let after = text[rop.end()..].trim_start_matches([' ', '\t', '\u{A0}']);
                    if after.starts_with("and Evidence") {
                        continue;
                    }
                    if let Some(rule) = c.name("rule") {
                        let w = rule.as_str();
                        if w.starts_with('R') && !at_sentence_start(text, rule.start()) {
                            let low = w.to_lowercase();
                            let sp = Span::new(rule.start(), rule.end());
                            let m = msg!(cx.ui,
                                en: "Rules of procedure are cited in lower case: “{low}”, not “{w}”",
                                zh: "英文中议事规则的条款应小写：“{low}”，而非“{w}”",
                                fr: "En anglais, les articles du règlement intérieur se citent en minuscules : « {low} », et non « {w} »",
                                es: "En inglés, los artículos del reglamento se citan en minúscula: “{low}”, no “{w}”",
                                ru: "В английском тексте правила процедуры приводятся со строчной буквы: «{low}», а не «{w}»",
                                ar: "في النص الإنكليزي يُستشهد بمواد النظام الداخلي بحروف صغيرة: “{low}”، لا “{w}”");
                            let label = msg!(cx.ui, en: "Replace with “{low}”", zh: "改为“{low}”",
                                fr: "Remplacer par « {low} »",
                                es: "Sustituir por “{low}”",
                                ru: "Заменить на «{low}»",
                                ar: "الاستبدال بـ“{low}”");
                            cx.report(sp, m, edit(sp, low, label));
                        }
                    }
                    let found = rop.as_str();
                    let mut low = found.to_lowercase();
                    if c.name("rule").is_none() && at_sentence_start(text, rop.start()) {
                        low = crate::lang::en::upper_first(&low);
                    }
                    if low != found {
                        let sp = Span::new(rop.start(), rop.end());
                        let m = msg!(cx.ui,
                            en: "“{low}” is written in lower case, not “{found}”",
                            zh: "英文中应小写为“{low}”，而非“{found}”",
                            fr: "« {low} » s'écrit en minuscules, et non « {found} »",
                            es: "“{low}” se escribe en minúscula, no “{found}”",
                            ru: "«{low}» пишется со строчной буквы, а не «{found}»",
                            ar: "تُكتب “{low}” بحروف صغيرة، لا “{found}”");
                        let label = msg!(cx.ui, en: "Replace with “{low}”", zh: "改为“{low}”",
                            fr: "Remplacer par « {low} »",
                            es: "Sustituir por “{low}”",
                            ru: "Заменить на «{low}»",
                            ar: "الاستبدال بـ“{low}”");
                        cx.report(sp, m, edit(sp, low, label));
                    }
                }
            }
            Language::Zh => {
                for c in zh_regex().captures_iter(text) {
                    let (Some(r), Some(n)) = (c.name("ref"), c.name("n")) else {
                        continue;
                    };
                    let Some(v) = zh::parse_numeral(n.as_str()) else {
                        continue;
                    };
                    let right = format!("第{v}条");
                    let found = r.as_str();
                    let sp = Span::new(r.start(), r.end());
                    let m = msg!(cx.ui,
                        en: "Rules of procedure are numbered in Arabic figures: “{right}”, not “{found}”",
                        zh: "议事规则的条款应使用阿拉伯数字：“{right}”，而非“{found}”",
                        fr: "Les articles du règlement intérieur sont numérotés en chiffres arabes : « {right} », et non « {found} »",
                        es: "Los artículos del reglamento se numeran en cifras arábigas: “{right}”, no “{found}”",
                        ru: "Правила процедуры нумеруются арабскими цифрами: «{right}», а не «{found}»",
                        ar: "تُرقَّم مواد النظام الداخلي بالأرقام العربية: “{right}”، لا “{found}”");
                    let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”",
                        fr: "Remplacer par « {right} »",
                        es: "Sustituir por “{right}”",
                        ru: "Заменить на «{right}»",
                        ar: "الاستبدال بـ“{right}”");
                    cx.report(sp, m, edit(sp, right, label));
                }
            }
            _ => check_other(cx),
        }
    }
}

/// French, Spanish, Russian: the rules of procedure are "articles" in lower case
/// (the capital is the Charter's), and in Russian "правила", not "статьи".
fn check_other(cx: &mut Context) {
    let Some(w) = crate::lang::references::words(cx.doc.language) else {
        return;
    };
    let text = cx.doc.text;
    for (wrong, right) in w.rule_wrong {
        for (word, _) in super::numbered_references(text, wrong, w.rules_after) {
            let found = word.of(text);
            let m = msg!(cx.ui,
                en: "A rule of the rules of procedure is “{right}”, not “{found}”",
                zh: "议事规则的条款应称“{right}”，而非“{found}”",
                fr: "Une disposition du règlement intérieur s’écrit « {right} », et non « {found} »",
                es: "Una disposición del reglamento se escribe “{right}”, no “{found}”",
                ru: "Положение правил процедуры называется «{right}», а не «{found}»",
                ar: "يشار إلى حكم النظام الداخلي بـ“{right}” وليس “{found}”");
            let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”", fr: "Remplacer par « {right} »", es: "Sustituir por “{right}”", ru: "Заменить на «{right}»", ar: "استبدال بـ“{right}”");
            cx.report(word, m, edit(word, *right, label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "rules-of-procedure-reference";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nRecalling Rule 14 of the Rules of Procedure, rule 62 of the Rules of procedure, the Provisional Rules of Procedure of the Council and rule 83 of the rules of procedure,\n\n1. Decides, in accordance with Rule 14 of the rules of procedure, to include the item.\n\n2. Rules of procedure shall apply.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Rule", Some("rule")),
                ("Rules of Procedure", Some("rules of procedure")),
                ("Rules of procedure", Some("rules of procedure")),
                (
                    "Provisional Rules of Procedure",
                    Some("provisional rules of procedure")
                ),
                ("Rule", Some("rule")),
            ],
            "{f:?}"
        );
    }

    #[test]
    fn the_tribunals_rules_keep_their_capitals() {
        let t = "The Security Council,\n\nRecalling Rule 11 bis of the Rules of Procedure and Evidence of the Mechanism,\n\n1. Decides to remain seized of the matter.\n";
        assert!(seen(ID, t).is_empty());
    }

    #[test]
    fn sentence_start_keeps_its_capital() {
        let t = "The General Assembly,\n\n1. Rule 14 of the rules of procedure applies.\n";
        assert!(seen(ID, t).is_empty());
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾大会议事规则第十四条和第 20 条以及安理会暂行议事规则第二十八条，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [("第十四条", Some("第14条")), ("第二十八条", Some("第28条"))],
            "{f:?}"
        );
    }

    #[test]
    fn french_and_russian_rules() {
        let check = |lang, t: &str| {
            let opts = crate::Options {
                language: Some(lang),
                ..Default::default()
            };
            let r = crate::check(t, &opts);
            let fixes: Vec<_> = r
                .diagnostics
                .iter()
                .filter(|d| d.rule == "rules-of-procedure-reference")
                .filter_map(|d| d.fix.clone())
                .collect();
            crate::apply_fixes(t, &fixes)
        };
        assert_eq!(
            check(
                crate::Language::Fr,
                "conformément à l'Article 13 du règlement intérieur,\n"
            ),
            "conformément à l'article 13 du règlement intérieur,\n"
        );
        assert_eq!(
            check(
                crate::Language::Ru,
                "в соответствии со статьей 14 правил процедуры,\n"
            ),
            "в соответствии со правилом 14 правил процедуры,\n"
        );
        let ok = "conformément à l'Article 24 de la Charte,\n";
        assert_eq!(check(crate::Language::Fr, ok), ok);
    }
}
