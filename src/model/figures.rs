//! Figures in a stretch of text: numbers written in digits ("45", "1,500", "2.5 million",
//! "100万", "２０"), and numbers written in words ("three", "twenty-first", "四十五",
//! "第二"), as values. Used to compare two language versions of one draft.

use crate::options::Language;
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

/// One number in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub value: f64,
    /// Written in words ("three", "四十五") rather than digits.
    pub words: bool,
    /// A reference to a paragraph ("paragraph 5 above", "第5段").
    pub paragraph: bool,
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn en_paragraph_before() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(?:[Pp]aragraphs?|[Pp]aras?\.)[ \t\n\r\u{A0}]+(?:[0-9]+[ \t\n\r\u{A0}]*(?:\([a-z]+\)[ \t\n\r\u{A0}]*)*(?:,|and|to|or|-|–)[ \t\n\r\u{A0}]*)*$",
        )
        .expect("paragraph regex")
    })
}

fn zh_paragraph_after() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"^[0-9０-９[ \t\n\r\u{A0}]、和至及或\-–—,，()（）a-z]{0,30}段")
            .expect("段 regex")
    })
}

/// Is `at` inside one of the sorted, disjoint `excluded` spans?
fn excluded_at(excluded: &[Span], at: usize) -> bool {
    let i = excluded.partition_point(|s| s.start <= at);
    i > 0 && at < excluded[i - 1].end
}

/// The figures within `span` of `text`, skipping any that start inside one of the
/// `excluded` spans. Digits and words, in text order.
/// Does a paragraph word of `lang` ("paragraphe", "пункта", "الفقرة") end just
/// before `at` (after white space)?
fn paragraph_word_before(text: &str, at: usize, lang: Language) -> bool {
    let from = crate::text::floor_boundary(text, at.saturating_sub(40));
    let before = text[from..at].trim_end_matches(|c: char| crate::text::is_hspace(c));
    let folded = crate::lang::phrase::fold(before);
    crate::lang::profile(lang)
        .phrases()
        .paragraph
        .iter()
        .any(|w| folded.ends_with(w))
}

