//! Citations in French, Spanish, Russian and Arabic, read with the language's
//! [`CitationLexicon`]: a keyword ("résolution", "resolución", "резолюцию", "القرار"),
//! perhaps the body's name, a list of numbers in the universal forms (59/50,
//! 1631 (2005), 2832 (XXVI)), each perhaps followed by the body's name and a date
//! link ("du", "de", "от", "المؤرخ") with its date.

use super::{
    classify, date_at, paragraph_label_follows, parse_item, Citation, CitationForm, CitationKind,
    Cur, Qualifier, RawKind,
};
use crate::lang::phrase::fold;
use crate::lang::CitationLexicon;
use crate::model::dates::DateMention;
use crate::options::Body;
use crate::text::{is_hspace, skip_space_fwd as skip_spaces};

/// A keyword occurrence: where its number list may start, and whether it names
/// decisions.
struct Keyword {
    start: usize,
    end: usize,
    decision: bool,
}

/// Whole-word keyword occurrences, with clitic particles stripped.
fn keywords(text: &str, lex: &CitationLexicon) -> Vec<Keyword> {
    let mut out = Vec::new();
    let all = || {
        lex.resolution
            .iter()
            .chain(lex.decision.iter())
            .chain(lex.clitics.iter())
    };
    let max_len = all().map(|w| w.chars().count()).sum::<usize>().max(1);
    // A cheap test before a word is folded and looked up: its first letter.
    let mut initials: Vec<char> = all().filter_map(|w| w.chars().next()).collect();
    initials.sort_unstable();
    initials.dedup();
    let mut it = text.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if !(c.is_alphabetic() || crate::lang::phrase::is_mark(c)) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut n = 1;
        while let Some(&(i, c)) = it.peek() {
            if c.is_alphabetic() || crate::lang::phrase::is_mark(c) {
                end = i + c.len_utf8();
                n += 1;
                it.next();
            } else {
                break;
            }
        }
        if n > max_len
            || c.to_lowercase()
                .next()
                .is_none_or(|l| initials.binary_search(&l).is_err())
        {
            continue;
        }
        let w = fold(&text[start..end]);
        let mut bare = w.as_str();
        let mut hit = None;
        for _ in 0..2 {
            if lex.resolution.contains(&bare) {
                hit = Some(false);
            } else if lex.decision.contains(&bare) {
                hit = Some(true);
            }
            if hit.is_some() {
                break;
            }
            match lex
                .clitics
                .iter()
                .filter(|p| bare.starts_with(*p) && bare.len() > p.len())
                .max_by_key(|p| p.len())
            {
                Some(p) => bare = &bare[p.len()..],
                None => break,
            }
        }
        if let Some(decision) = hit {
            out.push(Keyword {
                start,
                end,
                decision,
            });
        }
    }
    out
}

/// The longest phrase of `list` (folded) at `i`, followed by a non-letter: its end.
fn phrase_at(text: &str, i: usize, list: &[&str]) -> Option<usize> {
    let head_end = crate::text::floor_boundary(text, (i + 80).min(text.len()));
    let head = text.get(i..head_end)?;
    let folded = fold(head);
    let mut best: Option<usize> = None;
    for p in list {
        if folded.starts_with(p) {
            // Map the folded length back onto the text: count characters.
            let n = p.chars().count();
            let mut taken = 0;
            let mut end = i;
            for (k, c) in head.char_indices() {
                if taken == n {
                    break;
                }
                if !crate::lang::phrase::is_mark(c) || c == '\u{300}' {
                    taken += 1;
                }
                end = i + k + c.len_utf8();
            }
            let next = text[end..].chars().next();
            if taken == n && next.is_none_or(|c| !c.is_alphabetic()) && best.is_none_or(|b| end > b)
            {
                best = Some(end);
            }
        }
    }
    best
}

/// A body named at `i` ("du Conseil de sécurité", "Совета Безопасности").
fn body_at(text: &str, i: usize, lex: &CitationLexicon) -> Option<(Body, usize)> {
    lex.bodies
        .iter()
        .filter_map(|(b, names)| phrase_at(text, i, names).map(|e| (*b, e)))
        .max_by_key(|&(_, e)| e)
}

/// The qualifier just before the keyword: the body's own possessive ("sa", "su",
/// "своей") or a body's name.
fn qualifier_before(text: &str, kw: usize, lex: &CitationLexicon) -> Qualifier {
    let from = crate::text::ceil_boundary(text, kw.saturating_sub(60));
    let before = fold(text[from..kw].trim_end_matches(|c: char| is_hspace(c) || c == '\n'));
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !last.is_empty() && lex.own.contains(&last) {
        return Qualifier::Own;
    }
    for (b, names) in lex.bodies {
        if names.iter().any(|n| before.ends_with(n)) {
            return Qualifier::Body(*b);
        }
    }
    Qualifier::None
}

