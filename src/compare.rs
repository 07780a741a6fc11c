//! Comparing two language versions of one draft (`resolint compare A B`).
//!
//! Both texts are parsed with the ordinary model, each in its own (detected or given)
//! language. Drafts are paired in order; within a draft the preambles are aligned with
//! each other, and so are the operative parts, paragraph by paragraph. The alignment is
//! a banded dynamic programme (in the manner of Gale and Church) whose cost of pairing
//! two paragraphs grows with the difference of their relative lengths, with the
//! difference of what they cite (resolutions, symbols, dates, sessions, figures), with
//! openers of different meanings ("Recalling" and 欣见, from
//! [`crate::lang::OPENER_EQUIVALENTS`]) or adverbs ("Recalling also" and 回顾), and
//! with a difference of operative numbers; leaving a paragraph unpaired has a fixed
//! cost. So a dropped or added paragraph is reported once and the paragraphs after it
//! are still compared with their true counterparts. The band keeps the work linear in
//! the number of paragraphs (times the difference in counts plus a small constant).
//!
//! The mastheads (the text before the first opening line) must name the same session
//! and document symbols. Paired paragraphs must agree on what does not change between
//! languages. Each
//! disagreement is a finding of category `consistency`, with its span in text A and
//! the counterpart's span in text B (`related`). The rules are declared in [`RULES`],
//! with their documentation and a pair of examples each.

use crate::diagnostic::{Category, Severity};
use crate::model::figures::{self, Figure};
use crate::model::{within, CitationKind, Document, Paragraph, Part};
use crate::msg;
use crate::options::{Body, Language, Options, UiLanguage};
use crate::report::{Fix, PositionMap};
use crate::text::Span;
use regex::Regex;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A consistency rule: its metadata and a pair of versions it flags.
#[derive(Debug)]
pub struct ConsistencyRule {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// Why the check exists.
    pub why: &'static str,
    /// A pair of versions (A, B) the rule flags.
    pub bad: (&'static str, &'static str),
}

impl ConsistencyRule {
    pub fn category(&self) -> Category {
        Category::Consistency
    }
}

const EN_BASE: &str = "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to report to it at its sixty-fifth session;\n\n2. Decides to allocate 45 per cent of the resources as set out in paragraph 1 above.\n";

/// Every consistency rule.
pub const RULES: &[ConsistencyRule] = &[
    ConsistencyRule {
        id: "paragraph-count",
        severity: Severity::Error,
        summary: "Each paragraph (and each draft) of one version has a counterpart in the other",
        why: "A version that drops or adds a paragraph is not the same text: delegations voting on one language version would adopt something else than those reading another. The versions are aligned paragraph by paragraph (by length, by what each paragraph cites, by operative number), and a paragraph left without counterpart is reported once.",
        bad: (
            EN_BASE,
            "大会，\n\n回顾其2004年12月2日第59/50号决议，\n\n1. 请秘书长向大会第六十五届会议提出报告。\n",
        ),
    },
    ConsistencyRule {
        id: "numbering-mismatch",
        severity: Severity::Error,
        summary: "Paired operative paragraphs carry the same number and the same sub-paragraph labels",
        why: "Paragraphs are cited by number (“paragraph 5 of resolution 64/12”); if the versions number them differently, the same citation points at different text. Sub-paragraph labels (a), (b)… are cited the same way.",
        bad: (
            "The General Assembly,\n\n1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter:\n\n(a) Firstly;\n\n(b) Secondly.\n",
            "大会，\n\n1. 请秘书长提出报告；\n\n2. 决定继续处理此案：\n\n(a) 第一；\n\n(c) 第二。\n",
        ),
    },
    ConsistencyRule {
        id: "citation-mismatch",
        severity: Severity::Error,
        summary: "Paired paragraphs cite the same resolutions and decisions (numbers, resolution or decision, Council years) and the same document symbols",
        why: "A resolution number is a value, not words: 59/50 cited as 59/55 in one version sends the reader to another resolution. The numbers (session/number, Council number and year, ECOSOC year/number), whether the text cited is a resolution or a decision, and document symbols must be identical in every version.",
        bad: (
            EN_BASE,
            "大会，\n\n回顾其2004年12月2日第59/55号决议，\n\n1. 请秘书长向大会第六十五届会议提出报告；\n\n2. 决定按照上文第1段所述分配45%的资源。\n",
        ),
    },
    ConsistencyRule {
        id: "date-mismatch",
        severity: Severity::Error,
        summary: "Paired paragraphs give the same dates (as calendar values)",
        why: "“2 December 2004” and “2004年12月2日” are the same date written two ways; “2004年12月3日” is another. Dates are compared as calendar values, whatever their form.",
        bad: (
            EN_BASE,
            "大会，\n\n回顾其2004年12月3日第59/50号决议，\n\n1. 请秘书长向大会第六十五届会议提出报告；\n\n2. 决定按照上文第1段所述分配45%的资源。\n",
        ),
    },
    ConsistencyRule {
        id: "session-mismatch",
        severity: Severity::Error,
        summary: "Paired paragraphs name the same sessions (ordinals compared as numbers)",
        why: "“sixty-fifth session” and “第六十五届会议” are the same session; “第六十六届会议” asks for a report, or places an item on an agenda, a year later.",
        bad: (
            EN_BASE,
            "大会，\n\n回顾其2004年12月2日第59/50号决议，\n\n1. 请秘书长向大会第六十六届会议提出报告；\n\n2. 决定按照上文第1段所述分配45%的资源。\n",
        ),
    },
    ConsistencyRule {
        id: "figure-mismatch",
        severity: Severity::Error,
        summary: "Paired paragraphs give the same figures, percentages and paragraph references",
        why: "Figures written in digits must have the same values in every version (“45 per cent”, “45%”; “1,500”, “1500”; “2 million”, “200万”). A figure that one version writes in words (“three”, “三”) matches the same value in digits; a figure in digits with no counterpart at all is a warning. References to paragraphs (“paragraph 5 above”, “第5段”) are compared the same way.",
        bad: (
            EN_BASE,
            "大会，\n\n回顾其2004年12月2日第59/50号决议，\n\n1. 请秘书长向大会第六十五届会议提出报告；\n\n2. 决定按照上文第1段所述分配40%的资源。\n",
        ),
    },
];

/// A consistency rule by id.
pub fn rule(id: &str) -> Option<&'static ConsistencyRule> {
    RULES.iter().find(|r| r.id == id)
}

/// One version, as understood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub language: Language,
    pub body: Body,
    pub session: Option<u32>,
    pub drafts: usize,
    pub preambular: usize,
    pub operative: usize,
}

/// The counterpart span in text B.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// One disagreement: the span in text A (UTF-16 offsets, as in a report) and its
/// counterpart in text B.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ComparisonDiagnostic {
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
    /// Always null: which version is right is for the drafter to say.
    pub fix: Option<Fix>,
    pub related: Related,
}

/// The result of comparing two versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub version: &'static str,
    pub a: Side,
    pub b: Side,
    pub diagnostics: Vec<ComparisonDiagnostic>,
}

