//! References to sessions ("its sixty-fifth session", "第六十五届会议").

use super::scan::{anchored, occurrences};
use crate::lang::{en, zh};
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

/// How a session number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdinalForm {
    /// "sixty-fifth", "六十五": the standard form.
    Words,
    /// "65th".
    Figures,
    /// "sixty fifth", "Sixty Fifth".
    Unhyphenated,
    /// "第65届".
    Arabic,
}

/// The kind of session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionKind {
    Regular,
    Special,
    EmergencySpecial,
    /// "substantive session", "resumed session" and the like.
    Other,
}

/// One mention of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRef {
    /// The whole mention ("sixty-fifth session", "第六十五届会议").
    pub span: Span,
    /// The ordinal alone ("sixty-fifth", "六十五", "65th").
    pub ordinal: Span,
    pub value: u32,
    pub form: OrdinalForm,
    pub kind: SessionKind,
}

/// The word ending at `end` (ASCII letters, digits, hyphens): its start.
fn word_before(b: &[u8], end: usize) -> usize {
    let mut i = end;
    while i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'-') {
        i -= 1;
    }
    i
}

/// White space before `end`: where it starts (spaces, tabs, line breaks, NBSP).
fn space_before(text: &str, end: usize) -> usize {
    let t = &text[..end];
    let trimmed = t.trim_end_matches([' ', '\t', '\n', '\r', '\u{A0}']);
    trimmed.len()
}

/// A session mention ending with the word "session" at `p`: "sixty-fifth session",
/// "65th session", "sixty fifth session", "tenth special session".
fn english_at(text: &str, p: usize) -> Option<SessionRef> {
    let b = text.as_bytes();
    let end = p + "session".len();
    if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut e = space_before(text, p);
    if e == p {
        return None;
    }
    let mut kind = SessionKind::Regular;
    let w = &text[word_before(b, e)..e];
    match w {
        "regular" => {}
        "special" => kind = SessionKind::Special,
        "substantive" | "resumed" | "organizational" => kind = SessionKind::Other,
        _ => {}
    }
    if matches!(
        w,
        "regular" | "special" | "substantive" | "resumed" | "organizational"
    ) {
        e = space_before(text, e - w.len());
        if kind == SessionKind::Special {
            let w0s = word_before(b, e);
            if &text[w0s..e] == "emergency" {
                kind = SessionKind::EmergencySpecial;
                e = space_before(text, w0s);
            }
        }
    }
    let ws = word_before(b, e);
    if ws == e {
        return None;
    }
    let word = &text[ws..e];
    // "65th".
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && matches!(&word[digits..], "st" | "nd" | "rd" | "th") {
        let value = word[..digits].parse().ok()?;
        return Some(SessionRef {
            span: Span::new(ws, end),
            ordinal: Span::new(ws, e),
            value,
            form: OrdinalForm::Figures,
            kind,
        });
    }
    // "sixty fifth": a tens word before a unit ordinal.
    let prev_end = space_before(text, ws);
    if prev_end < ws {
        let ps = word_before(b, prev_end);
        let pair = format!("{} {}", &text[ps..prev_end], word);
        if let Some((value, _)) = en::parse_ordinal(&pair).filter(|(n, _)| *n > 20) {
            return Some(SessionRef {
                span: Span::new(ps, end),
                ordinal: Span::new(ps, e),
                value,
                form: OrdinalForm::Unhyphenated,
                kind,
            });
        }
    }
    let (value, canonical) = en::parse_ordinal(word)?;
    let form = if canonical {
        OrdinalForm::Words
    } else {
        OrdinalForm::Unhyphenated
    };
    Some(SessionRef {
        span: Span::new(ws, end),
        ordinal: Span::new(ws, e),
        value,
        form,
        kind,
    })
}

fn zh_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"第[ \t\u{A0}\r\n]*(?P<o>[〇零一二三四五六七八九十百]+|[0-9０-９]{1,3})[ \t\u{A0}\r\n]*届(?P<k>紧急特别|特别|常会)?(?:会议)?")
            .expect("zh session regex")
    })
}

