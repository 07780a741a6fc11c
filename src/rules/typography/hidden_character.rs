use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Zero-width characters (U+200B–U+200D, U+2060, a byte-order mark U+FEFF
    /// anywhere but the very start), bidirectional controls (U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069, U+061C), the soft hyphen U+00AD and C0 control
    /// characters other than tab, line feed and carriage return are invisible: they
    /// split words that look whole (so searches and the other rules miss them), and
    /// bidirectional controls can reorder what the reader sees ("Trojan Source",
    /// CVE-2021-42574). Nothing in a UN text needs them [H].
    pub struct HiddenCharacter {
        id: "hidden-character",
        category: Typography,
        severity: Warning,
        summary: "No invisible or bidirectional control characters",
        bad: ["The General Assembly,\n\n1. Decides to remain sei\u{200B}zed of the matter.\n"],
        good: ["\u{FEFF}The General Assembly,\n\n1. Decides to remain seized of the matter.\n"],
    }
}

fn hidden(c: char, at: usize) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{0}'..='\u{1F}' | '\u{7F}' => true,
        '\u{AD}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => true,
        '\u{2060}' | '\u{2066}'..='\u{2069}' => true,
        '\u{FEFF}' => at > 0,
        _ => false,
    }
}

impl Rule for HiddenCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let text = cx.doc.text;
        // Hidden characters are C0 controls, DEL, or start with one of these lead bytes.
        let candidate = |b: u8| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
                || matches!(b, 0x7F | 0xC2 | 0xD8 | 0xE2 | 0xEF)
        };
        let mut it = crate::text::chars_where(text, candidate).peekable();
        while let Some((i, c)) = it.next() {
            if !hidden(c, i) {
                continue;
            }
            let mut end = i + c.len_utf8();
            let mut n = 1;
            while let Some(&(j, d)) = it.peek() {
                // Only a run of adjacent hidden characters is one finding.
                if j != end || !hidden(d, j) {
                    break;
                }
                end = j + d.len_utf8();
                n += 1;
                it.next();
            }
            let code = format!("U+{:04X}", c as u32);
            let span = Span::new(i, end);
            let m = if n == 1 {
                msg!(cx.ui,
                    en: "Invisible character {code} in the text",
                    zh: "文本中有不可见字符 {code}",
                    fr: "Caractère invisible {code} dans le texte",
                    es: "Carácter invisible {code} en el texto",
                    ru: "Невидимый символ {code} в тексте",
                    ar: "حرف غير مرئي {code} في النص")
            } else {
                msg!(cx.ui,
                    en: "{n} invisible characters (from {code}) in the text",
                    zh: "文本中有{n}个不可见字符（首个为 {code}）",
                    fr: "{n} caractères invisibles dans le texte (le premier : {code})",
                    es: "{n} caracteres invisibles en el texto (el primero, {code})",
                    ru: "Невидимых символов в тексте: {n} (первый — {code})",
                    ar: "عدد الحروف غير المرئية في النص {n} (أولها {code})")
            };
            let label = msg!(cx.ui, en: "Remove it", zh: "删除",
                fr: "Le supprimer",
                es: "Eliminarlo",
                ru: "Удалить",
                ar: "حذفه");
            cx.report(span, m, edit(span, "", label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{fixed_all, hits};

    const ID: &str = "hidden-character";

    #[test]
    fn finds_and_removes() {
        let t = "\u{FEFF}大会，\n\n1. 决定\u{200B}继续\u{202E}\u{202C}处理\u{0}此案\u{AD}。\r\n\t";
        let h = hits(ID, t);
        assert_eq!(h.len(), 4);
        assert_eq!(h[1].covered, "\u{202E}\u{202C}");
        assert_eq!(
            fixed_all(ID, t),
            "\u{FEFF}大会，\n\n1. 决定继续处理此案。\r\n\t"
        );
    }
}
