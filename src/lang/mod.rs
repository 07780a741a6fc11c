//! Per-language knowledge: opening lines, openers and verbs, month names, ordinals,
//! punctuation. Rules never hold word lists; they ask the profile of the document's
//! language.

pub mod en;
pub mod zh;

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
    fn word_sep(&self) -> &'static str;
    /// Formulae that mark a Security Council text: (phrase, what it is).
    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)];
    /// Formulae only the General Assembly uses.
    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)];
    /// Openers seen only in Model UN phrase lists.
    fn mun_only(&self) -> &'static [&'static str] {
        &[]
    }
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
    let lower = lemma.to_ascii_lowercase();
    OPENER_EQUIVALENTS
        .iter()
        .filter(|(_, en, zh)| match lang {
            Language::En => en.iter().any(|p| lower.starts_with(p)),
            Language::Zh => zh.iter().any(|w| lemma.contains(w)),
        })
        .map(|(m, _, _)| *m)
        .collect()
}