impl Comparison {
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

/// A finding in byte offsets of both texts.
#[derive(Clone, Debug)]
struct Raw {
    rule: &'static str,
    severity: Severity,
    a: Span,
    b: Span,
    message: String,
}

/// Compares two versions of one draft. `options.language` and `options.body` are
/// ignored (each text's own are detected); `options.ui_language` sets the language of
/// the messages; rules listed in `options.disable` are not reported.
///
/// Never panics; near-linear in the size of the texts.
pub fn compare(a: &str, b: &str, options: &Options) -> Comparison {
    let mut per = options.clone();
    per.language = None;
    per.body = None;
    let da = Document::parse(a, &per);
    let db = Document::parse(b, &per);
    let mut cx = Cx {
        a: &da,
        b: &db,
        ui: options.ui_language,
        out: Vec::new(),
        pending: Vec::new(),
    };
    cx.run();
    let mut raws = cx.out;
    raws.retain(|r| !options.disable.iter().any(|d| d == r.rule));
    raws.sort_by(|x, y| {
        (x.a.start, x.a.end, x.b.start, x.rule).cmp(&(y.a.start, y.a.end, y.b.start, y.rule))
    });
    raws.dedup_by(|x, y| x.rule == y.rule && x.a == y.a && x.b == y.b);
    let mut oa = Vec::with_capacity(raws.len() * 2);
    let mut ob = Vec::with_capacity(raws.len() * 2);
    for r in &raws {
        oa.extend([r.a.start, r.a.end]);
        ob.extend([r.b.start, r.b.end]);
    }
    let ma = PositionMap::new(a, oa);
    let mb = PositionMap::new(b, ob);
    let diagnostics = raws
        .into_iter()
        .map(|r| {
            let (s, e) = (ma.get(a, r.a.start), ma.get(a, r.a.end));
            let (rs, re) = (mb.get(b, r.b.start), mb.get(b, r.b.end));
            ComparisonDiagnostic {
                rule: r.rule,
                category: Category::Consistency,
                severity: r.severity,
                message: r.message,
                start: s.utf16,
                end: e.utf16,
                line: s.line,
                column: s.column,
                end_line: e.line,
                end_column: e.column,
                fix: None,
                related: Related {
                    start: rs.utf16,
                    end: re.utf16,
                    line: rs.line,
                    column: rs.column,
                    end_line: re.line,
                    end_column: re.column,
                },
            }
        })
        .collect();
    Comparison {
        version: crate::VERSION,
        a: side(&da),
        b: side(&db),
        diagnostics,
    }
}

fn side(d: &Document) -> Side {
    Side {
        path: None,
        language: d.language,
        body: d.body,
        session: d.session,
        drafts: d.drafts.len(),
        preambular: d.drafts.iter().map(|x| x.preamble.len()).sum(),
        operative: d.drafts.iter().map(|x| x.operative.len()).sum(),
    }
}

/// A cited resolution or decision: its numbers as a key, a Council year.
#[derive(Clone, Debug)]
struct Cite {
    key: String,
    /// A decision rather than a resolution.
    decision: bool,
    year: Option<i32>,
    year_span: Option<Span>,
    span: Span,
}

/// A date as a calendar value: year, month, day when given.
type DateKey = (i32, u32, Option<u32>);

/// What one paragraph says that must not change between languages.
#[derive(Clone, Debug, Default)]
struct Facts {
    cites: Vec<Cite>,
    symbols: Vec<(String, Span)>,
    dates: Vec<(DateKey, Span)>,
    sessions: Vec<(u32, Span)>,
    digits: Vec<Figure>,
    words: Vec<Figure>,
    /// Length in characters.
    chars: usize,
    /// Keys of everything above but words, for the alignment.
    keys: Vec<String>,
    /// What the opener means (recall, welcome, request…), and whether it has an
    /// "also/further" adverb (又/还), for the alignment.
    meanings: Vec<&'static str>,
    adverb: bool,
}

fn cite_key(k: &CitationKind) -> Option<String> {
    Some(match k {
        CitationKind::Ga {
            session,
            number,
            prefix,
        } => format!("{}{session}/{number}", prefix.unwrap_or("")),
        CitationKind::GaOld { number, session } => format!("{number} ({session})"),
        CitationKind::Sc { number, .. } => number.to_string(),
        CitationKind::Ecosoc { year, number } => format!("{year}/{number}"),
        CitationKind::Hrc { session, number } => format!("{session}/{number}"),
        CitationKind::Other => return None,
    })
}

/// A document symbol in a comparable form: ASCII, upper case, no spaces.
fn symbol_key(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let c = if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            } else {
                c
            };
            (!c.is_whitespace()).then(|| c.to_ascii_uppercase())
        })
        .collect()
}

/// A figure as a key: nine significant digits, so that 1.1 × 10⁶ and 110 × 10⁴ agree
/// whatever the rounding of their products.
fn figure_key(v: f64) -> String {
    format!("{v:.8e}")
}

fn range_regexes() -> &'static (Regex, Regex) {
    static R: OnceLock<(Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        (
            Regex::new(r"(?-u:\b)([0-9]{1,2})[ \t\n\r\u{A0}]*(?:to|and|-|–|—)[ \t\n\r\u{A0}]*$")
                .expect("range regex"),
            Regex::new(r"^[ \t\n\r\u{A0}]*(?:至|到|-|–|—|和|、)[ \t\n\r\u{A0}]*([0-9]{1,2})日")
                .expect("range regex"),
        )
    })
}

/// The other day of a range written around a date: the "2" of "from 2 to 13 July
/// 1979" (English, before the date), the "13日" of "1979年7月2日至13日" (Chinese,
/// after it). The day and its span.
fn range_day(text: &str, within: Span, date: Span, lang: Language) -> Option<(u32, Span)> {
    let (en, zh) = range_regexes();
    let (m, base) = match lang {
        Language::En => {
            let from =
                crate::text::ceil_boundary(text, date.start.saturating_sub(16).max(within.start));
            let hay = text.get(from..date.start)?;
            (en.captures(hay)?.get(1)?, from)
        }
        Language::Zh => {
            let to = crate::text::floor_boundary(text, (date.end + 24).min(within.end));
            let hay = text.get(date.end..to)?;
            let c = zh.captures(hay)?;
            let whole = c.get(0)?;
            let g = c.get(1)?;
            let day: u32 = g.as_str().parse().ok()?;
            return (1..=31)
                .contains(&day)
                .then(|| (day, Span::new(date.end + g.start(), date.end + whole.end())));
        }
        // Ranges in the other languages are not aligned yet.
        _ => return None,
    };
    let day: u32 = m.as_str().parse().ok()?;
    (1..=31)
        .contains(&day)
        .then(|| (day, Span::new(base + m.start(), base + m.end())))
}

