//! English: opening lines, openers, operative verbs, months and ordinals.
//!
//! Lists drawn from the UN Editorial Manual's examples, the conventions file's tables
//! (§2.1, §2.2) and the openers of real adopted resolutions and Security Council
//! drafts. British "-ise" spellings, used in some Council drafts, are accepted.

use super::{Adverb, AdverbPlace, Opener, OpenerClass, OrganMatch, Profile};
use crate::options::{Body, Language};
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct En;
pub static EN: En = En;

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month number (1-12) of a full or abbreviated English month name.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.');
    for (i, m) in MONTHS.iter().enumerate() {
        if n == *m || (n.len() >= 3 && m.starts_with(n)) || (n == "Sept" && i == 8) {
            return Some(i as u32 + 1);
        }
    }
    None
}

const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "The General Assembly"),
    (Body::Sc, "The Security Council"),
    (Body::Ecosoc, "The Economic and Social Council"),
    (Body::Hrc, "The Human Rights Council"),
];

/// Preambular openers: participles, adjectives and fixed phrases, longest first
/// within a shared first word (matching takes the longest).
pub const PREAMBULAR: &[&str] = &[
    "Acknowledging",
    "Acting under Chapter VII of the Charter of the United Nations",
    "Acting under Chapter VII",
    "Acting under",
    "Adopting",
    "Affirming",
    "Alarmed",
    "Anxious",
    "Appreciating",
    "Approving",
    "Aware",
    "Bearing in mind",
    "Being",
    "Believing",
    "Calling",
    "Calling upon",
    "Cognizant",
    "Commending",
    "Concerned",
    "Condemning",
    "Confident",
    "Conscious",
    "Considering",
    "Convinced",
    "Declaring",
    "Deeply alarmed",
    "Deeply concerned",
    "Deeply disturbed",
    "Deeply regretting",
    "Deploring",
    "Desiring",
    "Desirous",
    "Determined",
    "Disappointed",
    "Determining",
    "Disturbed",
    "Emphasizing",
    "Emphasising",
    "Encouraged",
    "Encouraging",
    "Endorsing",
    "Expressing",
    "Expressing concern",
    "Expressing deep concern",
    "Expressing grave concern",
    "Expressing its appreciation",
    "Expressing its deep concern",
    "Expressing its gratitude",
    "Expressing its satisfaction",
    "Fully aware",
    "Fully committed",
    "Gravely concerned",
    "Guided",
    "Having adopted",
    "Having considered",
    "Having examined",
    "Having heard",
    "Having received",
    "Having reviewed",
    "Having studied",
    "Highlighting",
    "Keeping in mind",
    "Looking forward",
    "Mindful",
    "Noting",
    "Noting with appreciation",
    "Noting with concern",
    "Noting with deep concern",
    "Noting with regret",
    "Noting with satisfaction",
    "Observing",
    "Paying tribute",
    "Persuaded",
    "Pointing out",
    "Profoundly concerned",
    "Reaffirming",
    "Realizing",
    "Recalling",
    "Recognizing",
    "Recognising",
    "Referring",
    "Regretting",
    "Reiterating",
    "Remaining",
    "Remaining deeply concerned",
    "Reminding",
    "Resolved",
    "Resolving",
    "Seeking",
    "Seriously concerned",
    "Sharing",
    "Stressing",
    "Strongly condemning",
    "Strongly deploring",
    "Strongly supporting",
    "Supporting",
    "Taking into account",
    "Taking into consideration",
    "Taking note",
    "Taking note with appreciation",
    "Taking note with satisfaction",
    "Underlining",
    "Underscoring",
    "Urging",
    "Welcoming",
    "Wishing",
];

