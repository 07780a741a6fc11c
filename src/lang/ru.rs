//! Russian: opening lines, openers and verbs, months, ordinals, citation words.
//!
//! Data from the conventions file (§4, §6 and Appendix A). UN Russian writes
//! paragraph openers in lower case, does not use the letter ё (it is read as е
//! here), and agrees short participles with the organ: feminine for
//! «Генеральная Ассамблея», masculine for the Councils.

use super::phrase::{fold, list_opener, words, OpenerLists, PhraseList};
use super::{
    AdverbPlace, Agreement, CitationLexicon, DateLexicon, Gender, Opener, OpenerClass, OrganMatch,
    Phrases, Profile,
};
use crate::model::sessions::{OrdinalForm, SessionKind, SessionRef};
use crate::options::{Body, Language};
use crate::text::Span;
use std::sync::OnceLock;

pub struct Ru;
pub static RU: Ru = Ru;

/// The opening line of each body, without its comma.
const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "Генеральная Ассамблея"),
    (Body::Sc, "Совет Безопасности"),
    (Body::Ecosoc, "Экономический и Социальный Совет"),
    (Body::Hrc, "Совет по правам человека"),
];

/// Preambular openers (§4.2, §6): adverbial participles, «будучи» with a short
/// participle, fixed phrases. Gendered forms are listed in both genders; the
/// agreement with the organ is checked apart ([`AGREEMENT`]). Words that govern a
/// preposition («ссылаясь на», «памятуя о») are listed without it, so that
/// «ссылаясь также на» reads as the opener with its adverb.
pub const PREAMBULAR: &[&str] = &[
    "ссылаясь",
    "напоминая",
    "подтверждая",
    "вновь подтверждая",
    "подтверждая вновь",
    "будучи",
    "исходя",
    "придавая",
    "отдавая",
    "отдавая должное",
    "уделяя",
    "разделяя",
    "имея",
    "имея в виду",
    "указывая",
    "понимая",
    "соглашаясь",
    "приняв",
    "ознакомившись",
    "получив",
    "проведя",
    "поощряя",
    "содействуя",
    "надеясь",
    "ожидая",
    "опасаясь",
    "отвергая",
    "основываясь",
    "призывая",
    "настоятельно призывая",
    "обращая внимание",
    "убежденная",
    "убежденный",
    "встревоженная",
    "встревоженный",
    "обеспокоенная",
    "обеспокоенный",
    "озабоченная",
    "озабоченный",
    "исполненная решимости",
    "преисполненная",
    "преисполненный",
    "вспоминая",
    "уважая",
    "обращая",
    "исполненный решимости",
    "принимая к сведению",
    "принимая с признательностью к сведению",
    "принимая с удовлетворением к сведению",
    "принимая во внимание",
    "принимая",
    "отмечая",
    "отмечая с сожалением",
    "отмечая с обеспокоенностью",
    "отмечая с серьезной обеспокоенностью",
    "отмечая с озабоченностью",
    "отмечая с удовлетворением",
    "отмечая с признательностью",
    "с удовлетворением отмечая",
    "с признательностью отмечая",
    "с обеспокоенностью отмечая",
    "с озабоченностью отмечая",
    "с сожалением отмечая",
    "особо отмечая",
    "приветствуя",
    "с удовлетворением приветствуя",
    "признавая",
    "учитывая",
    "памятуя",
    "исходя из убеждения",
    "будучи убеждена",
    "будучи убежден",
    "будучи твердо убеждена",
    "будучи твердо убежден",
    "будучи глубоко убеждена",
    "будучи глубоко убежден",
    "будучи обеспокоена",
    "будучи обеспокоен",
    "будучи глубоко обеспокоена",
    "будучи глубоко обеспокоен",
    "будучи серьезно обеспокоена",
    "будучи серьезно обеспокоен",
    "будучи встревожена",
    "будучи встревожен",
    "будучи глубоко встревожена",
    "будучи глубоко встревожен",
    "будучи озабочена",
    "будучи озабочен",
    "будучи глубоко озабочена",
    "будучи глубоко озабочен",
    "будучи преисполнена решимости",
    "будучи преисполнен решимости",
    "будучи исполнена решимости",
    "будучи исполнен решимости",
    "будучи уверена",
    "будучи уверен",
    "преисполненная решимости",
    "преисполненный решимости",
    "глубоко обеспокоенная",
    "глубоко обеспокоенный",
    "выражая",
    "выражая обеспокоенность",
    "выражая озабоченность",
    "выражая признательность",
    "выражая глубокую обеспокоенность",
    "выражая серьезную обеспокоенность",
    "выражая свою признательность",
    "выражая свою обеспокоенность",
    "выражая свою озабоченность",
    "выражая сожаление",
    "подчеркивая",
    "сознавая",
    "осознавая",
    "рассмотрев",
    "изучив",
    "заслушав",
    "заявляя",
    "вновь заявляя",
    "определяя",
    "действуя",
    "руководствуясь",
    "осуждая",
    "решительно осуждая",
    "желая",
    "стремясь",
    "считая",
    "полагая",
    "констатируя",
    "одобряя",
    "поддерживая",
    "высоко оценивая",
    "воздавая должное",
    "опираясь",
    "сожалея",
    "глубоко сожалея",
];

