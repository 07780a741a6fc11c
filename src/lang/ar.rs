//! Arabic: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§5); each list names what it holds.

use super::phrase::{list_opener, OpenerLists, PhraseList};
use super::{
    AdverbPlace, CitationLexicon, DateLexicon, Gender, Opener, OrganMatch, Phrases, Profile,
};
use crate::options::{Body, Language};
use std::sync::OnceLock;

pub struct Ar;
pub static AR: Ar = Ar;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "إن الجمعية العامة"),
    (Body::Sc, "إن مجلس الأمن"),
    (Body::Ecosoc, "إن المجلس الاقتصادي والاجتماعي"),
    (Body::Hrc, "إن مجلس حقوق الإنسان"),
];

/// Preambular openers.
pub const PREAMBULAR: &[&str] = &[
    "إذ تشير إلى",
    "وإذ تشير إلى",
    "إذ تعيد تأكيد",
    "وإذ تعيد تأكيد",
    "وإذ تلاحظ",
    "وإذ تحيط علما",
    "وإذ تسلم",
];

/// Operative verbs, in the form the organ takes.
pub const OPERATIVE: &[&str] = &[
    "تقرر",
    "تطلب إلى",
    "تهيب ب",
    "تحث",
    "تدعو",
    "تشجع",
    "ترحب ب",
    "تحيط علما ب",
    "تؤكد",
    "يقرر",
    "يطلب إلى",
];

/// "also/further" words.
pub const ADVERBS: &[&str] = &["أيضا", "كذلك", "مجددا"];

/// Month names, January first: every accepted form, the standard first.
pub const MONTHS: [&[&str]; 12] = [
    &["كانون الثاني/يناير"],
    &["شباط/فبراير"],
    &["آذار/مارس"],
    &["نيسان/أبريل"],
    &["أيار/مايو"],
    &["حزيران/يونيه"],
    &["تموز/يوليه"],
    &["آب/أغسطس"],
    &["أيلول/سبتمبر"],
    &["تشرين الأول/أكتوبر"],
    &["تشرين الثاني/نوفمبر"],
    &["كانون الأول/ديسمبر"],
];

fn lists() -> &'static OpenerLists {
    static L: OnceLock<OpenerLists> = OnceLock::new();
    L.get_or_init(|| OpenerLists {
        preambular: PhraseList::new(PREAMBULAR),
        operative: PhraseList::new(OPERATIVE),
        adverbs: PhraseList::new(ADVERBS),
        preambular_endings: &[],
        operative_endings: &[],
    })
}

static PHRASES: Phrases = Phrases {
    agenda_before: &["جدول الأعمال المؤقت ل"],
    agenda_after: &[],
    continue_words: &["مواصلة النظر"],
    continue_before: &["في"],
    entitled: &["المعنون"],
    sub_item: &["البند الفرعي"],
    report: &["تقرير"],
    secretary_general: &["الأمين العام"],
    report_before: &["الجمعية العامة في"],
    quotes: &[('“', '”'), ('«', '»'), ('"', '"')],
    paragraph: &[
        "الفقرة",
        "الفقرات",
        "للفقرة",
        "بالفقرة",
        "والفقرة",
        "الفقرتين",
    ],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &[],
    first_suffixes: &[],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &[
        "قرار",
        "القرار",
        "قرارها",
        "قرارات",
        "القرارات",
        "قراراتها",
        "قراري",
        "قراريها",
    ],
    decision: &["مقرر", "المقرر", "مقررها", "مقررات", "المقررات", "مقرراتها"],
    bodies: &[
        (Body::Sc, &["مجلس الأمن"]),
        (Body::Ga, &["الجمعية العامة"]),
        (Body::Ecosoc, &["المجلس الاقتصادي والاجتماعي"]),
        (Body::Hrc, &["مجلس حقوق الإنسان"]),
    ],
    own: &[],
    date_links: &["المؤرخ", "المؤرخة", "المؤرخين"],
    list_links: &["و"],
    clitics: &["و", "ب", "ل", "ك", "ف", "وب", "ول", "فب"],
};

/// The ordinal of a session, 1-99 ("الخامسة والستين").
pub fn ordinal(n: u32) -> String {
    n.to_string()
}

impl Profile for Ar {
    fn language(&self) -> Language {
        Language::Ar
    }

    fn organ_line(&self, body: Body) -> &'static str {
        ORGANS
            .iter()
            .find(|(b, _)| *b == body)
            .map_or(ORGANS[0].1, |(_, s)| *s)
    }

    fn match_organ(&self, line: &str) -> Option<OrganMatch> {
        let folded = super::phrase::fold(line);
        ORGANS.iter().find_map(|&(body, name)| {
            let f = super::phrase::fold(name);
            (folded.starts_with(&f) && line.is_char_boundary(name.len())).then_some(OrganMatch {
                body,
                len: name.len(),
                correct: None,
            })
        })
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        list_opener(content, lists())
    }

    fn ordinal(&self, n: u32) -> String {
        ordinal(n)
    }

    fn repeat_adverb(
        &self,
        nth: usize,
        _operative: bool,
        _body: Body,
    ) -> (&'static str, AdverbPlace) {
        let word = if nth <= 2 { "أيضا" } else { "كذلك" };
        (word, AdverbPlace::After)
    }

    fn word_sep(&self) -> &'static str {
        " "
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }

    fn phrases(&self) -> &'static Phrases {
        &PHRASES
    }

    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String {
        let m = MONTHS[month.clamp(1, 12) as usize - 1][0];
        match day {
            Some(d) => format!("{d} {m} {year}"),
            None => format!("{m} {year}"),
        }
    }

    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        Some(&DATES)
    }

    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        Some(&CITATIONS)
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!(
            "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها {} البند المعنون “{}”.",
            ordinal(n),
            title.unwrap_or("")
        )
    }

    fn session_name(&self, n: u32) -> String {
        format!("الدورة {}", ordinal(n))
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn opener_case(&self) -> super::OpenerCase {
        super::OpenerCase::None
    }

    fn paragraph_label(&self, n: u32) -> String {
        format!("{n} -")
    }

    fn sub_label_letters(&self) -> Option<&'static [&'static str]> {
        Some(ABJAD)
    }
}

/// Sub-paragraph letters in abjad order.
pub const ABJAD: &[&str] = &[
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق",
    "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
];