/// Operative verbs and phrases, third-person singular present.
pub const OPERATIVE: &[&str] = &[
    "Accepts",
    "Acknowledges",
    "Acknowledges with appreciation",
    "Adopts",
    "Affirms",
    "Agrees",
    "Appeals",
    "Appeals to",
    "Applauds",
    "Appoints",
    "Appreciates",
    "Approves",
    "Asks",
    "Authorizes",
    "Authorises",
    "Calls",
    "Calls for",
    "Calls on",
    "Calls upon",
    "Commends",
    "Concurs",
    "Condemns",
    "Confirms",
    "Congratulates",
    "Considers",
    "Continues",
    "Decides",
    "Decides to remain seized of the matter",
    "Declares",
    "Demands",
    "Deplores",
    "Designates",
    "Directs",
    "Emphasizes",
    "Emphasises",
    "Encourages",
    "Endorses",
    "Establishes",
    "Expresses",
    "Expresses its appreciation",
    "Expresses its concern",
    "Expresses its gratitude",
    "Expresses its intention",
    "Extends",
    "Highlights",
    "Insists",
    "Instructs",
    "Invites",
    "Looks forward",
    "Notes",
    "Notes with appreciation",
    "Notes with concern",
    "Notes with regret",
    "Notes with satisfaction",
    "Proclaims",
    "Reaffirms",
    "Recalls",
    "Recognizes",
    "Recognises",
    "Recommends",
    "Reconfirms",
    "Regrets",
    "Reiterates",
    "Rejects",
    "Renews",
    "Requests",
    "Resolves",
    "Stresses",
    "Strongly condemns",
    "Strongly encourages",
    "Strongly urges",
    "Strongly supports",
    "Strongly underlines",
    "Supports",
    "Takes note",
    "Takes note with appreciation",
    "Takes note with approval",
    "Takes note with satisfaction",
    "Thanks",
    "Underlines",
    "Underscores",
    "Urges",
    "Welcomes",
];

/// Openers found only in Model UN phrase lists, not in UN texts (conventions §2.1, §2.2).
pub const MUN_ONLY: &[&str] = &[
    "Fully alarmed",
    "Fully believing",
    "Further deploring",
    "Having devoted attention",
    "Noting with zest",
    "Viewing with appreciation",
    "Expecting",
    "Contemplating",
    "Declares accordingly",
    "Further proclaims",
    "Further reminds",
    "Has resolved",
    "Trusts",
    "Transmits",
    "Solemnly affirms",
];

/// Formulae that mark a Security Council text (conventions §2.3): (phrase, what it is).
pub const SC_ONLY_FORMULAE: &[(&str, &str)] = &[
    (
        "Acting under Chapter VII",
        "action under Chapter VII of the Charter",
    ),
    (
        "constitutes a threat to international peace and security",
        "a determination under Article 39",
    ),
    (
        "Decides to remain seized of the matter",
        "the Council's closing formula",
    ),
    (
        "to take all necessary measures",
        "an authorization to use force",
    ),
    (
        "to use all necessary means",
        "an authorization to use force",
    ),
];

/// The Assembly's agenda formula, which a Council text cannot use (the Council has no
/// sessions).
pub const GA_ONLY_FORMULAE: &[(&str, &str)] =
    &[("provisional agenda of its", "the Assembly's agenda clause")];

/// Adverbs that intensify an opener without changing it ("Strongly", "Deeply").
const INTENSIFIERS: &[&str] = &[
    "Deeply",
    "Gravely",
    "Seriously",
    "Strongly",
    "Fully",
    "Firmly",
    "Profoundly",
    "Warmly",
    "Sincerely",
    "Most",
    "Particularly",
    "Greatly",
    "Keenly",
    "Highly",
    "Duly",
    "Solemnly",
    "Unequivocally",
    "Emphatically",
];

/// Repetition adverbs.
const REPEATS: &[&str] = &[
    "also",
    "further",
    "again",
    "once again",
    "once more",
    "moreover",
];

