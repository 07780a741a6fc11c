//! Drafts: each opening line starts one; its blocks are sorted into the preamble and
//! the operative part, with sub-paragraphs, and its follow-up clause and report
//! requests are found.

use super::blocks::{last_char, BlockKind, Label};
use super::sessions::SessionKind;
use super::Document;
use crate::lang::{Opener, OpenerClass, Profile, Punct};
use crate::options::{Body, Language};
use crate::text::{is_hspace, Span};

/// The part of a draft a paragraph stands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Preamble,
    Operative,
}

/// How a paragraph (or sub-paragraph, or lead-in) ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct End {
    pub punct: Punct,
    /// The final punctuation mark, or the last character when there is none.
    pub span: Span,
}

impl End {
    /// Where a missing mark goes, or the mark to replace.
    pub fn fix_span(&self) -> Span {
        if self.punct == Punct::Other {
            Span::new(self.span.end, self.span.end)
        } else {
            self.span
        }
    }
}

/// A sub-paragraph "(a) …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubParagraph {
    pub block: usize,
    pub label: String,
    pub label_span: Span,
    pub span: Span,
    pub end: Option<End>,
}

/// A preambular or operative paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub block: usize,
    pub part: Part,
    /// From the label (or first word) to the end of the last sub-paragraph.
    pub span: Span,
    /// The text after the label, up to the end of its own block (the lead-in when
    /// there are sub-paragraphs).
    pub content: Span,
    pub number: Option<(u32, Span)>,
    /// The opening words, in absolute byte offsets.
    pub opener: Option<Opener>,
    pub subs: Vec<SubParagraph>,
    /// How the paragraph ends (after its last sub-paragraph, if any).
    pub end: Option<End>,
    /// How the lead-in ends, when there are sub-paragraphs.
    pub lead_end: Option<End>,
    /// Followed by unnumbered text that is not a paragraph (quoted material).
    pub continued: bool,
}

impl Paragraph {
    /// A numbered paragraph that reads as preambular: a participle or other
    /// preambular opener, ending with a comma.
    pub fn looks_preambular(&self) -> bool {
        let class = self.opener.as_ref().map(|o| o.class);
        let comma = self.end.is_some_and(|e| e.punct == Punct::Comma);
        comma
            && (matches!(
                class,
                Some(OpenerClass::Preambular | OpenerClass::PreambularLike)
            ) || self.opener.as_ref().is_some_and(|o| o.preferred.is_some()))
    }
}

/// The kind of follow-up clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpKind {
    /// "Decides to include in the provisional agenda of its … session …".
    AgendaInclusion,
    /// "Decides to continue its consideration of the question at its … session".
    ContinueConsideration,
}

/// The clause placing the item on the agenda of a later session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    /// Index in the draft's operative paragraphs.
    pub paragraph: usize,
    pub kind: FollowUpKind,
    pub session: u32,
    /// The session mention ("sixty-fifth session").
    pub session_span: Span,
    /// The quoted title of the item (or of the sub-item, which names the draft).
    pub title: Option<Span>,
    /// The clause places a sub-item ("the sub-item entitled", 分项).
    pub sub_item: bool,
    /// How many titles the clause quotes (a sub-item's clause quotes its item too).
    pub titles: usize,
}

/// A report requested for a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportRequest {
    pub paragraph: usize,
    pub session: u32,
    pub session_span: Span,
}

/// One draft resolution (or decision) in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The opening line's block, None when the draft has none.
    pub organ: Option<usize>,
    pub body: Body,
    pub title: Option<Span>,
    pub preamble: Vec<Paragraph>,
    pub operative: Vec<Paragraph>,
    /// Preambular paragraphs found after the operative part began.
    pub misplaced: Vec<Paragraph>,
    pub follow_ups: Vec<FollowUp>,
    pub reports: Vec<ReportRequest>,
}

impl Draft {
    /// All paragraphs in text order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        let mut v: Vec<&Paragraph> = self
            .preamble
            .iter()
            .chain(self.operative.iter())
            .chain(self.misplaced.iter())
            .collect();
        v.sort_by_key(|p| p.span.start);
        v.into_iter()
    }
}

