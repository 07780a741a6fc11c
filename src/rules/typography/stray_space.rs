use super::has_cjk;
use crate::lang::zh;
use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_cjk, is_han, is_hspace, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// Chinese is written without spaces between characters, and no mark of
    /// punctuation takes a space before it (GB/T 15834-2011 [H]); a space between two
    /// Chinese characters, or before ，。；：、？！”》） and the like, is left over from
    /// line wrapping or editing. In English, no space goes before , ; : . or ) (UN
    /// Editorial Manual [H]). Spaces between Chinese characters and digits or Latin
    /// words are another matter (zh-number-spacing), as are indentation, an
    /// ellipsis (" ...") and letter-spaced headings of converted PDFs ("联 合 国").
    pub struct StraySpace {
        id: "stray-space",
        category: Typography,
        severity: Warning,
        summary: "No space between Chinese characters or before punctuation",
        bad: [
            "大会，\n\n1. 决定继续 处理此案 。\n",
            "The General Assembly ,\n\n1. Decides to remain seized of the matter .\n",
        ],
        good: [
            "大会，\n\n1. 依照议事规则第 14 条和 A/64/141 号文件，决定继续处理此案。\n",
            "The General Assembly,\n\n1. Decides ... to remain seized of the matter (see A/64/141).\n",
        ],
    }
}

impl Rule for StraySpace {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for line in &doc.lines {
            let span = line.trimmed;
            let s = span.of(text);
            let chinese = doc.language == Language::Zh && has_cjk(s);
            let spaced = doc.profile().spaced_punctuation();
            let mut prev: Option<char> = None;
            let mut run_start: Option<usize> = None;
            for (i, c) in s.char_indices() {
                if is_hspace(c) {
                    run_start.get_or_insert(i);
                    continue;
                }
                if let (Some(rs), Some(p)) = (run_start.take(), prev) {
                    let stray = if chinese {
                        // Letter-spaced headings ("联 合 国", "大 会"): each character
                        // stands alone between spaces.
                        let p_alone = s[..rs].chars().rev().nth(1).is_none_or(is_hspace);
                        let after = &s[i + c.len_utf8()..];
                        let c_alone = after.chars().next().is_none_or(is_hspace);
                        let spaced_out = p_alone && c_alone && is_han(p) && is_han(c);
                        !spaced_out && ((is_cjk(p) && is_cjk(c)) || zh::CLOSING_PUNCT.contains(&c))
                    } else {
                        match c {
                            ',' | ';' | ':' | ')' | '،' | '؛' | '؟' => !spaced.contains(&c),
                            '.' => {
                                let n = s[i + 1..].chars().next();
                                !n.is_some_and(|n| n == '.' || n.is_ascii_digit())
                            }
                            _ => false,
                        }
                    };
                    if stray {
                        let sp = Span::new(span.start + rs, span.start + i);
                        let m = if chinese && !zh::CLOSING_PUNCT.contains(&c) {
                            msg!(cx.ui,
                                en: "Space between Chinese characters",
                                zh: "汉字之间有多余的空格",
                                fr: "Espace entre des caractères chinois",
                                es: "Espacio entre caracteres chinos",
                                ru: "Пробел между китайскими иероглифами",
                                ar: "مسافة بين حروف صينية")
                        } else {
                            msg!(cx.ui,
                                en: "Space before “{c}”",
                                zh: "“{c}”前有多余的空格",
                                fr: "Espace avant « {c} »",
                                es: "Espacio antes de “{c}”",
                                ru: "Пробел перед «{c}»",
                                ar: "مسافة قبل “{c}”")
                        };
                        let label = msg!(cx.ui, en: "Remove the space", zh: "删除空格",
                            fr: "Supprimer l’espace",
                            es: "Eliminar el espacio",
                            ru: "Удалить пробел",
                            ar: "حذف المسافة");
                        cx.report(sp, m, edit(sp, "", label));
                    }
                }
                prev = Some(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "stray-space";

    #[test]
    fn arabic_marks() {
        let t = "إن الجمعية العامة ،\n\n1 - تلاحظ التقرير ؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها، و 17 شباط/فبراير 1995.\n";
        assert_eq!(covered(ID, t), [" ", " "]);
        assert!(fixed_all(ID, t).starts_with("إن الجمعية العامة،\n\n1 - تلاحظ التقرير؛"));
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n1. 决定继续 处理此案 ，并请 “秘书长”  。\n";
        assert_eq!(covered(ID, t), [" ", " ", " ", "  "]);
        assert_eq!(
            fixed_all(ID, t),
            "大会，\n\n1. 决定继续处理此案，并请“秘书长”。\n"
        );
    }

    #[test]
    fn letter_spaced_headings() {
        let t = "联 合 国  A/64/141\n大 会\n\n大会，\n\n1. 决定继续 处理此案。\n";
        assert_eq!(covered(ID, t), [" "]);
    }

    #[test]
    fn chinese_digits_and_latin_are_not_stray() {
        let t = "大会，\n\n1. 依照第 14 条和 A/64/141 ，对新的挑战 and 威胁作出应对。\n";
        assert_eq!(covered(ID, t), [" "]);
    }

    #[test]
    fn french_spaces_before_colon_and_semicolon_are_not_stray() {
        let t = "L'Assemblée générale ,\n\n1. Décide : a) de poursuivre ; b) de revenir .\n";
        assert_eq!(covered(ID, t), [" ", " "]);
    }

    #[test]
    fn english() {
        let t = "The General Assembly ,\n\n  1. Decides ( a ) to act ; and ... to report .\n";
        assert_eq!(covered(ID, t), [" ", " ", " ", " "]);
        assert_eq!(
            fixed_all(ID, t),
            "The General Assembly,\n\n  1. Decides ( a) to act; and ... to report.\n"
        );
    }
}
