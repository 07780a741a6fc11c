//! Arabic: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§5 and the §6 index; ordinals from the ordinals
//! file). Text is normalised before any matching (§5.7): tatweel, harakat and bidi
//! marks removed, hamza-carrying alefs made plain, final ى read as ي, lam-alef
//! ligatures opened; offsets are mapped back onto the text as written.
//!
//! The first preambular paragraph opens with إذ, the later ones with وإذ (a وقد or
//! verbal-noun form keeps its و everywhere). Verbs agree with the organ: feminine
//! تقرر for the Assembly (الجمعية), masculine يقرر for the Councils (مجلس).

use super::phrase::{list_opener, words, OpenerLists, PhraseList};
use super::{
    AdverbPlace, Agreement, CitationLexicon, DateLexicon, Gender, Opener, OpenerClass, OrganMatch,
    Phrases, Profile,
};
use crate::model::sessions::{OrdinalForm, SessionKind, SessionRef};
use crate::options::{Body, Language};
use crate::text::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct Ar;
pub static AR: Ar = Ar;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "إن الجمعية العامة"),
    (Body::Sc, "إن مجلس الأمن"),
    (Body::Ecosoc, "إن المجلس الاقتصادي والاجتماعي"),
    (Body::Hrc, "إن مجلس حقوق الإنسان"),
];

/// Preambular verb phrases, said after إذ / وإذ: (feminine for the Assembly,
/// masculine for a Council). A preposition written joined to the next word (ب, ل)
/// is left out: "وإذ ترحب بالجهود".
pub const PREAMBULAR_VERBS: &[(&str, &str)] = &[
    ("تشير إلى", "يشير إلى"),
    ("تشير", "يشير"),
    ("تعيد تأكيد", "يعيد تأكيد"),
    ("تعيد التأكيد على", "يعيد التأكيد على"),
    ("تؤكد من جديد", "يؤكد من جديد"),
    ("تؤكد مجددا", "يؤكد مجددا"),
    ("تكرر تأكيد", "يكرر تأكيد"),
    ("تحيط علما", "يحيط علما"),
    ("تحيط علما مع التقدير", "يحيط علما مع التقدير"),
    ("تلاحظ", "يلاحظ"),
    ("تلاحظ مع القلق", "يلاحظ مع القلق"),
    ("تلاحظ مع التقدير", "يلاحظ مع التقدير"),
    ("ترحب", "يرحب"),
    ("تسلم", "يسلم"),
    ("تقر", "يقر"),
    ("تعترف", "يعترف"),
    ("تضع في اعتبارها", "يضع في اعتباره"),
    ("تأخذ في اعتبارها", "يأخذ في اعتباره"),
    ("تضع في الاعتبار", "يضع في الاعتبار"),
    ("تأخذ في الاعتبار", "يأخذ في الاعتبار"),
    ("تدرك", "يدرك"),
    ("تعي", "يعي"),
    ("هي مقتنعة", "هو مقتنع"),
    ("يساورها بالغ القلق", "يساوره بالغ القلق"),
    ("يساورها القلق", "يساوره القلق"),
    ("يساورها قلق بالغ", "يساوره قلق بالغ"),
    ("تشعر بالقلق", "يشعر بالقلق"),
    ("تشعر ببالغ القلق", "يشعر ببالغ القلق"),
    ("تعرب عن قلقها", "يعرب عن قلقه"),
    ("تعرب عن بالغ قلقها", "يعرب عن بالغ قلقه"),
    ("تعرب عن تقديرها", "يعرب عن تقديره"),
    ("تعرب عن ارتياحها", "يعرب عن ارتياحه"),
    ("تعرب عن", "يعرب عن"),
    ("تشدد على", "يشدد على"),
    ("تؤكد", "يؤكد"),
    ("تسترشد", "يسترشد"),
    ("تدين", "يدين"),
    ("تكرر", "يكرر"),
    ("تثني على", "يثني على"),
    ("تشيد", "يشيد"),
    ("تنوه", "ينوه"),
    ("تحدوها الرغبة في", "تحدوه الرغبة في"),
    ("تتصرف بموجب", "يتصرف بموجب"),
    ("تلتزم", "يلتزم"),
    ("تعتبر", "يعتبر"),
    ("تلاحظ مع الارتياح", "يلاحظ مع الارتياح"),
    ("تلاحظ بقلق", "يلاحظ بقلق"),
    ("تلاحظ بارتياح", "يلاحظ بارتياح"),
    ("تلاحظ بتقدير", "يلاحظ بتقدير"),
    ("ترحب مع التقدير", "يرحب مع التقدير"),
    ("تأخذ في الحسبان", "يأخذ في الحسبان"),
    ("تضع نصب عينيها", "يضع نصب عينيه"),
    ("تأسف", "يأسف"),
    ("تشعر بالجزع", "يشعر بالجزع"),
    ("يساورها الجزع", "يساوره الجزع"),
    ("تتطلع إلى", "يتطلع إلى"),
    ("تقدر", "يقدر"),
    ("تؤمن", "يؤمن"),
    ("تؤيد", "يؤيد"),
    ("تستعرض", "يستعرض"),
    ("تحيط علما مع الارتياح", "يحيط علما مع الارتياح"),
    ("تعرب عن ترحيبها", "يعرب عن ترحيبه"),
    ("تعرب عن أسفها", "يعرب عن أسفه"),
    ("تعرب عن قلقها البالغ", "يعرب عن قلقه البالغ"),
    ("تشدد", "يشدد"),
    ("تدعو", "يدعو"),
    ("تحث", "يحث"),
    ("تشجع", "يشجع"),
    ("تهيب", "يهيب"),
    ("تطلب", "يطلب"),
    ("تقرر", "يقرر"),
];

