//! Spanish: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§3); each list names what it holds.

use super::phrase::{list_opener, OpenerLists, PhraseList};
use super::{
    AdverbPlace, CitationLexicon, DateLexicon, Gender, Opener, OrganMatch, Phrases, Profile,
};
use crate::model::sessions::SessionRef;
use crate::options::{Body, Language};
use std::sync::OnceLock;

pub struct Es;
pub static ES: Es = Es;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "La Asamblea General"),
    (Body::Sc, "El Consejo de Seguridad"),
    (Body::Ecosoc, "El Consejo Económico y Social"),
    (Body::Hrc, "El Consejo de Derechos Humanos"),
];

/// Preambular openers.
pub const PREAMBULAR: &[&str] = &[
    "Recordando",
    "Reafirmando",
    "Observando",
    "Tomando nota",
    "Reconociendo",
    "Convencida",
    "Consciente",
    "Preocupada",
    "Acogiendo con beneplácito",
];

/// Operative verbs, in the form the organ takes.
pub const OPERATIVE: &[&str] = &[
    "Decide",
    "Solicita",
    "Pide",
    "Exhorta",
    "Insta",
    "Invita",
    "Toma nota",
    "Reafirma",
    "Acoge con beneplácito",
];

/// "also/further" words.
pub const ADVERBS: &[&str] = &["también", "además", "asimismo", "nuevamente"];

/// Month names, January first: every accepted form, the standard first.
pub const MONTHS: [&[&str]; 12] = [
    &["enero"],
    &["febrero"],
    &["marzo"],
    &["abril"],
    &["mayo"],
    &["junio"],
    &["julio"],
    &["agosto"],
    &["septiembre", "setiembre"],
    &["octubre"],
    &["noviembre"],
    &["diciembre"],
];

fn lists() -> &'static OpenerLists {
    static L: OnceLock<OpenerLists> = OnceLock::new();
    L.get_or_init(|| OpenerLists {
        preambular: PhraseList::new(PREAMBULAR),
        operative: PhraseList::new(OPERATIVE),
        adverbs: PhraseList::new(ADVERBS),
        preambular_endings: &["ando", "iendo"],
        operative_endings: &[],
    })
}

static PHRASES: Phrases = Phrases {
    agenda_before: &[
        "programa provisional de su",
        "programa provisional de la asamblea general en su",
    ],
    agenda_after: &[],
    continue_words: &[
        "seguir examinando",
        "continuar examinando",
        "continuar el examen",
        "proseguir el examen",
    ],
    continue_before: &["en su"],
    entitled: &["titulado", "titulada", "intitulado"],
    sub_item: &["subtema"],
    report: &["informe"],
    secretary_general: &["secretario general", "secretaria general"],
    report_before: &[
        "asamblea general en su",
        "asamblea general, en su",
        "le presente, en su",
        "le presente en su",
        "le informe, en su",
        "le informe en su",
        "presente, en su",
        "presente en su",
    ],
    quotes: &[('“', '”'), ('«', '»'), ('"', '"')],
    paragraph: &["párrafo", "párrafos", "apartado", "apartados", "párr"],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &["de"],
    year_words: &[],
    first_suffixes: &[],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &["resolución", "resoluciones"],
    decision: &["decisión", "decisiones"],
    bodies: &[
        (Body::Sc, &["del consejo de seguridad"]),
        (Body::Ga, &["de la asamblea general"]),
        (Body::Ecosoc, &["del consejo económico y social"]),
        (Body::Hrc, &["del consejo de derechos humanos"]),
    ],
    own: &["su", "sus"],
    date_links: &["de"],
    list_links: &["y"],
    clitics: &[],
};

mod ordinals;
pub use ordinals::{ordinal, parse_ordinal};

impl Profile for Es {
    fn language(&self) -> Language {
        Language::Es
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
        let word = if nth <= 2 { "también" } else { "además" };
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
            Some(d) => format!("{d} de {m} de {year}"),
            None => format!("{m} de {year}"),
        }
    }

    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        Some(&DATES)
    }

    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        Some(&CITATIONS)
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!("Decide incluir en el programa provisional de su {} período de sesiones el tema titulado “{}”.", ordinal(n), title.unwrap_or(""))
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} período de sesiones", ordinal(n))
    }

    fn session_anchors(&self) -> &'static [&'static str] {
        ordinals::ANCHORS
    }

    fn session_at(&self, text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
        ordinals::session_at(text, anchor, anchor_end)
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
