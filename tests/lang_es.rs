//! Spanish: the ordinals table of the conventions, session mentions, language
//! detection on the fixtures, and findings' UTF-16 offsets on Spanish text.

use resolint::lang::es;
use resolint::model::{Document, OrdinalForm, SessionKind};
use resolint::{check, Language, Options};

fn read(name: &str) -> String {
    let path = format!("tests/fixtures/es/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn ordinals_table_generated_and_parsed() {
    let table = read("ordinals.tsv");
    let mut rows = 0;
    for line in table.lines().skip(1) {
        let mut cells = line.split('\t');
        let (Some(n), Some(word)) = (cells.next(), cells.next()) else {
            panic!("bad row {line:?}");
        };
        let n: u32 = n
            .parse()
            .unwrap_or_else(|_| panic!("bad number in {line:?}"));
        assert_eq!(es::ordinal(n), word, "ordinal({n})");
        assert_eq!(es::parse_ordinal(word), Some((n, true)), "{word}");
        // In running text and as a heading.
        for text in [
            format!("Solicita al Secretario General que le presente, en su {word} período de sesiones, un informe."),
            format!("{} período de sesiones", upper_first(word)),
        ] {
            let doc = Document::parse(&text, &Options { language: Some(Language::Es), ..Options::default() });
            let r = doc.sessions.first().unwrap_or_else(|| panic!("no session in {text}"));
            assert_eq!((r.value, r.form, r.kind), (n, OrdinalForm::Words, SessionKind::Regular), "{text}");
        }
        rows += 1;
    }
    assert_eq!(rows, 99);
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn masthead_gives_the_current_session() {
    let text = read("seed_draft.txt");
    let doc = Document::parse(&text, &Options::default());
    assert_eq!(doc.language, Language::Es);
    assert_eq!(doc.session, Some(64));
    let d = &doc.drafts[0];
    assert_eq!(d.follow_ups.len(), 1);
    assert_eq!(d.follow_ups[0].session, 65);
    assert_eq!(d.reports.len(), 1);
    assert_eq!(d.reports[0].session, 65);
    let title = d.follow_ups[0].title.map(|t| &text[t.start..t.end]);
    assert_eq!(
        title,
        Some("Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva")
    );
}

#[test]
fn clean_seed_draft_has_no_error() {
    let text = read("seed_draft.txt");
    let report = check(&text, &Options::default());
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity >= resolint::Severity::Error)
        .map(|d| format!("{}:{} {}", d.line, d.rule, d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The text between UTF-16 offsets.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())])
}

#[test]
fn detection_picks_spanish_for_every_fixture() {
    let dir = std::fs::read_dir("tests/fixtures/es").expect("tests/fixtures/es");
    let mut n = 0;
    for e in dir.flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).expect("fixture");
            let report = check(&text, &Options::default());
            assert_eq!(report.language, Language::Es, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 11, "{n} fixtures");
}

#[test]
fn utf16_offsets_land_on_the_words() {
    let cases: &[(&str, &str, &str)] = &[
        ("bad_opener_agreement.txt", "opener-agreement", "Convencido"),
        ("bad_preamble_verb.txt", "preambular-opener", "Destaca"),
        ("bad_operative_gerund.txt", "operative-verb", "Observando"),
        ("bad_operative_misspelled.txt", "operative-verb", "Imvita"),
        ("bad_repeated_opener.txt", "repeated-opener", "Recordando"),
        ("bad_date_form.txt", "date-form", "02 de diciembre de 2004"),
        (
            "bad_date_invalid.txt",
            "date-invalid",
            "31 de septiembre de 2005",
        ),
        ("bad_sc_citation_year.txt", "sc-citation-year", "2015"),
        ("bad_session_ordinal.txt", "session-ordinal", "65.º"),
        (
            "bad_follow_up_session.txt",
            "follow-up-session",
            "sexagésimo cuarto período de sesiones",
        ),
        (
            "bad_opening_no_article.txt",
            "opening-line",
            "Asamblea General",
        ),
        ("bad_subparagraph_labels.txt", "subparagraph-labels", "(a)"),
        ("bad_double_space_quotes.txt", "double-space", "  "),
        ("bad_citation_form.txt", "citation-form", " del"),
        ("bad_mixed_quotes.txt", "mixed-quotes", "\""),
        ("bad_date_missing_link.txt", "date-form", "9 diciembre 1994"),
        (
            "bad_date_after_document.txt",
            "date-after-document",
            "19 de octubre de 2009",
        ),
    ];
    for (file, rule, want) in cases {
        let text = read(file);
        let report = check(&text, &Options::default());
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == *rule)
            .unwrap_or_else(|| panic!("{file}: no {rule}"));
        assert_eq!(utf16_slice(&text, d.start, d.end), *want, "{file} {rule}");
    }
}