/// Preambular openers that carry their own و and need no إذ: verbal nouns with
/// منها / منه and the وقد + past tense form ("Having considered"), (feminine,
/// masculine).
pub const PREAMBULAR_FIXED: &[(&str, &str)] = &[
    ("واقتناعا منها", "واقتناعا منه"),
    ("ورغبة منها في", "ورغبة منه في"),
    ("ورغبة منها", "ورغبة منه"),
    ("وتصميما منها على", "وتصميما منه على"),
    ("وتصميما منها", "وتصميما منه"),
    ("وإدراكا منها", "وإدراكا منه"),
    ("واعترافا منها", "واعترافا منه"),
    ("واقتناعا منها بأن", "واقتناعا منه بأن"),
    ("وقد نظرت في", "وقد نظر في"),
    ("وقد درست", "وقد درس"),
    ("وقد استعرضت", "وقد استعرض"),
    ("وقد اجتمعت", "وقد اجتمع"),
    ("وقد استمعت", "وقد استمع"),
];

/// Operative verbs: (feminine for the Assembly, masculine for a Council).
pub const OPERATIVE: &[(&str, &str)] = &[
    ("تقرر", "يقرر"),
    ("تطلب إلى", "يطلب إلى"),
    ("تطلب", "يطلب"),
    ("تهيب", "يهيب"),
    ("تحث", "يحث"),
    ("تشجع", "يشجع"),
    ("تدعو", "يدعو"),
    ("تدعو إلى", "يدعو إلى"),
    ("ترحب", "يرحب"),
    ("ترحب مع التقدير", "يرحب مع التقدير"),
    ("تحيط علما", "يحيط علما"),
    ("تحيط علما مع التقدير", "يحيط علما مع التقدير"),
    ("تلاحظ", "يلاحظ"),
    ("تلاحظ مع القلق", "يلاحظ مع القلق"),
    ("تلاحظ مع التقدير", "يلاحظ مع التقدير"),
    ("تعيد تأكيد", "يعيد تأكيد"),
    ("تعيد التأكيد على", "يعيد التأكيد على"),
    ("تؤكد مجددا", "يؤكد مجددا"),
    ("تؤكد من جديد", "يؤكد من جديد"),
    ("تكرر تأكيد", "يكرر تأكيد"),
    ("تؤكد", "يؤكد"),
    ("تشدد على", "يشدد على"),
    ("تسلم", "يسلم"),
    ("تقر", "يقر"),
    ("تعترف", "يعترف"),
    ("تعرب عن", "يعرب عن"),
    ("تعرب عن أملها", "يعرب عن أمله"),
    ("تعرب عن تقديرها", "يعرب عن تقديره"),
    ("تعرب عن قلقها", "يعرب عن قلقه"),
    ("تعرب عن بالغ قلقها", "يعرب عن بالغ قلقه"),
    ("تؤيد", "يؤيد"),
    ("توافق على", "يوافق على"),
    ("تعتمد", "يعتمد"),
    ("تدين", "يدين"),
    ("تدين بشدة", "يدين بشدة"),
    ("تشجب", "يشجب"),
    ("توصي", "يوصي"),
    ("تطالب", "يطالب"),
    ("تناشد", "يناشد"),
    ("تأذن", "يأذن"),
    ("تشير إلى", "يشير إلى"),
    ("تحيل", "يحيل"),
    ("تعلن", "يعلن"),
    ("تثني على", "يثني على"),
    ("تشيد", "يشيد"),
    ("تكلف", "يكلف"),
    ("تمدد", "يمدد"),
    ("تعتبر", "يعتبر"),
    ("تدعم", "يدعم"),
    ("تؤكد من جديد", "يؤكد من جديد"),
    ("تعرب عن ارتياحها", "يعرب عن ارتياحه"),
    ("تحث بقوة", "يحث بقوة"),
    ("تلتمس", "يلتمس"),
    ("تستنكر", "يستنكر"),
    ("ترفض", "يرفض"),
    ("تحيط علما مع الارتياح", "يحيط علما مع الارتياح"),
    ("تلاحظ مع الارتياح", "يلاحظ مع الارتياح"),
    ("تلاحظ بقلق", "يلاحظ بقلق"),
    ("تعرب عن ترحيبها", "يعرب عن ترحيبه"),
    ("تعرب عن أسفها", "يعرب عن أسفه"),
    ("تعرب عن قلقها البالغ", "يعرب عن قلقه البالغ"),
    ("تأسف", "يأسف"),
    ("تقدر", "يقدر"),
    ("تشدد", "يشدد"),
    ("تصدر", "يصدر"),
    ("تنشئ", "ينشئ"),
    ("تعين", "يعين"),
    ("تكرر", "يكرر"),
    ("تعترف", "يعترف"),
    ("تتطلع إلى", "يتطلع إلى"),
    ("تحتفل", "يحتفل"),
    ("تؤكد على", "يؤكد على"),
    ("تشير", "يشير"),
    (
        "تقرر أن تبقي المسألة قيد نظرها",
        "يقرر أن يبقي المسألة قيد نظره",
    ),
];

/// "also/further" words (أيضا, كذلك; مجددا is part of تؤكد مجددا).
pub const ADVERBS: &[&str] = &["أيضا", "كذلك", "أيضاً", "كذالك"];

