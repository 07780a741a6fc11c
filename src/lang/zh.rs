//! Chinese: opening lines, openers and verbs, numerals, preferred forms.
//!
//! Lists drawn from the conventions file (§7.2, with the renderings seen in UN
//! Chinese texts) and real texts. Many Chinese verbs serve both parts (注意到, 重申,
//! 欢迎), so a paragraph's part is decided by its position and number, not its verb.

use super::{Adverb, AdverbPlace, Opener, OpenerClass, OrganMatch, Profile};
use crate::options::{Body, Language};

pub struct Zh;
pub static ZH: Zh = Zh;

const ORGANS: [(Body, &str); 4] = [
    (Body::Ga, "大会"),
    (Body::Sc, "安全理事会"),
    (Body::Ecosoc, "经济及社会理事会"),
    (Body::Hrc, "人权理事会"),
];

/// Non-UN names of the organs, with the UN form.
const ORGAN_VARIANTS: [(Body, &str, &str); 5] = [
    (Body::Ga, "联合国大会", "大会"),
    (Body::Sc, "联合国安全理事会", "安全理事会"),
    (Body::Sc, "安理会", "安全理事会"),
    (Body::Ecosoc, "经社理事会", "经济及社会理事会"),
    (Body::Ecosoc, "经济及社会理事会", "经济及社会理事会"),
];

/// Openers seen in preambular paragraphs.
pub const PREAMBULAR: &[&str] = &[
    "回顾",
    "忆及",
    "重申",
    "确认",
    "认识到",
    "注意到",
    "指出",
    "欢迎",
    "欣见",
    "强调",
    "着重指出",
    "强调指出",
    "关切地注意到",
    "满意地注意到",
    "赞赏地注意到",
    "遗憾地注意到",
    "深为关切",
    "深表关切",
    "严重关切",
    "表示关切",
    "表示注意到",
    "表示严重关切",
    "表示深切关注",
    "关切",
    "铭记",
    "意识到",
    "深信",
    "确信",
    "相信",
    "认为",
    "考虑到",
    "鉴于",
    "遵循",
    "审议了",
    "审查了",
    "听取了",
    "收到",
    "赞扬",
    "赞赏",
    "谴责",
    "强烈谴责",
    "痛惜",
    "认定",
    "决心",
    "希望",
    "申明",
    "承认",
    "震惊地注意到",
    "深感震惊",
    "感谢",
    "表示赞赏",
    "表示满意",
    "重申其",
    "根据《联合国宪章》第七章采取行动",
    "根据《宪章》第七章采取行动",
    "根据",
    "致力于",
    "深感关切",
];

/// Verbs that open operative paragraphs.
pub const OPERATIVE: &[&str] = &[
    "决定",
    "请",
    "吁请",
    "促请",
    "呼吁",
    "敦促",
    "强烈敦促",
    "鼓励",
    "欢迎",
    "注意到",
    "表示注意到",
    "重申",
    "强调",
    "着重指出",
    "强调指出",
    "赞扬",
    "谴责",
    "强烈谴责",
    "核准",
    "核可",
    "赞同",
    "通过",
    "表示",
    "邀请",
    "建议",
    "确认",
    "承认",
    "宣布",
    "宣告",
    "申明",
    "授权",
    "要求",
    "支持",
    "满意地注意到",
    "赞赏地注意到",
    "遗憾地注意到",
    "关切地注意到",
    "感谢",
    "赞赏",
    "表示赞赏",
    "表示感谢",
    "表示关切",
    "表示打算",
    "延长",
    "坚持",
    "接受",
    "痛惜",
    "深表遗憾",
    "期待",
    "指出",
    "认识到",
    "认为",
    "深信",
    "回顾",
    "指示",
    "设立",
    "任命",
    "继续",
    "提醒",
    "再次呼吁",
    "再次请",
];

/// Discouraged openers with the UN rendering (the seed's 提及 is a calque of
/// Russian «ссылаясь на»; UN Chinese renders "Recalling" 回顾).
pub const DISCOURAGED: &[(&str, &str)] = &[("提及", "回顾")];

/// Formulae that mark a Security Council text (conventions §2.3).
pub const SC_ONLY_FORMULAE: &[(&str, &str)] = &[
    ("第七章采取行动", "根据《宪章》第七章采取的行动"),
    ("构成威胁", "依据第三十九条作出的断定"),
    ("决定继续处理此案", "安全理事会的结尾用语"),
    ("采取一切必要措施", "授权使用武力"),
];

/// The Assembly's agenda formula.
pub const GA_ONLY_FORMULAE: &[(&str, &str)] = &[("届会议临时议程", "大会的议程条款")];

/// Repetition adverbs placed before the verb (又回顾, 还决定, 再次).
const REPEATS: &[&str] = &["又", "还", "再次"];

/// Verbs that render several English verbs (请 = Requests, Invites, Calls upon), so
/// that two in a row need not be a repetition.
pub const SHARED_RENDERINGS: &[&str] = &["请"];

