//! Messages in the user's language.
//!
//! Rules write each message once per language with [`msg!`]; only the language of
//! the report is formatted. A language without its own wording falls back to English.

/// Formats a message in the report's language: `msg!(cx.ui, en: "…{x}…", zh: "…{x}…")`.
/// Format arguments are captured from the surrounding scope. Every message in the
/// crate has the six arms en, zh, fr, es, ru, ar (tests/messages.rs checks it).
#[macro_export]
macro_rules! msg {
    ($ui:expr, en: $en:literal $(, $l:ident: $t:literal)* $(,)?) => {{
        #[allow(unused_variables)]
        let ui: &str = $ui.code();
        $( if ui == stringify!($l) { format!($t) } else )* { format!($en) }
    }};
}

/// Quotation marks around a quoted piece of the draft, in the message language.
pub fn quote(ui: crate::options::UiLanguage, s: &str) -> String {
    match ui {
        // French sets the guillemets off with no-break spaces.
        crate::options::UiLanguage::Fr => format!("«\u{a0}{s}\u{a0}»"),
        crate::options::UiLanguage::Ru => format!("«{s}»"),
        _ => format!("“{s}”"),
    }
}

#[cfg(test)]
mod tests {
    use crate::options::UiLanguage;

    #[test]
    fn picks_the_language_and_falls_back() {
        let n = 3;
        assert_eq!(
            msg!(UiLanguage::Zh, en: "paragraph {n}", zh: "第{n}段"),
            "第3段"
        );
        assert_eq!(
            msg!(UiLanguage::En, en: "paragraph {n}", zh: "第{n}段"),
            "paragraph 3"
        );
        assert_eq!(
            msg!(UiLanguage::Zh, en: "only English {n}"),
            "only English 3"
        );
        assert_eq!(
            msg!(UiLanguage::Fr, en: "paragraph {n}", zh: "第{n}段", fr: "paragraphe {n}"),
            "paragraphe 3"
        );
        assert_eq!(
            msg!(UiLanguage::Ar, en: "paragraph {n}", fr: "paragraphe {n}"),
            "paragraph 3"
        );
    }

    #[test]
    fn quotes_in_each_language() {
        use super::quote;
        assert_eq!(quote(UiLanguage::Fr, "x"), "«\u{a0}x\u{a0}»");
        assert_eq!(quote(UiLanguage::Ru, "x"), "«x»");
        assert_eq!(quote(UiLanguage::Es, "x"), "“x”");
        assert_eq!(quote(UiLanguage::Ar, "x"), "“x”");
        assert_eq!(quote(UiLanguage::En, "x"), "“x”");
    }
}