/// Month names, January first: every accepted form, the standard UN pair first
/// (Syriac name / Latin-derived name), then its halves and the other spellings.
pub const MONTHS: [&[&str]; 12] = [
    &[
        "كانون الثاني/يناير",
        "يناير/كانون الثاني",
        "كانون الثاني",
        "يناير",
    ],
    &["شباط/فبراير", "فبراير/شباط", "شباط", "فبراير"],
    &["آذار/مارس", "مارس/آذار", "آذار", "اذار", "مارس"],
    &[
        "نيسان/أبريل",
        "نيسان/إبريل",
        "نيسان/ابريل",
        "أبريل/نيسان",
        "نيسان",
        "أبريل",
        "إبريل",
        "ابريل",
    ],
    &[
        "أيار/مايو",
        "ايار/مايو",
        "مايو/أيار",
        "أيار",
        "ايار",
        "مايو",
    ],
    &[
        "حزيران/يونيه",
        "حزيران/يونيو",
        "يونيه/حزيران",
        "يونيو/حزيران",
        "حزيران",
        "يونيه",
        "يونيو",
    ],
    &[
        "تموز/يوليه",
        "تموز/يوليو",
        "يوليه/تموز",
        "يوليو/تموز",
        "تموز",
        "يوليه",
        "يوليو",
    ],
    &[
        "آب/أغسطس",
        "آب/اغسطس",
        "اب/أغسطس",
        "أغسطس/آب",
        "آب",
        "أغسطس",
        "اغسطس",
    ],
    &[
        "أيلول/سبتمبر",
        "ايلول/سبتمبر",
        "سبتمبر/أيلول",
        "أيلول",
        "ايلول",
        "سبتمبر",
    ],
    &[
        "تشرين الأول/أكتوبر",
        "تشرين الاول/اكتوبر",
        "تشرين الأول/اكتوبر",
        "أكتوبر/تشرين الأول",
        "تشرين الأول",
        "تشرين الاول",
        "أكتوبر",
        "اكتوبر",
    ],
    &[
        "تشرين الثاني/نوفمبر",
        "نوفمبر/تشرين الثاني",
        "تشرين الثاني",
        "نوفمبر",
    ],
    &[
        "كانون الأول/ديسمبر",
        "كانون الاول/ديسمبر",
        "ديسمبر/كانون الأول",
        "كانون الأول",
        "كانون الاول",
        "ديسمبر",
    ],
];

// ---------------------------------------------------------------------------
// Normalisation.

/// Characters dropped before matching: harakat, superscript alef, tatweel, bidi
/// and zero-width marks.
fn dropped(c: char) -> bool {
    matches!(
        c,
        '\u{64B}'..='\u{65F}'
            | '\u{670}'
            | '\u{640}'
            | '\u{200B}'..='\u{200F}'
            | '\u{61C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The normalised form of one character (empty when dropped).
fn norm_char(c: char, out: &mut String) {
    if dropped(c) {
        return;
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        // Lam-alef presentation forms of older texts.
        '\u{FEF5}'..='\u{FEFC}' => out.push_str("لا"),
        // Arabic-Indic digits read as Western ones.
        '\u{660}'..='\u{669}' => out.push(char::from(b'0' + (c as u32 - 0x660) as u8)),
        '\u{6F0}'..='\u{6F9}' => out.push(char::from(b'0' + (c as u32 - 0x6F0) as u8)),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Normalises Arabic text for matching (see the module doc).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        norm_char(c, &mut out);
    }
    out
}

/// Normalised text with the way back to the text as written.
struct Normalized<'a> {
    orig: &'a str,
    text: String,
    /// For each byte of `text`: the start of its source character.
    starts: Vec<usize>,
    /// For each byte of `text`: the end of its source character.
    ends: Vec<usize>,
}

impl<'a> Normalized<'a> {
    fn new(orig: &'a str) -> Normalized<'a> {
        let mut text = String::with_capacity(orig.len());
        let mut starts = Vec::with_capacity(orig.len());
        let mut ends = Vec::with_capacity(orig.len());
        for (i, c) in orig.char_indices() {
            let before = text.len();
            norm_char(c, &mut text);
            for _ in before..text.len() {
                starts.push(i);
                ends.push(i + c.len_utf8());
            }
        }
        Normalized {
            orig,
            text,
            starts,
            ends,
        }
    }

    fn start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.orig.len())
    }

    /// The end in the original of a range ending at `e`, with the marks that follow
    /// its last letter (harakat, tatweel).
    fn end(&self, e: usize) -> usize {
        if e == 0 {
            return self.start(0);
        }
        let mut j = self.ends.get(e - 1).copied().unwrap_or(self.orig.len());
        while let Some(c) = self.orig[j..].chars().next() {
            if matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        j
    }
}

// ---------------------------------------------------------------------------
// Ordinals.

/// Feminine ordinals 1-10 (الدورة is feminine).
const UNITS: [&str; 10] = [
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
];

/// Tens 20-90: (nominative, genitive/accusative).
const TENS: [(&str, &str); 8] = [
    ("العشرون", "العشرين"),
    ("الثلاثون", "الثلاثين"),
    ("الأربعون", "الأربعين"),
    ("الخمسون", "الخمسين"),
    ("الستون", "الستين"),
    ("السبعون", "السبعين"),
    ("الثمانون", "الثمانين"),
    ("التسعون", "التسعين"),
];

/// The case of an ordinal: the heading ("الدورة الرابعة والستون") is nominative;
/// running text ("في دورتها الخامسة والستين") genitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Nominative,
    Genitive,
}

/// The ordinal of session `n` (1-99) in `case`; figures beyond.
pub fn ordinal_in(n: u32, case: Case) -> String {
    let unit = |u: u32| -> &'static str {
        if u == 1 && n > 10 {
            "الحادية"
        } else {
            UNITS[(u as usize).saturating_sub(1).min(9)]
        }
    };
    match n {
        1..=10 => UNITS[n as usize - 1].to_string(),
        11..=19 => format!("{} عشرة", unit(n - 10)),
        20..=99 => {
            let (nom, gen) = TENS[(n / 10 - 2) as usize];
            let tens = if case == Case::Nominative { nom } else { gen };
            match n % 10 {
                0 => tens.to_string(),
                u => format!("{} و{}", unit(u), tens),
            }
        }
        _ => n.to_string(),
    }
}

