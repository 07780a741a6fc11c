use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Body};

declare_rule! {
    /// Some formulae belong to one organ. Action under Chapter VII, a determination of a
    /// threat to international peace and security, authorizations to use "all necessary
    /// means" and "Decides to remain seized of the matter" are Security Council language
    /// (the Human Rights Council also remains seized); in an Assembly draft they signal
    /// a text copied from the Council. The Council, having no sessions, cannot place an
    /// item on "the provisional agenda of its … session".
    pub struct OrganSpecificFormula {
        id: "organ-specific-formula",
        category: Verb,
        severity: Warning,
        summary: "No Security Council formula in an Assembly draft, and no Assembly agenda clause in a Council draft",
        bad: [
            "The General Assembly,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n1. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The Security Council,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n1. Decides to remain seized of the matter.\n",
        ],
    }
}

impl Rule for OrganSpecificFormula {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let profile = doc.profile();
        for d in &doc.drafts {
            let list = match d.body {
                Body::Sc => profile.ga_only_formulae(),
                _ => profile.sc_only_formulae(),
            };
            for p in d.paragraphs() {
                let s = p.span.of(text);
                for (phrase, what) in list {
                    // The Human Rights Council also "remains seized" (in any language:
                    // the description names the formula in English).
                    if d.body == Body::Hrc
                        && (phrase.contains("seized")
                            || what.contains("seized")
                            || phrase.contains("继续处理"))
                    {
                        continue;
                    }
                    if let Some(at) = s.find(phrase) {
                        let span = Span::new(p.span.start + at, p.span.start + at + phrase.len());
                        let organ = d.body.name_en();
                        let m = msg!(cx.ui,
                            en: "“{phrase}” ({what}) is not the language of the {organ}",
                            zh: "“{phrase}”（{what}）不是本机关的用语");
                        cx.report(span, m, None);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn human_rights_council_remains_seized_in_russian() {
        let t = "Совет по правам человека,\n\nссылаясь на резолюцию 5/1,\n\n1. постановляет продолжать активно заниматься этим вопросом.\n";
        assert!(findings_of("organ-specific-formula", t).is_empty());
        let t = "Генеральная Ассамблея,\n\nссылаясь на резолюцию 59/50,\n\n1. постановляет продолжать активно заниматься этим вопросом.\n";
        assert_eq!(findings_of("organ-specific-formula", t).len(), 1);
    }
}
