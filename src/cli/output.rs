//! Output formats: text (in the style of rustc and ruff), JSON (the contract), SARIF.

use resolint::rules::RuleMeta;
use resolint::{Report, Severity};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{self, Write};

/// Display width of a character in a terminal (East Asian wide forms take two).
fn width(c: char) -> usize {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD);
    if c.is_control() {
        0
    } else if wide {
        2
    } else {
        1
    }
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// The first line of a finding, "error[rule]: message"; returns the severity's colour.
fn heading(
    out: &mut dyn Write,
    st: &Style,
    severity: Severity,
    rule: &str,
    message: &str,
) -> io::Result<&'static str> {
    let (code, name) = match severity {
        Severity::Error => ("1;31", "error"),
        Severity::Warning => ("1;33", "warning"),
        Severity::Info => ("1;36", "info"),
    };
    writeln!(
        out,
        "{}{} {}",
        st.paint(code, &format!("{name}[{rule}]")),
        st.paint("1", ":"),
        st.paint("1", message)
    )?;
    Ok(code)
}

/// The line `line` (1-based) of `text`, without its break.
fn nth_line(text: &str, line: usize) -> &str {
    let mut cur = 1;
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && cur < line {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            cur += 1;
            start = i + 1;
        }
        i += 1;
    }
    let rest = &text[start.min(text.len())..];
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    &rest[..end]
}

/// The source line of a span with a caret underline (about 100 columns around it).
fn snippet(
    out: &mut dyn Write,
    st: &Style,
    src: &str,
    (line, column, end_line, end_column): (usize, usize, usize, usize),
    code: &str,
) -> io::Result<()> {
    let text_line = nth_line(src, line);
    let chars: Vec<char> = text_line.chars().collect();
    // Show at most about 100 columns around the span.
    let col0 = column.saturating_sub(1).min(chars.len());
    let end_col = if end_line == line {
        end_column.saturating_sub(1).max(col0 + 1)
    } else {
        chars.len().max(col0 + 1)
    };
    let from = col0.saturating_sub(40);
    let to = (end_col + 40).min(chars.len()).max(from);
    let shown: String = chars[from..to].iter().collect();
    let lead = if from > 0 { "…" } else { "" };
    let trail = if to < chars.len() { "…" } else { "" };
    let num = line.to_string();
    let pad = " ".repeat(num.len());
    writeln!(out, "{pad} {}", st.paint("1;34", "|"))?;
    writeln!(
        out,
        "{} {} {lead}{shown}{trail}",
        st.paint("1;34", &num),
        st.paint("1;34", "|")
    )?;
    let indent: usize =
        lead.chars().count() + chars[from..col0].iter().map(|&c| width(c)).sum::<usize>();
    let caret: usize = chars[col0..end_col.min(chars.len()).max(col0)]
        .iter()
        .map(|&c| width(c))
        .sum::<usize>()
        .max(1);
    writeln!(
        out,
        "{pad} {} {}{}",
        st.paint("1;34", "|"),
        " ".repeat(indent),
        st.paint(code, &"^".repeat(caret))
    )?;
    Ok(())
}

pub fn text(
    out: &mut dyn Write,
    reports: &[(String, String, Report)],
    color: bool,
) -> io::Result<()> {
    let st = Style { on: color };
    for (path, src, r) in reports {
        for d in &r.diagnostics {
            let code = heading(out, &st, d.severity, d.rule, &d.message)?;
            writeln!(
                out,
                "  {} {}:{}:{}",
                st.paint("1;34", "-->"),
                path,
                d.line,
                d.column
            )?;
            snippet(
                out,
                &st,
                src,
                (d.line, d.column, d.end_line, d.end_column),
                code,
            )?;
            let pad = " ".repeat(d.line.to_string().len());
            if let Some(f) = &d.fix {
                writeln!(out, "{pad} {} fix: {}", st.paint("1;34", "="), f.label)?;
            }
            writeln!(out)?;
        }
        let (e, w, i) = r.counts();
        writeln!(
            out,
            "{path}: {e} error{}, {w} warning{}, {i} info ({}, {}, session {})",
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" },
            r.language,
            r.body,
            r.session.map_or("unknown".to_string(), |s| s.to_string())
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    language: resolint::Language,
    body: resolint::Body,
    session: Option<u32>,
    diagnostics: &'a [resolint::Diagnostic],
    outline: &'a resolint::Outline,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: &'a str,
    files: Vec<JsonFile<'a>>,
}

/// The JSON contract: `{"version", "files": [{"path", "language", "body", "session", "diagnostics", "outline"}]}`.
pub fn json(out: &mut dyn Write, reports: &[(String, String, Report)]) -> io::Result<()> {
    let v = JsonReport {
        version: resolint::VERSION,
        files: reports
            .iter()
            .map(|(path, _, r)| JsonFile {
                path,
                language: r.language,
                body: r.body,
                session: r.session,
                diagnostics: &r.diagnostics,
                outline: &r.outline,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &v).map_err(io::Error::other)?;
    writeln!(out)
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// SARIF 2.1.0, for code-scanning systems.
pub fn sarif(out: &mut dyn Write, reports: &[(String, String, Report)]) -> io::Result<()> {
    let rules: Vec<Value> = resolint::rules::all()
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.id,
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": m.why.trim()},
                "defaultConfiguration": {"level": sarif_level(m.severity)},
                "properties": {"category": m.category},
            })
        })
        .collect();
    let mut results = Vec::new();
    for (path, _, r) in reports {
        for d in &r.diagnostics {
            let mut res = json!({
                "ruleId": d.rule,
                "level": sarif_level(d.severity),
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column}
                }}],
            });
            if let Some(f) = &d.fix {
                res["fixes"] = json!([{
                    "description": {"text": f.label},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": path},
                        "replacements": [{
                            "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                            "insertedContent": {"text": f.replacement}
                        }]
                    }]
                }]);
            }
            results.push(res);
        }
    }
    let v = json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {"driver": {"name": "resolint", "version": resolint::VERSION, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &v).map_err(io::Error::other)?;
    writeln!(out)
}

