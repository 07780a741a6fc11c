//! Word-list matching shared by the alphabetic languages (French, Spanish, Russian,
//! Arabic): the words at the start of a paragraph, the longest listed phrase among
//! them, the nearest listed word to a misspelt one. Comparison is by Unicode lower
//! case, so "Rappelant", "RAPPELANT" and "rappelant" match "rappelant".

use std::collections::HashMap;

/// Letters of a word: alphabetic characters and combining marks, with inner hyphens
/// and apostrophes ("vice-président", "l'Assemblée", "d’inscrire").
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// Combining marks (accents typed separately, Arabic harakat) and tatweel.
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑')
}

/// The first `max` words of `s`: (start, end) byte ranges of runs of letters (with
/// inner hyphens and apostrophes), separated by single spaces (or a space and a
/// no-break space). Stops at anything else: punctuation ends the opening phrase.
pub fn words(s: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while out.len() < max {
        let Some(&(start, c)) = it.peek() else { break };
        if !is_word_char(c) {
            break;
        }
        let mut end = start;
        while let Some(&(i, c)) = it.peek() {
            if is_word_char(c) {
                end = i + c.len_utf8();
                it.next();
            } else if is_joiner(c) {
                // Only inside a word: a letter must follow.
                let mut look = it.clone();
                look.next();
                if look.peek().is_some_and(|&(_, n)| is_word_char(n)) {
                    it.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push((start, end));
        match it.peek() {
            Some(&(_, ' ' | '\u{A0}')) => {
                it.next();
            }
            _ => break,
        }
    }
    out
}

/// Lower case, with Arabic and Latin marks a reader does not type consistently
/// removed (tatweel, harakat), and typographic apostrophes made plain.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|&c| !matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}'))
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A list of phrases indexed by their first word, folded.
pub struct PhraseList {
    items: &'static [&'static str],
    by_first: HashMap<String, Vec<(usize, Vec<String>)>>,
}

impl PhraseList {
    pub fn new(items: &'static [&'static str]) -> PhraseList {
        let mut by_first: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
        for (i, p) in items.iter().enumerate() {
            let ws: Vec<String> = p.split(' ').map(fold).collect();
            if let Some(first) = ws.first() {
                by_first.entry(first.clone()).or_default().push((i, ws));
            }
        }
        PhraseList { items, by_first }
    }

    pub fn items(&self) -> &'static [&'static str] {
        self.items
    }

    /// The longest phrase that the words of `s` spell from word `from`:
    /// (phrase as listed, number of words).
    pub fn longest(
        &self,
        s: &str,
        ws: &[(usize, usize)],
        from: usize,
    ) -> Option<(&'static str, usize)> {
        let &(a, b) = ws.get(from)?;
        let first = fold(&s[a..b]);
        let candidates = self.by_first.get(&first)?;
        let mut best: Option<(&'static str, usize)> = None;
        'next: for (i, pws) in candidates {
            for (k, pw) in pws.iter().enumerate().skip(1) {
                let Some(&(a, b)) = ws.get(from + k) else {
                    continue 'next;
                };
                if fold(&s[a..b]) != *pw {
                    continue 'next;
                }
            }
            if best.is_none_or(|(_, n)| pws.len() > n) {
                best = Some((self.items[*i], pws.len()));
            }
        }
        best
    }

    /// Is `word` (folded) the first word of a listed phrase?
    pub fn has_first(&self, word: &str) -> bool {
        self.by_first.contains_key(&fold(word))
    }

    /// The listed single word nearest to `word` within edit distance 2 (a typo), for
    /// words of 5 letters or more.
    pub fn nearest(&self, word: &str) -> Option<&'static str> {
        let n = word.chars().count();
        if !(5..=30).contains(&n) {
            return None;
        }
        let w = fold(word);
        let mut best: Option<(&'static str, usize)> = None;
        for p in self.items {
            let first = p.split(' ').next().unwrap_or(p);
            if first.chars().count().abs_diff(n) > 2 {
                continue;
            }
            let d = crate::text::edit_distance(&w, &fold(first), 2);
            if (1..=2).contains(&d) && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((first, d));
            }
        }
        best.map(|(p, _)| p)
    }
}

/// The opener lists of a language, for [`list_opener`].
pub struct OpenerLists {
    pub preambular: PhraseList,
    pub operative: PhraseList,
    /// "also/further" words ("également", "también", "также", "أيضا"), found
    /// before the opener, after it, or inside it after its first word.
    pub adverbs: PhraseList,
    /// Endings of a preambular form not in the list ("-ant", "-ando", "-я").
    pub preambular_endings: &'static [&'static str],
    /// Endings of an operative form not in the list.
    pub operative_endings: &'static [&'static str],
}