/// Operative verbs (§4.3, §6): third person singular present, lower case.
pub const OPERATIVE: &[&str] = &[
    "постановляет",
    "просит",
    "призывает",
    "настоятельно призывает",
    "вновь призывает",
    "предлагает",
    "приветствует",
    "с удовлетворением приветствует",
    "принимает к сведению",
    "принимает с признательностью к сведению",
    "принимает к сведению с признательностью",
    "принимает с удовлетворением к сведению",
    "принимает к сведению с удовлетворением",
    "принимает",
    "отмечает",
    "отмечает с удовлетворением",
    "отмечает с признательностью",
    "отмечает с обеспокоенностью",
    "с удовлетворением отмечает",
    "с признательностью отмечает",
    "с обеспокоенностью отмечает",
    "особо отмечает",
    "подтверждает",
    "вновь подтверждает",
    "утверждает",
    "подчеркивает",
    "признает",
    "выражает",
    "выражает свою признательность",
    "выражает признательность",
    "выражает глубокую обеспокоенность",
    "выражает свою глубокую обеспокоенность",
    "выражает сожаление",
    "одобряет",
    "осуждает",
    "решительно осуждает",
    "рекомендует",
    "настоятельно рекомендует",
    "требует",
    "уполномочивает",
    "побуждает",
    "поощряет",
    "заявляет",
    "вновь заявляет",
    "напоминает",
    "ссылается",
    "поддерживает",
    "высоко оценивает",
    "продлевает",
    "объявляет",
    "обращается",
    "учитывает",
    "считает",
    "сожалеет",
    "назначает",
    "поручает",
    "благодарит",
    "указывает",
    "соглашается",
    "настаивает",
    "воздает должное",
    "отдает должное",
    "возобновляет",
    "учреждает",
    "избирает",
    "продолжает",
    "предупреждает",
    "обязуется",
    "выражает надежду",
    "выражает удовлетворение",
    "рассматривает",
    "отвергает",
    "решает",
    "приглашает",
    "обеспечивает",
    "определяет",
];

/// "also/further" words (§4.2, §4.3): written after the verb or participle.
pub const ADVERBS: &[&str] = &["также", "далее"];

/// Words that may stand before a listed opener and qualify it: adverbs
/// («глубоко сожалея», «настоятельно призывает») and the first word of a manner
/// phrase («с удовлетворением отмечая», «с глубокой обеспокоенностью отмечая»).
const MODIFIERS: &[&str] = &[
    "глубоко",
    "серьезно",
    "особо",
    "высоко",
    "твердо",
    "решительно",
    "настоятельно",
    "вновь",
    "еще",
    "полностью",
    "неизменно",
    "искренне",
    "крайне",
    "весьма",
    "по-прежнему",
    "неоднократно",
    "единогласно",
    "горячо",
    "категорически",
    "безоговорочно",
    "энергично",
    "убедительно",
    "активно",
    "с",
    "со",
];

/// Adverbial participle (preamble) and finite verb (operative part) of the same
/// verb: the form to offer when one is used in the other part.
const FORMS: &[(&str, &str)] = &[
    ("ссылаясь", "ссылается"),
    ("напоминая", "напоминает"),
    ("подтверждая", "подтверждает"),
    ("принимая", "принимает"),
    ("отмечая", "отмечает"),
    ("приветствуя", "приветствует"),
    ("признавая", "признает"),
    ("учитывая", "учитывает"),
    ("выражая", "выражает"),
    ("подчеркивая", "подчеркивает"),
    ("осуждая", "осуждает"),
    ("заявляя", "заявляет"),
    ("одобряя", "одобряет"),
    ("поддерживая", "поддерживает"),
    ("призывая", "призывает"),
    ("предлагая", "предлагает"),
    ("постановляя", "постановляет"),
    ("прося", "просит"),
    ("рекомендуя", "рекомендует"),
    ("требуя", "требует"),
    ("оценивая", "оценивает"),
    ("констатируя", "констатирует"),
    ("утверждая", "утверждает"),
    ("считая", "считает"),
    ("сожалея", "сожалеет"),
];

