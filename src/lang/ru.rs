//! Russian: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§4); each list names what it holds.

use super::phrase::{list_opener, OpenerLists, PhraseList};
use super::{
    AdverbPlace, CitationLexicon, DateLexicon, Gender, Opener, OrganMatch, Phrases, Profile,
};
use crate::options::{Body, Language};
use std::sync::OnceLock;

pub struct Ru;
pub static RU: Ru = Ru;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "Генеральная Ассамблея"),
    (Body::Sc, "Совет Безопасности"),
    (Body::Ecosoc, "Экономический и Социальный Совет"),
    (Body::Hrc, "Совет по правам человека"),
];

/// Preambular openers.
pub const PREAMBULAR: &[&str] = &[
    "ссылаясь на",
    "подтверждая",
    "вновь подтверждая",
    "отмечая",
    "принимая к сведению",
    "признавая",
    "приветствуя",
    "подчеркивая",
];

/// Operative verbs, in the form the organ takes.
pub const OPERATIVE: &[&str] = &[
    "постановляет",
    "просит",
    "призывает",
    "предлагает",
    "приветствует",
    "отмечает",
    "принимает к сведению",
    "подчеркивает",
];

/// "also/further" words.
pub const ADVERBS: &[&str] = &["также", "далее", "вновь"];

/// Month names, January first: every accepted form, the standard first.
pub const MONTHS: [&[&str]; 12] = [
    &["января", "январь"],
    &["февраля", "февраль"],
    &["марта", "март"],
    &["апреля", "апрель"],
    &["мая", "май"],
    &["июня", "июнь"],
    &["июля", "июль"],
    &["августа", "август"],
    &["сентября", "сентябрь"],
    &["октября", "октябрь"],
    &["ноября", "ноябрь"],
    &["декабря", "декабрь"],
];

fn lists() -> &'static OpenerLists {
    static L: OnceLock<OpenerLists> = OnceLock::new();
    L.get_or_init(|| OpenerLists {
        preambular: PhraseList::new(PREAMBULAR),
        operative: PhraseList::new(OPERATIVE),
        adverbs: PhraseList::new(ADVERBS),
        preambular_endings: &["я", "в"],
        operative_endings: &[],
    })
}

static PHRASES: Phrases = Phrases {
    agenda_before: &["предварительную повестку дня своей"],
    agenda_after: &[],
    continue_words: &["продолжить рассмотрение"],
    continue_before: &["на своей"],
    entitled: &["озаглавленный", "озаглавленного", "озаглавленном"],
    sub_item: &["подпункт"],
    report: &["доклад"],
    secretary_general: &["генеральн"],
    report_before: &["генеральной ассамблее на ее"],
    quotes: &[('«', '»'), ('“', '”'), ('"', '"')],
    paragraph: &[
        "пункт",
        "пункта",
        "пункте",
        "пунктом",
        "пункту",
        "пункты",
        "пунктов",
        "пунктах",
        "пунктам",
        "пунктами",
    ],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &["года", "г."],
    first_suffixes: &[],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &[
        "резолюция",
        "резолюции",
        "резолюцию",
        "резолюцией",
        "резолюций",
        "резолюциям",
        "резолюциями",
        "резолюциях",
    ],
    decision: &[
        "решение",
        "решения",
        "решению",
        "решением",
        "решении",
        "решений",
        "решениям",
        "решениями",
        "решениях",
    ],
    bodies: &[
        (Body::Sc, &["совета безопасности"]),
        (Body::Ga, &["генеральной ассамблеи"]),
        (Body::Ecosoc, &["экономического и социального совета"]),
        (Body::Hrc, &["совета по правам человека"]),
    ],
    own: &["свою", "своей", "свои", "своих", "своим", "своими"],
    date_links: &["от"],
    list_links: &["и"],
    clitics: &[],
};

/// The ordinal of a session, 1-99 (genitive, "шестьдесят пятой").
pub fn ordinal(n: u32) -> String {
    n.to_string()
}

impl Profile for Ru {
    fn language(&self) -> Language {
        Language::Ru
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
        let word = if nth <= 2 { "также" } else { "далее" };
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
            Some(d) => format!("{d} {m} {year} года"),
            None => format!("{} {year} года", MONTHS[month.clamp(1, 12) as usize - 1][1]),
        }
    }

    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        Some(&DATES)
    }

    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        Some(&CITATIONS)
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!("постановляет включить в предварительную повестку дня своей {} сессии пункт, озаглавленный «{}».", ordinal(n), title.unwrap_or(""))
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} сессии", ordinal(n))
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn opener_case(&self) -> super::OpenerCase {
        super::OpenerCase::Lower
    }
}
