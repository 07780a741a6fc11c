//! Small text helpers shared by the model and the rules.

/// The largest character boundary `<= i` (and `<= text.len()`).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary `>= i` (and `<= text.len()`).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A byte range of the checked text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The characters of `text` whose first byte passes `candidate`, with their offsets.
/// Rules that look for a few characters scan bytes this way instead of decoding every
/// character: a lead byte or an ASCII byte always starts a character.
pub fn chars_where<'a>(
    text: &'a str,
    candidate: impl Fn(u8) -> bool + 'a,
) -> impl Iterator<Item = (usize, char)> + 'a {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let at = i;
            if (b[at] < 0x80 || b[at] >= 0xC0) && candidate(b[at]) {
                let c = text[at..].chars().next()?;
                i = at + c.len_utf8();
                return Some((at, c));
            }
            i += 1;
        }
        None
    })
}

/// CJK unified ideographs (with extension A and compatibility ideographs) and the
/// ideographic number zero.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// Full-width CJK punctuation that Chinese prose uses.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | '？'
            | '！'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '《'
            | '》'
            | '（'
            | '）'
            | '【'
            | '】'
            | '「'
            | '」'
            | '『'
            | '』'
            | '…'
            | '—'
            | '〈'
            | '〉'
    )
}

/// Characters that make a text "Chinese" around them.
pub fn is_cjk(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

/// Horizontal white space (not line breaks), including the ideographic space and NBSP.
pub fn is_hspace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{3000}' | '\u{2002}'..='\u{200A}' | '\u{202F}'
    )
}

/// Skips horizontal white space and line breaks forward from `i`.
pub fn skip_space_fwd(text: &str, i: usize) -> usize {
    let t = &text[i..];
    i + (t.len()
        - t.trim_start_matches(|c: char| is_hspace(c) || c == '\n')
            .len())
}

/// Skips horizontal white space and line breaks backward from `i` (exclusive end).
pub fn skip_space_back(text: &str, i: usize) -> usize {
    text[..i]
        .trim_end_matches(|c: char| is_hspace(c) || c == '\n')
        .len()
}

/// The value of a digit: Western, Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹).
pub fn any_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// Trims horizontal white space from both ends of `span`.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start_matches(is_hspace).len();
    let trail = s.len() - s.trim_end_matches(is_hspace).len();
    if lead + trail >= s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// The value of a roman numeral in one case ("XXVI", "iv"); mixed case or other
/// letters give None.
pub fn roman_value(s: &str) -> Option<u32> {
    let upper = s.bytes().all(|b| b.is_ascii_uppercase());
    let lower = s.bytes().all(|b| b.is_ascii_lowercase());
    if s.is_empty() || !(upper || lower) {
        return None;
    }
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// The Levenshtein distance between two short strings, in characters, capped at `cap + 1`.
pub fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(cap + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman() {
        assert_eq!(roman_value("XXVI"), Some(26));
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("Iv"), None);
        assert_eq!(roman_value("abc"), None);
    }

    #[test]
    fn distance() {
        assert_eq!(edit_distance("Recaling", "Recalling", 3), 1);
        assert_eq!(edit_distance("Requests", "Reqests", 3), 1);
        assert_eq!(edit_distance("abc", "xyzabc", 2), 3);
    }

    #[test]
    fn boundaries() {
        let t = "a大b";
        assert_eq!(floor_boundary(t, 2), 1);
        assert_eq!(ceil_boundary(t, 2), 4);
        assert_eq!(floor_boundary(t, 99), t.len());
    }
}
