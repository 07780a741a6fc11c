//! Citations of resolutions and decisions, and document symbols, parsed into values.

mod alpha;

use super::dates::DateMention;
use crate::options::{Body, Language};
use crate::text::{is_hspace, Span};
use regex::Regex;
use std::sync::OnceLock;

/// What a citation cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CitationKind {
    /// General Assembly "59/50" (session/number); `prefix` is "ES-" or "S-" for
    /// emergency special and special sessions.
    Ga {
        session: u32,
        number: u32,
        prefix: Option<&'static str>,
    },
    /// Assembly resolutions of sessions 1-30: "2832 (XXVI)".
    GaOld { number: u32, session: u32 },
    /// Security Council "1631 (2005)", the year if given.
    Sc { number: u32, year: Option<i32> },
    /// Economic and Social Council "2009/3".
    Ecosoc { year: i32, number: u32 },
    /// Human Rights Council "7/1".
    Hrc { session: u32, number: u32 },
    /// A citation of another body's text, not checked.
    Other,
}

impl CitationKind {
    pub fn code(&self) -> &'static str {
        match self {
            CitationKind::Ga { .. } | CitationKind::GaOld { .. } => "ga-resolution",
            CitationKind::Sc { .. } => "sc-resolution",
            CitationKind::Ecosoc { .. } => "ecosoc-resolution",
            CitationKind::Hrc { .. } => "hrc-resolution",
            CitationKind::Other => "other",
        }
    }
}

/// Form faults found while parsing a citation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CitationForm {
    /// English "1631(2005)": where the space goes.
    pub missing_space: Option<usize>,
    /// English "dated" (or "adopted on") where "of" is the form: the word's span.
    pub dated_word: Option<Span>,
    /// Chinese: 第 missing before the number (insertion point).
    pub missing_di: Option<usize>,
    /// Chinese: 号 missing after the number (insertion point).
    pub missing_hao: Option<usize>,
    /// Chinese: the date written after the citation ("第59/50号决议（2004年12月2日）"):
    /// the span from 第 to the end of the bracketed date.
    pub date_after: Option<Span>,
}

/// One cited resolution or decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub kind: CitationKind,
    /// A decision rather than a resolution.
    pub decision: bool,
    /// The number as written ("59/50", "1631 (2005)", "A/RES/49/57").
    pub span: Span,
    /// The "(2005)" of a Council citation.
    pub year_span: Option<Span>,
    /// Index of its date in the document's dates.
    pub date: Option<usize>,
    /// Citations listed together share a chain number.
    pub chain: usize,
    pub form: CitationForm,
    /// Found as a document symbol (A/RES/…, S/RES/…).
    pub from_symbol: bool,
}

/// A document symbol and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub span: Span,
    pub issues: Vec<SymbolIssue>,
    /// The session it belongs to, for Assembly symbols.
    pub session: Option<u32>,
}

/// A fault in a document symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SymbolIssue {
    /// "L12", "C3", "Add1": a dot is missing at this byte offset.
    MissingDot(usize),
    /// "A/C.9/…": there are six Main Committees.
    NoSuchCommittee(Span),
    /// "A//64", "A/64/": an empty component.
    EmptyComponent,
    /// "A/RES/64": the resolution number is missing.
    MissingNumber,
    /// Lower-case series or component ("a/64/141", "A/res/64/1").
    LowerCase(Span),
}

fn keyword_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?:[Rr]esolutions?|[Dd]ecisions?)(?-u:\b)").expect("keyword regex")
    })
}

/// A small cursor over bytes for hand-written parsing.
struct Cur<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cur<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }
    fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }
    /// Western digits, or Arabic-Indic ones (٥٩/٥٠ in older Arabic texts).
    fn digits(&mut self, max: usize) -> Option<(u32, Span)> {
        let start = self.i;
        let (mut v, mut n, mut end) = (0u32, 0, start);
        for ch in self.rest().chars() {
            let d = match ch {
                '0'..='9' => ch as u32 - '0' as u32,
                '\u{660}'..='\u{669}' => ch as u32 - 0x660,
                _ => break,
            };
            v = v * 10 + d;
            n += 1;
            end += ch.len_utf8();
            if n > max {
                return None;
            }
        }
        if n == 0 {
            return None;
        }
        self.i = end;
        // Not part of a longer number or word.
        if self.peek().is_some_and(|c| c.is_ascii_alphanumeric()) {
            self.i = start;
            return None;
        }
        Some((v, Span::new(start, self.i)))
    }
    fn eat(&mut self, lit: &str) -> bool {
        if self.rest().starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }
    fn spaces(&mut self) -> usize {
        let r = self.rest();
        let n = r.len()
            - r.trim_start_matches(|c: char| is_hspace(c) || c == '\n')
                .len();
        self.i += n;
        n
    }
}

/// One parsed item of an English citation list.
struct Item {
    kind: RawKind,
    span: Span,
    year_span: Option<Span>,
    missing_space: Option<usize>,
}

enum RawKind {
    Slash {
        first: u32,
        second: u32,
        prefix: Option<&'static str>,
        first_digits: usize,
    },
    Paren {
        number: u32,
        year: i32,
    },
    Old {
        number: u32,
        session: u32,
    },
    Bare {
        number: u32,
    },
}

