//! Per-language knowledge: opening lines, openers and verbs, month names, ordinals,
//! punctuation. Rules never hold word lists; they ask the profile of the document's
//! language.

pub mod ar;
pub mod en;
pub mod es;
pub mod fr;
pub mod phrase;
pub mod references;
pub mod ru;
pub mod zh;

use crate::model::sessions::SessionRef;
use crate::options::{Body, Language};

/// The class of a paragraph's opening words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenerClass {
    /// A recognised preambular opener ("Recalling", "回顾").
    Preambular,
    /// A recognised operative verb in the right form ("Requests", "请").
    Operative,
    /// Recognised in both parts (many Chinese verbs: 注意到, 重申, 欢迎).
    Both,
    /// Not in the lists, but of the preambular form (an English participle).
    PreambularLike,
    /// Not in the lists, but of the operative form (an English third-person verb).
    OperativeLike,
    /// Not recognised at all.
    Unknown,
}

/// Where an "also/further" adverb stands relative to the opener.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdverbPlace {
    /// "Also requests", 又请.
    Before,
    /// "Recalling also".
    After,
}

/// A repetition adverb found with an opener.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adverb {
    pub place: AdverbPlace,
    /// Byte range relative to the paragraph content.
    pub start: usize,
    pub end: usize,
}

/// The analysis of the opening words of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opener {
    /// Byte range of the opener phrase (without adverbs), relative to the content.
    pub start: usize,
    pub end: usize,
    /// The lemma used to find repetitions: the recognised phrase, lower case.
    pub lemma: String,
    pub class: OpenerClass,
    pub adverb: Option<Adverb>,
    /// A discouraged form with the preferred one (提及 → 回顾).
    pub preferred: Option<&'static str>,
    /// Operative verb in the wrong form ("Request" → "Requests").
    pub operative_form: Option<String>,
    /// Operative verb used where a participle is needed ("Recalls" → "Recalling").
    pub preambular_form: Option<String>,
    /// The nearest known opener, for unknown openers (typos).
    pub nearest_preambular: Option<&'static str>,
    pub nearest_operative: Option<&'static str>,
}