#[test]
fn fixes_give_the_spanish_forms() {
    let cases: &[(&str, &str, &str)] = &[
        ("bad_opener_agreement.txt", "opener-agreement", "Convencida"),
        ("bad_preamble_verb.txt", "preambular-opener", "Destacando"),
        ("bad_operative_gerund.txt", "operative-verb", "Observa"),
        ("bad_date_form.txt", "date-form", "2 de diciembre de 2004"),
        (
            "bad_session_ordinal.txt",
            "session-ordinal",
            "sexagésimo quinto",
        ),
        (
            "bad_follow_up_session.txt",
            "follow-up-session",
            "sexagésimo quinto período de sesiones",
        ),
        (
            "bad_opening_no_article.txt",
            "opening-line",
            "La Asamblea General",
        ),
    ];
    for (file, rule, want) in cases {
        let text = read(file);
        let report = check(&text, &Options::default());
        let fix = report
            .diagnostics
            .iter()
            .find(|d| d.rule == *rule)
            .and_then(|d| d.fix.as_ref())
            .unwrap_or_else(|| panic!("{file}: no fix from {rule}"));
        assert_eq!(fix.replacement, *want, "{file} {rule}");
    }
}

#[test]
fn adopted_layout_gives_adoption_date() {
    let text = read("clean_adopted_layout.txt");
    let doc = Document::parse(&text, &Options::default());
    assert!(doc.adopted);
    assert_eq!(doc.date.map(|d| d.iso()), Some("2010-03-02".to_string()));
    assert_eq!(doc.session, Some(64));
}

#[test]
fn fixing_one_planted_defect_gives_back_the_seed_draft() {
    let seed = read("seed_draft.txt");
    for (file, rule) in [
        ("bad_follow_up_missing.txt", "follow-up-missing"),
        ("bad_date_form.txt", "date-form"),
        ("bad_date_numeric.txt", "date-form"),
        ("bad_date_missing_link.txt", "date-form"),
        ("bad_citation_form.txt", "citation-form"),
        ("bad_operative_gerund.txt", "operative-verb"),
        ("bad_operative_misspelled.txt", "operative-verb"),
        ("bad_repeated_opener.txt", "repeated-opener"),
        ("bad_opening_no_article.txt", "opening-line"),
        ("bad_session_ordinal.txt", "session-ordinal"),
        ("bad_follow_up_session.txt", "follow-up-session"),
        ("bad_preamble_semicolon.txt", "preamble-punctuation"),
        ("bad_operative_punctuation.txt", "operative-punctuation"),
        ("bad_sc_citation_year.txt", "sc-citation-year"),
    ] {
        let text = read(file);
        let report = check(&text, &Options::default());
        let fixes: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == rule)
            .filter_map(|d| d.fix.clone())
            .collect();
        assert!(!fixes.is_empty(), "{file}: no fix");
        assert_eq!(resolint::apply_fixes(&text, &fixes), seed, "{file}");
    }
}

#[test]
fn cut_spanish_texts_never_panic() {
    for file in [
        "seed_draft.txt",
        "clean_sc.txt",
        "bad_subparagraph_labels.txt",
    ] {
        let text = read(file);
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(23).collect();
        for &i in &cuts {
            let _ = check(&text[..i], &Options::default());
            let _ = check(&text[i..], &Options::default());
        }
    }
}
