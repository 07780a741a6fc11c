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
    /// CVE-2021-42574). Nothing in a UN text needs them [H]. The line and paragraph
    /// separators U+2028 and U+2029 break the line in some programs and not in
    /// others, so the same draft reads differently: they become line feeds. In
    /// Arabic text the directional marks U+200E, U+200F and U+061C are how word
    /// processors keep Latin symbols and figures in order, so there they are only
    /// pointed out.
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
        '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' => true,
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
            if matches!(c, '\u{2028}' | '\u{2029}') {
                let span = Span::new(i, i + c.len_utf8());
                let code = format!("U+{:04X}", c as u32);
                let m = msg!(cx.ui,
                    en: "{code} is a line break in some programs and invisible in others; use a line feed",
                    zh: "{code} 在某些程序中显示为换行，在另一些程序中不可见；应使用普通换行符",
                    fr: "{code} est un saut de ligne dans certains logiciels et invisible dans d’autres ; utiliser un saut de ligne ordinaire",
                    es: "{code} es un salto de línea en algunos programas e invisible en otros; utilice un salto de línea normal",
                    ru: "{code} в одних программах является переводом строки, а в других невидим; используйте обычный перевод строки",
                    ar: "{code} فاصل أسطر في بعض البرامج وغير مرئي في غيرها؛ استخدم فاصل أسطر عاديا");
                let label = msg!(cx.ui, en: "Use a line feed", zh: "改为换行符", fr: "Remplacer par un saut de ligne", es: "Sustituir por un salto de línea", ru: "Заменить переводом строки", ar: "استبدال بفاصل أسطر");
                cx.report(span, m, edit(span, "\n", label));
                continue;
            }
            let arabic_mark = cx.doc.language == crate::Language::Ar
                && matches!(c, '\u{200E}' | '\u{200F}' | '\u{61C}');
            let mut end = i + c.len_utf8();
            let mut n = 1;
            while let Some(&(j, d)) = it.peek() {
                // Only a run of adjacent hidden characters is one finding.
                if j != end || !hidden(d, j) || matches!(d, '\u{2028}' | '\u{2029}') {
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
            if arabic_mark && n == 1 {
                cx.report_at(crate::Severity::Info, span, m, edit(span, "", label));
            } else {
                cx.report(span, m, edit(span, "", label));
            }
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

    #[test]
    fn line_separators_become_line_feeds() {
        let t =
            "The General Assembly,\u{2028}\u{2029}\n\n1. Decides to remain seized of the matter.\n";
        assert_eq!(hits(ID, t).len(), 2);
        assert_eq!(
            fixed_all(ID, t),
            "The General Assembly,\n\n\n\n1. Decides to remain seized of the matter.\n"
        );
    }
}
