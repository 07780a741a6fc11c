//! Day-month-year dates in French, Spanish, Russian and Arabic, read with the
//! language's [`DateLexicon`]: "2 décembre 2004", "1er janvier 2005", "2 de diciembre
//! de 2004", "2 декабря 2004 года", "2 كانون الأول/ديسمبر 2004" (Western or
//! Arabic-Indic digits). Parsed around each month name, so the work is linear.

use super::{DateIssues, DateMention};
use crate::lang::phrase::{fold, is_mark};
use crate::lang::DateLexicon;
use crate::options::Language;
use crate::text::{any_digit as digit, skip_space_back as skip_back, skip_space_fwd as skip_fwd};
use crate::text::{is_hspace, Span};
use std::collections::HashMap;

/// Digits at `i`: (value, end, count, leading zero). None beyond `max` digits or
/// when the run continues with a letter or digit.
fn number_at(text: &str, i: usize, max: usize) -> Option<(u32, usize, usize, bool)> {
    let mut v = 0u32;
    let mut n = 0;
    let mut j = i;
    let mut zero = false;
    for c in text.get(i..)?.chars() {
        let Some(d) = digit(c) else { break };
        if n == 0 && d == 0 {
            zero = true;
        }
        v = v * 10 + d;
        n += 1;
        j += c.len_utf8();
        if n > max {
            return None;
        }
    }
    (n > 0).then_some((v, j, n, zero))
}

/// Digits ending at `end`: (value, start, leading zero), at most 2.
fn day_before(text: &str, end: usize) -> Option<(u32, usize, bool)> {
    let mut start = end;
    let mut n = 0;
    for c in text.get(..end)?.chars().rev() {
        if digit(c).is_none() {
            if c.is_alphanumeric() || c == '/' || c == '.' {
                return None;
            }
            break;
        }
        start -= c.len_utf8();
        n += 1;
        if n > 2 {
            return None;
        }
    }
    if n == 0 {
        return None;
    }
    let (v, _, _, zero) = number_at(text, start, 2)?;
    Some((v, start, zero && n == 2))
}

/// Month forms grouped by their first word (folded): (month, form's words, the
/// standard form).
struct Index {
    by_first: HashMap<String, Vec<(u32, Vec<String>, bool)>>,
    /// First letters of the month names, folded: a cheap test before a lookup.
    initials: Vec<char>,
}

/// Splits a form into its words, letters only ("كانون الأول/ديسمبر" → 3 words).
fn form_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphabetic() || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

impl Index {
    fn new(lex: &DateLexicon) -> Index {
        let mut by_first: HashMap<String, Vec<(u32, Vec<String>, bool)>> = HashMap::new();
        for (m, forms) in lex.months.iter().enumerate() {
            // Where the standard form is one word ("septiembre", "декабря"), the
            // other forms are variants after a day ("setiembre", "2 декабрь"); the
            // halves of Arabic's paired names count as standard unless the profile
            // is strict (`Profile::strict_month_forms`).
            let single = forms.first().is_some_and(|f| form_words(f).len() == 1);
            for (k, f) in forms.iter().enumerate() {
                let ws = form_words(f);
                if let Some(first) = ws.first() {
                    by_first.entry(first.clone()).or_default().push((
                        m as u32 + 1,
                        ws,
                        k == 0 || !single,
                    ));
                }
            }
        }
        let mut initials: Vec<char> = by_first.keys().filter_map(|k| k.chars().next()).collect();
        initials.sort_unstable();
        initials.dedup();
        Index { by_first, initials }
    }
}