/// How a span of text ends.
pub fn end_of(text: &str, span: Span) -> Option<End> {
    let s = span.of(text);
    let (i, c) = last_char(s)?;
    let mut punct = Punct::of(c);
    let mut at = span.start + i;
    let mut len = c.len_utf8();
    // A closing quotation mark or bracket after the mark: "…entitled “X”." is normal;
    // "…“X.”" keeps the mark inside.
    if punct == Punct::Other && matches!(c, '”' | '’' | '"' | ')' | '）' | '»' | '」' | '』')
    {
        if let Some((j, d)) = s[..i].char_indices().next_back() {
            let p = Punct::of(d);
            if p != Punct::Other {
                punct = p;
                at = span.start + j;
                len = d.len_utf8();
            }
        }
    }
    Some(End {
        punct,
        span: Span::new(at, at + len),
    })
}

fn is_terminator(s: &str) -> bool {
    let t = s.trim_start_matches('#').trim_start();
    let lower = t.to_ascii_lowercase();
    lower.starts_with("annex")
        || lower.starts_with("appendix")
        || lower.starts_with("explanatory memorandum")
        || lower.starts_with("resolution adopted by")
        || lower.starts_with("adopted by the")
        || lower.contains("plenary meeting") && t.len() < 40
        || lower.ends_with(": draft resolution")
        || lower.starts_with("(signed)")
        || t.starts_with("附件")
        || t.starts_with("解释性说明")
        || t.ends_with("(签名)")
        || t.ends_with("（签名）")
        || t.ends_with("次全体会议") && t.chars().count() < 16
        || t.ends_with("会议通过")
        || t == "大会决议"
}

/// A title-like block before the opening line ("80/13. Title", "#### Title").
fn title_of(doc: &Document, organ: usize, floor: usize) -> Option<Span> {
    let text = doc.text;
    let mut i = organ;
    let mut steps = 0;
    while i > floor && steps < 3 {
        i -= 1;
        steps += 1;
        let b = &doc.blocks[i];
        let s = b.content.of(text);
        let lower = s.to_ascii_lowercase();
        let folded = crate::lang::phrase::fold(s);
        let own = doc.profile().draft_words();
        if own.iter().any(|w| folded.contains(w)) {
            let t = folded.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
            if own.iter().any(|w| t.ends_with(w)) && t.contains(':') {
                return None;
            }
            continue;
        }
        if lower.contains("draft resolution")
            || lower.contains("draft decision")
            || s.contains("决议草案")
            || s.contains("决定草案")
        {
            if lower.ends_with(": draft resolution") || lower.ends_with(": draft decision") {
                return None;
            }
            continue;
        }
        if s.starts_with('[') || s.is_empty() {
            continue;
        }
        if matches!(
            b.kind,
            BlockKind::Numbered | BlockKind::Sub | BlockKind::Organ(_)
        ) {
            return None;
        }
        // "80/13. Title" / "52/7. 标题".
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && s[digits..].starts_with('/') {
            let rest = &s[digits + 1..];
            let d2 = rest.bytes().take_while(u8::is_ascii_digit).count();
            if d2 > 0 && rest[d2..].starts_with('.') {
                let t = rest[d2 + 1..].trim_start();
                return Some(Span::new(b.content.end - t.len(), b.content.end));
            }
        }
        let ends_open = end_of(text, b.content).is_none_or(|e| e.punct == Punct::Other);
        if ends_open && s.chars().count() <= 300 && !is_terminator(s) {
            return Some(b.content);
        }
        return None;
    }
    None
}

/// Does this block look like a heading inside a draft ("I", "A", a short title)?
fn heading_like(text: &str, content: Span, opener: &Option<Opener>, lang: Language) -> bool {
    let s = content.of(text);
    if s.chars().count() > 120 {
        return false;
    }
    if end_of(text, content).is_some_and(|e| e.punct != Punct::Other) {
        return false;
    }
    let recognised = opener.as_ref().is_some_and(|o| {
        matches!(
            o.class,
            OpenerClass::Preambular | OpenerClass::Operative | OpenerClass::Both
        ) || o.preferred.is_some()
    });
    if recognised {
        return false;
    }
    // An English paragraph that merely lost its final mark still reads as a sentence.
    if lang == Language::En && s.split_whitespace().count() > 14 {
        return false;
    }
    true
}

fn absolute(o: Option<Opener>, base: usize) -> Option<Opener> {
    o.map(|mut o| {
        o.start += base;
        o.end += base;
        if let Some(a) = o.adverb.as_mut() {
            a.start += base;
            a.end += base;
        }
        o
    })
}