/// English ordinal words for 1-99 ("first" … "ninety-ninth").
pub fn ordinal(n: u32) -> String {
    const UNITS: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS_ORD: [&str; 10] = [
        "",
        "",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match n {
        1..=9 => UNITS[n as usize].to_string(),
        10..=19 => TEENS[(n - 10) as usize].to_string(),
        20..=99 if n % 10 == 0 => TENS_ORD[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

/// Parses an English ordinal word 1-99, case-insensitively. Accepts the hyphenated
/// form and, reporting it, a space or no separator between the two parts.
/// Returns (value, canonical form).
pub fn parse_ordinal(word: &str) -> Option<(u32, bool)> {
    static MAP: OnceLock<HashMap<String, (u32, bool)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for n in 1..=99 {
            let o = ordinal(n);
            if o.contains('-') {
                m.insert(o.replace('-', " "), (n, false));
                m.insert(o.replace('-', ""), (n, false));
            }
            m.insert(o, (n, true));
        }
        m
    });
    if word.len() > 20 {
        return None;
    }
    map.get(&word.to_ascii_lowercase()).copied()
}

/// Lower-cases the first character of a phrase.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Upper-cases the first character of a phrase.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The words at the start of `s`: (start, end) byte ranges of runs of letters,
/// hyphens and apostrophes, separated by single spaces. Stops at other characters.
fn words(s: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while out.len() < max && i < b.len() {
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'-' || b[i] == b'\'') {
            i += 1;
        }
        if i == start {
            break;
        }
        out.push((start, i));
        if i < b.len() && b[i] == b' ' {
            i += 1;
        } else {
            break;
        }
    }
    out
}

/// Case-insensitive comparison of a list phrase with the words of `s` from word `from`:
/// returns the number of words matched when the whole phrase matches.
fn phrase_matches(s: &str, ws: &[(usize, usize)], from: usize, phrase: &str) -> Option<usize> {
    let mut k = from;
    for pw in phrase.split(' ') {
        let &(a, b) = ws.get(k)?;
        if !s[a..b].eq_ignore_ascii_case(pw) {
            return None;
        }
        k += 1;
    }
    Some(k - from)
}

/// The phrases of a list grouped by their first word, lower case.
fn index(list: &'static [&'static str]) -> HashMap<String, Vec<&'static str>> {
    let mut m: HashMap<String, Vec<&'static str>> = HashMap::new();
    for p in list {
        let first = p.split(' ').next().unwrap_or(p).to_ascii_lowercase();
        m.entry(first).or_default().push(p);
    }
    m
}

fn preambular_index() -> &'static HashMap<String, Vec<&'static str>> {
    static I: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    I.get_or_init(|| index(PREAMBULAR))
}

fn operative_index() -> &'static HashMap<String, Vec<&'static str>> {
    static I: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    I.get_or_init(|| index(OPERATIVE))
}

/// The longest phrase of `list` at word `from`: (phrase, word count).
fn longest(
    s: &str,
    ws: &[(usize, usize)],
    from: usize,
    list: &'static [&'static str],
) -> Option<(&'static str, usize)> {
    let &(a, b) = ws.get(from)?;
    let first = s[a..b].to_ascii_lowercase();
    let idx = if std::ptr::eq(list, PREAMBULAR) {
        preambular_index()
    } else if std::ptr::eq(list, OPERATIVE) {
        operative_index()
    } else {
        return longest_scan(s, ws, from, list);
    };
    let candidates = idx.get(&first)?;
    let mut best: Option<(&'static str, usize)> = None;
    for p in candidates {
        if let Some(n) = phrase_matches(s, ws, from, p) {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((p, n));
            }
        }
    }
    best
}

/// The longest phrase of any list, by a scan.
fn longest_scan(
    s: &str,
    ws: &[(usize, usize)],
    from: usize,
    list: &'static [&'static str],
) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for p in list {
        if let Some(n) = phrase_matches(s, ws, from, p) {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((p, n));
            }
        }
    }
    best
}

/// Third-person forms and participles derived from a base: "request" →
/// ["requests", "requesting"]; handles -e, -y and sibilant endings.
fn base_candidates(third: &str) -> Vec<String> {
    let t = third.to_ascii_lowercase();
    let mut bases = Vec::new();
    if let Some(b) = t.strip_suffix("ies") {
        bases.push(format!("{b}y"));
    }
    if let Some(b) = t.strip_suffix("es") {
        bases.push(b.to_string());
    }
    if let Some(b) = t.strip_suffix('s') {
        bases.push(b.to_string());
    }
    bases
}

fn participles(base: &str) -> Vec<String> {
    let mut v = vec![format!("{base}ing")];
    if let Some(b) = base.strip_suffix('e') {
        v.push(format!("{b}ing"));
    }
    v
}

