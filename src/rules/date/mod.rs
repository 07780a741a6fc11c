//! Dates: real calendar dates, written in the standard form, not after the document.

pub mod date_after_document;
pub mod date_form;
pub mod date_invalid;
pub mod date_spacing;
pub mod date_style;

use super::Rule;
use crate::model::DateMention;

pub static RULES: &[&dyn Rule] = &[
    &date_invalid::DateInvalid,
    &date_form::DateForm,
    &date_spacing::DateSpacing,
    &date_after_document::DateAfterDocument,
    &date_style::DateStyle,
];

/// The date as the rules read it. The model reads "51/7 of October 25, 1996" as the
/// 7th (the "7" of the resolution number followed by "of"); when the digits before
/// "of" follow a "/" they belong to a symbol, and the date starts at the month. The
/// model is left as it is; this corrects the mention for the date rules.
pub(crate) fn corrected(text: &str, d: &DateMention) -> DateMention {
    let mut d = d.clone();
    if !text[..d.span.start].ends_with(['/', '.', '-']) {
        return d;
    }
    let s = d.span.of(text);
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|x| rest.strip_prefix(x))
        .unwrap_or(rest);
    let Some(r) = rest.trim_start().strip_prefix("of") else {
        return d;
    };
    let month = r.trim_start();
    if month.len() == r.len() || !month.starts_with(|c: char| c.is_ascii_uppercase()) {
        return d;
    }
    d.span.start = d.span.end - month.len();
    let word = month
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '.'))
        .unwrap_or(month.len());
    let after = month[word..].trim_start_matches([' ', '\t', '\u{A0}']);
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let tail = &after[digits..];
        d.day = after[..digits].parse().ok();
        d.issues.month_first = true;
        d.issues.comma = false;
        d.issues.ordinal_suffix = ["st", "nd", "rd", "th"].iter().any(|x| tail.starts_with(x));
        d.issues.leading_zero = digits == 2 && after.starts_with('0');
    } else {
        d.day = None;
        d.issues.month_first = false;
        d.issues.ordinal_suffix = false;
        d.issues.leading_zero = false;
        d.issues.comma = month[word..]
            .trim_start_matches([' ', '\t', '\u{A0}'])
            .starts_with(',');
    }
    d
}

#[cfg(test)]
mod tests {
    use super::corrected;
    use crate::model::dates::find;
    use crate::options::Language;

    #[test]
    fn resolution_number_before_of_is_not_a_day() {
        let t =
            "resolutions 51/7 of October 25, 1996, 52/31 of February 1997 and the 1st of May 2005";
        let d: Vec<_> = find(t, Language::En)
            .iter()
            .map(|d| corrected(t, d))
            .collect();
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].span.of(t), "October 25, 1996");
        assert_eq!(d[0].day, Some(25));
        assert!(d[0].issues.month_first && !d[0].issues.comma);
        assert_eq!(d[1].span.of(t), "February 1997");
        assert_eq!(d[1].day, None);
        assert!(!d[1].issues.any() && d[1].is_valid());
        assert_eq!(d[2].span.of(t), "1st of May 2005");
        assert!(d[2].issues.ordinal_suffix);
    }
}
