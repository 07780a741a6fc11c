use crate::model::Document;
use crate::options::{Body, Language};
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::is_cjk;
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// UN English texts write dates day–month–year with the month in full, no
    /// leading zero, no ordinal suffix and no comma: "2 December 2004" (conventions §4,
    /// R09 [H]); "December 2, 2004", "2nd December 2004", "2 December, 2004",
    /// "02 December 2004" and numeric forms ("2/12/2004", "2004-12-02") are errors, an
    /// abbreviated month ("2 Dec. 2004", tables and footnotes only) a warning. A
    /// weekday before the date ("Tuesday, 15 September 2009") is correct. UN Chinese
    /// texts write 2004年12月2日 with Arabic digits and no leading zeros (§7.4, R10
    /// [H]): leading zeros and full-width digits are warnings, and so are
    /// Chinese-numeral dates (一九七三年十月二十二日), which belong to pre-1971 texts, when
    /// the document is modern (its own date, or failing that the latest year it cites,
    /// is 1972 or later, or nothing says). English dates in the English masthead of a
    /// Chinese document are held to the English form. The fix is the standard form of
    /// the same date, when the date exists and is not ambiguous ("2/12/2004" may be 2
    /// December or 12 February: no fix). In Security Council texts the English
    /// errors are lowered to warnings: Council drafts are tabled by delegations, and
    /// several real ones (S/2024/37, S/2024/302) write "November 19, 2023".
    pub struct DateForm {
        id: "date-form",
        category: Date,
        severity: Error,
        summary: "Dates in the standard form (2 December 2004; 2004年12月2日)",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of December 2, 2004,\n",
            "大会，\n\n回顾其2004年01月05日第59/50号决议，\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004, adopted on Tuesday, 15 September 2009,\n",
            "Distr.: General\n11 August 2009\nChinese\n\n大会，\n\n回顾其2004年12月2日第59/50号决议，\n",
        ],
    }
}