/// The ordinal of a session in running text, genitive ("الخامسة والستين").
pub fn ordinal(n: u32) -> String {
    ordinal_in(n, Case::Genitive)
}

/// Every standard form (both cases), normalised: value and whether it is standard.
/// Masculine forms ("الحادي عشر", "الخامس والستين") are read as non-standard.
fn ordinal_table() -> &'static HashMap<String, (u32, bool)> {
    static T: OnceLock<HashMap<String, (u32, bool)>> = OnceLock::new();
    T.get_or_init(|| {
        const MASC: [&str; 10] = [
            "الأول",
            "الثاني",
            "الثالث",
            "الرابع",
            "الخامس",
            "السادس",
            "السابع",
            "الثامن",
            "التاسع",
            "العاشر",
        ];
        let mut t = HashMap::new();
        for n in 1..=99u32 {
            for case in [Case::Nominative, Case::Genitive] {
                t.insert(normalize(&ordinal_in(n, case)), (n, true));
            }
            // Masculine forms: a common slip.
            let u = n % 10;
            let m = match n {
                1..=10 => MASC[n as usize - 1].to_string(),
                11 => "الحادي عشر".to_string(),
                12..=19 => format!("{} عشر", MASC[u as usize - 1]),
                _ if u == 0 => continue,
                _ => {
                    let (nom, gen) = TENS[(n / 10 - 2) as usize];
                    let unit = if u == 1 {
                        "الحادي"
                    } else {
                        MASC[u as usize - 1]
                    };
                    t.entry(normalize(&format!("{unit} و{nom}")))
                        .or_insert((n, false));
                    format!("{unit} و{gen}")
                }
            };
            t.entry(normalize(&m)).or_insert((n, false));
        }
        t
    })
}

/// Parses an ordinal 1-99 in either case: (value, standard form).
pub fn parse_ordinal(s: &str) -> Option<(u32, bool)> {
    let n = normalize(s.trim());
    let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
    ordinal_table().get(&n).copied()
}

/// Words after `i` in `text`: (start, end) of letter runs separated by white space,
/// at most `max`; stops at anything else.
fn words_after(text: &str, mut i: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while out.len() < max {
        let mut j = i;
        while let Some(c) = text[j..].chars().next() {
            if crate::text::is_hspace(c) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if out.is_empty() && j == i && j > 0 {
            // The anchor must be followed by white space.
            return out;
        }
        let start = j;
        let mut n = 0;
        while let Some(c) = text[j..].chars().next() {
            if c.is_alphabetic() || super::phrase::is_mark(c) || dropped(c) {
                j += c.len_utf8();
                n += 1;
                if n > 40 {
                    // No ordinal or kind word is this long.
                    return out;
                }
            } else {
                break;
            }
        }
        if j == start {
            break;
        }
        out.push((start, j));
        i = j;
    }
    out
}

/// A session mention at the anchor word ("الدورة", "دورتها"): kind words, then an
/// ordinal in words or in figures.
fn session_after(text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
    // The anchor is a whole word, perhaps with a joined preposition before it
    // ("لدورتها", "للدورة").
    if text[anchor_end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic())
    {
        return None;
    }
    let ws = words_after(text, anchor_end, 5);
    let mut k: usize = 0;
    let mut kind = SessionKind::Regular;
    let w = |k: usize| ws.get(k).map(|&(a, b)| normalize(&text[a..b]));
    match w(0).as_deref() {
        Some("الاستثنائية") => {
            kind = SessionKind::Special;
            k = 1;
            if w(1).as_deref() == Some("الطارية") || w(1).as_deref() == Some("الطارئة")
            {
                kind = SessionKind::EmergencySpecial;
                k = 2;
            }
        }
        Some("العادية") => k = 1,
        Some("الموضوعية" | "التنظيمية" | "المستانفة") => {
            kind = SessionKind::Other;
            k = 1;
        }
        _ => {}
    }
    // Figures: "الدورة 65", "الدورة ٦٥".
    let after_kind = ws.get(k.wrapping_sub(1)).map_or(anchor_end, |&(_, b)| b);
    let mut j = after_kind;
    while let Some(c) = text[j..].chars().next() {
        if crate::text::is_hspace(c) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j > after_kind {
        let digits: String = text[j..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(c))
            .collect();
        let n = digits.chars().count();
        let end = j + digits.len();
        let next = text[end..].chars().next();
        if (1..=2).contains(&n) && next.is_none_or(|c| !c.is_alphanumeric() && c != '/') {
            let value = normalize(&digits).parse().ok()?;
            return Some(SessionRef {
                span: Span::new(anchor, end),
                ordinal: Span::new(j, end),
                value,
                form: OrdinalForm::Figures,
                kind,
            });
        }
    }
    // Words: two words first ("الخامسة والستين", "الحادية عشرة"), then one.
    for len in [2usize, 1] {
        if ws.len() < k + len {
            continue;
        }
        let (a, _) = ws[k];
        let (_, b) = ws[k + len - 1];
        if let Some((value, standard)) = parse_ordinal(&text[a..b]) {
            return Some(SessionRef {
                span: Span::new(anchor, b),
                ordinal: Span::new(a, b),
                value,
                form: if standard {
                    OrdinalForm::Words
                } else {
                    OrdinalForm::Unhyphenated
                },
                kind,
            });
        }
    }
    None
}

/// The words that name a session, normalised, without a joined preposition.
const SESSION_WORDS: &[&str] = &[
    "الدورة",
    "دورة",
    "دورتها",
    "دورته",
    "دورتيها",
    "دورتيه",
    "دورتنا",
    "الدورتين",
];

/// The session word around the stem at `anchor` ("الدورة", "لدورتها", "للدورة",
/// "دورتهــا"): where the mention starts (after a joined preposition, so that the
/// text before it ends with "ل" as in "جدول الأعمال المؤقت ل") and where the word
/// ends.
fn session_word(text: &str, anchor: usize) -> Option<(usize, usize)> {
    // Session words are short: a longer run of letters is not one (and the scan
    // stays bounded, whatever the text).
    const MAX: usize = 24;
    let is_part = |c: char| c.is_alphabetic() || dropped(c);
    let back: Vec<(usize, char)> = text[..anchor]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_part(c))
        .take(MAX + 1)
        .collect();
    if back.len() > MAX {
        return None;
    }
    let ws = back.last().map_or(anchor, |&(i, _)| i);
    let fwd = text[anchor..]
        .char_indices()
        .take(MAX + 1)
        .find(|&(_, c)| !is_part(c));
    let we = match fwd {
        Some((i, _)) => anchor + i,
        None if text[anchor..].chars().nth(MAX).is_none() => text.len(),
        None => return None,
    };
    let word = normalize(&text[ws..we]);
    // Letters of a joined preposition or conjunction: و, ف, ب, ل; "للدورة" is
    // ل + الدورة with its alef dropped.
    let mut skip = 0;
    let mut bare = word.as_str();
    while !SESSION_WORDS.contains(&bare) {
        if let Some(rest) = bare.strip_prefix("لل") {
            // "للدورة": the mention starts at the second ل.
            if SESSION_WORDS.contains(&format!("ال{rest}").as_str()) {
                skip += 1;
                break;
            }
        }
        let c = bare.chars().next()?;
        if skip >= 2 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل') {
            return None;
        }
        bare = &bare[c.len_utf8()..];
        skip += 1;
    }
    // The start: after `skip` letters of the word as written.
    let start = text[ws..we]
        .char_indices()
        .filter(|&(_, c)| !dropped(c))
        .nth(skip)
        .map_or(ws, |(i, _)| ws + i);
    Some((start, we))
}

