use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language};

declare_rule! {
    /// In Russian, «озаглавленный «…»» after the noun it describes is a participial
    /// phrase and takes a comma before it: «пункт, озаглавленный «…»», «в рамках
    /// пункта, озаглавленного «…»» (conventions §4.6: a frequent error to flag). The
    /// check looks at the nouns that name agenda items and documents.
    pub struct RuEntitledComma {
        id: "ru-entitled-comma",
        category: Typography,
        severity: Warning,
        summary: "A comma before «озаглавленный» after a noun (пункт, озаглавленный «…»)",
        bad: ["Генеральная Ассамблея,\n\n1. постановляет включить в предварительную повестку дня своей шестьдесят пятой сессии пункт озаглавленный «Сотрудничество».\n"],
        good: ["Генеральная Ассамблея,\n\n1. постановляет включить в предварительную повестку дня своей шестьдесят пятой сессии пункт, озаглавленный «Сотрудничество».\n"],
    }
}

/// Nouns after which «озаглавленный» opens a participial phrase.
const NOUNS: &[&str] = &[
    "пункт",
    "пункта",
    "пункте",
    "пункту",
    "пунктом",
    "подпункт",
    "подпункта",
    "подпункте",
    "подпункту",
    "подпунктом",
    "доклад",
    "доклада",
    "докладе",
    "докладом",
    "документ",
    "документа",
    "документе",
    "раздел",
    "раздела",
    "разделе",
    "вопрос",
    "вопроса",
    "записку",
    "записки",
    "записке",
    "резолюцию",
    "резолюции",
    "решение",
    "решения",
    "тему",
    "темы",
];

impl Rule for RuEntitledComma {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Ru {
            return;
        }
        let text = doc.text;
        for (at, key) in text.match_indices("озаглавлен") {
            let before = &text[..at];
            let Some(sp) = before.strip_suffix(' ') else {
                continue;
            };
            let ws = sp
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphabetic())
                .last()
                .map_or(sp.len(), |(i, _)| i);
            let word = &sp[ws..];
            if word.is_empty() || !NOUNS.contains(&word.to_lowercase().as_str()) {
                continue;
            }
            // The participle is followed by a quoted title.
            let after = &text[at + key.len()..];
            let ending = after.chars().take_while(|c| c.is_alphabetic()).count();
            let rest: String = after.chars().skip(ending).take(2).collect();
            if !rest.trim_start().starts_with(['«', '“', '"', '„']) {
                continue;
            }
            let span = Span::new(ws, sp.len());
            let m = msg!(cx.ui,
                en: "A comma goes before «озаглавленный» after “{word}”: “{word}, озаглавленный …”",
                zh: "“{word}”之后的«озаглавленный»前应加逗号：“{word}, озаглавленный …”",
                fr: "Une virgule précède « озаглавленный » après « {word} » : « {word}, озаглавленный … »",
                es: "Después de “{word}” va una coma antes de “озаглавленный”: “{word}, озаглавленный …”",
                ru: "После «{word}» перед причастным оборотом ставится запятая: «{word}, озаглавленный …»",
                ar: "توضع فاصلة قبل ”озаглавленный“ بعد ”{word}“: ”{word}, озаглавленный …“");
            let label = msg!(cx.ui,
                en: "Insert a comma",
                zh: "插入逗号",
                fr: "Insérer une virgule",
                es: "Insertar una coma",
                ru: "Вставить запятую",
                ar: "أدرج فاصلة");
            cx.report(span, m, edit(Span::new(sp.len(), sp.len()), ",", label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;

    #[test]
    fn item_and_parent_item() {
        let t = "Генеральная Ассамблея,\n\n1. постановляет включить подпункт озаглавленный «Сотрудничество» в рамках пункта озаглавленного «Доклад», а также озаглавленный «Х» раздел.\n";
        let h = hits("ru-entitled-comma", t);
        let got: Vec<&str> = h.iter().map(|h| h.covered.as_str()).collect();
        assert_eq!(got, ["подпункт", "пункта"]);
        assert!(h[0]
            .fixed
            .as_deref()
            .unwrap()
            .contains("подпункт, озаглавленный"));
    }
}
