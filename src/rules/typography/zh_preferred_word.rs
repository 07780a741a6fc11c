use crate::lang::zh;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// UN Chinese texts write 其他, not 其它: 61/211 has 其他多边组织 and A/ES-11/L.7
    /// 其他; 其它 survives only in some older copies such as the S/RES/1766 (2007)
    /// one (conventions §7.6, R19 [M]). The list of such variants is
    /// `lang::zh::PREFERRED_WORDS`.
    pub struct ZhPreferredWord {
        id: "zh-preferred-word",
        category: Typography,
        severity: Warning,
        summary: "Preferred Chinese word forms (其他, not 其它)",
        bad: ["大会，\n\n1. 请区域和其它政府间组织提供协助。\n"],
        good: ["大会，\n\n1. 请区域和其他政府间组织提供协助。\n"],
    }
}

impl Rule for ZhPreferredWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let text = cx.doc.text;
        if !text.contains(|c: char| !c.is_ascii()) {
            return;
        }
        for &(bad, good) in zh::PREFERRED_WORDS {
            for (i, _) in text.match_indices(bad) {
                let span = Span::new(i, i + bad.len());
                let m = msg!(cx.ui,
                    en: "UN Chinese texts write “{good}”, not “{bad}”",
                    zh: "联合国中文文本通常写作“{good}”，而非“{bad}”",
                    fr: "Les textes chinois de l'ONU écrivent « {good} », et non « {bad} »",
                    es: "Los textos chinos de las Naciones Unidas escriben “{good}”, no “{bad}”",
                    ru: "В китайских текстах ООН пишется «{good}», а не «{bad}»",
                    ar: "تكتب نصوص الأمم المتحدة الصينية “{good}”، لا “{bad}”");
                let label = msg!(cx.ui, en: "Replace with “{good}”", zh: "改为“{good}”",
                    fr: "Remplacer par « {good} »",
                    es: "Sustituir por “{good}”",
                    ru: "Заменить на «{good}»",
                    ar: "الاستبدال بـ“{good}”");
                cx.report(span, m, edit(span, good, label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::hits;

    #[test]
    fn qita() {
        let t = "大会，\n\n1. 请区域和其它政府间组织及其它机构提供协助。\n";
        let h = hits("zh-preferred-word", t);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].covered, "其它");
        assert!(h[0].fixed.as_deref().unwrap().contains("和其他政府间"));
    }
}
