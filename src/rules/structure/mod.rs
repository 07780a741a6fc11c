//! Paragraph structure: the opening line, the preamble, the operative part, sub-paragraphs.

pub mod numbered_preamble;
pub mod opening_line;
pub mod operative_numbering;
pub mod operative_punctuation;
pub mod preamble_after_operative;
pub mod preamble_punctuation;
pub mod subparagraph_labels;
pub mod subparagraph_punctuation;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &opening_line::OpeningLine,
    &preamble_punctuation::PreamblePunctuation,
    &operative_numbering::OperativeNumbering,
    &operative_punctuation::OperativePunctuation,
    &preamble_after_operative::PreambleAfterOperative,
    &numbered_preamble::NumberedPreamble,
    &subparagraph_labels::SubparagraphLabels,
    &subparagraph_punctuation::SubparagraphPunctuation,
];
