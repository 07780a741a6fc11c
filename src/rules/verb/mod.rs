//! Operative-verb conventions: openers of the right class and form, repetitions.

pub mod adverb_placement;
pub mod operative_verb;
pub mod organ_specific_formula;
pub mod preambular_opener;
pub mod repeated_opener;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &preambular_opener::PreambularOpener,
    &operative_verb::OperativeVerb,
    &repeated_opener::RepeatedOpener,
    &adverb_placement::AdverbPlacement,
    &organ_specific_formula::OrganSpecificFormula,
];

/// Is `opener_text` one of the Model UN phrases?
pub(crate) fn mun_phrase(cx: &super::Context, opener_text: &str) -> bool {
    cx.doc.profile().mun_only().iter().any(|m| {
        opener_text
            .get(..m.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(m))
    })
}