/// Short (and full) participles that agree with the organ: (feminine, masculine).
/// «будучи убеждена» under the Assembly, «будучи убежден» under the Council.
const AGREEMENT: &[(&str, &str)] = &[
    ("убеждена", "убежден"),
    ("обеспокоена", "обеспокоен"),
    ("встревожена", "встревожен"),
    ("озабочена", "озабочен"),
    ("преисполнена", "преисполнен"),
    ("исполнена", "исполнен"),
    ("уверена", "уверен"),
    ("полна", "полон"),
    ("преисполненная", "преисполненный"),
    ("исполненная", "исполненный"),
    ("обеспокоенная", "обеспокоенный"),
    ("встревоженная", "встревоженный"),
    ("убежденная", "убежденный"),
];

/// Month names, January first: the genitive of dates first («2 декабря 2004 года»),
/// then the nominative («декабрь 2004 года» for a month alone) and the prepositional
/// («в декабре 2004 года»).
pub const MONTHS: [&[&str]; 12] = [
    &["января", "январь", "январе"],
    &["февраля", "февраль", "феврале"],
    &["марта", "март", "марте"],
    &["апреля", "апрель", "апреле"],
    &["мая", "май", "мае"],
    &["июня", "июнь", "июне"],
    &["июля", "июль", "июле"],
    &["августа", "август", "августе"],
    &["сентября", "сентябрь", "сентябре"],
    &["октября", "октябрь", "октябре"],
    &["ноября", "ноябрь", "ноябре"],
    &["декабря", "декабрь", "декабре"],
];

fn lists() -> &'static OpenerLists {
    static L: OnceLock<OpenerLists> = OnceLock::new();
    L.get_or_init(|| OpenerLists {
        preambular: PhraseList::new(PREAMBULAR),
        operative: PhraseList::new(OPERATIVE),
        adverbs: PhraseList::new(ADVERBS),
        preambular_endings: &["я", "ив", "ав", "ев", "ясь", "шись"],
        operative_endings: &["ет", "ит", "ют", "ат"],
    })
}

static PHRASES: Phrases = Phrases {
    agenda_before: &[
        "предварительную повестку дня своей",
        "предварительную повестку дня ее",
        "предварительной повестки дня своей",
        "предварительной повестки дня ее",
        "предварительную повестку дня",
    ],
    agenda_after: &[],
    continue_words: &[
        "продолжить рассмотрение",
        "продолжить рассматривать",
        "продолжать рассмотрение",
        "вернуться к рассмотрению",
        "рассмотреть этот вопрос",
        "рассмотреть данный вопрос",
        "рассмотреть вопрос",
    ],
    continue_before: &["на своей", "на ее"],
    entitled: &[
        "озаглавленный",
        "озаглавленного",
        "озаглавленном",
        "озаглавленному",
        "озаглавленным",
        "озаглавленная",
        "озаглавленной",
        "озаглавленную",
    ],
    sub_item: &["подпункт,", "подпункт", "подпункта,", "подпункта"],
    report: &["доклад"],
    secretary_general: &["генерального секретаря", "генеральный секретарь"],
    report_before: &[
        "генеральной ассамблее на ее",
        "ассамблее на ее",
        "ей на ее",
        "на ее",
        "на своей",
    ],
    quotes: &[('«', '»'), ('“', '”'), ('„', '“'), ('"', '"')],
    paragraph: &[
        "пункт",
        "пункта",
        "пункте",
        "пунктом",
        "пункту",
        "пункты",
        "пунктов",
        "пунктах",
        "пунктам",
        "пунктами",
        "подпункт",
        "подпункта",
        "подпункте",
        "подпунктов",
    ],
};

static DATES: DateLexicon = DateLexicon {
    months: MONTHS,
    links: &[],
    year_words: &["года", "г."],
    first_suffixes: &[],
};

static CITATIONS: CitationLexicon = CitationLexicon {
    resolution: &[
        "резолюция",
        "резолюции",
        "резолюцию",
        "резолюцией",
        "резолюций",
        "резолюциям",
        "резолюциями",
        "резолюциях",
    ],
    decision: &[
        "решение",
        "решения",
        "решению",
        "решением",
        "решении",
        "решений",
        "решениям",
        "решениями",
        "решениях",
    ],
    bodies: &[
        (Body::Sc, &["совета безопасности"]),
        (Body::Ga, &["генеральной ассамблеи", "ассамблеи"]),
        (Body::Ecosoc, &["экономического и социального совета"]),
        (Body::Hrc, &["совета по правам человека"]),
    ],
    own: &[
        "свою",
        "своей",
        "свои",
        "своих",
        "своим",
        "своими",
        "своя",
        "свое",
        "своем",
    ],
    date_links: &["от"],
    list_links: &["и", "а также"],
    clitics: &[],
};