/// The words of `text` from `i`: (start, end) of letter runs, separated by a space
/// or a slash (perhaps with spaces around it), at most `max`.
fn words_from(text: &str, i: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut j = i;
    while out.len() < max {
        let start = j;
        for c in text[j..].chars() {
            if c.is_alphabetic() || is_mark(c) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if j == start {
            break;
        }
        out.push((start, j));
        // Words are separated by one space or a slash; spaces around a slash
        // ("كانون الأول/ ديسمبر", "كانون الأول / ديسمبر") are read too.
        let rest = &text[j..];
        let t = rest.trim_start_matches([' ', '\u{A0}']);
        if let Some(after) = t.strip_prefix('/') {
            j = text.len() - after.trim_start_matches([' ', '\u{A0}']).len();
        } else {
            match rest.chars().next() {
                Some(c @ (' ' | '\u{A0}')) => j += c.len_utf8(),
                _ => break,
            }
        }
    }
    out
}

/// Is the month name at `i..end` the first (standard) form of month `m`, written
/// without spaces around a slash?
fn month_is_first_form(text: &str, i: usize, end: usize, lex: &DateLexicon, m: u32) -> bool {
    let name = &text[i..end];
    let Some(first) = lex.months.get(m as usize - 1).and_then(|f| f.first()) else {
        return false;
    };
    form_words(name) == form_words(first) && !name.contains("/ ") && !name.contains(" /")
}

/// The month at word start `i`: (month, end of the name, in the standard form).
fn month_at(text: &str, i: usize, idx: &Index) -> Option<(u32, usize, bool)> {
    let ws = words_from(text, i, 4);
    let &(a, b) = ws.first()?;
    let cands = idx.by_first.get(&fold(&text[a..b]))?;
    let mut best: Option<(u32, usize, usize, bool)> = None;
    for (m, fws, standard) in cands {
        if fws.len() > ws.len() {
            continue;
        }
        if fws
            .iter()
            .zip(ws.iter())
            .skip(1)
            .all(|(f, &(a, b))| fold(&text[a..b]) == *f)
            && best.is_none_or(|(_, n, _, _)| fws.len() > n)
        {
            best = Some((*m, fws.len(), ws[fws.len() - 1].1, *standard));
        }
    }
    // Spaces around the slash of a pair are not the standard form either.
    best.map(|(m, _, end, standard)| {
        let name = &text[i..end];
        (
            m,
            end,
            standard && !name.contains("/ ") && !name.contains(" /"),
        )
    })
}

/// A link word ("de") at `i`, followed by white space: where the space ends.
fn link_fwd(text: &str, i: usize, links: &[&str]) -> Option<usize> {
    for l in links {
        if let Some(rest) = text.get(i..i + l.len()) {
            if fold(rest) == *l {
                let e = i + l.len();
                let after = skip_fwd(text, e);
                if after > e {
                    return Some(after);
                }
            }
        }
    }
    None
}

/// A link word ending at `end` (before white space): where it starts.
fn link_back(text: &str, end: usize, links: &[&str]) -> Option<usize> {
    for l in links {
        if end >= l.len() && text.is_char_boundary(end - l.len()) {
            let s = end - l.len();
            let prev = text[..s].chars().next_back();
            if fold(&text[s..end]) == *l && prev.is_some_and(|c| is_hspace(c) || c == '\n') {
                return Some(s);
            }
        }
    }
    None
}

/// The date around the month name at `ms..me`.
fn date_at(
    text: &str,
    ms: usize,
    me: usize,
    month: u32,
    lex: &DateLexicon,
    lang: Language,
) -> Option<DateMention> {
    let mut issues = DateIssues::default();
    // Before: [day [suffix]] [link].
    let mut start = ms;
    let mut day = None;
    let mut p = skip_back(text, ms);
    let mut day_link = false;
    if p < ms {
        if let Some(ls) = link_back(text, p, lex.links) {
            p = skip_back(text, ls);
            day_link = true;
        }
        // "1er", "1.º"
        let mut q = p;
        for suf in lex.first_suffixes {
            if text[..q].ends_with(suf) {
                q -= suf.len();
                break;
            }
        }
        if let Some((d, ds, zero)) = day_before(text, q) {
            if q < p && d != 1 {
                // A suffix only belongs to the first of the month.
            } else {
                day = Some(d);
                start = ds;
                issues.leading_zero = zero;
                // A suffix the standard form does not write ("1º de enero" where
                // Spanish writes "1 de enero"; French "1er" is standard).
                if q < p {
                    let standard = crate::lang::profile(lang).format_date(2000, month, Some(1));
                    issues.ordinal_suffix = !standard.starts_with(&format!("1{}", &text[q..p]));
                }
            }
        }
    }
    // After: [,] [link] year [year word].
    let mut i = skip_fwd(text, me);
    if text[i..].starts_with(',') && day.is_some() {
        let j = skip_fwd(text, i + 1);
        if number_at(text, j, 4).is_some_and(|(_, _, n, _)| n == 4) {
            issues.comma = true;
            i = j;
        }
    }
    let mut year_link = false;
    if let Some(j) = link_fwd(text, i, lex.links) {
        i = j;
        year_link = true;
    }
    let (year, mut end) = match number_at(text, i, 4) {
        Some((y, e, 4, _)) if i > me => (y as i32, e),
        _ => return None,
    };
    // "2 diciembre 2004": the language links day, month and year ("de").
    if !lex.links.is_empty() {
        issues.missing_link = !year_link || (day.is_some() && !day_link);
    }
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && digit(c).is_none())
    {
        // "2004года" is still a year; "2004a" is not.
        if !lex
            .year_words
            .iter()
            .any(|w| fold(&text[end..]).starts_with(w))
        {
            return None;
        }
    }
    let after = skip_fwd(text, end);
    // Where the language writes a word after the year ("2 декабря 2004 года"), a
    // date without it is incomplete: reported as abbreviated until one is found.
    issues.abbreviated = !lex.year_words.is_empty();
    for (k, w) in lex.year_words.iter().enumerate() {
        if let Some(rest) = text.get(after..after + w.len()) {
            if fold(rest) == *w
                && text[after + w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
            {
                end = after + w.len();
                // The first year word is the standard one ("года"); the others
                // abbreviate it ("г.").
                issues.abbreviated = k > 0;
                break;
            }
        }
    }
    Some(DateMention {
        span: Span::new(start, end),
        year,
        month,
        day,
        issues,
        spaced: false,
        lang,
    })
}

/// Finds the dates written in the language of `lex`.
pub(super) fn find(text: &str, lex: &'static DateLexicon, lang: Language) -> Vec<DateMention> {
    let idx = Index::new(lex);
    let strict = crate::lang::profile(lang).strict_month_forms();
    let mut out: Vec<DateMention> = Vec::new();
    let mut prev_letter = false;
    for (i, c) in text.char_indices() {
        let letter = c.is_alphabetic() || is_mark(c);
        if letter
            && !prev_letter
            && c.to_lowercase()
                .next()
                .is_some_and(|l| idx.initials.binary_search(&l).is_ok())
        {
            if let Some((m, me, standard)) = month_at(text, i, &idx) {
                if let Some(mut d) = date_at(text, i, me, m, lex, lang) {
                    // A full date takes the standard form in every language (the
                    // Russian genitive "2 декабря", not "2 декабрь"); where only the
                    // standard form is UN style, a month alone does too.
                    // Arabic (strict): only the standard pair, without spaces round
                    // its slash.
                    d.issues.month_form = ((strict || d.day.is_some()) && !standard)
                        || (strict && !month_is_first_form(text, i, me, lex, m));
                    if out.last().is_none_or(|l| l.span.end <= d.span.start) {
                        out.push(d);
                    }
                }
            }
        }
        prev_letter = letter;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::calendar::Date;
    use crate::lang::profile;
    use crate::options::Language;

    fn dates(t: &str, l: Language) -> Vec<(Option<Date>, String)> {
        super::find(t, profile(l).date_lexicon().expect("lexicon"), l)
            .into_iter()
            .map(|d| (d.date(), t[d.span.start..d.span.end].to_string()))
            .collect()
    }

    #[test]
    fn four_languages() {
        let d = dates(
            "du 2 décembre 2004 et du 1er janvier 2005, en mars 2006",
            Language::Fr,
        );
        assert_eq!(
            d[0],
            (Some(Date::new(2004, 12, 2)), "2 décembre 2004".into())
        );
        assert_eq!(
            d[1],
            (Some(Date::new(2005, 1, 1)), "1er janvier 2005".into())
        );
        assert_eq!(d[2].1, "mars 2006");
        let d = dates("el 1º de enero de 2005", Language::Es);
        assert_eq!(d[0].1, "1º de enero de 2005");
        let m = super::find(
            "el 1º de enero de 2005",
            profile(Language::Es).date_lexicon().expect("lexicon"),
            Language::Es,
        );
        assert!(m[0].issues.ordinal_suffix);
        let m = super::find(
            "le 1er janvier 2005",
            profile(Language::Fr).date_lexicon().expect("lexicon"),
            Language::Fr,
        );
        assert!(!m[0].issues.ordinal_suffix);
        let lex = profile(Language::Es).date_lexicon().expect("lexicon");
        let m = super::find(
            "el 2 diciembre 2004 y el 3 de mayo 2005, en mayo de 2006",
            lex,
            Language::Es,
        );
        let missing: Vec<bool> = m.iter().map(|d| d.issues.missing_link).collect();
        assert_eq!(missing, [true, true, false]);
        let m = super::find(
            "el 2 de setiembre de 2004 y en setiembre de 2005",
            lex,
            Language::Es,
        );
        let variant: Vec<bool> = m.iter().map(|d| d.issues.month_form).collect();
        assert_eq!(variant, [true, false]);
        let d = dates("de 2 de diciembre de 2004", Language::Es);
        assert_eq!(
            d[0],
            (
                Some(Date::new(2004, 12, 2)),
                "2 de diciembre de 2004".into()
            )
        );
        let d = dates("от 2 декабря 2004 года", Language::Ru);
        assert_eq!(
            d[0],
            (Some(Date::new(2004, 12, 2)), "2 декабря 2004 года".into())
        );
        let d = dates("المؤرخ ٢ كانون الأول/ديسمبر ٢٠٠٤", Language::Ar);
        assert_eq!(d[0].0, Some(Date::new(2004, 12, 2)));
        let d = dates(
            "في 2 كانون الأول/ ديسمبر 2004 و 3 ديسمبر/كانون الأول 2004 و 4 ديسمبر 2004",
            Language::Ar,
        );
        let got: Vec<_> = d.iter().map(|x| (x.0, x.1.as_str())).collect();
        assert_eq!(
            got,
            [
                (Some(Date::new(2004, 12, 2)), "2 كانون الأول/ ديسمبر 2004"),
                (Some(Date::new(2004, 12, 3)), "3 ديسمبر/كانون الأول 2004"),
                (Some(Date::new(2004, 12, 4)), "4 ديسمبر 2004"),
            ]
        );
        let lex = profile(Language::Ar).date_lexicon().expect("lexicon");
        let forms: Vec<bool> = super::find(
            "في 2 كانون الأول/ ديسمبر 2004 و 3 ديسمبر/كانون الأول 2004 و 4 كانون الأول/ديسمبر 2004",
            lex,
            Language::Ar,
        )
        .iter()
        .map(|d| d.issues.month_form)
        .collect();
        assert_eq!(forms, [true, true, false]);
        let fr = profile(Language::Fr).date_lexicon().expect("lexicon");
        assert!(
            !super::find("le 2 décembre 2004", fr, Language::Fr)[0]
                .issues
                .month_form
        );
        let d = dates("المؤرخ 2 كانون الأول/ديسمبر 2004", Language::Ar);
        assert_eq!(
            d[0],
            (
                Some(Date::new(2004, 12, 2)),
                "2 كانون الأول/ديسمبر 2004".into()
            )
        );
    }
}

#[cfg(test)]
mod year_word_tests {
    use crate::options::Language;

    #[test]
    fn an_abbreviated_year_word_is_reported() {
        let ds = crate::model::dates::find(
            "от 1 января 2010 г. и от 2 февраля 2011 года, от 3 марта 2012, в мае 2013 года",
            Language::Ru,
        );
        assert_eq!(ds.len(), 4);
        let abbreviated: Vec<bool> = ds.iter().map(|d| d.issues.abbreviated).collect();
        assert_eq!(abbreviated, [true, false, true, false]);
        // A full date takes the month's standard form.
        let ds =
            crate::model::dates::find("от 2 декабрь 2004 года и в декабре 2004 года", Language::Ru);
        let month_form: Vec<bool> = ds.iter().map(|d| d.issues.month_form).collect();
        assert_eq!(month_form, [true, false]);
    }
}
