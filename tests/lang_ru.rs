//! Russian: the ordinals table of the conventions, language detection on the Russian
//! fixtures, the model's reading of the seed's draft, and findings whose UTF-16
//! offsets land on the right words.

use resolint::lang::ru::{ordinal_in, parse_ordinal, Case};
use resolint::{check, Language, Options, Report};

fn read(name: &str) -> String {
    let path = format!("tests/fixtures/ru/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between UTF-16 offsets `start..end`.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start..end])
}

#[test]
fn ordinals_table_of_the_conventions() {
    let table = read("ordinals.tsv");
    let mut rows = 0;
    for line in table.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 3, "{line}");
        let n: u32 = cells[0].parse().expect("number");
        assert_eq!(ordinal_in(n, Case::Nominative), cells[1], "{n}");
        assert_eq!(ordinal_in(n, Case::Genitive), cells[2], "{n}");
        assert_eq!(parse_ordinal(cells[1]), Some((n, Case::Nominative)), "{n}");
        assert_eq!(parse_ordinal(cells[2]), Some((n, Case::Genitive)), "{n}");
        // Accusative, the third case the ordinals file describes.
        let acc = ordinal_in(n, Case::Accusative);
        assert_eq!(parse_ordinal(&acc), Some((n, Case::Accusative)), "{acc}");
        rows += 1;
    }
    assert_eq!(rows, 99);
}

#[test]
fn masthead_gives_the_session_in_every_ordinal() {
    for n in 1..=99 {
        let head = ordinal_in(n, Case::Nominative);
        let mut cap = head.chars();
        let head: String = cap
            .next()
            .map(|c| c.to_uppercase().chain(cap).collect())
            .unwrap_or_default();
        let text = format!("{head} сессия\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/50,\n\n1. просит Генерального секретаря представить доклад.\n");
        let r = check(&text, &Options::default());
        assert_eq!(r.session, Some(n), "{head}");
    }
}

#[test]
fn every_russian_fixture_is_detected_as_russian() {
    let mut n = 0;
    for entry in std::fs::read_dir("tests/fixtures/ru").expect("dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("read");
            let r = check(&text, &Options::default());
            assert_eq!(r.language, Language::Ru, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 10);
}

#[test]
fn the_seed_draft_is_read_completely() {
    let r = check(&read("seed_draft.txt"), &Options::default());
    assert_eq!(r.session, Some(64));
    assert_eq!(r.outline.preambular, 5);
    assert_eq!(r.outline.operative, 5);
    let f = r.outline.follow_up.as_ref().expect("agenda clause");
    assert_eq!(f.session, 65);
    assert_eq!(
        f.title.as_deref(),
        Some("Сотрудничество между Организацией Объединенных Наций и Организацией Договора о коллективной безопасности")
    );
    assert_eq!(r.outline.report_session, Some(65));
    let cited: Vec<&str> = r
        .outline
        .citations
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert!(cited.iter().any(|c| c.contains("59/50")), "{cited:?}");
    assert!(cited.iter().any(|c| c.contains("1631 (2005)")), "{cited:?}");
    assert!(r.outline.dates >= 4);
}

#[test]
fn the_security_council_draft_is_a_council_text() {
    let r = check(&read("clean_sc_remain_seized.txt"), &Options::default());
    assert_eq!(r.body, resolint::Body::Sc);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.severity < resolint::Severity::Warning));
}

/// The finding of `rule` in `report`, and the text its UTF-16 offsets cover.
fn covered(report: &Report, text: &str, rule: &str) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| utf16_slice(text, d.start, d.end))
        .collect()
}

#[test]
fn offsets_land_on_the_words() {
    let cases: &[(&str, &str, &str)] = &[
        ("bad_opener_case.txt", "preambular-opener", "Ссылаясь"),
        (
            "bad_preambular_opener.txt",
            "preambular-opener",
            "приветствует",
        ),
        ("bad_operative_verb.txt", "operative-verb", "отмечая"),
        ("bad_repeated_opener.txt", "repeated-opener", "ссылаясь"),
        ("bad_agreement.txt", "opener-agreement", "убежден"),
        ("bad_sc_agreement.txt", "opener-agreement", "обеспокоена"),
        (
            "bad_opening_line.txt",
            "opening-line",
            "Генеральная ассамблея",
        ),
        ("bad_date_invalid.txt", "date-invalid", "31 июня 1994 года"),
        (
            "bad_sc_citation_year.txt",
            "sc-citation-year",
            "17 октября 2006 года",
        ),
        ("bad_citation_form.txt", "citation-form", "1631(2005)"),
        (
            "bad_follow_up_session.txt",
            "follow-up-session",
            "шестьдесят четвертой сессии",
        ),
        (
            "bad_follow_up_report_session.txt",
            "follow-up-report-session",
            "шестьдесят шестой сессии",
        ),
        ("bad_session_ordinal.txt", "session-ordinal", "65-й"),
        ("bad_stray_space.txt", "stray-space", " "),
        ("bad_double_space.txt", "double-space", "  "),
    ];
    for (file, rule, want) in cases {
        let text = read(file);
        let r = check(&text, &Options::default());
        let got = covered(&r, &text, rule);
        assert_eq!(got, vec![want.to_string()], "{file}");
    }
}

