//! Property tests without extra crates: random and mutated inputs never panic, and
//! every reported span is within the text, on character boundaries, and consistent
//! with its line and column.

use resolint::{check, Options};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "The General Assembly,",
    "大会，",
    "Recalling ",
    "Requests ",
    "1. ",
    "2. ",
    "12. ",
    "(a) ",
    "(ii) ",
    "（a）",
    "resolution 59/50 of 2 December 2004",
    "第 59/50 号决议",
    "1631 (2005)",
    "1631(2005)",
    "第1631（2005）号决议",
    "A/64/L.12",
    "A/RES/64",
    "S/RES/1631 (2005)",
    "A/C.9/64/L.1",
    "2004 年 12 月 2 日",
    "2009年2月30日",
    "一九七三年十月二十二日",
    "sixty-fifth session",
    "65th session",
    "第六十五届会议",
    "第65届会议",
    "provisional agenda of its sixty-fifth session the item entitled “X”",
    "题为“合作”的项目列入大会第六十五届会议临时议程",
    "，",
    "；",
    "。",
    "：",
    ",",
    ";",
    ".",
    ":",
    "“",
    "”",
    "《",
    "》",
    "(",
    ")",
    "（",
    "）",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "\u{200B}",
    "\u{202E}",
    "\u{FEFF}",
    "\0",
    "😀",
    "🇺🇳",
    "مرحبا",
    "إن الجمعية العامة،",
    "Генеральная Ассамблея,",
    "#",
    "## ",
    "*",
    "其它",
    " and ",
    "December 2, 2004",
    "31 June 2009",
    "Annex",
    "附件",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(60);
    let mut s = String::new();
    for _ in 0..n {
        if rng.below(5) == 0 {
            // A random scalar value, any plane.
            let c = loop {
                if let Some(c) = char::from_u32((rng.next() % 0x11_0000) as u32) {
                    break c;
                }
            };
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

fn assert_sound(text: &str) {
    let opts = Options::default();
    let r1 = check(text, &opts);
    let r2 = check(text, &opts);
    assert_eq!(r1, r2, "not deterministic on {text:?}");
    let units: Vec<u16> = text.encode_utf16().collect();
    let len16 = units.len();
    // Line starts, in UTF-16 units, to compare with line/column.
    for d in &r1.diagnostics {
        assert!(d.start <= d.end && d.end <= len16, "{d:?} on {text:?}");
        for o in [d.start, d.end] {
            if o > 0 && o < len16 {
                let is_low = (0xDC00..0xE000).contains(&units[o]);
                assert!(!is_low, "span splits a surrogate pair: {d:?} on {text:?}");
            }
        }
        assert!(d.line >= 1 && d.column >= 1 && d.end_line >= d.line);
        if let Some(f) = &d.fix {
            assert!(f.start <= f.end && f.end <= len16, "{f:?} on {text:?}");
        }
    }
    // Applying every fix gives a valid string and does not panic.
    let fixes: Vec<_> = r1
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.clone())
        .collect();
    let fixed = resolint::apply_fixes(text, &fixes);
    let _ = check(&fixed, &opts);
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let t = random_text(&mut rng);
        assert_sound(&t);
    }
}

fn fixtures() -> Vec<String> {
    let mut out = Vec::new();
    for dir in [
        "tests/fixtures/en",
        "tests/fixtures/zh",
        "tests/corpus/en",
        "tests/corpus/zh",
    ] {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
    out
}

#[test]
fn mutated_fixtures_never_panic() {
    let texts = fixtures();
    assert!(!texts.is_empty(), "no fixtures found");
    let mut rng = Rng(42);
    for t in &texts {
        assert_sound(t);
        let chars: Vec<char> = t.chars().collect();
        for _ in 0..6 {
            // Cut, duplicate or splice at random character positions.
            let a = rng.below(chars.len() + 1);
            let b = rng.below(chars.len() + 1);
            let (a, b) = (a.min(b), a.max(b));
            let mut m: String = chars[..a].iter().collect();
            match rng.below(3) {
                0 => {}
                1 => m.push_str(PIECES[rng.below(PIECES.len())]),
                _ => m.extend(chars[a..b].iter()),
            }
            m.extend(chars[b..].iter());
            assert_sound(&m);
        }
    }
}

#[test]
fn offsets_land_on_the_flagged_words() {
    // Chinese, Arabic and emoji before the flagged text shift UTF-16 offsets.
    let text = "😀 مرحبا 大会\n\nThe General Assembly,\n\nRecalling its resolution,\n\n1. Request the Secretary-General to report.\n";
    let r = check(text, &Options::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "operative-verb")
        .expect("finding");
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&units[d.start..d.end]), "Request");
    assert_eq!((d.line, d.column), (7, 4));
}
