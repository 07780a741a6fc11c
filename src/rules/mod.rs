//! The rules. One file per rule, grouped by category; each declares its metadata
//! (id, category, default severity, summary, why, a bad and a good example) beside
//! its code and its tests.
//!
//! A rule reads the [`Document`] and reports findings through the [`Context`]; it
//! never re-splits the text. Severity may be lowered per finding where the
//! conventions say a form is uncertain (the default is the rule's).

pub mod citation;
pub mod date;
pub mod follow_up;
pub mod structure;
pub mod typography;
pub mod verb;

use crate::diagnostic::{Category, Edit, Finding, Severity};
use crate::model::Document;
use crate::options::{Options, UiLanguage};
use crate::text::Span;
use std::sync::OnceLock;

/// A whole small text showing a rule's point.
pub type Example = &'static str;

/// A rule's metadata.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id.
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Why the convention exists (the rule's doc comment).
    pub why: &'static str,
    /// Texts the rule must flag.
    pub bad: &'static [Example],
    /// Texts the rule must not flag.
    pub good: &'static [Example],
}

/// A rule.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &mut Context);
}

/// Declares a rule struct and its metadata; the doc comment becomes its "why".
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:expr])*
        $vis:vis struct $name:ident {
            id: $id:expr,
            category: $cat:ident,
            severity: $sev:ident,
            summary: $sum:expr,
            bad: [$($bad:expr),* $(,)?],
            good: [$($good:expr),* $(,)?] $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                category: $crate::diagnostic::Category::$cat,
                severity: $crate::diagnostic::Severity::$sev,
                summary: $sum,
                why: concat!($($doc, "\n"),*),
                bad: &[$($bad),*],
                good: &[$($good),*],
            };
        }
    };
}

/// What a rule sees and reports to.
pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// The language of messages.
    pub ui: UiLanguage,
    meta: &'static RuleMeta,
    out: Vec<Finding>,
}

impl<'d, 'a> Context<'d, 'a> {
    pub fn new(doc: &'d Document<'a>, ui: UiLanguage) -> Self {
        Context {
            doc,
            ui,
            meta: all()[0].meta(),
            out: Vec::new(),
        }
    }

    /// The document language matching the message language, for words quoted in
    /// messages (ordinals, formulae).
    pub fn ui_lang(&self) -> crate::Language {
        self.ui.language()
    }

    /// The text being checked.
    pub fn text(&self) -> &'a str {
        self.doc.text
    }

    /// Reports a finding at the rule's default severity.
    pub fn report(&mut self, span: Span, message: String, fix: Option<Edit>) {
        let sev = self.meta.severity;
        self.report_at(sev, span, message, fix);
    }

    /// Reports a finding at a given severity.
    pub fn report_at(
        &mut self,
        severity: Severity,
        span: Span,
        message: String,
        fix: Option<Edit>,
    ) {
        let text = self.doc.text;
        let start = crate::text::floor_boundary(text, span.start);
        let end = crate::text::ceil_boundary(text, span.end.max(start));
        let fix = fix.filter(|f| {
            f.start <= f.end
                && f.end <= text.len()
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
        });
        self.out.push(Finding {
            rule: self.meta.id,
            category: self.meta.category,
            severity,
            start,
            end,
            message,
            fix,
        });
    }

    /// The findings reported so far (for tests).
    pub fn findings(&self) -> &[Finding] {
        &self.out
    }
}

/// A replacement of `span` by `replacement`.
pub fn edit(span: Span, replacement: impl Into<String>, label: String) -> Option<Edit> {
    Some(Edit {
        start: span.start,
        end: span.end,
        replacement: replacement.into(),
        label,
    })
}

/// Every rule, in a stable order (by category, then id).
pub fn all() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static dyn Rule> = Vec::new();
        v.extend_from_slice(structure::RULES);
        v.extend_from_slice(verb::RULES);
        v.extend_from_slice(citation::RULES);
        v.extend_from_slice(date::RULES);
        v.extend_from_slice(follow_up::RULES);
        v.extend_from_slice(typography::RULES);
        v
    })
}

/// Finds a rule by id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.meta().id == id)
}

/// Runs every enabled rule over the document.
pub fn run(doc: &Document, options: &Options) -> Vec<Finding> {
    let mut cx = Context::new(doc, options.ui_language);
    for rule in all() {
        let meta = rule.meta();
        if options.disable.iter().any(|d| d == meta.id) {
            continue;
        }
        cx.meta = meta;
        rule.check(&mut cx);
    }
    cx.out
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The findings of one rule on a text.
    pub fn findings_of(id: &str, text: &str) -> Vec<crate::report::Diagnostic> {
        crate::check(text, &Options::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == id)
            .collect()
    }

    /// The text with one rule's fixes applied.
    pub fn fixed_by(id: &str, text: &str) -> String {
        let fixes: Vec<_> = findings_of(id, text)
            .into_iter()
            .filter_map(|d| d.fix)
            .collect();
        crate::apply_fixes(text, &fixes)
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for r in all() {
            let id = r.meta().id;
            assert!(seen.insert(id), "two rules share the id {id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id} is not kebab-case"
            );
            assert!(
                !r.meta().summary.is_empty() && !r.meta().why.trim().is_empty(),
                "{id} lacks docs"
            );
            assert!(
                !r.meta().bad.is_empty() && !r.meta().good.is_empty(),
                "{id} lacks examples"
            );
        }
    }

    #[test]
    fn documented_examples_behave() {
        for r in all() {
            let m = r.meta();
            for bad in m.bad {
                assert!(
                    !findings_of(m.id, bad).is_empty(),
                    "{}: bad example not flagged:\n{bad}",
                    m.id
                );
            }
            for good in m.good {
                let f = findings_of(m.id, good);
                assert!(
                    f.is_empty(),
                    "{}: good example flagged: {:?}\n{good}",
                    m.id,
                    f
                );
            }
        }
    }
}