fn parse_item(c: &mut Cur) -> Option<Item> {
    let start = c.i;
    let prefix = if c.eat("ES-") {
        Some("ES-")
    } else if c.eat("S-") {
        Some("S-")
    } else {
        None
    };
    let (first, fs) = match c.digits(4) {
        Some(x) => x,
        None => {
            c.i = start;
            return None;
        }
    };
    if c.eat("/") {
        let Some((second, _)) = c.digits(4) else {
            c.i = start;
            return None;
        };
        let mut end = c.i;
        // Lettered resolutions: "31/16 A", "36/87 A and B", "31/406 A to E".
        let save = c.i;
        if c.eat(" ") && c.peek().is_some_and(|b| b.is_ascii_uppercase()) {
            c.i += 1;
            if c.peek()
                .is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'/' && b != b'.')
            {
                end = c.i;
                loop {
                    let s2 = c.i;
                    if (c.eat(" and ")
                        || c.eat(" to ")
                        || c.eat(", ")
                        || c.eat("和")
                        || c.eat("至"))
                        && c.peek().is_some_and(|b| b.is_ascii_uppercase())
                    {
                        c.i += 1;
                        if c.peek().is_none_or(|b| !b.is_ascii_alphanumeric()) {
                            end = c.i;
                            continue;
                        }
                    }
                    c.i = s2;
                    break;
                }
            } else {
                c.i = save;
            }
        } else {
            c.i = save;
        }
        c.i = end;
        return Some(Item {
            kind: RawKind::Slash {
                first,
                second,
                prefix,
                first_digits: c.s[fs.start..fs.end].chars().count(),
            },
            span: Span::new(start, end),
            year_span: None,
            missing_space: None,
        });
    }
    if prefix.is_some() {
        c.i = start;
        return None;
    }
    let after_num = c.i;
    // "1631 (2005)", "1631(2005)", "3367 A (XXX)", "2832 (XXVI)".
    let sp = c.spaces();
    let letter_end = if c.peek().is_some_and(|b| b.is_ascii_uppercase())
        && c.s.as_bytes().get(c.i + 1) == Some(&b' ')
        && c.s.as_bytes().get(c.i + 2) == Some(&b'(')
    {
        c.i += 2;
        true
    } else {
        false
    };
    let par_start = c.i;
    if c.eat("(") || c.eat("（") {
        let inner_start = c.i;
        let inner: &str = c.rest();
        let close = inner.find([')', '）']).filter(|&p| p <= 10);
        if let Some(p) = close {
            let body = &inner[..p];
            let close_len = inner[p..].chars().next().map_or(1, char::len_utf8);
            let mut year_cur = Cur { s: body, i: 0 };
            let year4 = year_cur
                .digits(4)
                .filter(|(_, sp)| sp.end == body.len() && body.chars().count() == 4);
            if let (Some((year, _)), false) = (year4, letter_end) {
                let year = year as i32;
                c.i = inner_start + p + close_len;
                return Some(Item {
                    kind: RawKind::Paren {
                        number: first,
                        year,
                    },
                    span: Span::new(start, c.i),
                    year_span: Some(Span::new(par_start, c.i)),
                    missing_space: (sp == 0).then_some(after_num),
                });
            }
            let roman = body.trim_start_matches("ES-").trim_start_matches("S-");
            if let Some(session) = crate::text::roman_value(roman) {
                c.i = inner_start + p + close_len;
                return Some(Item {
                    kind: RawKind::Old {
                        number: first,
                        session,
                    },
                    span: Span::new(start, c.i),
                    year_span: None,
                    missing_space: None,
                });
            }
        }
    }
    c.i = after_num;
    Some(Item {
        kind: RawKind::Bare { number: first },
        span: Span::new(start, after_num),
        year_span: None,
        missing_space: None,
    })
}

/// The organ named just before a citation keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qualifier {
    None,
    Body(Body),
    /// "its resolution": the document's own body.
    Own,
    /// Another body ("Commission on Human Rights resolution 2005/69").
    Other,
}

fn english_qualifier(before: &str) -> Qualifier {
    let b = before.trim_end_matches(|c: char| is_hspace(c) || c == '\n');
    let ends = |s: &str| b.ends_with(s);
    if ends("Security Council") {
        Qualifier::Body(Body::Sc)
    } else if ends("General Assembly")
        || ends("Assembly") && !b.ends_with("World Health Assembly") && !ends("States Parties")
    {
        if ends("World Health Assembly") || ends("Environment Assembly") || ends("Health Assembly")
        {
            Qualifier::Other
        } else {
            Qualifier::Body(Body::Ga)
        }
    } else if ends("Economic and Social Council") {
        Qualifier::Body(Body::Ecosoc)
    } else if ends("Human Rights Council") {
        Qualifier::Body(Body::Hrc)
    } else if ends("its") || ends("their") || ends("Council") && !ends("Trusteeship Council") {
        Qualifier::Own
    } else {
        // A capitalised word just before the keyword names another body
        // ("Commission resolution", "Conference decision", "Board decision").
        let last = b.rsplit([' ', '\n', '(']).next().unwrap_or("");
        if last.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !matches!(
                last,
                "The" | "Recalling" | "Reaffirming" | "Welcoming" | "Noting" | "Also" | "Further"
            )
            && !last.ends_with("ing")
        {
            Qualifier::Other
        } else {
            Qualifier::None
        }
    }
}

