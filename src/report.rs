//! The report: the JSON contract shared by the CLI, the WASM API and outside scripts.
//!
//! Offsets here are UTF-16 code units (as JavaScript indexes strings); lines and columns
//! are 1-based, columns counted in Unicode scalar values.

use crate::diagnostic::{Category, Finding, Severity};
use crate::model::Document;
use crate::options::{Body, Language, Options};
use crate::rules::RuleMeta;
use serde::{Deserialize, Serialize};

/// A suggested replacement, in UTF-16 offsets of the checked text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    #[serde(default)]
    pub label: String,
}

/// One finding as reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub fix: Option<Fix>,
}

/// A citation as understood, for the outline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CitationOutline {
    pub kind: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The follow-up clause as understood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUpOutline {
    pub session: u32,
    pub title: Option<String>,
}

/// What the checker understood of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub title: Option<String>,
    pub drafts: usize,
    pub preambular: usize,
    pub operative: usize,
    pub follow_up: Option<FollowUpOutline>,
    pub report_session: Option<u32>,
    pub document_date: Option<String>,
    pub adopted: bool,
    pub dates: usize,
    pub citations: Vec<CitationOutline>,
}

/// The report on one text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub version: &'static str,
    pub language: Language,
    pub body: Body,
    pub session: Option<u32>,
    pub diagnostics: Vec<Diagnostic>,
    pub outline: Outline,
}

/// One rule's metadata, as `resolint rules` and the WASM `rules()` list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub summary: &'static str,
}

impl From<&RuleMeta> for RuleInfo {
    fn from(m: &RuleMeta) -> Self {
        RuleInfo {
            id: m.id,
            category: m.category,
            severity: m.severity,
            summary: m.summary,
        }
    }
}

/// A position converted from a byte offset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub utf16: usize,
    pub line: usize,
    pub column: usize,
}

/// Converts many byte offsets of `text` to UTF-16 offsets and line/column in one pass.
///
/// Offsets not on a character boundary are moved back to the previous boundary, so a
/// span can never split a character (or, in UTF-16, a surrogate pair).
pub struct PositionMap {
    offsets: Vec<usize>,
    positions: Vec<Position>,
}

impl PositionMap {
    pub fn new(text: &str, mut offsets: Vec<usize>) -> PositionMap {
        for o in offsets.iter_mut() {
            *o = crate::text::floor_boundary(text, *o);
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut positions = Vec::with_capacity(offsets.len());
        let mut utf16 = 0usize;
        let mut line = 1usize;
        let mut column = 1usize;
        let mut next = 0usize;
        let bytes = text.as_bytes();
        let mut iter = text.char_indices().peekable();
        while next < offsets.len() {
            let target = offsets[next];
            // Advance to `target`.
            while let Some(&(i, c)) = iter.peek() {
                if i >= target {
                    break;
                }
                iter.next();
                utf16 += c.len_utf16();
                if c == '\n' || (c == '\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    line += 1;
                    column = 1;
                } else if c != '\r' {
                    column += 1;
                }
            }
            positions.push(Position {
                utf16,
                line,
                column,
            });
            next += 1;
        }
        PositionMap { offsets, positions }
    }

    /// The position of a byte offset given to [`PositionMap::new`].
    pub fn get(&self, text: &str, offset: usize) -> Position {
        let o = crate::text::floor_boundary(text, offset);
        match self.offsets.binary_search(&o) {
            Ok(i) => self.positions[i],
            Err(_) => Position::default(),
        }
    }
}

impl Report {
    /// Builds the report from the model and the rules' findings.
    pub fn build(doc: &Document, mut findings: Vec<Finding>, options: &Options) -> Report {
        let text = doc.text;
        findings.sort_by(|a, b| {
            (a.start, a.end, a.rule, &a.message).cmp(&(b.start, b.end, b.rule, &b.message))
        });
        findings.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
        let mut offsets = Vec::with_capacity(findings.len() * 4 + doc.citations.len() * 2);
        for f in &findings {
            offsets.push(f.start);
            offsets.push(f.end);
            if let Some(e) = &f.fix {
                offsets.push(e.start);
                offsets.push(e.end);
            }
        }
        for c in &doc.citations {
            offsets.push(c.span.start);
            offsets.push(c.span.end);
        }
        let map = PositionMap::new(text, offsets);
        let diagnostics = findings
            .into_iter()
            .map(|f| {
                let s = map.get(text, f.start);
                let e = map.get(text, f.end);
                Diagnostic {
                    rule: f.rule,
                    category: f.category,
                    severity: f.severity,
                    message: f.message,
                    start: s.utf16,
                    end: e.utf16,
                    line: s.line,
                    column: s.column,
                    end_line: e.line,
                    end_column: e.column,
                    fix: f.fix.map(|x| Fix {
                        start: map.get(text, x.start).utf16,
                        end: map.get(text, x.end).utf16,
                        replacement: x.replacement,
                        label: x.label,
                    }),
                }
            })
            .collect();
        let outline = doc.outline(&|o| map.get(text, o).utf16);
        let _ = options;
        Report {
            version: crate::VERSION,
            language: doc.language,
            body: doc.body,
            session: doc.session,
            diagnostics,
            outline,
        }
    }

    /// Number of findings of each severity: (errors, warnings, infos).
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for d in &self.diagnostics {
            match d.severity {
                Severity::Error => c.0 += 1,
                Severity::Warning => c.1 += 1,
                Severity::Info => c.2 += 1,
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_and_scalar_columns() {
        let text = "ab\n大会😀x\r\nz";
        let emoji = text.find('😀').unwrap();
        let x = text.find('x').unwrap();
        let z = text.find('z').unwrap();
        let map = PositionMap::new(text, vec![0, emoji, x, z, text.len()]);
        assert_eq!(map.get(text, emoji).utf16, 5);
        assert_eq!(map.get(text, emoji).line, 2);
        assert_eq!(map.get(text, emoji).column, 3);
        assert_eq!(map.get(text, x).utf16, 7);
        assert_eq!(map.get(text, x).column, 4);
        let pz = map.get(text, z);
        assert_eq!((pz.line, pz.column), (3, 1));
        assert_eq!(map.get(text, text.len()).utf16, text.encode_utf16().count());
    }

    #[test]
    fn offsets_inside_a_character_move_back() {
        let text = "a😀b";
        let map = PositionMap::new(text, vec![2]);
        assert_eq!(map.get(text, 2).utf16, 1);
    }
}
