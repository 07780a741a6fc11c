use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_han, is_hspace, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// UN Chinese pages write dates without spaces (2009年7月14日). Spaced dates
    /// ("2004 年 12 月 2 日") come from Word's automatic Asian–Latin spacing when a
    /// file is converted to text: a consistently spaced document is a conversion and is
    /// left alone, but one that mixes both styles was assembled from pieces
    /// (conventions §7.4, R10 [M]). The spaced dates are then reported, with the
    /// unspaced form as the fix.
    pub struct DateSpacing {
        id: "date-spacing",
        category: Date,
        severity: Warning,
        summary: "Chinese dates spaced consistently (unspaced, as on un.org)",
        bad: ["大会，\n\n回顾2009年7月14日的信和 2004 年 12 月 2 日第59/50号决议，\n"],
        good: [
            "大会，\n\n回顾 2009 年 7 月 14 日的信和 2004 年 12 月 2 日第 59/50 号决议，\n",
            "大会，\n\n回顾2009年7月14日的信和2004年12月2日第59/50号决议，\n",
        ],
    }
}

impl Rule for DateSpacing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Zh {
            return;
        }
        let text = doc.text;
        let chinese = || {
            doc.dates
                .iter()
                .filter(|d| !d.issues.chinese_numerals && d.span.of(text).contains('年'))
        };
        if !chinese().any(|d| !d.spaced) {
            return;
        }
        for d in chinese().filter(|d| d.spaced) {
            let written = d.span.of(text);
            let joined: String = written.chars().filter(|&c| !is_hspace(c)).collect();
            let m = msg!(cx.ui,
                en: "Spaced date “{written}” in a text that elsewhere writes “{joined}”-style dates",
                zh: "日期“{written}”中有空格，而本文件其他日期不加空格",
                fr: "Date espacée « {written} » dans un texte qui écrit ailleurs les dates sous la forme « {joined} »",
                es: "Fecha con espacios “{written}” en un texto que en otros lugares escribe las fechas como “{joined}”",
                ru: "Дата с пробелами «{written}» в тексте, где остальные даты пишутся как «{joined}»",
                ar: "تاريخ بمسافات “{written}” في نص يكتب التواريخ في مواضع أخرى على نحو “{joined}”");
            let label = msg!(cx.ui, en: "Write “{joined}”", zh: "改为“{joined}”",
                fr: "Écrire « {joined} »",
                es: "Escribir “{joined}”",
                ru: "Написать «{joined}»",
                ar: "كتابة “{joined}”");
            // Spaces between the date and the characters around it go too.
            let before = text[..d.span.start].trim_end_matches(is_hspace);
            let after = text[d.span.end..].trim_start_matches(is_hspace);
            let fs = if before.chars().next_back().is_some_and(is_han) {
                before.len()
            } else {
                d.span.start
            };
            let fe = if after.chars().next().is_some_and(is_han) {
                text.len() - after.len()
            } else {
                d.span.end
            };
            cx.report(d.span, m, edit(Span::new(fs, fe), joined, label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;

    #[test]
    fn mixed() {
        let t =
            "大会，\n\n回顾2009年7月14日的信、2003 年 9 月和 2004 年 12 月 2 日第59/50号决议，\n";
        let h = hits("date-spacing", t);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].covered, "2003 年 9 月");
        assert_eq!(h[1].covered, "2004 年 12 月 2 日");
        assert!(h[1].fixed.as_deref().unwrap().contains("和2004年12月2日第"));
    }

    #[test]
    fn english_documents() {
        let t = "The General Assembly,\n\nRecalling 2 December 2004,\n";
        assert!(hits("date-spacing", t).is_empty());
    }
}
