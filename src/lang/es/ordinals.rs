//! Spanish session ordinals, 1–99, in the masculine form that stands before
//! "período de sesiones" ("sexagésimo quinto", with "primer"/"tercer" apocopated:
//! "quincuagésimo tercer"), and session mentions around the word "período".
//! Conventions Appendix A and §3.6.

use crate::model::sessions::{OrdinalForm, SessionKind, SessionRef};
use crate::text::{skip_space_back, skip_space_fwd as skip_space, Span};

const UNITS: [&str; 10] = [
    "", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno",
];
const TEENS: [&str; 10] = [
    "décimo",
    "undécimo",
    "duodécimo",
    "decimotercer",
    "decimocuarto",
    "decimoquinto",
    "decimosexto",
    "decimoséptimo",
    "decimoctavo",
    "decimonoveno",
];
const TENS: [&str; 10] = [
    "",
    "",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
];

/// The ordinal of a session, 1–99, as it stands before "período de sesiones"
/// ("sexagésimo quinto", "vigésimo primer"); figures with "º" outside that range.
pub fn ordinal(n: u32) -> String {
    match n {
        1..=9 => UNITS[n as usize].to_string(),
        10..=19 => TEENS[n as usize - 10].to_string(),
        20..=99 => {
            let (t, u) = ((n / 10) as usize, (n % 10) as usize);
            if u == 0 {
                TENS[t].to_string()
            } else {
                format!("{} {}", TENS[t], UNITS[u])
            }
        }
        _ => format!("{n}.º"),
    }
}

/// Lower case without accents, for lenient matching ("Sexagésimo" → "sexagesimo").
fn plain(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            _ => c,
        })
        .collect()
}

/// A unit ordinal, also in its full form ("primero", "tercero").
fn unit(w: &str) -> Option<u32> {
    let p = plain(w);
    match p.as_str() {
        "primero" | "primera" => Some(1),
        "tercero" | "tercera" => Some(3),
        _ => UNITS
            .iter()
            .skip(1)
            .position(|u| plain(u) == p)
            .map(|i| i as u32 + 1),
    }
}

/// 10–19 in one word ("decimotercer", "decimotercero", "decimoprimero").
fn teen(w: &str) -> Option<u32> {
    let p = plain(w);
    if let Some(i) = TEENS.iter().position(|t| plain(t) == p) {
        return Some(10 + i as u32);
    }
    let rest = p.strip_prefix("decimo")?;
    let u = match rest {
        "primer" | "primero" => 1,
        "segundo" => 2,
        "octavo" => 8,
        _ => unit(rest)?,
    };
    Some(10 + u)
}

fn tens(w: &str) -> Option<u32> {
    let p = plain(w);
    TENS.iter()
        .position(|t| !t.is_empty() && plain(t) == p)
        .map(|i| i as u32 * 10)
}

/// Parses one or two words of an ordinal: (value, written in the standard form).
/// The first letter may be a capital (a heading: "Sexagésimo cuarto período de
/// sesiones"); missing accents, "primero"/"tercero" before the noun and "décimo
/// tercer" in two words are recognised but not standard.
pub fn parse_ordinal(s: &str) -> Option<(u32, bool)> {
    let ws: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let value = match ws.as_slice() {
        [w] => unit(w).or_else(|| teen(w)).or_else(|| tens(w))?,
        [a, b] => {
            let u = unit(b).filter(|u| *u > 0)?;
            if let Some(t) = tens(a) {
                t + u
            } else if plain(a) == "decimo" {
                10 + u
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let mut cs = s.chars();
    let first_lower: String = cs
        .next()
        .map(|c| c.to_lowercase().chain(cs).collect())
        .unwrap_or_default();
    Some((value, first_lower == ordinal(value)))
}

/// The words the session parser is anchored on.
pub const ANCHORS: &[&str] = &["período", "periodo", "Período", "Periodo", "PERÍODO"];

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The word (letters) starting at `i`: its end.
fn word_end(text: &str, i: usize) -> usize {
    let t = &text[i..];
    i + (t.len() - t.trim_start_matches(is_letter).len())
}

/// After the anchor, the rest of the name: "de sesiones", "extraordinario de
/// sesiones (de emergencia)", "ordinario de sesiones"…: (end, kind).
fn tail(text: &str, from: usize) -> Option<(usize, SessionKind)> {
    let mut i = from;
    let mut kind = SessionKind::Regular;
    let mut seen_sesiones = false;
    let mut words = 0;
    while words < 5 {
        let j = skip_space(text, i);
        if j == i {
            break;
        }
        let e = word_end(text, j);
        if e == j {
            break;
        }
        let w = plain(&text[j..e]);
        match w.as_str() {
            "de" => {}
            "sesiones" => {
                seen_sesiones = true;
                i = e;
                // "… de sesiones de emergencia".
                let k = skip_space(text, i);
                let ke = word_end(text, k);
                if plain(&text[k..ke]) == "de" {
                    let m = skip_space(text, ke);
                    let me = word_end(text, m);
                    if plain(&text[m..me]) == "emergencia" && kind == SessionKind::Special {
                        kind = SessionKind::EmergencySpecial;
                        i = me;
                    }
                }
                break;
            }
            "extraordinario" if !seen_sesiones => kind = SessionKind::Special,
            "ordinario" if !seen_sesiones => kind = SessionKind::Other,
            _ => return None,
        }
        i = e;
        words += 1;
    }
    if !seen_sesiones {
        return None;
    }
    // "período de sesiones sustantivo", "… de organización": not a numbered one.
    let k = skip_space(text, i);
    let ke = word_end(text, k);
    if matches!(plain(&text[k..ke]).as_str(), "sustantivo" | "organizacion") {
        kind = SessionKind::Other;
    }
    Some((i, kind))
}

/// The word ending at `end`: letters, digits and the ordinal marks ("65.º").
fn token_before(text: &str, end: usize) -> usize {
    let t = &text[..end];
    let kept = t.trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '.' | '°'));
    let mut s = kept.len();
    // Not a full stop before the word.
    while text[s..end].starts_with('.') {
        s += 1;
    }
    s
}

/// Figures with an optional ordinal mark: "65", "65.º", "65º", "65°", "65.ª".
fn figures(w: &str) -> Option<u32> {
    let d = w.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&d) {
        return None;
    }
    let rest = &w[d..];
    if !matches!(rest, "" | ".º" | "º" | ".°" | "°" | ".ª" | "ª" | ".o" | "o") {
        return None;
    }
    w[..d].parse().ok()
}

