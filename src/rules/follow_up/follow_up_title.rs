use crate::model::draft::FollowUpKind;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// The item placed on the agenda is the draft's own: its title is normally the
    /// agenda item's (or sub-item's) title, and the follow-up clause quotes it. A
    /// different title puts another item on the agenda, or misquotes this one. Several
    /// resolutions may share one item with different titles, so this is a warning.
    pub struct FollowUpTitle {
        id: "follow-up-title",
        category: FollowUp,
        severity: Warning,
        summary: "The title quoted in the follow-up clause matches the draft's title",
        bad: [
            "Sixty-fourth session\n\nCooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation between the United Nations and the Shanghai Cooperation Organization”.\n",
        ],
        good: [
            "Sixty-fourth session\n\nCooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.\n",
        ],
    }
}

/// A title reduced to what matters for comparison: letters and digits, case folded,
/// hyphens and quotation marks of every kind unified, spaces collapsed.
fn normal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '“' | '”' | '"' | '«' | '»' | '„' => '"',
            '‘' | '’' | '\'' => '\'',
            c if c.is_whitespace() || c == '\u{202F}' || c == '\u{200B}' => ' ',
            c => c,
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

impl Rule for FollowUpTitle {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for d in &doc.drafts {
            let Some(title) = d.title else { continue };
            let t = title.of(text).trim();
            // A draft may place several items; one of them must be its own.
            let matches = |q: crate::text::Span| normal(q.of(text)) == normal(t);
            if d.follow_ups.iter().any(|f| f.title.is_some_and(matches)) {
                continue;
            }
            // A clause continuing the consideration of a question "under the item
            // entitled …" names the agenda item, which need not be the draft's title.
            if let Some(f) = d
                .follow_ups
                .iter()
                .rev()
                .find(|f| f.title.is_some() && f.kind == FollowUpKind::AgendaInclusion)
            {
                let Some(q) = f.title else { continue };
                let quoted = q.of(text);
                let m = msg!(cx.ui,
                    en: "The follow-up clause names the item “{quoted}”, but the draft's title is “{t}”",
                    zh: "后续条款所列项目为“{quoted}”，而草案标题为“{t}”",
                    fr: "La clause de suivi nomme la question « {quoted} », mais le titre du projet est « {t} »",
                    es: "La cláusula de seguimiento menciona el tema “{quoted}”, pero el título del proyecto es “{t}”",
                    ru: "В положении о дальнейшем рассмотрении пункт назван «{quoted}», а название проекта — «{t}»",
                    ar: "تذكر فقرة المتابعة البند “{quoted}”، لكن عنوان المشروع هو “{t}”");
                let label = msg!(cx.ui, en: "Use the draft's title", zh: "改用草案标题",
                    fr: "Utiliser le titre du projet",
                    es: "Usar el título del proyecto",
                    ru: "Использовать название проекта",
                    ar: "استخدام عنوان المشروع");
                cx.report(Span::new(q.start, q.end), m, edit(q, t, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::normal;
    use crate::rules::tests::findings_of;

    #[test]
    fn comparison_ignores_hyphen_and_space_variants() {
        assert_eq!(
            normal("Youth, disarmament and non\u{2011}proliferation"),
            normal("Youth,  disarmament and non-proliferation")
        );
        assert_eq!(
            normal("arms race in\u{202F}outer space"),
            normal("arms race in outer space")
        );
    }

    #[test]
    fn an_item_named_by_a_continuing_clause_is_not_the_title() {
        let t = "Sixty-fourth session\n\nViolence against women migrant workers\n\nThe General Assembly,\n\n1. Decides to consider the question at its sixty-sixth session under the item entitled “Advancement of women”.\n";
        assert!(findings_of("follow-up-title", t).is_empty());
        assert!(findings_of("follow-up-missing", t).is_empty());
        let t = "Soixante-quatrième session\n\nViolence à l'égard des travailleuses migrantes\n\nL'Assemblée générale,\n\n1. Décide d'examiner la question à sa soixante-sixième session, au titre de la question intitulée «\u{A0}Promotion de la femme\u{A0}».\n";
        assert!(findings_of("follow-up-title", t).is_empty());
        assert!(findings_of("follow-up-missing", t).is_empty());
    }

    #[test]
    fn chinese_title() {
        let t = "第六十四届会议\n\n联合国与集体安全条约组织的合作\n\n大会，\n\n1. 决定将题为“联合国与上海合作组织的合作”的项目列入大会第六十五届会议临时议程。\n";
        let f = findings_of("follow-up-title", t);
        assert_eq!(
            f[0].fix.as_ref().unwrap().replacement,
            "联合国与集体安全条约组织的合作"
        );
    }
}
