use crate::model::CitationKind;
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Body};

declare_rule! {
    /// A draft can only cite what exists when it is tabled. An Assembly resolution or
    /// decision "66/12" was adopted at the sixty-sixth session, so a draft of the
    /// sixty-fourth session citing it cites the future: the number is mistyped or the
    /// draft was copied from a later text without updating it. The same holds for a
    /// symbol "A/RES/66/12"; an ordinary document symbol "A/66/…" may belong to the
    /// next session (its provisional agenda is issued before it opens), but not to a
    /// later one. Nothing is reported when the draft's session is not known.
    pub struct GaCitationSession {
        id: "ga-citation-session",
        category: Citation,
        severity: Error,
        summary: "A cited Assembly resolution or decision is not from a session after the draft's own",
        bad: [
            "Sixty-fourth session\n\nThe General Assembly,\n\nRecalling its resolution 66/12,\n\n1. Requests the Secretary-General to report.\n",
            "第六十四届会议\n\n大会，\n\n回顾其第66/12号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "Sixty-fourth session\n\nThe General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004 and decision 63/550,\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly,\n\nRecalling its resolution 66/12,\n\n1. Requests the Secretary-General to report.\n",
        ],
    }
}

impl Rule for GaCitationSession {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        // The session of a Human Rights Council text is the Council's.
        if doc.body == Body::Hrc {
            return;
        }
        let Some(current) = doc.session else { return };
        for c in &doc.citations {
            let CitationKind::Ga {
                session,
                prefix: None,
                ..
            } = c.kind
            else {
                continue;
            };
            if session <= current {
                continue;
            }
            if !c.from_symbol && super::maybe_other_organs(text, c) {
                continue;
            }
            let found = c.span.of(text);
            let what = if c.decision {
                msg!(cx.ui, en: "decision", zh: "决定",
                    fr: "décision",
                    es: "decisión",
                    ru: "решение",
                    ar: "مقرر")
            } else {
                msg!(cx.ui, en: "resolution", zh: "决议",
                    fr: "résolution",
                    es: "resolución",
                    ru: "резолюция",
                    ar: "قرار")
            };
            let m = msg!(cx.ui,
                en: "The {what} “{found}” is of session {session}, after this draft's session ({current}); check the number",
                zh: "所引{what}“{found}”属于第{session}届会议，晚于本草案所在的第{current}届会议；请核对编号",
                fr: "La {what} « {found} » relève de la session {session}, postérieure à celle du présent projet ({current}) ; vérifier le numéro",
                es: "La {what} “{found}” corresponde al período de sesiones {session}, posterior al de este proyecto ({current}); compruebe el número",
                ru: "Документ «{found}» ({what}) относится к {session}-й сессии, более поздней, чем сессия этого проекта ({current}); проверьте номер",
                ar: "{what} “{found}” من الدورة {session}، وهي لاحقة لدورة هذا المشروع ({current})؛ يرجى التحقق من الرقم");
            cx.report(c.span, m, None);
        }
        for s in &doc.symbols {
            let Some(session) = s.session else { continue };
            let found = s.span.of(text);
            // Resolution symbols are citations, checked above.
            if found.starts_with("A/RES/") || session <= current + 1 {
                continue;
            }
            let m = msg!(cx.ui,
                en: "The symbol “{found}” is of session {session}, more than one session after this draft's ({current}); check it",
                zh: "文号“{found}”属于第{session}届会议，比本草案所在的第{current}届会议晚一届以上；请核对",
                fr: "La cote « {found} » relève de la session {session}, plus d'une session après celle du présent projet ({current}) ; la vérifier",
                es: "La signatura “{found}” corresponde al período de sesiones {session}, más de un período de sesiones después del de este proyecto ({current}); compruébela",
                ru: "Условное обозначение «{found}» относится к {session}-й сессии — более чем на одну сессию позже сессии этого проекта ({current}); проверьте его",
                ar: "الرمز “{found}” من الدورة {session}، أي بعد دورة هذا المشروع ({current}) بأكثر من دورة واحدة؛ يرجى التحقق منه");
            cx.report(s.span, m, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "ga-citation-session";

    #[test]
    fn english_resolutions_decisions_and_symbols() {
        let t = "Sixty-fourth session\n\nThe General Assembly,\n\nRecalling its resolutions 64/1 and 66/12, decision 65/501, resolution ES-10/18, A/RES/70/1, A/65/100 and A/66/100,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let at: Vec<&str> = f.iter().map(|s| s.at.as_str()).collect();
        assert_eq!(at, ["66/12", "65/501", "A/RES/70/1", "A/66/100"], "{f:?}");
        assert!(f.iter().all(|s| s.fix.is_none()));
    }

    #[test]
    fn chinese() {
        let t = "第六十四届会议\n\n大会，\n\n回顾其2004年12月2日第59/50号决议和第66/12号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "66/12");
    }

    #[test]
    fn the_session_of_a_symbol_heading() {
        let t = "A/64/L.12\n\nThe General Assembly,\n\nRecalling its resolution 65/2,\n\n1. Requests the Secretary-General to report.\n";
        assert_eq!(seen(ID, t).len(), 1);
    }
}
