use crate::lang::{en, zh};
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language};
use regex::Regex;
use std::sync::OnceLock;

declare_rule! {
    /// The Charter has one name in UN texts: "the Charter of the United Nations"
    /// (then "the Charter"), never "UN Charter" or "United Nations Charter"; in Chinese
    /// 《联合国宪章》 (then 《宪章》), always between title marks. Its articles and
    /// chapters are cited as the Charter numbers them: "Article 52" with a capital (the
    /// articles of other treaties take lower case) and "Chapter VII" in roman
    /// numerals; in Chinese 第五十二条, 第七章 in Chinese numerals.
    pub struct CharterReference {
        id: "charter-reference",
        category: Citation,
        severity: Warning,
        summary: "The Charter is named “the Charter of the United Nations” / 《联合国宪章》, with “Article 52”, “Chapter VII”, 第五十二条, 第七章",
        bad: [
            "The Security Council,\n\nRecalling the UN Charter,\n\n1. Decides to remain seized of the matter.\n",
            "The Security Council,\n\nActing under Chapter 7 of the Charter and article 41 of the Charter,\n\n1. Decides to remain seized of the matter.\n",
            "大会，\n\n重申联合国宪章的宗旨，\n\n1. 请秘书长提交报告。\n",
            "安全理事会，\n\n根据《联合国宪章》第7章和《宪章》第52条采取行动，\n\n1. 决定继续处理此案。\n",
        ],
        good: [
            "The Security Council,\n\nRecalling the Charter of the United Nations, and acting under Chapter VII and Article 41 of the Charter,\n\n1. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\nRecalling article 3 of the Relationship Agreement and the African Charter on Human and Peoples' Rights,\n\n1. Requests the Secretary-General to report.\n",
            "安全理事会，\n\n根据《联合国宪章》第七章和《宪章》第五十二条采取行动，并注意到该组织的宪章，\n\n1. 决定继续处理此案。\n",
        ],
    }
}

fn en_name_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let alts: Vec<String> = en::CHARTER_WRONG_NAMES
            .iter()
            .map(|s| {
                let b = if s.ends_with(|c: char| c.is_alphanumeric()) {
                    r"(?-u:\b)"
                } else {
                    ""
                };
                format!("{}{b}", regex::escape(s).replace(' ', r"[ \t\u{A0}]+"))
            })
            .collect();
        Regex::new(&format!(r"(?:^|[^A-Za-z.])({})", alts.join("|"))).expect("charter regex")
    })
}

fn en_part_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(?P<word>[Aa]rticles?|[Cc]hapters?)[ \t\u{A0}]+(?P<nums>[0-9IVXL]+(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]+to[ \t]+)[0-9IVXL]+)*)(?:[ \t]*,[ \t]*paragraphs?[ \t]+[0-9]+(?:[ \t]*\([a-z]\))?[ \t]*,)?[ \t\u{A0}]+of[ \t\u{A0}]+the[ \t\u{A0}]+Charter(?-u:\b)",
        )
        .expect("charter part regex")
    })
}

/// The Charter's name followed by a run of article, paragraph and chapter numbers:
/// "《联合国宪章》第52条", "《宪章》第十二条第2项", "《联合国宪章》第六章和第7章".
fn zh_run_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"《(?:联合国)?宪章》(?:[ \t\u{A0}]*(?:第[ \t\u{A0}]*(?:[0-9０-９]{1,3}|[〇一二三四五六七八九十百]{1,5})[ \t\u{A0}]*(?:条|章|项|款)|[、和及至]))+")
            .expect("zh charter regex")
    })
}

/// One Arabic-numbered part inside such a run.
fn zh_part_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"第[ \t\u{A0}]*(?P<n>[0-9０-９]{1,3})[ \t\u{A0}]*(?P<kind>条|章|项|款)")
            .expect("zh charter part regex")
    })
}

/// Roman numerals for chapter numbers.
fn roman(mut n: u32) -> String {
    let mut s = String::new();
    for (v, r) in [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Chinese numerals 1-999 (the Charter has 111 articles): 五十二, 一百零三, 一百一十一.
fn chinese_number(n: u32) -> String {
    if n < 100 {
        return zh::numeral(n);
    }
    let h = zh::numeral(n / 100);
    match n % 100 {
        0 => format!("{h}百"),
        r @ 1..=9 => format!("{h}百零{}", zh::numeral(r)),
        r @ 10..=19 => format!("{h}百一{}", zh::numeral(r)),
        r => format!("{h}百{}", zh::numeral(r)),
    }
}

fn digits_value(s: &str) -> Option<u32> {
    let mut v = 0u32;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => return None,
        };
        v = v.checked_mul(10)?.checked_add(d)?;
    }
    Some(v)
}