impl Rule for DateForm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let modern = match doc.date {
            Some(d) => d.year >= 1972,
            None => doc
                .dates
                .iter()
                .map(|d| d.year)
                .chain(doc.citations.iter().filter_map(|c| {
                    c.year_span?
                        .of(text)
                        .trim_matches(|c: char| !c.is_ascii_digit())
                        .parse::<i32>()
                        .ok()
                }))
                .max()
                .is_none_or(|y| y >= 1972),
        };
        for d in &doc.dates {
            let d = &super::corrected(text, d);
            let i = d.issues;
            if !i.any() {
                continue;
            }
            let written = d.span.of(text);
            let chinese_form = written.contains('年');
            if i.chinese_numerals && !modern {
                continue;
            }
            // A numeric "date" inside a symbol or a longer number.
            if i.numeric {
                let before = text[..d.span.start].chars().next_back();
                let after = text[d.span.end..].chars().next();
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || "/.-".contains(c))
                    || after.is_some_and(|c| c.is_ascii_alphanumeric() || "/-".contains(c))
                {
                    continue;
                }
            }
            let lang = if chinese_form
                || (i.numeric && doc.language == Language::Zh && line_has_cjk(doc, d.span.start))
            {
                Language::Zh
            } else if d.lang == Language::Zh {
                Language::En
            } else {
                d.lang
            };
            let severe = !chinese_form
                && (i.month_first || i.ordinal_suffix || i.comma || i.leading_zero || i.numeric);
            // Council drafts are tabled by delegations, and several real ones write
            // "November 19, 2023" before the Secretariat edits them.
            let severe = severe && doc.body != Body::Sc;
            let severity = if severe {
                Severity::Error
            } else {
                Severity::Warning
            };
            let mut why_en: Vec<&str> = Vec::new();
            let mut why_zh: Vec<&str> = Vec::new();
            for (on, e, z) in [
                (i.month_first, "month before day", "月份在日之前"),
                (i.ordinal_suffix, "ordinal suffix", "序数后缀"),
                (i.comma, "comma before the year", "年份前有逗号"),
                (i.leading_zero, "leading zero", "前导零"),
                (i.abbreviated, "abbreviated month", "月份缩写"),
                (i.numeric, "all in figures", "纯数字日期"),
                (i.fullwidth_digits, "full-width digits", "全角数字"),
                (i.missing_link, "link word missing", "缺少连接词"),
                (
                    i.month_form,
                    "month name not in the standard form",
                    "月份名称不规范",
                ),
                (
                    i.chinese_numerals,
                    "Chinese numerals in a modern text",
                    "现代文件使用汉字数字",
                ),
            ] {
                if on {
                    why_en.push(e);
                    why_zh.push(z);
                }
            }
            let why_en: Vec<String> = why_en.iter().map(|e| reason(cx.ui, e)).collect();
            let (why_en, why_zh) = (why_en.join(", "), why_zh.join("、"));
            // "2/12/2004" is 2 December in UN usage but 12 February in American usage:
            // no single correction.
            let ambiguous = i.numeric
                && written.contains('/')
                && d.day.is_some_and(|day| day <= 12 && day != d.month);
            if ambiguous {
                let (a, b) = (d.canonical(lang), {
                    let mut swapped = d.clone();
                    swapped.month = d.day.unwrap_or(1);
                    swapped.day = Some(d.month);
                    swapped.canonical(lang)
                });
                let m = msg!(cx.ui,
                    en: "Non-standard date ({why_en}): write the month in words, “{a}” or “{b}”",
                    zh: "日期格式不规范（{why_zh}）：应写作“{a}”或“{b}”",
                    fr: "Date non conforme ({why_en}) : écrire le mois en lettres, « {a} » ou « {b} »",
                    es: "Fecha no normalizada ({why_en}): escriba el mes con letras, “{a}” o “{b}”",
                    ru: "Нестандартная запись даты ({why_en}): напишите месяц словом, «{a}» или «{b}»",
                    ar: "تاريخ غير موحد ({why_en}): يُكتب الشهر بالحروف، “{a}” أو “{b}”");
                cx.report_at(severity, d.span, m, None);
            } else if d.is_valid() {
                let canon = d.canonical(lang);
                let m = msg!(cx.ui,
                    en: "Non-standard date ({why_en}): UN texts write “{canon}”",
                    zh: "日期格式不规范（{why_zh}），应写作“{canon}”",
                    fr: "Date non conforme ({why_en}) : les textes de l’ONU écrivent « {canon} »",
                    es: "Fecha no normalizada ({why_en}): los textos de las Naciones Unidas escriben “{canon}”",
                    ru: "Нестандартная запись даты ({why_en}): в текстах ООН пишется «{canon}»",
                    ar: "تاريخ غير موحد ({why_en}): تكتب نصوص الأمم المتحدة “{canon}”");
                let label = msg!(cx.ui, en: "Write “{canon}”", zh: "改为“{canon}”",
                    fr: "Écrire « {canon} »",
                    es: "Escribir “{canon}”",
                    ru: "Написать «{canon}»",
                    ar: "كتابة “{canon}”");
                cx.report_at(severity, d.span, m, edit(d.span, canon, label));
            } else {
                let m = msg!(cx.ui,
                    en: "Non-standard date ({why_en})",
                    zh: "日期格式不规范（{why_zh}）",
                    fr: "Date non conforme ({why_en})",
                    es: "Fecha no normalizada ({why_en})",
                    ru: "Нестандартная запись даты ({why_en})",
                    ar: "تاريخ غير موحد ({why_en})");
                cx.report_at(severity, d.span, m, None);
            }
        }
    }
}