/// Preferred written forms in UN Chinese: (found, preferred).
pub const PREFERRED_WORDS: &[(&str, &str)] = &[("其它", "其他")];

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese numeral for 1-99 ("六十五", "十一", "二十").
pub fn numeral(n: u32) -> String {
    match n {
        0 => "〇".into(),
        1..=9 => DIGITS[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        20..=99 if n % 10 == 0 => format!("{}十", DIGITS[(n / 10) as usize]),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            DIGITS[(n % 10) as usize]
        ),
        _ => n.to_string(),
    }
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '〇' | '零' | '○' => Some(0),
        _ => DIGITS.iter().position(|&d| d == c).map(|p| p as u32),
    }
}

/// Parses a Chinese numeral 0-999 written with 十/百 ("六十五", "十一", "一百零三").
pub fn parse_numeral(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total = 0u32;
    let mut cur: Option<u32> = None;
    let mut seen = false;
    for c in s.chars() {
        match c {
            '十' => {
                total += cur.unwrap_or(1) * 10;
                cur = None;
            }
            '百' => {
                total += cur?.max(1) * 100;
                cur = None;
            }
            _ => {
                let d = digit_value(c)?;
                if d == 0 {
                    // 一百零三: 零 only marks the gap.
                    continue;
                }
                if cur.is_some() {
                    return None;
                }
                cur = Some(d);
            }
        }
        seen = true;
    }
    if !seen {
        return None;
    }
    Some(total + cur.unwrap_or(0))
}

/// Parses a year written digit by digit ("一九七三" → 1973).
pub fn parse_digit_string(s: &str) -> Option<u32> {
    let mut v = 0u32;
    let mut n = 0;
    for c in s.chars() {
        v = v.checked_mul(10)? + digit_value(c)?;
        n += 1;
    }
    (n > 0).then_some(v)
}

/// Is `c` a Chinese numeral character?
pub fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || matches!(c, '十' | '百')
}

fn longest_prefix(s: &str, list: &'static [&'static str]) -> Option<&'static str> {
    list.iter()
        .filter(|p| s.starts_with(**p))
        .max_by_key(|p| p.len())
        .copied()
}

impl Profile for Zh {
    fn language(&self) -> Language {
        Language::Zh
    }

    fn organ_line(&self, body: Body) -> &'static str {
        ORGANS
            .iter()
            .find(|(b, _)| *b == body)
            .map(|(_, s)| *s)
            .unwrap_or("大会")
    }

    fn match_organ(&self, line: &str) -> Option<OrganMatch> {
        for (body, found, correct) in ORGAN_VARIANTS {
            if line.starts_with(found) {
                return Some(OrganMatch {
                    body,
                    len: found.len(),
                    correct: (found != correct).then_some(correct),
                });
            }
        }
        for (body, name) in ORGANS {
            if line.starts_with(name) {
                return Some(OrganMatch {
                    body,
                    len: name.len(),
                    correct: None,
                });
            }
        }
        None
    }

    fn opener(&self, content: &str) -> Option<Opener> {
        let s = content;
        let mut off = 0;
        let mut adverb = None;
        for r in REPEATS {
            if s.starts_with(r) && s.len() > r.len() {
                // 再次 / 又 / 还 before a known verb; 并 only as a joiner.
                let rest = &s[r.len()..];
                if longest_prefix(rest, PREAMBULAR).is_some()
                    || longest_prefix(rest, OPERATIVE).is_some()
                    || DISCOURAGED.iter().any(|(d, _)| rest.starts_with(d))
                {
                    adverb = Some(Adverb {
                        place: AdverbPlace::Before,
                        start: 0,
                        end: r.len(),
                    });
                    off = r.len();
                }
                break;
            }
        }
        let rest = &s[off..];
        if rest.is_empty() {
            return None;
        }
        for (d, pref) in DISCOURAGED {
            if rest.starts_with(d) {
                return Some(Opener {
                    start: off,
                    end: off + d.len(),
                    lemma: (*pref).to_string(),
                    class: OpenerClass::Preambular,
                    adverb,
                    preferred: Some(pref),
                    operative_form: None,
                    preambular_form: None,
                    nearest_preambular: None,
                    nearest_operative: None,
                });
            }
        }
        let pre = longest_prefix(rest, PREAMBULAR);
        let op = longest_prefix(rest, OPERATIVE);
        let (class, word) = match (pre, op) {
            (Some(p), Some(o)) if p == o => (OpenerClass::Both, p),
            (Some(p), Some(o)) if p.len() > o.len() => (OpenerClass::Preambular, p),
            (Some(_), Some(o)) => (OpenerClass::Operative, o),
            (Some(p), None) => (OpenerClass::Preambular, p),
            (None, Some(o)) => (OpenerClass::Operative, o),
            (None, None) => {
                // Unknown: take up to the first punctuation or four characters.
                let end = rest
                    .char_indices()
                    .take(4)
                    .take_while(|(_, c)| crate::text::is_han(*c))
                    .last()
                    .map(|(i, c)| i + c.len_utf8())?;
                return Some(Opener {
                    start: off,
                    end: off + end,
                    lemma: rest[..end].to_string(),
                    class: OpenerClass::Unknown,
                    adverb,
                    preferred: None,
                    operative_form: None,
                    preambular_form: None,
                    nearest_preambular: None,
                    nearest_operative: None,
                });
            }
        };
        Some(Opener {
            start: off,
            end: off + word.len(),
            lemma: word.to_string(),
            class,
            adverb,
            preferred: None,
            operative_form: None,
            preambular_form: None,
            nearest_preambular: None,
            nearest_operative: None,
        })
    }

    fn ordinal(&self, n: u32) -> String {
        numeral(n)
    }

    fn repeat_adverb(
        &self,
        nth: usize,
        _operative: bool,
        _body: Body,
    ) -> (&'static str, AdverbPlace) {
        (if nth <= 2 { "又" } else { "还" }, AdverbPlace::Before)
    }

    fn word_sep(&self) -> &'static str {
        ""
    }

    fn sc_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        SC_ONLY_FORMULAE
    }

    fn ga_only_formulae(&self) -> &'static [(&'static str, &'static str)] {
        GA_ONLY_FORMULAE
    }

    fn phrases(&self) -> &'static super::Phrases {
        &PHRASES
    }

    fn format_date(&self, year: i32, month: u32, day: Option<u32>) -> String {
        let m = month.clamp(1, 12);
        match day {
            Some(d) => format!("{year}年{m}月{d}日"),
            None => format!("{year}年{m}月"),
        }
    }

    fn follow_up_clause(&self, n: u32, title: Option<&str>) -> String {
        format!(
            "决定将题为“{}”的项目列入大会第{}届会议临时议程。",
            title.unwrap_or(""),
            numeral(n)
        )
    }

    fn session_name(&self, n: u32) -> String {
        format!("第{}届会议", numeral(n))
    }
}

