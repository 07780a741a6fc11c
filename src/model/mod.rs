//! The document model: the parsed draft, built once and read by every rule.
//!
//! Names follow the UN's own structure (as AKN4UN names it): masthead, the opening
//! line (the organ), preamble and preambular paragraphs, the operative part and its
//! paragraphs, sub-paragraphs, annexes, and the adoption block of adopted texts.

pub mod blocks;
pub mod citations;
pub mod dates;
pub mod draft;
pub mod figures;
pub mod scan;
pub mod sessions;

use crate::calendar::{self, Date};
use crate::lang::{self, Profile};
use crate::options::{Body, Language, Options};
use crate::report::{CitationOutline, FollowUpOutline, Outline};
use crate::text::{is_han, Span};
pub use blocks::{Block, BlockKind, Label, Line};
pub use citations::{Citation, CitationKind, Symbol, SymbolIssue};
pub use dates::DateMention;
pub use draft::{Draft, End, FollowUp, FollowUpKind, Paragraph, Part, ReportRequest, SubParagraph};
pub use sessions::{OrdinalForm, SessionKind, SessionRef};

/// Where the current session was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionSource {
    Option,
    /// "Sixty-fourth session" / "第六十四届会议" in the masthead.
    Masthead,
    /// A symbol in the heading: A/64/L.12, A/RES/64/1, "64/256." before the title.
    Symbol,
    /// The adoption date or the document's date.
    Date,
}

/// The parsed document.
pub struct Document<'a> {
    pub text: &'a str,
    pub language: Language,
    pub body: Body,
    /// The current session (of the General Assembly, or of the Council for HRC texts).
    pub session: Option<u32>,
    pub session_source: Option<SessionSource>,
    /// The document's own date (masthead date, or adoption date).
    pub date: Option<Date>,
    pub date_span: Option<Span>,
    /// An adopted resolution rather than a draft.
    pub adopted: bool,
    pub lines: Vec<Line>,
    pub blocks: Vec<Block>,
    pub drafts: Vec<Draft>,
    pub dates: Vec<DateMention>,
    pub citations: Vec<Citation>,
    pub symbols: Vec<Symbol>,
    pub sessions: Vec<SessionRef>,
    /// Dates of letters ("Letter dated 14 July 2009 …", "2009年7月14日…的信"):
    /// indices into `dates`.
    pub letter_dates: Vec<usize>,
}

/// The items (sorted by start) whose span lies inside `span`: a binary search, so
/// that looking up what a line or paragraph contains stays linear overall.
pub fn within<T>(
    items: &[T],
    span: Span,
    span_of: impl Fn(&T) -> Span,
) -> impl Iterator<Item = &T> {
    let a = items.partition_point(|x| span_of(x).start < span.start);
    let b = items.partition_point(|x| span_of(x).start < span.end);
    items[a..b.max(a)]
        .iter()
        .filter(move |x| span_of(x).end <= span.end)
}

