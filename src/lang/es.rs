//! Spanish: opening lines, openers and verbs (es/openers.rs), session ordinals and
//! mentions (es/ordinals.rs), months, citation words, the follow-up phrases and the
//! adoption block.
//!
//! Data from the conventions file (§1, §3, §6, §7, Appendices A and B); each list
//! names what it holds. The Assembly is feminine ("Convencida"), the Councils
//! masculine ("Convencido"); sub-paragraphs are "a)", "i)"; sessions are "sexagésimo
//! quinto período de sesiones"; dates "2 de diciembre de 2004"; citations "su
//! resolución 59/50, de 2 de diciembre de 2004,".

use super::phrase::{list_opener, OpenerLists, PhraseList};
use super::{
    AdverbPlace, Agreement, CitationLexicon, DateLexicon, Gender, Opener, OrganMatch, Phrases,
    Profile,
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

mod openers;
pub use openers::{ADVERBS, OPERATIVE, PREAMBULAR};

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
    // "setiembre" is a variant the UN does not use (§3.5).
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
        preambular_endings: &["ando", "iendo", "yendo"],
        // Third person singular present: "-a" (first conjugation), "-e".
        operative_endings: &["a", "e"],
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
        "examinar la cuestión",
        "examinar esta cuestión",
        "examinar el tema",
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
    // "1º de enero", "1.º de enero": recognised, but UN Spanish writes "1 de enero"
    // (§3.5), so the date parser reports the suffix.
    first_suffixes: &[".º", "º", ".°", "°"],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &["resolución", "resoluciones"],
    decision: &["decisión", "decisiones"],
    // After the numbers ("la resolución 1631 (2005) del Consejo de Seguridad").
    bodies: &[
        (
            Body::Sc,
            &["del consejo de seguridad", "consejo de seguridad"],
        ),
        (Body::Ga, &["de la asamblea general", "asamblea general"]),
        (
            Body::Ecosoc,
            &[
                "del consejo económico y social",
                "consejo económico y social",
            ],
        ),
        (
            Body::Hrc,
            &[
                "del consejo de derechos humanos",
                "consejo de derechos humanos",
            ],
        ),
    ],
    own: &["su", "sus"],
    // ", de 2 de diciembre de 2004"; also "de fecha", "del", "aprobada el".
    date_links: &[
        "de",
        "de fecha",
        "del",
        "aprobada el",
        "aprobadas el",
        "adoptada el",
    ],
    // "64/183 y 65/124"; "e" before a word in "i".
    list_links: &["y", "e"],
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
            // The name as written, or with other capitals ("La Asamblea general").
            if folded.starts_with(&f) && line.is_char_boundary(name.len()) {
                let exact = line.starts_with(name);
                return Some(OrganMatch {
                    body,
                    len: name.len(),
                    correct: (!exact).then_some(name),
                });
            }
            // Without the article ("Asamblea General,"), with its punctuation: alone
            // on a line it is the masthead's organ name.
            let bare = name.split_once(' ').map_or(name, |(_, rest)| rest);
            let fb = super::phrase::fold(bare);
            let punctuated = line
                .get(bare.len()..)
                .is_some_and(|r| r.trim_start().starts_with([',', ':']));
            (folded.starts_with(&fb) && line.is_char_boundary(bare.len()) && punctuated).then_some(
                OrganMatch {
                    body,
                    len: bare.len(),
                    correct: Some(name),
                },
            )
        })
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        let mut o = list_opener(content, lists())?;
        // The form of the other part for the first word ("Recuerda" ↔ "Recordando").
        let phrase = &content[o.start..o.end];
        let first = phrase.split(' ').next().unwrap_or(phrase);
        let f = super::phrase::fold(first);
        let cased = |w: &str| same_case(w, first);
        if let Some(&(ger, verb)) = openers::FORMS.iter().find(|(g, v)| *g == f || *v == f) {
            if f == ger {
                o.operative_form = Some(cased(verb));
            } else {
                o.preambular_form = Some(cased(ger));
            }
        }
        Some(o)
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
        // "Recordando también", "Recordando además"; "Decide también", "Decide
        // además": after the opener in both parts (§3.2, §3.3).
        let word = if nth <= 2 { "también" } else { "además" };
        (word, AdverbPlace::After)
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "Actuando en virtud del Capítulo VII",
                "action under Chapter VII",
            ),
            (
                "Decide seguir ocupándose activamente de la cuestión",
                "remaining seized",
            ),
            (
                "Decide seguir ocupándose de la cuestión",
                "remaining seized",
            ),
            ("todas las medidas necesarias", "authorization of force"),
        ]
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[("programa provisional de su", "the Assembly's agenda clause")]
    }

    fn session_figures(&self, body: Body) -> bool {
        // Human Rights Council texts number sessions in figures ("52º período de
        // sesiones"); the Assembly writes them out.
        body == Body::Hrc
    }

    fn session_word_variants(&self) -> &'static [(&'static str, &'static str)] {
        // UN Spanish accents "período" (§3.7, Appendix B).
        &[("periodo", "período"), ("Periodo", "Período")]
    }

    fn citation_date_link(&self) -> Option<&'static str> {
        // "su resolución 59/50, de 2 de diciembre de 2004" (§3.4).
        Some(", de")
    }

    fn header_words(&self) -> &'static super::HeaderWords {
        // "Resolución aprobada por la Asamblea General el 19 de noviembre de 2012";
        // "48ª sesión plenaria" over the date (§3.4, §1); "Carta de fecha …".
        static W: super::HeaderWords = super::HeaderWords {
            adopted: &[
                "resolución aprobada por",
                "aprobada por el consejo de seguridad",
            ],
            meeting: &["sesión plenaria"],
            letter: &["carta de fecha", "nota verbal de fecha"],
        };
        &W
    }

    fn opener_meanings(&self) -> &'static [(&'static str, &'static [&'static str])] {
        openers::MEANINGS
    }

    fn agreement(&self, content: &str, body: Body) -> Option<Agreement> {
        let fem = self.gender(body)? == Gender::Feminine;
        let lead = content.len() - content.trim_start_matches(['*', '_']).len();
        let s = &content[lead..];
        // The adjective, or the adjective after an adverb ("Profundamente preocupada").
        for &(a, b) in super::phrase::words(s, 2).iter() {
            let w = &s[a..b];
            let f = super::phrase::fold(w);
            let wrong = openers::GENDERED
                .iter()
                .find(|(fe, ma)| if fem { *ma == f } else { *fe == f });
            if let Some(&(fe, ma)) = wrong {
                let right = if fem { fe } else { ma };
                return Some(Agreement {
                    start: lead + a,
                    end: lead + b,
                    correct: same_case(right, w),
                });
            }
            if !f.ends_with("mente") {
                break;
            }
        }
        None
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

/// `word` (lower case) with the capital of `model`'s first letter, if it has one.
fn same_case(word: &str, model: &str) -> String {
    if model.chars().next().is_some_and(char::is_uppercase) {
        let mut c = word.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::calendar::Date;
    use crate::lang::Profile;
    use crate::model::{CitationKind, Document};
    use crate::options::{Language, Options};

    fn doc(t: &str) -> Document<'_> {
        let o = Options {
            language: Some(Language::Es),
            ..Options::default()
        };
        Document::parse(t, &o)
    }

    /// (kind, number as written, date of the citation).
    fn cites(t: &str) -> Vec<(CitationKind, String, Option<Date>)> {
        let d = doc(t);
        d.citations
            .iter()
            .map(|c| {
                (
                    c.kind.clone(),
                    t[c.span.start..c.span.end].to_string(),
                    c.date.and_then(|i| d.dates[i].date()),
                )
            })
            .collect()
    }

    #[test]
    fn citation_forms() {
        let c = cites("Recordando su resolución 59/50, de 2 de diciembre de 2004, en que otorgó la condición de observador,");
        assert_eq!(
            c,
            [(
                CitationKind::Ga {
                    session: 59,
                    number: 50,
                    prefix: None
                },
                "59/50".into(),
                Some(Date::new(2004, 12, 2))
            )]
        );
        let c = cites("Recordando además la resolución 1631 (2005) del Consejo de Seguridad, de 17 de octubre de 2005, en que");
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].0,
            CitationKind::Sc {
                number: 1631,
                year: Some(2005)
            }
        );
        assert_eq!(c[0].2, Some(Date::new(2005, 10, 17)));
        let c = cites("Recordando sus resoluciones 64/183, de 18 de diciembre de 2009, y 65/124, de 13 de diciembre de 2010,");
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].1, "65/124");
        assert_eq!(c[1].2, Some(Date::new(2010, 12, 13)));
        let d = doc("Recordando su decisión 52/459, de 22 de diciembre de 1997,");
        assert!(d.citations[0].decision);
        let c = cites("Recordando la resolución 1996/31 del Consejo Económico y Social, de 25 de julio de 1996,");
        assert_eq!(
            c[0].0,
            CitationKind::Ecosoc {
                year: 1996,
                number: 31
            }
        );
    }

    #[test]
    fn dates() {
        let d = doc("el 1 de octubre de 2020, el 31 de junio de 2009, en septiembre de 2005 y el 02 de mayo de 2003");
        let got: Vec<_> = d.dates.iter().map(|x| (x.year, x.month, x.day)).collect();
        assert_eq!(
            got,
            [
                (2020, 10, Some(1)),
                (2009, 6, Some(31)),
                (2005, 9, None),
                (2003, 5, Some(2))
            ]
        );
        assert!(!d.dates[1].is_valid());
        assert!(d.dates[3].issues.leading_zero);
        assert_eq!(
            super::ES.format_date(2004, 12, Some(2)),
            "2 de diciembre de 2004"
        );
    }

    #[test]
    fn meanings_for_aligning_versions() {
        use crate::lang::opener_meanings;
        let m = |l: &str| opener_meanings(Language::Es, l);
        assert_eq!(m("recordando"), ["recall"]);
        assert_eq!(m("Reafirmando"), ["reaffirm"]);
        assert_eq!(m("solicita"), ["request"]);
        assert_eq!(m("acoge con beneplácito"), ["welcome"]);
        assert_eq!(m("profundamente preocupada"), ["concern"]);
        assert_eq!(m("teniendo presente"), ["bear"]);
        assert_eq!(m("tomando nota con aprecio"), ["note", "commend"]);
    }

    #[test]
    fn openers_and_forms() {
        let o = super::ES
            .opener("Recordando también su resolución")
            .expect("opener");
        assert_eq!(o.lemma, "recordando");
        assert!(o.adverb.is_some());
        let o = super::ES.opener("Recuerda su resolución").expect("opener");
        assert_eq!(o.preambular_form.as_deref(), Some("Recordando"));
        let o = super::ES
            .opener("Observando las actividades")
            .expect("opener");
        assert_eq!(o.operative_form.as_deref(), Some("Observa"));
        let o = super::ES
            .opener("Acoge con beneplácito los esfuerzos")
            .expect("opener");
        assert_eq!(o.lemma, "acoge con beneplácito");
        let o = super::ES
            .opener("Solicitta al Secretario General")
            .expect("opener");
        assert_eq!(o.nearest_operative, Some("Solicita"));
        let a = super::ES.agreement("Convencido asimismo de que", crate::Body::Ga);
        assert_eq!(a.map(|a| a.correct), Some("Convencida".to_string()));
        assert!(super::ES
            .agreement("Convencida asimismo de que", crate::Body::Ga)
            .is_none());
        assert!(super::ES
            .agreement("Preocupado por", crate::Body::Hrc)
            .is_none());
    }
}