/// What a language profile provides.
pub trait Profile: Sync {
    fn language(&self) -> Language;
    /// The opening line of each body, without its comma ("The General Assembly", "大会").
    fn organ_line(&self, body: Body) -> &'static str;
    /// Recognises an opening line; returns the body, the byte length of the organ name
    /// and, when the form is wrong but recognisable, the correct form.
    fn match_organ(&self, line: &str) -> Option<OrganMatch>;
    /// Analyses the opening words of a paragraph's content.
    fn opener(&self, content: &str) -> Option<Opener>;
    /// A session ordinal for messages and fixes ("sixty-fifth", "六十五").
    fn ordinal(&self, n: u32) -> String;
    /// The repetition adverb to insert for the `nth` use (2 = also, 3+ = further) of an
    /// opener, and whether it goes before or after the opener in `body`'s practice.
    fn repeat_adverb(&self, nth: usize, operative: bool, body: Body)
        -> (&'static str, AdverbPlace);
    /// The usual separator between words ("" for Chinese).
    fn word_sep(&self) -> &'static str {
        " "
    }
    /// Formulae that mark a Security Council text: (phrase, what it is).
    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)];
    /// Formulae only the General Assembly uses.
    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)];
    /// Openers seen only in Model UN phrase lists.
    fn mun_only(&self) -> &'static [&'static str] {
        &[]
    }
    /// For aligning language versions: (meaning, lower-case stems found in the
    /// opener's lemma), with the meanings of [`OPENER_EQUIVALENTS`] ("recall",
    /// "request", …).
    fn opener_meanings(&self) -> &'static [(&'static str, &'static [&'static str])] {
        &[]
    }
    /// The phrases the follow-up clause, report requests and item titles are found by.
    fn phrases(&self) -> &'static Phrases;
    /// A date in the language's standard form ("2 December 2004", "2004年12月2日",
    /// "2 décembre 2004"); `day` None for a month and year.
    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String;
    /// The lexicon of the shared day-month-year date parser; None when the language
    /// has a parser of its own (English, Chinese).
    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        None
    }
    /// Whether only the first (standard) form of each month in the date lexicon is
    /// UN style, the others being accepted but flagged (Arabic: "ديسمبر" alone or
    /// "ديسمبر/كانون الأول" for the pair "كانون الأول/ديسمبر"). False where other
    /// forms are grammatical (Russian cases).
    fn strict_month_forms(&self) -> bool {
        false
    }
    /// The lexicon of the shared citation parser; None when the language has a parser
    /// of its own (English, Chinese).
    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        None
    }
    /// Words a session mention is built around ("session", "сессии", "الدورة"):
    /// `session_at` is asked at each occurrence. Empty for English and Chinese,
    /// whose session parsers are built in.
    fn session_anchors(&self) -> &'static [&'static str] {
        &[]
    }
    /// The session mention around the anchor word at `anchor..anchor_end`, if that
    /// occurrence is one (with the ordinal parsed).
    fn session_at(&self, _text: &str, _anchor: usize, _anchor_end: usize) -> Option<SessionRef> {
        None
    }
    /// "sixty-fifth session", "第六十五届会议", "soixante-cinquième session": a regular
    /// session named in running text, for messages and fixes.
    fn session_name(&self, n: u32) -> String;
    /// The follow-up clause placing the item on the agenda of session `n`, with the
    /// item's title when known, ending with a full stop ("Decides to include in the
    /// provisional agenda of its sixty-fifth session the item entitled “…”.").
    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String;
    /// The label of operative paragraph `n` ("1.", Arabic "1 -").
    fn paragraph_label(&self, n: u32) -> String {
        format!("{n}.")
    }
    /// How sub-paragraph labels are written: "(a)" or "a)".
    fn sub_label_form(&self) -> SubLabelForm {
        SubLabelForm::Parenthesized
    }
    /// The letters sub-paragraphs are labelled with, in order, when they are not the
    /// Latin a, b, c (Arabic: أ, ب, ج, د, هـ …).
    fn sub_label_letters(&self) -> Option<&'static [&'static str]> {
        None
    }
    /// The case paragraph openers start with (Russian: lower case).
    fn opener_case(&self) -> OpenerCase {
        OpenerCase::Upper
    }
    /// Words of the adoption block and of letters' headings in this language, beside
    /// the English and Chinese ones the model always knows.
    fn header_words(&self) -> &'static HeaderWords {
        static NONE: HeaderWords = HeaderWords {
            adopted: &[],
            meeting: &[],
            letter: &[],
        };
        &NONE
    }
    /// "draft resolution" in the language, lower case ("projet de résolution"): a
    /// heading or sponsors line with it is not the draft's title, and one ending
    /// with it after a colon ("France et Mexique : projet de résolution") means the
    /// draft has none.
    fn draft_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Marks of punctuation that take a space before them in this language (French
    /// « : ; ! ? » and the closing guillemet), so that the space is not stray.
    fn spaced_punctuation(&self) -> &'static [char] {
        &[]
    }
    /// The grammatical gender of the organ's name, which openers agree with.
    fn gender(&self, body: Body) -> Option<Gender> {
        let _ = body;
        None
    }
    /// The standard words between a cited resolution and its date when the parser's
    /// other date links are variants to correct (Spanish ", de": "su resolución
    /// 59/50, de 2 de diciembre de 2004", not "59/50 del 2 de diciembre"); None when
    /// every link is standard.
    fn citation_date_link(&self) -> Option<&'static str> {
        None
    }
    /// Whether `body`'s sessions are numbered in figures in the language (Spanish
    /// Human Rights Council texts: "52º período de sesiones"), so that figures are
    /// not a defect there.
    fn session_figures(&self, body: Body) -> bool {
        let _ = body;
        false
    }
    /// Variants of the words naming a session, with the UN form (Spanish "periodo"
    /// for "período"), looked for inside session mentions.
    fn session_word_variants(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }
    /// An opener that does not agree with the organ's gender, with the agreeing
    /// form: ("Convaincu", "Convaincue") under "L'Assemblée générale,". Byte range
    /// relative to `content`.
    fn agreement(&self, content: &str, body: Body) -> Option<Agreement> {
        let _ = (content, body);
        None
    }
    /// The link word a preambular paragraph opens with, when it is the wrong one for
    /// its place, with the right one (Arabic: إذ for the first paragraph, وإذ for
    /// the others). Byte range relative to `content`.
    fn preamble_link(&self, content: &str, first: bool) -> Option<Agreement> {
        let _ = (content, first);
        None
    }
}

/// How sub-paragraph labels are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubLabelForm {
    /// "(a)", "(i)", "(أ)".
    Parenthesized,
    /// "a)", "i)".
    CloseOnly,
}

/// The case a paragraph opener starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenerCase {
    /// "Recalling", "Rappelant".
    Upper,
    /// "ссылаясь", "постановляет".
    Lower,
    /// A script without case.
    None,
}

/// Grammatical gender of an organ's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Feminine,
    Masculine,
}

/// An opener that does not agree with the organ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub start: usize,
    pub end: usize,
    /// The agreeing form.
    pub correct: String,
}