pub fn rules(out: &mut dyn Write) -> io::Result<()> {
    for r in resolint::rules::all() {
        let m = r.meta();
        writeln!(
            out,
            "{:<30} {:<11} {:<8} {}",
            m.id,
            m.category.as_str(),
            m.severity.as_str(),
            m.summary
        )?;
    }
    for r in resolint::compare::RULES {
        writeln!(
            out,
            "{:<30} {:<11} {:<8} {} (compare)",
            r.id,
            r.category().as_str(),
            r.severity.as_str(),
            r.summary
        )?;
    }
    Ok(())
}

pub fn explain(out: &mut dyn Write, m: &RuleMeta) -> io::Result<()> {
    writeln!(out, "{} ({}, {})\n", m.id, m.category, m.severity)?;
    writeln!(out, "{}\n", m.summary)?;
    writeln!(
        out,
        "Why:\n{}",
        m.why
            .lines()
            .map(|l| format!("  {}", l.trim()))
            .collect::<Vec<_>>()
            .join("\n")
    )?;
    for (title, list) in [("Flagged", m.bad), ("Not flagged", m.good)] {
        for ex in list {
            writeln!(out, "\n{title}:")?;
            for l in ex.lines() {
                writeln!(out, "    {l}")?;
            }
        }
    }
    Ok(())
}

/// A consistency rule's documentation (`resolint explain citation-mismatch`).
pub fn explain_consistency(
    out: &mut dyn Write,
    r: &resolint::compare::ConsistencyRule,
) -> io::Result<()> {
    writeln!(out, "{} ({}, {})\n", r.id, r.category(), r.severity)?;
    writeln!(out, "{}\n", r.summary)?;
    writeln!(out, "Why:\n  {}", r.why)?;
    writeln!(out, "\nFlagged (`resolint compare A B`), version A:")?;
    for l in r.bad.0.lines() {
        writeln!(out, "    {l}")?;
    }
    writeln!(out, "\nversion B:")?;
    for l in r.bad.1.lines() {
        writeln!(out, "    {l}")?;
    }
    Ok(())
}

/// A span shown on one line and at most 60 columns wide (a whole paragraph is
/// underlined by its beginning).
fn clamp(
    (line, column, end_line, end_column): (usize, usize, usize, usize),
) -> (usize, usize, usize, usize) {
    if end_line != line || end_column > column + 60 {
        (line, column, line, column + 60)
    } else {
        (line, column, end_line, end_column)
    }
}

/// A comparison as text: each finding with its place in both versions.
pub fn comparison_text(
    out: &mut dyn Write,
    (path_a, src_a): (&str, &str),
    (path_b, src_b): (&str, &str),
    c: &resolint::Comparison,
    color: bool,
) -> io::Result<()> {
    let st = Style { on: color };
    for d in &c.diagnostics {
        let code = heading(out, &st, d.severity, d.rule, &d.message)?;
        writeln!(
            out,
            "  {} {}:{}:{}",
            st.paint("1;34", "-->"),
            path_a,
            d.line,
            d.column
        )?;
        snippet(
            out,
            &st,
            src_a,
            clamp((d.line, d.column, d.end_line, d.end_column)),
            code,
        )?;
        let r = &d.related;
        writeln!(
            out,
            "  {} {}:{}:{}",
            st.paint("1;34", "-->"),
            path_b,
            r.line,
            r.column
        )?;
        snippet(
            out,
            &st,
            src_b,
            clamp((r.line, r.column, r.end_line, r.end_column)),
            "1;34",
        )?;
        writeln!(out)?;
    }
    let (e, w, i) = c.counts();
    writeln!(
        out,
        "{path_a} ({}) vs {path_b} ({}): {e} error{}, {w} warning{}, {i} info",
        c.a.language,
        c.b.language,
        if e == 1 { "" } else { "s" },
        if w == 1 { "" } else { "s" },
    )
}

/// A comparison as JSON: `{"version", "a": {"path", "language", …}, "b": {…}, "diagnostics": […]}`.
pub fn comparison_json(out: &mut dyn Write, c: &resolint::Comparison) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, c).map_err(io::Error::other)?;
    writeln!(out)
}