/// The operative verb of which `word` is another form ("Request", "Requesting",
/// "Requested" → "Requests").
pub fn operative_from_other_form(word: &str) -> Option<&'static str> {
    static FORMS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut m = HashMap::new();
        for v in OPERATIVE.iter().filter(|v| !v.contains(' ')) {
            for base in base_candidates(v) {
                let mut all = participles(&base);
                all.push(format!("{base}ed"));
                all.push(format!("{base}d"));
                all.push(base);
                for f in all {
                    m.entry(f).or_insert(*v);
                }
            }
        }
        m
    });
    if word.len() > 30 {
        return None;
    }
    forms.get(&word.to_ascii_lowercase()).copied()
}

/// The preambular participle corresponding to an operative verb ("Recalls" →
/// "Recalling"), when that participle is a known opener.
pub fn preambular_from_operative(word: &str) -> Option<&'static str> {
    for base in base_candidates(word) {
        for p in participles(&base) {
            if let Some(found) = PREAMBULAR
                .iter()
                .find(|x| !x.contains(' ') && x.eq_ignore_ascii_case(&p))
            {
                return Some(found);
            }
        }
    }
    None
}

/// The nearest single-word entry of `list` to `word` within edit distance 2.
fn nearest(word: &str, list: &'static [&'static str]) -> Option<&'static str> {
    if word.len() < 4 || word.len() > 30 {
        return None;
    }
    let mut best: Option<(&'static str, usize)> = None;
    let lw = word.to_ascii_lowercase();
    for p in list {
        let first = p.split(' ').next().unwrap_or(p);
        // Edit distance 2 at most: lengths within 2, so most entries are skipped here.
        if first.len().abs_diff(lw.len()) > 2 {
            continue;
        }
        let d = crate::text::edit_distance(&lw, &first.to_ascii_lowercase(), 2);
        if (1..=2).contains(&d) && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((first, d));
        }
    }
    best.map(|(p, _)| p)
}

fn is_repeat_word(s: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    for r in REPEATS {
        if let Some(n) = phrase_matches(s, ws, k, r) {
            return Some(n);
        }
    }
    None
}

impl Profile for En {
    fn language(&self) -> Language {
        Language::En
    }

