use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_han, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// Chinese UN texts use either full-width （ ） (GB/T 15834-2011, Word files) or
    /// half-width ( ) (the un.org pages) around Chinese words, but one style
    /// throughout a document (conventions §7.3, §7.6, R20 [M]). When a document mixes
    /// both, the rarer style is reported (full-width on a tie) with the other as the
    /// fix. Parentheses around Latin-only content — symbols (S/2018/922), years
    /// ((2005)), labels ((a)) — are often half-width even in full-width texts, so they
    /// are weighed apart: they do not count towards the style of the parentheses
    /// around Chinese, and among themselves the rarer style is reported the same way
    /// (第1960（2010）号 among 第1325(2000)号 and 第1820(2008)号).
    pub struct MixedParentheses {
        id: "mixed-parentheses",
        category: Typography,
        severity: Warning,
        summary: "One style of parentheses (half-width or full-width) in Chinese text",
        bad: [
            "大会，\n\n注意到解释性说明(附件一)和决议草案(附件二)，\n\n1. 欢迎《协定》（于2007年10月6日签署）生效。\n",
        ],
        good: [
            "大会，\n\n注意到解释性说明（附件一）和第1631(2005)号决议(S/RES/1631 (2005))，\n\n1. 欢迎《协定》（于2007年10月6日签署）生效。\n",
        ],
    }
}

impl Rule for MixedParentheses {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Zh {
            return;
        }
        let text = doc.text;
        // (opener, closer, full-width, around Chinese) of every pair.
        let mut pairs: Vec<(usize, usize, bool, bool)> = Vec::new();
        let mut half: Vec<usize> = Vec::new();
        let mut full: Vec<usize> = Vec::new();
        for block in &doc.blocks {
            half.clear();
            full.clear();
            let s = block.span.of(text);
            let base = block.span.start;
            for (i, c) in s.char_indices() {
                let (stack, wide) = match c {
                    '(' | ')' => (&mut half, false),
                    '（' | '）' => (&mut full, true),
                    _ => continue,
                };
                if c == '(' || c == '（' {
                    stack.push(i);
                } else if let Some(o) = stack.pop() {
                    let inner = &s[o + c.len_utf8()..i];
                    let chinese = inner.chars().any(is_han);
                    pairs.push((base + o, base + i, wide, chinese));
                }
            }
        }
        // The style to flag in each class (Latin content, Chinese content), if mixed.
        let mut flag: [Option<bool>; 2] = [None, None];
        for (k, f) in flag.iter_mut().enumerate() {
            let class = |p: &&(usize, usize, bool, bool)| p.3 == (k == 1);
            let wide = pairs.iter().filter(class).filter(|p| p.2).count();
            let narrow = pairs.iter().filter(class).filter(|p| !p.2).count();
            if wide > 0 && narrow > 0 {
                *f = Some(wide <= narrow);
            }
        }
        for (o, c, w, chinese) in pairs {
            if flag[usize::from(chinese)] != Some(w) {
                continue;
            }
            let (ol, cl, to_o, to_c) = if w {
                ('（'.len_utf8(), '）'.len_utf8(), "(", ")")
            } else {
                (1, 1, "（", "）")
            };
            for (at, len, to) in [(o, ol, to_o), (c, cl, to_c)] {
                let span = Span::new(at, at + len);
                let m = if w {
                    msg!(cx.ui,
                        en: "Full-width parenthesis in a text that mostly uses half-width ones",
                        zh: "本文件多用半角括号，此处为全角括号",
                        fr: "Parenthèse pleine chasse dans un texte qui emploie surtout des parenthèses demi-chasse",
                        es: "Paréntesis de ancho completo en un texto que usa sobre todo paréntesis de ancho medio",
                        ru: "Полноширинная скобка в тексте, где в основном используются полуширинные",
                        ar: "قوس كامل العرض في نص يستخدم في الغالب أقواسًا نصف العرض")
                } else {
                    msg!(cx.ui,
                        en: "Half-width parenthesis in a text that mostly uses full-width ones",
                        zh: "本文件多用全角括号，此处为半角括号",
                        fr: "Parenthèse demi-chasse dans un texte qui emploie surtout des parenthèses pleine chasse",
                        es: "Paréntesis de ancho medio en un texto que usa sobre todo paréntesis de ancho completo",
                        ru: "Полуширинная скобка в тексте, где в основном используются полноширинные",
                        ar: "قوس نصف العرض في نص يستخدم في الغالب أقواسًا كاملة العرض")
                };
                let label = msg!(cx.ui, en: "Replace with “{to}”", zh: "改为“{to}”",
                    fr: "Remplacer par « {to} »",
                    es: "Sustituir por “{to}”",
                    ru: "Заменить на «{to}»",
                    ar: "الاستبدال بـ“{to}”");
                cx.report(span, m, edit(span, to, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "mixed-parentheses";

    #[test]
    fn seed_like() {
        let t = "大会，\n\n注意到说明(附件一)和草案(附件二)及第1631(2005)号决议，\n\n1. 欢迎《协定》（于2007年签署）生效。\n";
        assert_eq!(covered(ID, t), ["（", "）"]);
        assert!(fixed_all(ID, t).contains("《协定》(于2007年签署)生效"));
    }

    #[test]
    fn full_width_majority() {
        let t = "大会，\n\n注意到说明（附件一）和草案（附件二），\n\n1. 欢迎《协定》(于2007年签署)生效。\n";
        assert_eq!(covered(ID, t), ["(", ")"]);
    }

    #[test]
    fn latin_content_does_not_count() {
        let t = "大会，\n\n注意到报告(S/2018/922)和（附件一），\n\n(a) 欢迎（草案）。\n";
        assert!(covered(ID, t).is_empty());
    }

    #[test]
    fn latin_content_weighed_apart() {
        let t = "安全理事会，\n\n重申第1325(2000)号、第1820(2008)号和第1960（2010）号决议（草案）以及（附件），\n";
        assert_eq!(covered(ID, t), ["（", "）"]);
        assert!(fixed_all(ID, t).contains("第1960(2010)号决议（草案）"));
    }
}
