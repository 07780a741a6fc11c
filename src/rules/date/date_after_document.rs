use crate::model::DateMention;
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg};

declare_rule! {
    /// A text cannot cite a resolution adopted after it, nor a letter written after
    /// it: the date of a cited resolution or of a letter is never later than the
    /// document's own date (masthead or adoption date) (conventions §4 consistency
    /// checks [H]). Such a date is a typing error in the year or a citation of the
    /// wrong text. Other dates — deadlines, periods, "until 3 June 2023" — may lie in
    /// the future and are never reported.
    pub struct DateAfterDocument {
        id: "date-after-document",
        category: Date,
        severity: Error,
        summary: "Cited resolutions and letters are not dated after the document",
        bad: [
            "Distr.: General\n11 August 2009\n\nThe General Assembly,\n\nRecalling its resolution 63/250 of 24 December 2019,\n",
        ],
        good: [
            "Distr.: General\n11 August 2009\n\nThe General Assembly,\n\nRecalling its resolution 63/250 of 24 December 2008,\n\n1. Requests a report by 3 June 2023;\n",
        ],
    }
}

/// (year, month, day) for comparison; a missing day compares as the month's start.
fn key(d: &DateMention) -> (i32, u32, u32) {
    (d.year, d.month, d.day.unwrap_or(0))
}

impl Rule for DateAfterDocument {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let Some(own) = doc.date else { return };
        let own_key = (own.year, own.month, own.day);
        let text = doc.text;
        let own_text = doc.date_span.map(|s| s.of(text)).unwrap_or_default();
        let mut seen = vec![false; doc.dates.len()];
        let cited = doc
            .citations
            .iter()
            .filter_map(|c| c.date)
            .map(|i| (i, false));
        let letters = doc.letter_dates.iter().map(|&i| (i, true));
        for (i, letter) in cited.chain(letters) {
            let Some(d) = doc.dates.get(i) else { continue };
            let d = &super::corrected(text, d);
            if seen[i] || key(d) <= own_key || !d.is_valid() {
                continue;
            }
            seen[i] = true;
            let written = d.span.of(text);
            let m = if letter {
                msg!(cx.ui,
                    en: "This letter is dated {written}, after the document itself ({own_text})",
                    zh: "信函日期{written}晚于本文件的日期（{own_text}）",
                    fr: "Cette lettre est datée du {written}, soit après le document lui-même ({own_text})",
                    es: "Esta carta tiene fecha {written}, posterior a la del propio documento ({own_text})",
                    ru: "Это письмо датировано {written}, то есть позже самого документа ({own_text})",
                    ar: "هذه الرسالة مؤرخة {written}، أي بعد تاريخ الوثيقة نفسها ({own_text})")
            } else {
                msg!(cx.ui,
                    en: "The cited text is dated {written}, after the document itself ({own_text})",
                    zh: "所引文件的日期{written}晚于本文件的日期（{own_text}）",
                    fr: "Le texte cité est daté du {written}, soit après le document lui-même ({own_text})",
                    es: "El texto citado tiene fecha {written}, posterior a la del propio documento ({own_text})",
                    ru: "Цитируемый текст датирован {written}, то есть позже самого документа ({own_text})",
                    ar: "النص المستشهد به مؤرخ {written}، أي بعد تاريخ الوثيقة نفسها ({own_text})")
            };
            cx.report(d.span, m, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::covered;

    const ID: &str = "date-after-document";

    #[test]
    fn english_citation() {
        let t = "Distr.: General\n11 August 2009\n\nThe General Assembly,\n\nRecalling its resolutions 63/250 of 24 December 2019 and 63/1 of 1 January 2009,\n\n1. Decides to meet until 3 June 2023;\n";
        assert_eq!(covered(ID, t), ["24 December 2019"]);
    }

    #[test]
    fn chinese_letter_and_citation() {
        let t = "Distr.: General\n11 August 2009\n\n## 2019年7月14日俄罗斯联邦常驻联合国代表给秘书长的信\n\n大会，\n\n回顾其2010年12月2日第59/50号决议，\n\n1. 请秘书长在2012年提交报告。\n";
        assert_eq!(covered(ID, t), ["2010年12月2日", "2019年7月14日"]);
    }

    #[test]
    fn no_document_date() {
        let t = "The General Assembly,\n\nRecalling its resolution 63/250 of 24 December 2019,\n";
        assert!(covered(ID, t).is_empty());
    }
}
