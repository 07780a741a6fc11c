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
