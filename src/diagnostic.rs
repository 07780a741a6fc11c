//! Findings as rules produce them: byte offsets into the checked text.

use serde::Serialize;
use std::fmt;

/// How sure a rule is that the text breaks a convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably breaks a convention.
    Warning,
    /// Certainly breaks a convention.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The family a rule belongs to. The strings are part of the JSON contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Structure,
    Citation,
    Verb,
    Date,
    FollowUp,
    Typography,
    /// Two language versions of one draft disagree (`resolint compare`).
    Consistency,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Structure,
        Category::Citation,
        Category::Verb,
        Category::Date,
        Category::FollowUp,
        Category::Typography,
        Category::Consistency,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Structure => "structure",
            Category::Citation => "citation",
            Category::Verb => "verb",
            Category::Date => "date",
            Category::FollowUp => "follow-up",
            Category::Typography => "typography",
            Category::Consistency => "consistency",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One replacement of a byte range of the checked text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    /// A short imperative description, e.g. "Replace with “Requests”".
    pub label: String,
}

/// One finding of one rule, in byte offsets of the checked text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub fix: Option<Edit>,
}
