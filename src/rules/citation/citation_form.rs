use super::date_of;
use crate::calendar::sc_year_of;
use crate::model::CitationKind;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language};

declare_rule! {
    /// Citations follow one fixed form so that readers, translators and search tools
    /// find them. In English a Council resolution is "1631 (2005)", with a space
    /// before the bracketed year and the year always given (the number alone does not
    /// say which Council practice it belongs to); a date is joined with "of", not
    /// "dated" or "adopted on" ("resolution 59/50 of 2 December 2004"). In Chinese the
    /// number stands between 第 and 号 ("第59/50号决议", "第1631(2005)号决议", without
    /// a space), and the date comes before 第, not after the citation in brackets:
    /// "2004年12月2日第59/50号决议".
    pub struct CitationForm {
        id: "citation-form",
        category: Citation,
        severity: Warning,
        summary: "Citations of resolutions take the standard form (“1631 (2005)”, “of”, 第…号, the date first in Chinese)",
        bad: [
            "The General Assembly,\n\nRecalling Security Council resolution 1631(2005) and its resolution 59/50 dated 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly,\n\nRecalling Security Council resolution 1631,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其第59/50号决议(2004年12月2日)，\n\n1. 请秘书长提交报告。\n",
            "大会，\n\n回顾其59/50号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling Security Council resolution 1631 (2005) of 17 October 2005 and its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其 2004 年 12 月 2 日第 59/50 号决议和安全理事会2005年10月17日第1631(2005)号决议，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

impl Rule for CitationForm {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        // The universal forms ("1631 (2005)") are checked in every language written
        // with spaces; Chinese has its own (第…号).
        let en = doc.language != Language::Zh;
        let english = doc.language == Language::En;
        let spaced = !doc.profile().word_sep().is_empty();
        for c in &doc.citations {
            if c.kind == CitationKind::Other {
                continue;
            }
            let found = c.span.of(text);
            let f = &c.form;
            if spaced {
                if let Some(at) = f.missing_space.filter(|&a| a <= text.len()) {
                    let m = msg!(cx.ui,
                        en: "“{found}”: a space goes before the bracketed year",
                        zh: "“{found}”：英文中括号年份前应有空格",
                        fr: "« {found} » : une espace précède l’année entre parenthèses",
                        es: "“{found}”: va un espacio antes del año entre paréntesis",
                        ru: "«{found}»: перед годом в скобках ставится пробел",
                        ar: "“{found}”: توضع مسافة قبل السنة الواردة بين قوسين");
                    let label = msg!(cx.ui, en: "Insert a space", zh: "插入空格",
                        fr: "Insérer une espace",
                        es: "Insertar un espacio",
                        ru: "Вставить пробел",
                        ar: "إدراج مسافة");
                    cx.report(c.span, m, edit(Span::new(at, at), " ", label));
                }
            }
            if en {
                if let Some(w) = f.dated_word {
                    let word = w.of(text);
                    let m = msg!(cx.ui,
                        en: "A cited resolution's date is joined with “of”, not “{word}”",
                        zh: "所引决议的日期应以“of”连接，而非“{word}”",
                        fr: "En anglais, la date d’une résolution citée est introduite par « of », et non par « {word} »",
                        es: "En inglés, la fecha de una resolución citada se introduce con “of”, no con “{word}”",
                        ru: "В английском тексте дата цитируемой резолюции присоединяется словом «of», а не «{word}»",
                        ar: "في النص الإنكليزي يُربط تاريخ القرار المستشهد به بكلمة “of”، لا “{word}”");
                    let label = msg!(cx.ui, en: "Replace with “of”", zh: "改为“of”",
                        fr: "Remplacer par « of »",
                        es: "Sustituir por “of”",
                        ru: "Заменить на «of»",
                        ar: "استبدال بـ“of”");
                    cx.report(w, m, edit(w, "of", label));
                }
            }
            if en {
                if let CitationKind::Sc { number, year: None } = c.kind {
                    if c.from_symbol {
                        continue;
                    }
                    // The year of the date, or the table's.
                    let year = sc_year_of(number).or_else(|| date_of(doc, c).map(|d| d.year));
                    let m = msg!(cx.ui,
                        en: "Security Council resolution {number} is cited with its year: “{number} (year)”",
                        zh: "安全理事会第{number}号决议应连同年份引用：“{number} (年份)”",
                        fr: "La résolution {number} du Conseil de sécurité se cite avec son année : « {number} (année) »",
                        es: "La resolución {number} del Consejo de Seguridad se cita con su año: “{number} (año)”",
                        ru: "Резолюция {number} Совета Безопасности приводится с указанием года: «{number} (год)»",
                        ar: "يُستشهد بقرار مجلس الأمن {number} مع سنته: “{number} (السنة)”");
                    let fix = year.and_then(|y| {
                        let label = msg!(cx.ui, en: "Insert “ ({y})”", zh: "插入“ ({y})”",
                            fr: "Insérer une espace et « ({y}) »",
                            es: "Insertar un espacio y “({y})”",
                            ru: "Вставить пробел и «({y})»",
                            ar: "إدراج مسافة و“({y})”");
                        edit(Span::new(c.span.end, c.span.end), format!(" ({y})"), label)
                    });
                    cx.report(c.span, m, fix);
                }
            }
            if english {
                continue;
            }
            // The words joining the date, where the profile has a standard form
            // (Spanish ", de").
            if let (Some(want), Some(dm), Some(lex)) = (
                doc.profile().citation_date_link(),
                date_of(doc, c),
                doc.profile().citation_lexicon(),
            ) {
                if let Some((span, written)) = date_link(text, c.span.end, dm.span.start, lex) {
                    if written != want {
                        let when = dm.span.of(text);
                        let m = msg!(cx.ui,
                            en: "“{found}”: its date is introduced by “{want}”: “{found}{want} {when}”",
                            zh: "“{found}”：其日期应以“{want}”引出：“{found}{want} {when}”",
                            fr: "« {found} » : la date est introduite par « {want} » : « {found}{want} {when} »",
                            es: "“{found}”: la fecha se introduce con “{want}”: “{found}{want} {when}”",
                            ru: "«{found}»: дата вводится словами «{want}»: «{found}{want} {when}»",
                            ar: "”{found}“: يُسبق التاريخ بـ ”{want}“: ”{found}{want} {when}“");
                        let label = msg!(cx.ui,
                            en: "Write “{want}”",
                            zh: "改为“{want}”",
                            fr: "Écrire « {want} »",
                            es: "Escríbase “{want}”",
                            ru: "Писать «{want}»",
                            ar: "اكتب ”{want}“");
                        cx.report(span, m, edit(span, want, label));
                    }
                }
            }
            // Chinese.
            if let Some(at) = f.missing_di.filter(|&a| a <= text.len()) {
                let m = msg!(cx.ui,
                    en: "“{found}”: the number of a cited resolution or decision is preceded by 第",
                    zh: "“{found}”：所引决议或决定的编号前应有“第”",
                    fr: "« {found} » : en chinois, le numéro d’une résolution ou d’une décision citée est précédé de 第",
                    es: "“{found}”: en chino, el número de una resolución o decisión citada va precedido de 第",
                    ru: "«{found}»: в китайском тексте перед номером цитируемой резолюции или решения ставится 第",
                    ar: "“{found}”: في النص الصيني يسبق رقمَ القرار أو المقرر المستشهد به الحرفُ 第");
                let label = msg!(cx.ui, en: "Insert “第”", zh: "插入“第”",
                    fr: "Insérer « 第 »",
                    es: "Insertar “第”",
                    ru: "Вставить «第»",
                    ar: "إدراج “第”");
                cx.report(c.span, m, edit(Span::new(at, at), "第", label));
            }
            if let Some(at) = f.missing_hao.filter(|&a| a <= text.len()) {
                let m = msg!(cx.ui,
                    en: "“{found}”: the number of a cited resolution or decision is followed by 号",
                    zh: "“{found}”：所引决议或决定的编号后应有“号”",
                    fr: "« {found} » : en chinois, le numéro d’une résolution ou d’une décision citée est suivi de 号",
                    es: "“{found}”: en chino, el número de una resolución o decisión citada va seguido de 号",
                    ru: "«{found}»: в китайском тексте после номера цитируемой резолюции или решения ставится 号",
                    ar: "“{found}”: في النص الصيني يلي رقمَ القرار أو المقرر المستشهد به الحرفُ 号");
                let label = msg!(cx.ui, en: "Insert “号”", zh: "插入“号”",
                    fr: "Insérer « 号 »",
                    es: "Insertar “号”",
                    ru: "Вставить «号»",
                    ar: "إدراج “号”");
                cx.report(c.span, m, edit(Span::new(at, at), "号", label));
            }
            if let (Some(sp), Some(dm)) = (f.date_after, date_of(doc, c)) {
                // Only the bracketed form: after a comma the date may begin a clause.
                let whole = sp.of(text);
                if !(whole.ends_with(')') || whole.ends_with('）'))
                    || dm.span.start < sp.start
                    || dm.span.end > sp.end
                {
                    continue;
                }
                let cited = text[sp.start..dm.span.start]
                    .trim_end_matches(|ch: char| crate::text::is_hspace(ch))
                    .trim_end_matches(['(', '（'])
                    .trim_end_matches(|ch: char| crate::text::is_hspace(ch));
                let when = dm.span.of(text);
                let m = msg!(cx.ui,
                    en: "In Chinese the date of a cited resolution comes before 第: “{when}{cited}”",
                    zh: "所引决议的日期应置于“第”之前：“{when}{cited}”",
                    fr: "En chinois, la date d’une résolution citée précède 第 : « {when}{cited} »",
                    es: "En chino, la fecha de una resolución citada va antes de 第: “{when}{cited}”",
                    ru: "В китайском тексте дата цитируемой резолюции ставится перед 第: «{when}{cited}»",
                    ar: "في النص الصيني يأتي تاريخ القرار المستشهد به قبل 第: “{when}{cited}”");
                let label = msg!(cx.ui, en: "Write “{when}{cited}”", zh: "改为“{when}{cited}”",
                    fr: "Écrire « {when}{cited} »",
                    es: "Escribir “{when}{cited}”",
                    ru: "Написать «{when}{cited}»",
                    ar: "كتابة “{when}{cited}”");
                cx.report(sp, m, edit(sp, format!("{when}{cited}"), label));
            }
        }
    }
}

/// The link between a citation ending at `from` and its date starting at `to`: the
/// span from the comma (or the space) before the link word to the word's end, and
/// that text with one space (", de", " del"). None when the gap holds more than a
/// body's name and a link.
fn date_link(
    text: &str,
    from: usize,
    to: usize,
    lex: &crate::lang::CitationLexicon,
) -> Option<(Span, String)> {
    let gap = text.get(from..to)?;
    let trimmed = gap.trim_end_matches(|ch: char| crate::text::is_hspace(ch) || ch == '\n');
    let folded = crate::lang::phrase::fold(trimmed);
    // The longest link word the gap ends with, as a whole word.
    let link = lex
        .date_links
        .iter()
        .filter(|l| {
            folded.ends_with(*l)
                && folded[..folded.len() - l.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphabetic())
        })
        .max_by_key(|l| l.len())?;
    // Folding keeps lengths for Latin text; give up otherwise.
    if folded.len() != trimmed.len() {
        return None;
    }
    let word_start = trimmed.len() - link.len();
    let before = trimmed[..word_start].trim_end_matches(|ch: char| crate::text::is_hspace(ch));
    let (start, comma) = match before.strip_suffix(',') {
        Some(b) => (b.len(), true),
        None => (before.len(), false),
    };
    let span = Span::new(from + start, from + trimmed.len());
    let written = format!("{}{}", if comma { ", " } else { " " }, link);
    Some((span, written))
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "citation-form";

    #[test]
    fn russian_space_before_the_year() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на резолюцию 1631(2005) Совета Безопасности от 17 октября 2005 года,\n\n1. просит Генерального секретаря представить доклад.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_deref(), Some(" "));
    }

    #[test]
    fn english_space_and_of() {
        let t = "The General Assembly,\n\nRecalling Security Council resolution 1631(2005) and its resolutions 59/50 dated 2 December 2004 and 60/1 adopted on 16 September 2005,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("1631(2005)", Some(" ")),
                ("dated", Some("of")),
                ("adopted on", Some("of"))
            ],
            "{f:?}"
        );
        assert!(f[0].fixed.as_deref().unwrap().contains("1631 (2005)"));
        assert!(f[2]
            .fixed
            .as_deref()
            .unwrap()
            .contains("60/1 of 16 September"));
    }

    #[test]
    fn arabic_space_and_year() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرار مجلس الأمن 1631(2005) المؤرخ 17 تشرين الأول/أكتوبر 2005 وقرار مجلس الأمن 1325،\n\n1 - تطلب إلى الأمين العام تقديم تقرير.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [("1631(2005)", Some(" ")), ("1325", Some(" (2000)"))],
            "{f:?}"
        );
    }

    #[test]
    fn council_resolution_without_year() {
        let t = "The General Assembly,\n\nRecalling Security Council resolution 1631 and Security Council resolution 2790,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].at, "1631");
        assert!(f[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("resolution 1631 (2005) and"));
        assert!(f[1].fix.is_none());
    }

    #[test]
    fn chinese_di_hao_and_date_after() {
        let t = "大会，\n\n回顾其59/50号决议、第60/1决议和第59/50号决议(2004年12月2日)，并回顾安全理事会第1631(2005)号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("59/50", Some("第")),
                ("60/1", Some("号")),
                (
                    "第59/50号决议(2004年12月2日)",
                    Some("2004年12月2日第59/50号决议")
                ),
            ],
            "{f:?}"
        );
        assert!(f[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("回顾其第59/50号决议"));
        assert!(f[1].fixed.as_deref().unwrap().contains("第60/1号决议"));
    }

    /// Full-width brackets, checked with this rule alone (another rule of the engine
    /// cannot yet take "（" inside a paragraph, see the report).
    #[test]
    fn chinese_date_after_in_full_width_brackets() {
        use crate::model::Document;
        use crate::options::{Options, UiLanguage};
        use crate::rules::{Context, Rule};
        let t = "大会，\n\n回顾其第59/50号决议（2004年12月2日），\n\n1. 请秘书长提交报告。\n";
        let doc = Document::parse(t, &Options::default());
        let mut cx = Context::new(&doc, UiLanguage::En);
        super::CitationForm.check(&mut cx);
        let f = cx.findings();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&t[f[0].start..f[0].end], "第59/50号决议（2004年12月2日）");
        assert_eq!(
            f[0].fix.as_ref().unwrap().replacement,
            "2004年12月2日第59/50号决议"
        );
    }

    #[test]
    fn chinese_date_after_a_comma_is_left_alone() {
        let t = "大会，\n\n回顾其第59/50号决议，2004年12月2日大会通过了该决议，\n\n1. 请秘书长提交报告。\n";
        assert!(seen(ID, t).is_empty());
    }

    #[test]
    fn spanish_date_link() {
        let t = "La Asamblea General,\n\nRecordando su resolución 59/50 del 2 de diciembre de 2004, la resolución 1631 (2005) del Consejo de Seguridad, de 17 de octubre de 2005, y su resolución 60/1, de fecha 16 de septiembre de 2005,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(got, [(" del", Some(", de")), (", de fecha", Some(", de"))]);
    }

    #[test]
    fn spanish_council_citation_with_space_and_year() {
        let t = "La Asamblea General,\n\nRecordando la resolución 1631(2005) del Consejo de Seguridad, de 17 de octubre de 2005, y la resolución 1325 del Consejo de Seguridad, de 31 de octubre de 2000,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(got, [("1631(2005)", Some(" ")), ("1325", Some(" (2000)"))]);
    }
}