impl Rule for CharterReference {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        match cx.doc.language {
            Language::En => check_en(cx),
            Language::Zh => check_zh(cx),
            _ => check_other(cx),
        }
    }
}

/// French, Spanish, Russian, Arabic: the Charter's name, its articles' capital (French
/// and Spanish) and its chapters in roman numerals, from the language's
/// [`crate::lang::references`] words.
fn check_other(cx: &mut Context) {
    let Some(w) = crate::lang::references::words(cx.doc.language) else {
        return;
    };
    let text = cx.doc.text;
    let right = w.charter;
    for wrong in w.charter_wrong {
        for (i, _) in text.match_indices(wrong) {
            let end = i + wrong.len();
            if text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let span = Span::new(i, end);
            let m = msg!(cx.ui,
                en: "The Charter is named “{right}” in UN texts, not “{wrong}”",
                zh: "联合国文本中《宪章》的名称为“{right}”，而非“{wrong}”",
                fr: "Dans les textes de l’ONU, la Charte s’appelle « {right} », et non « {wrong} »",
                es: "En los textos de las Naciones Unidas la Carta se denomina “{right}”, no “{wrong}”",
                ru: "В документах ООН Устав называется «{right}», а не «{wrong}»",
                ar: "يسمى الميثاق في نصوص الأمم المتحدة “{right}” وليس “{wrong}”");
            let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”", fr: "Remplacer par « {right} »", es: "Sustituir por “{right}”", ru: "Заменить на «{right}»", ar: "استبدال بـ“{right}”");
            cx.report(span, m, edit(span, right, label));
        }
    }
    if let Some((article, wrongs)) = w.charter_article {
        for wrong in wrongs {
            for (word, _) in super::numbered_references(text, wrong, w.charter_after) {
                let m = msg!(cx.ui,
                    en: "Articles of the Charter take a capital: “{article}”",
                    zh: "《宪章》的条款应大写：“{article}”",
                    fr: "Les Articles de la Charte prennent une majuscule : « {article} »",
                    es: "Los Artículos de la Carta se escriben con mayúscula: “{article}”",
                    ru: "Статьи Устава пишутся с прописной буквы: «{article}»",
                    ar: "تكتب مواد الميثاق بحرف كبير: “{article}”");
                let label = msg!(cx.ui, en: "Capitalize", zh: "改为大写", fr: "Mettre la majuscule", es: "Poner mayúscula", ru: "С прописной буквы", ar: "حرف كبير");
                cx.report(word, m, edit(word, article, label));
            }
        }
    }
    for chapter in w.chapter {
        for (_, num) in super::numbered_references(text, chapter, w.charter_after) {
            let Ok(n) = num.of(text).parse::<u32>() else {
                continue;
            };
            if !(1..=19).contains(&n) {
                continue;
            }
            let r = roman(n);
            let found = num.of(text);
            let m = msg!(cx.ui,
                en: "Chapters of the Charter are numbered in roman numerals: “{r}”, not “{found}”",
                zh: "《宪章》的章应使用罗马数字：“{r}”，而非“{found}”",
                fr: "Les chapitres de la Charte sont numérotés en chiffres romains : « {r} », et non « {found} »",
                es: "Los capítulos de la Carta se numeran en números romanos: “{r}”, no “{found}”",
                ru: "Главы Устава нумеруются римскими цифрами: «{r}», а не «{found}»",
                ar: "ترقم فصول الميثاق بالأرقام الرومانية: “{r}” وليس “{found}”");
            let label = msg!(cx.ui, en: "Replace with “{r}”", zh: "改为“{r}”", fr: "Remplacer par « {r} »", es: "Sustituir por “{r}”", ru: "Заменить на «{r}»", ar: "استبدال بـ“{r}”");
            cx.report(num, m, edit(num, r, label));
        }
    }
}

