//! Findings' messages in six languages: every `msg!` in the sources has the arms en,
//! zh, fr, es, ru and ar, the new arms name the same placeholders as the English one
//! and use their language's quotation marks; reports in French and Arabic (and
//! Spanish and Russian) of the fixture drafts contain no English message.

use resolint::{check, compare, Options, UiLanguage};
use std::collections::BTreeSet;
use std::path::Path;

const LANGS: [&str; 6] = ["en", "zh", "fr", "es", "ru", "ar"];

/// One `msg!(ui, lang: "…", …)` call: where it is, and its arms in source order.
struct Call {
    at: String,
    arms: Vec<(String, String)>,
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The body of the string literal starting at `s[i]` (a `"`), and the index after it.
fn literal(s: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i + 1;
    let mut body = String::new();
    while j < s.len() {
        match s[j] {
            '\\' => {
                body.push(s[j]);
                body.push(*s.get(j + 1)?);
                j += 2;
            }
            '"' => return Some((body, j + 1)),
            c => {
                body.push(c);
                j += 1;
            }
        }
    }
    None
}

fn skip_space(s: &[char], mut i: usize) -> usize {
    while i < s.len() && s[i].is_whitespace() {
        i += 1;
    }
    i
}

/// The `msg!` calls of one source file; comment lines are left out.
fn calls(path: &str, src: &str) -> Vec<Call> {
    let code: String = src
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let s: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let needle: Vec<char> = "msg!(".chars().collect();
    let mut i = 0;
    while i + needle.len() <= s.len() {
        if s[i..i + needle.len()] != needle[..] {
            i += 1;
            continue;
        }
        let line = s[..i].iter().filter(|&&c| c == '\n').count() + 1;
        let at = format!("{path}:{line}");
        // The UI expression runs to the first comma outside brackets.
        let mut j = i + needle.len();
        let mut depth = 0usize;
        while j < s.len() {
            match s[j] {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth > 0 => depth -= 1,
                ',' if depth == 0 => break,
                ')' => break,
                _ => {}
            }
            j += 1;
        }
        let mut arms = Vec::new();
        loop {
            let mut k = skip_space(&s, j);
            if s.get(k) == Some(&',') {
                k = skip_space(&s, k + 1);
            }
            let start = k;
            while k < s.len() && (s[k].is_ascii_alphanumeric() || s[k] == '_') {
                k += 1;
            }
            let name: String = s[start..k].iter().collect();
            let k2 = skip_space(&s, k);
            if name.is_empty() || s.get(k2) != Some(&':') {
                j = k;
                break;
            }
            let k3 = skip_space(&s, k2 + 1);
            if s.get(k3) != Some(&'"') {
                panic!("{at}: the arm {name} is not a string literal");
            }
            let (body, after) =
                literal(&s, k3).unwrap_or_else(|| panic!("{at}: unterminated literal"));
            arms.push((name, body));
            j = after;
        }
        assert!(
            s.get(skip_space(&s, j)) == Some(&')'),
            "{at}: msg! call not understood"
        );
        out.push(Call { at, arms });
        i = j;
    }
    out
}

/// The names of the format placeholders of a message (`{x}`, `{x:?}`; not `{{`).
fn placeholders(t: &str) -> BTreeSet<String> {
    let c: Vec<char> = t.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] == '{' {
            if c.get(i + 1) == Some(&'{') {
                i += 2;
                continue;
            }
            let mut j = i + 1;
            while j < c.len() && c[j] != '}' && c[j] != ':' {
                j += 1;
            }
            out.insert(c[i + 1..j].iter().collect());
            i = j;
        } else if c[i] == '}' && c.get(i + 1) == Some(&'}') {
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// Every `msg!` call of the crate (src/i18n.rs, which defines the macro and tests its
/// fallback to English, aside).
fn all_calls() -> Vec<Call> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut out = Vec::new();
    for f in files {
        let path = f.to_string_lossy().replace('\\', "/");
        if path == "src/i18n.rs" {
            continue;
        }
        let src = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{path}: {e}"));
        out.extend(calls(&path, &src));
    }
    out
}

#[test]
fn every_message_has_six_arms_with_the_english_placeholders() {
    let calls = all_calls();
    assert!(
        calls.len() >= 150,
        "only {} msg! calls found: is the scanner broken?",
        calls.len()
    );
    let mut problems = Vec::new();
    for c in &calls {
        let names: Vec<&str> = c.arms.iter().map(|(l, _)| l.as_str()).collect();
        if names != LANGS {
            problems.push(format!(
                "{}: arms {names:?}, expected {LANGS:?} in that order",
                c.at
            ));
            continue;
        }
        let en = placeholders(&c.arms[0].1);
        // The Chinese arms predate the others and may name Chinese forms of a value
        // ({why_zh}); the new arms use exactly the English arm's values.
        for (lang, text) in &c.arms[2..] {
            let own = placeholders(text);
            if own != en {
                problems.push(format!(
                    "{}: {lang} placeholders {own:?} differ from en {en:?}",
                    c.at
                ));
            }
        }
        for (lang, text) in &c.arms[2..] {
            let bad = match lang.as_str() {
                "fr" => {
                    text.contains(['“', '”'])
                        || text.contains("« ")
                        || text.contains(" »")
                        || (text.contains('«') && !text.contains("«\u{a0}"))
                }
                "ru" => text.contains(['“', '”']) || text.contains("« ") || text.contains(" »"),
                _ => text.contains(['«', '»']),
            };
            if bad {
                problems.push(format!(
                    "{}: {lang} arm does not use its language's quotation marks: {text}",
                    c.at
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scanner_sees_a_missing_arm_and_a_wrong_placeholder() {
    let src = r#"
        let a = msg!(cx.ui, en: "x {n}", zh: "x{n}", fr: "x {n}", es: "x {n}", ru: "x {n}", ar: "x {n}");
        // msg!(cx.ui, en: "in a comment")
        let b = msg!(cx.ui,
            en: "y {n} {{z}}",
            zh: "y",
            fr: "y {m}");
    "#;
    let c = calls("t.rs", src);
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].arms.len(), 6);
    assert_eq!(c[1].at, "t.rs:4");
    assert_eq!(c[1].arms.len(), 3);
    assert_eq!(
        placeholders(&c[1].arms[0].1),
        BTreeSet::from(["n".to_string()])
    );
    assert_ne!(placeholders(&c[1].arms[2].1), placeholders(&c[1].arms[0].1));
}

fn fixture_texts(dir: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    txt_files(Path::new(dir), &mut files);
    files
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.to_string_lossy().into_owned(), t)
        })
        .collect()
}

fn txt_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    out.extend(entries);
}

fn opts(ui: UiLanguage) -> Options {
    Options {
        ui_language: ui,
        ..Options::default()
    }
}

/// Checks each fixture draft with English messages and with messages in `ui`: the
/// findings are the same, and none of their messages or fix labels is the English
/// one. Returns how many findings were compared.
fn no_english_in(ui: UiLanguage, dir: &str) -> usize {
    let mut compared = 0;
    let mut problems = Vec::new();
    for (path, text) in fixture_texts(dir) {
        let en = check(&text, &opts(UiLanguage::En));
        let other = check(&text, &opts(ui));
        assert_eq!(
            en.diagnostics.len(),
            other.diagnostics.len(),
            "{path}: the UI language changed the findings"
        );
        for (e, o) in en.diagnostics.iter().zip(&other.diagnostics) {
            assert_eq!((e.rule, e.start, e.end), (o.rule, o.start, o.end), "{path}");
            compared += 1;
            if e.message == o.message {
                problems.push(format!(
                    "{path}: {} message in English: {}",
                    e.rule, o.message
                ));
            }
            if let (Some(fe), Some(fo)) = (&e.fix, &o.fix) {
                if fe.label == fo.label {
                    problems.push(format!(
                        "{path}: {} fix label in English: {}",
                        e.rule, fo.label
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{ui:?}:\n{}", problems.join("\n"));
    compared
}

#[test]
fn french_and_arabic_reports_of_english_drafts_have_no_english_message() {
    for ui in [UiLanguage::Fr, UiLanguage::Ar] {
        let n = no_english_in(ui, "tests/fixtures/en");
        assert!(n >= 30, "{ui:?}: only {n} findings compared");
    }
}

#[test]
fn spanish_and_russian_reports_have_no_english_message() {
    for ui in [UiLanguage::Es, UiLanguage::Ru] {
        let n = no_english_in(ui, "tests/fixtures/en") + no_english_in(ui, "tests/fixtures/zh");
        assert!(n >= 30, "{ui:?}: only {n} findings compared");
    }
}

#[test]
fn reports_of_chinese_drafts_have_no_english_message() {
    for ui in [UiLanguage::Fr, UiLanguage::Ar] {
        let n = no_english_in(ui, "tests/fixtures/zh");
        assert!(n >= 10, "{ui:?}: only {n} findings compared");
    }
}

#[test]
fn comparison_messages_follow_the_report_language() {
    let dir = "tests/fixtures/parallel";
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).unwrap_or_default();
    let pairs = [
        ("figures.zh.txt", "figures_changed_figure.zh.txt"),
        ("seed_dropped_operative.zh.txt", "seed_changed_date.zh.txt"),
        ("seed_swapped_session.zh.txt", "seed_changed_number.zh.txt"),
        (
            "seed_dropped_preambular.zh.txt",
            "seed_masthead_session.zh.txt",
        ),
    ];
    let mut compared = 0;
    for (a, b) in pairs {
        let (ta, tb) = (read(a), read(b));
        assert!(!ta.is_empty() && !tb.is_empty(), "{a} / {b} missing");
        let en = compare(&ta, &tb, &opts(UiLanguage::En));
        for ui in [
            UiLanguage::Fr,
            UiLanguage::Es,
            UiLanguage::Ru,
            UiLanguage::Ar,
        ] {
            let other = compare(&ta, &tb, &opts(ui));
            assert_eq!(en.diagnostics.len(), other.diagnostics.len(), "{a} / {b}");
            for (e, o) in en.diagnostics.iter().zip(&other.diagnostics) {
                compared += 1;
                assert_ne!(e.message, o.message, "{a} / {b} ({ui:?}): English message");
            }
        }
    }
    assert!(
        compared >= 8,
        "only {compared} comparison findings compared"
    );
}
