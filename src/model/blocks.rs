//! Lines and blocks: the text cut into paragraphs, once.
//!
//! A block is what a drafter sees as one paragraph: it may span several lines when
//! the text was hard-wrapped (pasted from PDF), and several blocks may follow each
//! other without blank lines. A new block starts at a blank line, at a line that
//! begins with a label ("1.", "(a)", a Markdown heading), at an opening line, and
//! after a line that ends a paragraph (with a full stop or semicolon; with a comma
//! when the next line opens a paragraph, or when the text is not hard-wrapped).

use crate::lang::{OpenerClass, Profile, Punct};
use crate::options::Body;
use crate::text::{is_hspace, Span};

/// One line of the text, without its line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub span: Span,
    /// The line without leading and trailing white space.
    pub trimmed: Span,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }
}

/// A paragraph label at the start of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// "1." — the number and the span of the whole label (digits and dot).
    Number(u32, Span),
    /// "(a)", "(ii)", "a)", "㈠" — the text inside and the span of the whole label.
    Sub(String, Span),
}

/// What a block is, from its first line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A Markdown heading ("## 附件二"), with its level.
    Heading(u8),
    /// An opening line ("The General Assembly,", "大会，").
    Organ(Body),
    /// A paragraph with a number label.
    Numbered,
    /// A sub-paragraph with a letter or roman label.
    Sub,
    /// Anything else.
    Text,
}

/// A block: one paragraph, heading or line of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// From the first to the last non-blank character.
    pub span: Span,
    /// The text after the label or heading marks.
    pub content: Span,
    pub label: Option<Label>,
    pub first_line: usize,
    pub last_line: usize,
}

/// Splits the text into lines: "\n", "\r\n" and a lone "\r" end a line.
pub fn lines(text: &str) -> Vec<Line> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                out.push(make_line(text, start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push(make_line(text, start, i));
                if b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < b.len() || out.is_empty() {
        out.push(make_line(text, start, b.len()));
    }
    out
}

fn make_line(text: &str, start: usize, end: usize) -> Line {
    let span = Span::new(start, end);
    let s = span.of(text);
    // Leading BOM and zero-width characters are not content either.
    let is_ws = |c: char| is_hspace(c) || c == '\u{FEFF}' || c == '\u{200B}';
    let lead = s.len() - s.trim_start_matches(is_ws).len();
    let t = s.trim_start_matches(is_ws);
    let trail = t.len() - t.trim_end_matches(is_ws).len();
    Line {
        span,
        trimmed: Span::new(start + lead, end - trail),
    }
}

/// The label at the start of `s`, if any: (label, byte length including the spaces
/// after it).
pub fn parse_label(s: &str) -> Option<(Label, usize)> {
    // "1." / "12．" / Arabic "1 -", "1- ", "١ -".
    let (value, digits) = leading_number(s);
    if (1..=3).contains(&digits.1) {
        let digits_len = digits.0;
        let rest = &s[digits_len..];
        let dot = if rest.starts_with('.') {
            1
        } else if rest.starts_with('．') {
            '．'.len_utf8()
        } else {
            0
        };
        if dot > 0 {
            let after = &rest[dot..];
            let next = after.chars().next();
            // "1.5 million" or "80/13." are not labels.
            if next.is_none_or(|c| !c.is_ascii_digit()) {
                let sp = after.len() - after.trim_start_matches(is_hspace).len();
                if sp > 0 || next.is_some_and(|c| !c.is_ascii()) || next.is_none() {
                    let label_len = digits_len + dot;
                    return Some((
                        Label::Number(value, Span::new(0, label_len)),
                        label_len + sp,
                    ));
                }
            }
        }
        // "1 - تقرر": a hyphen or dash after the number, with a space after it.
        let sp1 = rest.len() - rest.trim_start_matches([' ', '\u{A0}']).len();
        let r2 = &rest[sp1..];
        if sp1 <= 1 {
            if let Some(dash) = r2.chars().next().filter(|c| matches!(c, '-' | '–' | '‐')) {
                let after = &r2[dash.len_utf8()..];
                let sp = after.len() - after.trim_start_matches(is_hspace).len();
                if sp > 0
                    && after[sp..]
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_ascii_digit())
                {
                    let label_len = digits_len + sp1 + dash.len_utf8();
                    return Some((
                        Label::Number(value, Span::new(0, label_len)),
                        label_len + sp,
                    ));
                }
            }
        }
        return None;
    }
    // "(أ)", "(هـ)": Arabic letters in parentheses.
    if let Some(inner) = s.strip_prefix('(') {
        let letters: usize = inner
            .char_indices()
            .take_while(|&(_, c)| ('\u{621}'..='\u{64A}').contains(&c) || c == '\u{640}')
            .map(|(_, c)| c.len_utf8())
            .sum();
        let n = inner[..letters].chars().count();
        if (1..=2).contains(&n) && inner[letters..].starts_with(')') {
            let label_len = 1 + letters + 1;
            let rest = &s[label_len..];
            let sp = rest.len() - rest.trim_start_matches(is_hspace).len();
            return Some((
                Label::Sub(inner[..letters].to_string(), Span::new(0, label_len)),
                label_len + sp,
            ));
        }
    }
    // "(a)", "(ii)", "（a）", "a)".
    let (open, close, start) = if s.starts_with('(') {
        ('(', ')', 1)
    } else if s.starts_with('（') {
        ('（', '）', '（'.len_utf8())
    } else {
        ('\0', ')', 0)
    };
    let inner: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_lowercase())
        .take(6)
        .collect();
    if !inner.is_empty() {
        let after = &s[start + inner.len()..];
        let close_ok = after.starts_with(close) || (open == '(' && after.starts_with('）'));
        let plausible = inner.len() <= 2 || inner.chars().all(|c| "ivxlc".contains(c));
        if close_ok && plausible && (open != '\0' || inner.len() <= 2) {
            let cl = after.chars().next().map_or(1, char::len_utf8);
            let rest = &after[cl..];
            let sp = rest.len() - rest.trim_start_matches(is_hspace).len();
            // "a) text" needs a space; "(a)" may be followed directly by Chinese text.
            if sp > 0 || (open != '\0' && rest.chars().next().is_some_and(|c| !c.is_ascii())) {
                let label_len = start + inner.len() + cl;
                return Some((Label::Sub(inner, Span::new(0, label_len)), label_len + sp));
            }
        }
    }
    // "㈠" … "㈩".
    if let Some(c) = s.chars().next() {
        if ('\u{3220}'..='\u{3229}').contains(&c) {
            let l = c.len_utf8();
            let rest = &s[l..];
            let sp = rest.len() - rest.trim_start_matches(is_hspace).len();
            return Some((Label::Sub(c.to_string(), Span::new(0, l)), l + sp));
        }
    }
    None
}