    fn organ_line(&self, body: Body) -> &'static str {
        ORGANS
            .iter()
            .find(|(b, _)| *b == body)
            .map(|(_, s)| *s)
            .unwrap_or("The General Assembly")
    }

    fn match_organ(&self, line: &str) -> Option<OrganMatch> {
        for (body, name) in ORGANS {
            if line.len() >= name.len() && line.is_char_boundary(name.len()) {
                let head = &line[..name.len()];
                if head == name {
                    return Some(OrganMatch {
                        body,
                        len: name.len(),
                        correct: None,
                    });
                }
                if head.eq_ignore_ascii_case(name) {
                    // "THE GENERAL ASSEMBLY" in capitals is a layout choice; other case
                    // mixes are wrong.
                    let correct = if head.chars().any(|c| c.is_ascii_lowercase()) {
                        Some(name)
                    } else {
                        None
                    };
                    return Some(OrganMatch {
                        body,
                        len: name.len(),
                        correct,
                    });
                }
            }
            let bare = &name[4..];
            if line.len() >= bare.len()
                && line.is_char_boundary(bare.len())
                && line[..bare.len()].eq_ignore_ascii_case(bare)
            {
                return Some(OrganMatch {
                    body,
                    len: bare.len(),
                    correct: Some(name),
                });
            }
        }
        None
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        // Emphasis marks pasted from Markdown: "*Recalling*".
        let lead = content.len() - content.trim_start_matches(['*', '_']).len();
        let s = &content[lead..];
        let ws = words(s, 10);
        let &(first_start, first_end) = ws.first()?;
        if !s[first_start..first_end]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        {
            return None;
        }
        let mut k = 0;
        let mut adverb = None;
        if let Some(n) = is_repeat_word(s, &ws, 0) {
            if ws.len() > n {
                adverb = Some(Adverb {
                    place: AdverbPlace::Before,
                    start: lead + ws[0].0,
                    end: lead + ws[n - 1].1,
                });
                k = n;
            }
        }
        let intens = INTENSIFIERS.iter().any(|x| {
            ws.get(k)
                .is_some_and(|&(a, b)| s[a..b].eq_ignore_ascii_case(x))
        });
        let pre = longest(s, &ws, k, PREAMBULAR);
        let op = longest(s, &ws, k, OPERATIVE);
        let (class, n_words) = match (pre, op) {
            (Some((_, a)), Some((_, b))) if a >= b => (OpenerClass::Preambular, a),
            (Some((_, a)), None) => (OpenerClass::Preambular, a),
            (_, Some((_, b))) => (OpenerClass::Operative, b),
            (None, None) => (OpenerClass::Unknown, 0),
        };
        let mut op_form = None;
        let mut pre_form = None;
        let mut near_pre = None;
        let mut near_op = None;
        let (class, n_words) = if class != OpenerClass::Unknown {
            (class, n_words)
        } else {
            // Not in the lists: look at the form of the (possibly intensified) word.
            let wi = if intens && ws.len() > k + 1 { k + 1 } else { k };
            let &(a, b) = ws.get(wi)?;
            let w = &s[a..b];
            let lw = w.to_ascii_lowercase();
            let n = wi - k + 1;
            if intens && wi > k {
                // "Deeply troubled", "Strongly rejects".
                if lw.ends_with('s') && !lw.ends_with("ss") {
                    (OpenerClass::OperativeLike, n)
                } else {
                    (OpenerClass::PreambularLike, n)
                }
            } else if lw == "having" && ws.len() > wi + 1 {
                (OpenerClass::PreambularLike, 2)
            } else if let Some(v) = operative_from_other_form(w) {
                op_form = Some(v.to_string());
                pre_form = preambular_from_operative(v).map(str::to_string);
                if lw.ends_with("ing") {
                    (OpenerClass::PreambularLike, 1)
                } else {
                    (OpenerClass::Unknown, 1)
                }
            } else if (lw.ends_with("ing") || lw.ends_with("ed")) && lw.len() > 5 {
                near_pre = nearest(w, PREAMBULAR);
                (OpenerClass::PreambularLike, 1)
            } else if lw.ends_with('s') && !lw.ends_with("ss") && lw.len() > 4 {
                near_op = nearest(w, OPERATIVE);
                (OpenerClass::OperativeLike, 1)
            } else {
                near_pre = nearest(w, PREAMBULAR);
                near_op = nearest(w, OPERATIVE);
                (OpenerClass::Unknown, 1)
            }
        };
        if class == OpenerClass::Operative {
            let (a, b) = ws[k];
            pre_form = preambular_from_operative(&s[a..b]).map(str::to_string);
        }
        let end_word = (k + n_words).max(1) - 1;
        let start = lead + ws[k.min(ws.len() - 1)].0;
        let end = lead + ws[end_word.min(ws.len() - 1)].1;
        // "Recalling also", "Requests further".
        if adverb.is_none() {
            if let Some(n) = is_repeat_word(s, &ws, k + n_words) {
                let from = k + n_words;
                adverb = Some(Adverb {
                    place: AdverbPlace::After,
                    start: lead + ws[from].0,
                    end: lead + ws[from + n - 1].1,
                });
            }
        }
        let lemma = match (class, pre, op) {
            (OpenerClass::Preambular, Some((p, _)), _) => p.to_ascii_lowercase(),
            (OpenerClass::Operative, _, Some((p, _))) => p.to_ascii_lowercase(),
            _ => content[start..end].to_ascii_lowercase(),
        };
        Some(Opener {
            start,
            end,
            lemma,
            class,
            adverb,
            preferred: None,
            operative_form: op_form,
            preambular_form: pre_form,
            nearest_preambular: near_pre,
            nearest_operative: near_op,
        })
    }

    fn ordinal(&self, n: u32) -> String {
        ordinal(n)
    }

    fn repeat_adverb(
        &self,
        nth: usize,
        operative: bool,
        _body: Body,
    ) -> (&'static str, AdverbPlace) {
        let word = if nth <= 2 { "also" } else { "further" };
        if operative {
            (word, AdverbPlace::Before)
        } else {
            (word, AdverbPlace::After)
        }
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        SC_ONLY_FORMULAE
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        GA_ONLY_FORMULAE
    }

    fn mun_only(&self) -> &'static [&'static str] {
        MUN_ONLY
    }

    fn phrases(&self) -> &'static super::Phrases {
        &PHRASES
    }

    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String {
        let m = MONTHS[month.clamp(1, 12) as usize - 1];
        match day {
            Some(d) => format!("{d} {m} {year}"),
            None => format!("{m} {year}"),
        }
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!("Decides to include in the provisional agenda of its {} session the item entitled “{}”.", ordinal(n), title.unwrap_or(""))
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} session", ordinal(n))
    }
}