/// After an item: a date link and a date ("du 2 décembre 2004", ", de 2 de
/// diciembre de 2004", "от 2 декабря 2004 года", "المؤرخ 2 كانون الأول/ديسمبر
/// 2004"). The date's index and where it ends.
fn date_after(
    text: &str,
    i: usize,
    dates: &[DateMention],
    lex: &CitationLexicon,
) -> Option<(usize, usize)> {
    let mut j = skip_spaces(text, i);
    if text[j..].starts_with([',', '،']) {
        j = skip_spaces(text, j + text[j..].chars().next().map_or(1, char::len_utf8));
    }
    let link_end = phrase_at(text, j, lex.date_links)?;
    let k = skip_spaces(text, link_end);
    // "المؤرخ في 2 …", "en date du".
    let k = if text[k..].starts_with("في") {
        skip_spaces(text, k + "في".len())
    } else {
        k
    };
    let di = date_at(dates, k)?;
    Some((di, dates[di].span.end))
}

/// After an item: a list link to the next item (", ", " et ", ", y ", " и ",
/// " و"). Where the next item starts.
fn next_item(text: &str, i: usize, lex: &CitationLexicon) -> Option<usize> {
    let mut j = skip_spaces(text, i);
    let mut ok = false;
    if text[j..].starts_with([',', '،']) {
        j = skip_spaces(text, j + text[j..].chars().next().map_or(1, char::len_utf8));
        ok = true;
    }
    if let Some(e) = phrase_at(text, j, lex.list_links) {
        j = skip_spaces(text, e);
        ok = true;
    } else if lex.list_links.contains(&"و") && text[j..].starts_with('و') {
        // Arabic "و" joined to the number: "و60/1".
        j += 'و'.len_utf8();
        ok = true;
    }
    let starts_number = text[j..].chars().next().is_some_and(|c| {
        c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c) || c == 'E' || c == 'S'
    });
    (ok && starts_number && !paragraph_label_follows(text, i, j)).then_some(j)
}

/// Finds citations with a language's lexicon.
pub(super) fn find(
    text: &str,
    dates: &[DateMention],
    doc_body: Body,
    lex: &CitationLexicon,
    out: &mut Vec<Citation>,
) {
    let mut chain = out.len();
    let mut last_end = 0;
    for kw in keywords(text, lex) {
        if kw.start < last_end {
            continue;
        }
        let mut q = qualifier_before(text, kw.start, lex);
        let mut i = skip_spaces(text, kw.end);
        // "قرار مجلس الأمن 1631", "резолюцию Совета Безопасности 1631".
        if let Some((b, e)) = body_at(text, i, lex) {
            q = Qualifier::Body(b);
            i = skip_spaces(text, e);
        }
        if i == kw.end || paragraph_label_follows(text, kw.end, i) {
            continue;
        }
        chain += 1;
        let first = out.len();
        let mut c = Cur { s: text, i };
        let mut trailing_body = None;
        let mut raws = Vec::new();
        while let Some(item) = parse_item(&mut c) {
            let mut end = c.i;
            // "1631 (2005) du Conseil de sécurité".
            let after = skip_spaces(text, end);
            if let Some((b, e)) = body_at(text, after, lex) {
                trailing_body = Some(b);
                end = e;
            }
            let mut date = None;
            if let Some((di, e)) = date_after(text, end, dates, lex) {
                date = Some(di);
                end = e;
            }
            out.push(Citation {
                kind: CitationKind::Other,
                decision: kw.decision,
                span: item.span,
                year_span: item.year_span,
                date,
                chain,
                form: CitationForm {
                    missing_space: item.missing_space,
                    ..Default::default()
                },
                from_symbol: false,
            });
            raws.push(item.kind);
            c.i = end;
            match next_item(text, end, lex) {
                Some(j) => c.i = j,
                None => break,
            }
        }
        last_end = c.i;
        // Classify once the whole list is read: a body named after the list
        // qualifies every item of it.
        if let (Qualifier::None, Some(b)) = (q, trailing_body) {
            q = Qualifier::Body(b);
        }
        for (cit, raw) in out[first..].iter_mut().zip(raws.iter()) {
            cit.kind = classify(raw, q, doc_body);
            if let (RawKind::Bare { number }, CitationKind::Other) = (raw, &cit.kind) {
                if q == Qualifier::None && doc_body == Body::Sc {
                    cit.kind = CitationKind::Sc {
                        number: *number,
                        year: None,
                    };
                }
            }
        }
    }
}
