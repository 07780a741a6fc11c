//! placeholder
use super::Rule;
pub static RULES: &[&dyn Rule] = &[];
