use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Current UN Arabic texts write numbers in Western digits (2 كانون الأول/ديسمبر
    /// 2004, 59/50, "1 - "); older ones and some translation memories use the
    /// Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩. Both are accepted, but one document uses one
    /// set (conventions §5.7 [V]). When an Arabic text mixes them, the rarer set is
    /// reported (the Arabic-Indic one on a tie), with the number in the other set as
    /// the fix. Numbers inside Latin document symbols (A/64/141) and lines without
    /// Arabic (the English header block) are not counted.
    pub struct MixedDigits {
        id: "mixed-digits",
        category: Typography,
        severity: Warning,
        summary: "One set of digits (Western or Arabic-Indic) in an Arabic text",
        bad: [
            "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50 المؤرخ ٢ كانون الأول/ديسمبر 2004،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n",
        ],
        good: [
            "إن الجمعية العامة،\n\nإذ تشير إلى قرارها ٥٩/٥٠ المؤرخ ٢ كانون الأول/ديسمبر ٢٠٠٤ (A/59/141)،\n\n١ - تقرر أن تبقي المسألة قيد نظرها.\n",
        ],
    }
}

/// The set a digit belongs to: Some(true) for Arabic-Indic (either block), Some(false)
/// for Western.
fn eastern(c: char) -> Option<bool> {
    match c {
        '0'..='9' => Some(false),
        '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' => Some(true),
        _ => None,
    }
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{621}'..='\u{64A}').contains(&c)
}

/// The digit runs of `text` that count: (span, Arabic-Indic).
fn runs(text: &str) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if line.chars().any(is_arabic_letter) {
            // Tokens between white space; a token with a Latin letter is a symbol.
            let mut pos = line_start;
            for tok in line.split_inclusive(char::is_whitespace) {
                if !tok.chars().any(|c| c.is_ascii_alphabetic()) {
                    let mut cur: Option<(usize, bool)> = None;
                    for (i, c) in tok.char_indices() {
                        let at = pos + i;
                        match (eastern(c), cur) {
                            (Some(e), Some((_, ce))) if e == ce => {}
                            (Some(e), Some((s, ce))) => {
                                out.push((Span::new(s, at), ce));
                                cur = Some((at, e));
                            }
                            (Some(e), None) => cur = Some((at, e)),
                            (None, Some((s, ce))) => {
                                out.push((Span::new(s, at), ce));
                                cur = None;
                            }
                            (None, None) => {}
                        }
                    }
                    if let Some((s, ce)) = cur {
                        out.push((Span::new(s, pos + tok.len()), ce));
                    }
                }
                pos += tok.len();
            }
        }
        line_start += line.len();
    }
    out
}

/// `s` in the other set of digits.
fn convert(s: &str, to_eastern: bool) -> String {
    s.chars()
        .map(|c| match (eastern(c), to_eastern) {
            (Some(false), true) => char::from_u32(c as u32 - '0' as u32 + 0x660).unwrap_or(c),
            (Some(true), false) => {
                let base = if c >= '\u{6F0}' { 0x6F0 } else { 0x660 };
                char::from_u32(c as u32 - base + '0' as u32).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

impl Rule for MixedDigits {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let text = cx.doc.text;
        if !text.chars().any(|c| eastern(c) == Some(true)) {
            return;
        }
        let runs = runs(text);
        let n_east = runs.iter().filter(|r| r.1).count();
        let n_west = runs.len() - n_east;
        if n_east == 0 || n_west == 0 {
            return;
        }
        // Report the rarer set; on a tie, the Arabic-Indic digits.
        let flag_east = n_east <= n_west;
        for (span, e) in runs {
            if e != flag_east {
                continue;
            }
            let found = span.of(text);
            let want = convert(found, !e);
            let m = msg!(cx.ui,
                en: "This text mixes Western and Arabic-Indic digits; write “{want}”, not “{found}”",
                zh: "本文混用西方数字和阿拉伯-印度数字；应写作“{want}”，而非“{found}”",
                fr: "Ce texte mêle chiffres occidentaux et arabes orientaux ; écrire « {want} », non « {found} »",
                es: "Este texto mezcla cifras occidentales y arábigo-índicas; escríbase “{want}”, no “{found}”",
                ru: "В тексте смешаны западные и арабско-индийские цифры; следует писать «{want}», а не «{found}»",
                ar: "يخلط هذا النص بين الأرقام الغربية والأرقام الهندية؛ اكتب ”{want}“ لا ”{found}“");
            let label = msg!(cx.ui,
                en: "Replace with “{want}”",
                zh: "改为“{want}”",
                fr: "Remplacer par « {want} »",
                es: "Sustituir por “{want}”",
                ru: "Заменить на «{want}»",
                ar: "استبدل بها ”{want}“");
            cx.report(span, m, edit(span, want.clone(), label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "mixed-digits";

    #[test]
    fn the_rarer_set_is_reported() {
        let t = "Distr.: General\n9 October 2009\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها ٥٩/٥٠ المؤرخ ٢ كانون الأول/ديسمبر 2004 (A/59/141)،\n\n١ - تقرر أن تبقي المسألة قيد نظرها.\n";
        assert_eq!(covered(ID, t), ["2004"]);
        assert!(fixed_all(ID, t).contains("٢ كانون الأول/ديسمبر ٢٠٠٤ (A/59/141)"));
        // One set only: nothing to say.
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004،\n";
        assert!(covered(ID, t).is_empty());
    }
}
