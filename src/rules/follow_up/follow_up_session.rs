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
                    let cur = crate::lang::en::ordinal(current);
                    let cur_zh = crate::lang::zh::numeral(current);
                    let m = msg!(cx.ui,
                        en: "The follow-up clause names the {found}, but the current session is the {cur}; it must be a later one (usually the {want})",
                        zh: "后续条款写的是“{found}”，而本届为第{cur_zh}届；应为以后的届会（通常为“{want}”）");
                    let label = msg!(cx.ui, en: "Use the {want}", zh: "改为“{want}”");
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
                        zh: "后续条款所列届会比本届晚{ahead}届；项目通常在三届之内重新审议");
                    cx.report_at(Severity::Warning, f.session_span, m, None);
                }
            }
        }
    }
}
