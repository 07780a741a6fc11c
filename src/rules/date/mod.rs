//! Dates: real calendar dates, written in the standard form, not after the document.

pub mod date_after_document;
pub mod date_form;
pub mod date_invalid;
pub mod date_spacing;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &date_invalid::DateInvalid,
    &date_form::DateForm,
    &date_spacing::DateSpacing,
    &date_after_document::DateAfterDocument,
];