fn check_en(cx: &mut Context) {
    let text = cx.doc.text;
    let right = "Charter of the United Nations";
    // Every wrong name contains "Charter": run the pattern only around it (the pattern
    // starts with a class, which the regex engine cannot skip to).
    let anchors = crate::model::scan::occurrences(text, &["Charter"]);
    for c in crate::model::scan::anchored(en_name_regex(), text, anchors, 48, 48) {
        let Some(m) = c.get(1) else { continue };
        // "UN Charter-based bodies": part of a compound, not a name to replace.
        if text[m.end()..].starts_with('-') {
            continue;
        }
        let found = m.as_str();
        let sp = Span::new(m.start(), m.end());
        let msg_ = msg!(cx.ui,
            en: "The Charter is named “the {right}” (then “the Charter”), not “{found}”",
            zh: "《宪章》的英文名称应为“the {right}”（其后简称“the Charter”），而非“{found}”",
            fr: "En anglais, la Charte s’appelle « the {right} » (puis « the Charter »), et non « {found} »",
            es: "En inglés, la Carta se denomina “the {right}” (y después “the Charter”), no “{found}”",
            ru: "В английском тексте Устав называется «the {right}» (далее «the Charter»), а не «{found}»",
            ar: "يُسمّى الميثاق في النص الإنكليزي “the {right}” (ثم “the Charter”)، لا “{found}”");
        let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”",
            fr: "Remplacer par « {right} »",
            es: "Sustituir por “{right}”",
            ru: "Заменить на «{right}»",
            ar: "استبدال بـ“{right}”");
        // "… the Charter of the U.N." at a paragraph's end: its dot is also the full stop.
        let after = text[sp.end..].chars().next();
        let repl = if found.ends_with('.') && matches!(after, None | Some('\n' | '\r')) {
            format!("{right}.")
        } else {
            right.to_string()
        };
        cx.report(sp, msg_, edit(sp, repl, label));
    }
    for c in en_part_regex().captures_iter(text) {
        let (Some(whole), Some(word), Some(nums)) = (c.get(0), c.name("word"), c.name("nums"))
        else {
            continue;
        };
        // "the Charter of the Organization of American States" is another charter.
        let after = &text[whole.end()..];
        let after_t = after.trim_start_matches([' ', '\t', '\u{A0}']);
        if after_t.starts_with("of ") && !after_t.starts_with("of the United Nations") {
            continue;
        }
        let w = word.as_str();
        let chapter = w.starts_with(['C', 'c']);
        if w.starts_with(['a', 'c']) {
            let up = en::upper_first(w);
            let sp = Span::new(word.start(), word.end());
            let msg_ = msg!(cx.ui,
                en: "Articles and chapters of the Charter take a capital: “{up}”",
                zh: "英文中《宪章》的条、章应首字母大写：“{up}”",
                fr: "En anglais, les articles et chapitres de la Charte prennent une majuscule : « {up} »",
                es: "En inglés, los artículos y capítulos de la Carta llevan mayúscula: “{up}”",
                ru: "В английском тексте статьи и главы Устава пишутся с прописной буквы: «{up}»",
                ar: "في النص الإنكليزي تُكتب مواد الميثاق وفصوله بحرف كبير: “{up}”");
            let label = msg!(cx.ui, en: "Replace with “{up}”", zh: "改为“{up}”",
                fr: "Remplacer par « {up} »",
                es: "Sustituir por “{up}”",
                ru: "Заменить на «{up}»",
                ar: "استبدال بـ“{up}”");
            cx.report(sp, msg_, edit(sp, up, label));
        }
        if chapter {
            // Arabic chapter numbers → roman.
            let base = nums.start();
            let s = nums.as_str();
            let mut i = 0;
            while i < s.len() {
                let n = s[i..].bytes().take_while(u8::is_ascii_digit).count();
                if n == 0 {
                    i += 1;
                    continue;
                }
                let digits = &s[i..i + n];
                if let Some(v) = digits.parse::<u32>().ok().filter(|v| (1..=399).contains(v)) {
                    let r = roman(v);
                    let sp = Span::new(base + i, base + i + n);
                    let msg_ = msg!(cx.ui,
                        en: "Chapters of the Charter are numbered in roman numerals: “Chapter {r}”, not “{digits}”",
                        zh: "英文中《宪章》各章以罗马数字编号：“Chapter {r}”，而非“{digits}”",
                        fr: "Les chapitres de la Charte sont numérotés en chiffres romains : « Chapter {r} », et non « {digits} »",
                        es: "Los capítulos de la Carta se numeran en cifras romanas: “Chapter {r}”, no “{digits}”",
                        ru: "Главы Устава нумеруются римскими цифрами: «Chapter {r}», а не «{digits}»",
                        ar: "تُرقَّم فصول الميثاق بالأرقام الرومانية: “Chapter {r}”، لا “{digits}”");
                    let label = msg!(cx.ui, en: "Replace with “{r}”", zh: "改为“{r}”",
                        fr: "Remplacer par « {r} »",
                        es: "Sustituir por “{r}”",
                        ru: "Заменить на «{r}»",
                        ar: "استبدال بـ“{r}”");
                    cx.report(sp, msg_, edit(sp, r, label));
                }
                i += n;
            }
        }
    }
}