/// Finds the drafts of a document.
pub fn find(doc: &Document, profile: &dyn Profile) -> Vec<Draft> {
    let blocks = &doc.blocks;
    let organs: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Organ(_)))
        .map(|(i, _)| i)
        .collect();
    let mut drafts = Vec::new();
    let mut starts: Vec<(Option<usize>, usize)> =
        organs.iter().map(|&o| (Some(o), o + 1)).collect();
    if starts.is_empty() {
        // No opening line: a draft without one, if its paragraphs look like a draft's.
        if let Some(first) = headless_start(doc, profile) {
            starts.push((None, first));
        }
    }
    for (k, &(organ, from)) in starts.iter().enumerate() {
        let limit = starts
            .get(k + 1)
            .map_or(blocks.len(), |s| s.0.unwrap_or(blocks.len()));
        let body = organ.and_then(|o| match blocks[o].kind {
            BlockKind::Organ(b) => Some(b),
            _ => None,
        });
        let floor = if k == 0 { 0 } else { starts[k - 1].1 };
        let title = organ.and_then(|o| title_of(doc, o, floor));
        let mut d = Draft {
            organ,
            body: body.unwrap_or(doc.body),
            title,
            preamble: Vec::new(),
            operative: Vec::new(),
            misplaced: Vec::new(),
            follow_ups: Vec::new(),
            reports: Vec::new(),
        };
        classify(doc, profile, &mut d, from, limit);
        find_follow_up(doc, &mut d);
        drafts.push(d);
    }
    drafts
}

/// For a text without an opening line: the first block that opens like a draft
/// paragraph, when the text has a numbered operative verb paragraph.
fn headless_start(doc: &Document, profile: &dyn Profile) -> Option<usize> {
    let text = doc.text;
    let mut first_pre = None;
    for (i, b) in doc.blocks.iter().enumerate() {
        let o = profile.opener(b.content.of(text));
        let class = o.as_ref().map(|o| o.class);
        match b.kind {
            BlockKind::Text
                if first_pre.is_none()
                    && matches!(class, Some(OpenerClass::Preambular))
                    && end_of(text, b.content).is_some_and(|e| e.punct == Punct::Comma) =>
            {
                first_pre = Some(i);
            }
            BlockKind::Numbered
                if matches!(class, Some(OpenerClass::Operative | OpenerClass::Both)) =>
            {
                return Some(first_pre.unwrap_or(i));
            }
            _ => {}
        }
    }
    None
}

