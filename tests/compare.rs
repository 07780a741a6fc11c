//! `resolint compare`: the parallel fixtures of `tests/fixtures/parallel/MANIFEST.tsv`
//! give exactly their expected findings; spans are valid in both texts; the CLI's
//! formats and exit codes.

use resolint::{compare, Category, Options};
use std::collections::BTreeSet;
use std::process::Command;

struct Row {
    a: String,
    b: String,
    expected: BTreeSet<String>,
}

fn manifest() -> Vec<Row> {
    let m = std::fs::read_to_string("tests/fixtures/parallel/MANIFEST.tsv").expect("MANIFEST.tsv");
    m.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 3, "bad manifest row: {l}");
            let expected = if cols[2].trim() == "-" {
                BTreeSet::new()
            } else {
                cols[2].split(',').map(|s| s.trim().to_string()).collect()
            };
            Row {
                a: format!("tests/{}", cols[0]),
                b: format!("tests/{}", cols[1]),
                expected,
            }
        })
        .collect()
}

fn read(p: &str) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// A UTF-16 span of `text` is inside it and does not split a surrogate pair.
fn valid_utf16(text: &str, start: usize, end: usize) -> bool {
    let units: Vec<u16> = text.encode_utf16().collect();
    let inside = start <= end && end <= units.len();
    let boundary = |i: usize| i == units.len() || !(0xDC00..0xE000).contains(&units[i]);
    inside && boundary(start) && boundary(end)
}

#[test]
fn parallel_fixtures_give_exactly_the_expected_findings() {
    let rows = manifest();
    assert!(rows.len() >= 10, "MANIFEST.tsv lists {} pairs", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let (a, b) = (read(&row.a), read(&row.b));
        let c = compare(&a, &b, &Options::default());
        let got: BTreeSet<String> = c
            .diagnostics
            .iter()
            .map(|d| format!("{}@{}:{}", d.rule, d.line, d.related.line))
            .collect();
        if got != row.expected || got.len() != c.diagnostics.len() {
            failures.push(format!(
                "{} vs {}: expected {:?}, got {:?}",
                row.a,
                row.b,
                row.expected,
                c.diagnostics
                    .iter()
                    .map(|d| format!("{}@{}:{} {}", d.rule, d.line, d.related.line, d.message))
                    .collect::<Vec<_>>()
            ));
        }
        for d in &c.diagnostics {
            assert_eq!(d.category, Category::Consistency);
            assert!(d.fix.is_none());
            assert!(valid_utf16(&a, d.start, d.end), "{}: bad span in A", row.a);
            assert!(
                valid_utf16(&b, d.related.start, d.related.end),
                "{}: bad related span in B",
                row.b
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_in_chinese() {
    let a = read("tests/fixtures/en/seed_draft.txt");
    let b = read("tests/fixtures/parallel/seed_changed_number.zh.txt");
    let opts = Options {
        ui_language: resolint::UiLanguage::Zh,
        ..Options::default()
    };
    let c = compare(&a, &b, &opts);
    assert_eq!(c.diagnostics.len(), 1);
    assert!(c.diagnostics[0].message.contains("决议或决定编号不一致"));
    let d = &c.diagnostics[0];
    let utf16: Vec<u16> = a.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&utf16[d.start..d.end]), "59/50");
    let utf16b: Vec<u16> = b.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&utf16b[d.related.start..d.related.end]),
        "59/55"
    );
}

#[test]
fn truncated_and_shuffled_versions_never_panic() {
    let rows = manifest();
    for row in rows.iter().take(4) {
        let (a, b) = (read(&row.a), read(&row.b));
        let cuts: Vec<usize> = b.char_indices().map(|(i, _)| i).step_by(97).collect();
        for &cut in &cuts {
            let c = compare(&a, &b[..cut], &Options::default());
            for d in &c.diagnostics {
                assert!(valid_utf16(&a, d.start, d.end));
                assert!(valid_utf16(&b[..cut], d.related.start, d.related.end));
            }
            let _ = compare(&b[cut..], &a, &Options::default());
        }
        // Paragraphs in reverse order.
        let mut rev: Vec<&str> = b.split("\n\n").collect();
        rev.reverse();
        let _ = compare(&a, &rev.join("\n\n"), &Options::default());
    }
}

#[test]
fn long_versions_align_in_near_linear_time() {
    // 900 operative paragraphs against 899 (one dropped in the middle; the model reads
    // paragraph numbers up to 999).
    let mut a = String::from("The General Assembly,\n\n");
    let mut b = String::from("大会，\n\n");
    let n = 900;
    for i in 1..=n {
        a.push_str(&format!(
            "{i}. Requests the Secretary-General to report on item {} by {} December 2010;\n\n",
            i * 7,
            1 + i % 28
        ));
        if i != 400 {
            let j = if i > 400 { i - 1 } else { i };
            b.push_str(&format!(
                "{j}. 请秘书长在2010年12月{}日前就项目{}提出报告；\n\n",
                1 + i % 28,
                i * 7
            ));
        }
    }
    let t = std::time::Instant::now();
    let c = compare(&a, &b, &Options::default());
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
    let rules: Vec<&str> = c.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, vec!["paragraph-count"], "{:?}", c.diagnostics);
}

fn resolint(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_resolint"))
        .args(args)
        .output()
        .expect("run resolint")
}

