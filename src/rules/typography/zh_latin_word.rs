use super::has_cjk;
use crate::lang::{en, zh};
use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_han, is_hspace, Span};
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// Chinese prose is written in Chinese script. Latin letters belong in a UN
    /// Chinese text only in document symbols (A/64/141, S/RES/1631 (2005)), the
    /// suffixes Add./Rev./Corr., roman-numeral session markers (XXIX), sub-paragraph
    /// letters ((a), (i)), resolution letters (第36/87 A和B号) and the English masthead
    /// block ("Distr.: General", the date, "Chinese", "Original: Russian") — conventions
    /// §7.6 and R18 [H for the symbol and masthead practice; FAO Chinese guide on
    /// foreign words]. An English function word between Chinese characters ("新的挑战
    /// and 威胁") is certainly left over from a translation: error, with "和"/"或" as the
    /// fix for and/or. Other lower-case words are reported as warnings (they may be a
    /// term the translator kept on purpose); capitalised names and ALL-CAPS acronyms
    /// are left alone, as are phrases of several words with a capital among them (a
    /// name or an English title cited as such), words standing inside brackets or
    /// quotation marks (an English gloss or title), and lines with no Chinese at all.
    pub struct ZhLatinWord {
        id: "zh-latin-word",
        category: Typography,
        severity: Error,
        summary: "No English words inside Chinese prose",
        bad: [
            "大会，\n\n1. 决定对新的挑战 and 威胁作出适当的集体应对；\n",
            "大会，\n\n1. 请秘书长提交一份 progress 报告。\n",
        ],
        good: [
            "Distr.: General\n11 August 2009\nChinese\nOriginal: Russian\n\n大会，\n\n回顾其第36/87 A和B号决议以及第1631(2005)号决议（S/RES/1631 (2005)），\n\n1. 注意到第XXIX号决议(a)段和A/64/141号文件；\n",
        ],
    }
}

/// Bytes that attach a word to a symbol, number, address or abbreviation.
fn attaches(b: u8) -> bool {
    b.is_ascii_digit() || b"/._@:#&+=%~\\".contains(&b)
}

/// Is `c` a character that shows we stand in a Chinese sentence?
fn chinese_context(c: Option<char>) -> bool {
    c.is_some_and(|c| is_han(c) || zh::PROSE_PUNCT.contains(&c))
}

fn is_roman(w: &str) -> bool {
    w.bytes().all(|b| b"IVXLCDM".contains(&b)) || w.bytes().all(|b| b"ivxlcdm".contains(&b))
}

