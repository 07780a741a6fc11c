//! Dates found in the text, parsed into calendar values with the form they were
//! written in.

mod alpha;

use crate::calendar::Date;
use crate::lang::{en, zh};
use crate::options::Language;
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

/// What is off in the way a date is written (several may hold).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateIssues {
    /// "December 2, 2004".
    pub month_first: bool,
    /// "2nd December 2004".
    pub ordinal_suffix: bool,
    /// "2 December, 2004".
    pub comma: bool,
    /// "02 December 2004", "2004年01月05日".
    pub leading_zero: bool,
    /// "2 Dec. 2004".
    pub abbreviated: bool,
    /// "2/12/2004", "2004-12-02".
    pub numeric: bool,
    /// "一九七三年十月二十二日".
    pub chinese_numerals: bool,
    /// "２００４年".
    pub fullwidth_digits: bool,
    /// A link word of the language left out: "2 diciembre 2004" for "2 de diciembre
    /// de 2004".
    pub missing_link: bool,
    /// A month name accepted but not in the standard form (Arabic "ديسمبر" alone,
    /// the pair reversed or spaced: "كانون الأول/ ديسمبر").
    pub month_form: bool,
}

impl DateIssues {
    pub fn any(&self) -> bool {
        self.month_first
            || self.ordinal_suffix
            || self.comma
            || self.leading_zero
            || self.abbreviated
            || self.numeric
            || self.chinese_numerals
            || self.fullwidth_digits
            || self.missing_link
            || self.month_form
    }
}

/// One date in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub year: i32,
    pub month: u32,
    /// None for "December 2004" / "2004年12月".
    pub day: Option<u32>,
    pub issues: DateIssues,
    /// Chinese: written with spaces ("2004 年 12 月 2 日").
    pub spaced: bool,
    /// The language whose form the date is written in (English in the English
    /// masthead of a Russian document; the document's language for numeric dates).
    pub lang: Language,
}

impl DateMention {
    /// The calendar date, when a day is given.
    pub fn date(&self) -> Option<Date> {
        self.day.map(|d| Date::new(self.year, self.month, d))
    }

    pub fn is_valid(&self) -> bool {
        match self.day {
            Some(d) => Date::new(self.year, self.month, d).is_valid(),
            None => (1..=12).contains(&self.month),
        }
    }

    /// The date in the language's standard form.
    pub fn canonical(&self, lang: Language) -> String {
        crate::lang::profile(lang).format_date(self.year, self.month, self.day)
    }
}

/// Where English month names (and their abbreviations) start: a month name or
/// abbreviation standing as a word of its own.
fn month_anchors(text: &str) -> Vec<usize> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec").expect("month anchor regex")
    });
    let b = text.as_bytes();
    r.find_iter(text)
        .map(|m| m.start())
        .filter(|&i| {
            if i > 0 && b[i - 1].is_ascii_alphabetic() {
                return false;
            }
            let word_end = i + b[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            en::month_number(&text[i..word_end]).is_some()
        })
        .collect()
}

/// Numeric dates "2/12/2004" (day/month/year) and "2004-12-02": (start, end, year,
/// month, day), found by hand at each separator.
fn numeric_dates(text: &str) -> Vec<(usize, usize, u32, u32, u32)> {
    let b = text.as_bytes();
    let num = |i: usize, j: usize| {
        b[i..j]
            .iter()
            .fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'))
    };
    let run = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let free =
        |i: usize| i >= b.len() || !(b[i].is_ascii_alphanumeric() || b[i] == b'/' || b[i] == b'-');
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'/' || b[i - 1] == b'-'))
        {
            i += 1;
            continue;
        }
        let n1 = run(i);
        let a = i + n1;
        if (1..=2).contains(&n1) && b.get(a) == Some(&b'/') {
            let n2 = run(a + 1);
            let c = a + 1 + n2;
            if (1..=2).contains(&n2) && b.get(c) == Some(&b'/') && run(c + 1) == 4 && free(c + 5) {
                out.push((i, c + 5, num(c + 1, c + 5), num(a + 1, c), num(i, a)));
                i = c + 5;
                continue;
            }
        }
        // "02.12.2004": day.month.year, the European numeric form.
        if (1..=2).contains(&n1) && b.get(a) == Some(&b'.') {
            let n2 = run(a + 1);
            let c = a + 1 + n2;
            if (1..=2).contains(&n2)
                && b.get(c) == Some(&b'.')
                && run(c + 1) == 4
                && free(c + 5)
                && !(b.get(c + 5) == Some(&b'.') && b.get(c + 6).is_some_and(u8::is_ascii_digit))
                && (1..=12).contains(&num(a + 1, c))
                && (1..=31).contains(&num(i, a))
            {
                out.push((i, c + 5, num(c + 1, c + 5), num(a + 1, c), num(i, a)));
                i = c + 5;
                continue;
            }
        }
        if n1 == 4
            && b.get(a) == Some(&b'-')
            && run(a + 1) == 2
            && b.get(a + 3) == Some(&b'-')
            && run(a + 4) == 2
            && free(a + 6)
        {
            out.push((i, a + 6, num(i, a), num(a + 1, a + 3), num(a + 4, a + 6)));
            i = a + 6;
            continue;
        }
        i += n1.max(1);
    }
    out
}

