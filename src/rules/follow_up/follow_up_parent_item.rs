use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg};

declare_rule! {
    /// A sub-item lives under an agenda item: the clause that places a sub-item names
    /// its item too ("Decides to include in the provisional agenda of its eighty-first
    /// session, under the item entitled “General and complete disarmament”, the
    /// sub-item entitled “…”"; 在大会……临时议程题为“……”的项目下列入题为“……”的分项).
    /// Without it the Secretariat cannot tell where the sub-item goes. The seed's clause
    /// asks for a 分项 with no item. The Chinese form is not attested in a UN text seen
    /// here, so this is a warning.
    pub struct FollowUpParentItem {
        id: "follow-up-parent-item",
        category: FollowUp,
        severity: Warning,
        summary: "A follow-up clause that places a sub-item names the item it goes under",
        bad: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the sub-item entitled “Cooperation”.\n",
        ],
        good: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation”.\n",
        ],
    }
}

impl Rule for FollowUpParentItem {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        for d in &cx.doc.drafts {
            for f in &d.follow_ups {
                if f.sub_item && f.titles < 2 {
                    let span = f.title.unwrap_or(f.session_span);
                    let m = msg!(cx.ui,
                        en: "The clause places a sub-item but does not name the item it goes under (“under the item entitled …”)",
                        zh: "条款列入的是分项，但未说明其所属项目（“在题为……的项目下”）",
                        fr: "La clause inscrit une subdivision sans nommer la question dont elle relève (« au titre de la question intitulée … »)",
                        es: "La cláusula incluye un subtema pero no nombra el tema al que pertenece (“en relación con el tema titulado …”)",
                        ru: "Положение включает подпункт, но не называет пункт, к которому он относится («в рамках пункта, озаглавленного …»)",
                        ar: "تُدرج الفقرة بندًا فرعيًا دون ذكر البند الذي يندرج تحته (“في إطار البند المعنون …”)");
                    cx.report(span, m, None);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn seed_clause_lacks_its_item() {
        let t = "第六十四届会议\n\n大会，\n\n1. 决定在其第六十五届会议临时议程中列入一个题为“联合国与集体安全条约组织的合作”的分项。\n";
        assert_eq!(findings_of("follow-up-parent-item", t).len(), 1);
        let t = "第六十四届会议\n\n大会，\n\n1. 决定在大会第六十五届会议临时议程题为“联合国同区域组织和其他组织的合作”的项目下列入题为“联合国与集体安全条约组织的合作”的分项。\n";
        assert!(findings_of("follow-up-parent-item", t).is_empty());
    }
}