/// The number at the start of `s` in Western or Arabic-Indic digits: (value,
/// (byte length, digit count)); digit count 0 when there is none or more than 3.
fn leading_number(s: &str) -> (u32, (usize, usize)) {
    let mut v = 0u32;
    let mut len = 0;
    let mut n = 0;
    for c in s.chars() {
        let Some(d) = crate::text::any_digit(c) else {
            break;
        };
        v = v.saturating_mul(10).saturating_add(d);
        len += c.len_utf8();
        n += 1;
        if n > 3 {
            return (0, (0, 0));
        }
    }
    (v, (len, n))
}

/// Markdown heading level and the length of the marks ("## " → (2, 3)).
fn heading_marks(s: &str) -> Option<(u8, usize)> {
    let n = s.bytes().take_while(|&c| c == b'#').count();
    if (1..=6).contains(&n) {
        let rest = &s[n..];
        let sp = rest.len() - rest.trim_start_matches(is_hspace).len();
        if sp > 0 || rest.is_empty() {
            return Some((n as u8, n + sp));
        }
    }
    None
}

/// Characters that close a paragraph-final punctuation mark (quotes, brackets) or
/// that are footnote markers.
fn is_trailer(c: char) -> bool {
    matches!(c, '*' | '†' | '‡' | '¹' | '²' | '³' | '⁰'..='⁹')
}

/// The last meaningful character of `s`, skipping footnote markers after a
/// punctuation mark ("session,1", "report;²").
pub fn last_char(s: &str) -> Option<(usize, char)> {
    let t = s.trim_end_matches(|c: char| is_hspace(c) || is_trailer(c));
    // ASCII digits directly after a punctuation mark are a footnote marker.
    let no_digits = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let t = if no_digits.len() < t.len()
        && t.len() - no_digits.len() <= 3
        && no_digits.chars().next_back().is_some_and(|c| {
            matches!(
                Punct::of(c),
                Punct::Comma | Punct::Semicolon | Punct::FullStop
            )
        }) {
        no_digits
    } else {
        t
    };
    t.char_indices().next_back()
}