/// Analyses the opening words of `content` against a language's lists: the longest
/// listed phrase (preambular or operative), an "also/further" adverb around or
/// inside it, and for unlisted words a guess from their ending and the nearest
/// listed word (a typo).
pub fn list_opener(content: &str, lists: &OpenerLists) -> Option<super::Opener> {
    use super::{Adverb, AdverbPlace, Opener, OpenerClass};
    let lead = content.len() - content.trim_start_matches(['*', '_']).len();
    let s = &content[lead..];
    let ws = words(s, 12);
    if ws.is_empty() {
        return None;
    }
    let mut k = 0;
    let mut adverb = None;
    if let Some((_, n)) = lists.adverbs.longest(s, &ws, 0) {
        if ws.len() > n {
            adverb = Some(Adverb {
                place: AdverbPlace::Before,
                start: lead + ws[0].0,
                end: lead + ws[n - 1].1,
            });
            k = n;
        }
    }
    let best = |ws: &[(usize, usize)]| {
        let pre = lists.preambular.longest(s, ws, k);
        let op = lists.operative.longest(s, ws, k);
        match (pre, op) {
            (Some((p, a)), Some((_, b))) if a > b => Some((OpenerClass::Preambular, p, a)),
            (Some((p, a)), Some((q, b))) if a == b => {
                let _ = q;
                Some((OpenerClass::Both, p, a))
            }
            (Some((p, a)), None) => Some((OpenerClass::Preambular, p, a)),
            (_, Some((q, b))) => Some((OpenerClass::Operative, q, b)),
            (None, None) => None,
        }
    };
    let mut found = best(&ws);
    // An adverb inside the phrase ("وإذ تشير أيضا إلى", "Prenant également note"):
    // match again without it.
    let mut inner: Option<(usize, usize)> = None;
    if adverb.is_none() && ws.len() > k + 2 {
        if let Some((_, n)) = lists.adverbs.longest(s, &ws, k + 1) {
            let mut ws2 = ws.clone();
            ws2.drain(k + 1..k + 1 + n);
            if let Some(f2) = best(&ws2) {
                if f2.2 > 1 && found.is_none_or(|f| f2.2 + n > f.2) {
                    inner = Some((k + 1, n));
                    found = Some((f2.0, f2.1, f2.2 + n));
                }
            }
        }
    }
    let (class, lemma, n_words, near_pre, near_op) = match found {
        Some((class, phrase, n)) => (class, fold(phrase), n, None, None),
        None => {
            let (a, b) = ws[k.min(ws.len() - 1)];
            let w = &s[a..b];
            let fw = fold(w);
            // The first word of a listed phrase followed by other words ("Habiendo
            // determinado", "Ayant entendu"): the form is right, the phrase unlisted.
            let class = if lists.preambular.has_first(w) {
                OpenerClass::PreambularLike
            } else if lists.operative.has_first(w) {
                OpenerClass::OperativeLike
            } else if lists
                .preambular_endings
                .iter()
                .any(|e| fw.ends_with(e) && fw.chars().count() > e.chars().count() + 2)
            {
                OpenerClass::PreambularLike
            } else if lists
                .operative_endings
                .iter()
                .any(|e| fw.ends_with(e) && fw.chars().count() > e.chars().count() + 2)
            {
                OpenerClass::OperativeLike
            } else {
                OpenerClass::Unknown
            };
            let known_first = lists.preambular.has_first(w) || lists.operative.has_first(w);
            (
                class,
                fw,
                1,
                (!known_first)
                    .then(|| lists.preambular.nearest(w))
                    .flatten(),
                (!known_first).then(|| lists.operative.nearest(w)).flatten(),
            )
        }
    };
    let last = (k + n_words).min(ws.len()) - 1;
    let start = lead + ws[k.min(ws.len() - 1)].0;
    let end = lead + ws[last].1;
    if let Some((at, n)) = inner {
        adverb = Some(Adverb {
            place: AdverbPlace::After,
            start: lead + ws[at].0,
            end: lead + ws[at + n - 1].1,
        });
    } else if adverb.is_none() {
        if let Some((_, n)) = lists.adverbs.longest(s, &ws, k + n_words) {
            let from = k + n_words;
            adverb = Some(Adverb {
                place: AdverbPlace::After,
                start: lead + ws[from].0,
                end: lead + ws[from + n - 1].1,
            });
        }
    }
    Some(Opener {
        start,
        end,
        lemma,
        class,
        adverb,
        preferred: None,
        operative_form: None,
        preambular_form: None,
        nearest_preambular: near_pre,
        nearest_operative: near_op,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_several_scripts() {
        let s = "Prenant note d’un rapport, suite";
        let ws = words(s, 10);
        let got: Vec<&str> = ws.iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(got, ["Prenant", "note", "d’un", "rapport"]);
        let s = "вновь подтверждая свою";
        assert_eq!(words(s, 10).len(), 3);
        let s = "وإذ تشير إلى";
        assert_eq!(words(s, 10).len(), 3);
        assert!(words("1. Décide", 5).is_empty());
    }

    #[test]
    fn longest_and_nearest() {
        static L: &[&str] = &[
            "Prenant note",
            "Prenant note avec satisfaction",
            "Rappelant",
        ];
        let list = PhraseList::new(L);
        let s = "PRENANT NOTE avec satisfaction du rapport";
        let ws = words(s, 8);
        assert_eq!(
            list.longest(s, &ws, 0),
            Some(("Prenant note avec satisfaction", 4))
        );
        assert_eq!(list.nearest("Rapelant"), Some("Rappelant"));
        assert!(list.has_first("prenant"));
        assert_eq!(list.nearest("Rappelant"), None);
        assert_eq!(fold("تُشِيـر"), "تشير");
    }
}