// ---------------------------------------------------------------------------
// Openers.

struct Lists {
    lists: OpenerLists,
    /// Normalised phrase → (as written, gender, counterpart as written).
    info: HashMap<String, (&'static str, Gender, &'static str)>,
    /// Normalised preambular phrases said after إذ.
    after_idh: std::collections::HashSet<String>,
}

fn leak_norm(items: impl Iterator<Item = &'static str>) -> &'static [&'static str] {
    let v: Vec<&'static str> = items
        .map(|s| &*Box::leak(normalize(s).into_boxed_str()))
        .collect();
    Box::leak(v.into_boxed_slice())
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut info = HashMap::new();
        for &(f, m) in PREAMBULAR_VERBS
            .iter()
            .chain(PREAMBULAR_FIXED)
            .chain(OPERATIVE)
        {
            info.entry(normalize(f)).or_insert((f, Gender::Feminine, m));
            info.entry(normalize(m))
                .or_insert((m, Gender::Masculine, f));
        }
        let both = |v: &'static [(&'static str, &'static str)]| v.iter().flat_map(|&(f, m)| [f, m]);
        let after_idh = both(PREAMBULAR_VERBS).map(normalize).collect();
        Lists {
            lists: OpenerLists {
                preambular: PhraseList::new(leak_norm(
                    both(PREAMBULAR_VERBS).chain(both(PREAMBULAR_FIXED)),
                )),
                operative: PhraseList::new(leak_norm(both(OPERATIVE))),
                adverbs: PhraseList::new(leak_norm(ADVERBS.iter().copied())),
                preambular_endings: &[],
                operative_endings: &[],
            },
            info,
            after_idh,
        }
    })
}

/// The conjunction a preambular paragraph opens with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// إذ: the first paragraph.
    Idh,
    /// وإذ: the later ones.
    WaIdh,
    /// A form with its own و (وقد نظرت, واقتناعا منها).
    Fixed,
    /// None: an operative verb, or something else.
    None,
}

/// The analysis of an opener: the shared [`Opener`], its link word, and the
/// listed phrase it matched (normalised) with the span of its first word.
struct Analysis {
    opener: Opener,
    link: Link,
    /// Byte range of the link word (إذ / وإذ) in the content.
    link_span: Option<(usize, usize)>,
}