#[test]
fn cli_compare_formats_and_exit_codes() {
    let seed_en = "tests/fixtures/en/seed_draft.txt";
    let clean = resolint(&["compare", seed_en, "tests/fixtures/zh/seed_draft_clean.txt"]);
    assert_eq!(clean.status.code(), Some(0));

    let bad = "tests/fixtures/parallel/seed_changed_number.zh.txt";
    let out = resolint(&["compare", "--color", "never", seed_en, bad]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("error[citation-mismatch]"), "{text}");
    assert!(text.contains(&format!("{seed_en}:9:26")), "{text}");
    assert!(text.contains(&format!("{bad}:7:15")), "{text}");

    let out = resolint(&[
        "compare",
        "--format",
        "json",
        "--ui-lang",
        "zh",
        seed_en,
        bad,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["a"]["path"], seed_en);
    assert_eq!(v["a"]["language"], "en");
    assert_eq!(v["b"]["language"], "zh");
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "citation-mismatch");
    assert_eq!(d["category"], "consistency");
    assert!(d["fix"].is_null());
    for k in ["start", "end", "line", "column", "end_line", "end_column"] {
        assert!(d[k].is_u64(), "{k}");
        assert!(d["related"][k].is_u64(), "related {k}");
    }

    assert_eq!(resolint(&["compare", seed_en]).status.code(), Some(2));
    assert_eq!(
        resolint(&["compare", seed_en, "tests/no/such/file.txt"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        resolint(&["compare", "--format", "sarif", seed_en, bad])
            .status
            .code(),
        Some(2)
    );
    let out = resolint(&["explain", "citation-mismatch"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Why:"));
}

#[test]
fn very_different_lengths_stay_fast() {
    let mut a = String::from("The General Assembly,\n\n");
    for i in 0..2000 {
        a.push_str(&format!("Recalling its resolution 59/{i},\n\n"));
    }
    a.push_str("1. Decides to remain seized of the matter.\n");
    let b = "大会，\n\n回顾其第59/1号决议，\n\n1. 决定继续处理此案。\n";
    for (x, y) in [(a.as_str(), b), (b, a.as_str())] {
        let t = std::time::Instant::now();
        let c = compare(x, y, &Options::default());
        assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
        let dropped = c
            .diagnostics
            .iter()
            .filter(|d| d.rule == "paragraph-count")
            .count();
        assert!(dropped >= 1999, "{dropped}");
    }
}

#[test]
fn readme_lists_every_consistency_rule() {
    let readme = read("README.md");
    for r in resolint::compare::RULES {
        let row = format!("| `{}` | {} | {} |", r.id, r.severity, r.summary);
        assert!(readme.contains(&row), "README lacks the row: {row}");
    }
}

#[test]
fn random_token_soup_never_panics_and_spans_stay_valid() {
    const TOKENS: &[&str] = &[
        "The General Assembly,",
        "大会，",
        "\n\n",
        "\n",
        "\r",
        "1. ",
        "2. ",
        "12. ",
        "(a) ",
        "(ii) ",
        "Recalling also ",
        "又回顾",
        "Requests ",
        "请",
        "resolution 59/50",
        "第59/50号决议",
        " of 2 December 2004",
        "2004年12月2日",
        "至13日",
        "from 2 to ",
        "13 July 1979",
        "sixty-fifth session",
        "第六十六届会议",
        "paragraph 5 above",
        "第5段",
        "45 per cent",
        "45%",
        "1,500",
        "2.5 million",
        "200万",
        "三",
        "twenty-first",
        "一九九九",
        "A/64/L.12",
        "S/RES/1263 (1999)",
        "1631 (2005)",
        "第1631(2005)号",
        "，",
        "；",
        "。",
        ";",
        ".",
        ",",
        "😀",
        "\u{202E}",
        "\u{A0}",
        "０１２",
        "十万亿",
        "亿亿",
        "  ",
        "paragraphs 3, 4 and",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..600 {
        let mut x = String::new();
        let mut y = String::new();
        for _ in 0..(next() % 60) {
            x.push_str(TOKENS[(next() % TOKENS.len() as u64) as usize]);
        }
        for _ in 0..(next() % 60) {
            y.push_str(TOKENS[(next() % TOKENS.len() as u64) as usize]);
        }
        let c = compare(&x, &y, &Options::default());
        for d in &c.diagnostics {
            assert!(valid_utf16(&x, d.start, d.end), "A span in {x:?}");
            assert!(
                valid_utf16(&y, d.related.start, d.related.end),
                "B span in {y:?}"
            );
        }
        assert_eq!(c, compare(&x, &y, &Options::default()), "not deterministic");
    }
}

#[test]
fn arabic_letters_label_the_same_sub_paragraphs() {
    let es = "La Asamblea General,\n\n1. Insta a todos los Estados a que adopten medidas:\n\na) Para prevenir la violencia;\n\nb) Para proteger a las víctimas;\n\n2. Decide seguir examinando la cuestión.\n";
    let ar = "إن الجمعية العامة،\n\n1 - تحث جميع الدول على اتخاذ تدابير:\n\n(أ) لمنع العنف؛\n\n(ب) لحماية الضحايا؛\n\n2 - تقرر مواصلة النظر في المسألة.\n";
    let r = compare(es, ar, &Options::default());
    assert!(
        !r.diagnostics.iter().any(|d| d.rule == "numbering-mismatch"),
        "{:?}",
        r.diagnostics
    );
    let ar_wrong = ar.replace("(ب)", "(ج)");
    let r = compare(es, &ar_wrong, &Options::default());
    assert!(r.diagnostics.iter().any(|d| d.rule == "numbering-mismatch"));
}