/// A digit of either width.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Digits (either width) starting at `i`, at most `max`: (value, end, any full-width,
/// count, leading zero).
fn digits_fwd(text: &str, i: usize, max: usize) -> Option<(u32, usize, bool, usize, bool)> {
    let mut v = 0;
    let mut j = i;
    let mut n = 0;
    let mut wide = false;
    let mut lead_zero = false;
    for c in text[i..].chars() {
        let Some(d) = digit(c) else { break };
        if n == 0 && d == 0 {
            lead_zero = true;
        }
        v = v * 10 + d;
        wide |= c != (b'0' + d as u8) as char;
        j += c.len_utf8();
        n += 1;
        if n > max {
            return None;
        }
    }
    (n > 0).then_some((v, j, wide, n, lead_zero))
}

/// White space inside a Chinese date (a line break from hard wrapping included):
/// (end, has a space that is not a line break).
fn zh_gap(text: &str, mut i: usize) -> (usize, bool) {
    let mut spaced = false;
    while let Some(c) = text[i..].chars().next() {
        match c {
            ' ' | '\t' | '\u{A0}' | '\u{3000}' => spaced = true,
            '\n' | '\r' => {}
            _ => break,
        }
        i += c.len_utf8();
    }
    (i, spaced)
}

/// A Chinese date around 年 at `y`: "2004年12月2日", "2004 年 12 月 2 日", "2003年9月",
/// "一九七三年十月二十二日".
fn chinese_at(text: &str, y: usize) -> Option<DateMention> {
    // The year: four digits (either width) or four Chinese digits before 年.
    let before = &text[..y];
    let t = before.trim_end_matches([' ', '\t', '\u{A0}', '\u{3000}', '\n', '\r']);
    let mut spaced =
        t.len() < before.len() && before[t.len()..].chars().any(|c| c != '\n' && c != '\r');
    let year_chars: Vec<(usize, char)> = t.char_indices().rev().take(5).collect();
    let arabic = year_chars
        .iter()
        .take_while(|(_, c)| digit(*c).is_some())
        .count();
    let chinese = year_chars
        .iter()
        .take_while(|(_, c)| {
            matches!(
                c,
                '〇' | '零' | '○' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
            )
        })
        .count();
    let after = y + '年'.len_utf8();
    if arabic == 4 {
        let start = year_chars[3].0;
        let (year, _, wide_y, _, _) = digits_fwd(text, start, 4)?;
        let (m0, s1) = zh_gap(text, after);
        let (month, m_end, wide_m, mn, mz) = digits_fwd(text, m0, 2)?;
        let (mo, s2) = zh_gap(text, m_end);
        if !text[mo..].starts_with('月') {
            return None;
        }
        spaced |= s1 || s2;
        let mut end = mo + '月'.len_utf8();
        let mut day = None;
        let mut issues = DateIssues {
            fullwidth_digits: wide_y || wide_m,
            leading_zero: mz && mn == 2,
            ..Default::default()
        };
        let (d0, s3) = zh_gap(text, end);
        if let Some((d, d_end, wide_d, dn, dz)) = digits_fwd(text, d0, 2) {
            let (de, s4) = zh_gap(text, d_end);
            if text[de..].starts_with('日') {
                day = Some(d);
                end = de + '日'.len_utf8();
                spaced |= s3 || s4;
                issues.fullwidth_digits |= wide_d;
                issues.leading_zero |= dz && dn == 2;
            }
        }
        return Some(DateMention {
            span: Span::new(start, end),
            year: year as i32,
            month,
            day,
            issues,
            spaced,
            lang: Language::Zh,
        });
    }
    if chinese == 4 && t.len() == before.len() {
        let start = year_chars[3].0;
        let year = zh::parse_digit_string(&text[start..y])?;
        let rest = &text[after..];
        let m_len: usize = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .take(2)
            .map(char::len_utf8)
            .sum();
        if m_len == 0 || !rest[m_len..].starts_with('月') {
            return None;
        }
        let month = zh::parse_numeral(&rest[..m_len])?;
        let mut end = after + m_len + '月'.len_utf8();
        let drest = &text[end..];
        let d_len: usize = drest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c))
            .take(3)
            .map(char::len_utf8)
            .sum();
        let mut day = None;
        if d_len > 0 && drest[d_len..].starts_with('日') {
            day = zh::parse_numeral(&drest[..d_len]);
            end += d_len + '日'.len_utf8();
        }
        return Some(DateMention {
            span: Span::new(start, end),
            year: year as i32,
            month,
            day,
            issues: DateIssues {
                chinese_numerals: true,
                ..Default::default()
            },
            spaced: false,
            lang: Language::Zh,
        });
    }
    None
}