fn analyse(content: &str) -> Option<Analysis> {
    let l = lists();
    let n = Normalized::new(content);
    let s = n.text.as_str();
    let lead = s.len() - s.trim_start_matches(['*', '_']).len();
    let ws = words(&s[lead..], 2);
    let first = ws.first().map(|&(a, b)| &s[lead + a..lead + b]);
    let (link, from) = match first {
        Some("اذ") if ws.len() > 1 => (Link::Idh, lead + ws[1].0),
        Some("واذ") if ws.len() > 1 => (Link::WaIdh, lead + ws[1].0),
        _ => (Link::None, lead),
    };
    let link_span = (link != Link::None).then(|| (n.start(lead + ws[0].0), n.end(lead + ws[0].1)));
    let mut o = list_opener(&s[from..], &l.lists)?;
    // Offsets back onto the content as written.
    let map = |a: usize, b: usize| (n.start(from + a), n.end(from + b));
    (o.start, o.end) = map(o.start, o.end);
    if let Some(a) = o.adverb.as_mut() {
        (a.start, a.end) = map(a.start, a.end);
    }
    let lemma = o.lemma.clone();
    let link = match link {
        Link::None if o.class != OpenerClass::Unknown && is_fixed(&lemma) => Link::Fixed,
        x => x,
    };
    let pre_after_idh = l.after_idh.contains(&lemma);
    o.class = match (link, o.class) {
        // After إذ any listed verb reads as preambular ("وإذ تطلب").
        (Link::Idh | Link::WaIdh, OpenerClass::Unknown) => OpenerClass::PreambularLike,
        (Link::Idh | Link::WaIdh, _) => OpenerClass::Preambular,
        (Link::Fixed, _) => OpenerClass::Preambular,
        // A bare verb is operative.
        (Link::None, OpenerClass::Both | OpenerClass::Operative) => OpenerClass::Operative,
        (Link::None, OpenerClass::Preambular) if pre_after_idh => OpenerClass::OperativeLike,
        (_, c) => c,
    };
    // An unlisted word of the imperfect's form (تـ for the Assembly, يـ for a
    // Council) after no link word: an operative verb not in the lists.
    if link == Link::None && o.class == OpenerClass::Unknown {
        let w = &s[from..];
        let first: String = w.chars().take_while(|c| c.is_alphabetic()).collect();
        if first.chars().count() >= 3 && (first.starts_with('ت') || first.starts_with('ي')) {
            o.class = OpenerClass::OperativeLike;
        }
    }
    // The nearest known word for a typo: the phrase as written.
    let written = |p: Option<&'static str>| {
        p.and_then(|p| l.info.get(&normalize(p)).map(|x| x.0).or(Some(p)))
            .map(|p| p.split(' ').next().unwrap_or(p))
    };
    o.nearest_preambular = written(o.nearest_preambular);
    o.nearest_operative = written(o.nearest_operative);
    let shown = l.info.get(&lemma).map_or("", |x| x.0);
    match (link, o.class) {
        // A bare verb opening a preambular paragraph: وإذ + verb.
        (Link::None, OpenerClass::Operative | OpenerClass::OperativeLike) if !shown.is_empty() => {
            let verb = shown.split(' ').next().unwrap_or(shown);
            o.preambular_form = Some(format!("وإذ {verb}"));
        }
        _ => {}
    }
    Some(Analysis {
        opener: o,
        link,
        link_span,
    })
}

/// Is the lemma a form with its own و (وقد, verbal nouns)?
fn is_fixed(lemma: &str) -> bool {
    PREAMBULAR_FIXED
        .iter()
        .any(|&(f, m)| normalize(f) == lemma || normalize(m) == lemma)
}

/// The first preambular paragraph opens with إذ, the others with وإذ: the link
/// word when it is the wrong one, with the right one.
pub fn preamble_link(content: &str, first: bool) -> Option<Agreement> {
    let a = analyse(content)?;
    let (s, e) = a.link_span?;
    let correct = match (a.link, first) {
        (Link::WaIdh, true) => "إذ",
        (Link::Idh, false) => "وإذ",
        _ => return None,
    };
    Some(Agreement {
        start: s,
        end: e,
        correct: correct.to_string(),
    })
}

impl Profile for Ar {
    fn language(&self) -> Language {
        Language::Ar
    }

