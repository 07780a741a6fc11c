use crate::lang::{en, zh};
use crate::model::OrdinalForm;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Language, Severity};

declare_rule! {
    /// Sessions are written out: "sixty-fifth session", hyphenated and in words, not
    /// "65th session" or "sixty fifth session" (meetings keep figures: "82nd plenary
    /// meeting"). UN Chinese writes sessions in Chinese numerals (第六十五届会议) while
    /// meetings keep Arabic figures (第93次全体会议); 第65届会议 is a warning, as other
    /// organizations' Chinese uses it.
    pub struct SessionOrdinal {
        id: "session-ordinal",
        category: FollowUp,
        severity: Error,
        summary: "Session ordinals are written in words (“sixty-fifth session”, “第六十五届会议”)",
        bad: [
            "The General Assembly,\n\n1. Decides to include in the provisional agenda of its 65th session the item entitled “Cooperation”.\n",
            "大会，\n\n1. 决定将题为“合作”的项目列入大会第65届会议临时议程。\n",
        ],
        good: [
            "The General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation”.\n",
        ],
    }
}

impl Rule for SessionOrdinal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for r in &doc.sessions {
            let found = r.ordinal.of(text);
            let (want, sev) = match r.form {
                OrdinalForm::Words => continue,
                OrdinalForm::Figures | OrdinalForm::Unhyphenated => {
                    if !(1..=99).contains(&r.value) {
                        continue;
                    }
                    // A mention in the document's own language ("الدورة 65") takes
                    // that language's ordinal; the English masthead keeps English.
                    let english = doc.language == Language::En
                        || doc.language == Language::Zh
                        || r.span.of(text).contains("session");
                    if !english {
                        let sev = if r.form == OrdinalForm::Figures {
                            Severity::Error
                        } else {
                            Severity::Warning
                        };
                        (doc.profile().ordinal(r.value), sev)
                    } else {
                        let w = en::ordinal(r.value);
                        let w = if found.starts_with(|c: char| c.is_ascii_uppercase()) {
                            en::upper_first(&w)
                        } else {
                            w
                        };
                        (w, Severity::Error)
                    }
                }
                OrdinalForm::Arabic => (zh::numeral(r.value), Severity::Warning),
            };
            let m = msg!(cx.ui,
                en: "Sessions are written in words: “{want}”, not “{found}”",
                zh: "届会序数应使用文字：“{want}”，而非“{found}”");
            let label = msg!(cx.ui, en: "Replace with “{want}”", zh: "改为“{want}”");
            cx.report_at(sev, r.ordinal, m, edit(r.ordinal, want.clone(), label));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn arabic_figures_take_the_arabic_ordinal() {
        let t = "إن الجمعية العامة،\n\n1 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها 65 البند المعنون ”التعاون“.\n";
        let f = findings_of("session-ordinal", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "الخامسة والستين");
    }
}
