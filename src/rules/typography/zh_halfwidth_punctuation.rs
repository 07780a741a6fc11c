use crate::lang::zh;
use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_cjk, is_hspace, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// Chinese prose takes full-width punctuation: ，；：？！ and “ ” (GB/T 15834-2011,
    /// cited by the FAO Chinese style guide; conventions §7.6 and R17 [H]). A
    /// half-width , ; : ? ! right after a Chinese character, or a straight " next to
    /// one, is an English mark typed into Chinese text. Half-width parentheses are
    /// accepted (un.org's Chinese pages use them, §7.3), and so are the "1." of
    /// paragraph labels and the marks inside symbols and numbers (a digit or Latin
    /// letter comes before them). Straight quotes are given “ and ” by alternation
    /// within the paragraph.
    pub struct ZhHalfwidthPunctuation {
        id: "zh-halfwidth-punctuation",
        category: Typography,
        severity: Error,
        summary: "Full-width punctuation in Chinese prose",
        bad: [
            "大会，\n\n回顾其以往各项决议,\n\n1. 决定将题为\"联合国与集体安全条约组织的合作\"的项目列入临时议程。\n",
        ],
        good: [
            "大会，\n\n回顾其第59/50号决议和A/64/141号文件(附件一)，\n\n1. 决定将题为“合作”的项目列入临时议程。\n",
        ],
    }
}

impl Rule for ZhHalfwidthPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Zh {
            return;
        }
        let text = doc.text;
        for block in &doc.blocks {
            let s = block.span.of(text);
            let base = block.span.start;
            let mut quotes = 0usize;
            let mut prev: Option<char> = None; // last non-space character
            let mut last: Option<char> = None; // the character just before
            let mut it = s.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                let next = it.peek().map(|&(_, n)| n);
                if c == '"' {
                    let open = quotes % 2 == 0;
                    quotes += 1;
                    // The Chinese side of a quote: before an opener, after a closer.
                    let chinese = last.is_some_and(is_cjk) || next.is_some_and(is_cjk);
                    if chinese {
                        let (q, label_q) = if open { ("“", "“") } else { ("”", "”") };
                        let m = msg!(cx.ui,
                            en: "Straight quotation mark in Chinese text; use “{label_q}”",
                            zh: "中文文本应使用全角引号“{label_q}”，而非半角引号",
                            fr: "Guillemet droit dans un texte chinois ; utiliser « {label_q} »",
                            es: "Comilla recta en un texto chino; use “{label_q}”",
                            ru: "Прямая кавычка в китайском тексте; используйте «{label_q}»",
                            ar: "علامة تنصيص مستقيمة في نص صيني؛ استخدم “{label_q}”");
                        let label = msg!(cx.ui, en: "Replace with “{q}”", zh: "改为“{q}”",
                            fr: "Remplacer par « {q} »",
                            es: "Sustituir por “{q}”",
                            ru: "Заменить на «{q}»",
                            ar: "الاستبدال بـ“{q}”");
                        let span = Span::new(base + i, base + i + 1);
                        cx.report(span, m, edit(span, q, label));
                    }
                } else if let Some(&(_, full)) = zh::FULLWIDTH_PUNCT.iter().find(|(h, _)| *h == c) {
                    if prev.is_some_and(is_cjk) {
                        let span = Span::new(base + i, base + i + 1);
                        // Spaces after the mark go with it unless the line ends there.
                        let rest = &s[i + 1..];
                        let after = rest.trim_start_matches(is_hspace);
                        let fix_end = if after.is_empty() || after.starts_with(['\n', '\r']) {
                            span.end
                        } else {
                            span.end + (rest.len() - after.len())
                        };
                        let m = msg!(cx.ui,
                            en: "Half-width “{c}” in Chinese text; use the full-width “{full}”",
                            zh: "中文文本中应使用全角“{full}”，而非半角“{c}”",
                            fr: "« {c} » demi-chasse dans un texte chinois ; utiliser « {full} » pleine chasse",
                            es: "“{c}” de ancho medio en un texto chino; use “{full}” de ancho completo",
                            ru: "Полуширинный знак «{c}» в китайском тексте; используйте полноширинный «{full}»",
                            ar: "“{c}” نصف العرض في نص صيني؛ استخدم “{full}” كامل العرض");
                        let label = msg!(cx.ui, en: "Replace with “{full}”", zh: "改为“{full}”",
                            fr: "Remplacer par « {full} »",
                            es: "Sustituir por “{full}”",
                            ru: "Заменить на «{full}»",
                            ar: "الاستبدال بـ“{full}”");
                        cx.report(
                            span,
                            m,
                            edit(Span::new(span.start, fix_end), full.to_string(), label),
                        );
                    }
                }
                if !is_hspace(c) {
                    prev = Some(c);
                }
                last = Some(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all, hits};

    const ID: &str = "zh-halfwidth-punctuation";

    #[test]
    fn marks_after_chinese() {
        let t = "大会，\n\n回顾其决议, 注意到报告;\n\n1. 请问:是否可行?\n";
        assert_eq!(covered(ID, t), [",", ";", ":", "?"]);
        assert_eq!(
            fixed_all(ID, t),
            "大会，\n\n回顾其决议，注意到报告；\n\n1. 请问：是否可行？\n"
        );
    }

    #[test]
    fn straight_quotes_alternate() {
        let t = "大会，\n\n1. 决定将题为\"合作\"的项目和\"发展\"项目列入议程。\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 4);
        assert_eq!(
            fixed_all(ID, t),
            "大会，\n\n1. 决定将题为“合作”的项目和“发展”项目列入议程。\n"
        );
    }

    #[test]
    fn symbols_labels_and_english() {
        let t = "Distr.: General\n\n大会，\n\n1. 注意到A/64/141, 及第1,000号(附件一)。\n";
        assert!(covered(ID, t).is_empty());
        let e = "The General Assembly,\n\n1. Decides: to \"act\"; now.\n";
        assert!(covered(ID, e).is_empty());
    }
}