/// A session mention around the anchor "período" at `anchor..anchor_end`.
pub fn session_at(text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
    // Whole word only.
    if text[anchor_end..].chars().next().is_some_and(is_letter) {
        return None;
    }
    if text[..anchor].chars().next_back().is_some_and(is_letter) {
        return None;
    }
    let (end, kind) = tail(text, anchor_end)?;
    let e1 = skip_space_back(text, anchor);
    if e1 == anchor {
        return None;
    }
    let s1 = token_before(text, e1);
    if s1 == e1 {
        return None;
    }
    let w1 = &text[s1..e1];
    if let Some(value) = figures(w1) {
        return Some(SessionRef {
            span: Span::new(s1, end),
            ordinal: Span::new(s1, e1),
            value,
            form: OrdinalForm::Figures,
            kind,
        });
    }
    // Two words ("sexagésimo quinto", "décimo tercer"), else one.
    let e0 = skip_space_back(text, s1);
    if e0 < s1 && text[e0..s1].chars().all(|c| c == ' ' || c == '\u{A0}') {
        let s0 = token_before(text, e0);
        if s0 < e0 {
            let pair = format!("{} {}", &text[s0..e0], w1);
            if let Some((value, canonical)) = parse_ordinal(&pair) {
                return Some(SessionRef {
                    span: Span::new(s0, end),
                    ordinal: Span::new(s0, e1),
                    value,
                    form: if canonical && text[e0..s1] == *" " {
                        OrdinalForm::Words
                    } else {
                        OrdinalForm::Unhyphenated
                    },
                    kind,
                });
            }
        }
    }
    let (value, canonical) = parse_ordinal(w1)?;
    Some(SessionRef {
        span: Span::new(s1, end),
        ordinal: Span::new(s1, e1),
        value,
        form: if canonical {
            OrdinalForm::Words
        } else {
            OrdinalForm::Unhyphenated
        },
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_1_to_99() {
        for n in 1..=99 {
            let o = ordinal(n);
            assert_eq!(parse_ordinal(&o), Some((n, true)), "{o}");
            let text = format!("en su {o} período de sesiones, un informe");
            let at = text.find("período").unwrap_or(0);
            let r = session_at(&text, at, at + "período".len());
            let r = r.unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (r.value, r.form, r.kind),
                (n, OrdinalForm::Words, SessionKind::Regular)
            );
            assert_eq!(
                &text[r.span.start..r.span.end],
                format!("{o} período de sesiones")
            );
        }
        assert_eq!(ordinal(65), "sexagésimo quinto");
        assert_eq!(ordinal(53), "quincuagésimo tercer");
        assert_eq!(ordinal(13), "decimotercer");
        assert_eq!(ordinal(0), "0.º");
    }

    fn one(text: &str) -> Option<SessionRef> {
        let at = ANCHORS.iter().filter_map(|a| text.find(a)).min()?;
        let end = at
            + text[at..]
                .chars()
                .take(7)
                .map(char::len_utf8)
                .sum::<usize>();
        session_at(text, at, end)
    }

    #[test]
    fn forms_and_kinds() {
        let r = one("Sexagésimo cuarto período de sesiones").unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.form), (64, OrdinalForm::Words));
        let r = one("su 65.º período de sesiones").unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.form), (65, OrdinalForm::Figures));
        assert_eq!(
            &"su 65.º período de sesiones"[r.ordinal.start..r.ordinal.end],
            "65.º"
        );
        let r = one("su sexagesimo quinto periodo de sesiones").unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.form), (65, OrdinalForm::Unhyphenated));
        let r = one("su vigésimo primero período de sesiones").unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.form), (21, OrdinalForm::Unhyphenated));
        let r = one("su décimo tercer período de sesiones").unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.form), (13, OrdinalForm::Unhyphenated));
        let r = one("el vigésimo tercer período extraordinario de sesiones")
            .unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.kind), (23, SessionKind::Special));
        let r = one("su décimo período extraordinario de sesiones de emergencia, y")
            .unwrap_or_else(|| panic!());
        assert_eq!((r.value, r.kind), (10, SessionKind::EmergencySpecial));
        assert!(r.span.end == "su décimo período extraordinario de sesiones de emergencia".len());
        assert!(one("durante el período de examen").is_none());
        assert!(one("en el último período de sesiones").is_none());
        assert!(one("período de sesiones").is_none());
    }
}