static PHRASES: super::Phrases = super::Phrases {
    agenda_before: &["provisional agenda of its", "provisional agenda of the"],
    agenda_after: &[],
    continue_words: &[
        "continue its consideration",
        "continue consideration",
        "consider the question",
        "consider this question",
        "consider the matter",
        "consider this matter",
        "consider the item",
        "consider this item",
        "review the question",
    ],
    continue_before: &["at its"],
    entitled: &["entitled"],
    sub_item: &["sub-item"],
    report: &["report"],
    secretary_general: &["secretary-general"],
    report_before: &["assembly at its", "assembly, at its"],
    quotes: &[('“', '”'), ('"', '"')],
    paragraph: &["paragraph", "paragraphs"],
};

/// English function words: inside Chinese prose they are certainly left-over
/// English (zh-latin-word reports them as errors).
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "or",
    "nor",
    "but",
    "of",
    "the",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "into",
    "onto",
    "upon",
    "within",
    "without",
    "between",
    "among",
    "against",
    "about",
    "under",
    "over",
    "through",
    "during",
    "including",
    "such",
    "that",
    "which",
    "who",
    "whose",
    "this",
    "these",
    "those",
    "its",
    "their",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "not",
    "also",
    "all",
    "any",
    "other",
    "than",
    "if",
    "so",
    "per",
    "via",
    "vs",
    "etc",
];

/// Names of the Charter that UN texts do not use (the form is "the Charter of the
/// United Nations", then "the Charter").
pub const CHARTER_WRONG_NAMES: &[&str] = &[
    "United Nations Charter",
    "U.N. Charter",
    "UN Charter",
    "Charter of the UN",
    "Charter of the U.N.",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip_1_to_99() {
        for n in 1..=99 {
            let o = ordinal(n);
            assert_eq!(parse_ordinal(&o), Some((n, true)), "{o}");
        }
        assert_eq!(ordinal(65), "sixty-fifth");
        assert_eq!(ordinal(80), "eightieth");
        assert_eq!(parse_ordinal("Sixty fifth"), Some((65, false)));
    }

    #[test]
    fn openers() {
        let o = EN.opener("Recalling also its resolution 59/50,").unwrap();
        assert_eq!(o.class, OpenerClass::Preambular);
        assert_eq!(o.lemma, "recalling");
        assert_eq!(o.adverb.unwrap().place, AdverbPlace::After);
        let o = EN.opener("Also requests the Secretary-General").unwrap();
        assert_eq!(o.class, OpenerClass::Operative);
        assert_eq!(o.adverb.unwrap().place, AdverbPlace::Before);
        let o = EN.opener("Request the Secretary-General").unwrap();
        assert_eq!(o.operative_form.as_deref(), Some("Requests"));
        let o = EN.opener("Requesting the Secretary-General").unwrap();
        assert_eq!(o.operative_form.as_deref(), Some("Requests"));
        let o = EN.opener("Recaling its resolution").unwrap();
        assert_eq!(o.nearest_preambular, Some("Recalling"));
        let o = EN
            .opener("Takes note with appreciation of the report")
            .unwrap();
        assert_eq!(o.lemma, "takes note with appreciation");
        let o = EN.opener("Recalls its resolution").unwrap();
        assert_eq!(o.preambular_form.as_deref(), Some("Recalling"));
        let o = EN.opener("Deeply troubled by the situation").unwrap();
        assert_eq!(o.class, OpenerClass::PreambularLike);
    }

    #[test]
    fn organs() {
        assert_eq!(
            EN.match_organ("The Security Council,").unwrap().body,
            Body::Sc
        );
        let m = EN.match_organ("General Assembly,").unwrap();
        assert_eq!(m.correct, Some("The General Assembly"));
    }

    #[test]
    fn months() {
        assert_eq!(month_number("December"), Some(12));
        assert_eq!(month_number("Dec."), Some(12));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("Ma"), None);
    }
}