fn check_zh(cx: &mut Context) {
    let text = cx.doc.text;
    let name = "联合国宪章";
    let mut from = 0;
    while let Some(p) = text.get(from..).and_then(|s| s.find(name)) {
        let start = from + p;
        let end = start + name.len();
        from = end;
        let prev = text[..start].chars().next_back();
        let next = text[end..].chars().next();
        if prev == Some('《') || next == Some('》') {
            continue;
        }
        // “联合国宪章” in quotation marks: the marks go too.
        let sp = if prev == Some('“') && next == Some('”') {
            Span::new(start - '“'.len_utf8(), end + '”'.len_utf8())
        } else {
            Span::new(start, end)
        };
        let found = sp.of(text);
        let m = msg!(cx.ui,
            en: "The Charter is written between title marks: “《联合国宪章》”, not “{found}”",
            zh: "应加书名号：“《联合国宪章》”，而非“{found}”",
            fr: "En chinois, la Charte s’écrit entre guillemets de titre : « 《联合国宪章》 », et non « {found} »",
            es: "En chino, la Carta se escribe entre signos de título: “《联合国宪章》”, no “{found}”",
            ru: "В китайском тексте название Устава заключается в кавычки для названий: «《联合国宪章》», а не «{found}»",
            ar: "في النص الصيني يُكتب الميثاق بين علامتي العنوان: “《联合国宪章》”، لا “{found}”");
        let label = msg!(cx.ui, en: "Replace with “《联合国宪章》”", zh: "改为“《联合国宪章》”",
            fr: "Remplacer par « 《联合国宪章》 »",
            es: "Sustituir por “《联合国宪章》”",
            ru: "Заменить на «《联合国宪章》»",
            ar: "استبدال بـ“《联合国宪章》”");
        cx.report(sp, m, edit(sp, "《联合国宪章》", label));
    }
    for run in zh_run_regex().find_iter(text) {
        for c in zh_part_regex().captures_iter(run.as_str()) {
            let (Some(r), Some(n), Some(kind)) = (c.get(0), c.name("n"), c.name("kind")) else {
                continue;
            };
            report_zh_part(
                cx,
                run.start() + r.start(),
                r.as_str(),
                n.as_str(),
                kind.as_str(),
            );
        }
    }
}

fn report_zh_part(cx: &mut Context, start: usize, found: &str, n: &str, kind: &str) {
    let Some(v) = digits_value(n).filter(|v| *v > 0) else {
        return;
    };
    let right = format!("第{}{}", chinese_number(v), kind);
    let sp = Span::new(start, start + found.len());
    let m = msg!(cx.ui,
        en: "Articles, paragraphs and chapters of the Charter are numbered in Chinese numerals: “{right}”, not “{found}”",
        zh: "《宪章》的条、项、章应使用汉字数字：“{right}”，而非“{found}”",
        fr: "En chinois, les articles, paragraphes et chapitres de la Charte sont numérotés en chiffres chinois : « {right} », et non « {found} »",
        es: "En chino, los artículos, párrafos y capítulos de la Carta se numeran con cifras chinas: “{right}”, no “{found}”",
        ru: "В китайском тексте статьи, пункты и главы Устава нумеруются китайскими цифрами: «{right}», а не «{found}»",
        ar: "في النص الصيني تُرقَّم مواد الميثاق وفقراته وفصوله بالأرقام الصينية: “{right}”، لا “{found}”");
    let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”",
        fr: "Remplacer par « {right} »",
        es: "Sustituir por “{right}”",
        ru: "Заменить на «{right}»",
        ar: "استبدال بـ“{right}”");
    cx.report(sp, m, edit(sp, right, label));
}

#[cfg(test)]
mod tests {
    use super::chinese_number;
    use crate::rules::citation::testing::seen;

    const ID: &str = "charter-reference";

