//! The seed: a real 2009 General Assembly document in Chinese (a letter, an
//! explanatory memorandum and the draft in Annex II), with real defects.

use resolint::{check, Options, Severity};

fn seed() -> (String, resolint::Report) {
    let text = std::fs::read_to_string("tests/fixtures/zh/seed.txt").expect("seed");
    let r = check(&text, &Options::default());
    (text, r)
}

fn flagged(text: &str, d: &resolint::Diagnostic) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[d.start..d.end])
}

#[test]
fn structure_is_understood() {
    let (_, r) = seed();
    assert_eq!(r.language, resolint::Language::Zh);
    assert_eq!(r.session, Some(64));
    let o = &r.outline;
    assert_eq!(o.drafts, 1);
    assert_eq!((o.preambular, o.operative), (5, 5));
    assert_eq!(o.title.as_deref(), Some("联合国与集体安全条约组织的合作"));
    let f = o.follow_up.as_ref().expect("follow-up clause");
    assert_eq!(f.session, 65);
    assert_eq!(f.title.as_deref(), Some("联合国与集体安全条约组织的合作"));
    assert_eq!(o.report_session, Some(65));
    assert_eq!(o.document_date.as_deref(), Some("2009-08-11"));
}

#[test]
fn real_defects_are_found() {
    let (text, r) = seed();
    let find = |rule: &'static str| r.diagnostics.iter().filter(move |d| d.rule == rule);
    let and: Vec<_> = find("zh-latin-word").collect();
    assert_eq!(and.len(), 1);
    assert!(flagged(&text, and[0]).contains("and"));
    assert_eq!(and[0].severity, Severity::Error);
    assert!(find("zh-preferred-word").any(|d| flagged(&text, d) == "其它"));
    assert!(find("date-spacing").count() >= 5, "mixed date spacing");
    assert_eq!(find("preambular-opener").count(), 3, "提及 three times");
    assert!(find("repeated-opener").any(|d| flagged(&text, d) == "注意到"));
}

#[test]
fn citations_are_consistent() {
    let (_, r) = seed();
    let texts: Vec<&str> = r
        .outline
        .citations
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        texts.contains(&"59/50") && texts.contains(&"1631(2005)"),
        "{texts:?}"
    );
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.category == resolint::Category::Citation && d.severity == Severity::Error),
        "59/50 of 2 December 2004 and 1631(2005) of 17 October 2005 are consistent"
    );
    // The only error in the seed is the stray English word.
    let errors: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.rule)
        .collect();
    assert_eq!(errors, vec!["zh-latin-word"]);
}

#[test]
fn fixing_everything_leaves_no_error() {
    let (text, r) = seed();
    let fixes: Vec<_> = r.diagnostics.iter().filter_map(|d| d.fix.clone()).collect();
    let fixed = resolint::apply_fixes(&text, &fixes);
    assert!(
        fixed.contains("新的挑战和威胁")
            && fixed.contains("其他政府间组织")
            && fixed.contains("回顾其2004年12月2日第59/50号决议"),
        "{fixed}"
    );
    let after = check(&fixed, &Options::default());
    assert!(
        after
            .diagnostics
            .iter()
            .all(|d| d.severity != Severity::Error),
        "{:?}",
        after.diagnostics
    );
}