fn facts(doc: &Document, p: &Paragraph) -> Facts {
    let text = doc.text;
    let span = p.span;
    let mut f = Facts {
        chars: span.of(text).chars().count(),
        ..Facts::default()
    };
    if let Some(o) = &p.opener {
        f.meanings = crate::lang::opener_meanings(doc.language, &o.lemma);
        f.adverb = o.adverb.is_some();
    }
    let mut excluded: Vec<Span> = Vec::new();
    if let Some((_, s)) = p.number {
        excluded.push(s);
    }
    for s in &p.subs {
        excluded.push(s.label_span);
    }
    for c in within(&doc.citations, span, |c| c.span) {
        if let Some(key) = cite_key(&c.kind) {
            excluded.push(c.span);
            if let Some(y) = c.year_span {
                excluded.push(y);
            }
            let year = match c.kind {
                CitationKind::Sc { year, .. } => year,
                _ => None,
            };
            f.keys.push(format!("c:{key}"));
            f.cites.push(Cite {
                key,
                decision: c.decision,
                year,
                year_span: c.year_span,
                span: c.span,
            });
        }
    }
    for s in within(&doc.symbols, span, |s| s.span) {
        excluded.push(s.span);
        let key = symbol_key(s.span.of(text));
        f.keys.push(format!("y:{key}"));
        f.symbols.push((key, s.span));
    }
    for d in within(&doc.dates, span, |d| d.span) {
        excluded.push(d.span);
        f.keys.push(format!("d:{}-{}-{:?}", d.year, d.month, d.day));
        f.dates.push(((d.year, d.month, d.day), d.span));
        // The first day of a range: "from 2 to 13 July 1979", "1979年7月2日至13日".
        if d.day.is_some() {
            if let Some((day, s)) = range_day(text, span, d.span, doc.language) {
                excluded.push(s);
                f.keys
                    .push(format!("d:{}-{}-{:?}", d.year, d.month, Some(day)));
                f.dates.push(((d.year, d.month, Some(day)), s));
            }
        }
    }
    for s in within(&doc.sessions, span, |s| s.span) {
        excluded.push(s.span);
        f.keys.push(format!("s:{}", s.value));
        f.sessions.push((s.value, s.span));
    }
    excluded.sort();
    for fig in figures::find(text, span, doc.language, &excluded) {
        if fig.words {
            f.words.push(fig);
        } else {
            f.keys.push(format!("f:{}", figure_key(fig.value)));
            f.digits.push(fig);
        }
    }
    f.keys.sort();
    f
}

/// Pairs equal keys in order: the indices of `a` and of `b` left unpaired, and the
/// pairs made.
fn match_keys<K: std::hash::Hash + Eq>(
    a: &[K],
    b: &[K],
) -> (Vec<usize>, Vec<usize>, Vec<(usize, usize)>) {
    let mut queues: HashMap<&K, std::collections::VecDeque<usize>> = HashMap::new();
    for (j, k) in b.iter().enumerate() {
        queues.entry(k).or_default().push_back(j);
    }
    let mut left_a = Vec::new();
    let mut pairs = Vec::new();
    let mut used = vec![false; b.len()];
    for (i, k) in a.iter().enumerate() {
        match queues.get_mut(k).and_then(|q| q.pop_front()) {
            Some(j) => {
                used[j] = true;
                pairs.push((i, j));
            }
            None => left_a.push(i),
        }
    }
    let left_b = (0..b.len()).filter(|&j| !used[j]).collect();
    (left_a, left_b, pairs)
}

/// One step of an alignment: a pair, or a paragraph of one side alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Pair(usize, usize),
    OnlyA(usize),
    OnlyB(usize),
}

const SKIP: f64 = 1.2;
const BAND: isize = 4;
const MAX_CELLS: usize = 1_000_000;