/// Does this line end a paragraph for sure (full stop, semicolon, colon)?
fn ends_strongly(c: char) -> bool {
    matches!(
        Punct::of(c),
        Punct::FullStop | Punct::Semicolon | Punct::Colon
    )
}

/// Cuts the text into blocks.
pub fn blocks(text: &str, lines: &[Line], profile: &dyn Profile) -> Vec<Block> {
    let n = lines.len();
    // Facts about each line, computed once.
    struct Info {
        label: Option<(Label, usize)>,
        heading: Option<(u8, usize)>,
        organ: Option<Body>,
        /// A masthead-like line that stands alone (session, symbol, date, agenda item).
        standalone: bool,
        last: Option<char>,
        /// Display width: CJK characters count two.
        len: usize,
    }
    let mut infos: Vec<Info> = lines
        .iter()
        .map(|l| {
            let s = l.trimmed.of(text);
            let heading = heading_marks(s);
            let label = if heading.is_some() {
                None
            } else {
                parse_label(s)
            };
            let organ = if label.is_none() && heading.is_none() {
                organ_line(s, profile)
            } else {
                None
            };
            Info {
                standalone: label.is_none()
                    && heading.is_none()
                    && organ.is_none()
                    && is_masthead_line(s),
                label,
                heading,
                organ,
                last: last_char(s).map(|(_, c)| c),
                // Wide (East Asian) characters count two; they all lie above U+2E80.
                len: s
                    .chars()
                    .map(|c| if c as u32 >= 0x2E80 { 2 } else { 1 })
                    .sum(),
            }
        })
        .collect();
    // The organ's name without punctuation just above a masthead line
    // ("Генеральная Ассамблея" over "Distr.: General") heads the masthead; it is not
    // the opening line.
    for i in 0..infos.len().saturating_sub(1) {
        if infos[i].organ.is_some()
            && infos[i].last.is_none_or(|c| Punct::of(c) == Punct::Other)
            && infos[i + 1].standalone
        {
            infos[i].organ = None;
            infos[i].standalone = true;
        }
    }
    let structural = |i: usize| {
        let f = &infos[i];
        f.label.is_some() || f.heading.is_some() || f.organ.is_some() || f.standalone
    };
    // Hard-wrapped text: long lines that end mid-sentence and go on in the next line.
    let mut wrap_evidence = 0;
    for i in 0..n.saturating_sub(1) {
        let f = &infos[i];
        if !lines[i].is_blank()
            && !lines[i + 1].is_blank()
            && f.len >= 40
            && f.heading.is_none()
            && f.last.is_some_and(|c| Punct::of(c) == Punct::Other)
            && !structural(i + 1)
        {
            wrap_evidence += 1;
        }
    }
    let wrapped = wrap_evidence >= 2;

    let mut out: Vec<Block> = Vec::new();
    let mut cur: Option<(usize, usize)> = None; // (first line, last line)
    let flush = |cur: &mut Option<(usize, usize)>, out: &mut Vec<Block>| {
        if let Some((a, b)) = cur.take() {
            out.push(make_block(
                text,
                lines,
                &infos[a].label,
                infos[a].heading,
                infos[a].organ,
                a,
                b,
            ));
        }
    };
    let mut after_blank = false;
    #[allow(clippy::needless_range_loop)] // `i` indexes lines and infos alike
    for i in 0..n {
        if lines[i].is_blank() {
            after_blank = cur.is_some();
            continue;
        }
        let Some((a, prev)) = cur else {
            cur = Some((i, i));
            after_blank = false;
            continue;
        };
        let p = &infos[prev];
        if after_blank {
            after_blank = false;
            // A page break inside a paragraph pasted from PDF: the paragraph stops
            // mid-sentence and goes on in lower case after the blank line.
            let next = lines[i].trimmed.of(text).chars().next();
            let page_break = profile.language() == crate::Language::En
                && p.last
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '”' | '’' | ')'))
                && next.is_some_and(|c| c.is_ascii_lowercase())
                && !structural(i)
                && infos[a].heading.is_none()
                && infos[a].organ.is_none();
            if page_break {
                cur = Some((a, i));
            } else {
                flush(&mut cur, &mut out);
                cur = Some((i, i));
            }
            continue;
        }
        let start_new = structural(i)
            || infos[a].heading.is_some()
            || infos[a].organ.is_some()
            || infos[a].standalone
            || match p.last {
                None => true,
                Some(c) if ends_strongly(c) => {
                    // A lower-case continuation after an abbreviation ("para.\n7").
                    let next = lines[i].trimmed.of(text).chars().next();
                    !(profile.language() == crate::Language::En
                        && Punct::of(c) == Punct::FullStop
                        && next.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
                }
                Some(c) if Punct::of(c) == Punct::Comma => {
                    !wrapped || opens_paragraph(lines[i].trimmed.of(text), profile)
                }
                Some(_) => !wrapped,
            };
        if start_new {
            flush(&mut cur, &mut out);
            cur = Some((i, i));
        } else {
            cur = Some((a, i));
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// A masthead line that stands alone whatever follows: "Sixty-fourth session",
/// "第六十四届会议", "Distr.: General", "Agenda item 12", "议程项目12", a symbol
/// ("A/64/L.12") or a date alone.
pub fn is_masthead_line(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() {
        return false;
    }
    // Masthead lines are short; a long line is a paragraph.
    if t.len() > 120 {
        return false;
    }
    let words = t.split_whitespace().count();
    let chars = t.chars().count();
    let lower = t.to_ascii_lowercase();
    if (lower.ends_with(" session") && words <= 4)
        || (t.starts_with('第')
            && (t.ends_with("届会议") || t.ends_with("届会议续会"))
            && chars <= 14)
        || lower.starts_with("distr.")
        || lower.starts_with("original:")
        || (lower.starts_with("agenda item") && words <= 6)
        || (lower.starts_with("item ") && words <= 3)
        || (t.starts_with("议程项目") && chars <= 12)
        // Russian: "Шестьдесят четвертая сессия", "Пункт 121 повестки дня".
        || (t.ends_with(" сессия") && words <= 4)
        || (t.starts_with("Пункт") && t.ends_with("повестки дня") && words <= 6)
    {
        return true;
    }
    // A document symbol alone.
    let b = t.as_bytes();
    if words == 1 && b.len() > 2 && matches!(b[0], b'A' | b'S' | b'E') && b[1] == b'/' {
        return true;
    }
    // A date alone: "11 August 2009", "2009年8月11日".
    let has_year = t
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    if has_year && words <= 3 && chars <= 20 {
        let month = crate::lang::en::MONTHS.iter().any(|m| t.contains(m));
        let zh = t.contains('年') && t.ends_with('日');
        if month || zh {
            return true;
        }
    }
    false
}

/// Does a line begin with a recognised opener (so that it starts a paragraph)?
fn opens_paragraph(s: &str, profile: &dyn Profile) -> bool {
    let first = s.chars().next();
    if profile.language() == crate::Language::En && !first.is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    profile.opener(s).is_some_and(|o| {
        matches!(
            o.class,
            OpenerClass::Preambular | OpenerClass::Operative | OpenerClass::Both
        ) || o.preferred.is_some()
    })
}

/// Recognises an opening line: the organ name, then only punctuation.
pub fn organ_line(s: &str, profile: &dyn Profile) -> Option<Body> {
    let s = s.trim_start_matches(['*', '_']);
    let m = profile.match_organ(s)?;
    let rest = s[m.len..].trim_matches(|c: char| is_hspace(c) || c == '*' || c == '_');
    let ok = rest.chars().count() <= 1 && rest.chars().all(|c| Punct::of(c) != Punct::Other);
    ok.then_some(m.body)
}

fn make_block(
    text: &str,
    lines: &[Line],
    label: &Option<(Label, usize)>,
    heading: Option<(u8, usize)>,
    organ: Option<Body>,
    a: usize,
    b: usize,
) -> Block {
    let start = lines[a].trimmed.start;
    let end = lines[b].trimmed.end;
    let span = Span::new(start, end.max(start));
    let (kind, content, lab) = if let Some((level, marks)) = heading {
        (
            BlockKind::Heading(level),
            Span::new(start + marks, span.end),
            None,
        )
    } else if let Some(body) = organ {
        (BlockKind::Organ(body), span, None)
    } else if let Some((l, len)) = label {
        let shifted = match l {
            Label::Number(n, sp) => Label::Number(*n, Span::new(sp.start + start, sp.end + start)),
            Label::Sub(s, sp) => Label::Sub(s.clone(), Span::new(sp.start + start, sp.end + start)),
        };
        let kind = match l {
            Label::Number(..) => BlockKind::Numbered,
            Label::Sub(..) => BlockKind::Sub,
        };
        (
            kind,
            Span::new((start + len).min(span.end), span.end),
            Some(shifted),
        )
    } else {
        (BlockKind::Text, span, None)
    };
    let _ = text;
    Block {
        kind,
        span,
        content,
        label: lab,
        first_line: a,
        last_line: b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::EN, zh::ZH};

    fn kinds(text: &str, p: &dyn Profile) -> Vec<(BlockKind, String)> {
        let ls = lines(text);
        blocks(text, &ls, p)
            .into_iter()
            .map(|b| (b.kind, b.content.of(text).to_string()))
            .collect()
    }

    #[test]
    fn labels() {
        assert!(matches!(
            parse_label("1. Decides"),
            Some((Label::Number(1, _), 3))
        ));
        assert!(matches!(
            parse_label("12．决定"),
            Some((Label::Number(12, _), _))
        ));
        assert!(parse_label("1.5 million").is_none());
        assert!(parse_label("80/13. Title").is_none());
        assert!(matches!(parse_label("(a) To"), Some((Label::Sub(ref s, _), 4)) if s == "a"));
        assert!(matches!(parse_label("(iii) x"), Some((Label::Sub(ref s, _), _)) if s == "iii"));
        assert!(matches!(parse_label("(a)决定"), Some((Label::Sub(..), 3))));
        assert!(parse_label("(the) x").is_none());
        assert!(parse_label("(2005) x").is_none());
    }

    #[test]
    fn organ_name_heading_the_masthead_is_not_the_opening_line() {
        let t = "Генеральная Ассамблея\nDistr.: Limited\n\nШестьдесят четвертая сессия\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию,\n\n1. просит представить доклад.\n";
        let k = kinds(t, &crate::lang::ru::RU);
        let organs: Vec<&str> = k
            .iter()
            .filter(|(b, _)| matches!(b, BlockKind::Organ(_)))
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(organs, ["Генеральная Ассамблея,"]);
        assert!(is_masthead_line("Шестьдесят четвертая сессия"));
        assert!(is_masthead_line("Пункт 121 повестки дня"));
        let t =
            "General Assembly\nDistr.: General\n\nThe General Assembly,\n\n1. Decides to act.\n";
        let k = kinds(t, &EN);
        assert_eq!(
            k.iter()
                .filter(|(b, _)| matches!(b, BlockKind::Organ(_)))
                .count(),
            1
        );
    }

    #[test]
    fn blank_separated_and_headings() {
        let t = "## 附件二\n\n大会，\n\n回顾其决议，\n\n1. 决定……；\n2. 请秘书长……。\n";
        let k = kinds(t, &ZH);
        assert_eq!(k.len(), 5);
        assert_eq!(k[0].0, BlockKind::Heading(2));
        assert_eq!(k[1].0, BlockKind::Organ(Body::Ga));
        assert_eq!(k[3].0, BlockKind::Numbered);
        assert_eq!(k[4].1, "请秘书长……。");
    }

    #[test]
    fn one_paragraph_per_line() {
        let t = "安全理事会，\n回顾其以往的所有决议，\n欢迎秘书长的报告，\n1. 决定继续处理此案。";
        let k = kinds(t, &ZH);
        assert_eq!(k.len(), 4);
    }

    #[test]
    fn hard_wrapped_english() {
        let t = "The General Assembly,\nRecalling its resolution 59/50 of 2 December 2004, by which it\ngranted observer status to the Organization,\nRecalling also the provisions of the Charter of the United\nNations,\n1. Requests the Secretary-General to submit to the General\nAssembly at its sixty-fifth session a report;\n";
        let k = kinds(t, &EN);
        assert_eq!(k.len(), 4, "{k:?}");
        assert!(k[1].1.ends_with("Organization,"));
        assert!(k[2].1.starts_with("Recalling also"));
    }

    #[test]
    fn page_break_inside_a_paragraph() {
        let t = "Welcoming the report, which recommends that States continue to use\n\nformula and the description provided,\n\n1. Decides to remain seized of the matter.\n";
        let k = kinds(t, &EN);
        assert_eq!(k.len(), 2, "{k:?}");
    }
}