/// Finds every session mention: English ones always (the English masthead of a
/// Chinese, Russian or Arabic document), Chinese ones where there are, and those of
/// the document's language through its profile.
pub fn find(text: &str, lang: crate::options::Language) -> Vec<SessionRef> {
    let mut out = Vec::new();
    for p in occurrences(text, &["session"]) {
        if let Some(r) = english_at(text, p) {
            out.push(r);
        }
    }
    if text.contains('届') {
        for c in anchored(zh_regex(), text, occurrences(text, &["届"]), 32, 24) {
            let (Some(o), Some(whole)) = (c.name("o"), c.get(0)) else {
                continue;
            };
            let os = o.as_str();
            let (value, form) = if os
                .chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
            {
                let v: u32 = os
                    .chars()
                    .filter_map(|c| {
                        c.to_digit(10)
                            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
                    })
                    .fold(0u32, |a, d| a.saturating_mul(10).saturating_add(d));
                (v, OrdinalForm::Arabic)
            } else {
                match zh::parse_numeral(os) {
                    Some(v) => (v, OrdinalForm::Words),
                    None => continue,
                }
            };
            let kind = match c.name("k").map(|k| k.as_str()) {
                Some("特别") => SessionKind::Special,
                Some("紧急特别") => SessionKind::EmergencySpecial,
                _ => SessionKind::Regular,
            };
            out.push(SessionRef {
                span: Span::new(whole.start(), whole.end()),
                ordinal: Span::new(o.start(), o.end()),
                value,
                form,
                kind,
            });
        }
    }
    let profile = crate::lang::profile(lang);
    let anchors = profile.session_anchors();
    if !anchors.is_empty() {
        let mut last_end = 0;
        for (at, end) in anchor_spans(text, anchors) {
            if at < last_end {
                continue;
            }
            if let Some(r) = profile.session_at(text, at, end) {
                last_end = r.span.end.max(end);
                out.push(r);
            }
        }
    }
    out.sort_by_key(|r| r.span.start);
    out.dedup_by(|b, a| b.span.start < a.span.end);
    out
}

/// Occurrences of the anchor words, the longest at each place: (start, end).
fn anchor_spans(text: &str, anchors: &[&str]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = anchors
        .iter()
        .flat_map(|a| text.match_indices(a).map(|(i, m)| (i, i + m.len())))
        .collect();
    v.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    v.dedup_by_key(|x| x.0);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english() {
        let r = find("at its sixty-fifth session, the 65th session, its sixty fifth session and the tenth special session; the Committee on Contributions on its eighty-fifth session", crate::options::Language::En);
        let v: Vec<_> = r.iter().map(|x| (x.value, x.form, x.kind)).collect();
        assert_eq!(
            v,
            vec![
                (65, OrdinalForm::Words, SessionKind::Regular),
                (65, OrdinalForm::Figures, SessionKind::Regular),
                (65, OrdinalForm::Unhyphenated, SessionKind::Regular),
                (10, OrdinalForm::Words, SessionKind::Special),
                (85, OrdinalForm::Words, SessionKind::Regular),
            ]
        );
        assert_eq!(
            &"at its sixty-fifth session"[r[0].span.start..r[0].span.end],
            "sixty-fifth session"
        );
    }

    #[test]
    fn chinese() {
        let r = find(
            "大会第六十五届会议临时议程，第65届会议，第十一届紧急特别会议",
            crate::options::Language::Zh,
        );
        let v: Vec<_> = r.iter().map(|x| (x.value, x.form, x.kind)).collect();
        assert_eq!(
            v,
            vec![
                (65, OrdinalForm::Words, SessionKind::Regular),
                (65, OrdinalForm::Arabic, SessionKind::Regular),
                (11, OrdinalForm::Words, SessionKind::EmergencySpecial),
            ]
        );
    }
}