/// What makes a date non-standard, in the report's language; `en` is the English
/// reason the rule collects.
fn reason(ui: crate::options::UiLanguage, en: &str) -> String {
    match en {
        "month before day" => msg!(ui, en: "month before day", zh: "月份在日之前",
            fr: "mois avant le jour",
            es: "mes antes del día",
            ru: "месяц перед числом",
            ar: "الشهر قبل اليوم"),
        "ordinal suffix" => msg!(ui, en: "ordinal suffix", zh: "序数后缀",
            fr: "suffixe ordinal",
            es: "sufijo ordinal",
            ru: "порядковый суффикс",
            ar: "لاحقة ترتيبية"),
        "comma before the year" => msg!(ui, en: "comma before the year", zh: "年份前有逗号",
            fr: "virgule avant l’année",
            es: "coma antes del año",
            ru: "запятая перед годом",
            ar: "فاصلة قبل السنة"),
        "leading zero" => msg!(ui, en: "leading zero", zh: "前导零",
            fr: "zéro initial",
            es: "cero inicial",
            ru: "начальный ноль",
            ar: "صفر بادئ"),
        "abbreviated month" => msg!(ui, en: "abbreviated month", zh: "月份缩写",
            fr: "mois abrégé",
            es: "mes abreviado",
            ru: "сокращённое название месяца",
            ar: "شهر مختصر"),
        "all in figures" => msg!(ui, en: "all in figures", zh: "纯数字日期",
            fr: "tout en chiffres",
            es: "todo en cifras",
            ru: "только цифры",
            ar: "أرقام فقط"),
        "full-width digits" => msg!(ui, en: "full-width digits", zh: "全角数字",
            fr: "chiffres pleine chasse",
            es: "cifras de ancho completo",
            ru: "полноширинные цифры",
            ar: "أرقام كاملة العرض"),
        "Chinese numerals in a modern text" => {
            msg!(ui, en: "Chinese numerals in a modern text", zh: "现代文件使用汉字数字",
            fr: "chiffres chinois dans un texte moderne",
            es: "números chinos en un texto moderno",
            ru: "китайские цифры в современном тексте",
            ar: "أرقام صينية في نص حديث")
        }
        _ => en.to_string(),
    }
}