/// Detects the language of a text: from the scripts it uses (Han, Arabic,
/// Cyrillic, Latin) and, among the Latin-script languages, from the commonest
/// function words of English, French and Spanish.
pub fn detect_language(text: &str) -> Language {
    let (mut han, mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    let (mut en, mut fr, mut es) = (0usize, 0usize, 0usize);
    let mut word = String::new();
    let mut count_word = |w: &str| match w {
        "the" | "and" | "of" | "to" | "its" | "on" | "with" | "that" | "assembly" | "council" => {
            en += 1
        }
        "le" | "les" | "des" | "et" | "du" | "au" | "aux" | "sa" | "ses" | "une" | "est"
        | "dans" | "sur" | "l" | "d" | "qu" | "assemblée" | "conseil" => fr += 1,
        "el" | "los" | "las" | "y" | "del" | "su" | "sus" | "una" | "con" | "por" | "para"
        | "al" | "asamblea" | "consejo" => es += 1,
        _ => {
            // Letters only one of the two languages writes.
            for c in w.chars() {
                match c {
                    'á' | 'í' | 'ó' | 'ú' | 'ñ' => es += 1,
                    'è' | 'à' | 'ç' | 'ê' | 'â' | 'î' | 'ô' | 'û' | 'œ' | 'ë' => fr += 1,
                    _ => {}
                }
            }
        }
    };
    for c in text.chars().take(200_000) {
        if is_han(c) {
            han += 1;
        } else if matches!(c, '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        {
            arabic += 1;
        } else if matches!(c, '\u{400}'..='\u{4FF}') {
            cyrillic += 1;
        } else if c.is_alphabetic() && (c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c)) {
            latin += 1;
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            count_word(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        count_word(&word);
    }
    // A Chinese character carries about as much as a short English word.
    if han * 3 >= latin && han > 0 && han >= arabic && han >= cyrillic {
        Language::Zh
    } else if arabic > 0 && arabic >= latin && arabic >= cyrillic {
        Language::Ar
    } else if cyrillic > 0 && cyrillic >= latin {
        Language::Ru
    } else if fr > en && fr >= es {
        Language::Fr
    } else if es > en && es > fr {
        Language::Es
    } else {
        Language::En
    }
}

impl<'a> Document<'a> {
    /// Parses `text`. Linear in its size; never panics.
    pub fn parse(text: &'a str, options: &Options) -> Document<'a> {
        let language = options.language.unwrap_or_else(|| detect_language(text));
        let profile: &dyn Profile = lang::profile(language);
        let lines = blocks::lines(text);
        let blocks = blocks::blocks(text, &lines, profile);
        let organ_body = blocks.iter().find_map(|b| match b.kind {
            BlockKind::Organ(body) => Some(body),
            _ => None,
        });
        let header_body = header_body(text, &lines);
        let body = options
            .body
            .or(organ_body)
            .or(header_body)
            .unwrap_or(Body::Ga);
        let dates = dates::find(text, language);
        let sessions = sessions::find(text, language);
        let (citations, symbols) = citations::find(text, language, &dates, body);
        let mut doc = Document {
            text,
            language,
            body,
            session: None,
            session_source: None,
            date: None,
            date_span: None,
            adopted: false,
            lines,
            blocks,
            drafts: Vec::new(),
            dates,
            citations,
            symbols,
            sessions,
            letter_dates: Vec::new(),
        };
        doc.read_header(options);
        doc.drafts = draft::find(&doc, profile);
        doc
    }

    /// The language profile of the document.
    pub fn profile(&self) -> &'static dyn Profile {
        lang::profile(self.language)
    }

    /// The span of the first organ line, or of the first draft paragraph, or the start.
    pub fn head_span(&self) -> Span {
        self.blocks.first().map(|b| b.span).unwrap_or_default()
    }

    /// Reads the masthead, the adoption block and letter dates.
    fn read_header(&mut self, options: &Options) {
        let text = self.text;
        let first_organ = self
            .blocks
            .iter()
            .position(|b| matches!(b.kind, BlockKind::Organ(_)))
            .unwrap_or(self.blocks.len().min(12));
        let head_end = self
            .blocks
            .get(first_organ)
            .map_or(text.len(), |b| b.span.start);
        let words = self.profile().header_words();
        let mut masthead_session = None;
        let mut symbol_session = None;
        let mut adoption_date: Option<(Date, Span)> = None;
        let mut masthead_date: Option<(Date, Span)> = None;
        for (li, line) in self.lines.iter().enumerate() {
            let s = line.trimmed.of(text);
            let content = s.trim_start_matches('#').trim_start();
            let cstart = line.trimmed.end - content.len();
            // Adoption block lines anywhere.
            let folded = crate::lang::phrase::fold(content);
            let meeting_line = content.contains("plenary meeting") && content.len() < 40
                || words.meeting.iter().any(|m| folded.contains(m)) && content.chars().count() < 40;
            let lower_adopt = words.adopted.iter().any(|a| folded.starts_with(a))
                || meeting_line
                || content.starts_with("Resolution adopted by")
                || content.starts_with("Adopted by the Security Council")
                || content.contains("plenary meeting") && content.len() < 40
                || content == "大会决议"
                || content.ends_with("会议通过")
                || content.ends_with("次全体会议") && content.chars().count() < 16;
            if lower_adopt {
                self.adopted = true;
                if let Some(d) =
                    within(&self.dates, Span::new(cstart, line.trimmed.end), |d| d.span)
                        .find(|d| d.day.is_some())
                {
                    if adoption_date.is_none() {
                        adoption_date = d.date().map(|x| (x, d.span));
                    }
                }
                // "48th plenary meeting" is followed by the date line.
                if meeting_line {
                    if let Some(next) = self.lines.get(li + 1) {
                        if let Some(d) = self.date_filling(next.trimmed) {
                            adoption_date.get_or_insert(d);
                        }
                    }
                }
                if content.ends_with("次全体会议") && li > 0 {
                    if let Some(prev) = self.lines.get(li - 1) {
                        if let Some(d) = self.date_filling(prev.trimmed) {
                            adoption_date.get_or_insert(d);
                        }
                    }
                }
            }
            if line.span.start >= head_end {
                continue;
            }
            // "Sixty-fourth session" / "第六十四届会议" alone on a line.
            if masthead_session.is_none() {
                if let Some(r) = within(&self.sessions, Span::new(cstart, line.trimmed.end), |r| {
                    r.span
                })
                .find(|r| r.kind == SessionKind::Regular && content.len() <= r.span.len() + 4)
                {
                    masthead_session = Some(r.value);
                }
            }
            // A standalone date line in the masthead.
            if masthead_date.is_none() {
                if let Some(d) = self.date_filling(Span::new(cstart, line.trimmed.end)) {
                    masthead_date = Some(d);
                }
            }
            // "64/256. Title" (adopted texts) or a symbol in the heading.
            if symbol_session.is_none() {
                let digits = content.bytes().take_while(u8::is_ascii_digit).count();
                if (1..=2).contains(&digits) && content[digits..].starts_with('/') {
                    let rest = &content[digits + 1..];
                    let d2 = rest.bytes().take_while(u8::is_ascii_digit).count();
                    if d2 > 0 && rest[d2..].starts_with(". ") {
                        symbol_session = content[..digits].parse().ok();
                    }
                }
            }
            if symbol_session.is_none() {
                if let Some(sy) = within(&self.symbols, line.trimmed, |sy| sy.span).find(|sy| {
                    sy.session.is_some() && {
                        let t = sy.span.of(text);
                        t.starts_with("A/RES/") || t.contains("/L.")
                    }
                }) {
                    symbol_session = sy.session;
                }
            }
        }
        // Letters: "Letter dated 14 July 2009 from …", "2009年7月14日…给秘书长的信".
        for block in &self.blocks {
            let s = block.content.of(text);
            let folded = crate::lang::phrase::fold(&s[..crate::text::floor_boundary(s, 64)]);
            let is_letter = words.letter.iter().any(|l| folded.starts_with(l))
                || s.starts_with("Letter dated")
                || s.starts_with("Note verbale dated")
                || (s.ends_with("的信") && s.chars().count() < 80)
                || s.ends_with("的普通照会");
            if is_letter {
                // The first full date inside the letter's heading (dates are sorted).
                let first = self
                    .dates
                    .partition_point(|d| d.span.start < block.content.start);
                let found = self.dates[first..]
                    .iter()
                    .take_while(|d| d.span.start < block.content.end)
                    .position(|d| d.span.end <= block.content.end && d.day.is_some());
                if let Some(k) = found {
                    self.letter_dates.push(first + k);
                }
            }
        }
        let doc_date = adoption_date.or(masthead_date);
        self.date = doc_date.map(|d| d.0);
        self.date_span = doc_date.map(|d| d.1);
        let date_session = doc_date.and_then(|(d, _)| calendar::ga_session_on(d));
        let (session, source) = if let Some(s) = options.session {
            (Some(s), Some(SessionSource::Option))
        } else if let Some(s) = masthead_session {
            (Some(s), Some(SessionSource::Masthead))
        } else if let Some(s) = symbol_session {
            (Some(s), Some(SessionSource::Symbol))
        } else if let Some(s) = date_session.filter(|_| matches!(self.body, Body::Ga)) {
            (Some(s), Some(SessionSource::Date))
        } else {
            (None, None)
        };
        self.session = session;
        self.session_source = source;
    }

    /// A date that fills a whole line (masthead and adoption lines).
    fn date_filling(&self, span: Span) -> Option<(Date, Span)> {
        let d = within(&self.dates, span, |d| d.span).next()?;
        let rest = self.text[span.start..d.span.start].trim().len()
            + self.text[d.span.end..span.end].trim().len();
        (rest == 0).then(|| d.date().map(|x| (x, d.span)))?
    }

    /// What the checker understood, for the page's outline.
    pub fn outline(&self, utf16: &dyn Fn(usize) -> usize) -> Outline {
        let text = self.text;
        let first = self.drafts.first();
        let follow = self.drafts.iter().flat_map(|d| d.follow_ups.iter()).next();
        let report = self.drafts.iter().flat_map(|d| d.reports.iter()).next();
        Outline {
            title: first.and_then(|d| d.title).map(|s| s.of(text).to_string()),
            drafts: self.drafts.len(),
            preambular: self.drafts.iter().map(|d| d.preamble.len()).sum(),
            operative: self.drafts.iter().map(|d| d.operative.len()).sum(),
            follow_up: follow.map(|f| FollowUpOutline {
                session: f.session,
                title: f.title.map(|t| t.of(text).to_string()),
            }),
            report_session: report.map(|r| r.session),
            document_date: self.date.map(|d| d.iso()),
            adopted: self.adopted,
            dates: self.dates.len(),
            citations: self
                .citations
                .iter()
                .filter(|c| c.kind != CitationKind::Other)
                .map(|c| CitationOutline {
                    kind: c.kind.code(),
                    text: c.span.of(text).to_string(),
                    start: utf16(c.span.start),
                    end: utf16(c.span.end),
                })
                .collect(),
        }
    }

    /// The block index containing byte offset `at`.
    pub fn block_at(&self, at: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end < at);
        (i < self.blocks.len() && self.blocks[i].span.start <= at).then_some(i)
    }
}

/// The body named in an adoption header ("Adopted by the Security Council …").
fn header_body(text: &str, lines: &[Line]) -> Option<Body> {
    for l in lines.iter().take(12) {
        let s = l.trimmed.of(text);
        if s.starts_with("Adopted by the Security Council")
            || s.contains("安全理事会第") && s.ends_with("通过")
        {
            return Some(Body::Sc);
        }
        if s.starts_with("Resolution adopted by the General Assembly") || s == "大会决议" {
            return Some(Body::Ga);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_drafts_are_detected_in_each_language() {
        let cases = [
            ("The General Assembly,\n\n1. Decides to remain seized of the matter.\n", Language::En),
            ("大会，\n\n1. 决定继续处理此案。\n", Language::Zh),
            ("L'Assemblée générale,\n\n1. Décide de rester saisie de la question.\n", Language::Fr),
            ("La Asamblea General,\n\n1. Decide seguir ocupándose de la cuestión.\n", Language::Es),
            ("Генеральная Ассамблея,\n\n1. постановляет продолжать заниматься этим вопросом.\n", Language::Ru),
            ("إن الجمعية العامة،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n", Language::Ar),
            // An English masthead over a Russian text.
            ("Distr.: General\n2 October 2009\nRussian\nOriginal: English\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/50,\n\n1. просит Генерального секретаря представить доклад.\n", Language::Ru),
        ];
        for (t, want) in cases {
            assert_eq!(detect_language(t), want, "{t}");
        }
    }

    #[test]
    fn adoption_block_and_letters_in_the_profile_language() {
        let t = "Résolution adoptée par l'Assemblée générale le 1er décembre 2025\n\n80/13. Titre\n\nL'Assemblée générale,\n\n1. Décide de poursuivre l'examen de la question à sa quatre-vingt-deuxième session.\n\n52e séance plénière\n1er décembre 2025\n";
        let doc = Document::parse(t, &Options::default());
        assert!(doc.adopted);
        assert_eq!(doc.date.map(|d| d.iso()), Some("2025-12-01".to_string()));
        assert_eq!(doc.session, Some(80));
        let t = "Lettre datée du 14 juillet 2009, adressée au Secrétaire général par le Représentant permanent\n\nJ'ai l'honneur de vous écrire.\n";
        let doc = Document::parse(t, &Options::default());
        assert_eq!(doc.letter_dates.len(), 1);
    }

    #[test]
    fn a_draft_resolution_line_in_the_profile_language_is_not_the_title() {
        let t = "France et Mexique : projet de résolution\n\nL'Assemblée générale,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let doc = Document::parse(t, &Options::default());
        assert_eq!(doc.drafts[0].title, None);
        let t = "Projet de résolution\n\nDroits de l'enfant\n\nL'Assemblée générale,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let doc = Document::parse(t, &Options::default());
        assert_eq!(
            doc.drafts[0].title.map(|s| s.of(t)),
            Some("Droits de l'enfant")
        );
        let t = "Droits de l'enfant\n\nProjet de résolution\n\nL'Assemblée générale,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let doc = Document::parse(t, &Options::default());
        assert_eq!(
            doc.drafts[0].title.map(|s| s.of(t)),
            Some("Droits de l'enfant")
        );
    }

    #[test]
    fn adoption_block_in_the_document_language() {
        let t = "Resolución aprobada por la Asamblea General el 2 de marzo de 2010\n\n64/256. Cooperación\n\nLa Asamblea General,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n\n77ª sesión plenaria\n2 de marzo de 2010\n";
        let doc = Document::parse(t, &Options::default());
        assert_eq!(doc.language, Language::Es);
        assert!(doc.adopted);
        assert_eq!(doc.date, Some(Date::new(2010, 3, 2)));
        assert_eq!(doc.session, Some(64));
    }
}

#[cfg(test)]
mod adoption_line_tests {
    use super::Document;
    use crate::options::Options;

    #[test]
    fn adoption_lines_of_the_profile() {
        let t = "Резолюция, принятая Генеральной Ассамблеей 2 декабря 2004 года\n\nГенеральная Ассамблея,\n\n1. просит представить доклад.\n\n71-е пленарное заседание\n2 декабря 2004 года\n";
        let d = Document::parse(t, &Options::default());
        assert!(d.adopted);
        assert_eq!(
            d.date.map(|x| (x.year, x.month, x.day)),
            Some((2004, 12, 2))
        );
        let d = Document::parse(
            "Генеральная Ассамблея,\n\n1. просит представить доклад.\n",
            &Options::default(),
        );
        assert!(!d.adopted);
    }
}