#[test]
fn fixes_give_the_clean_text() {
    // Each planted defect's fix restores the clean draft exactly.
    let clean = read("seed_draft.txt");
    for file in [
        "bad_opener_case.txt",
        "bad_preambular_opener.txt",
        "bad_operative_verb.txt",
        "bad_opening_line.txt",
        "bad_citation_form.txt",
        "bad_session_ordinal.txt",
        "bad_double_space.txt",
        "bad_stray_space.txt",
        "bad_preamble_punctuation.txt",
        "bad_operative_punctuation.txt",
        "bad_quotes.txt",
        "bad_follow_up_report_session.txt",
    ] {
        let text = read(file);
        let r = check(&text, &Options::default());
        let edits: Vec<resolint::Fix> =
            r.diagnostics.iter().filter_map(|d| d.fix.clone()).collect();
        assert!(!edits.is_empty(), "{file}");
        let fixed = resolint::apply_fixes(&text, &edits);
        assert_eq!(fixed, clean, "{file}");
    }
}

#[test]
fn the_adopted_layout_is_recognised() {
    let r = check(&read("clean_adopted_layout.txt"), &Options::default());
    assert!(r.outline.adopted);
    assert_eq!(r.session, Some(59));
    assert!(r.outline.document_date.is_some());
    // No agenda clause in an adopted text is at most information.
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.severity < resolint::Severity::Warning));
}

#[test]
fn openers_mean_the_same_as_in_english() {
    use resolint::model::Document;
    let en_text = std::fs::read_to_string("tests/fixtures/en/seed_draft.txt").expect("en");
    let ru_text = read("seed_draft.txt");
    let opts = Options::default();
    let (en, ru) = (
        Document::parse(&en_text, &opts),
        Document::parse(&ru_text, &opts),
    );
    let (de, dr) = (&en.drafts[0], &ru.drafts[0]);
    let pairs = de
        .preamble
        .iter()
        .zip(dr.preamble.iter())
        .chain(de.operative.iter().zip(dr.operative.iter()));
    let mut n = 0;
    for (pe, pr) in pairs {
        let me =
            resolint::lang::opener_meanings(Language::En, &pe.opener.as_ref().expect("en").lemma);
        let mr =
            resolint::lang::opener_meanings(Language::Ru, &pr.opener.as_ref().expect("ru").lemma);
        assert!(me.iter().any(|m| mr.contains(m)), "{me:?} / {mr:?}");
        n += 1;
    }
    assert_eq!(n, 10);
}

#[test]
fn language_versions_are_compared() {
    let en = std::fs::read_to_string("tests/fixtures/en/seed_draft.txt").expect("en");
    let ru = read("seed_draft.txt");
    let c = resolint::compare(&en, &ru, &Options::default());
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    let changed = ru.replace(
        "своей шестьдесят пятой сессии пункт",
        "своей шестьдесят шестой сессии пункт",
    );
    let c = resolint::compare(&en, &changed, &Options::default());
    let rules: Vec<&str> = c.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, ["session-mismatch"]);
    let d = &c.diagnostics[0];
    assert_eq!(utf16_slice(&en, d.start, d.end), "sixty-fifth session");
    assert_eq!(
        utf16_slice(&changed, d.related.start, d.related.end),
        "шестьдесят шестой сессии"
    );
}

#[test]
fn truncated_russian_text_never_panics_and_spans_stay_valid() {
    let text = read("seed_draft.txt");
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(97).collect();
    for cut in cuts {
        for piece in [&text[..cut], &text[cut..]] {
            let r = check(piece, &Options::default());
            let units = piece.encode_utf16().count();
            for d in &r.diagnostics {
                assert!(d.start <= d.end && d.end <= units, "{}", d.rule);
            }
        }
    }
}
