use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// A punctuation mark typed twice ("，，", "。。", ";;") is a slip: no convention
    /// doubles a comma, semicolon, colon, full stop, enumeration comma, question or
    /// exclamation mark (GB/T 15834-2011; the UN Editorial Manual [H]). Ellipses
    /// ("...", "……") and the Chinese dash ("——") are marks of their own and are not
    /// reported, nor are "??" and "!!", which drafts use as placeholders
    /// ("resolution 64/??"). A half-width and a full-width form of the same mark side by side
    /// ("，,") count as doubled too; the fix keeps the form of the document's language.
    pub struct DoubledPunctuation {
        id: "doubled-punctuation",
        category: Typography,
        severity: Error,
        summary: "No doubled punctuation marks",
        bad: [
            "大会，，\n\n1. 决定继续处理此案。。\n",
            "The General Assembly,,\n\n1. Decides to remain seized of the matter;;\n",
        ],
        good: [
            "大会，\n\n1. 决定……继续处理此案——。\n",
            "The General Assembly,\n\n1. Decides ... to remain seized of the matter.\n",
        ],
    }
}

/// The mark a character stands for (full-width folded to half-width), if doubling it
/// is a slip.
fn fold(c: char) -> Option<char> {
    Some(match c {
        ',' | '，' | '،' => ',',
        ';' | '；' | '؛' => ';',
        '؟' => '?',
        ':' | '：' => ':',
        '？' => '?',
        '！' => '!',
        '。' => '。',
        '、' => '、',
        _ => return None,
    })
}

impl Rule for DoubledPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        // Chinese and Arabic keep their own (non-ASCII) marks.
        let zh = matches!(doc.language, Language::Zh | Language::Ar);
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let Some(f) = fold(c) else { continue };
            if it.peek().is_none_or(|&(_, d)| fold(d) != Some(f)) {
                continue;
            }
            // The run of the same mark.
            let mut marks = vec![(i, c)];
            while let Some(&(j, d)) = it.peek() {
                if fold(d) != Some(f) {
                    break;
                }
                marks.push((j, d));
                it.next();
            }
            if marks.len() < 2 {
                continue;
            }
            let (last_i, last_c) = marks[marks.len() - 1];
            let end = last_i + last_c.len_utf8();
            // Keep the first mark of the document's width, or the first mark.
            let keep = marks
                .iter()
                .position(|&(_, d)| d.is_ascii() != zh)
                .unwrap_or(0);
            let kept = marks[keep].1;
            let run = Span::new(i, end);
            let shown = run.of(text);
            let m = msg!(cx.ui,
                en: "Doubled punctuation “{shown}”",
                zh: "标点重复：“{shown}”",
                fr: "Ponctuation doublée « {shown} »",
                es: "Puntuación duplicada “{shown}”",
                ru: "Удвоенный знак препинания «{shown}»",
                ar: "علامة ترقيم مكررة “{shown}”");
            let label = msg!(cx.ui, en: "Keep one “{kept}”", zh: "只保留一个“{kept}”",
                fr: "Garder un seul « {kept} »",
                es: "Dejar un solo “{kept}”",
                ru: "Оставить один знак «{kept}»",
                ar: "الإبقاء على “{kept}” واحدة");
            if keep == 0 {
                let extra = Span::new(i + c.len_utf8(), end);
                cx.report(extra, m, edit(extra, "", label));
            } else {
                cx.report(run, m, edit(run, kept.to_string(), label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "doubled-punctuation";

    #[test]
    fn arabic() {
        let t =
            "إن الجمعية العامة،،\n\n1 - تلاحظ التقرير؛؛\n\n2 - تقرر،, أن تبقي المسألة قيد نظرها.\n";
        assert_eq!(covered(ID, t), ["،", "؛", ","]);
        assert!(fixed_all(ID, t).contains("2 - تقرر، أن"));
    }

    #[test]
    fn chinese() {
        let t = "大会，，\n\n1. 决定继续处理此案。。。\n\n2. 注意到,，报告；\n";
        assert_eq!(covered(ID, t), ["，", "。。", ",，"]);
        assert_eq!(
            fixed_all(ID, t),
            "大会，\n\n1. 决定继续处理此案。\n\n2. 注意到，报告；\n"
        );
    }

    #[test]
    fn english() {
        let t = "The General Assembly,,\n\n1. Decides:: to act;; now... under resolution 64/??\n";
        assert_eq!(covered(ID, t), [",", ":", ";"]);
    }

    #[test]
    fn ellipses_are_not_doubled() {
        let t = "大会，\n\n1. 决定……继续——处理此案。\n";
        assert!(covered(ID, t).is_empty());
    }
}
