use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Where the language's quotation marks are guillemets (the first pair of the
    /// profile's `Phrases::quotes`: UN Russian «…», French « … »), a title or quotation
    /// set in English marks (“…” or "…") at the outer level was pasted from another
    /// source; English-style marks belong only inside guillemets, as nested quotes
    /// (conventions §4.7: «…», nested „…“ [V S21]). The fix puts the guillemets back
    /// and keeps the words.
    pub struct QuoteStyle {
        id: "quote-style",
        category: Typography,
        severity: Warning,
        summary: "Quotations and titles take the language's quotation marks («…» in Russian)",
        bad: [
            "Генеральная Ассамблея,\n\n1. постановляет включить в предварительную повестку дня своей шестьдесят пятой сессии пункт, озаглавленный “Сотрудничество”.\n",
        ],
        good: [
            "Генеральная Ассамблея,\n\n1. постановляет включить в предварительную повестку дня своей шестьдесят пятой сессии пункт, озаглавленный «Сотрудничество „Юг — Юг“».\n",
            "The General Assembly,\n\n1. Decides to include the item entitled “Cooperation”.\n",
        ],
    }
}

/// Can a quotation open after `prev`?
fn opening_position(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
}

impl Rule for QuoteStyle {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let Some(&(open, close)) = doc.profile().phrases().quotes.first() else {
            return;
        };
        if open != '«' {
            return;
        }
        let text = doc.text;
        let mut depth = 0usize;
        let mut prev: Option<char> = None;
        let mut skip_to = 0;
        for (i, c) in text.char_indices() {
            if i < skip_to {
                prev = Some(c);
                continue;
            }
            if c == '\n' {
                depth = 0;
            } else if c == open {
                depth += 1;
            } else if c == close {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && (c == '“' || c == '"') && opening_position(prev) {
                let want_close = if c == '“' { '”' } else { '"' };
                let from = i + c.len_utf8();
                let line_end = text[from..].find('\n').map_or(text.len(), |k| from + k);
                if let Some(k) = text[from..line_end].find(want_close) {
                    let end = from + k + want_close.len_utf8();
                    let inner = &text[from..from + k];
                    if !inner.trim().is_empty() {
                        let span = Span::new(i, end);
                        // French sets the guillemets off with no-break spaces.
                        let want = if doc.profile().spaced_punctuation().contains(&close) {
                            format!("{open}\u{A0}{}\u{A0}{close}", inner.trim())
                        } else {
                            format!("{open}{inner}{close}")
                        };
                        let m = msg!(cx.ui,
                            en: "Quotations and titles in this language take “{open}…{close}”: {want}",
                            zh: "该语言的引文和标题应使用“{open}…{close}”：{want}",
                            fr: "Les citations et les titres prennent « {open}…{close} » dans cette langue : {want}",
                            es: "En este idioma las citas y los títulos llevan “{open}…{close}”: {want}",
                            ru: "Цитаты и названия в этом языке заключаются в «{open}…{close}»: {want}",
                            ar: "تُكتب الاقتباسات والعناوين في هذه اللغة بين ”{open}…{close}“: {want}");
                        let label = msg!(cx.ui,
                            en: "Use “{open}…{close}”",
                            zh: "改用“{open}…{close}”",
                            fr: "Utiliser « {open}…{close} »",
                            es: "Usar “{open}…{close}”",
                            ru: "Использовать «{open}…{close}»",
                            ar: "استخدم ”{open}…{close}“");
                        cx.report(span, m, edit(span, want, label));
                        skip_to = end;
                    }
                }
            }
            prev = Some(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;

    #[test]
    fn french_guillemets_are_set_off() {
        let t =
            "L'Assemblée générale,\n\n1. Décide d'inscrire la question intitulée “Coopération”.\n";
        let h = hits("quote-style", t);
        assert_eq!(h.len(), 1, "{h:?}");
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("intitulée «\u{A0}Coopération\u{A0}»."));
    }

    #[test]
    fn outer_english_quotes_in_russian() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на доклад \"Мир\",\n\n1. постановляет включить пункт, озаглавленный “Сотрудничество «Юг — Юг»”.\n";
        let h = hits("quote-style", t);
        assert_eq!(h.len(), 2, "{h:?}");
        assert_eq!(h[0].covered, "\"Мир\"");
        assert!(h[1]
            .fixed
            .as_deref()
            .unwrap()
            .contains("озаглавленный «Сотрудничество «Юг — Юг»»."));
    }

    #[test]
    fn nested_and_other_languages_are_left_alone() {
        let t = "Генеральная Ассамблея,\n\n1. постановляет включить пункт, озаглавленный «Программа “Мир”».\n";
        assert!(hits("quote-style", t).is_empty());
        let t =
            "The General Assembly,\n\n1. Decides to include the item entitled \"Cooperation\".\n";
        assert!(hits("quote-style", t).is_empty());
    }
}
