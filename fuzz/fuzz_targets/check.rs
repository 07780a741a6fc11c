//! Fuzz target over `resolint::check` and `resolint::apply_fixes`.
//!
//! The input is the text to check (invalid UTF-8 is replaced, so the fixtures and the
//! corpus make a natural seed corpus). An optional tail after a 0xFF byte (never in
//! valid UTF-8) describes arbitrary fixes; without one, fixes are read from the text's
//! own bytes. Options (language, body, session) are chosen from the input's length.
//!
//! Checked on every input, besides "no panic": spans inside the text and off surrogate
//! pairs, line/column consistent with the offsets, determinism, and that applying the
//! report's fixes and arbitrary fixes gives text that can be checked again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolint::{apply_fixes, check, Body, Fix, Language, Options};

fn options_for(n: usize) -> Options {
    let mut o = Options::default();
    o.language = match n % 7 {
        0 => None,
        k => Some(Language::ALL[k - 1]),
    };
    o.body = [
        None,
        Some(Body::Ga),
        Some(Body::Sc),
        Some(Body::Ecosoc),
        Some(Body::Hrc),
    ][(n / 7) % 5];
    if (n / 35) % 2 == 1 {
        o.session = Some(1 + (n % 200) as u32);
    }
    o
}

/// Line and column (1-based, columns in scalar values; LF, CRLF and lone CR end a line)
/// of a UTF-16 offset, computed independently of the crate.
fn line_col(text: &str, off16: usize) -> (usize, usize) {
    let mut u = 0;
    let mut byte = text.len();
    for (i, c) in text.char_indices() {
        if u >= off16 {
            byte = i;
            break;
        }
        u += c.len_utf16();
    }
    let prefix = &text[..byte];
    let full = text.as_bytes();
    let mut line = 1;
    let mut last_break = 0;
    for (i, b) in prefix.bytes().enumerate() {
        if b == b'\n' || (b == b'\r' && full.get(i + 1) != Some(&b'\n')) {
            line += 1;
            last_break = i + 1;
        }
    }
    let tail = &prefix[last_break..];
    let col = 1 + tail.chars().count() - usize::from(tail.ends_with('\r'));
    (line, col)
}

fn check_report(text: &str, opts: &Options) -> Vec<Fix> {
    let r = check(text, opts);
    let units: Vec<u16> = text.encode_utf16().collect();
    let n = units.len();
    let splits = |o: usize| o > 0 && o < n && (0xDC00..0xE000).contains(&units[o]);
    let mut fixes = Vec::new();
    for d in &r.diagnostics {
        assert!(d.start <= d.end && d.end <= n, "span out of range: {d:?}");
        assert!(
            !splits(d.start) && !splits(d.end),
            "span splits a surrogate pair: {d:?}"
        );
        if text.len() <= 4096 {
            assert_eq!(
                (d.line, d.column),
                line_col(text, d.start),
                "start line/column: {d:?}"
            );
            assert_eq!(
                (d.end_line, d.end_column),
                line_col(text, d.end),
                "end line/column: {d:?}"
            );
        }
        if let Some(f) = &d.fix {
            assert!(f.start <= f.end && f.end <= n, "fix out of range: {f:?}");
            assert!(
                !splits(f.start) && !splits(f.end),
                "fix splits a surrogate pair: {f:?}"
            );
            fixes.push(f.clone());
        }
    }
    assert_eq!(r, check(text, opts), "not deterministic");
    fixes
}

fuzz_target!(|data: &[u8]| {
    let (head, tail) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let text = String::from_utf8_lossy(head);
    let opts = options_for(data.len());

    // The report's own fixes.
    let fixes = check_report(&text, &opts);
    let fixed = apply_fixes(&text, &fixes);
    let _ = check(&fixed, &opts);

    // Arbitrary fixes: 5 bytes each (start, length, and a slice of the text as replacement).
    let spec = tail.unwrap_or(head);
    let len16 = text.encode_utf16().count();
    let arbitrary: Vec<Fix> = spec
        .chunks_exact(5)
        .take(64)
        .map(|c| {
            let start = usize::from(u16::from_le_bytes([c[0], c[1]])) % (len16 + 8);
            let end = start + usize::from(c[2] % 16);
            let r0 = usize::from(c[3]).min(text.len());
            let r1 = (r0 + usize::from(c[4] % 8)).min(text.len());
            let replacement = text
                .get(r0..r1)
                .map(str::to_string)
                .unwrap_or_else(|| "\u{FFFD}".into());
            Fix {
                start: if c[4] & 0x80 != 0 { end } else { start },
                end: if c[4] & 0x80 != 0 { start } else { end },
                replacement,
                label: String::new(),
            }
        })
        .collect();
    let out = apply_fixes(&text, &arbitrary);
    let _ = check(&out, &opts);
});