fn classify(doc: &Document, profile: &dyn Profile, d: &mut Draft, from: usize, limit: usize) {
    let text = doc.text;
    let lang = doc.language;
    let mut state = Part::Preamble;
    // Which list the last paragraph went to, to attach sub-paragraphs.
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        None,
        Pre,
        Op,
        Mis,
    }
    let mut last = Last::None;
    let mut i = from;
    while i < limit {
        let b = &doc.blocks[i];
        let content_text = b.content.of(text);
        if let BlockKind::Heading(_) = b.kind {
            if is_terminator(content_text) {
                break;
            }
            i += 1;
            continue;
        }
        if is_terminator(b.span.of(text)) {
            break;
        }
        match b.kind {
            BlockKind::Sub => {
                let Some(Label::Sub(label, lsp)) = b.label.clone() else {
                    i += 1;
                    continue;
                };
                let sub = SubParagraph {
                    block: i,
                    label,
                    label_span: lsp,
                    span: b.span,
                    end: end_of(text, b.content),
                };
                let target = match last {
                    Last::Pre => d.preamble.last_mut(),
                    Last::Op => d.operative.last_mut(),
                    Last::Mis => d.misplaced.last_mut(),
                    Last::None => None,
                };
                if let Some(p) = target {
                    p.span.end = b.span.end;
                    p.end = sub.end;
                    p.subs.push(sub);
                }
            }
            BlockKind::Numbered => {
                let num = match &b.label {
                    Some(Label::Number(n, sp)) => Some((*n, *sp)),
                    _ => None,
                };
                let mut p = paragraph(doc, profile, i, Part::Operative, num);
                if state == Part::Preamble && p.looks_preambular() {
                    // "1. Recalling …," before the operative part: a numbered
                    // preambular paragraph (numbered-preamble reports it).
                    p.part = Part::Preamble;
                    d.preamble.push(p);
                    last = Last::Pre;
                } else {
                    state = Part::Operative;
                    d.operative.push(p);
                    last = Last::Op;
                }
            }
            BlockKind::Text => {
                let opener = absolute(profile.opener(content_text), b.content.start);
                if heading_like(text, b.content, &opener, lang) {
                    // A section heading, a footnote or a stray line: not a paragraph.
                    i += 1;
                    continue;
                }
                let class = opener.as_ref().map(|o| o.class);
                let end = end_of(text, b.content);
                match state {
                    Part::Preamble => {
                        d.preamble
                            .push(paragraph(doc, profile, i, Part::Preamble, None));
                        last = Last::Pre;
                    }
                    Part::Operative => {
                        let comma = end.is_some_and(|e| e.punct == Punct::Comma);
                        let pre = matches!(
                            class,
                            Some(OpenerClass::Preambular | OpenerClass::PreambularLike)
                        ) || (class == Some(OpenerClass::Both) && comma);
                        let op = matches!(
                            class,
                            Some(
                                OpenerClass::Operative
                                    | OpenerClass::OperativeLike
                                    | OpenerClass::Both
                            )
                        );
                        if pre && comma {
                            d.misplaced
                                .push(paragraph(doc, profile, i, Part::Preamble, None));
                            last = Last::Mis;
                        } else if op {
                            d.operative
                                .push(paragraph(doc, profile, i, Part::Operative, None));
                            last = Last::Op;
                        } else {
                            // Quoted text or other continuation: belongs to the paragraph before.
                            if last == Last::Op {
                                if let Some(p) = d.operative.last_mut() {
                                    p.continued = true;
                                }
                            }
                            last = Last::None;
                        }
                    }
                }
            }
            BlockKind::Organ(_) | BlockKind::Heading(_) => {}
        }
        i += 1;
    }
    // No numbered paragraph: the operative part is the last paragraph when it reads as
    // one (an operative verb, or a full stop), with any unnumbered operative
    // paragraphs before it.
    if d.operative.is_empty() && !d.preamble.is_empty() {
        let is_op = |p: &Paragraph| {
            matches!(
                p.opener.as_ref().map(|o| o.class),
                Some(OpenerClass::Operative | OpenerClass::OperativeLike)
            )
        };
        let last_p = d.preamble.last();
        let ends_stop = last_p.is_some_and(|p| p.end.is_some_and(|e| e.punct == Punct::FullStop));
        if last_p.is_some_and(|p| {
            is_op(p)
                || ends_stop
                || p.opener
                    .as_ref()
                    .is_some_and(|o| o.class == OpenerClass::Both)
                    && !p.end.is_some_and(|e| e.punct == Punct::Comma)
        }) {
            // The operative part starts at the first operative-verb paragraph after the
            // last comma-ended preambular one.
            let mut k = d.preamble.len() - 1;
            while k > 0
                && is_op(&d.preamble[k - 1])
                && !d.preamble[k - 1]
                    .end
                    .is_some_and(|e| e.punct == Punct::Comma)
            {
                k -= 1;
            }
            let ops: Vec<Paragraph> = d.preamble.drain(k..).collect();
            for mut p in ops {
                p.part = Part::Operative;
                d.operative.push(p);
            }
        }
    }
}

fn paragraph(
    doc: &Document,
    profile: &dyn Profile,
    block: usize,
    part: Part,
    number: Option<(u32, Span)>,
) -> Paragraph {
    let b = &doc.blocks[block];
    let content = b.content;
    let opener = absolute(profile.opener(content.of(doc.text)), content.start);
    let end = end_of(doc.text, content);
    Paragraph {
        block,
        part,
        span: b.span,
        content,
        number,
        opener,
        subs: Vec::new(),
        end,
        lead_end: end,
        continued: false,
    }
}

/// The lower-cased text of `text[from..to]`, at most its last `max` bytes.
fn tail_folded(text: &str, from: usize, to: usize, max: usize) -> String {
    let from = crate::text::ceil_boundary(text, from.max(to.saturating_sub(max)));
    let t = text[from..to].trim_end_matches(|c: char| is_hspace(c) || c == '\n');
    crate::lang::phrase::fold(t)
}

fn contains_any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| hay.contains(n))
}