/// The phrases, per language, by which the model finds the follow-up clause, report
/// requests and item titles. Phrases are lower case and compared with the lower-cased
/// text.
#[derive(Debug)]
pub struct Phrases {
    /// Text that ends just before the session mention of an agenda clause
    /// ("provisional agenda of its", "ordre du jour provisoire de sa").
    pub agenda_before: &'static [&'static str],
    /// Text that starts just after it (Chinese "临时议程").
    pub agenda_after: &'static [&'static str],
    /// Words of a "continue its consideration" clause, somewhere before the mention.
    pub continue_words: &'static [&'static str],
    /// …and what ends just before the mention in that clause ("at its", "其").
    pub continue_before: &'static [&'static str],
    /// The word that introduces a quoted item title ("entitled", "题为", "intitulée").
    pub entitled: &'static [&'static str],
    /// "sub-item", "分项", "sous-question".
    pub sub_item: &'static [&'static str],
    /// "report", "报告", "rapport".
    pub report: &'static [&'static str],
    /// "secretary-general", "秘书长", "secrétaire général".
    pub secretary_general: &'static [&'static str],
    /// Text that ends just before the session a report is due at ("assembly at its",
    /// "大会", "assemblée générale à sa").
    pub report_before: &'static [&'static str],
    /// Quotation marks around titles: (open, close).
    pub quotes: &'static [(char, char)],
    /// Words that name a paragraph before its number ("paragraphe", "пункта",
    /// "الفقرة"), so that paragraph numbers are not taken for figures.
    pub paragraph: &'static [&'static str],
}

/// Words of an adopted text's adoption block and of letters' headings, lower case,
/// compared with the folded start of a line.
#[derive(Debug)]
pub struct HeaderWords {
    /// Lines that mark an adopted text ("résolution adoptée par l'assemblée générale",
    /// "adoptée par le conseil de sécurité").
    pub adopted: &'static [&'static str],
    /// The meeting line of the adoption block, found anywhere in a short line and
    /// followed by the date line ("séance plénière").
    pub meeting: &'static [&'static str],
    /// Headings of letters, whose first full date is the letter's ("lettre datée
    /// du", "note verbale datée du").
    pub letter: &'static [&'static str],
}

/// What the shared day-month-year date parser needs of a language ("2 décembre 2004",
/// "2 de diciembre de 2004", "2 декабря 2004 года", "2 كانون الأول/ديسمبر 2004").
#[derive(Debug)]
pub struct DateLexicon {
    /// Every accepted form of each month, January first, lower case; the standard
    /// form first ("décembre"; Russian genitive "декабря" before the nominative;
    /// Arabic's paired "كانون الأول/ديسمبر" before its halves). A full date written
    /// with another form is reported as non-standard.
    pub months: [&'static [&'static str]; 12],
    /// Words that may stand between day and month and between month and year
    /// ("de").
    pub links: &'static [&'static str],
    /// Words after the year that belong to the date, the standard first ("года");
    /// the others are abbreviations, reported as such ("г."), and so is a date
    /// without any of them when the list is not empty.
    pub year_words: &'static [&'static str],
    /// The first of the month as an ordinal ("1er"): the suffixes after "1".
    pub first_suffixes: &'static [&'static str],
}

/// What the shared citation parser needs of a language.
#[derive(Debug)]
pub struct CitationLexicon {
    /// Every form of "resolution", lower case ("résolution", "résolutions",
    /// "резолюцию", "القرار"), matched as whole words.
    pub resolution: &'static [&'static str],
    /// Every form of "decision".
    pub decision: &'static [&'static str],
    /// Names of bodies, in the form used with a citation, lower case
    /// ("du conseil de sécurité", "совета безопасности", "مجلس الأمن"), looked for
    /// just before the keyword and just after the numbers.
    pub bodies: &'static [(Body, &'static [&'static str])],
    /// Words that make the citation the document's own body's ("sa", "ses", "su",
    /// "своей"), just before the keyword.
    pub own: &'static [&'static str],
    /// Words between a number and its date ("du", "en date du", "de", "от",
    /// "المؤرخ"), lower case.
    pub date_links: &'static [&'static str],
    /// Words joining list items ("et", "y", "и", "و").
    pub list_links: &'static [&'static str],
    /// Particles written joined to the next word (Arabic و, ب, ل: "وبالقرار"),
    /// stripped before a keyword is looked up.
    pub clitics: &'static [&'static str],
}

/// A recognised opening line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganMatch {
    pub body: Body,
    /// Byte length of the organ name in the line.
    pub len: usize,
    /// The correct name when the line uses a wrong but recognisable one.
    pub correct: Option<&'static str>,
}