impl Rule for ZhLatinWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Zh {
            return;
        }
        let text = doc.text;
        for line in &doc.lines {
            let s = line.span.of(text);
            if !has_cjk(s) {
                continue;
            }
            let base = line.span.start;
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if !b[i].is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                // A phrase: Latin words separated by spaces.
                let ps = i;
                let mut pe = i;
                while pe < b.len()
                    && (b[pe].is_ascii_alphabetic() || matches!(b[pe], b' ' | b'\t' | b'-' | b'\''))
                {
                    pe += 1;
                }
                while pe > ps && matches!(b[pe - 1], b' ' | b'\t') {
                    pe -= 1;
                }
                i = pe.max(ps + 1);
                let left = s[..ps].trim_end_matches(is_hspace);
                let right = s[pe..].trim_start_matches(is_hspace);
                let lc = left.chars().next_back();
                let rc = right.chars().next();
                if !chinese_context(lc) && !chinese_context(rc) {
                    continue;
                }
                // Several words with a capital among them: a name or an English title
                // cited as such ("见 United Nations, Treaty Series").
                let phrase = &s[ps..pe];
                if phrase.split_ascii_whitespace().nth(1).is_some()
                    && phrase
                        .split_ascii_whitespace()
                        .any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                {
                    continue;
                }
                let mut j = ps;
                while j < pe {
                    if !b[j].is_ascii_alphabetic() {
                        j += 1;
                        continue;
                    }
                    let ws = j;
                    while j < pe && (b[j].is_ascii_alphabetic() || matches!(b[j], b'-' | b'\'')) {
                        j += 1;
                    }
                    let mut we = j;
                    while we > ws && !b[we - 1].is_ascii_alphabetic() {
                        we -= 1;
                    }
                    let word = &s[ws..we];
                    if (ws > 0 && attaches(b[ws - 1])) || (we < b.len() && attaches(b[we])) {
                        continue;
                    }
                    if word.len() < 2 || is_roman(word) {
                        continue;
                    }
                    let lower = word.to_ascii_lowercase();
                    let function = en::FUNCTION_WORDS.contains(&lower.as_str());
                    let all_lower = word.bytes().all(|c| !c.is_ascii_uppercase());
                    let capitalised = word.as_bytes()[0].is_ascii_uppercase()
                        && word[1..].bytes().all(|c| !c.is_ascii_uppercase());
                    let reportable = all_lower || (function && capitalised);
                    if !reportable {
                        continue; // names and acronyms
                    }
                    let span = Span::new(base + ws, base + we);
                    let repl = zh::LATIN_WORD_REPLACEMENTS
                        .iter()
                        .find(|(e, _)| *e == lower)
                        .map(|(_, z)| *z);
                    if let Some(z) = repl {
                        // The whole phrase is this one word: the spaces around it go too.
                        let alone = ps == ws && pe == we;
                        let fs = if alone && chinese_context(lc) {
                            base + left.len()
                        } else {
                            span.start
                        };
                        let fe = if alone && chinese_context(rc) {
                            base + s.len() - right.len()
                        } else {
                            span.end
                        };
                        let m = msg!(cx.ui,
                            en: "English word “{word}” in Chinese text; write “{z}”",
                            zh: "中文文本中夹有英文词“{word}”，应为“{z}”",
                            fr: "Mot anglais « {word} » dans un texte chinois ; écrire « {z} »",
                            es: "Palabra inglesa “{word}” en un texto chino; escriba “{z}”",
                            ru: "Английское слово «{word}» в китайском тексте; напишите «{z}»",
                            ar: "كلمة إنكليزية “{word}” في نص صيني؛ اكتب “{z}”");
                        let label = msg!(cx.ui, en: "Replace with “{z}”", zh: "改为“{z}”",
                            fr: "Remplacer par « {z} »",
                            es: "Sustituir por “{z}”",
                            ru: "Заменить на «{z}»",
                            ar: "الاستبدال بـ“{z}”");
                        cx.report_at(Severity::Error, span, m, edit(Span::new(fs, fe), z, label));
                    } else if function {
                        let m = msg!(cx.ui,
                            en: "English word “{word}” in Chinese text; translate it",
                            zh: "中文文本中夹有英文词“{word}”，应译为中文",
                            fr: "Mot anglais « {word} » dans un texte chinois ; le traduire",
                            es: "Palabra inglesa “{word}” en un texto chino; tradúzcala",
                            ru: "Английское слово «{word}» в китайском тексте; переведите его",
                            ar: "كلمة إنكليزية “{word}” في نص صيني؛ يجب ترجمتها");
                        cx.report_at(Severity::Error, span, m, None);
                    } else {
                        let m = msg!(cx.ui,
                            en: "Latin-script word “{word}” in Chinese text; translate it unless it is a name or a symbol",
                            zh: "中文文本中夹有拉丁字母词“{word}”，除专名或文号外应译为中文",
                            fr: "Mot en caractères latins « {word} » dans un texte chinois ; le traduire, sauf s'il s'agit d'un nom ou d'une cote",
                            es: "Palabra en alfabeto latino “{word}” en un texto chino; tradúzcala, salvo que sea un nombre o una signatura",
                            ru: "Слово латиницей «{word}» в китайском тексте; переведите его, если это не имя собственное и не условное обозначение",
                            ar: "كلمة بحروف لاتينية “{word}” في نص صيني؛ يجب ترجمتها ما لم تكن اسمًا أو رمزًا");
                        cx.report_at(Severity::Warning, span, m, None);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, hits};
    use crate::Severity;

    const ID: &str = "zh-latin-word";

    #[test]
    fn seed_and_is_replaced() {
        let t = "大会，\n\n1. 对新的挑战 and 威胁作出适当的集体应对；\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].covered, "and");
        assert_eq!(h[0].severity, Severity::Error);
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("新的挑战和威胁作出"));
    }

    #[test]
    fn other_words() {
        let t = "大会，\n\n1. 请秘书长提交一份 progress 报告，并 or 通知 of 会员国；\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 3, "{h:?}");
        assert_eq!(h[0].covered, "progress");
        assert_eq!(h[0].severity, Severity::Warning);
        assert_eq!(h[1].covered, "or");
        assert!(h[1].fixed.as_deref().unwrap().contains("并或通知"));
        assert_eq!(h[2].covered, "of");
        assert!(h[2].finding.fix.is_none());
    }

    #[test]
    fn allowed_latin() {
        let t = "Distr.: General\n11 August 2009\nChinese\nOriginal: Russian\n\n大会，\n\n回顾第36/87 A和B号决议、第2159(XXI)号决议和S/RES/1631 (2005)、A/64/141/Add.1及Corr.1号文件，\n\n注意到联合国艾滋病规划署(UNAIDS)和“Delivering as One”倡议以及 Facebook 平台，\n\n1. 决定：\n\n(a) 召开会议；\n\n(ii) 设立 e-mail 工作组；\n";
        let h = hits(ID, t);
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].covered, "e-mail");
    }

    #[test]
    fn names_and_titles() {
        let t =
            "大会，\n\n注意到联合国 Treaty Series of the United Nations 第1577卷，又注意到关于国家和国际两级的 rule of law 问题的报告，\n";
        let h = hits(ID, t);
        let got: Vec<(&str, Severity)> =
            h.iter().map(|h| (h.covered.as_str(), h.severity)).collect();
        assert_eq!(
            got,
            [
                ("rule", Severity::Warning),
                ("of", Severity::Error),
                ("law", Severity::Warning)
            ]
        );
    }

    #[test]
    fn english_documents_are_left_alone() {
        assert!(covered(
            ID,
            "The General Assembly,\n\n1. Decides to remain seized of the matter.\n"
        )
        .is_empty());
    }
}
