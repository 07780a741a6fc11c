//! French: opening lines, openers and verbs with their agreement, months, session
//! ordinals, citation words and the follow-up phrases.
//!
//! Data from the conventions file (§2, §6, Appendix A); the word lists are in
//! `fr/words.rs`, the ordinals in `fr/ordinals.rs`.

mod ordinals;
mod words;

pub use ordinals::{ordinal, parse_figures, parse_ordinal};
pub use words::{ADVERBS, AGREEING, OPERATIVE, PREAMBULAR};

use super::phrase::{fold, list_opener, words as word_spans, OpenerLists, PhraseList};
use super::{
    AdverbPlace, Agreement, CitationLexicon, DateLexicon, Gender, Opener, OpenerClass, OrganMatch,
    Phrases, Profile,
};
use crate::model::sessions::{OrdinalForm, SessionKind, SessionRef};
use crate::options::{Body, Language};
use crate::text::{is_hspace, Span};
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

/// Month names, January first: every accepted form, the standard first
/// (unaccented forms are typing slips that still name the month).
pub const MONTHS: [&[&str]; 12] = [
    &["janvier"],
    &["février", "fevrier"],
    &["mars"],
    &["avril"],
    &["mai"],
    &["juin"],
    &["juillet"],
    &["août", "aout"],
    &["septembre"],
    &["octobre"],
    &["novembre"],
    &["décembre", "decembre"],
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
    agenda_before: &[
        "ordre du jour provisoire de sa",
        "ordre du jour provisoire de la",
        "ordre du jour de sa",
    ],
    agenda_after: &[],
    continue_words: &[
        "poursuivre l'examen",
        "poursuivre son examen",
        "continuer d'examiner",
        "reprendre l'examen",
        "examiner la question",
        "examiner cette question",
        "d'examiner la question",
    ],
    continue_before: &["à sa", "lors de sa"],
    // With their following space, so that no form is counted inside another
    // ("intitulé" in "intitulée"): the follow-up clause counts the titles it quotes.
    entitled: &["intitulée ", "intitulé ", "intitulées ", "intitulés "],
    sub_item: &["question subsidiaire", "sous-question"],
    report: &["rapport"],
    secretary_general: &["secrétaire général", "secrétaire générale"],
    report_before: &[
        "lui présenter, à sa",
        "lui présenter à sa",
        "lui présenter, lors de sa",
        "lui présenter lors de sa",
        "lui rendre compte, à sa",
        "lui rendre compte à sa",
        "lui rendre compte lors de sa",
        "lui faire rapport, à sa",
        "lui faire rapport à sa",
        "pour examen à sa",
        "pour examen, à sa",
        "assemblée générale à sa",
        "assemblée générale, à sa",
        "assemblée générale lors de sa",
        "assemblée générale, lors de sa",
    ],
    quotes: &[('«', '»'), ('“', '”'), ('"', '"')],
    paragraph: &[
        "par",
        "paragraphe",
        "paragraphes",
        "alinéa",
        "alinéas",
        "point",
        "points",
        "article",
        "articles",
    ],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &[],
    first_suffixes: &["er", "ᵉʳ"],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &["résolution", "résolutions"],
    decision: &["décision", "décisions"],
    bodies: &[
        (Body::Sc, &["du conseil de sécurité"]),
        (Body::Ga, &["de l'assemblée générale", "de l'assemblée"]),
        (Body::Ecosoc, &["du conseil économique et social"]),
        (Body::Hrc, &["du conseil des droits de l'homme"]),
    ],
    own: &["sa", "ses"],
    date_links: &["en date du", "datée du", "du"],
    list_links: &["et"],
    clitics: &[],
};

/// The participle for a verb's third person, or the third person for a
/// participle, keeping the first letter's case.
fn other_form(word: &str, to_participle: bool) -> Option<String> {
    let f = fold(word);
    let found = words::VERB_FORMS.iter().find_map(|&(part, verb)| {
        if to_participle {
            (f == verb || (verb == "reconnaît" && f == "reconnait")).then_some(part)
        } else {
            (f == part).then_some(verb)
        }
    })?;
    Some(match_case(word, found))
}