/// The grammatical case of a session ordinal (feminine: «сессия»).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// «шестьдесят пятая сессия» (masthead).
    Nominative,
    /// «своей шестьдесят пятой сессии», «на ее шестьдесят пятой сессии» (genitive,
    /// dative, prepositional and instrumental share the ending).
    Genitive,
    /// «на шестьдесят пятую сессию».
    Accusative,
}

/// Stems of the ordinals 1-19 (index = n).
const UNIT_STEMS: [&str; 20] = [
    "",
    "перв",
    "втор",
    "трет",
    "четверт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
];

/// Stems of the round-ten ordinals (index = tens).
const TEN_STEMS: [&str; 10] = [
    "",
    "",
    "двадцат",
    "тридцат",
    "сороков",
    "пятидесят",
    "шестидесят",
    "семидесят",
    "восьмидесят",
    "девяност",
];

/// Cardinal tens, which stay cardinal before a unit ordinal («шестьдесят пятая»).
const TEN_CARDINALS: [&str; 10] = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
];

/// The feminine adjective ending of `stem` in `case` («третья» is soft).
fn ending(stem: &str, case: Case) -> &'static str {
    match (stem == "трет", case) {
        (true, Case::Nominative) => "ья",
        (true, Case::Genitive) => "ьей",
        (true, Case::Accusative) => "ью",
        (false, Case::Nominative) => "ая",
        (false, Case::Genitive) => "ой",
        (false, Case::Accusative) => "ую",
    }
}

/// The feminine ordinal of `n` (1-99) in `case`: «шестьдесят пятой».
pub fn ordinal_in(n: u32, case: Case) -> String {
    let n = n.clamp(1, 99) as usize;
    let (tens, unit) = (n / 10, n % 10);
    if n < 20 {
        let s = UNIT_STEMS[n];
        format!("{s}{}", ending(s, case))
    } else if unit == 0 {
        let s = TEN_STEMS[tens];
        format!("{s}{}", ending(s, case))
    } else {
        let s = UNIT_STEMS[unit];
        format!("{} {s}{}", TEN_CARDINALS[tens], ending(s, case))
    }
}

/// The ordinal of a session in running text, 1-99: genitive/prepositional
/// («своей шестьдесят пятой сессии», «на ее шестьдесят пятой сессии»).
pub fn ordinal(n: u32) -> String {
    ordinal_in(n, Case::Genitive)
}

/// A single ordinal word (folded): its value (1-19 or a round ten) and case.
fn ordinal_word(w: &str) -> Option<(u32, Case)> {
    let w = w.replace('ё', "е");
    for case in [Case::Nominative, Case::Genitive, Case::Accusative] {
        for (n, s) in UNIT_STEMS.iter().enumerate().skip(1) {
            if w.strip_prefix(s) == Some(ending(s, case)) {
                return Some((n as u32, case));
            }
        }
        for (t, s) in TEN_STEMS.iter().enumerate().skip(2) {
            if w.strip_prefix(s) == Some(ending(s, case)) {
                return Some((t as u32 * 10, case));
            }
        }
    }
    None
}

/// Parses a written ordinal («шестьдесят пятой», «Шестьдесят четвертая»,
/// «сороковую»): its value and case.
pub fn parse_ordinal(s: &str) -> Option<(u32, Case)> {
    let f = fold(s);
    let parts: Vec<&str> = f.split_whitespace().collect();
    match parts.as_slice() {
        [one] => ordinal_word(one),
        [tens, unit] => {
            let t = TEN_CARDINALS.iter().skip(2).position(|c| c == tens)? as u32 + 2;
            let (u, case) = ordinal_word(unit)?;
            (u < 10).then_some((t * 10 + u, case))
        }
        _ => None,
    }
}

/// Letters of a Russian word (and digits and hyphens, for «65-й»).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// The word ending at `end` after skipping spaces back from `end`: (start, end).
fn word_back(text: &str, end: usize) -> Option<(usize, usize)> {
    let t = text.get(..end)?;
    let e = t.trim_end_matches([' ', '\u{A0}', '\t', '\n', '\r']).len();
    // Not across more than one line break.
    if t[e..].matches('\n').count() > 1 {
        return None;
    }
    let s = t[..e]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, _)| i)?;
    Some((s, e))
}

/// A figure ordinal «65-й», «65-я», «65-ой», «65-ю»: its value.
fn figure_ordinal(w: &str) -> Option<u32> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let suffix = fold(&w[digits..]);
    matches!(
        suffix.as_str(),
        "-й" | "-я"
            | "-ой"
            | "-ая"
            | "-ю"
            | "-ую"
            | "-ей"
            | "-го"
            | "-ого"
            | "-м"
            | "-ом"
            | "-е"
    )
    .then(|| w[..digits].parse().ok())
    .flatten()
}

