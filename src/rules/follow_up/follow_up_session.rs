use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Language, Severity};

declare_rule! {
    /// The clause looks ahead: the item goes on the agenda of a later session than the
    /// current one (normally the next; two or three ahead for biennial and triennial
    /// items). The current session or an earlier one is impossible; more than three
    /// sessions ahead is unusual and worth a second look.
    pub struct FollowUpSession {
        id: "follow-up-session",
        category: FollowUp,
        severity: Error,
        summary: "The follow-up clause names a later session than the current one",
        bad: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fourth session the item entitled “Cooperation”.\n",
        ],
        good: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation”.\n",
        ],
    }
}

impl Rule for FollowUpSession {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let Some(current) = doc.session else { return };
        let text = doc.text;
        for d in &doc.drafts {
            for f in &d.follow_ups {
                let n = f.session;
                let found = f.session_span.of(text);
                if n <= current {
                    let next = current + 1;
                    let want = super::session_words(doc.language, next);
                    // The current session in the report's language ("sixty-fourth",
                    // "soixante-quatrième session").
                    let cur = match cx.ui_lang() {
                        Language::En | Language::Zh => crate::lang::en::ordinal(current),
                        ui => super::session_words(ui, current),
                    };
                    let cur_zh = crate::lang::zh::numeral(current);
                    let m = msg!(cx.ui,
                        en: "The follow-up clause names the {found}, but the current session is the {cur}; it must be a later one (usually the {want})",
                        zh: "后续条款写的是“{found}”，而本届为第{cur_zh}届；应为以后的届会（通常为“{want}”）",
                        fr: "La clause de suivi vise « {found} », mais la session en cours est la {cur} ; il faut une session ultérieure (en général « {want} »)",
                        es: "La cláusula de seguimiento menciona “{found}”, pero el período de sesiones en curso es el {cur}; debe ser uno posterior (normalmente “{want}”)",
                        ru: "Положение о дальнейшем рассмотрении называет «{found}», однако проект рассматривается в ходе {cur}; нужна более поздняя сессия (обычно «{want}»)",
                        ar: "تذكر فقرة المتابعة “{found}”، لكن الدورة الحالية هي {cur}؛ ويجب أن تكون دورة لاحقة (عادةً “{want}”)");
                    let label = msg!(cx.ui, en: "Use the {want}", zh: "改为“{want}”",
                        fr: "Utiliser « {want} »",
                        es: "Usar “{want}”",
                        ru: "Использовать «{want}»",
                        ar: "استخدام “{want}”");
                    // Keep the capital of a capitalised ordinal.
                    let want_cased = if doc.language == Language::En
                        && found.starts_with(|c: char| c.is_ascii_uppercase())
                    {
                        crate::lang::en::upper_first(&want)
                    } else {
                        want.clone()
                    };
                    cx.report(f.session_span, m, edit(f.session_span, want_cased, label));
                } else if n > current + 3 {
                    let ahead = n - current;
                    let m = msg!(cx.ui,
                        en: "The follow-up clause names a session {ahead} sessions ahead; items usually return within three sessions",
                        zh: "后续条款所列届会比本届晚{ahead}届；项目通常在三届之内重新审议",
                        fr: "La clause de suivi vise une session située {ahead} sessions plus loin ; les questions reviennent en général dans un délai de trois sessions",
                        es: "La cláusula de seguimiento menciona un período de sesiones que está {ahead} períodos de sesiones más adelante; los temas suelen volver en un plazo de tres períodos de sesiones",
                        ru: "Положение о дальнейшем рассмотрении называет слишком далёкую сессию (разница с текущей: {ahead}); обычно пункт возвращается в повестку дня в пределах трёх сессий",
                        ar: "تذكر فقرة المتابعة دورة تأتي بعد {ahead} دورات؛ وعادةً ما تعود البنود في غضون ثلاث دورات");
                    cx.report_at(Severity::Warning, f.session_span, m, None);
                }
            }
        }
    }
}
