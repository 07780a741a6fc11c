use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language};

declare_rule! {
    /// UN Russian texts do not use the letter ё: «Объединенных», «ее», «четвертой»
    /// (conventions §4.7 [V S21]). A word with ё was typed or pasted from another
    /// source; the fix writes е. Openers and ordinals are read with ё and е alike, so
    /// nothing else depends on it.
    pub struct RuLetterYo {
        id: "ru-letter-yo",
        category: Typography,
        severity: Warning,
        summary: "UN Russian writes е, not ё (Объединенных, ее)",
        bad: ["Генеральная Ассамблея,\n\n1. просит Генерального секретаря Организации Объединённых Наций представить доклад.\n"],
        good: ["Генеральная Ассамблея,\n\n1. просит Генерального секретаря Организации Объединенных Наций представить доклад.\n"],
    }
}

impl Rule for RuLetterYo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::Ru {
            return;
        }
        let text = doc.text;
        let mut from = 0;
        while let Some(k) = text[from..].find(['ё', 'Ё']) {
            let at = from + k;
            // The whole word around the letter.
            let start = text[..at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
                .last()
                .map_or(at, |(i, _)| i);
            let end = at
                + text[at..]
                    .chars()
                    .take_while(|&c| c.is_alphabetic() || c == '-')
                    .map(char::len_utf8)
                    .sum::<usize>();
            let span = Span::new(start, end);
            let found = span.of(text);
            let want: String = found
                .chars()
                .map(|c| match c {
                    'ё' => 'е',
                    'Ё' => 'Е',
                    c => c,
                })
                .collect();
            let m = msg!(cx.ui,
                en: "UN Russian texts write “{want}”, not “{found}” (no letter ё)",
                zh: "联合国俄文文本写作“{want}”，而非“{found}”（不用字母ё）",
                fr: "Les textes russes de l’ONU écrivent « {want} », et non « {found} » (pas de lettre ё)",
                es: "Los textos rusos de las Naciones Unidas escriben “{want}”, no “{found}” (sin la letra ё)",
                ru: "В текстах ООН на русском языке пишется «{want}», а не «{found}» (буква ё не используется)",
                ar: "تكتب نصوص الأمم المتحدة الروسية ”{want}“ لا ”{found}“ (دون الحرف ё)");
            let label = msg!(cx.ui,
                en: "Replace with “{want}”",
                zh: "改为“{want}”",
                fr: "Remplacer par « {want} »",
                es: "Reemplazar por “{want}”",
                ru: "Заменить на «{want}»",
                ar: "استبدل بـ ”{want}“");
            cx.report(span, m, edit(span, want, label));
            from = end.max(at + 'ё'.len_utf8());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;

    #[test]
    fn words_with_yo() {
        let t = "Генеральная Ассамблея,\n\nотмечая её роль и роль Организации Объединённых Наций,\n\n1. просит представить доклад на её шестьдесят четвёртой сессии.\n";
        let h = hits("ru-letter-yo", t);
        let got: Vec<&str> = h.iter().map(|h| h.covered.as_str()).collect();
        assert_eq!(got, ["её", "Объединённых", "её", "четвёртой"]);
        assert!(h[1]
            .fixed
            .as_deref()
            .unwrap()
            .contains("Объединенных Наций"));
    }
}
