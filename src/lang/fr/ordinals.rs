//! French session ordinals, 1-99 (conventions Appendix A): "première",
//! "soixante et unième", "soixante et onzième", "quatre-vingt-unième",
//! "quatre-vingtième", traditional spelling as the UN writes it.

use crate::lang::phrase::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

const UNITS: [&str; 17] = [
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];

const TENS: [&str; 7] = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

/// The cardinal of `n` (1-99) as a list of elements joined by hyphens or "et".
fn elements(n: u32) -> Vec<&'static str> {
    let n = n as usize;
    match n {
        0 => vec![],
        1..=16 => vec![UNITS[n]],
        17..=19 => vec!["dix", UNITS[n - 10]],
        20..=69 => {
            let (t, u) = (n / 10, n % 10);
            let mut v = vec![TENS[t]];
            match u {
                0 => {}
                1 => v.extend(["et", "un"]),
                _ => v.push(UNITS[u]),
            }
            v
        }
        70..=79 => {
            let mut v = vec!["soixante"];
            if n == 71 {
                v.push("et");
            }
            v.extend(elements(n as u32 - 60));
            v
        }
        _ => {
            let mut v = vec!["quatre", "vingt"];
            v.extend(elements(n as u32 - 80));
            v
        }
    }
}

/// The ordinal ending of the last element: "un" → "unième", "cinq" → "cinquième",
/// "neuf" → "neuvième", "quatre" → "quatrième".
fn ordinal_of(w: &str) -> String {
    match w {
        "cinq" => "cinquième".into(),
        "neuf" => "neuvième".into(),
        _ => match w.strip_suffix('e') {
            Some(stem) => format!("{stem}ième"),
            None => format!("{w}ième"),
        },
    }
}

/// The feminine ordinal of `n` (1-99) used before "session": "soixante-cinquième";
/// the figures for other numbers.
pub fn ordinal(n: u32) -> String {
    if n == 1 {
        return "première".into();
    }
    if !(2..=99).contains(&n) {
        return n.to_string();
    }
    let els = elements(n);
    let mut out = String::new();
    for (i, e) in els.iter().enumerate() {
        let last = i + 1 == els.len();
        if i > 0 {
            out.push(if *e == "et" || els[i - 1] == "et" {
                ' '
            } else {
                '-'
            });
        }
        if last {
            out.push_str(&ordinal_of(e));
        } else {
            out.push_str(e);
        }
    }
    out
}

/// The key an ordinal is compared by when its spelling is not the standard one:
/// its elements without hyphens, spaces or "et" ("soixante-et-unième",
/// "soixante cinquième").
fn loose_key(s: &str) -> String {
    fold(s)
        .split(|c: char| c == '-' || c == '‑' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "et")
        .collect::<Vec<_>>()
        .join(" ")
}

fn tables() -> &'static (HashMap<String, u32>, HashMap<String, u32>) {
    static T: OnceLock<(HashMap<String, u32>, HashMap<String, u32>)> = OnceLock::new();
    T.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut loose = HashMap::new();
        for n in 1..=99 {
            let o = ordinal(n);
            loose.insert(loose_key(&o), n);
            exact.insert(o, n);
        }
        // "premier" (masculine) and the old "unième" alone are not sessions' forms,
        // but "1re" is: figures are read elsewhere.
        (exact, loose)
    })
}

/// Reads an ordinal written in words: (value, standard spelling). The first letter
/// may be a capital (a masthead's "Soixante-quatrième session").
pub fn parse_ordinal(s: &str) -> Option<(u32, bool)> {
    let (exact, loose) = tables();
    // No-break spaces inside "vingt et unième" are typography, not spelling.
    let f: String = fold(s)
        .chars()
        .map(|c| if crate::text::is_hspace(c) { ' ' } else { c })
        .collect();
    if let Some(&n) = exact.get(&f) {
        return Some((n, true));
    }
    loose.get(&loose_key(s)).map(|&n| (n, false))
}

/// Reads an ordinal in figures: "65e", "65ème", "65eme", "65è", "65ᵉ", "1re",
/// "1ère", "1er": the value.
pub fn parse_figures(s: &str) -> Option<u32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let suffix = fold(&s[digits..]);
    let ok = matches!(
        suffix.as_str(),
        "e" | "ème" | "eme" | "è" | "ᵉ" | "re" | "ère" | "er" | "ʳᵉ" | "ᵉʳ"
    );
    if !ok {
        return None;
    }
    s[..digits].parse().ok().filter(|n| (1..=99).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attested_forms() {
        assert_eq!(ordinal(1), "première");
        assert_eq!(ordinal(21), "vingt et unième");
        assert_eq!(ordinal(53), "cinquante-troisième");
        assert_eq!(ordinal(61), "soixante et unième");
        assert_eq!(ordinal(64), "soixante-quatrième");
        assert_eq!(ordinal(65), "soixante-cinquième");
        assert_eq!(ordinal(71), "soixante et onzième");
        assert_eq!(ordinal(77), "soixante-dix-septième");
        assert_eq!(ordinal(78), "soixante-dix-huitième");
        assert_eq!(ordinal(80), "quatre-vingtième");
        assert_eq!(ordinal(81), "quatre-vingt-unième");
        assert_eq!(ordinal(91), "quatre-vingt-onzième");
        assert_eq!(ordinal(99), "quatre-vingt-dix-neuvième");
        assert_eq!(ordinal(9), "neuvième");
        assert_eq!(ordinal(45), "quarante-cinquième");
    }

    #[test]
    fn round_trip_and_loose_forms() {
        for n in 1..=99 {
            assert_eq!(parse_ordinal(&ordinal(n)), Some((n, true)), "{n}");
        }
        assert_eq!(parse_ordinal("Soixante-quatrième"), Some((64, true)));
        assert_eq!(parse_ordinal("soixante-et-unième"), Some((61, false)));
        assert_eq!(parse_ordinal("soixante cinquième"), Some((65, false)));
        assert_eq!(parse_ordinal("sa"), None);
        assert_eq!(parse_ordinal("vingt\u{A0}et\u{A0}unième"), Some((21, true)));
        assert_eq!(parse_figures("65e"), Some(65));
        assert_eq!(parse_figures("1re"), Some(1));
        assert_eq!(parse_figures("65"), None);
        assert_eq!(parse_figures("650e"), None);
    }
}
