//! References to sessions ("its sixty-fifth session", "第六十五届会议").

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

fn en_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"\b(?P<o>[0-9]{1,2}(?:st|nd|rd|th)|[A-Za-z]+(?:[- ][A-Za-z]+)?)[ \t\u{A0}\n]+(?P<k>(?:regular|special|emergency special|substantive|resumed|organizational)[ \t\u{A0}\n]+)?session\b")
            .expect("session regex")
    })
}

fn zh_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"第[ \t\u{A0}\r\n]*(?P<o>[〇零一二三四五六七八九十百]+|[0-9０-９]{1,3})[ \t\u{A0}\r\n]*届(?P<k>紧急特别|特别|常会)?(?:会议)?")
            .expect("zh session regex")
    })
}

/// Finds every session mention.
pub fn find(text: &str) -> Vec<SessionRef> {
    let mut out = Vec::new();
    for c in en_regex().captures_iter(text) {
        let (Some(o), Some(whole)) = (c.name("o"), c.get(0)) else {
            continue;
        };
        let kind = match c.name("k").map(|k| k.as_str().trim()) {
            None | Some("regular") => SessionKind::Regular,
            Some("special") => SessionKind::Special,
            Some(k) if k.starts_with("emergency") => SessionKind::EmergencySpecial,
            Some(_) => SessionKind::Other,
        };
        let os = o.as_str();
        let parsed = if let Some(num) = os.strip_suffix(|c: char| c.is_ascii_alphabetic()) {
            let digits = num.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            digits
                .parse::<u32>()
                .ok()
                .filter(|_| !digits.is_empty())
                .map(|n| (n, OrdinalForm::Figures, o.start()))
        } else {
            None
        };
        let parsed = parsed.or_else(|| {
            en::parse_ordinal(os)
                .map(|(n, canon)| {
                    let form = if canon {
                        OrdinalForm::Words
                    } else {
                        OrdinalForm::Unhyphenated
                    };
                    (n, form, o.start())
                })
                .or_else(|| {
                    // "the fifth session": only the last word is the ordinal.
                    let last = os.rfind([' ', '-'])?;
                    let w = &os[last + 1..];
                    en::parse_ordinal(w).map(|(n, _)| (n, OrdinalForm::Words, o.start() + last + 1))
                })
        });
        let Some((value, form, ostart)) = parsed else {
            continue;
        };
        out.push(SessionRef {
            span: Span::new(ostart, whole.end()),
            ordinal: Span::new(ostart, o.end()),
            value,
            form,
            kind,
        });
    }
    if text.contains('届') {
        for c in zh_regex().captures_iter(text) {
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
    out.sort_by_key(|r| r.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english() {
        let r = find("at its sixty-fifth session, the 65th session, its sixty fifth session and the tenth special session; the Committee on Contributions on its eighty-fifth session");
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
        let r = find("大会第六十五届会议临时议程，第65届会议，第十一届紧急特别会议");
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
