//! Operative-verb conventions: openers of the right class and form, repetitions.

pub mod adverb_placement;
pub mod opener_agreement;
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
    &opener_agreement::OpenerAgreement,
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
            zh: "“{found}”出自模拟联合国用语表，而非联合国决议",
            fr: "« {found} » provient des listes de formules des simulations de l’ONU, et non des résolutions de l’ONU",
            es: "“{found}” procede de las listas de fórmulas de los modelos de las Naciones Unidas, no de las resoluciones de las Naciones Unidas",
            ru: "«{found}» взято из списков формулировок моделей ООН, а не из резолюций ООН",
            ar: "“{found}” مأخوذ من قوائم عبارات نماذج محاكاة الأمم المتحدة، لا من قرارات الأمم المتحدة");
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
                    zh: "开头词首字母应大写：“{fixed}”",
                    fr: "Le premier mot prend une majuscule : « {fixed} »",
                    es: "La primera palabra lleva mayúscula: “{fixed}”",
                    ru: "Первое слово пишется с прописной буквы: «{fixed}»",
                    ar: "تُكتب الكلمة الأولى بحرف كبير: “{fixed}”"),
                msg!(cx.ui, en: "Capitalize", zh: "改为大写",
                    fr: "Mettre une majuscule",
                    es: "Poner mayúscula",
                    ru: "Написать с прописной буквы",
                    ar: "الكتابة بحرف كبير"),
            )
        } else {
            (
                msg!(cx.ui,
                    en: "In Russian the opening word takes lower case: “{fixed}”",
                    zh: "俄文开头词应小写：“{fixed}”",
                    fr: "En russe, le premier mot prend une minuscule : « {fixed} »",
                    es: "En ruso, la primera palabra va en minúscula: “{fixed}”",
                    ru: "В русском тексте первое слово пишется со строчной буквы: «{fixed}»",
                    ar: "في النص الروسي تُكتب الكلمة الأولى بحرف صغير: “{fixed}”"),
                msg!(cx.ui, en: "Use lower case", zh: "改为小写",
                    fr: "Mettre une minuscule",
                    es: "Poner minúscula",
                    ru: "Написать со строчной буквы",
                    ar: "الكتابة بحرف صغير"),
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
