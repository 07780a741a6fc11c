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
                    // The Human Rights Council also "remains seized".
                    // (In other languages the English description says so.)
                    if d.body == Body::Hrc
                        && (phrase.contains("seized")
                            || what.contains("seized")
                            || phrase.contains("继续处理"))
                    {
                        continue;
                    }
                    if let Some(at) = s.find(phrase) {
                        let span = Span::new(p.span.start + at, p.span.start + at + phrase.len());
                        let organ = organ_name(cx.ui, d.body);
                        let m = msg!(cx.ui,
                            en: "“{phrase}” ({what}) is not the language of the {organ}",
                            zh: "“{phrase}”（{what}）不是本机关的用语",
                            fr: "« {phrase} » ({what}) n’est pas une formule employée par {organ}",
                            es: "“{phrase}” ({what}) no es una fórmula que emplee {organ}",
                            ru: "«{phrase}» ({what}) — формулировка, не свойственная органу: {organ}",
                            ar: "“{phrase}” ({what}) ليست من صيغ {organ}");
                        cx.report(span, m, None);
                    }
                }
            }
        }
    }
}

/// The organ's name in the report's language, as the message uses it ("the {organ}").
fn organ_name(ui: crate::options::UiLanguage, body: Body) -> String {
    match body {
        Body::Ga => msg!(ui, en: "General Assembly", zh: "大会",
            fr: "l’Assemblée générale",
            es: "la Asamblea General",
            ru: "Генеральная Ассамблея",
            ar: "الجمعية العامة"),
        Body::Sc => msg!(ui, en: "Security Council", zh: "安全理事会",
            fr: "le Conseil de sécurité",
            es: "el Consejo de Seguridad",
            ru: "Совет Безопасности",
            ar: "مجلس الأمن"),
        Body::Ecosoc => msg!(ui, en: "Economic and Social Council", zh: "经济及社会理事会",
            fr: "le Conseil économique et social",
            es: "el Consejo Económico y Social",
            ru: "Экономический и Социальный Совет",
            ar: "المجلس الاقتصادي والاجتماعي"),
        Body::Hrc => msg!(ui, en: "Human Rights Council", zh: "人权理事会",
            fr: "le Conseil des droits de l’homme",
            es: "el Consejo de Derechos Humanos",
            ru: "Совет по правам человека",
            ar: "مجلس حقوق الإنسان"),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn human_rights_council_remains_seized_in_any_language() {
        let t = "El Consejo de Derechos Humanos,\n\nRecordando la resolución 60/251 de la Asamblea General,\n\n1. Decide seguir ocupándose de la cuestión.\n";
        assert!(findings_of("organ-specific-formula", t).is_empty());
        let t = "La Asamblea General,\n\nRecordando su resolución 60/251,\n\n1. Decide seguir ocupándose de la cuestión.\n";
        assert_eq!(findings_of("organ-specific-formula", t).len(), 1);
    }

    #[test]
    fn human_rights_council_remains_seized_in_russian() {
        let t = "Совет по правам человека,\n\nссылаясь на резолюцию 5/1,\n\n1. постановляет продолжать активно заниматься этим вопросом.\n";
        assert!(findings_of("organ-specific-formula", t).is_empty());
        let t = "Генеральная Ассамблея,\n\nссылаясь на резолюцию 59/50,\n\n1. постановляет продолжать активно заниматься этим вопросом.\n";
        assert_eq!(findings_of("organ-specific-formula", t).len(), 1);
    }
}
