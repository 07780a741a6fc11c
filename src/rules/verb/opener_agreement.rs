use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// In French, Spanish, Russian and Arabic the opening adjective or participle
    /// agrees with the organ: the Assembly is feminine ("Convaincue", "Profondément
    /// préoccupée", "Consciente"), the Security Council and the other councils
    /// masculine ("Convaincu", "Conscient") — conventions §1, §2.1. A form of the
    /// other gender is most likely carried over from another organ's text. The
    /// masculine forms are house knowledge rather than verified text, so this is a
    /// warning. Languages without agreement (English, Chinese) have nothing to check.
    pub struct OpenerAgreement {
        id: "opener-agreement",
        category: Verb,
        severity: Warning,
        summary: "Opening adjectives agree with the organ (Assembly feminine, councils masculine)",
        bad: [
            "L'Assemblée générale,\n\nConvaincu que la coopération régionale est utile,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n",
        ],
        good: [
            "L'Assemblée générale,\n\nConvaincue que la coopération régionale est utile,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n",
            "Le Conseil de sécurité,\n\nConvaincu que la coopération régionale est utile,\n\n1. Décide de rester saisi de la question.\n",
        ],
    }
}

impl Rule for OpenerAgreement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let profile = doc.profile();
        for d in &doc.drafts {
            if profile.gender(d.body).is_none() {
                continue;
            }
            for p in d.paragraphs() {
                let content = p.content.of(text);
                let Some(a) = profile.agreement(content, d.body) else {
                    continue;
                };
                let (Some(found), true) = (
                    content.get(a.start..a.end),
                    a.start <= a.end && a.end <= content.len(),
                ) else {
                    continue;
                };
                let span = Span::new(p.content.start + a.start, p.content.start + a.end);
                let want = a.correct;
                let organ = profile.organ_line(d.body);
                let m = msg!(cx.ui,
                    en: "“{found}” does not agree with “{organ}”; write “{want}”",
                    zh: "“{found}”与“{organ}”的性不一致；应为“{want}”",
                    fr: "« {found} » ne s'accorde pas avec « {organ} » ; écrire « {want} »",
                    es: "“{found}” no concuerda con “{organ}”; escríbase “{want}”",
                    ru: "«{found}» не согласуется с «{organ}»; следует писать «{want}»",
                    ar: "”{found}“ لا يطابق ”{organ}“؛ يكتب ”{want}“");
                let label = msg!(cx.ui,
                    en: "Replace with “{want}”",
                    zh: "改为“{want}”",
                    fr: "Remplacer par « {want} »",
                    es: "Reemplazar por “{want}”",
                    ru: "Заменить на «{want}»",
                    ar: "الاستبدال بـ ”{want}“");
                cx.report(span, m, edit(span, want, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn feminine_under_the_assembly_masculine_under_the_council() {
        let t = "L'Assemblée générale,\n\nSe déclarant vivement préoccupé par la situation,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f.len(), 1);
        let u: Vec<u16> = t.encode_utf16().collect();
        assert_eq!(
            String::from_utf16_lossy(&u[f[0].start..f[0].end]),
            "préoccupé"
        );
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "préoccupée");
        let t = "Le Conseil de sécurité,\n\nConsciente de ses responsabilités,\n\n1. Décide de rester saisi de la question.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "Conscient");
        let t = "The General Assembly,\n\nConvinced that cooperation helps,\n\n1. Decides to remain seized of the matter.\n";
        assert!(findings_of("opener-agreement", t).is_empty());
    }

    #[test]
    fn opener_agrees_with_the_organ() {
        let t = "El Consejo de Seguridad,\n\nProfundamente preocupada por la situación,\n\n1. Decide seguir ocupándose de la cuestión.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].fix.as_ref().map(|x| x.replacement.as_str()),
            Some("preocupado")
        );
        let t = "El Consejo de Seguridad,\n\nProfundamente preocupado por la situación,\n\n1. Decide seguir ocupándose de la cuestión.\n";
        assert!(findings_of("opener-agreement", t).is_empty());
        let t = "La Asamblea General,\n\nConvencido de la importancia de la cooperación,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].fix.as_ref().map(|x| x.replacement.as_str()),
            Some("Convencida")
        );
    }

    #[test]
    fn masculine_verb_under_the_assembly() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50،\n\n1 - يطلب إلى الأمين العام تقديم تقرير؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "تطلب إلى");
        assert_eq!(f[0].severity, crate::Severity::Warning);
        let sc = "إن مجلس الأمن،\n\nإذ يشير إلى قراره 1631 (2005)،\n\n1 - يطلب إلى الأمين العام تقديم تقرير؛\n\n2 - يقرر أن يبقي المسألة قيد نظره الفعلي.\n";
        assert!(findings_of("opener-agreement", sc).is_empty());
    }

    #[test]
    fn participle_agrees_with_the_organ() {
        let t = "Генеральная Ассамблея,\n\nбудучи глубоко обеспокоен положением,\n\n1. просит представить доклад.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "обеспокоена");
        assert_eq!(f[0].severity, crate::Severity::Warning);
        let t = "Совет Безопасности,\n\nбудучи глубоко обеспокоен положением,\n\n1. просит представить доклад.\n";
        assert!(findings_of("opener-agreement", t).is_empty());
    }

    #[test]
    fn arabic_verb_under_the_assembly_is_feminine() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50،\n\nوإذ يرحب بالجهود،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n";
        let f = findings_of("opener-agreement", t);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "ترحب");
    }
}
