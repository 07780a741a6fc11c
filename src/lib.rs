//! resolint: a checker for United Nations draft resolutions.
//!
//! The text is parsed once into a [`model::Document`] (masthead, drafts with their
//! preamble and operative part, citations, dates, session references); every rule in
//! [`rules`] reads that model and reports [`Finding`]s; [`check`] turns them into a
//! [`Report`] whose offsets are UTF-16 code units, as JavaScript indexes strings.
//!
//! ```
//! let report = resolint::check("The General Assembly,\n\n1. Request the Secretary-General to report.\n",
//!     &resolint::Options::default());
//! assert!(report.diagnostics.iter().any(|d| d.rule == "operative-verb"));
//! ```

pub mod calendar;
pub mod compare;
pub mod diagnostic;
pub mod fix;
pub mod i18n;
pub mod lang;
pub mod model;
pub mod options;
pub mod report;
pub mod rules;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use compare::{compare, Comparison};
pub use diagnostic::{Category, Edit, Finding, Severity};
pub use fix::apply_fixes;
pub use options::{Body, Language, Options, UiLanguage};
pub use report::{Diagnostic, Fix, Outline, Report, RuleInfo};

/// The crate version, as reported in every JSON report.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Checks one text and returns its report.
///
/// Never panics on any input; the work is linear in the size of the text.
pub fn check(text: &str, options: &Options) -> Report {
    let doc = model::Document::parse(text, options);
    let findings = rules::run(&doc, options);
    Report::build(&doc, findings, options)
}

/// Metadata of every rule, in registry order.
pub fn rule_infos() -> Vec<RuleInfo> {
    rules::all()
        .iter()
        .map(|r| RuleInfo::from(r.meta()))
        .collect()
}
