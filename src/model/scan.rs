//! Regular expressions run only around anchors.
//!
//! The patterns for dates, sessions and Chinese citations start with optional parts,
//! so a regex engine cannot skip ahead to candidates by itself. Each has a literal
//! that every match contains ("December", "session", 年, 届, 号); [`anchored`] finds
//! those literals, merges the windows around them and runs the pattern only there,
//! which keeps the work linear and small whatever the engine.

use crate::text::{ceil_boundary, floor_boundary};
use regex::{Captures, Regex};

/// A match of one group, in offsets of the whole text.
#[derive(Clone, Copy)]
pub struct M<'t> {
    s: &'t str,
    start: usize,
    end: usize,
}

impl<'t> M<'t> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'t str {
        self.s
    }
}

/// Captures of one match, in offsets of the whole text.
pub struct Caps<'t> {
    c: Captures<'t>,
    off: usize,
}

impl<'t> Caps<'t> {
    pub fn name(&self, n: &str) -> Option<M<'t>> {
        self.c.name(n).map(|m| M {
            s: m.as_str(),
            start: m.start() + self.off,
            end: m.end() + self.off,
        })
    }

    pub fn get(&self, i: usize) -> Option<M<'t>> {
        self.c.get(i).map(|m| M {
            s: m.as_str(),
            start: m.start() + self.off,
            end: m.end() + self.off,
        })
    }
}

/// Runs `re` in windows of `before`/`after` bytes around each anchor (byte offsets,
/// ascending). `before` must cover the longest part of a match before its anchor.
/// Matches come out in text order, without overlaps.
pub fn anchored<'t>(
    re: &Regex,
    text: &'t str,
    anchors: impl IntoIterator<Item = usize>,
    before: usize,
    after: usize,
) -> Vec<Caps<'t>> {
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for a in anchors {
        let ws = floor_boundary(text, a.saturating_sub(before));
        let we = ceil_boundary(text, a.saturating_add(after).min(text.len()));
        match windows.last_mut() {
            Some(last) if ws <= last.1 => last.1 = last.1.max(we),
            _ => windows.push((ws, we)),
        }
    }
    let mut out = Vec::new();
    let mut last_end = 0;
    for (ws, we) in windows {
        for c in re.captures_iter(&text[ws..we]) {
            let Some(m) = c.get(0) else { continue };
            if ws + m.start() < last_end {
                continue;
            }
            last_end = ws + m.end();
            out.push(Caps { c, off: ws });
        }
    }
    out
}

/// Byte offsets of every occurrence of each needle, ascending.
pub fn occurrences(text: &str, needles: &[&str]) -> Vec<usize> {
    let mut v: Vec<usize> = needles
        .iter()
        .flat_map(|n| text.match_indices(n).map(|(i, _)| i))
        .collect();
    v.sort_unstable();
    v
}