fn classify(raw: &RawKind, q: Qualifier, doc_body: Body) -> CitationKind {
    let body = match q {
        Qualifier::Body(b) => Some(b),
        Qualifier::Own => Some(doc_body),
        Qualifier::Other => return CitationKind::Other,
        Qualifier::None => None,
    };
    match *raw {
        RawKind::Slash {
            first,
            second,
            prefix,
            first_digits,
        } => {
            if first_digits == 4 {
                match body {
                    Some(Body::Ecosoc) | None => CitationKind::Ecosoc {
                        year: first as i32,
                        number: second,
                    },
                    _ => CitationKind::Other,
                }
            } else {
                match body {
                    Some(Body::Hrc) => CitationKind::Hrc {
                        session: first,
                        number: second,
                    },
                    Some(Body::Ecosoc) | Some(Body::Sc) if q != Qualifier::Own => {
                        CitationKind::Other
                    }
                    None if doc_body == Body::Hrc && prefix.is_none() => CitationKind::Hrc {
                        session: first,
                        number: second,
                    },
                    _ => CitationKind::Ga {
                        session: first,
                        number: second,
                        prefix,
                    },
                }
            }
        }
        RawKind::Paren { number, year } => match body {
            Some(Body::Sc) | None => CitationKind::Sc {
                number,
                year: Some(year),
            },
            _ => CitationKind::Other,
        },
        RawKind::Old { number, session } => match body {
            Some(Body::Ga) | None => CitationKind::GaOld { number, session },
            _ => CitationKind::Other,
        },
        // A bare number is a Council resolution in a Council text (or in a list of
        // Council resolutions, see `find_en`).
        RawKind::Bare { number } => match (body, q) {
            (Some(Body::Sc), _) | (None, Qualifier::None)
                if doc_body == Body::Sc || body == Some(Body::Sc) =>
            {
                CitationKind::Sc { number, year: None }
            }
            _ => CitationKind::Other,
        },
    }
}

fn date_at(dates: &[DateMention], at: usize) -> Option<usize> {
    let i = dates.partition_point(|d| d.span.start < at);
    (i < dates.len() && dates[i].span.start == at && dates[i].day.is_some()).then_some(i)
}

fn date_ending_at(dates: &[DateMention], end: usize) -> Option<usize> {
    let i = dates.partition_point(|d| d.span.end < end);
    (i < dates.len() && dates[i].span.end == end && dates[i].day.is_some()).then_some(i)
}

/// Does the white space `from..at` cross a paragraph break, with a paragraph label
/// ("1.", "2)") or a blank line after it? A list may wrap onto the next line, but
/// it does not run into the next paragraph.
fn paragraph_label_follows(text: &str, from: usize, at: usize) -> bool {
    let gap = text.get(from..at).unwrap_or("");
    if !gap.contains('\n') {
        return false;
    }
    if gap.matches('\n').count() > 1 {
        return true;
    }
    let rest = text.get(at..).unwrap_or("");
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    n > 0 && matches!(rest.as_bytes().get(n), Some(b'.' | b')' | b'\t'))
}

/// Finds citations in English text.
fn find_en(text: &str, dates: &[DateMention], doc_body: Body, out: &mut Vec<Citation>) {
    let mut chain = out.len();
    let mut last_end = 0;
    for m in keyword_regex().find_iter(text) {
        if m.start() < last_end {
            continue;
        }
        let decision = m.as_str().starts_with(['d', 'D']);
        let before_start = crate::text::ceil_boundary(text, m.start().saturating_sub(60));
        let before = text.get(before_start..m.start()).unwrap_or("");
        let q = english_qualifier(before);
        let mut c = Cur {
            s: text,
            i: m.end(),
        };
        // The number is not the next paragraph's label ("…resolution\n\n1. Requests").
        if c.spaces() == 0 || paragraph_label_follows(text, m.end(), c.i) {
            continue;
        }
        chain += 1;
        while let Some(item) = parse_item(&mut c) {
            let mut kind = classify(&item.kind, q, doc_body);
            // "resolutions 2014 (2011), 2051 of 12 June 2012": a bare number listed with
            // Council resolutions is one too.
            if let (
                RawKind::Bare { number },
                CitationKind::Other,
                Some(Citation {
                    kind: CitationKind::Sc { .. },
                    chain: ch,
                    ..
                }),
            ) = (&item.kind, &kind, out.last())
            {
                if *ch == chain && q != Qualifier::Other {
                    kind = CitationKind::Sc {
                        number: *number,
                        year: None,
                    };
                }
            }
            let mut form = CitationForm {
                missing_space: item.missing_space,
                ..Default::default()
            };
            // " of 2 December 2004", " dated …", " adopted on …".
            let save = c.i;
            let mut date = None;
            let sp = c.spaces();
            let _ = c.eat(",") && c.spaces() > 0;
            let word_start = c.i;
            let word = if c.eat("of ") {
                Some(false)
            } else if c.eat("dated ") || c.eat("adopted on ") {
                Some(true)
            } else {
                None
            };
            if let (Some(dated), true) = (word, sp > 0) {
                c.spaces();
                if let Some(di) = date_at(dates, c.i) {
                    date = Some(di);
                    if dated {
                        form.dated_word = Some(Span::new(
                            word_start,
                            word_start
                                + if text[word_start..].starts_with("dated") {
                                    5
                                } else {
                                    10
                                },
                        ));
                    }
                    c.i = dates[di].span.end;
                } else {
                    c.i = save;
                }
            } else {
                c.i = save;
            }
            out.push(Citation {
                kind,
                decision,
                span: item.span,
                year_span: item.year_span,
                date,
                chain,
                form,
                from_symbol: false,
            });
            // Separators: ", ", " and ", ", and ".
            let save = c.i;
            let ok = if c.eat(",") {
                let sp = c.spaces() > 0;
                let _ = c.eat("and ");
                sp
            } else {
                c.spaces() > 0 && (c.eat("and ") || c.eat("as well as ") || c.eat("or "))
            };
            if !ok {
                c.i = save;
                break;
            }
            c.spaces();
            // A list does not run on into the next paragraph ("…,\n\n1. Requests").
            if c.peek()
                .is_none_or(|b| !b.is_ascii_digit() && b != b'E' && b != b'S')
                || paragraph_label_follows(text, save, c.i)
            {
                c.i = save;
                break;
            }
        }
        last_end = c.i;
    }
}