    #[test]
    fn english_names() {
        let t = "The Security Council,\n\nRecalling the UN Charter, the U.N. Charter, the United Nations Charter, the UN Charter-based bodies, the Charter of the UN, the Charter of the U.N. and the Charter of the United Nations,\n\n1. Decides to remain seized of the matter.\n";
        let f = seen(ID, t);
        let at: Vec<&str> = f.iter().map(|s| s.at.as_str()).collect();
        assert_eq!(
            at,
            [
                "UN Charter",
                "U.N. Charter",
                "United Nations Charter",
                "Charter of the UN",
                "Charter of the U.N."
            ]
        );
        assert!(f[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("Recalling the Charter of the United Nations, the U.N."));
    }

    #[test]
    fn a_final_abbreviation_keeps_the_full_stop() {
        let t = "The Security Council,\n\n1. Acts in accordance with the Charter of the U.N.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0]
            .fixed
            .as_deref()
            .unwrap()
            .ends_with("the Charter of the United Nations.\n"));
    }

    #[test]
    fn english_articles_and_chapters() {
        let t = "The Security Council,\n\nActing under Chapter 7 of the Charter, chapter VIII of the Charter, article 52 of the Charter, Article 12, paragraph 2, of the Charter and article VIII of the Charter of the Organization of American States,\n\n1. Decides to remain seized of the matter.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("7", Some("VII")),
                ("chapter", Some("Chapter")),
                ("article", Some("Article"))
            ],
            "{f:?}"
        );
    }

    #[test]
    fn chinese() {
        let t = "安全理事会，\n\n重申“联合国宪章”和联合国宪章的宗旨，根据《联合国宪章》第7章和《宪章》第103条及《联合国宪章》第十二条第2项、第六章和第8章以及报告第3章，\n\n1. 决定继续处理此案。\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("“联合国宪章”", Some("《联合国宪章》")),
                ("联合国宪章", Some("《联合国宪章》")),
                ("第7章", Some("第七章")),
                ("第103条", Some("第一百零三条")),
                ("第2项", Some("第二项")),
                ("第8章", Some("第八章")),
            ],
            "{f:?}"
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(chinese_number(52), "五十二");
        assert_eq!(chinese_number(110), "一百一十");
        assert_eq!(chinese_number(111), "一百一十一");
        assert_eq!(chinese_number(100), "一百");
    }

    fn fixed_in(lang: crate::Language, t: &str) -> (usize, String) {
        let opts = crate::Options {
            language: Some(lang),
            ..Default::default()
        };
        let r = crate::check(t, &opts);
        let fixes: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.rule == "charter-reference")
            .filter_map(|d| d.fix.clone())
            .collect();
        (fixes.len(), crate::apply_fixes(t, &fixes))
    }

    #[test]
    fn french_spanish_russian_arabic() {
        use crate::Language::*;
        let (n, f) = fixed_in(Fr, "Rappelant la Charte de l'ONU, l'article 24 de la Charte et le Chapitre 7 de la Charte,\n");
        assert_eq!(n, 3);
        assert_eq!(f, "Rappelant la Charte des Nations Unies, l'Article 24 de la Charte et le Chapitre VII de la Charte,\n");
        let (n, _) = fixed_in(
            Fr,
            "Rappelant la Charte des Nations Unies et l'article 13 du règlement intérieur,\n",
        );
        assert_eq!(n, 0);
        let (n, f) = fixed_in(Es, "Recordando el párrafo 2 del artículo 12 de la Carta,\n");
        assert_eq!(
            (n, f.as_str()),
            (1, "Recordando el párrafo 2 del Artículo 12 de la Carta,\n")
        );
        let (n, f) = fixed_in(Ru, "ссылаясь на Устав ООН и главу 7 Устава,\n");
        assert_eq!(n, 2);
        assert_eq!(
            f,
            "ссылаясь на Устав Организации Объединенных Наций и главу VII Устава,\n"
        );
        let (n, _) = fixed_in(Ar, "إذ تشير إلى ميثاق الأمم المتحدة،\n");
        assert_eq!(n, 0);
    }

    #[test]
    fn spanish_charter_name_and_articles() {
        let t = "La Asamblea General,\n\nRecordando la Carta de la ONU y el artículo 52 de la Carta, así como el artículo 14 del reglamento,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let f = crate::rules::tests::findings_of("charter-reference", t);
        let fixes: Vec<&str> = f
            .iter()
            .filter_map(|d| d.fix.as_ref().map(|x| x.replacement.as_str()))
            .collect();
        assert_eq!(fixes, ["Carta de las Naciones Unidas", "Artículo"]);
    }
}