/// The cost of pairing two paragraphs (0 = alike).
fn pair_cost(fa: &Facts, fb: &Facts, ta: f64, tb: f64, na: Option<u32>, nb: Option<u32>) -> f64 {
    let ra = (fa.chars.max(1) as f64) / ta.max(1.0);
    let rb = (fb.chars.max(1) as f64) / tb.max(1.0);
    let len = (ra / rb).ln().abs().min(3.0);
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < fa.keys.len() && j < fb.keys.len() {
        match fa.keys[i].cmp(&fb.keys[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    let union = fa.keys.len() + fb.keys.len() - common;
    let facts = if union == 0 {
        0.0
    } else {
        (union - common) as f64 / union as f64
    };
    let num = match (na, nb) {
        (Some(x), Some(y)) if x != y => 0.3,
        _ => 0.0,
    };
    // Openers of different meanings ("Recalling" and 欣见), or one with an
    // "also/further" adverb and one without.
    let meaning = if !fa.meanings.is_empty()
        && !fb.meanings.is_empty()
        && !fa.meanings.iter().any(|m| fb.meanings.contains(m))
    {
        0.6
    } else {
        0.0
    };
    let adverb = if fa.adverb != fb.adverb { 0.4 } else { 0.0 };
    len + 2.0 * facts + num + meaning + adverb
}

/// Aligns two sequences of paragraphs; linear in their length times the band.
fn align(fa: &[Facts], fb: &[Facts], nums_a: &[Option<u32>], nums_b: &[Option<u32>]) -> Vec<Step> {
    let (na, nb) = (fa.len(), fb.len());
    let ta: f64 = fa.iter().map(|f| f.chars as f64).sum();
    let tb: f64 = fb.iter().map(|f| f.chars as f64).sum();
    let diff = nb as isize - na as isize;
    let lo = diff.min(0) - BAND;
    let hi = diff.max(0) + BAND;
    let width = (hi - lo + 1) as usize;
    if (na + 1).saturating_mul(width) > MAX_CELLS {
        // Too far apart to align: pair in order.
        let mut v: Vec<Step> = (0..na.min(nb)).map(|i| Step::Pair(i, i)).collect();
        v.extend((nb..na).map(Step::OnlyA));
        v.extend((na..nb).map(Step::OnlyB));
        return v;
    }
    let idx = |i: usize, j: usize| -> Option<usize> {
        let k = j as isize - i as isize;
        (lo..=hi)
            .contains(&k)
            .then(|| i * width + (k - lo) as usize)
    };
    let mut cost = vec![f64::INFINITY; (na + 1) * width];
    let mut back = vec![0u8; (na + 1) * width];
    if let Some(z) = idx(0, 0) {
        cost[z] = 0.0;
    }
    for i in 0..=na {
        let jlo = (i as isize + lo).max(0) as usize;
        let jhi = ((i as isize + hi).max(-1) as usize).min(nb);
        if (i as isize + hi) < 0 {
            continue;
        }
        for j in jlo..=jhi {
            let Some(here) = idx(i, j) else { continue };
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = f64::INFINITY;
            let mut how = 0u8;
            if i > 0 && j > 0 {
                if let Some(p) = idx(i - 1, j - 1) {
                    let c = cost[p]
                        + pair_cost(&fa[i - 1], &fb[j - 1], ta, tb, nums_a[i - 1], nums_b[j - 1]);
                    if c < best {
                        best = c;
                        how = 1;
                    }
                }
            }
            if i > 0 {
                if let Some(p) = idx(i - 1, j) {
                    let c = cost[p] + SKIP;
                    if c < best {
                        best = c;
                        how = 2;
                    }
                }
            }
            if j > 0 {
                if let Some(p) = idx(i, j - 1) {
                    let c = cost[p] + SKIP;
                    if c < best {
                        best = c;
                        how = 3;
                    }
                }
            }
            cost[here] = best;
            back[here] = how;
        }
    }
    let mut steps = Vec::with_capacity(na.max(nb));
    let (mut i, mut j) = (na, nb);
    while i > 0 || j > 0 {
        let how = idx(i, j).map_or(0, |h| back[h]);
        match how {
            1 => {
                steps.push(Step::Pair(i - 1, j - 1));
                i -= 1;
                j -= 1;
            }
            2 => {
                steps.push(Step::OnlyA(i - 1));
                i -= 1;
            }
            3 => {
                steps.push(Step::OnlyB(j - 1));
                j -= 1;
            }
            _ => {
                // Unreachable cell: fall back to leaving the rest unpaired.
                if i > 0 {
                    steps.push(Step::OnlyA(i - 1));
                    i -= 1;
                } else {
                    steps.push(Step::OnlyB(j - 1));
                    j -= 1;
                }
            }
        }
    }
    steps.reverse();
    steps
}

struct Cx<'d, 'a> {
    a: &'d Document<'a>,
    b: &'d Document<'a>,
    ui: UiLanguage,
    out: Vec<Raw>,
    /// Facts of one side alone in the paragraph pair being compared, reconciled
    /// before they are reported.
    pending: Vec<Pending>,
}

/// A fact one version of a paragraph gives and its counterpart lacks.
#[derive(Clone, Debug)]
struct Pending {
    rule: &'static str,
    /// In text A (else in text B).
    in_a: bool,
    span: Span,
    /// What it is, in English and Chinese ("date", "日期").
    what: (&'static str, &'static str),
    /// The numbers it is made of (59/50 → 59, 50; a date → year, month, day).
    parts: Vec<String>,
}

/// The numbers written in a key or a span ("59/50" → ["59", "50"]).
fn number_parts(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|x| !x.is_empty())
        .map(|x| figure_key(x.parse::<f64>().unwrap_or(-1.0)))
        .collect()
}

fn part_name(ui: UiLanguage, part: Part, n: usize) -> String {
    match part {
        Part::Preamble => msg!(ui, en: "preambular paragraph {n}", zh: "序言部分第{n}段",
            fr: "alinéa {n} du préambule",
            es: "párrafo {n} del preámbulo",
            ru: "пункт {n} преамбулы",
            ar: "الفقرة {n} من الديباجة"),
        Part::Operative => msg!(ui, en: "operative paragraph {n}", zh: "执行部分第{n}段",
            fr: "paragraphe {n} du dispositif",
            es: "párrafo {n} de la parte dispositiva",
            ru: "пункт {n} постановляющей части",
            ar: "الفقرة {n} من المنطوق"),
    }
}

/// The name of a kind of fact ("date") in the report's language; `en` is the
/// English name the comparison carries.
fn fact_word(ui: UiLanguage, en: &'static str) -> String {
    match en {
        "resolution or decision number" => {
            msg!(ui, en: "resolution or decision number", zh: "决议或决定编号",
            fr: "numéro de résolution ou de décision",
            es: "número de resolución o decisión",
            ru: "номер резолюции или решения",
            ar: "رقم القرار أو المقرر")
        }
        "document symbol" => msg!(ui, en: "document symbol", zh: "文件编号",
            fr: "cote",
            es: "signatura",
            ru: "условное обозначение",
            ar: "رمز الوثيقة"),
        "session" => msg!(ui, en: "session", zh: "届会",
            fr: "session",
            es: "período de sesiones",
            ru: "сессия",
            ar: "الدورة"),
        "date" => msg!(ui, en: "date", zh: "日期",
            fr: "date",
            es: "fecha",
            ru: "дата",
            ar: "التاريخ"),
        "figure" => msg!(ui, en: "figure", zh: "数字",
            fr: "chiffre",
            es: "cifra",
            ru: "число",
            ar: "الرقم"),
        _ => en.to_string(),
    }
}

/// "a decision" or "a resolution", for a citation compared across versions.
fn cited_kind(ui: UiLanguage, decision: bool) -> String {
    if decision {
        msg!(ui, en: "a decision", zh: "决定",
            fr: "une décision",
            es: "una decisión",
            ru: "решение",
            ar: "مقررًا")
    } else {
        msg!(ui, en: "a resolution", zh: "决议",
            fr: "une résolution",
            es: "una resolución",
            ru: "резолюция",
            ar: "قرارًا")
    }
}

/// A paragraph's name: its number, or its place in its part.
fn para_name(ui: UiLanguage, p: &Paragraph, index: usize) -> String {
    match (p.part, p.number) {
        (Part::Operative, Some((n, _))) => part_name(ui, Part::Operative, n as usize),
        (part, _) => part_name(ui, part, index + 1),
    }
}

/// The first line of a paragraph's span, for pointing at a whole paragraph.
fn head(text: &str, p: &Paragraph) -> Span {
    let s = p.span.of(text);
    let cut = s.find(['\n', '\r']).unwrap_or(s.len());
    Span::new(p.span.start, p.span.start + cut)
}

impl Cx<'_, '_> {
    fn push(&mut self, rule: &'static str, severity: Severity, a: Span, b: Span, message: String) {
        let fa = |s: Span, t: &str| {
            let st = crate::text::floor_boundary(t, s.start);
            Span::new(st, crate::text::ceil_boundary(t, s.end.max(st)))
        };
        self.out.push(Raw {
            rule,
            severity,
            a: fa(a, self.a.text),
            b: fa(b, self.b.text),
            message,
        });
    }

    fn run(&mut self) {
        let (a, b) = (self.a, self.b);
        let ui = self.ui;
        self.masthead();
        let n = a.drafts.len().min(b.drafts.len());
        for k in 0..n {
            self.draft(k);
        }
        // Drafts only one version has.
        for k in n..a.drafts.len() {
            let d = &a.drafts[k];
            let sa = d.organ.map_or(Span::default(), |o| a.blocks[o].content);
            let anchor = Span::new(b.text.len(), b.text.len());
            let no = k + 1;
            let m = msg!(ui, en: "Draft {no} of version A has no counterpart in version B", zh: "文本A的第{no}个草案在文本B中没有对应部分",
                fr: "Le projet {no} de la version A n’a pas d’équivalent dans la version B",
                es: "El proyecto {no} de la versión A no tiene equivalente en la versión B",
                ru: "Проекту {no} в версии A нет соответствия в версии B",
                ar: "ليس للمشروع {no} في الصيغة A ما يقابله في الصيغة B");
            self.push("paragraph-count", Severity::Error, sa, anchor, m);
        }
        for k in n..b.drafts.len() {
            let d = &b.drafts[k];
            let sb = d.organ.map_or(Span::default(), |o| b.blocks[o].content);
            let anchor = Span::new(a.text.len(), a.text.len());
            let no = k + 1;
            let m = msg!(ui, en: "Draft {no} of version B has no counterpart in version A", zh: "文本B的第{no}个草案在文本A中没有对应部分",
                fr: "Le projet {no} de la version B n’a pas d’équivalent dans la version A",
                es: "El proyecto {no} de la versión B no tiene equivalente en la versión A",
                ru: "Проекту {no} в версии B нет соответствия в версии A",
                ar: "ليس للمشروع {no} في الصيغة B ما يقابله في الصيغة A");
            self.push("paragraph-count", Severity::Error, anchor, sb, m);
        }
    }

    fn draft(&mut self, k: usize) {
        let (a, b) = (self.a, self.b);
        let (da, db) = (&a.drafts[k], &b.drafts[k]);
        let organ_end = |doc: &Document, o: Option<usize>| {
            o.map_or(0, |o| doc.blocks.get(o).map_or(0, |bl| bl.span.end))
        };
        // Where a paragraph missing from a part would go when the part is empty.
        let fallback_a = [
            da.operative
                .first()
                .map_or(organ_end(a, da.organ), |p| p.span.start),
            da.preamble
                .last()
                .map_or(organ_end(a, da.organ), |p| p.span.end),
        ];
        let fallback_b = [
            db.operative
                .first()
                .map_or(organ_end(b, db.organ), |p| p.span.start),
            db.preamble
                .last()
                .map_or(organ_end(b, db.organ), |p| p.span.end),
        ];
        self.part(
            &da.preamble,
            &db.preamble,
            fallback_a[0],
            fallback_b[0],
            false,
        );
        self.part(
            &da.operative,
            &db.operative,
            fallback_a[1],
            fallback_b[1],
            false,
        );
        // Preambular paragraphs found after the operative part began.
        let end_a = da.operative.last().map_or(fallback_a[1], |p| p.span.end);
        let end_b = db.operative.last().map_or(fallback_b[1], |p| p.span.end);
        self.part(&da.misplaced, &db.misplaced, end_a, end_b, true);
    }

    /// Aligns and compares one part; `misplaced`: the preambular paragraphs found
    /// among the operative ones.
    fn part(
        &mut self,
        pa: &[Paragraph],
        pb: &[Paragraph],
        fall_a: usize,
        fall_b: usize,
        misplaced: bool,
    ) {
        let name_of = |ui: UiLanguage, p: &Paragraph, i: usize| -> String {
            if misplaced {
                let n = i + 1;
                msg!(ui, en: "preambular paragraph {n} among the operative paragraphs", zh: "执行部分中的第{n}个序言段落",
                    fr: "alinéa {n} du préambule placé parmi les paragraphes du dispositif",
                    es: "párrafo {n} del preámbulo situado entre los párrafos dispositivos",
                    ru: "пункт {n} преамбулы среди пунктов постановляющей части",
                    ar: "فقرة الديباجة {n} الواردة بين فقرات المنطوق")
            } else {
                para_name(ui, p, i)
            }
        };
        let (a, b) = (self.a, self.b);
        let ui = self.ui;
        let fa: Vec<Facts> = pa.iter().map(|p| facts(a, p)).collect();
        let fb: Vec<Facts> = pb.iter().map(|p| facts(b, p)).collect();
        let nums_a: Vec<Option<u32>> = pa.iter().map(|p| p.number.map(|n| n.0)).collect();
        let nums_b: Vec<Option<u32>> = pb.iter().map(|p| p.number.map(|n| n.0)).collect();
        let steps = align(&fa, &fb, &nums_a, &nums_b);
        // The insertion point in the other text for an unpaired paragraph: the start of
        // the next paired counterpart, else the end of the previous one.
        // The nearest pair at or after, and before, each step: precomputed, so that
        // many unpaired paragraphs still cost linear time.
        let mut next_pair: Vec<Option<(usize, usize)>> = vec![None; steps.len() + 1];
        for s in (0..steps.len()).rev() {
            next_pair[s] = match steps[s] {
                Step::Pair(i, j) => Some((i, j)),
                _ => next_pair[s + 1],
            };
        }
        let mut prev_pair: Vec<Option<(usize, usize)>> = vec![None; steps.len() + 1];
        for s in 0..steps.len() {
            prev_pair[s + 1] = match steps[s] {
                Step::Pair(i, j) => Some((i, j)),
                _ => prev_pair[s],
            };
        }
        let anchor_b = |s: usize| -> Span {
            let at = next_pair[s]
                .map(|(_, j)| pb[j].span.start)
                .or(prev_pair[s].map(|(_, j)| pb[j].span.end))
                .unwrap_or(fall_b);
            Span::new(at, at)
        };
        let anchor_a = |s: usize| -> Span {
            let at = next_pair[s]
                .map(|(i, _)| pa[i].span.start)
                .or(prev_pair[s].map(|(i, _)| pa[i].span.end))
                .unwrap_or(fall_a);
            Span::new(at, at)
        };
        // The difference of operative numbers carried from pair to pair: reported only
        // where it changes without a paragraph left unpaired in between.
        let mut offset: Option<i64> = Some(0);
        for (s, st) in steps.iter().enumerate() {
            match *st {
                Step::OnlyA(i) => {
                    let name = name_of(ui, &pa[i], i);
                    let m = msg!(ui, en: "The {name} of version A has no counterpart in version B (dropped there, or added here)", zh: "文本A的{name}在文本B中没有对应段落（文本B遗漏，或文本A多出）",
                        fr: "Version A, {name} : pas d’équivalent dans la version B (suppression dans la version B, ou ajout dans la version A)",
                        es: "Versión A, {name}: sin equivalente en la versión B (supresión en la versión B o adición en la versión A)",
                        ru: "Версия A, {name}: нет соответствия в версии B (пропуск в версии B или добавление в версии A)",
                        ar: "الصيغة A، {name}: لا مقابل له في الصيغة B (حذف في الصيغة B أو إضافة في الصيغة A)");
                    self.push(
                        "paragraph-count",
                        Severity::Error,
                        head(a.text, &pa[i]),
                        anchor_b(s),
                        m,
                    );
                    offset = None;
                }
                Step::OnlyB(j) => {
                    let name = name_of(ui, &pb[j], j);
                    let m = msg!(ui, en: "The {name} of version B has no counterpart in version A (dropped here, or added there)", zh: "文本B的{name}在文本A中没有对应段落（文本A遗漏，或文本B多出）",
                        fr: "Version B, {name} : pas d’équivalent dans la version A (suppression dans la version A, ou ajout dans la version B)",
                        es: "Versión B, {name}: sin equivalente en la versión A (supresión en la versión A o adición en la versión B)",
                        ru: "Версия B, {name}: нет соответствия в версии A (пропуск в версии A или добавление в версии B)",
                        ar: "الصيغة B، {name}: لا مقابل له في الصيغة A (حذف في الصيغة A أو إضافة في الصيغة B)");
                    self.push(
                        "paragraph-count",
                        Severity::Error,
                        anchor_a(s),
                        head(b.text, &pb[j]),
                        m,
                    );
                    offset = None;
                }
                Step::Pair(i, j) => {
                    let (p, q) = (&pa[i], &pb[j]);
                    if let (Some((x, xs)), Some((y, ys))) = (p.number, q.number) {
                        let d = x as i64 - y as i64;
                        if offset.is_some_and(|o| o != d) {
                            let m = msg!(ui, en: "Paragraph numbered {x} in version A is numbered {y} in version B", zh: "文本A中编号为{x}的段落在文本B中编号为{y}",
                                fr: "Le paragraphe numéroté {x} dans la version A porte le numéro {y} dans la version B",
                                es: "El párrafo numerado {x} en la versión A lleva el número {y} en la versión B",
                                ru: "Пункт под номером {x} в версии A имеет номер {y} в версии B",
                                ar: "الفقرة المرقمة {x} في الصيغة A مرقمة {y} في الصيغة B");
                            self.push("numbering-mismatch", Severity::Error, xs, ys, m);
                        }
                        offset = Some(d);
                    }
                    self.subs(p, q);
                    let name = name_of(ui, p, i);
                    self.facts(&fa[i], &fb[j], p, q, &name);
                }
            }
        }
    }

    fn subs(&mut self, p: &Paragraph, q: &Paragraph) {
        // Arabic letters label the sub-paragraphs that other versions letter a, b, c:
        // (أ) is (a), (ب) is (b).
        fn label_key(label: &str) -> String {
            let abjad = crate::lang::ar::ABJAD;
            match abjad
                .iter()
                .position(|l| *l == label || l.trim_end_matches('\u{640}') == label)
            {
                Some(i) => char::from_u32('a' as u32 + i as u32)
                    .map_or_else(|| label.to_string(), |c| c.to_string()),
                None => label.to_string(),
            }
        }
        let ui = self.ui;
        let n = p.subs.len().max(q.subs.len());
        for k in 0..n {
            let (x, y) = (p.subs.get(k), q.subs.get(k));
            if x.map(|s| label_key(&s.label)) == y.map(|s| label_key(&s.label)) {
                continue;
            }
            let la = x.map_or("—".to_string(), |s| s.label.clone());
            let lb = y.map_or("—".to_string(), |s| s.label.clone());
            let sa = x.map_or(Span::new(p.span.end, p.span.end), |s| s.label_span);
            let sb = y.map_or(Span::new(q.span.end, q.span.end), |s| s.label_span);
            let m = msg!(ui, en: "Sub-paragraph labels differ: ({la}) in version A, ({lb}) in version B", zh: "分段编号不一致：文本A为({la})，文本B为({lb})",
                fr: "Les lettres des alinéas diffèrent : ({la}) dans la version A, ({lb}) dans la version B",
                es: "Las letras de los apartados no coinciden: ({la}) en la versión A, ({lb}) en la versión B",
                ru: "Обозначения подпунктов различаются: ({la}) в версии A, ({lb}) в версии B",
                ar: "تختلف تسميات الفقرات الفرعية: ({la}) في الصيغة A، و({lb}) في الصيغة B");
            self.push("numbering-mismatch", Severity::Error, sa, sb, m);
            // One finding per paragraph: the rest follows from the first difference.
            break;
        }
    }

    /// Document symbols.
    fn symbols(&mut self, fa: &Facts, fb: &Facts, name: &str) {
        let ka: Vec<&str> = fa.symbols.iter().map(|s| s.0.as_str()).collect();
        let kb: Vec<&str> = fb.symbols.iter().map(|s| s.0.as_str()).collect();
        let sa: Vec<Span> = fa.symbols.iter().map(|s| s.1).collect();
        let sb: Vec<Span> = fb.symbols.iter().map(|s| s.1).collect();
        let pa: Vec<Vec<String>> = ka.iter().map(|k| number_parts(k)).collect();
        let pb: Vec<Vec<String>> = kb.iter().map(|k| number_parts(k)).collect();
        let what = ("document symbol", "文件编号");
        self.diff(
            "citation-mismatch",
            (&ka, &sa, &pa),
            (&kb, &sb, &pb),
            name,
            what,
        );
    }

    /// Session numbers.
    fn sessions(&mut self, fa: &Facts, fb: &Facts, name: &str) {
        let ka: Vec<u32> = fa.sessions.iter().map(|s| s.0).collect();
        let kb: Vec<u32> = fb.sessions.iter().map(|s| s.0).collect();
        let sa: Vec<Span> = fa.sessions.iter().map(|s| s.1).collect();
        let sb: Vec<Span> = fb.sessions.iter().map(|s| s.1).collect();
        let pa: Vec<Vec<String>> = ka.iter().map(|v| vec![figure_key(*v as f64)]).collect();
        let pb: Vec<Vec<String>> = kb.iter().map(|v| vec![figure_key(*v as f64)]).collect();
        self.diff(
            "session-mismatch",
            (&ka, &sa, &pa),
            (&kb, &sb, &pb),
            name,
            ("session", "届会"),
        );
    }

    /// The masthead (the text before the first opening line): its session and its
    /// document symbols.
    fn masthead(&mut self) {
        let (a, b) = (self.a, self.b);
        let start_of = |d: &Document| -> Option<usize> {
            let dr = d.drafts.first()?;
            let organ = dr
                .organ
                .and_then(|o| d.blocks.get(o))
                .map(|bl| bl.span.start);
            organ.or_else(|| dr.paragraphs().next().map(|p| p.span.start))
        };
        let (Some(ea), Some(eb)) = (start_of(a), start_of(b)) else {
            return;
        };
        let pseudo = |end: usize| Paragraph {
            block: 0,
            part: Part::Preamble,
            span: Span::new(0, end),
            content: Span::new(0, end),
            number: None,
            opener: None,
            subs: Vec::new(),
            end: None,
            lead_end: None,
            continued: false,
        };
        let (p, q) = (pseudo(ea), pseudo(eb));
        let (fa, fb) = (facts(a, &p), facts(b, &q));
        let name = msg!(self.ui, en: "masthead", zh: "文件抬头",
            fr: "en-tête",
            es: "encabezado",
            ru: "шапка документа",
            ar: "ترويسة الوثيقة");
        self.symbols(&fa, &fb, &name);
        self.sessions(&fa, &fb, &name);
        let (fa, fb) = (
            Facts {
                words: Vec::new(),
                ..fa
            },
            Facts {
                words: Vec::new(),
                ..fb
            },
        );
        self.reconcile(&fa, &fb, &p, &q, &name);
    }

    /// Reports, for one kind of fact, the pairs that differ; keeps the facts of one
    /// side alone for [`Cx::reconcile`].
    #[allow(clippy::too_many_arguments)]
    fn diff<K: std::hash::Hash + Eq>(
        &mut self,
        rule: &'static str,
        (ka, sa, pa): (&[K], &[Span], &[Vec<String>]),
        (kb, sb, pb): (&[K], &[Span], &[Vec<String>]),
        name: &str,
        what: (&'static str, &'static str),
    ) -> Vec<(usize, usize)> {
        let (a, b, ui) = (self.a.text, self.b.text, self.ui);
        let (la, lb, pairs) = match_keys(ka, kb);
        let n = la.len().min(lb.len());
        for k in 0..n {
            let (i, j) = (la[k], lb[k]);
            let (x, y) = (sa[i].of(a), sb[j].of(b));
            let (we, wz) = what;
            let we = fact_word(ui, we);
            let m = msg!(ui, en: "The {name} gives a different {we}: “{x}” in version A, “{y}” in version B", zh: "{name}的{wz}不一致：文本A为“{x}”，文本B为“{y}”",
                fr: "Divergence de {we} ({name}) : « {x} » dans la version A, « {y} » dans la version B",
                es: "Discrepancia de {we} ({name}): “{x}” en la versión A, “{y}” en la versión B",
                ru: "Расхождение ({name}, {we}): «{x}» в версии A, «{y}» в версии B",
                ar: "اختلاف في {we} ({name}): “{x}” في الصيغة A، و“{y}” في الصيغة B");
            self.push(rule, Severity::Error, sa[i], sb[j], m);
        }
        for &i in &la[n..] {
            self.pending.push(Pending {
                rule,
                in_a: true,
                span: sa[i],
                what,
                parts: pa[i].clone(),
            });
        }
        for &j in &lb[n..] {
            self.pending.push(Pending {
                rule,
                in_a: false,
                span: sb[j],
                what,
                parts: pb[j].clone(),
            });
        }
        pairs
    }

    /// Reports the facts of one side alone, except those whose numbers all appear
    /// among what the other side has left over (or writes in words): the model may
    /// read "56/16" as a citation in one language and as two figures in the other
    /// (a line break inside a citation or a date in hard-wrapped text), and that is
    /// no disagreement.
    fn reconcile(&mut self, fa: &Facts, fb: &Facts, p: &Paragraph, q: &Paragraph, name: &str) {
        let pending = std::mem::take(&mut self.pending);
        let pool = |in_a: bool| -> HashMap<String, usize> {
            let mut m: HashMap<String, usize> = HashMap::new();
            for x in pending.iter().filter(|x| x.in_a == in_a) {
                for part in &x.parts {
                    *m.entry(part.clone()).or_default() += 1;
                }
            }
            let words = if in_a { &fa.words } else { &fb.words };
            for w in words {
                *m.entry(figure_key(w.value)).or_default() += 1;
            }
            m
        };
        let (pool_a, pool_b) = (pool(true), pool(false));
        let (a, b, ui) = (self.a.text, self.b.text, self.ui);
        for x in &pending {
            let other = if x.in_a { &pool_b } else { &pool_a };
            let mut need: HashMap<&String, usize> = HashMap::new();
            for part in &x.parts {
                *need.entry(part).or_default() += 1;
            }
            let covered = !x.parts.is_empty()
                && need
                    .iter()
                    .all(|(k, n)| other.get(*k).is_some_and(|have| have >= n));
            if covered {
                continue;
            }
            let (we, wz) = x.what;
            let we = fact_word(ui, we);
            if x.in_a {
                let t = x.span.of(a);
                let m = msg!(ui, en: "The {name} of version A gives the {we} “{t}”, which its counterpart in version B lacks", zh: "文本A{name}中的{wz}“{t}”在文本B的对应段落中没有出现",
                    fr: "Version A, {name} : {we} « {t} », qui ne figure pas dans le passage correspondant de la version B",
                    es: "Versión A, {name}: {we} “{t}”, que no figura en el pasaje correspondiente de la versión B",
                    ru: "Версия A, {name}: {we} «{t}» отсутствует в соответствующем фрагменте версии B",
                    ar: "الصيغة A، {name}: {we} “{t}” غير وارد في الجزء المقابل من الصيغة B");
                self.push(x.rule, Severity::Warning, x.span, head(b, q), m);
            } else {
                let t = x.span.of(b);
                let m = msg!(ui, en: "The {name} of version B gives the {we} “{t}”, which its counterpart in version A lacks", zh: "文本B{name}中的{wz}“{t}”在文本A的对应段落中没有出现",
                    fr: "Version B, {name} : {we} « {t} », qui ne figure pas dans le passage correspondant de la version A",
                    es: "Versión B, {name}: {we} “{t}”, que no figura en el pasaje correspondiente de la versión A",
                    ru: "Версия B, {name}: {we} «{t}» отсутствует в соответствующем фрагменте версии A",
                    ar: "الصيغة B، {name}: {we} “{t}” غير وارد في الجزء المقابل من الصيغة A");
                self.push(x.rule, Severity::Warning, head(a, p), x.span, m);
            }
        }
    }

    fn facts(&mut self, fa: &Facts, fb: &Facts, p: &Paragraph, q: &Paragraph, name: &str) {
        let ui = self.ui;
        let (ta, tb) = (self.a.text, self.b.text);
        // Citations: numbers, then Council years of the citations paired.
        let ka: Vec<&str> = fa.cites.iter().map(|c| c.key.as_str()).collect();
        let kb: Vec<&str> = fb.cites.iter().map(|c| c.key.as_str()).collect();
        let sa: Vec<Span> = fa.cites.iter().map(|c| c.span).collect();
        let sb: Vec<Span> = fb.cites.iter().map(|c| c.span).collect();
        let pa: Vec<Vec<String>> = fa
            .cites
            .iter()
            .map(|c| number_parts(c.span.of(ta)))
            .collect();
        let pb: Vec<Vec<String>> = fb
            .cites
            .iter()
            .map(|c| number_parts(c.span.of(tb)))
            .collect();
        let what = ("resolution or decision number", "决议或决定编号");
        let pairs = self.diff(
            "citation-mismatch",
            (&ka, &sa, &pa),
            (&kb, &sb, &pb),
            name,
            what,
        );
        for (i, j) in pairs {
            let (x, y) = (&fa.cites[i], &fb.cites[j]);
            if x.decision != y.decision {
                let key = &x.key;
                let (ka, kb) = if x.decision {
                    (("a decision", "决定"), ("a resolution", "决议"))
                } else {
                    (("a resolution", "决议"), ("a decision", "决定"))
                };
                let (za, zb) = (ka.1, kb.1);
                let (ea, eb) = (cited_kind(ui, x.decision), cited_kind(ui, y.decision));
                let m = msg!(ui, en: "The {name} cites {key} as {ea} in version A and as {eb} in version B", zh: "{name}所引{key}在文本A中为{za}，在文本B中为{zb}",
                    fr: "{name} : {key} est cité comme {ea} dans la version A et comme {eb} dans la version B",
                    es: "{name}: {key} se cita como {ea} en la versión A y como {eb} en la versión B",
                    ru: "{name}: {key} приводится как {ea} в версии A и как {eb} в версии B",
                    ar: "{name}: يُشار إلى {key} بوصفه {ea} في الصيغة A وبوصفه {eb} في الصيغة B");
                self.push("citation-mismatch", Severity::Error, x.span, y.span, m);
            }
            if let (Some(ya), Some(yb)) = (x.year, y.year) {
                if ya != yb {
                    let key = &x.key;
                    let m = msg!(ui, en: "The {name} dates Security Council resolution {key} differently: {ya} in version A, {yb} in version B", zh: "{name}所引安全理事会第{key}号决议的年份不一致：文本A为{ya}年，文本B为{yb}年",
                        fr: "{name} : l’année de la résolution {key} du Conseil de sécurité diffère : {ya} dans la version A, {yb} dans la version B",
                        es: "{name}: el año de la resolución {key} del Consejo de Seguridad no coincide: {ya} en la versión A, {yb} en la versión B",
                        ru: "{name}: год резолюции {key} Совета Безопасности различается: {ya} в версии A, {yb} в версии B",
                        ar: "{name}: تختلف سنة قرار مجلس الأمن {key}: {ya} في الصيغة A، و{yb} في الصيغة B");
                    self.push(
                        "citation-mismatch",
                        Severity::Error,
                        x.year_span.unwrap_or(x.span),
                        y.year_span.unwrap_or(y.span),
                        m,
                    );
                }
            }
        }
        self.symbols(fa, fb, name);
        // Dates.
        let date_parts = |d: &DateKey| -> Vec<String> {
            let mut v = vec![figure_key(d.0 as f64), figure_key(d.1 as f64)];
            v.extend(d.2.map(|x| figure_key(x as f64)));
            v
        };
        let ka: Vec<DateKey> = fa.dates.iter().map(|d| d.0).collect();
        let kb: Vec<DateKey> = fb.dates.iter().map(|d| d.0).collect();
        let sa: Vec<Span> = fa.dates.iter().map(|d| d.1).collect();
        let sb: Vec<Span> = fb.dates.iter().map(|d| d.1).collect();
        let pa: Vec<Vec<String>> = ka.iter().map(date_parts).collect();
        let pb: Vec<Vec<String>> = kb.iter().map(date_parts).collect();
        self.diff(
            "date-mismatch",
            (&ka, &sa, &pa),
            (&kb, &sb, &pb),
            name,
            ("date", "日期"),
        );
        self.sessions(fa, fb, name);
        self.figures(fa, fb, name);
        self.reconcile(fa, fb, p, q, name);
    }

    fn figures(&mut self, fa: &Facts, fb: &Facts, name: &str) {
        let ka: Vec<String> = fa.digits.iter().map(|f| figure_key(f.value)).collect();
        let kb: Vec<String> = fb.digits.iter().map(|f| figure_key(f.value)).collect();
        let (la, lb, _) = match_keys(&ka, &kb);
        // A figure in digits left over on one side matches the same value in words on
        // the other.
        let wa: Vec<String> = fa.words.iter().map(|f| figure_key(f.value)).collect();
        let wb: Vec<String> = fb.words.iter().map(|f| figure_key(f.value)).collect();
        let la_keys: Vec<&String> = la.iter().map(|&i| &ka[i]).collect();
        let lb_keys: Vec<&String> = lb.iter().map(|&j| &kb[j]).collect();
        let wb_refs: Vec<&String> = wb.iter().collect();
        let wa_refs: Vec<&String> = wa.iter().collect();
        let (ra, _, _) = match_keys(&la_keys, &wb_refs);
        let (rb, _, _) = match_keys(&lb_keys, &wa_refs);
        let la: Vec<usize> = ra.into_iter().map(|k| la[k]).collect();
        let lb: Vec<usize> = rb.into_iter().map(|k| lb[k]).collect();
        let (a, b, ui) = (self.a.text, self.b.text, self.ui);
        let n = la.len().min(lb.len());
        for k in 0..n {
            let (x, y) = (&fa.digits[la[k]], &fb.digits[lb[k]]);
            let (xs, ys) = (x.span.of(a), y.span.of(b));
            let m = if x.paragraph || y.paragraph {
                msg!(ui, en: "The {name} refers to a different paragraph: “{xs}” in version A, “{ys}” in version B", zh: "{name}所指段落不一致：文本A为“{xs}”，文本B为“{ys}”",
                    fr: "{name} : renvoi à un paragraphe différent : « {xs} » dans la version A, « {ys} » dans la version B",
                    es: "{name}: remite a un párrafo distinto: “{xs}” en la versión A, “{ys}” en la versión B",
                    ru: "{name}: ссылки на разные пункты: «{xs}» в версии A, «{ys}» в версии B",
                    ar: "{name}: إحالة إلى فقرة مختلفة: “{xs}” في الصيغة A، و“{ys}” في الصيغة B")
            } else {
                msg!(ui, en: "The {name} gives a different figure: “{xs}” in version A, “{ys}” in version B", zh: "{name}的数字不一致：文本A为“{xs}”，文本B为“{ys}”",
                    fr: "{name} : chiffre différent : « {xs} » dans la version A, « {ys} » dans la version B",
                    es: "{name}: cifra distinta: “{xs}” en la versión A, “{ys}” en la versión B",
                    ru: "{name}: числа различаются: «{xs}» в версии A, «{ys}» в версии B",
                    ar: "{name}: رقم مختلف: “{xs}” في الصيغة A، و“{ys}” في الصيغة B")
            };
            self.push("figure-mismatch", Severity::Error, x.span, y.span, m);
        }
        for (in_a, list, digits) in [(true, &la[n..], &fa.digits), (false, &lb[n..], &fb.digits)] {
            for &i in list {
                let f = &digits[i];
                self.pending.push(Pending {
                    rule: "figure-mismatch",
                    in_a,
                    span: f.span,
                    what: ("figure", "数字"),
                    parts: vec![figure_key(f.value)],
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_of(a: &str, b: &str) -> Vec<&'static str> {
        compare(a, b, &Options::default())
            .diagnostics
            .iter()
            .map(|d| d.rule)
            .collect()
    }

    #[test]
    fn documented_examples_are_flagged_by_their_rule() {
        for r in RULES {
            let got = rules_of(r.bad.0, r.bad.1);
            assert!(got.contains(&r.id), "{}: got {got:?}", r.id);
            assert_eq!(r.category(), Category::Consistency);
        }
    }

    #[test]
    fn a_text_compared_with_itself_is_clean() {
        for r in RULES {
            assert!(rules_of(r.bad.0, r.bad.0).is_empty());
            assert!(rules_of(r.bad.1, r.bad.1).is_empty());
        }
    }

    #[test]
    fn council_years_subparagraphs_and_references() {
        let en = "The Security Council,\n\nRecalling its resolution 1631 (2005),\n\n1. Decides:\n\n(a) To act as set out in paragraph 2 of resolution 1631 (2005);\n\n(b) To remain seized of the matter.\n";
        let zh = "安全理事会，\n\n回顾其第1631(2006)号决议，\n\n1. 决定：\n\n(a) 按照第1631(2005)号决议第3段采取行动；\n\n(c) 继续处理此案。\n";
        let c = compare(en, zh, &Options::default());
        let got: Vec<(&str, Severity)> =
            c.diagnostics.iter().map(|d| (d.rule, d.severity)).collect();
        assert_eq!(
            got,
            vec![
                ("citation-mismatch", Severity::Error),
                ("figure-mismatch", Severity::Error),
                ("numbering-mismatch", Severity::Error),
            ],
            "{:?}",
            c.diagnostics
        );
        assert!(c.diagnostics[1].message.contains("different paragraph"));
    }

    #[test]
    fn words_match_digits_and_one_sided_digits_warn() {
        let en = "The General Assembly,\n\n1. Decides to hold three meetings and 2 seminars.\n";
        let zh = "大会，\n\n1. 决定举行3次会议和两次研讨会，为期5天。\n";
        let c = compare(en, zh, &Options::default());
        let got: Vec<(&str, Severity)> =
            c.diagnostics.iter().map(|d| (d.rule, d.severity)).collect();
        assert_eq!(
            got,
            vec![("figure-mismatch", Severity::Warning)],
            "{:?}",
            c.diagnostics
        );
        assert!(c.diagnostics[0].message.contains("“5”"));
    }

    #[test]
    fn a_decision_is_not_a_resolution() {
        let en = "The General Assembly,\n\nRecalling its decision 63/552 and its resolution 59/50,\n\n1. Decides to remain seized of the matter.\n";
        let zh = "大会，\n\n回顾其第63/552号决议和第59/50号决议，\n\n1. 决定继续处理此案。\n";
        let c = compare(en, zh, &Options::default());
        assert_eq!(c.diagnostics.len(), 1, "{:?}", c.diagnostics);
        assert!(c.diagnostics[0].message.contains("63/552 as a decision"));
        let zh_ok = "大会，\n\n回顾其第63/552号决定和第59/50号决议，\n\n1. 决定继续处理此案。\n";
        assert!(compare(en, zh_ok, &Options::default())
            .diagnostics
            .is_empty());
    }

    #[test]
    fn multiplied_figures_compare_as_values() {
        let en = "The General Assembly,\n\n1. Decides to appropriate 1.1 million dollars and 2.3 billion euros.\n";
        let zh = "大会，\n\n1. 决定批款110万美元和23亿欧元。\n";
        assert!(compare(en, zh, &Options::default()).diagnostics.is_empty());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let texts = [
            "",
            "\r",
            "大会，",
            "The General Assembly,\n\n1. Requests 5;\n",
            "1. 2. 3.\n\n4.\n",
            "😀 59/50 第六十五届会议 2 December 2004",
        ];
        for x in texts {
            for y in texts {
                let c = compare(x, y, &Options::default());
                for d in &c.diagnostics {
                    assert!(d.start <= d.end && d.related.start <= d.related.end);
                }
            }
        }
    }
}