/// Is there Chinese on the line around byte offset `at`?
fn line_has_cjk(doc: &Document, at: usize) -> bool {
    let i = doc.lines.partition_point(|l| l.span.end < at);
    doc.lines
        .get(i)
        .is_some_and(|l| l.span.of(doc.text).chars().any(is_cjk))
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;
    use crate::Severity;

    const ID: &str = "date-form";

    #[test]
    fn arabic_month_pairs() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50 المؤرخ 2 ديسمبر 2004 وقرارها 60/1 المؤرخ 16 سبتمبر/أيلول 2005 وقرارها 61/1 المؤرخ 5 أيلول/ سبتمبر 2006 وقرارها 62/1 المؤرخ 17 أيلول/سبتمبر 2007،\n";
        let h = hits(ID, t);
        let got: Vec<(&str, Severity, Option<&str>)> = h
            .iter()
            .map(|h| (h.covered.as_str(), h.severity, h.fixed.as_deref()))
            .map(|(c, s, f)| (c, s, f.map(|_| "")))
            .collect();
        assert_eq!(
            got,
            [
                ("2 ديسمبر 2004", Severity::Warning, Some("")),
                ("16 سبتمبر/أيلول 2005", Severity::Warning, Some("")),
                ("5 أيلول/ سبتمبر 2006", Severity::Warning, Some("")),
            ]
        );
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("المؤرخ 2 كانون الأول/ديسمبر 2004 "));
    }

    #[test]
    fn english_forms() {
        let t = "The General Assembly,\n\nRecalling December 2, 2004, 2nd December 2004, 2 December, 2004, 02 December 2004, 2/12/2004, 2004-12-02, 2 Dec. 2004, Tuesday, 15 September 2009 and 31 June 2009,\n";
        let h = hits(ID, t);
        let got: Vec<(&str, Severity)> =
            h.iter().map(|h| (h.covered.as_str(), h.severity)).collect();
        assert_eq!(
            got,
            [
                ("December 2, 2004", Severity::Error),
                ("2nd December 2004", Severity::Error),
                ("2 December, 2004", Severity::Error),
                ("02 December 2004", Severity::Error),
                ("2/12/2004", Severity::Error),
                ("2004-12-02", Severity::Error),
                ("2 Dec. 2004", Severity::Warning),
            ]
        );
        assert!(h[4].fixed.is_none(), "2/12/2004 is ambiguous");
        for x in h.iter().filter(|x| x.covered != "2/12/2004") {
            let fixed = x.fixed.as_deref().unwrap();
            assert!(
                fixed.contains("Recalling 2 December 2004,")
                    || fixed.contains(", 2 December 2004,"),
                "{fixed}"
            );
        }
    }

    #[test]
    fn chinese_forms() {
        let t = "大会，\n\n回顾2004年01月05日、２００４年１２月２日和一九七三年十月二十二日的决议以及2009年7月14日的信，\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 3);
        assert!(h.iter().all(|x| x.severity == Severity::Warning));
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("回顾2004年1月5日、"));
        assert!(h[1].fixed.as_deref().unwrap().contains("、2004年12月2日和"));
        assert!(h[2]
            .fixed
            .as_deref()
            .unwrap()
            .contains("和1973年10月22日的"));
    }

    #[test]
    fn old_texts_keep_chinese_numerals() {
        let t = "大会，\n\n回顾一九六六年十一月二十九日的决议，\n\n一九六六年十二月十六日\n第1500次全体会议\n";
        assert!(hits(ID, t).is_empty(), "{:?}", hits(ID, t));
    }

    #[test]
    fn english_masthead_of_chinese_document() {
        let t = "Distr.: General\nAugust 11, 2009\nChinese\n\n大会，\n\n回顾其2004年12月2日第59/50号决议，\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].covered, "August 11, 2009");
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("\n11 August 2009\n"));
    }

    #[test]
    fn numeric_dates() {
        let t = "The General Assembly,\n\nRecalling 31/12/2004, 5/5/2005 and 3/4/2005,\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 3);
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("Recalling 31 December 2004,"));
        assert!(h[1].fixed.as_deref().unwrap().contains(", 5 May 2005 and"));
        assert!(h[2].fixed.is_none());
        assert!(h[2]
            .finding
            .message
            .contains("“3 April 2005” or “4 March 2005”"));
    }

    #[test]
    fn resolution_number_before_of() {
        let t = "The General Assembly,\n\nRecalling its resolutions 51/7 of October 25, 1996 and 52/7 of October 1997,\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].covered, "October 25, 1996");
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("51/7 of 25 October 1996 and"));
    }

    #[test]
    fn symbols_are_not_dates() {
        let t = "The General Assembly,\n\nNoting document A/1/12/2004 and 12/2004-11-10,\n";
        assert!(hits(ID, t).is_empty());
    }

    #[test]
    fn spanish_link_words_and_first_of_month() {
        let t = "La Asamblea General,\n\nRecordando su resolución 59/50, de 2 diciembre 2004, y la decisión adoptada el 1º de enero de 2005,\n";
        let h = hits(ID, t);
        let got: Vec<(&str, Severity)> =
            h.iter().map(|h| (h.covered.as_str(), h.severity)).collect();
        assert_eq!(
            got,
            [
                ("2 diciembre 2004", Severity::Warning),
                ("1º de enero de 2005", Severity::Error)
            ]
        );
        assert!(h[0]
            .fixed
            .as_deref()
            .is_some_and(|f| f.contains("de 2 de diciembre de 2004,")));
        let t =
            "La Asamblea General,\n\nRecordando su resolución 60/1, de 16 de setiembre de 2005,\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Warning);
        assert!(h[0]
            .fixed
            .as_deref()
            .is_some_and(|f| f.contains("16 de septiembre de 2005")));
    }
}
