use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::{is_hspace, Span};
use crate::{declare_rule, msg};

declare_rule! {
    /// French sets a (no-break) space before the colon and inside guillemets:
    /// "Original : anglais", "la question intitulée « Coopération … »" (UN French
    /// documents, conventions §2.7 [V]). A colon glued to the word before it, or a
    /// guillemet glued to the quoted text, is English typography in a French draft.
    /// The semicolon, question mark and exclamation mark are accepted with or
    /// without the space (UN documents set the semicolon without it), and so are
    /// colons inside times, numbers and addresses ("10:30", "http://").
    pub struct FrPunctuationSpacing {
        id: "fr-punctuation-spacing",
        category: Typography,
        severity: Warning,
        summary: "French: a space before « : » and inside « »",
        bad: [
            "L'Assemblée générale,\n\n1. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-cinquième session la question intitulée «Coopération»: rapport du Secrétaire général.\n",
        ],
        good: [
            "L'Assemblée générale,\n\n1. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-cinquième session la question intitulée « Coopération » : rapport du Secrétaire général; à 10:30.\n",
        ],
    }
}

/// A mark that wants a space on one side, missing: where to insert it.
fn missing(s: &str, i: usize, c: char) -> Option<usize> {
    let before = s[..i].chars().next_back();
    let after = s[i + c.len_utf8()..].chars().next();
    match c {
        '«' => after
            .is_some_and(|a| !is_hspace(a))
            .then_some(i + c.len_utf8()),
        '»' => before.is_some_and(|b| !is_hspace(b)).then_some(i),
        ':' => {
            // A colon ending a word, before a space or the end of the line; not
            // "10:30", "http://", nor a colon right after another mark.
            let glued = before.is_some_and(|b| b.is_alphabetic() || b == ')' || b == '»');
            let ends = after.is_none_or(is_hspace);
            (glued && ends).then_some(i)
        }
        _ => None,
    }
}

impl Rule for FrPunctuationSpacing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Fr {
            return;
        }
        let text = doc.text;
        for line in &doc.lines {
            let span = line.trimmed;
            let s = span.of(text);
            if !s.contains(['«', '»', ':']) {
                continue;
            }
            for (i, c) in s.char_indices() {
                if !matches!(c, '«' | '»' | ':') {
                    continue;
                }
                let Some(at) = missing(s, i, c) else { continue };
                let mark = Span::new(span.start + i, span.start + i + c.len_utf8());
                let m = if c == ':' {
                    msg!(cx.ui,
                        en: "French sets a space before the colon: “ :”",
                        zh: "法文冒号前应有空格：“ :”",
                        fr: "En français, le deux-points est précédé d’une espace insécable",
                        es: "En francés, los dos puntos van precedidos de un espacio: “ :”",
                        ru: "Во французском тексте перед двоеточием ставится пробел",
                        ar: "في الفرنسية تسبق النقطتين مسافة: “ :”")
                } else {
                    msg!(cx.ui,
                        en: "French sets a space inside guillemets: “« … »”",
                        zh: "法文书名号式引号内侧应有空格：“« … »”",
                        fr: "En français, les guillemets sont séparés du texte par une espace insécable",
                        es: "En francés, las comillas angulares llevan un espacio interior",
                        ru: "Во французском тексте кавычки-ёлочки отделяются от текста пробелом",
                        ar: "في الفرنسية توضع مسافة داخل علامتي التنصيص الزاويتين")
                };
                let label = msg!(cx.ui,
                    en: "Insert a no-break space",
                    zh: "插入不换行空格",
                    fr: "Insérer une espace insécable",
                    es: "Insertar un espacio de no separación",
                    ru: "Вставить неразрывный пробел",
                    ar: "إدراج مسافة غير فاصلة");
                let at = Span::new(span.start + at, span.start + at);
                cx.report(mark, m, edit(at, "\u{A0}", label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "fr-punctuation-spacing";

    #[test]
    fn colon_and_guillemets() {
        let t = "L'Assemblée générale,\n\n1. Décide d'inscrire à l'ordre du jour de sa session la question intitulée «Coopération» et la question « Paix »: les deux; à 10:30 (voir http://un.org).\n";
        assert_eq!(covered(ID, t), ["«", "»", ":"]);
        assert_eq!(
            fixed_all(ID, t),
            "L'Assemblée générale,\n\n1. Décide d'inscrire à l'ordre du jour de sa session la question intitulée «\u{A0}Coopération\u{A0}» et la question « Paix »\u{A0}: les deux; à 10:30 (voir http://un.org).\n"
        );
    }

    #[test]
    fn english_text_is_left_alone() {
        let t = "The General Assembly,\n\n1. Decides: to act.\n";
        assert!(covered(ID, t).is_empty());
    }
}
