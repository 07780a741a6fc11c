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
}