pub fn find(text: &str, span: Span, lang: Language, excluded: &[Span]) -> Vec<Figure> {
    let mut out = Vec::new();
    // Merge overlapping spans, so that the span around an offset is the last one
    // starting before it.
    let mut merged: Vec<Span> = Vec::with_capacity(excluded.len());
    let mut sorted = excluded.to_vec();
    sorted.sort();
    for sp in sorted {
        match merged.last_mut() {
            Some(last) if sp.start <= last.end => last.end = last.end.max(sp.end),
            _ => merged.push(sp),
        }
    }
    let excluded = &merged[..];
    let start = crate::text::floor_boundary(text, span.start);
    let end = crate::text::floor_boundary(text, span.end.max(start));
    let s = &text[start..end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (off, c) = chars[k];
        let at = start + off;
        if digit(c).is_some() {
            let prev_alnum = k > 0 && {
                let p = chars[k - 1].1;
                p.is_ascii_alphabetic() || digit(p).is_some()
            };
            // Digits run, with thousands separators and a decimal part.
            let mut j = k;
            let mut int = String::new();
            let mut frac = String::new();
            while j < chars.len() {
                if let Some(d) = digit(chars[j].1) {
                    int.push(char::from_digit(d, 10).unwrap_or('0'));
                    j += 1;
                    continue;
                }
                // "1,500", "1 500" (non-breaking or thin space): exactly three digits follow.
                let sep = chars[j].1;
                if matches!(sep, ',' | '\u{A0}' | '\u{202F}' | '\u{2009}') {
                    let three = (1..=3)
                        .all(|m| chars.get(j + m).is_some_and(|x| digit(x.1).is_some()))
                        && chars.get(j + 4).is_none_or(|x| digit(x.1).is_none());
                    if three {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            if j + 1 < chars.len()
                && matches!(chars[j].1, '.' | '．')
                && digit(chars[j + 1].1).is_some()
            {
                j += 1;
                while j < chars.len() {
                    match digit(chars[j].1) {
                        Some(d) => {
                            frac.push(char::from_digit(d, 10).unwrap_or('0'));
                            j += 1;
                        }
                        None => break,
                    }
                }
            }
            let end_off = chars.get(j).map_or(s.len(), |x| x.0);
            let mut value: f64 = format!("{int}.{}", if frac.is_empty() { "0" } else { &frac })
                .parse()
                .unwrap_or(0.0);
            let rest = &s[end_off..];
            let mut fig_end = start + end_off;
            // Multipliers: "2.5 million", "100万", "3亿".
            let trimmed = rest.trim_start_matches([' ', '\u{A0}']);
            let skipped = rest.len() - trimmed.len();
            for (word, mult, spaced) in [
                ("million", 1e6, true),
                ("billion", 1e9, true),
                ("trillion", 1e12, true),
                ("万亿", 1e12, false),
                ("亿", 1e8, false),
                ("千万", 1e7, false),
                ("百万", 1e6, false),
                ("万", 1e4, false),
            ] {
                let (cand, extra) = if spaced {
                    (trimmed, skipped)
                } else {
                    (rest, 0)
                };
                if cand.starts_with(word)
                    && !cand[word.len()..]
                        .chars()
                        .next()
                        .is_some_and(|x| x.is_ascii_alphabetic())
                {
                    value *= mult;
                    fig_end += extra + word.len();
                    break;
                }
            }
            if !prev_alnum && !excluded_at(excluded, at) {
                let paragraph = match lang {
                    Language::En => {
                        let from = crate::text::floor_boundary(text, at.saturating_sub(48));
                        en_paragraph_before().is_match(&text[from..at])
                    }
                    Language::Zh => zh_paragraph_after().is_match(&text[at..end]),
                    other => paragraph_word_before(text, at, other),
                };
                out.push(Figure {
                    span: Span::new(at, fig_end),
                    value,
                    words: false,
                    paragraph,
                });
            }
            k = j.max(k + 1);
            continue;
        }
        match lang {
            Language::En if c.is_ascii_alphabetic() => {
                let prev_alpha = k > 0 && chars[k - 1].1.is_ascii_alphabetic();
                let mut j = k;
                while j < chars.len() && (chars[j].1.is_ascii_alphabetic() || chars[j].1 == '-') {
                    j += 1;
                }
                let end_off = chars.get(j).map_or(s.len(), |x| x.0);
                let word = s[off..end_off].trim_end_matches('-');
                if !prev_alpha && !excluded_at(excluded, at) {
                    if let Some(v) = en_word_value(word) {
                        let mut value = v;
                        let mut fig_end = at + word.len();
                        let after = &text[fig_end..end];
                        let t = after.trim_start_matches(' ');
                        for (w, m) in [
                            ("hundred", 100.0),
                            ("thousand", 1e3),
                            ("million", 1e6),
                            ("billion", 1e9),
                        ] {
                            if t.len() > w.len()
                                && t.starts_with(w)
                                && !t.as_bytes()[w.len()].is_ascii_alphabetic()
                                || t == w
                            {
                                value *= m;
                                fig_end += after.len() - t.len() + w.len();
                                break;
                            }
                        }
                        out.push(Figure {
                            span: Span::new(at, fig_end),
                            value,
                            words: true,
                            paragraph: false,
                        });
                    }
                }
                k = j.max(k + 1);
            }
            Language::Zh if is_zh_numeral(c) => {
                let mut j = k;
                while j < chars.len() && is_zh_numeral(chars[j].1) {
                    j += 1;
                }
                let end_off = chars.get(j).map_or(s.len(), |x| x.0);
                let run = &s[off..end_off];
                if !excluded_at(excluded, at) {
                    for value in zh_values(run) {
                        out.push(Figure {
                            span: Span::new(at, start + end_off),
                            value,
                            words: true,
                            paragraph: false,
                        });
                    }
                }
                k = j.max(k + 1);
            }
            _ => k += 1,
        }
    }
    out
}

fn is_zh_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

fn zh_digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The values a run of Chinese numerals may stand for: the positional reading
/// ("四十五" → 45, "一百万" → 1000000) and, for a run of bare digits, the
/// digit-by-digit reading ("一九九九" → 1999). A run that reads as neither gives its
/// single digits, so that "一" in "一致" does no harm.
fn zh_values(run: &str) -> Vec<f64> {
    let mut v = Vec::new();
    if let Some(x) = zh_positional(run) {
        v.push(x as f64);
    }
    if run.chars().count() > 1 && run.chars().all(|c| zh_digit(c).is_some()) {
        let mut x: u64 = 0;
        for c in run.chars() {
            x = x
                .saturating_mul(10)
                .saturating_add(zh_digit(c).unwrap_or(0));
        }
        v.push(x as f64);
    }
    v
}

fn zh_positional(run: &str) -> Option<u64> {
    let mut total: u64 = 0; // completed 亿 sections
    let mut section: u64 = 0; // completed 万 sections within the current 亿
    let mut small: u64 = 0; // below 万
    let mut cur: Option<u64> = None;
    let mut seen_digit_pending = false;
    for c in run.chars() {
        if let Some(d) = zh_digit(c) {
            if seen_digit_pending && d != 0 {
                return None;
            }
            if d == 0 {
                seen_digit_pending = false;
                continue;
            }
            cur = Some(d);
            seen_digit_pending = true;
            continue;
        }
        seen_digit_pending = false;
        match c {
            '十' => small += cur.take().unwrap_or(1) * 10,
            '百' => small += cur.take()? * 100,
            '千' => small += cur.take()? * 1000,
            '万' => {
                let x = small + cur.take().unwrap_or(0);
                if x == 0 {
                    return None;
                }
                section += x * 10_000;
                small = 0;
            }
            '亿' => {
                let x = section + small + cur.take().unwrap_or(0);
                if x == 0 {
                    return None;
                }
                total = total.saturating_add(x.saturating_mul(100_000_000));
                section = 0;
                small = 0;
            }
            _ => return None,
        }
    }
    Some(total.saturating_add(section + small + cur.unwrap_or(0)))
}

/// The value of an English number word: cardinals ("three", "twenty-one") and
/// ordinals ("third", "twenty-first") up to 99.
fn en_word_value(word: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if word.len() > 24 {
        return None;
    }
    let w = word.to_ascii_lowercase();
    let card = |p: &str| -> Option<u32> {
        UNITS
            .iter()
            .position(|u| *u == p)
            .map(|i| i as u32)
            .or_else(|| {
                TENS.iter()
                    .position(|t| *t == p)
                    .map(|i| 20 + 10 * i as u32)
            })
    };
    if let Some(v) = card(&w) {
        return Some(v as f64);
    }
    if let Some((t, u)) = w.split_once('-') {
        if let (Some(t), Some(u)) = (card(t), card(u)) {
            if t >= 20 && t % 10 == 0 && (1..10).contains(&u) {
                return Some((t + u) as f64);
            }
        }
    }
    crate::lang::en::parse_ordinal(&w).map(|(v, _)| v as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str, lang: Language) -> Vec<(f64, bool, bool)> {
        find(t, Span::new(0, t.len()), lang, &[])
            .into_iter()
            .map(|f| (f.value, f.words, f.paragraph))
            .collect()
    }

    #[test]
    fn digits_separators_and_multipliers() {
        assert_eq!(
            values(
                "some 1,500 people, 2.5 million dollars and 45 per cent",
                Language::En
            ),
            vec![
                (1500.0, false, false),
                (2.5e6, false, false),
                (45.0, false, false)
            ]
        );
        assert_eq!(
            values("１２人，100万美元，百分之五十", Language::Zh)
                .into_iter()
                .filter(|x| !x.1)
                .collect::<Vec<_>>(),
            vec![(12.0, false, false), (1e6, false, false)]
        );
    }

    #[test]
    fn words_in_both_languages() {
        assert_eq!(
            values("the twenty-first century, three years", Language::En),
            vec![(21.0, true, false), (3.0, true, false)]
        );
        assert!(values("四十五天", Language::Zh).contains(&(45.0, true, false)));
        assert!(values("一百二十万人", Language::Zh).contains(&(1_200_000.0, true, false)));
        assert!(values("一九九九年", Language::Zh).contains(&(1999.0, true, false)));
    }

    #[test]
    fn paragraph_references() {
        assert_eq!(
            values("as set out in paragraphs 3 and 5 above", Language::En),
            vec![(3.0, false, true), (5.0, false, true)]
        );
        assert_eq!(
            values("按照第21段和第5段", Language::Zh),
            vec![(21.0, false, true), (5.0, false, true)]
        );
        assert_eq!(
            values("every 45 days", Language::En),
            vec![(45.0, false, false)]
        );
    }

    #[test]
    fn excluded_spans_and_identifiers_are_skipped() {
        let t = "resolution 59/50 and G77";
        let ex = [Span::new(11, 16)];
        assert!(find(t, Span::new(0, t.len()), Language::En, &ex).is_empty());
    }
}
