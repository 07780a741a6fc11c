use crate::lang::Punct;
use crate::model::Draft;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Body, Severity};

declare_rule! {
    /// A General Assembly draft keeps its subject alive by placing the item on the
    /// provisional agenda of a later session ("Decides to include in the provisional
    /// agenda of its sixty-fifth session the item entitled “…”"; 决定将题为“……”的项目列入
    /// 大会第六十五届会议临时议程). Without it the question drops off the agenda and any
    /// report requested has nowhere to go. A draft without the clause is an error. An
    /// adopted resolution pasted as a starting point is only pointed out (items can also
    /// reach the agenda in other ways): a warning when it requests a report, else
    /// information. "Decides to continue its consideration … at its … session" counts as
    /// the clause.
    pub struct FollowUpMissing {
        id: "follow-up-missing",
        category: FollowUp,
        severity: Error,
        summary: "A General Assembly draft places its item on the provisional agenda of a later session",
        bad: [
            "Sixty-fourth session\n\nCooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to submit to the General Assembly at its sixty-fifth session a report on the implementation of the present resolution.\n",
        ],
        good: [
            "Sixty-fourth session\n\nCooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Requests the Secretary-General to submit to the General Assembly at its sixty-fifth session a report on the implementation of the present resolution;\n\n2. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.\n",
        ],
    }
}

/// The clause to add after the last operative paragraph, when the session is known.
fn suggested(cx: &Context, d: &Draft, next: u32) -> Option<(Span, String)> {
    let doc = cx.doc;
    let text = doc.text;
    let last = d.operative.last()?;
    let end = last.end?;
    if end.punct != Punct::FullStop {
        return None;
    }
    let n = last.number.map(|(n, _)| n + 1)?;
    let title = d.title.map(|t| t.of(text).to_string());
    let profile = crate::lang::profile(doc.language);
    let clause = profile.follow_up_clause(next, title.as_deref());
    let semi = Punct::Semicolon.mark(doc.language);
    let label = profile.paragraph_label(n);
    Some((end.span, format!("{semi}\n\n{label} {clause}")))
}

impl Rule for FollowUpMissing {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        for d in &doc.drafts {
            if d.body != Body::Ga || !d.follow_ups.is_empty() || d.operative.is_empty() {
                continue;
            }
            let sev = if !doc.adopted {
                Severity::Error
            } else if !d.reports.is_empty() {
                Severity::Warning
            } else {
                Severity::Info
            };
            let Some(last) = d.operative.last() else {
                continue;
            };
            let here = last.number.map_or_else(
                || {
                    last.opener
                        .as_ref()
                        .map_or(last.span, |o| Span::new(o.start, o.end))
                },
                |(_, s)| s,
            );
            let next = doc.session.map(|s| s + 1);
            let m = match next {
                Some(n) => {
                    let ord = super::session_words(cx.ui_lang(), n);
                    msg!(cx.ui,
                        en: "The draft has no clause placing its item on the provisional agenda of a later session (usually the {ord})",
                        zh: "草案缺少将其项目列入以后届会临时议程的条款（通常为{ord}）",
                        fr: "Le projet ne contient pas de clause inscrivant la question à l'ordre du jour provisoire d'une session ultérieure (en général la {ord})",
                        es: "El proyecto no contiene ninguna cláusula que incluya el tema en el programa provisional de un período de sesiones posterior (normalmente el {ord})",
                        ru: "В проекте нет положения о включении этого пункта в предварительную повестку дня одной из последующих сессий (обычно в повестку дня {ord})",
                        ar: "لا يتضمن المشروع فقرة تُدرج البند في جدول الأعمال المؤقت لدورة لاحقة (عادةً {ord})")
                }
                None => msg!(cx.ui,
                    en: "The draft has no clause placing its item on the provisional agenda of a later session",
                    zh: "草案缺少将其项目列入以后届会临时议程的条款",
                    fr: "Le projet ne contient pas de clause inscrivant la question à l'ordre du jour provisoire d'une session ultérieure",
                    es: "El proyecto no contiene ninguna cláusula que incluya el tema en el programa provisional de un período de sesiones posterior",
                    ru: "В проекте нет положения о включении этого пункта в предварительную повестку дня одной из последующих сессий",
                    ar: "لا يتضمن المشروع فقرة تُدرج البند في جدول الأعمال المؤقت لدورة لاحقة"),
            };
            let fix = next.and_then(|n| suggested(cx, d, n)).and_then(|(span, rep)| {
                let label = msg!(cx.ui, en: "Add the clause for the next session", zh: "添加下届会议的议程条款",
                    fr: "Ajouter la clause visant la session suivante",
                    es: "Añadir la cláusula para el siguiente período de sesiones",
                    ru: "Добавить положение о следующей сессии",
                    ar: "إضافة الفقرة الخاصة بالدورة التالية");
                edit(span, rep, label)
            });
            cx.report_at(sev, here, m, fix);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::{findings_of, fixed_by};

    #[test]
    fn adopted_text_without_report_is_information() {
        let t = "Resolution adopted by the General Assembly on 24 November 2025\n\n80/9. Political Declaration\n\nThe General Assembly\n\nAdopts the Political Declaration annexed to the present resolution.\n\n48th plenary meeting\n24 November 2025\n";
        let f = findings_of("follow-up-missing", t);
        assert_eq!(f[0].severity, crate::Severity::Info);
    }

    #[test]
    fn fix_adds_the_clause() {
        let t = "第六十四届会议\n\n联合国与集体安全条约组织的合作\n\n大会，\n\n回顾其决议，\n\n1. 请秘书长向大会第六十五届会议提交报告。\n";
        let fixed = fixed_by("follow-up-missing", t);
        assert!(fixed.ends_with("提交报告；\n\n2. 决定将题为“联合国与集体安全条约组织的合作”的项目列入大会第六十五届会议临时议程。\n"), "{fixed}");
    }

    #[test]
    fn security_council_needs_no_clause() {
        let t = "The Security Council,\n\n1. Decides to remain seized of the matter.\n";
        assert!(findings_of("follow-up-missing", t).is_empty());
    }
}