fn find_follow_up(doc: &Document, d: &mut Draft) {
    let text = doc.text;
    let ph = doc.profile().phrases();
    for (pi, p) in d.operative.iter().enumerate() {
        let span = p.span;
        let s = span.of(text);
        let refs = super::within(&doc.sessions, span, |r| r.span)
            .filter(|r| r.kind == SessionKind::Regular);
        // Folded once per paragraph, and only when it has a session mention.
        let mut folded: Option<String> = None;
        let mut clause_ref = None;
        let mut report_refs = Vec::new();
        for r in refs {
            let f = folded.get_or_insert_with(|| crate::lang::phrase::fold(s));
            let before_t = tail_folded(text, span.start, r.span.start, 160);
            let after_head = {
                let to = crate::text::floor_boundary(text, (r.span.end + 40).min(span.end));
                let a = text[r.span.end..to].trim_start_matches(is_hspace);
                crate::lang::phrase::fold(a)
            };
            if ph.agenda_before.iter().any(|a| before_t.ends_with(a))
                || ph.agenda_after.iter().any(|a| after_head.starts_with(a))
            {
                clause_ref.get_or_insert((r.clone(), FollowUpKind::AgendaInclusion));
                continue;
            }
            if contains_any(&before_t, ph.continue_words)
                && ph.continue_before.iter().any(|a| before_t.ends_with(a))
            {
                clause_ref.get_or_insert((r.clone(), FollowUpKind::ContinueConsideration));
                continue;
            }
            // A report to the Assembly at a session: the Secretary-General's, which
            // the item's consideration rests on.
            if contains_any(f, ph.report)
                && contains_any(f, ph.secretary_general)
                && ph.report_before.iter().any(|a| before_t.ends_with(a))
            {
                report_refs.push(r.clone());
            }
        }
        if let Some((r, kind)) = clause_ref {
            let f = folded.get_or_insert_with(|| crate::lang::phrase::fold(s));
            let title = quoted_title(text, span, ph);
            let titles = ph.entitled.iter().map(|e| f.matches(e).count()).sum();
            d.follow_ups.push(FollowUp {
                paragraph: pi,
                kind,
                session: r.value,
                session_span: r.span,
                title,
                sub_item: contains_any(f, ph.sub_item),
                titles,
            });
        }
        for r in report_refs {
            d.reports.push(ReportRequest {
                paragraph: pi,
                session: r.value,
                session_span: r.span,
            });
        }
    }
}

/// The title of the item (or of the sub-item when there is one) in a follow-up
/// paragraph: the text inside the quotation marks after "entitled" / "题为" /
/// "intitulée".
fn quoted_title(text: &str, para: Span, ph: &crate::lang::Phrases) -> Option<Span> {
    let s = para.of(text);
    let mut best: Option<(Span, bool)> = None;
    for key in ph.entitled {
        // Keys are lower case; titles follow the word as written.
        let mut from = 0;
        while let Some(p) = find_folded(&s[from..], key) {
            let at = from + p.0;
            from += p.1;
            let rest = &s[from..];
            let rest_t = rest.trim_start_matches(|c: char| is_hspace(c) || c == '\n');
            let q = rest.len() - rest_t.len();
            let Some(&(open, close)) = ph.quotes.iter().find(|(o, _)| rest_t.starts_with(*o))
            else {
                continue;
            };
            let mut inner_start = from + q + open.len_utf8();
            // « Title » with its spaces.
            inner_start +=
                s[inner_start..].len() - s[inner_start..].trim_start_matches(is_hspace).len();
            let Some(len) = s[inner_start..].find(close) else {
                continue;
            };
            let inner = s[inner_start..inner_start + len].trim_end_matches(is_hspace);
            let span = Span::new(
                para.start + inner_start,
                para.start + inner_start + inner.len(),
            );
            let before = crate::lang::phrase::fold(s[..at].trim_end());
            let after = crate::lang::phrase::fold(
                s[inner_start + len..]
                    .trim_start_matches(close)
                    .trim_start(),
            );
            let sub = ph.sub_item.iter().any(|w| before.ends_with(w))
                || ph
                    .sub_item
                    .iter()
                    .any(|w| after.starts_with(&format!("的{w}")));
            if best.is_none_or(|(_, was_sub)| !was_sub && sub) || best.is_none() {
                best = Some((span, sub));
            }
        }
    }
    best.map(|(s, _)| s)
}

/// The first occurrence of the lower-case `key` in `s`, as written or with a
/// capital: (start, end) in `s`.
fn find_folded(s: &str, key: &str) -> Option<(usize, usize)> {
    let cap: String = {
        let mut cs = key.chars();
        cs.next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default()
    };
    let a = s.find(key).map(|i| (i, i + key.len()));
    let b = s.find(&cap).map(|i| (i, i + cap.len()));
    match (a, b) {
        (Some(x), Some(y)) => Some(if x.0 <= y.0 { x } else { y }),
        (x, y) => x.or(y),
    }
}