/// Horizontal white space and line breaks between the parts of a date.
fn is_gap(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// Skips white space (including a no-break space) forward from `i`.
fn skip_fwd(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if i < b.len() && is_gap(b[i]) {
            i += 1;
        } else if text[i..].starts_with('\u{A0}') {
            i += 2;
        } else {
            return i;
        }
    }
}

/// Skips white space backward from `i` (exclusive end).
fn skip_back(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if i > 0 && is_gap(b[i - 1]) {
            i -= 1;
        } else if i >= 2 && text[..i].ends_with('\u{A0}') {
            i -= 2;
        } else {
            return i;
        }
    }
}

/// 1-2 digits at `i` not followed by another digit: (value, end).
fn day_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let n = b[i.min(b.len())..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n == 0 || n > 2 {
        return None;
    }
    let v = b[i..i + n]
        .iter()
        .fold(0, |a, &c| a * 10 + u32::from(c - b'0'));
    Some((v, i + n))
}

/// An ordinal suffix ("st", "nd", "rd", "th") at `i`: its end.
fn suffix_at(b: &[u8], i: usize) -> Option<usize> {
    let two = b.get(i..i + 2)?;
    let ok = matches!(two, b"st" | b"nd" | b"rd" | b"th")
        && !b.get(i + 2).is_some_and(|c| c.is_ascii_alphanumeric());
    ok.then_some(i + 2)
}

