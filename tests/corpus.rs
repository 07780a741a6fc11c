//! Real texts get no error-severity finding, except the known defects, which must be
//! found.

use resolint::{check, Options, Severity};
use std::collections::HashMap;
use std::path::Path;

fn known_defects() -> HashMap<String, String> {
    let s = std::fs::read_to_string("tests/corpus/known-defects.tsv").expect("known-defects.tsv");
    s.lines()
        .skip(1)
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some((it.next()?.to_string(), it.next()?.to_string()))
        })
        .collect()
}

#[test]
fn real_texts_have_no_errors() {
    let known = known_defects();
    let mut checked = 0;
    let mut failures = Vec::new();
    for lang in ["en", "zh"] {
        let dir = Path::new("tests/corpus").join(lang);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus dir")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("utf-8 text");
            let rel = format!(
                "{lang}/{}",
                p.file_name().and_then(|n| n.to_str()).unwrap_or("")
            );
            let report = check(&text, &Options::default());
            let errors: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            match known.get(&rel) {
                Some(rule) => {
                    if !errors.iter().any(|d| d.rule == rule) {
                        failures.push(format!("{rel}: the known defect ({rule}) was not found"));
                    }
                    for d in errors.iter().filter(|d| d.rule != rule) {
                        failures.push(format!(
                            "{rel}:{}:{}: {} {}",
                            d.line, d.column, d.rule, d.message
                        ));
                    }
                }
                None => {
                    for d in errors {
                        failures.push(format!(
                            "{rel}:{}:{}: {} {}",
                            d.line, d.column, d.rule, d.message
                        ));
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 68, "only {checked} real texts found");
    assert!(
        failures.is_empty(),
        "error findings on real texts:\n{}",
        failures.join("\n")
    );
}