/// `target` with the case of `model`'s first letter.
fn match_case(model: &str, target: &str) -> String {
    if model.chars().next().is_some_and(char::is_uppercase) {
        let mut cs = target.chars();
        cs.next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default()
    } else {
        target.to_string()
    }
}

/// The organ name at the start of `line`, compared letter by letter with
/// apostrophes unified: (bytes consumed, exact case).
fn organ_prefix(line: &str, name: &str) -> Option<(usize, bool)> {
    let mut it = line.char_indices();
    let mut exact = true;
    let mut end = 0;
    for n in name.chars() {
        let (i, c) = it.next()?;
        let unify = |c: char| if c == '’' { '\'' } else { c };
        if unify(c) != unify(n) {
            let same = c.to_lowercase().eq(n.to_lowercase());
            if !same {
                return None;
            }
            exact = false;
        }
        end = i + c.len_utf8();
    }
    // The name must end a word.
    if line[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((end, exact))
}

/// The word ending at `end` (letters, digits, hyphens): its start.
fn word_start(text: &str, end: usize) -> usize {
    let mut s = end;
    for c in text[..end].chars().rev() {
        if c.is_alphanumeric() || matches!(c, '-' | '‑') {
            s -= c.len_utf8();
        } else {
            break;
        }
    }
    s
}

/// Where the white space ending at `end` starts (a line break included: text
/// hard-wrapped from a PDF).
fn space_start(text: &str, end: usize) -> usize {
    text[..end]
        .trim_end_matches(|c: char| is_hspace(c) || c == '\n' || c == '\r')
        .len()
}

/// Words after a session that make it special: ("extraordinaire d'urgence",
/// kind).
const KIND_WORDS: &[(&str, SessionKind)] = &[
    ("extraordinaire d'urgence", SessionKind::EmergencySpecial),
    ("extraordinaire", SessionKind::Special),
    ("de fond", SessionKind::Other),
    ("d'organisation", SessionKind::Other),
];

/// A session mention around the word "session" at `at..end`: "soixante-cinquième
/// session", "dixième session extraordinaire d'urgence", "65e session".
fn session_mention(text: &str, at: usize, end: usize) -> Option<SessionRef> {
    if text[end..].chars().next().is_some_and(char::is_alphabetic)
        || text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    // After: the kind.
    let mut kind = SessionKind::Regular;
    let mut span_end = end;
    let after = end + (text[end..].len() - text[end..].trim_start_matches(is_hspace).len());
    if after > end {
        let head_end = crate::text::floor_boundary(text, (after + 40).min(text.len()));
        let head = fold(&text[after..head_end]);
        for (w, k) in KIND_WORDS {
            if head.starts_with(w)
                && head[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
            {
                kind = *k;
                // Map the folded length back: count characters.
                let n = w.chars().count();
                span_end = text[after..]
                    .char_indices()
                    .nth(n)
                    .map_or(text.len(), |(i, _)| after + i);
                break;
            }
        }
    }
    // Before: up to four words of an ordinal, or figures.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut e = space_start(text, at);
    if e == at {
        return None;
    }
    while words.len() < 4 {
        let s = word_start(text, e);
        if s == e {
            break;
        }
        words.push((s, e));
        let s2 = space_start(text, s);
        if s2 == s || s - s2 > 3 {
            break;
        }
        e = s2;
    }
    let &(ws, we) = words.first()?;
    let make = |start: usize, value: u32, form: OrdinalForm| SessionRef {
        span: Span::new(start, span_end),
        ordinal: Span::new(start, we),
        value,
        form,
        kind,
    };
    if let Some(v) = parse_figures(&text[ws..we]) {
        return Some(make(ws, v, OrdinalForm::Figures));
    }
    for k in (1..=words.len()).rev() {
        let start = words[k - 1].0;
        if let Some((v, canonical)) = parse_ordinal(&text[start..we]) {
            let form = if canonical {
                OrdinalForm::Words
            } else {
                OrdinalForm::Unhyphenated
            };
            return Some(make(start, v, form));
        }
    }
    None
}

/// An adjective or participle in the opening words that does not agree with the
/// organ's gender.
fn agreement_in(content: &str, gender: Gender) -> Option<Agreement> {
    let lead = content.len() - content.trim_start_matches(['*', '_']).len();
    let s = &content[lead..];
    let ws = word_spans(s, 6);
    for (k, &(a, b)) in ws.iter().enumerate() {
        let w = &s[a..b];
        let f = fold(w);
        if let Some(&(masc, fem)) = AGREEING.iter().find(|(m, f2)| f == *m || f == *f2) {
            let wrong = match gender {
                Gender::Feminine => f == masc,
                Gender::Masculine => f == fem,
            };
            if !wrong {
                return None;
            }
            let correct = match gender {
                Gender::Feminine => fem,
                Gender::Masculine => masc,
            };
            return Some(Agreement {
                start: lead + a,
                end: lead + b,
                correct: match_case(w, correct),
            });
        }
        // Only intensifiers and the verbs of "Se déclarant …", "Est …" may come
        // before the adjective; the first word may be anything of the opener
        // ("Profondément", "Se").
        if !words::BEFORE_AGREEING.contains(&f.as_str()) {
            return None;
        }
        let _ = k;
    }
    None
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
        for &(body, name) in &ORGANS {
            if let Some((len, exact)) = organ_prefix(line, name) {
                // "L'ASSEMBLÉE GÉNÉRALE" in capitals is a layout choice.
                let caps = !line[..len].chars().any(char::is_lowercase);
                return Some(OrganMatch {
                    body,
                    len,
                    correct: (!exact && !caps).then_some(name),
                });
            }
            // Without its article: "Assemblée générale,".
            let bare = name
                .strip_prefix("L'")
                .or_else(|| name.split_once(' ').map(|(_, rest)| rest))
                .unwrap_or(name);
            // Only with its comma: a bare "Conseil des droits de l'homme" or
            // "Assemblée générale" line is the masthead's.
            let comma_follows =
                |len: usize| line[len..].trim_start_matches(is_hspace).starts_with(',');
            if let Some((len, _)) = organ_prefix(line, bare).filter(|&(len, _)| comma_follows(len))
            {
                return Some(OrganMatch {
                    body,
                    len,
                    correct: Some(name),
                });
            }
        }
        None
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        let mut o = list_opener(content, lists())?;
        let first_end = content[o.start..]
            .find(' ')
            .map_or(o.end, |i| (o.start + i).min(o.end));
        let first = &content[o.start..first_end];
        match o.class {
            OpenerClass::Operative => o.preambular_form = other_form(first, true),
            OpenerClass::Preambular | OpenerClass::PreambularLike | OpenerClass::Unknown => {
                o.operative_form = other_form(first, false);
            }
            _ => {}
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
        // "Rappelant également", "Rappelant en outre"; "Prie également", "Prie en
        // outre" (conventions §2.2, §2.3).
        let word = if nth <= 2 { "également" } else { "en outre" };
        (word, AdverbPlace::After)
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "Agissant en vertu du Chapitre VII",
                "action under Chapter VII of the Charter",
            ),
            (
                "constitue une menace pour la paix et la sécurité internationales",
                "a determination under Article 39",
            ),
        ]
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "ordre du jour provisoire de sa",
            "the Assembly's agenda clause",
        )]
    }

    fn opener_meanings(&self) -> &'static [(&'static str, &'static [&'static str])] {
        &[
            ("recall", &["rappel"]),
            ("reaffirm", &["réaffirm", "réitér"]),
            ("welcome", &["félicit", "accueill", "salu"]),
            (
                "note",
                &[
                    "notant",
                    "note",
                    "prenant note",
                    "prend note",
                    "constat",
                    "prend acte",
                    "prenant acte",
                ],
            ),
            ("stress", &["soulign", "insist", "l'accent"]),
            (
                "recognize",
                &["reconn", "considérant", "considère", "sachant", "sait"],
            ),
            ("request", &["prie", "demand"]),
            ("invite", &["invit"]),
            ("decide", &["décid"]),
            ("urge", &["engage vivement", "exhort", "prie instamment"]),
            ("call", &["demand", "engag", "lance un appel"]),
            ("encourage", &["encourag"]),
            ("concern", &["préoccup", "inquiet", "inquièt", "alarm"]),
            ("bear", &["à l'esprit"]),
            ("convinced", &["convaincu", "persuad"]),
            ("consider", &["considér", "ayant examiné"]),
            ("condemn", &["condamn"]),
            ("approve", &["approuv", "fait sien"]),
            ("support", &["appui", "appuy", "soutien", "souten"]),
            (
                "commend",
                &["remerci", "sait gré", "rend hommage", "rendant hommage"],
            ),
        ]
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

    fn session_anchors(&self) -> &'static [&'static str] {
        &["session", "Session"]
    }

    fn session_at(&self, text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
        session_mention(text, anchor, anchor_end)
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} session", ordinal(n))
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!(
            "Décide d'inscrire à l'ordre du jour provisoire de sa {} session la question intitulée « {} ».",
            ordinal(n),
            title.unwrap_or("…")
        )
    }

    fn header_words(&self) -> &'static super::HeaderWords {
        static W: super::HeaderWords = super::HeaderWords {
            adopted: &[
                "résolution adoptée par",
                "adoptée par le conseil de sécurité",
                "adopté par le conseil de sécurité",
            ],
            meeting: &["séance plénière"],
            letter: &[
                "lettre datée du",
                "lettre en date du",
                "note verbale datée du",
                "note verbale en date du",
            ],
        };
        &W
    }

    fn draft_words(&self) -> &'static [&'static str] {
        &["projet de résolution", "projet de décision"]
    }

    fn spaced_punctuation(&self) -> &'static [char] {
        // A (no-break) space before « : » and, by choice, « ; ! ? » (conventions §2.7).
        &[':', ';', '!', '?', '»']
    }

    fn sub_label_form(&self) -> super::SubLabelForm {
        super::SubLabelForm::CloseOnly
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn agreement(&self, content: &str, body: Body) -> Option<Agreement> {
        agreement_in(content, self.gender(body)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Language;

    fn sessions(t: &str) -> Vec<(u32, OrdinalForm, SessionKind, String)> {
        crate::model::sessions::find(t, Language::Fr)
            .into_iter()
            .map(|r| (r.value, r.form, r.kind, r.span.of(t).to_string()))
            .collect()
    }

    #[test]
    fn session_mentions() {
        let s = sessions("à sa soixante-cinquième session, la 65e session, sa soixante-et-unième session, la dixième session extraordinaire d'urgence et sa vingt et unième session extraordinaire; à sa session suivante");
        assert_eq!(
            s,
            vec![
                (
                    65,
                    OrdinalForm::Words,
                    SessionKind::Regular,
                    "soixante-cinquième session".into()
                ),
                (
                    65,
                    OrdinalForm::Figures,
                    SessionKind::Regular,
                    "65e session".into()
                ),
                (
                    61,
                    OrdinalForm::Unhyphenated,
                    SessionKind::Regular,
                    "soixante-et-unième session".into()
                ),
                (
                    10,
                    OrdinalForm::Words,
                    SessionKind::EmergencySpecial,
                    "dixième session extraordinaire d'urgence".into()
                ),
                (
                    21,
                    OrdinalForm::Words,
                    SessionKind::Special,
                    "vingt et unième session extraordinaire".into()
                ),
            ]
        );
        let s = sessions("à sa soixante-cinquième\nsession, un rapport");
        assert_eq!(s[0].3, "soixante-cinquième\nsession");
        let s = sessions("Soixante-quatrième session\n");
        assert_eq!(s[0].0, 64);
        assert_eq!(s[0].1, OrdinalForm::Words);
    }

    #[test]
    fn organ_lines() {
        let m = FR.match_organ("L’Assemblée générale,").unwrap();
        assert_eq!((m.body, m.correct), (Body::Ga, None));
        assert_eq!(m.len, "L’Assemblée générale".len());
        let m = FR.match_organ("L'Assemblée Générale,").unwrap();
        assert_eq!(m.correct, Some("L'Assemblée générale"));
        let m = FR.match_organ("Assemblée générale,").unwrap();
        assert_eq!(
            (m.len, m.correct),
            ("Assemblée générale".len(), Some("L'Assemblée générale"))
        );
        let m = FR.match_organ("Le Conseil de sécurité,").unwrap();
        assert_eq!((m.body, m.correct), (Body::Sc, None));
        let m = FR.match_organ("Conseil de sécurité,").unwrap();
        assert_eq!(m.correct, Some("Le Conseil de sécurité"));
        assert!(FR.match_organ("L'Assemblée générales").is_none());
        assert!(FR.match_organ("Conseil des droits de l'homme").is_none());
        assert!(FR.match_organ("Assemblée générale").is_none());
    }

    #[test]
    fn openers_and_forms() {
        let o = FR
            .opener("Rappelant également sa résolution 59/50,")
            .unwrap();
        assert_eq!(o.class, OpenerClass::Preambular);
        assert_eq!(o.lemma, "rappelant");
        assert_eq!(o.adverb.map(|a| a.place), Some(AdverbPlace::After));
        let o = FR.opener("Prenant également note du rapport,").unwrap();
        assert_eq!(o.lemma, "prenant note");
        assert!(o.adverb.is_some());
        let o = FR.opener("Rappelle sa résolution 59/50,").unwrap();
        assert_eq!(o.class, OpenerClass::Operative);
        assert_eq!(o.preambular_form.as_deref(), Some("Rappelant"));
        let o = FR.opener("Décidant de poursuivre l'examen;").unwrap();
        assert_eq!(o.class, OpenerClass::PreambularLike);
        assert_eq!(o.operative_form.as_deref(), Some("Décide"));
        let o = FR.opener("Se félicite des efforts;").unwrap();
        assert_eq!(
            (o.class, o.lemma.as_str()),
            (OpenerClass::Operative, "se félicite")
        );
        let o = FR.opener("Rapelant sa résolution,").unwrap();
        assert_eq!(o.nearest_preambular, Some("Rappelant"));
        let o = FR
            .opener("Décide en outre de rester saisi de la question.")
            .unwrap();
        assert_eq!(o.lemma, "décide");
        assert!(o.adverb.is_some());
    }

    #[test]
    fn agreement_with_the_organ() {
        let a = FR
            .agreement("Convaincu que la coopération,", Body::Ga)
            .unwrap();
        assert_eq!(
            (a.start, a.end, a.correct.as_str()),
            (0, "Convaincu".len(), "Convaincue")
        );
        let t = "Se déclarant profondément préoccupé par la situation,";
        let a = FR.agreement(t, Body::Ga).unwrap();
        assert_eq!(&t[a.start..a.end], "préoccupé");
        assert_eq!(a.correct, "préoccupée");
        assert!(FR
            .agreement("Convaincue que la coopération,", Body::Ga)
            .is_none());
        let a = FR
            .agreement("Consciente de l'importance,", Body::Sc)
            .unwrap();
        assert_eq!(a.correct, "Conscient");
        assert!(FR
            .agreement("Rappelant sa résolution, convaincu", Body::Ga)
            .is_none());
    }

    #[test]
    fn dates_and_names() {
        assert_eq!(FR.format_date(2005, 1, Some(1)), "1er janvier 2005");
        assert_eq!(FR.format_date(2004, 12, Some(2)), "2 décembre 2004");
        assert_eq!(FR.session_name(65), "soixante-cinquième session");
        assert!(FR
            .follow_up_clause(65, Some("Coopération"))
            .starts_with("Décide d'inscrire à l'ordre du jour provisoire de sa soixante-cinquième session la question intitulée « Coopération »"));
    }
}