/// One Chinese citation item as written: [第] number [(year)] [号] [决议|决定].
struct ZhItem {
    di: bool,
    di_start: usize,
    num: Span,
    hao: Option<usize>,
    kind: Option<(usize, bool)>,
    end: usize,
}

fn skip_h(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if is_hspace(c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn digits_at(b: &[u8], i: usize, max: usize) -> usize {
    let n = b[i.min(b.len())..]
        .iter()
        .take(max + 1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n > max {
        0
    } else {
        n
    }
}

/// Parses a Chinese citation item from `start` (at 第 or at the number).
fn zh_item_at(text: &str, start: usize) -> Option<ZhItem> {
    let b = text.as_bytes();
    let mut i = start;
    let di = text[i..].starts_with('第');
    if di {
        i = skip_h(text, i + '第'.len_utf8());
    }
    let num_start = i;
    if text[i..].starts_with("ES-") {
        i += 3;
    } else if text[i..].starts_with("S-") {
        i += 2;
    }
    let n = digits_at(b, i, 4);
    if n == 0 {
        return None;
    }
    i += n;
    if b.get(i) == Some(&b'/') {
        let m = digits_at(b, i + 1, 4);
        if m > 0 {
            i += 1 + m;
        }
    }
    // Lettered resolutions: "36/87 A和B".
    let j = skip_h(text, i);
    if b.get(j).is_some_and(u8::is_ascii_uppercase)
        && !b
            .get(j + 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/')
        && text[j..]
            .chars()
            .nth(1)
            .is_none_or(|c| !c.is_ascii_lowercase())
    {
        i = j + 1;
        if text[i..].starts_with('和') && b.get(i + 3).is_some_and(u8::is_ascii_uppercase) {
            i += 4;
        }
    }
    // "(2005)", "（2005）", "(XXIX)".
    let j = skip_h(text, i);
    let open = if text[j..].starts_with('(') {
        1
    } else if text[j..].starts_with('（') {
        3
    } else {
        0
    };
    if open > 0 {
        let k = skip_h(text, j + open);
        let inner_len = if digits_at(b, k, 4) == 4 {
            4
        } else {
            let r = &text[k..];
            let pre = if r.starts_with("ES-") {
                3
            } else if r.starts_with("S-") {
                2
            } else {
                0
            };
            let roman = r[pre..]
                .bytes()
                .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
                .count();
            if roman > 0 {
                pre + roman
            } else {
                0
            }
        };
        if inner_len > 0 {
            let e = skip_h(text, k + inner_len);
            let close = if text[e..].starts_with(')') {
                1
            } else if text[e..].starts_with('）') {
                3
            } else {
                0
            };
            if close > 0 {
                i = e + close;
            }
        }
    }
    let num = Span::new(num_start, i);
    let mut e = skip_h(text, i);
    let hao = text[e..].starts_with('号').then_some(e);
    if hao.is_some() {
        e += '号'.len_utf8();
    } else {
        e = i;
    }
    let kind = if text[e..].starts_with("决议") {
        Some((e, false))
    } else if text[e..].starts_with("决定") {
        Some((e, true))
    } else {
        None
    };
    if kind.is_some() {
        e += "决议".len();
    }
    Some(ZhItem {
        di,
        di_start: start,
        num,
        hao,
        kind,
        end: e.max(i),
    })
}

/// Where Chinese citation items may start: at 第 before a number, at a number
/// directly before 号 (第 missing), and at a number after a list joiner.
fn zh_candidates(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '第' => {
                let j = skip_h(text, i + c.len_utf8());
                if b.get(j).is_some_and(u8::is_ascii_digit)
                    || text[j..].starts_with("ES-")
                    || text[j..].starts_with("S-")
                {
                    v.push(i);
                }
            }
            '、' | '和' | '及' => {
                let j = skip_h(text, i + c.len_utf8());
                if b.get(j).is_some_and(u8::is_ascii_digit) {
                    v.push(j);
                }
            }
            '号' => {
                // Walk back over the number to its start.
                let mut k = i;
                let floor = i.saturating_sub(40);
                while k > floor {
                    let Some(p) = text[..k].chars().next_back() else {
                        break;
                    };
                    if p.is_ascii_alphanumeric()
                        || matches!(p, '/' | '(' | ')' | '（' | '）' | '-' | ' ')
                    {
                        k -= p.len_utf8();
                    } else {
                        break;
                    }
                }
                let k = skip_h(text, k);
                if b.get(k).is_some_and(u8::is_ascii_digit)
                    && !text[..k]
                        .trim_end_matches(|c: char| is_hspace(c))
                        .ends_with('第')
                {
                    v.push(k);
                }
            }
            _ => {}
        }
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// Finds citations in Chinese text.
fn find_zh(text: &str, dates: &[DateMention], doc_body: Body, out: &mut Vec<Citation>) {
    struct Z {
        span: Span,
        has_di: bool,
        di_start: usize,
        hao: Option<usize>,
        kind_word: Option<(usize, bool)>,
        raw: String,
        end: usize,
    }
    let mut items: Vec<Z> = Vec::new();
    let mut last_end = 0;
    for start in zh_candidates(text) {
        if start < last_end {
            continue;
        }
        let Some(it) = zh_item_at(text, start) else {
            continue;
        };
        // Not inside a longer number or a symbol ("A/64/141").
        let prev = text[..it.di_start].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '/' || p == '.' || p == '-') {
            continue;
        }
        let n = it.num.of(text);
        // Inner items of a list ("第37/457、38/459和59/509号", "第2121(2013)、2127(2013)、
        // …和2399(2018)号") have neither 第 nor 号.
        let listed = n.contains(['/', '(', '（'])
            && text[..it.di_start]
                .trim_end_matches(|c: char| is_hspace(c))
                .ends_with(['、', '和', '及']);
        if !it.di && it.hao.is_none() && it.kind.is_none() && !listed {
            continue;
        }
        if !n.contains(['/', '(', '（']) && !it.di && it.hao.is_none() {
            continue;
        }
        last_end = it.end;
        items.push(Z {
            span: it.num,
            has_di: it.di,
            di_start: it.di_start,
            hao: it.hao,
            kind_word: it.kind,
            raw: n.to_string(),
            end: it.end,
        });
    }
    // Chains: items joined by 、 和 及 ， and dates.
    let mut i = 0;
    let mut chain = out.len() + 1000;
    while i < items.len() {
        let mut j = i;
        while j + 1 < items.len() && items[j].kind_word.is_none() {
            let gap = &text[items[j].end..items[j + 1].di_start];
            let gap_trim = gap.trim_matches(|c: char| is_hspace(c));
            let joined = gap_trim.is_empty()
                || [
                    "、",
                    "和",
                    "及",
                    "，",
                    "以及",
                    "、……和",
                    "……和",
                    "、……、",
                    "至",
                ]
                .iter()
                .any(|g| {
                    let rest = gap_trim.strip_prefix(g).unwrap_or("x");
                    rest.is_empty() || {
                        // A date may sit between the joiner and the next 第.
                        let rt = rest.trim_start_matches(['其']);
                        let ds = items[j + 1].di_start - rt.len();
                        let k = dates.partition_point(|d| d.span.start < ds);
                        dates.get(k).is_some_and(|d| {
                            d.span.start == ds
                                && d.span.end + (rt.len() - d.span.len()) == items[j + 1].di_start
                        }) || rt.is_empty()
                    }
                });
            if !joined || gap.chars().count() > 30 {
                break;
            }
            j += 1;
        }
        let Some((kw, decision)) = items[j].kind_word else {
            i = j + 1;
            continue;
        };
        chain += 1;
        // Organ before the first item (or its date).
        let first = &items[i];
        let mut head = first.di_start;
        let mut date_first = None;
        let before_ws = text[..head].trim_end_matches(|c: char| is_hspace(c));
        if let Some(di) = date_ending_at(dates, before_ws.len()) {
            date_first = Some(di);
            head = dates[di].span.start;
        }
        let before = text[..head].trim_end_matches(|c: char| is_hspace(c) || c == '其');
        let q = if before.ends_with("安全理事会") || before.ends_with("安理会") {
            Qualifier::Body(Body::Sc)
        } else if before.ends_with("经济及社会理事会") || before.ends_with("经社理事会")
        {
            Qualifier::Body(Body::Ecosoc)
        } else if before.ends_with("人权理事会") {
            Qualifier::Body(Body::Hrc)
        } else if before.ends_with("大会") {
            Qualifier::Body(Body::Ga)
        } else if before.ends_with("委员会")
            || before.ends_with("会议") && !before.ends_with("届会议")
        {
            Qualifier::Other
        } else {
            Qualifier::None
        };
        // A date written after the citation: "第59/50号决议（2004年12月2日）".
        let kind_end = kw + "决议".len();
        let after = &text[kind_end..];
        let mut date_after = None;
        for opener in ["(", "（", "，", ","] {
            if let Some(r) = after.strip_prefix(opener) {
                let at = kind_end
                    + opener.len()
                    + (r.len() - r.trim_start_matches(|c: char| is_hspace(c)).len());
                if let Some(di) = date_at(dates, at) {
                    let mut end = dates[di].span.end;
                    if opener == "(" || opener == "（" {
                        let tail = &text[end..];
                        if tail.starts_with(')') {
                            end += 1;
                        } else if tail.starts_with('）') {
                            end += '）'.len_utf8();
                        }
                    }
                    date_after = Some((di, end));
                }
                break;
            }
        }
        for (k, it) in items.iter().enumerate().take(j + 1).skip(i) {
            let raw = parse_zh_raw(&it.raw);
            let Some(raw) = raw else { continue };
            let kind = classify(&raw.0, q, doc_body);
            let mut form = CitationForm::default();
            if k == i && !it.has_di {
                form.missing_di = Some(it.span.start);
            }
            if k == j && it.hao.is_none() {
                form.missing_hao = Some(it.span.end);
            }
            let mut date = if k == i { date_first } else { None };
            if k > i {
                let before_ws = text[..it.di_start].trim_end_matches(|c: char| is_hspace(c));
                date = date_ending_at(dates, before_ws.len());
            }
            if k == j && i == j && date.is_none() {
                if let Some((di, end)) = date_after {
                    date = Some(di);
                    form.date_after = Some(Span::new(it.di_start, end));
                }
            }
            out.push(Citation {
                kind,
                decision,
                span: it.span,
                year_span: raw
                    .1
                    .map(|(a, b)| Span::new(it.span.start + a, it.span.start + b)),
                date,
                chain,
                form,
                from_symbol: false,
            });
        }
        i = j + 1;
    }
}

/// Parses a Chinese citation number ("59/50", "1631(2005)", "3281(XXIX)").
fn parse_zh_raw(s: &str) -> Option<(RawKind, Option<(usize, usize)>)> {
    let mut c = Cur { s, i: 0 };
    let item = parse_item(&mut c)?;
    let ys = item.year_span.map(|sp| (sp.start, sp.end));
    Some((item.kind, ys))
}

/// Finds document symbols (A/…, S/…, E/…) and the resolutions they name.
fn find_symbols(text: &str, out_sym: &mut Vec<Symbol>, out_cit: &mut Vec<Citation>) {
    let b = text.as_bytes();
    let mut i = 0;
    let mut chain = 5_000_000;
    while i + 1 < b.len() {
        let c = b[i];
        let series_ok = (c == b'A' || c == b'S' || c == b'E') && b[i + 1] == b'/';
        let prev_ok = || {
            i == 0 || {
                let p = text[..i].chars().next_back().unwrap_or(' ');
                // Chinese writes symbols right after a character: "见A/64/141".
                (crate::text::is_han(p) || !p.is_alphanumeric()) && !matches!(p, '/' | '.' | '-')
            }
        };
        if !(series_ok && prev_ok()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'/' | b'.' | b'-')) {
            j += 1;
        }
        // A final full stop or hyphen belongs to the sentence.
        while j > start && matches!(b[j - 1], b'.' | b'-') {
            j -= 1;
        }
        let raw = &text[start..j];
        let comps: Vec<&str> = raw.split('/').collect();
        let mut issues = Vec::new();
        let mut session = None;
        if comps.iter().skip(1).any(|c| c.is_empty()) {
            issues.push(SymbolIssue::EmptyComponent);
        }
        let mut offset = start + 2;
        let mut year_span = None;
        let mut end = j;
        for (k, comp) in comps.iter().enumerate().skip(1) {
            // "L12" / "C3" / "Add1" / "Rev2" / "Corr1": a dot is missing.
            for pre in ["L", "C", "Add", "Rev", "Corr", "Amend", "PV", "CRP", "WP"] {
                if let Some(rest) = comp.strip_prefix(pre) {
                    if !rest.is_empty()
                        && rest.bytes().all(|b| b.is_ascii_digit())
                        && !(pre == "C" && k == 1 && comps[0] != "A")
                    {
                        issues.push(SymbolIssue::MissingDot(offset + pre.len()));
                    }
                }
            }
            if comps[0] == "A" && k == 1 {
                if let Some(n) = comp.strip_prefix("C.") {
                    if n.parse::<u32>().is_ok_and(|n| !(1..=6).contains(&n)) {
                        issues.push(SymbolIssue::NoSuchCommittee(Span::new(
                            offset,
                            offset + comp.len(),
                        )));
                    }
                }
            }
            if comp.chars().all(|c| c.is_ascii_lowercase()) && !comp.is_empty() && k <= 2 {
                issues.push(SymbolIssue::LowerCase(Span::new(
                    offset,
                    offset + comp.len(),
                )));
            }
            offset += comp.len() + 1;
        }
        if comps[0] == "A" {
            let idx = if comps.get(1) == Some(&"RES")
                || comps.get(1).is_some_and(|c| c.starts_with("C."))
                || comps.get(1) == Some(&"HRC")
            {
                2
            } else {
                1
            };
            if let Some(s) = comps.get(idx).and_then(|c| c.parse::<u32>().ok()) {
                if comps.get(1) != Some(&"HRC") {
                    session = Some(s);
                }
            }
            if comps.get(1) == Some(&"RES") {
                match (comps.get(2), comps.get(3)) {
                    (Some(s), Some(n)) if !n.is_empty() => {
                        let prefix = if s.starts_with("ES-") {
                            Some("ES-")
                        } else if s.starts_with("S-") {
                            Some("S-")
                        } else {
                            None
                        };
                        let sv = s
                            .trim_start_matches("ES-")
                            .trim_start_matches("S-")
                            .parse::<u32>();
                        let nv = n
                            .trim_end_matches(|c: char| c.is_ascii_uppercase())
                            .parse::<u32>();
                        if let (Ok(sv), Ok(nv)) = (sv, nv) {
                            chain += 1;
                            out_cit.push(Citation {
                                kind: CitationKind::Ga {
                                    session: sv,
                                    number: nv,
                                    prefix,
                                },
                                decision: false,
                                span: Span::new(start, j),
                                year_span: None,
                                date: None,
                                chain,
                                form: CitationForm::default(),
                                from_symbol: true,
                            });
                        }
                    }
                    (Some(_), None) | (None, _) => issues.push(SymbolIssue::MissingNumber),
                    _ => {}
                }
            }
        }
        if comps[0] == "S" && comps.get(1) == Some(&"RES") {
            match comps.get(2).and_then(|n| n.parse::<u32>().ok()) {
                Some(number) => {
                    // " (2005)" or "(2005)".
                    let rest = &text[j..];
                    let sp = rest.len() - rest.trim_start_matches(' ').len();
                    let r2 = &rest[sp..];
                    let mut year = None;
                    if r2.len() >= 6
                        && r2.starts_with('(')
                        && r2.as_bytes()[5] == b')'
                        && r2[1..5].bytes().all(|b| b.is_ascii_digit())
                    {
                        year = r2[1..5].parse::<i32>().ok();
                        year_span = Some(Span::new(j + sp, j + sp + 6));
                        end = j + sp + 6;
                    }
                    chain += 1;
                    out_cit.push(Citation {
                        kind: CitationKind::Sc { number, year },
                        decision: false,
                        span: Span::new(start, end),
                        year_span,
                        date: None,
                        chain,
                        form: CitationForm {
                            missing_space: (year.is_some() && sp == 0).then_some(j),
                            ..Default::default()
                        },
                        from_symbol: true,
                    });
                }
                None => issues.push(SymbolIssue::MissingNumber),
            }
        }
        if comps.len() >= 2 {
            out_sym.push(Symbol {
                span: Span::new(start, end),
                issues,
                session,
            });
        }
        i = end.max(i + 1);
    }
}

/// Finds every citation and symbol. Citations come out in text order.
pub fn find(
    text: &str,
    lang: Language,
    dates: &[DateMention],
    doc_body: Body,
) -> (Vec<Citation>, Vec<Symbol>) {
    let mut cits = Vec::new();
    let mut syms = Vec::new();
    match lang {
        Language::En => find_en(text, dates, doc_body, &mut cits),
        Language::Zh => find_zh(text, dates, doc_body, &mut cits),
        other => {
            if let Some(lex) = crate::lang::profile(other).citation_lexicon() {
                alpha::find(text, dates, doc_body, lex, &mut cits);
            }
        }
    }
    if text.contains('/') {
        find_symbols(text, &mut syms, &mut cits);
    }
    cits.sort_by_key(|c| (c.span.start, c.span.end));
    // A symbol's citation and a keyword citation may cover the same text.
    cits.dedup_by(|b, a| b.span.start < a.span.end);
    (cits, syms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates;

    fn cits(t: &str, lang: Language, body: Body) -> Vec<Citation> {
        let d = dates::find(t, lang);
        find(t, lang, &d, body).0
    }

    #[test]
    fn arabic_indic_digits() {
        let t = "إذ تشير إلى قرارها ٥٩/٥٠ المؤرخ ٢ كانون الأول/ديسمبر ٢٠٠٤ وإلى قرار مجلس الأمن ١٦٣١ (٢٠٠٥) و 1325 (2000)،";
        let c = cits(t, Language::Ar, Body::Ga);
        let kinds: Vec<_> = c.iter().map(|c| c.kind.clone()).collect();
        assert_eq!(
            kinds,
            [
                CitationKind::Ga {
                    session: 59,
                    number: 50,
                    prefix: None
                },
                CitationKind::Sc {
                    number: 1631,
                    year: Some(2005)
                },
                CitationKind::Sc {
                    number: 1325,
                    year: Some(2000)
                },
            ]
        );
        assert!(c[0].date.is_some());
        assert_eq!(c[1].span.of(t), "١٦٣١ (٢٠٠٥)");
    }

    #[test]
    fn english_lists() {
        let t = "Recalling its resolutions 54/47 of 1 December 1999, 56/16 of 29 November 2001 and 78/13 of 4 December 2023, Security Council resolution 1631 (2005) of 17 October 2005 and resolution 2832 (XXVI), decisions 31/406 A to E and Economic and Social Council resolution 2009/3";
        let c = cits(t, Language::En, Body::Ga);
        let kinds: Vec<_> = c.iter().map(|c| c.kind.clone()).collect();
        assert_eq!(
            kinds[0],
            CitationKind::Ga {
                session: 54,
                number: 47,
                prefix: None
            }
        );
        assert!(c[0].date.is_some() && c[2].date.is_some());
        assert_eq!(c[0].chain, c[2].chain);
        assert_eq!(
            kinds[3],
            CitationKind::Sc {
                number: 1631,
                year: Some(2005)
            }
        );
        assert!(c[3].date.is_some());
        assert_eq!(
            kinds[4],
            CitationKind::GaOld {
                number: 2832,
                session: 26
            }
        );
        assert!(c[5].decision);
        assert_eq!(&t[c[5].span.start..c[5].span.end], "31/406 A to E");
        assert_eq!(
            kinds[6],
            CitationKind::Ecosoc {
                year: 2009,
                number: 3
            }
        );
    }

    #[test]
    fn lists_stop_at_the_paragraph_end() {
        let t = "Recalling Security Council resolution 2790,\n\n1. Requests the report of resolution\n2. Decides";
        let c = cits(t, Language::En, Body::Ga);
        assert_eq!(c.len(), 1, "{c:?}");
        let t = "Recalling its resolutions 60/1,\n61/2 and 62/3,\n1. Requests";
        let c = cits(t, Language::En, Body::Ga);
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(c[0].chain, c[2].chain);
    }

    #[test]
    fn english_forms() {
        let t = "resolution 1631(2005) and resolution 59/50 dated 2 December 2004";
        let c = cits(t, Language::En, Body::Ga);
        assert!(c[0].form.missing_space.is_some());
        assert!(c[1].form.dated_word.is_some());
        assert!(c[1].date.is_some());
    }

    #[test]
    fn other_bodies_are_not_checked() {
        let c = cits(
            "Commission on Human Rights resolution 2005/69 and Conference decision 1/12",
            Language::En,
            Body::Ga,
        );
        assert!(c.iter().all(|c| c.kind == CitationKind::Other));
    }

    #[test]
    fn chinese() {
        let t = "提及其 2004 年 12 月 2 日第 59/50 号决议，安全理事会 2005 年 10 月 17 日第 1631(2005)号决议，1998年12月17日第53/202号和1999年6月8日第53/239号决议，第37/457、38/459和59/509号决定，第59/50号决议（2004年12月2日），第 14 条";
        let c = cits(t, Language::Zh, Body::Ga);
        assert_eq!(c.len(), 8, "{c:?}");
        assert_eq!(
            c[0].kind,
            CitationKind::Ga {
                session: 59,
                number: 50,
                prefix: None
            }
        );
        assert!(c[0].date.is_some());
        assert_eq!(
            c[1].kind,
            CitationKind::Sc {
                number: 1631,
                year: Some(2005)
            }
        );
        assert!(c[1].date.is_some());
        assert!(c[2].date.is_some() && c[3].date.is_some());
        assert_eq!(c[2].chain, c[3].chain);
        assert!(c[4].decision && c[6].decision);
        assert!(c[7].form.date_after.is_some());
    }

    #[test]
    fn symbols_after_chinese_characters() {
        let t = "审议了报告A/64/L12和秘书长的说明A/64/141";
        let d = dates::find(t, Language::Zh);
        let (_, s) = find(t, Language::Zh, &d, Body::Ga);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0].issues.len(), 1);
    }

    #[test]
    fn chinese_council_lists() {
        let t = "尤其是第2121(2013)、2127(2013)、2134(2014)、2149(2014)、2181(2014)、2196(2015)、2212(2015)、2217(2015)、2262(2016)、2264(2016)、2281(2016)、2301(2016)、2339(2017)、2387(2017)、2399(2018)号决议及第2272(2016)号决议";
        let c = cits(t, Language::Zh, Body::Sc);
        assert_eq!(c.len(), 16, "{c:?}");
        assert!(c.iter().all(|c| c.form == CitationForm::default()), "{c:?}");
        assert_eq!(c[0].chain, c[14].chain);
    }

    #[test]
    fn symbols() {
        let t = "(A/64/141), A/RES/49/57, S/RES/1631 (2005), A/64/L12, A/C.9/64/L.2, A/RES/64 and HIV/AIDS.";
        let d = dates::find(t, Language::En);
        let (c, s) = find(t, Language::En, &d, Body::Ga);
        assert_eq!(s.len(), 6, "{s:?}");
        assert!(s[0].issues.is_empty() && s[1].issues.is_empty() && s[2].issues.is_empty());
        assert_eq!(
            s[3].issues,
            vec![SymbolIssue::MissingDot(t.find("L12").unwrap() + 1)]
        );
        assert!(matches!(s[4].issues[0], SymbolIssue::NoSuchCommittee(_)));
        assert_eq!(s[5].issues, vec![SymbolIssue::MissingNumber]);
        assert!(c.iter().any(|c| c.kind
            == CitationKind::Ga {
                session: 49,
                number: 57,
                prefix: None
            }));
        assert!(c.iter().any(|c| c.kind
            == CitationKind::Sc {
                number: 1631,
                year: Some(2005)
            }));
    }
}
