//! Typography: script, punctuation, spaces and characters (conventions §7.6, R17–R20).

pub mod double_space;
pub mod doubled_punctuation;
pub mod fr_punctuation_spacing;
pub mod hidden_character;
pub mod mixed_digits;
pub mod mixed_parentheses;
pub mod mixed_quotes;
pub mod quote_style;
pub mod ru_entitled_comma;
pub mod ru_letter_yo;
pub mod stray_space;
pub mod unbalanced_pairs;
pub mod zh_halfwidth_punctuation;
pub mod zh_latin_word;
pub mod zh_number_spacing;
pub mod zh_preferred_word;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &zh_latin_word::ZhLatinWord,
    &zh_halfwidth_punctuation::ZhHalfwidthPunctuation,
    &unbalanced_pairs::UnbalancedPairs,
    &doubled_punctuation::DoubledPunctuation,
    &stray_space::StraySpace,
    &zh_preferred_word::ZhPreferredWord,
    &double_space::DoubleSpace,
    &mixed_quotes::MixedQuotes,
    &quote_style::QuoteStyle,
    &ru_letter_yo::RuLetterYo,
    &ru_entitled_comma::RuEntitledComma,
    &mixed_parentheses::MixedParentheses,
    &zh_number_spacing::ZhNumberSpacing,
    &hidden_character::HiddenCharacter,
    &fr_punctuation_spacing::FrPunctuationSpacing,
    &mixed_digits::MixedDigits,
];

/// Does the line contain a Chinese character or full-width mark?
pub(crate) fn has_cjk(s: &str) -> bool {
    s.chars().any(crate::text::is_cjk)
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::diagnostic::{Finding, Severity};
    use crate::model::Document;
    use crate::options::Options;

    /// One finding of a rule, in byte offsets: what it covers, its severity and the
    /// text after its fix.
    #[derive(Debug)]
    pub struct Hit {
        pub covered: String,
        pub severity: Severity,
        pub fixed: Option<String>,
        pub finding: Finding,
    }

    /// The findings of rule `id` on `text`.
    pub fn hits(id: &str, text: &str) -> Vec<Hit> {
        let opts = Options::default();
        let doc = Document::parse(text, &opts);
        crate::rules::run(&doc, &opts)
            .into_iter()
            .filter(|f| f.rule == id)
            .map(|f| Hit {
                covered: text[f.start..f.end].to_string(),
                severity: f.severity,
                fixed: f.fix.as_ref().map(|e| {
                    let mut s = text[..e.start].to_string();
                    s.push_str(&e.replacement);
                    s.push_str(&text[e.end..]);
                    s
                }),
                finding: f,
            })
            .collect()
    }

    /// The covered texts.
    pub fn covered(id: &str, text: &str) -> Vec<String> {
        hits(id, text).into_iter().map(|h| h.covered).collect()
    }

    /// The text with every fix of rule `id` applied.
    pub fn fixed_all(id: &str, text: &str) -> String {
        let hs = hits(id, text);
        let edits: Vec<(usize, usize, &str)> = hs
            .iter()
            .filter_map(|h| h.finding.fix.as_ref())
            .map(|e| (e.start, e.end, e.replacement.as_str()))
            .collect();
        crate::fix::apply_byte_edits(text, &edits)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::hits;
    use crate::options::Options;

    const SEED: &str = include_str!("../../../tests/fixtures/zh/seed.txt");

    /// What the typography and date rules report on the real seed draft.
    #[test]
    fn seed_findings() {
        let count = |id: &str| hits(id, SEED).len();
        assert_eq!(count("zh-latin-word"), 1);
        assert_eq!(count("zh-preferred-word"), 1);
        assert_eq!(count("mixed-parentheses"), 2); // the full-width pair （于 … 批准）
        assert_eq!(count("date-spacing"), 7);
        assert_eq!(count("zh-number-spacing"), 9);
        for quiet in [
            "zh-halfwidth-punctuation",
            "unbalanced-pairs",
            "doubled-punctuation",
            "stray-space",
            "double-space",
            "mixed-quotes",
            "hidden-character",
            "date-invalid",
            "date-form",
            "date-after-document",
        ] {
            assert_eq!(count(quiet), 0, "{quiet}: {:?}", hits(quiet, SEED));
        }
        let p = hits("mixed-parentheses", SEED);
        assert_eq!((p[0].covered.as_str(), p[1].covered.as_str()), ("（", "）"));
    }

    /// The report's UTF-16 offsets cover the same characters as the findings' bytes.
    #[test]
    fn report_offsets_land_on_the_flagged_characters() {
        let text = format!("😀\u{200B}{SEED}\n\nThe  end ,,");
        let report = crate::check(&text, &Options::default());
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut n = 0;
        for id in [
            "zh-latin-word",
            "zh-preferred-word",
            "mixed-parentheses",
            "date-spacing",
            "zh-number-spacing",
            "hidden-character",
            "doubled-punctuation",
        ] {
            let bytes: Vec<String> = hits(id, &text).into_iter().map(|h| h.covered).collect();
            let utf16: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| d.rule == id)
                .map(|d| String::from_utf16_lossy(&units[d.start..d.end]))
                .collect();
            assert!(!bytes.is_empty(), "{id}");
            assert_eq!(bytes, utf16, "{id}");
            n += bytes.len();
        }
        assert!(n > 20);
        let and = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "zh-latin-word")
            .unwrap();
        assert_eq!(String::from_utf16_lossy(&units[and.start..and.end]), "and");
    }
}