/// The session mention whose word «сессия» (any case) starts at `anchor`.
fn session_mention(text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
    // A whole word: nothing alphabetic just before the anchor.
    if text[..anchor]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let end = anchor_end
        + text[anchor_end..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
    let form = fold(&text[anchor..end]);
    if !matches!(
        form.as_str(),
        "сессия" | "сессии" | "сессию" | "сессией" | "сессий"
    ) {
        return None;
    }
    let mut kind = SessionKind::Regular;
    let (mut ws, mut we) = word_back(text, anchor)?;
    let w = fold(&text[ws..we]);
    if w.starts_with("специальн") {
        kind = SessionKind::Special;
        (ws, we) = word_back(text, ws)?;
        if fold(&text[ws..we]).starts_with("чрезвычайн") {
            kind = SessionKind::EmergencySpecial;
            (ws, we) = word_back(text, ws)?;
        }
    } else if ["основн", "возобновленн", "организационн", "очередн"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        if !w.starts_with("очередн") {
            kind = SessionKind::Other;
        }
        (ws, we) = word_back(text, ws)?;
    }
    if let Some(value) = figure_ordinal(&text[ws..we]) {
        return Some(SessionRef {
            span: Span::new(ws, end),
            ordinal: Span::new(ws, we),
            value,
            form: OrdinalForm::Figures,
            kind,
        });
    }
    let (value, _) = ordinal_word(&fold(&text[ws..we]))?;
    let mut start = ws;
    let mut value = value;
    if value < 10 {
        if let Some((ps, pe)) = word_back(text, ws) {
            let p = fold(&text[ps..pe]);
            if let Some(t) = TEN_CARDINALS.iter().skip(2).position(|c| *c == p) {
                value += (t as u32 + 2) * 10;
                start = ps;
            }
        }
    }
    Some(SessionRef {
        span: Span::new(start, end),
        ordinal: Span::new(start, we),
        value,
        form: OrdinalForm::Words,
        kind,
    })
}

/// The opener of `content` from the lists, with the form of the same verb for
/// the other part (the first word only).
fn opener_with_forms(content: &str) -> Option<Opener> {
    let mut o = list_opener(content, lists())?;
    // The form of the same verb for the other part: the first word only.
    let first_end = content[o.start..]
        .find([' ', '\u{A0}', ','])
        .map_or(o.end, |i| o.start + i);
    let first = fold(&content[o.start..first_end]).replace('ё', "е");
    match o.class {
        OpenerClass::Preambular | OpenerClass::PreambularLike => {
            o.operative_form = FORMS
                .iter()
                .find(|(p, _)| *p == first)
                .map(|(_, v)| v.to_string());
        }
        OpenerClass::Operative | OpenerClass::OperativeLike => {
            o.preambular_form = FORMS
                .iter()
                .find(|(_, v)| *v == first)
                .map(|(p, _)| p.to_string());
        }
        _ => {}
    }
    Some(o)
}

impl Profile for Ru {
    fn language(&self) -> Language {
        Language::Ru
    }

    fn organ_line(&self, body: Body) -> &'static str {
        ORGANS
            .iter()
            .find(|(b, _)| *b == body)
            .map_or(ORGANS[0].1, |(_, s)| *s)
    }

    fn match_organ(&self, line: &str) -> Option<OrganMatch> {
        let folded = fold(line);
        ORGANS.iter().find_map(|&(body, name)| {
            let f = fold(name);
            if !(folded.starts_with(&f) && line.is_char_boundary(name.len())) {
                return None;
            }
            // The capitals are part of the name: «Генеральная Ассамблея»,
            // «Совет Безопасности».
            let written = line.get(..name.len())?;
            Some(OrganMatch {
                body,
                len: name.len(),
                correct: (written != name).then_some(name),
            })
        })
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        let o = opener_with_forms(content)?;
        let listed = |o: &Opener| {
            matches!(
                o.class,
                OpenerClass::Preambular | OpenerClass::Operative | OpenerClass::Both
            )
        };
        if listed(&o) {
            return Some(o);
        }
        // A listed opener after qualifying words: «глубоко сожалея»,
        // «с глубокой обеспокоенностью отмечая». The opener spans them all; no
        // form is offered, as the first word is not the verb.
        let lead = content.len() - content.trim_start_matches(['*', '_']).len();
        let ws = words(&content[lead..], 6);
        let first = ws
            .first()
            .map(|&(a, b)| fold(&content[lead + a..lead + b]))?;
        if !MODIFIERS.contains(&first.as_str()) {
            return Some(o);
        }
        // After «с» the manner noun (and its adjective) may follow.
        let max_skip = if first == "с" || first == "со" {
            3
        } else {
            2
        };
        for skip in 1..=max_skip.min(ws.len().saturating_sub(1)) {
            let at = lead + ws[skip].0;
            let Some(mut inner) = opener_with_forms(&content[at..]) else {
                continue;
            };
            if !listed(&inner) {
                continue;
            }
            inner.start = lead + ws[0].0;
            inner.end += at;
            if let Some(a) = inner.adverb.as_mut() {
                a.start += at;
                a.end += at;
            }
            inner.operative_form = None;
            inner.preambular_form = None;
            // The whole phrase, as for listed phrases («с удовлетворением отмечая»).
            inner.lemma = fold(&content[inner.start..inner.end]);
            return Some(inner);
        }
        Some(o)
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
        // «ссылаясь также на», «ссылаясь далее на»; «просит также».
        let word = if nth <= 2 { "также" } else { "далее" };
        (word, AdverbPlace::After)
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "постановляет продолжать активно заниматься этим вопросом",
                "the Council's closing formula (“Decides to remain seized of the matter”)",
            ),
            (
                "действуя на основании главы VII",
                "action under Chapter VII of the Charter",
            ),
        ]
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "предварительную повестку дня своей",
            "the Assembly's agenda clause (“provisional agenda of its … session”)",
        )]
    }

    fn opener_meanings(&self) -> &'static [(&'static str, &'static [&'static str])] {
        &[
            ("recall", &["ссылаясь", "ссылается", "напомина"]),
            ("reaffirm", &["вновь подтвержда", "подтверждая вновь"]),
            ("welcome", &["приветству"]),
            ("note", &["отмечая", "отмечает", "к сведению"]),
            ("stress", &["подчеркива", "особо отмеча"]),
            ("recognize", &["признава", "признает"]),
            ("request", &["просит"]),
            ("invite", &["предлага"]),
            ("decide", &["постановля"]),
            ("urge", &["настоятельно призыва"]),
            ("call", &["призыва"]),
            ("encourage", &["рекоменду", "побужда", "поощря"]),
            ("concern", &["обеспокоен", "озабочен", "встревожен"]),
            ("bear", &["учитывая", "памятуя", "принимая во внимание"]),
            ("convinced", &["убежден", "убеждения"]),
            ("consider", &["рассмотрев", "считая", "считает"]),
            ("affirm", &["подтвержда", "утверждает"]),
            ("condemn", &["осужда"]),
            ("approve", &["одобря", "утверждает"]),
            ("support", &["поддержива"]),
            ("commend", &["высоко оценива", "признательност"]),
        ]
    }

    fn phrases(&self) -> &'static Phrases {
        &PHRASES
    }

    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String {
        let m = MONTHS[month.clamp(1, 12) as usize - 1];
        match day {
            Some(d) => format!("{d} {} {year} года", m[0]),
            None => format!("{} {year} года", m[1]),
        }
    }

    fn date_lexicon(&self) -> Option<&'static DateLexicon> {
        Some(&DATES)
    }

    fn citation_lexicon(&self) -> Option<&'static CitationLexicon> {
        Some(&CITATIONS)
    }

    fn session_anchors(&self) -> &'static [&'static str] {
        &["сесси", "Сесси", "СЕССИ"]
    }

    fn session_at(&self, text: &str, anchor: usize, anchor_end: usize) -> Option<SessionRef> {
        session_mention(text, anchor, anchor_end)
    }

    fn session_name(&self, n: u32) -> String {
        format!("{} сессии", ordinal(n))
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!(
            "постановляет включить в предварительную повестку дня своей {} сессии пункт, озаглавленный «{}».",
            ordinal(n),
            title.unwrap_or("")
        )
    }

    fn header_words(&self) -> &'static super::HeaderWords {
        // "Резолюция, принятая Генеральной Ассамблеей …"; "71-е пленарное заседание"
        // over the date.
        static W: super::HeaderWords = super::HeaderWords {
            adopted: &[
                "резолюция, принятая генеральной ассамблеей",
                "резолюция, принятая советом безопасности",
                "принята советом безопасности",
            ],
            meeting: &["пленарное заседание", "пленарном заседании"],
            letter: &[],
        };
        &W
    }

    fn sub_label_form(&self) -> super::SubLabelForm {
        // «a)», «b)» (§1, §4.1).
        super::SubLabelForm::CloseOnly
    }

    fn opener_case(&self) -> super::OpenerCase {
        super::OpenerCase::Lower
    }

    fn gender(&self, body: Body) -> Option<Gender> {
        Some(if body == Body::Ga {
            Gender::Feminine
        } else {
            Gender::Masculine
        })
    }

    fn agreement(&self, content: &str, body: Body) -> Option<Agreement> {
        let gender = self.gender(body)?;
        let lead = content.len() - content.trim_start_matches(['*', '_']).len();
        let s = &content[lead..];
        for (a, b) in words(s, 5) {
            let w = fold(&s[a..b]).replace('ё', "е");
            let wrong = AGREEMENT.iter().find_map(|&(fem, masc)| match gender {
                Gender::Feminine if w == masc => Some(fem),
                Gender::Masculine if w == fem => Some(masc),
                _ => None,
            });
            if let Some(correct) = wrong {
                let upper = s[a..b].starts_with(char::is_uppercase);
                let correct = if upper {
                    let mut cs = correct.chars();
                    cs.next()
                        .map(|c| c.to_uppercase().chain(cs).collect())
                        .unwrap_or_default()
                } else {
                    correct.to_string()
                };
                return Some(Agreement {
                    start: lead + a,
                    end: lead + b,
                    correct,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sessions::find;

    #[test]
    fn ordinals_round_trip_in_every_case() {
        for n in 1..=99 {
            for case in [Case::Nominative, Case::Genitive, Case::Accusative] {
                let o = ordinal_in(n, case);
                assert_eq!(parse_ordinal(&o), Some((n, case)), "{o}");
            }
        }
        assert_eq!(ordinal(65), "шестьдесят пятой");
        assert_eq!(ordinal_in(64, Case::Nominative), "шестьдесят четвертая");
        assert_eq!(ordinal_in(23, Case::Genitive), "двадцать третьей");
        assert_eq!(ordinal_in(40, Case::Accusative), "сороковую");
        assert_eq!(
            parse_ordinal("Шестьдесят четвёртая"),
            Some((64, Case::Nominative))
        );
        assert_eq!(parse_ordinal("шестидесятой пятой"), None);
    }

    #[test]
    fn sessions_in_text() {
        let t = "Шестьдесят четвертая сессия\n\nна ее шестьдесят пятой сессии доклад; 65-й сессии; десятой специальной сессии; одиннадцатой чрезвычайной специальной сессии; основной сессии 2009 года";
        let r = find(t, Language::Ru);
        let v: Vec<_> = r.iter().map(|x| (x.value, x.form, x.kind)).collect();
        assert_eq!(
            v,
            vec![
                (64, OrdinalForm::Words, SessionKind::Regular),
                (65, OrdinalForm::Words, SessionKind::Regular),
                (65, OrdinalForm::Figures, SessionKind::Regular),
                (10, OrdinalForm::Words, SessionKind::Special),
                (11, OrdinalForm::Words, SessionKind::EmergencySpecial),
            ]
        );
        assert_eq!(r[0].span.of(t), "Шестьдесят четвертая сессия");
        assert_eq!(r[1].span.of(t), "шестьдесят пятой сессии");
        assert_eq!(r[2].ordinal.of(t), "65-й");
    }

    #[test]
    fn openers_and_forms() {
        let o = RU.opener("ссылаясь также на свою резолюцию").unwrap();
        assert_eq!(o.lemma, "ссылаясь");
        assert_eq!(o.class, OpenerClass::Preambular);
        assert!(o.adverb.is_some());
        let o = RU.opener("принимая также к сведению доклад").unwrap();
        assert_eq!(o.lemma, "принимая к сведению");
        assert!(o.adverb.is_some());
        let o = RU.opener("отмечает деятельность").unwrap();
        assert_eq!(o.preambular_form.as_deref(), Some("отмечая"));
        let o = RU.opener("ссылается на резолюцию").unwrap();
        assert_eq!(o.class, OpenerClass::Operative);
        let o = RU.opener("отмечая деятельность").unwrap();
        assert_eq!(o.operative_form.as_deref(), Some("отмечает"));
        let o = RU.opener("постанавляет включить").unwrap();
        assert_eq!(o.nearest_operative, Some("постановляет"));
        let o = RU.opener("вновь подтверждая свою приверженность").unwrap();
        assert!(o.adverb.is_none());
    }

    #[test]
    fn openers_after_qualifying_words() {
        for (t, lemma) in [
            ("глубоко сожалея о том, что", "глубоко сожалея"),
            ("искренне приветствуя усилия", "искренне приветствуя"),
            (
                "с удовлетворением отмечая доклад",
                "с удовлетворением отмечая",
            ),
            (
                "с глубокой обеспокоенностью отмечая, что",
                "с глубокой обеспокоенностью отмечая",
            ),
            ("решительно осуждает все акты", "решительно осуждает"),
            (
                "еще раз подтверждая свою приверженность",
                "еще раз подтверждая",
            ),
            ("будучи преисполнена твердой решимости", "будучи"),
        ] {
            let o = RU.opener(t).unwrap();
            assert_eq!(o.lemma, lemma, "{t}");
            assert!(
                matches!(o.class, OpenerClass::Preambular | OpenerClass::Operative),
                "{t}"
            );
            assert_eq!(o.start, 0, "{t}");
        }
        let o = RU.opener("с удовлетворением отмечая также доклад").unwrap();
        assert_eq!(
            &"с удовлетворением отмечая также доклад"
                [o.adverb.unwrap().start..o.adverb.unwrap().end],
            "также"
        );
        let o = RU.opener("придавая важное значение").unwrap();
        assert_eq!(o.class, OpenerClass::Preambular);
    }

    #[test]
    fn agreement_with_the_organ() {
        let a = RU
            .agreement("будучи глубоко обеспокоен положением", Body::Ga)
            .unwrap();
        assert_eq!(a.correct, "обеспокоена");
        assert_eq!(
            &"будучи глубоко обеспокоен положением"[a.start..a.end],
            "обеспокоен"
        );
        assert!(RU.agreement("будучи убеждена в том", Body::Ga).is_none());
        assert_eq!(
            RU.agreement("будучи убеждена в том", Body::Sc)
                .unwrap()
                .correct,
            "убежден"
        );
    }

    #[test]
    fn organ_lines() {
        let m = RU.match_organ("Генеральная Ассамблея,").unwrap();
        assert_eq!((m.body, m.correct), (Body::Ga, None));
        let m = RU.match_organ("Генеральная ассамблея,").unwrap();
        assert_eq!(m.correct, Some("Генеральная Ассамблея"));
        assert_eq!(
            RU.match_organ("Совет Безопасности,").unwrap().body,
            Body::Sc
        );
    }

    #[test]
    fn dates_and_follow_up() {
        assert_eq!(RU.format_date(2004, 12, Some(2)), "2 декабря 2004 года");
        assert_eq!(RU.format_date(2004, 12, None), "декабрь 2004 года");
        assert_eq!(
            RU.follow_up_clause(65, Some("Сотрудничество")),
            "постановляет включить в предварительную повестку дня своей шестьдесят пятой сессии пункт, озаглавленный «Сотрудничество»."
        );
        assert_eq!(RU.session_name(66), "шестьдесят шестой сессии");
    }

    fn cits(
        t: &str,
        body: Body,
    ) -> Vec<(
        crate::model::citations::CitationKind,
        String,
        Option<String>,
    )> {
        let d = crate::model::dates::find(t, Language::Ru);
        crate::model::citations::find(t, Language::Ru, &d, body)
            .0
            .into_iter()
            .map(|c| {
                let date = c
                    .date
                    .and_then(|i| d.get(i))
                    .map(|m| m.span.of(t).to_string());
                (c.kind, c.span.of(t).to_string(), date)
            })
            .collect()
    }

    #[test]
    fn citations_in_russian_order() {
        use crate::model::citations::CitationKind;
        let c = cits(
            "ссылаясь на свою резолюцию 59/50 от 2 декабря 2004 года, в которой она",
            Body::Ga,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].0,
            CitationKind::Ga {
                session: 59,
                number: 50,
                prefix: None
            }
        );
        assert_eq!(c[0].2.as_deref(), Some("2 декабря 2004 года"));
        let c = cits(
            "ссылаясь далее на резолюцию 1631 (2005) Совета Безопасности от 17 октября 2005 года,",
            Body::Ga,
        );
        assert_eq!(
            c[0].0,
            CitationKind::Sc {
                number: 1631,
                year: Some(2005)
            }
        );
        assert_eq!(c[0].2.as_deref(), Some("17 октября 2005 года"));
        let c = cits("ссылаясь на резолюции Совета Безопасности 1769 (2007), 1778 (2007), 1834 (2008) и резолюцию 1861 (2009),", Body::Ga);
        let kinds: Vec<_> = c.iter().map(|x| x.0.clone()).collect();
        assert_eq!(kinds.len(), 4, "{c:?}");
        assert!(kinds.iter().all(|k| matches!(k, CitationKind::Sc { .. })));
        let c = cits(
            "в резолюции 1722 (XVI) Генеральной Ассамблеи от 20 декабря 1961 года",
            Body::Sc,
        );
        assert_eq!(
            c[0].0,
            CitationKind::GaOld {
                number: 1722,
                session: 16
            }
        );
        let c = cits(
            "ссылаясь на свое решение 63/550 от 9 апреля 2009 года",
            Body::Ga,
        );
        assert_eq!(
            c[0].0,
            CitationKind::Ga {
                session: 63,
                number: 550,
                prefix: None
            }
        );
    }

    #[test]
    fn dates_in_russian() {
        let ds = crate::model::dates::find(
            "от 2 декабря 2004 года, 31 июня 2005 года, 1 января 2010 г. и в декабре 2004 года",
            Language::Ru,
        );
        let got: Vec<_> = ds
            .iter()
            .map(|d| (d.day, d.month, d.year, d.is_valid()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(2), 12, 2004, true),
                (Some(31), 6, 2005, false),
                (Some(1), 1, 2010, true),
                (None, 12, 2004, true),
            ]
        );
    }
}
