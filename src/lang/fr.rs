//! French: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§2); each list names what it holds.

use super::phrase::{list_opener, OpenerLists, PhraseList};
use super::{
    AdverbPlace, CitationLexicon, DateLexicon, Gender, Opener, OrganMatch, Phrases, Profile,
};
use crate::options::{Body, Language};
use std::sync::OnceLock;

pub struct Fr;
pub static FR: Fr = Fr;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "L'Assemblée générale"),
    (Body::Sc, "Le Conseil de sécurité"),
    (Body::Ecosoc, "Le Conseil économique et social"),
    (Body::Hrc, "Le Conseil des droits de l'homme"),
];

/// Preambular openers.
pub const PREAMBULAR: &[&str] = &[
    "Rappelant",
    "Réaffirmant",
    "Notant",
    "Prenant note",
    "Considérant",
    "Convaincue",
    "Consciente",
    "Soulignant",
    "Se félicitant",
];

/// Operative verbs, in the form the organ takes.
pub const OPERATIVE: &[&str] = &[
    "Décide",
    "Prie",
    "Demande",
    "Engage",
    "Invite",
    "Prend note",
    "Souligne",
    "Réaffirme",
    "Se félicite",
];

/// "also/further" words.
pub const ADVERBS: &[&str] = &["également", "en outre", "aussi", "de nouveau"];

/// Month names, January first: every accepted form, the standard first.
pub const MONTHS: [&[&str]; 12] = [
    &["janvier"],
    &["février"],
    &["mars"],
    &["avril"],
    &["mai"],
    &["juin"],
    &["juillet"],
    &["août"],
    &["septembre"],
    &["octobre"],
    &["novembre"],
    &["décembre"],
];

fn lists() -> &'static OpenerLists {
    static L: OnceLock<OpenerLists> = OnceLock::new();
    L.get_or_init(|| OpenerLists {
        preambular: PhraseList::new(PREAMBULAR),
        operative: PhraseList::new(OPERATIVE),
        adverbs: PhraseList::new(ADVERBS),
        preambular_endings: &["ant"],
        operative_endings: &[],
    })
}

static PHRASES: Phrases = Phrases {
    agenda_before: &["ordre du jour provisoire de sa"],
    agenda_after: &[],
    continue_words: &["poursuivre l'examen"],
    continue_before: &["à sa"],
    entitled: &["intitulée", "intitulé"],
    sub_item: &["sous-question"],
    report: &["rapport"],
    secretary_general: &["secrétaire général"],
    report_before: &["assemblée générale à sa", "assemblée générale, à sa"],
    quotes: &[('«', '»'), ('“', '”'), ('"', '"')],
    paragraph: &["paragraphe", "paragraphes", "alinéa", "alinéas"],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &[],
    first_suffixes: &["er"],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &["résolution", "résolutions"],
    decision: &["décision", "décisions"],
    bodies: &[
        (Body::Sc, &["du conseil de sécurité"]),
        (Body::Ga, &["de l'assemblée générale"]),
        (Body::Ecosoc, &["du conseil économique et social"]),
        (Body::Hrc, &["du conseil des droits de l'homme"]),
    ],
    own: &["sa", "ses"],
    date_links: &["en date du", "du"],
    list_links: &["et"],
    clitics: &[],
};

/// The ordinal of a session, 1-99 (feminine, "soixante-cinquième").
pub fn ordinal(n: u32) -> String {
    n.to_string()
}

impl Profile for Fr {
    fn language(&self) -> Language {
        Language::Fr
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
        let word = if nth <= 2 { "également" } else { "en outre" };
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
            Some(1) => format!("1er {m} {year}"),
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
        format!("Décide d'inscrire à l'ordre du jour provisoire de sa {} session la question intitulée « {} ».", ordinal(n), title.unwrap_or(""))
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} session", ordinal(n))
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn sub_label_form(&self) -> super::SubLabelForm {
        super::SubLabelForm::CloseOnly
    }
}