    fn organ_line(&self, body: Body) -> &'static str {
        ORGANS
            .iter()
            .find(|(b, _)| *b == body)
            .map_or(ORGANS[0].1, |(_, s)| *s)
    }

    fn match_organ(&self, line: &str) -> Option<OrganMatch> {
        let n = Normalized::new(line);
        ORGANS.iter().find_map(|&(body, name)| {
            let full = normalize(name);
            let bare = full.trim_start_matches("ان ");
            let ends_word = |e: usize| {
                n.text[e..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
            };
            if n.text.starts_with(&full) && ends_word(full.len()) {
                return Some(OrganMatch {
                    body,
                    len: n.end(full.len()),
                    correct: None,
                });
            }
            // "الجمعية العامة،" without إن; alone on its line the name is the
            // masthead's, not an opening line.
            let comma = n
                .text
                .strip_prefix(bare)
                .is_some_and(|rest| rest.trim_start().starts_with(['،', ',']));
            (n.text.starts_with(bare) && ends_word(bare.len()) && comma).then(|| OrganMatch {
                body,
                len: n.end(bare.len()),
                correct: Some(name),
            })
        })
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        analyse(content).map(|a| a.opener)
    }

    fn ordinal(&self, n: u32) -> String {
        ordinal(n)
    }

    fn repeat_adverb(
        &self,
        nth: usize,
        _operative: bool,
        _body: Body,
    ) -> (&'static str, AdverbPlace) {
        let word = if nth <= 2 { "أيضا" } else { "كذلك" };
        (word, AdverbPlace::After)
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("بموجب الفصل السابع من الميثاق", "acting under Chapter VII"),
            (
                "بموجب الفصل السابع من ميثاق الأمم المتحدة",
                "acting under Chapter VII",
            ),
            ("قيد نظره الفعلي", "remaining actively seized"),
        ]
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "جدول الأعمال المؤقت لدورتها",
            "the Assembly's provisional agenda",
        )]
    }

    fn opener_meanings(&self) -> &'static [(&'static str, &'static [&'static str])] {
        // Stems found in the (normalised) lemma.
        &[
            ("recall", &["تشير", "يشير"]),
            (
                "reaffirm",
                &[
                    "تعيد تاكيد",
                    "يعيد تاكيد",
                    "مجددا",
                    "من جديد",
                    "تكرر",
                    "يكرر",
                ],
            ),
            ("welcome", &["ترحب", "يرحب"]),
            ("note", &["تلاحظ", "يلاحظ", "تحيط علما", "يحيط علما"]),
            ("stress", &["تشدد", "يشدد", "تؤكد", "يؤكد"]),
            ("recognize", &["تسلم", "يسلم", "تعترف", "يعترف", "اعترافا"]),
            ("request", &["تطلب", "يطلب"]),
            ("invite", &["تدعو", "يدعو"]),
            ("decide", &["تقرر", "يقرر"]),
            ("urge", &["تحث", "يحث"]),
            ("call", &["تهيب", "يهيب"]),
            ("encourage", &["تشجع", "يشجع"]),
            ("concern", &["قلق", "يساور"]),
            ("bear", &["اعتبار"]),
            ("convinced", &["اقتناعا", "مقتنع"]),
            ("consider", &["نظرت", "نظر في", "درست", "تعتبر", "يعتبر"]),
            ("condemn", &["تدين", "يدين"]),
            ("approve", &["توافق", "يوافق", "تؤيد", "يؤيد"]),
            ("support", &["تدعم", "يدعم"]),
            ("commend", &["تثني", "يثني", "تشيد", "يشيد", "تقدير"]),
        ]
    }

    fn phrases(&self) -> &'static Phrases {
        &PHRASES
    }

    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String {
        let m = MONTHS[month.clamp(1, 12) as usize - 1][0];
        match day {
            Some(d) => format!("{d} {m} {year}"),
            None => format!("{m} {year}"),
        }
    }

    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        Some(&DATES)
    }

    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        Some(&CITATIONS)
    }

    fn strict_month_forms(&self) -> bool {
        true
    }

    fn session_anchors(&self) -> &'static [&'static str] {
        // The stem; the whole word is checked by `session_at`, after normalisation
        // (tatweel, harakat).
        &[
            "دور",
            "د\u{651}ور",
            "د\u{64E}ور",
            "د\u{651}\u{64E}ور",
            "د\u{64E}\u{651}ور",
            "د\u{640}ور",
            "دو\u{640}ر",
        ]
    }

    fn session_at(&self, text: &str, anchor: usize, _anchor_end: usize) -> Option<SessionRef> {
        let (start, end) = session_word(text, anchor)?;
        session_after(text, start, end)
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!(
            "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها {} البند المعنون ”{}“.",
            ordinal(n),
            title.unwrap_or("…")
        )
    }

    fn session_name(&self, n: u32) -> String {
        format!("الدورة {}", ordinal(n))
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn agreement(&self, content: &str, body: Body) -> Option<Agreement> {
        let want = self.gender(body)?;
        let a = analyse(content)?;
        let o = &a.opener;
        let (written, gender, other) = *lists().info.get(&o.lemma)?;
        if gender == want || written == other {
            return None;
        }
        // The opener's words as written, without a link word or an inner adverb.
        let start = match a.link_span {
            Some((_, e)) if o.start < e => content[e..].len() - content[e..].trim_start().len() + e,
            _ => o.start,
        };
        let inner = o
            .adverb
            .is_some_and(|ad| ad.start > start && ad.end < o.end);
        if inner {
            // Only the verb: "تشير أيضا إلى" → "يشير".
            let end = start + content[start..].find(' ').unwrap_or(content.len() - start);
            let correct = other.split(' ').next().unwrap_or(other).to_string();
            return Some(Agreement {
                start,
                end,
                correct,
            });
        }
        Some(Agreement {
            start,
            end: o.end,
            correct: other.to_string(),
        })
    }

    fn preamble_link(&self, content: &str, first: bool) -> Option<Agreement> {
        preamble_link(content, first)
    }

    fn opener_case(&self) -> super::OpenerCase {
        super::OpenerCase::None
    }

    fn paragraph_label(&self, n: u32) -> String {
        format!("{n} -")
    }

    fn sub_label_letters(&self) -> Option<&'static [&'static str]> {
        Some(ABJAD)
    }
}

static PHRASES: Phrases = Phrases {
    agenda_before: &[
        "جدول الأعمال المؤقت ل",
        "جدول الاعمال المؤقت ل",
        "جدول الأعمال المؤقت ل ",
    ],
    agenda_after: &[],
    // "تقرر مواصلة النظر في هذه المسألة في دورتها …", "تقرر أن تنظر في هذه المسألة
    // في دورتها …" (Decides to continue consideration / to consider the question).
    continue_words: &[
        "مواصلة النظر",
        "تواصل النظر",
        "يواصل النظر",
        "تنظر في هذه المسألة",
        "ينظر في هذه المسألة",
        "النظر في هذه المسألة",
        "تنظر في المسألة",
    ],
    continue_before: &["في", "خلال"],
    entitled: &["المعنون", "بعنوان"],
    sub_item: &["البند الفرعي"],
    report: &["تقرير"],
    secretary_general: &["الأمين العام", "الامين العام"],
    report_before: &[
        "إليها في",
        "اليها في",
        "الجمعية العامة في",
        "الجمعية في",
        "إليه في",
        "اليه في",
    ],
    quotes: &[('”', '“'), ('“', '”'), ('«', '»'), ('"', '"')],
    paragraph: &[
        "الفقرة",
        "الفقرات",
        "للفقرة",
        "بالفقرة",
        "والفقرة",
        "الفقرتين",
        "الفقرتان",
        "فقرة",
        "والفقرات",
        "بالفقرات",
    ],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &[],
    first_suffixes: &[],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &[
        "قرار",
        "القرار",
        "قرارها",
        "قراره",
        "قرارات",
        "القرارات",
        "قراراتها",
        "قراراته",
        "قراري",
        "قراريها",
        "قراريه",
        "القرارين",
        "لقرار",
        "لقرارات",
    ],
    decision: &[
        "مقرر",
        "المقرر",
        "مقررها",
        "مقرره",
        "مقررات",
        "المقررات",
        "مقرراتها",
        "مقرراته",
        "مقرري",
        "مقرريها",
        "المقررين",
        "لمقرر",
        "لمقررات",
    ],
    bodies: &[
        (Body::Sc, &["مجلس الأمن", "مجلس الامن", "الصادر عن مجلس الأمن"]),
        (
            Body::Ga,
            &["الجمعية العامة", "الجمعية", "الصادر عن الجمعية العامة"],
        ),
        (
            Body::Ecosoc,
            &[
                "المجلس الاقتصادي والاجتماعي",
                "الصادر عن المجلس الاقتصادي والاجتماعي",
            ],
        ),
        (
            Body::Hrc,
            &[
                "مجلس حقوق الإنسان",
                "مجلس حقوق الانسان",
                "الصادر عن مجلس حقوق الإنسان",
            ],
        ),
    ],
    own: &[],
    date_links: &[
        "المؤرخ",
        "المؤرخة",
        "المؤرخين",
        "المؤرختين",
        "المؤرخان",
        "المؤرختان",
        "الصادر في",
        "المعتمد في",
    ],
    list_links: &["و"],
    clitics: &["و", "ب", "ل", "ك", "ف", "وب", "ول", "فب", "وك"],
};

