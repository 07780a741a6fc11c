//! Citations: of resolutions and decisions (their sessions, dates, years, forms and
//! order), document symbols, the Charter and the rules of procedure.

pub mod charter_reference;
pub mod citation_form;
pub mod citation_order;
pub mod document_symbol;
pub mod ecosoc_citation_year;
pub mod ga_citation_date;
pub mod ga_citation_session;
pub mod rules_of_procedure_reference;
pub mod sc_citation_year;

use super::Rule;
use crate::model::{Citation, DateMention, Document};

pub static RULES: &[&dyn Rule] = &[
    &ga_citation_session::GaCitationSession,
    &ga_citation_date::GaCitationDate,
    &sc_citation_year::ScCitationYear,
    &ecosoc_citation_year::EcosocCitationYear,
    &citation_form::CitationForm,
    &citation_order::CitationOrder,
    &document_symbol::DocumentSymbol,
    &charter_reference::CharterReference,
    &rules_of_procedure_reference::RulesOfProcedureReference,
];

/// The date a citation carries, when it has one with a day.
fn date_of<'d>(doc: &'d Document, c: &Citation) -> Option<&'d DateMention> {
    c.date
        .and_then(|i| doc.dates.get(i))
        .filter(|d| d.day.is_some())
}

/// Is "its resolution 31/3" perhaps another organ's, named just before ("the Human
/// Rights Council, in its resolution 31/3")? The model resolves "its" to the draft's
/// own organ; the session and date checks then keep quiet rather than misread another
/// organ's numbering as the Assembly's.
fn maybe_other_organs(text: &str, c: &Citation) -> bool {
    let start = crate::text::ceil_boundary(text, c.span.start.saturating_sub(180));
    let Some(w) = text.get(start..c.span.start) else {
        return false;
    };
    let w = w.rsplit(['\n', ';', '；', '。']).next().unwrap_or(w);
    if !(w.contains("its ") || w.contains("their ") || w.contains('其')) {
        return false;
    }
    let last = |words: &[&str]| words.iter().filter_map(|x| w.rfind(x)).max();
    let other = last(&[
        "Council",
        "Commission",
        "Conference",
        "Board",
        "理事会",
        "委员会",
    ]);
    let assembly = last(&["Assembly", "大会"]);
    match (other, assembly) {
        (Some(o), Some(a)) => o > a,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Is `i` at the start of a sentence (only spaces, quotation marks or opening brackets
/// between it and the start of the text, a line break or a full stop)?
fn at_sentence_start(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    let b = before.trim_end_matches(|c: char| {
        crate::text::is_hspace(c) || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '*' | '_' | '#')
    });
    b.is_empty() || b.ends_with(['\n', '.', '!', '?', ':']) || {
        // A list label: "1. ", "(a) ".
        let last_line = b.rsplit('\n').next().unwrap_or(b);
        last_line.len() <= 5 && last_line.ends_with(')')
    }
}

/// Whole-word occurrences of `word` in `text` that are followed by white space, a
/// number (1-3 Western digits: the number's span) and, after white space, one of
/// `after` ("de la Charte", "правил процедуры"). Linear in the text for each word.
pub(crate) fn numbered_references(
    text: &str,
    word: &str,
    after: &[&str],
) -> Vec<(crate::text::Span, crate::text::Span)> {
    use crate::text::{is_hspace, Span};
    let mut out = Vec::new();
    for (i, _) in text.match_indices(word) {
        if text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut j = i + word.len();
        let sp = text[j..].len() - text[j..].trim_start_matches(is_hspace).len();
        if sp == 0 {
            continue;
        }
        j += sp;
        let n = text[j..].bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 3 {
            continue;
        }
        let num = Span::new(j, j + n);
        let k = j + n;
        let rest = text[k..].trim_start_matches(is_hspace);
        if rest.len() < text[k..].len() && after.iter().any(|a| rest.starts_with(a)) {
            out.push((Span::new(i, i + word.len()), num));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::report::Diagnostic;
    use crate::rules::tests::findings_of;
    use crate::Severity;

    /// The text between two UTF-16 offsets.
    pub fn slice16(text: &str, start: usize, end: usize) -> String {
        let u: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16_lossy(&u[start.min(u.len())..end.min(u.len())])
    }

    /// One finding: the text it points at, its severity and the fix's replacement.
    #[derive(Debug)]
    pub struct Seen {
        pub at: String,
        pub severity: Severity,
        pub fix: Option<String>,
        pub fixed: Option<String>,
        pub message: String,
    }

    fn apply(text: &str, d: &Diagnostic) -> Option<String> {
        let f = d.fix.as_ref()?;
        let u: Vec<u16> = text.encode_utf16().collect();
        let mut out = String::from_utf16_lossy(&u[..f.start]);
        out.push_str(&f.replacement);
        out.push_str(&String::from_utf16_lossy(&u[f.end..]));
        Some(out)
    }

    /// The findings of rule `id` on `text`, readable.
    pub fn seen(id: &str, text: &str) -> Vec<Seen> {
        findings_of(id, text)
            .iter()
            .map(|d| Seen {
                at: slice16(text, d.start, d.end),
                severity: d.severity,
                fix: d.fix.as_ref().map(|f| f.replacement.clone()),
                fixed: apply(text, d),
                message: d.message.clone(),
            })
            .collect()
    }

    /// Every cut of texts full of half-written citations, in both languages: the
    /// citation rules must never panic (the other rules are not run here).
    #[test]
    fn never_panics_on_cut_texts() {
        use crate::model::Document;
        use crate::options::{Language, Options, UiLanguage};
        let samples = [
            "The General Assembly,\n\nRecalling its resolutions 59/50 dated 2 December 1998, 2832 (XXVI) of 16 December 1975, Security Council resolutions 1631(2006) of 17 October 2006 and 1631, ES-10/1, A/RES/70/1, A//64/L12, A/res/, the UN Charter, chapter 7 of the Charter, Rule 14 of the Rules of Procedure 😀,\n\n1. Requests",
            "大会，\n\n回顾其59/50号决议（2004年12月2日）、第60/1决议、安全理事会2005年10月17日第1631(2006)号决议、“联合国宪章”、《宪章》第52条、第7章和议事规则第十四条，经济及社会理事会2008年7月24日第2009/3号决议(A/C.9/64/L2)😀。",
        ];
        for s in samples {
            let cuts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            for (k, &a) in cuts.iter().enumerate() {
                for &b in cuts[k..].iter().step_by(31) {
                    let t = &s[a..b];
                    for lang in [Language::En, Language::Zh] {
                        let options = Options {
                            language: Some(lang),
                            session: Some(64),
                            ..Options::default()
                        };
                        let doc = Document::parse(t, &options);
                        let mut cx = crate::rules::Context::new(&doc, UiLanguage::Zh);
                        for r in super::RULES {
                            r.check(&mut cx);
                        }
                    }
                }
            }
        }
    }
}