static PHRASES: super::Phrases = super::Phrases {
    agenda_before: &[],
    agenda_after: &["临时议程", "的临时议程"],
    continue_words: &["继续审议"],
    continue_before: &["其"],
    entitled: &["题为"],
    sub_item: &["分项"],
    report: &["报告"],
    secretary_general: &["秘书长"],
    report_before: &["大会"],
    quotes: &[('“', '”'), ('"', '"'), ('「', '」')],
    paragraph: &[],
};

/// English conjunctions left in Chinese prose and their Chinese form ("挑战 and 威胁"
/// → "挑战和威胁").
pub const LATIN_WORD_REPLACEMENTS: &[(&str, &str)] = &[("and", "和"), ("or", "或")];

/// Half-width punctuation and its full-width form in Chinese prose (GB/T 15834-2011).
pub const FULLWIDTH_PUNCT: &[(char, char)] = &[
    (',', '，'),
    (';', '；'),
    (':', '：'),
    ('?', '？'),
    ('!', '！'),
];

/// Full-width marks that close or separate and so never take a space before them.
pub const CLOSING_PUNCT: &[char] = &[
    '，', '。', '；', '：', '、', '？', '！', '”', '’', '》', '）', '」', '』', '】', '〉',
];

/// Marks within Chinese prose that show a Latin word stands in a Chinese sentence.
pub const PROSE_PUNCT: &[char] = &['，', '。', '；', '：', '、', '？', '！'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_round_trip_1_to_99() {
        for n in 1..=99 {
            assert_eq!(parse_numeral(&numeral(n)), Some(n), "{}", numeral(n));
        }
        assert_eq!(numeral(64), "六十四");
        assert_eq!(parse_numeral("一百零三"), Some(103));
        assert_eq!(parse_digit_string("一九七三"), Some(1973));
        assert_eq!(parse_numeral("六x"), None);
    }

    #[test]
    fn openers() {
        let o = ZH.opener("又提及《联合国宪章》各条款").unwrap();
        assert_eq!(o.preferred, Some("回顾"));
        assert!(o.adverb.is_some());
        let o = ZH.opener("注意到加强联合国系统").unwrap();
        assert_eq!(o.class, OpenerClass::Both);
        let o = ZH.opener("请秘书长").unwrap();
        assert_eq!(o.class, OpenerClass::Operative);
        assert_eq!(o.lemma, "请");
        let o = ZH.opener("又注意到").unwrap();
        assert_eq!(o.lemma, "注意到");
    }

    #[test]
    fn organs() {
        let m = ZH.match_organ("联合国大会，").unwrap();
        assert_eq!(m.correct, Some("大会"));
        assert_eq!(ZH.match_organ("安全理事会，").unwrap().body, Body::Sc);
    }
}
