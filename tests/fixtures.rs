//! Fixture drafts: clean ones get no error or warning; each defective one gets the
//! findings its MANIFEST.md row plants, and no other error or warning.

use resolint::{check, rules, Options, Severity};

struct Row {
    file: String,
    clean: bool,
    planted: Vec<(String, usize)>,
}

/// The rows of tests/fixtures/MANIFEST.md and of each language's own
/// tests/fixtures/<lang>/MANIFEST.md (file paths relative to tests/fixtures).
fn manifest() -> Vec<Row> {
    let mut m = std::fs::read_to_string("tests/fixtures/MANIFEST.md").expect("MANIFEST.md");
    for lang in ["fr", "es", "ru", "ar"] {
        if let Ok(more) = std::fs::read_to_string(format!("tests/fixtures/{lang}/MANIFEST.md")) {
            m.push('\n');
            m.push_str(&more);
        }
    }
    let mut rows = Vec::new();
    for line in m.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 7 || !cells[1].ends_with(".txt") {
            continue;
        }
        let mut planted = Vec::new();
        let mut rest = cells[5];
        while let Some(p) = rest.find("**") {
            let after = &rest[p + 2..];
            let Some(q) = after.find("**") else { break };
            let id = &after[..q];
            let tail = &after[q + 2..];
            let line_no = tail
                .trim_start_matches([' ', '-'])
                .strip_prefix('L')
                .and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            planted.push((id.to_string(), line_no));
            rest = tail;
        }
        rows.push(Row {
            file: cells[1].to_string(),
            clean: cells[3].starts_with("clean"),
            planted,
        });
    }
    rows
}

#[test]
fn fixtures_give_exactly_the_planted_findings() {
    let rows = manifest();
    assert!(
        rows.len() >= 30,
        "MANIFEST.md lists {} fixtures",
        rows.len()
    );
    let mut failures = Vec::new();
    let mut covered = std::collections::BTreeSet::new();
    for row in &rows {
        let path = format!("tests/fixtures/{}", row.file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let report = check(&text, &Options::default());
        let loud = |s: Severity| s >= Severity::Warning;
        if row.clean {
            for d in report.diagnostics.iter().filter(|d| loud(d.severity)) {
                failures.push(format!(
                    "{}:{}: clean fixture flagged: {} {}",
                    row.file, d.line, d.rule, d.message
                ));
            }
            continue;
        }
        for (id, line) in &row.planted {
            if rules::by_id(id).is_none() {
                failures.push(format!("{}: planted rule {id} does not exist", row.file));
                continue;
            }
            if report.diagnostics.iter().any(|d| d.rule == id) {
                covered.insert(id.clone());
            } else {
                failures.push(format!("{}:{line}: planted {id} not found", row.file));
            }
        }
        for d in report.diagnostics.iter().filter(|d| loud(d.severity)) {
            if !row.planted.iter().any(|(id, _)| id == d.rule) {
                failures.push(format!(
                    "{}:{}: unexpected {} {}",
                    row.file, d.line, d.rule, d.message
                ));
            }
        }
    }
    // Every rule is exercised by a defective fixture.
    for r in rules::all() {
        if !covered.contains(r.meta().id) {
            failures.push(format!("no defective fixture exercises {}", r.meta().id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