/// Sub-paragraph letters in abjad order.
pub const ABJAD: &[&str] = &[
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق",
    "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        for n in 1..=99 {
            for case in [Case::Nominative, Case::Genitive] {
                assert_eq!(parse_ordinal(&ordinal_in(n, case)), Some((n, true)), "{n}");
            }
        }
        assert_eq!(ordinal(65), "الخامسة والستين");
        assert_eq!(ordinal_in(64, Case::Nominative), "الرابعة والستون");
        assert_eq!(ordinal(11), "الحادية عشرة");
        assert_eq!(parse_ordinal("الخامس والستين"), Some((65, false)));
        assert_eq!(parse_ordinal("الخامســة والستّين"), Some((65, true)));
    }

    #[test]
    fn sessions() {
        let t = "في جدول الأعمال المؤقت لدورتها الخامسة والستين، الدورة 65، الدورة الاستثنائية الطارئة العاشرة";
        let r = crate::model::sessions::find(t, Language::Ar);
        let v: Vec<_> = r.iter().map(|x| (x.value, x.form, x.kind)).collect();
        assert_eq!(
            v,
            [
                (65, OrdinalForm::Words, SessionKind::Regular),
                (65, OrdinalForm::Figures, SessionKind::Regular),
                (10, OrdinalForm::Words, SessionKind::EmergencySpecial),
            ]
        );
        assert_eq!(r[0].span.of(t), "دورتها الخامسة والستين");
        // Tatweel and harakat in the session word; a joined preposition.
        for (t, from) in [
            (
                "في جدول الأعمال المؤقت لدورتهــا الخامسة والستين",
                "دورتهــا",
            ),
            ("في جدول الأعمال المؤقت للدورة الخامسة والستين", "لدورة"),
            ("الدَّورة الرابعة والستون", "الدَّورة"),
            ("وبدورتها الخامسة والستين", "دورتها"),
        ] {
            let r = crate::model::sessions::find(t, Language::Ar);
            assert_eq!(r.len(), 1, "{t}");
            assert!(r[0].span.of(t).starts_with(from), "{t}");
        }
        // "دور" as "role" is no session.
        assert!(crate::model::sessions::find("تعزيز دور المنظمة الأولى", Language::Ar).is_empty());
    }

    #[test]
    fn openers_and_links() {
        let o = AR.opener("وإذ تشير أيضا إلى أحكام الميثاق،").unwrap();
        assert_eq!(o.class, OpenerClass::Preambular);
        assert_eq!(o.lemma, normalize("تشير إلى"));
        assert!(o.adverb.is_some());
        let o2 = AR.opener("إذ تُشِيـر إلى قرارها").unwrap();
        assert_eq!(o2.lemma, o.lemma);
        let o = AR.opener("تقرر أن تدرج").unwrap();
        assert_eq!(o.class, OpenerClass::Operative);
        let o = AR.opener("وقد نظرت في التقرير").unwrap();
        assert_eq!(o.class, OpenerClass::Preambular);
        let c = "وإذ تشير إلى قرارها";
        let l = preamble_link(c, true).unwrap();
        assert_eq!((&c[l.start..l.end], l.correct.as_str()), ("وإذ", "إذ"));
        assert!(preamble_link(c, false).is_none());
        assert!(preamble_link("وقد نظرت في التقرير", true).is_none());
        let a = AR.agreement("وإذ يشير إلى قراره", Body::Ga).unwrap();
        assert_eq!(a.correct, "تشير إلى");
        assert!(AR.agreement("وإذ يشير إلى قراره", Body::Sc).is_none());
        let c = "يقرر أيضا أن";
        let a = AR.agreement(c, Body::Ga).unwrap();
        assert_eq!((&c[a.start..a.end], a.correct.as_str()), ("يقرر", "تقرر"));
    }

    #[test]
    fn organ_lines() {
        let m = AR.match_organ("إن الجمعية العامة،").unwrap();
        assert_eq!((m.body, m.correct), (Body::Ga, None));
        let m = AR.match_organ("الجمعية العامة،").unwrap();
        assert_eq!(m.correct, Some("إن الجمعية العامة"));
        assert!(AR.match_organ("الجمعية العامة").is_none(), "masthead");
        let m = AR.match_organ("إن مجلس الأمن،").unwrap();
        assert_eq!(m.body, Body::Sc);
    }
}