/// The profile of a language.
pub fn profile(lang: Language) -> &'static dyn Profile {
    match lang {
        Language::En => &en::EN,
        Language::Zh => &zh::ZH,
        Language::Fr => &fr::FR,
        Language::Es => &es::ES,
        Language::Ru => &ru::RU,
        Language::Ar => &ar::AR,
    }
}

/// Punctuation class of a paragraph-final character, whatever its width or script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Punct {
    Comma,
    Semicolon,
    FullStop,
    Colon,
    Other,
}

impl Punct {
    pub fn of(c: char) -> Punct {
        match c {
            ',' | '，' | '،' | '﹐' => Punct::Comma,
            ';' | '；' | '؛' => Punct::Semicolon,
            '.' | '。' | '．' | '｡' => Punct::FullStop,
            ':' | '：' => Punct::Colon,
            _ => Punct::Other,
        }
    }

    /// The mark of this class in `lang`.
    pub fn mark(self, lang: Language) -> &'static str {
        match (lang, self) {
            (Language::Ar, Punct::Comma) => "،",
            (Language::Ar, Punct::Semicolon) => "؛",
            (Language::Zh, Punct::Comma) => "，",
            (Language::Zh, Punct::Semicolon) => "；",
            (Language::Zh, Punct::FullStop) => "。",
            (Language::Zh, Punct::Colon) => "：",
            (_, Punct::Comma) => ",",
            (_, Punct::Semicolon) => ";",
            (_, Punct::FullStop) => ".",
            (_, Punct::Colon) => ":",
            (_, Punct::Other) => "",
        }
    }
}

/// Openers that render one another across languages: (meaning, English lemma
/// prefixes, Chinese words contained in the lemma). Used to align two language
/// versions of a draft; a Chinese word may render several English openers (请:
/// requests, invites).
pub const OPENER_EQUIVALENTS: &[(&str, &[&str], &[&str])] = &[
    ("recall", &["recall"], &["回顾", "忆及"]),
    ("reaffirm", &["reaffirm", "reiterat"], &["重申"]),
    ("welcome", &["welcom"], &["欢迎", "欣见", "欣悉", "欣慰"]),
    (
        "note",
        &["noting", "notes", "note", "taking note", "takes note"],
        &["注意到", "获悉"],
    ),
    (
        "stress",
        &["stress", "emphasiz", "underlin", "underscor"],
        &["强调", "着重指出"],
    ),
    (
        "recognize",
        &["recogniz", "acknowledg"],
        &["认识到", "确认", "承认", "认可"],
    ),
    ("request", &["request", "asks"], &["请", "要求"]),
    ("invite", &["invit"], &["邀请", "请"]),
    ("decide", &["decid"], &["决定"]),
    ("urge", &["urg"], &["敦促"]),
    ("call", &["call"], &["吁请", "呼吁", "促请"]),
    ("encourage", &["encourag"], &["鼓励"]),
    (
        "concern",
        &[
            "expressing concern",
            "expresses concern",
            "concerned",
            "deeply concerned",
            "gravely concerned",
            "alarmed",
        ],
        &["关切", "关注", "忧虑", "震惊"],
    ),
    ("bear", &["bearing in mind"], &["铭记"]),
    ("convinced", &["convinced"], &["深信", "确信"]),
    (
        "consider",
        &["consider", "having considered", "having examined"],
        &["考虑到", "审议了", "认为"],
    ),
    ("affirm", &["affirm"], &["申明", "确认"]),
    ("condemn", &["condemn"], &["谴责"]),
    (
        "approve",
        &["approv", "endors"],
        &["核准", "批准", "赞同", "核可"],
    ),
    ("support", &["support"], &["支持"]),
    (
        "commend",
        &[
            "commend",
            "takes note with appreciation",
            "expresses its appreciation",
        ],
        &["赞扬", "赞赏"],
    ),
];

/// The meanings of an opener lemma (empty when not in [`OPENER_EQUIVALENTS`]).
pub fn opener_meanings(lang: Language, lemma: &str) -> Vec<&'static str> {
    let lower = lemma.to_lowercase();
    match lang {
        Language::En | Language::Zh => OPENER_EQUIVALENTS
            .iter()
            .filter(|(_, en, zh)| match lang {
                Language::En => en.iter().any(|p| lower.starts_with(p)),
                _ => zh.iter().any(|w| lemma.contains(w)),
            })
            .map(|(m, _, _)| *m)
            .collect(),
        _ => profile(lang)
            .opener_meanings()
            .iter()
            .filter(|(_, prefixes)| prefixes.iter().any(|p| lower.contains(p)))
            .map(|(m, _)| *m)
            .collect(),
    }
}
