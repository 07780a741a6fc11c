//! Operative-verb conventions: openers of the right class and form, repetitions.

pub mod adverb_placement;
pub mod operative_verb;
pub mod organ_specific_formula;
pub mod preambular_opener;
pub mod repeated_opener;

use super::Rule;
use crate::lang::OpenerCase;

pub static RULES: &[&dyn Rule] = &[
    &preambular_opener::PreambularOpener,
    &operative_verb::OperativeVerb,
    &repeated_opener::RepeatedOpener,
    &adverb_placement::AdverbPlacement,
    &organ_specific_formula::OrganSpecificFormula,
];

/// Checks shared by both opener rules: a Model UN phrase (information; returns true,
/// nothing more to say) and, in English, an opening word without its capital.
pub(crate) fn common_checks(
    cx: &mut super::Context,
    o: &crate::lang::Opener,
    content_end: usize,
) -> bool {
    use crate::text::Span;
    use crate::{msg, Severity};
    let text = cx.doc.text;
    let span = Span::new(o.start, o.end);
    let found = span.of(text);
    if mun_phrase(cx, text.get(o.start..content_end).unwrap_or("")) {
        let m = msg!(cx.ui,
            en: "“{found}” comes from Model UN phrase lists, not from UN resolutions",
            zh: "“{found}”出自模拟联合国用语表，而非联合国决议");
        cx.report_at(Severity::Info, span, m, None);
        return true;
    }
    // Openers take a capital ("Requests", not "requests"), or in Russian lower case
    // ("просит", not "Просит"); the first word may be an adverb ("Also requests").
    let first_at = o
        .adverb
        .filter(|a| a.start < o.start)
        .map_or(o.start, |a| a.start);
    let first = text[first_at..].chars().next().unwrap_or(' ');
    let case = cx.doc.profile().opener_case();
    let wrong = match case {
        OpenerCase::Upper => first.is_lowercase(),
        OpenerCase::Lower => first.is_uppercase(),
        OpenerCase::None => false,
    };
    if wrong {
        let cap = Span::new(first_at, first_at + first.len_utf8());
        let changed: String = if case == OpenerCase::Upper {
            first.to_uppercase().collect()
        } else {
            first.to_lowercase().collect()
        };
        let fixed = format!("{changed}{}", &text[cap.end..o.end.max(cap.end)]);
        let (m, label) = if case == OpenerCase::Upper {
            (
                msg!(cx.ui,
                    en: "The opening word takes a capital: “{fixed}”",
                    zh: "开头词首字母应大写：“{fixed}”"),
                msg!(cx.ui, en: "Capitalize", zh: "改为大写"),
            )
        } else {
            (
                msg!(cx.ui,
                    en: "In Russian the opening word takes lower case: “{fixed}”",
                    zh: "俄文开头词应小写：“{fixed}”"),
                msg!(cx.ui, en: "Use lower case", zh: "改为小写"),
            )
        };
        cx.report_at(
            Severity::Warning,
            Span::new(first_at, o.end),
            m,
            super::edit(cap, changed, label),
        );
    }
    false
}

/// Is `opener_text` one of the Model UN phrases?
pub(crate) fn mun_phrase(cx: &super::Context, opener_text: &str) -> bool {
    cx.doc.profile().mun_only().iter().any(|m| {
        opener_text
            .get(..m.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(m))
    })
}

/// An opener that does not agree with the organ's grammatical gender (French
/// "Convaincu" under "L'Assemblée générale", Arabic يقرر for the Assembly), as the
/// profile finds it: a warning with the agreeing form. Returns true when reported.
pub(crate) fn agreement_check(
    cx: &mut super::Context,
    p: &crate::model::draft::Paragraph,
    body: crate::Body,
) -> bool {
    use crate::text::Span;
    use crate::{msg, Severity};
    let text = cx.doc.text;
    let content = p.content.of(text);
    let Some(a) = cx.doc.profile().agreement(content, body) else {
        return false;
    };
    let span = Span::new(p.content.start + a.start, p.content.start + a.end);
    if span.end > p.content.end || span.start >= span.end {
        return false;
    }
    let found = span.of(text);
    let correct = a.correct;
    let organ = cx.doc.profile().organ_line(body);
    let m = msg!(cx.ui,
        en: "“{found}” does not agree with “{organ}”: write “{correct}”",
        zh: "“{found}”与“{organ}”的语法性别不一致：应为“{correct}”",
        fr: "« {found} » ne s’accorde pas avec « {organ} » : écrire « {correct} »",
        es: "“{found}” no concuerda con “{organ}”: escríbase “{correct}”",
        ru: "«{found}» не согласуется с «{organ}»: следует писать «{correct}»",
        ar: "”{found}“ لا تتطابق مع ”{organ}“: اكتب ”{correct}“");
    let label = msg!(cx.ui,
        en: "Replace with “{correct}”",
        zh: "改为“{correct}”",
        fr: "Remplacer par « {correct} »",
        es: "Sustituir por “{correct}”",
        ru: "Заменить на «{correct}»",
        ar: "استبدل بها ”{correct}“");
    cx.report_at(
        Severity::Warning,
        span,
        m,
        super::edit(span, correct.clone(), label),
    );
    true
}
