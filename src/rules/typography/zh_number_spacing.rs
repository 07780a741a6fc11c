use super::has_cjk;
use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_han, is_hspace, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// UN Chinese pages write numbers against the characters around them ("第14条",
    /// "第59/50号", "4个"). Spaces there ("第 14 条") come from Word's automatic
    /// Asian–Latin spacing when a file is converted to text; a consistently spaced
    /// document is a conversion and is left alone, but a document that mixes both
    /// styles was assembled from pieces (conventions §7.4, R20 [M]). When both occur,
    /// the spaced numbers are reported with the unspaced form as the fix. Digits that
    /// belong to a date are date-spacing's business, though an unspaced date counts as
    /// evidence of the unspaced style; numbers in symbols (A/64/141) are not looked at.
    pub struct ZhNumberSpacing {
        id: "zh-number-spacing",
        category: Typography,
        severity: Warning,
        summary: "Consistent spacing between digits and Chinese characters",
        bad: ["大会，\n\n依照议事规则第 14 条和第20条，\n\n1. 决定继续处理此案。\n"],
        good: [
            "大会，\n\n依照议事规则第 14 条和第 20 条，有 4 个成员国，\n\n1. 决定继续处理此案。\n",
            "大会，\n\n依照议事规则第14条和第20条以及A/64/141 号文件，\n\n1. 决定继续处理此案。\n",
        ],
    }
}

impl Rule for ZhNumberSpacing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Zh {
            return;
        }
        let text = doc.text;
        let dates = &doc.dates;
        let mut unspaced = dates
            .iter()
            .filter(|d| !d.spaced && !d.issues.chinese_numerals && d.span.of(text).contains('年'))
            .count();
        let mut spaced: Vec<(Span, Span)> = Vec::new();
        let mut di = 0;
        for line in &doc.lines {
            let s = line.span.of(text);
            if !has_cjk(s) {
                continue;
            }
            let base = line.span.start;
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if !b[i].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let s0 = i;
                while i < b.len()
                    && (b[i].is_ascii_digit()
                        || (b"/.-,".contains(&b[i])
                            && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
                {
                    i += 1;
                }
                let e0 = i;
                let digits = Span::new(base + s0, base + e0);
                while di < dates.len() && dates[di].span.end <= digits.start {
                    di += 1;
                }
                if dates.get(di).is_some_and(|d| d.span.start < digits.end) {
                    continue; // part of a date
                }
                let lt = s[..s0].trim_end_matches(is_hspace);
                let rt = s[e0..].trim_start_matches(is_hspace);
                let (lsp, rsp) = (s0 - lt.len(), s.len() - e0 - rt.len());
                let lc = lt.chars().next_back();
                let rc = rt.chars().next();
                let latin = |c: char| c.is_ascii_alphanumeric() || "/.-_".contains(c);
                if (lsp == 0 && lc.is_some_and(latin)) || (rsp == 0 && rc.is_some_and(latin)) {
                    continue; // a symbol or a longer number
                }
                let ladj = lc.is_some_and(is_han);
                let radj = rc.is_some_and(is_han);
                if !ladj && !radj {
                    continue;
                }
                if (ladj && lsp > 0) || (radj && rsp > 0) {
                    let fs = if ladj && lsp > 0 {
                        base + lt.len()
                    } else {
                        digits.start
                    };
                    let fe = if radj && rsp > 0 {
                        digits.end + rsp
                    } else {
                        digits.end
                    };
                    spaced.push((Span::new(fs, fe), digits));
                } else {
                    unspaced += 1;
                }
            }
        }
        if unspaced == 0 {
            return;
        }
        for (span, digits) in spaced {
            let n = digits.of(text);
            let m = msg!(cx.ui,
                en: "Spaces around “{n}”: this text elsewhere writes numbers against the Chinese characters",
                zh: "数字“{n}”与汉字之间有空格，而本文件其他地方不加空格",
                fr: "Espaces autour de « {n} » : ailleurs, ce texte accole les nombres aux caractères chinois",
                es: "Espacios alrededor de “{n}”: en otros lugares este texto escribe los números pegados a los caracteres chinos",
                ru: "Пробелы вокруг «{n}»: в остальных местах этого текста числа пишутся слитно с иероглифами",
                ar: "مسافات حول “{n}”: يكتب هذا النص الأرقام في مواضع أخرى ملاصقةً للحروف الصينية");
            let label = msg!(cx.ui, en: "Remove the spaces", zh: "删除空格",
                fr: "Supprimer les espaces",
                es: "Eliminar los espacios",
                ru: "Удалить пробелы",
                ar: "حذف المسافات");
            cx.report(span, m, edit(span, n, label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "zh-number-spacing";

    #[test]
    fn mixed() {
        let t = "大会，\n\n依照议事规则第 14 条和第20条，自 2004 年以来有 4 个成员，第 1631(2005)号决议，\n\n1. 决定继续处理此案。\n";
        assert_eq!(covered(ID, t), [" 14 ", " 2004 ", " 4 ", " 1631"]);
        assert!(fixed_all(ID, t).contains("第14条和第20条，自2004年以来有4个成员，第1631(2005)号"));
    }

    #[test]
    fn unspaced_date_is_evidence_but_dates_are_not_flagged() {
        let t = "大会，\n\n回顾2009年7月14日的信和 2004 年 12 月 2 日第 59/50 号决议，\n\n1. 决定继续处理此案。\n";
        assert_eq!(covered(ID, t), [" 59/50 "]);
    }

    #[test]
    fn consistent() {
        let t = "大会，\n\n回顾 2004 年 12 月 2 日第 59/50 号决议，\n\n1. 决定继续处理此案。\n";
        assert!(covered(ID, t).is_empty());
    }
}