/// An English date around the month name starting at `i`: "2 December 2004",
/// "December 2, 2004", "2nd December, 2004", "2 Dec. 2004", "December 2004".
fn english_at(text: &str, i: usize) -> Option<DateMention> {
    let b = text.as_bytes();
    let word_end = i + b[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let month_word = &text[i..word_end];
    let month = en::month_number(month_word)?;
    let mut issues = DateIssues {
        abbreviated: !en::MONTHS.contains(&month_word),
        ..Default::default()
    };
    let mut j = word_end;
    if issues.abbreviated && b.get(j) == Some(&b'.') {
        j += 1;
    }
    // Right: an optional day (month-first form), an optional comma, the year.
    let mut k = j;
    if b.get(k) != Some(&b',') {
        k = skip_fwd(text, j);
        if k == j {
            return None;
        }
    }
    let mut day2 = None;
    if let Some((d, e)) = day_at(b, k).filter(|_| k > j) {
        let e = suffix_at(b, e)
            .inspect(|_| issues.ordinal_suffix = true)
            .unwrap_or(e);
        if !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
            day2 = Some((d, k, e));
            k = e;
        }
    }
    let mut comma = false;
    if b.get(k) == Some(&b',') {
        comma = true;
        k += 1;
    }
    let y0 = skip_fwd(text, k);
    // After a day or a comma the year must be separated by white space.
    if (day2.is_some() || comma) && y0 == k {
        return None;
    }
    let yd = b[y0.min(b.len())..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if yd != 4 || b.get(y0 + 4).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let year = b[y0..y0 + 4]
        .iter()
        .fold(0i32, |a, &c| a * 10 + i32::from(c - b'0'));
    let end = y0 + 4;
    // Left: a day before the month ("2 December", "2nd of December").
    let mut start = i;
    let mut day1 = None;
    let mut l = skip_back(text, i);
    if l < i {
        if text[..l].ends_with(" of") || text[..l].ends_with("\tof") {
            l = skip_back(text, l - 2);
        }
        let mut dend = l;
        if l >= 2
            && matches!(&b[l - 2..l], b"st" | b"nd" | b"rd" | b"th")
            && l >= 3
            && b[l - 3].is_ascii_digit()
        {
            dend = l - 2;
        }
        let dn = b[..dend]
            .iter()
            .rev()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if (1..=2).contains(&dn) && !(dend > dn && b[dend - dn - 1].is_ascii_alphanumeric()) {
            let ds = dend - dn;
            let v = b[ds..dend]
                .iter()
                .fold(0, |a, &c| a * 10 + u32::from(c - b'0'));
            if dend < l {
                issues.ordinal_suffix = true;
            }
            issues.leading_zero |= dn == 2 && b[ds] == b'0';
            day1 = Some(v);
            start = ds;
        }
    }
    let day = match (day1, day2) {
        (Some(d), _) => Some(d),
        (None, Some((d, ds, _))) => {
            issues.month_first = true;
            issues.leading_zero |= b[ds] == b'0' && d < 10;
            Some(d)
        }
        (None, None) => None,
    };
    issues.comma = comma && day1.is_some();
    if day1.is_none() && day2.is_none() && comma {
        // "May, 2005" is not a date form the UN uses, but neither is it clearly one.
        return None;
    }
    Some(DateMention {
        span: Span::new(start, end),
        year,
        month,
        day,
        issues,
        spaced: false,
        lang: Language::En,
    })
}

/// Finds every date in `text`.
pub fn find(text: &str, lang: Language) -> Vec<DateMention> {
    let mut out = Vec::new();
    // English-form dates occur in Chinese documents too (the English masthead).
    // Every English date contains a month name: parse around each one.
    for i in month_anchors(text) {
        if let Some(d) = english_at(text, i) {
            if out
                .last()
                .is_none_or(|l: &DateMention| l.span.end <= d.span.start)
            {
                out.push(d);
            }
        }
    }
    for (start, end, y, m, d) in numeric_dates(text) {
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1900..=2100).contains(&y) {
            continue;
        }
        out.push(DateMention {
            span: Span::new(start, end),
            year: y as i32,
            month: m,
            day: Some(d),
            issues: DateIssues {
                numeric: true,
                ..Default::default()
            },
            spaced: false,
            lang,
        });
    }
    if let Some(lex) = crate::lang::profile(lang).date_lexicon() {
        // An English date found already (the English masthead of a Russian
        // document) keeps its place.
        out.sort_by_key(|d| d.span.start);
        let found = out.len();
        for d in alpha::find(text, lex, lang) {
            let k = out[..found].partition_point(|o| o.span.start < d.span.end);
            let overlaps = k > 0 && out[k - 1].span.end > d.span.start;
            if !overlaps {
                out.push(d);
            }
        }
    }
    if lang == Language::Zh || text.contains('年') {
        for (i, _) in text.match_indices('年') {
            if let Some(d) = chinese_at(text, i) {
                if out
                    .last()
                    .is_none_or(|l: &DateMention| l.span.end <= d.span.start)
                {
                    out.push(d);
                }
            }
        }
    }
    out.sort_by_key(|d| (d.span.start, d.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_forms() {
        let t = "of 2 December 2004, December 2, 2004 and 2nd December, 2004; 02 Dec. 2004; in May 2005; 31 June 2009";
        let d = find(t, Language::En);
        assert_eq!(d.len(), 6, "{d:?}");
        assert!(!d[0].issues.any());
        assert!(d[1].issues.month_first);
        assert!(d[2].issues.ordinal_suffix && d[2].issues.comma);
        assert!(d[3].issues.leading_zero && d[3].issues.abbreviated);
        assert_eq!(d[4].day, None);
        assert!(!d[5].is_valid());
        assert_eq!(d[0].canonical(Language::En), "2 December 2004");
    }

    #[test]
    fn chinese_forms() {
        let t = "其 2004 年 12 月 2 日第 59/50 号决议，2009年7月14日，2003 年 9 月，一九七三年十月二十二日，2004年01月05日";
        let d = find(t, Language::Zh);
        assert_eq!(d.len(), 5, "{d:?}");
        assert!(d[0].spaced);
        assert_eq!(d[0].date(), Some(Date::new(2004, 12, 2)));
        assert!(!d[1].spaced);
        assert_eq!(d[2].day, None);
        assert!(d[3].issues.chinese_numerals);
        assert_eq!(d[3].date(), Some(Date::new(1973, 10, 22)));
        assert!(d[4].issues.leading_zero);
    }

    #[test]
    fn numeric() {
        let d = find("on 2/12/2004 and 2004-12-02 (A/64/141)", Language::En);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|x| x.issues.numeric));
        let d = find(
            "от 02.12.2004, пункт 1.12.2004.5 и 35.13.2004",
            Language::Ru,
        );
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].day, d[0].month, d[0].year), (Some(2), 12, 2004));
        assert!(d.iter().all(|x| x.issues.numeric));
    }
}
