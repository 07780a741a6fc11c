use super::has_cjk;
use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// UN English texts put one space between words and after a full stop (UN
    /// Editorial Manual; every UN text examined [H]). Two or more spaces inside a line
    /// are left over from editing or from typewriter habits. Spaces at the start of a
    /// line (indentation) and at its end (in Markdown two trailing spaces make a line
    /// break) are not reported, nor are the padded cells of Markdown tables. Lines of
    /// a Chinese document are checked only when they have no Chinese (the English
    /// masthead).
    pub struct DoubleSpace {
        id: "double-space",
        category: Typography,
        severity: Warning,
        summary: "One space between words",
        bad: ["The General Assembly,\n\n1. Decides to remain  seized of the matter.\n"],
        good: [
            "Distr.: General  \n11 August 2009  \n\nThe General Assembly,\n\n   1. Decides to remain seized of the matter.\n\n| a  | b |\n",
        ],
    }
}

impl Rule for DoubleSpace {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for line in &doc.lines {
            let s = line.trimmed.of(text);
            if s.starts_with('|') || (doc.language == Language::Zh && has_cjk(s)) {
                continue;
            }
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] != b' ' {
                    i += 1;
                    continue;
                }
                let st = i;
                while i < b.len() && b[i] == b' ' {
                    i += 1;
                }
                if i - st < 2 || b.get(i) == Some(&b'|') || (st > 0 && b[st - 1] == b'|') {
                    continue;
                }
                let span = Span::new(line.trimmed.start + st, line.trimmed.start + i);
                let n = i - st;
                let m = msg!(cx.ui,
                    en: "{n} spaces between words; one is enough",
                    zh: "词间有{n}个空格，应只用一个",
                    fr: "{n} espaces entre les mots ; une seule suffit",
                    es: "{n} espacios entre palabras; basta con uno",
                    ru: "Пробелов между словами: {n}; достаточно одного",
                    ar: "عدد المسافات بين الكلمتين {n}؛ وتكفي مسافة واحدة");
                let label = msg!(cx.ui, en: "Use one space", zh: "改为一个空格",
                    fr: "Laisser une seule espace",
                    es: "Dejar un solo espacio",
                    ru: "Оставить один пробел",
                    ar: "الإبقاء على مسافة واحدة");
                cx.report(span, m, edit(span, " ", label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "double-space";

    #[test]
    fn inside_lines_only() {
        let t = "The General Assembly,  \n\n  1. Decides to  remain seized.   Also.  \n";
        assert_eq!(covered(ID, t), ["  ", "   "]);
        assert_eq!(
            fixed_all(ID, t),
            "The General Assembly,  \n\n  1. Decides to remain seized. Also.  \n"
        );
    }

    #[test]
    fn chinese_lines_are_not_checked() {
        let t = "Distr.:  General\n\n大会，\n\n1. 决定  继续处理此案。\n";
        assert_eq!(covered(ID, t), ["  "]);
    }
}
