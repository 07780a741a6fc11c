use super::date_of;
use crate::model::CitationKind;
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg};

declare_rule! {
    /// Since 1978 the Economic and Social Council numbers its resolutions and
    /// decisions by year: "2009/3" is the third resolution of 2009. A date in another
    /// year ("resolution 2009/3 of 24 July 2008") means the number or the date is
    /// wrong.
    pub struct EcosocCitationYear {
        id: "ecosoc-citation-year",
        category: Citation,
        severity: Error,
        summary: "A cited Economic and Social Council resolution is dated in the year of its number",
        bad: [
            "The General Assembly,\n\nRecalling Economic and Social Council resolution 2009/3 of 24 July 2008,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾经济及社会理事会1982年4月26日第1983/112号决定，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling Economic and Social Council resolution 2009/3 of 28 July 2009,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾经济及社会理事会1982年4月26日第1982/112号决定，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

impl Rule for EcosocCitationYear {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for c in &doc.citations {
            let CitationKind::Ecosoc { year, .. } = c.kind else {
                continue;
            };
            let Some(dm) = date_of(doc, c) else { continue };
            if dm.year == year {
                continue;
            }
            let found = c.span.of(text);
            let when = dm.span.of(text);
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
                en: "Economic and Social Council {what} {found} is of {year}, but is dated “{when}”; the number or the date is wrong",
                zh: "经济及社会理事会第{found}号{what}属于{year}年，但所注日期为“{when}”；编号或日期有误",
                fr: "La {what} {found} du Conseil économique et social est de {year}, mais porte la date « {when} » ; le numéro ou la date est erroné",
                es: "La {what} {found} del Consejo Económico y Social es de {year}, pero lleva la fecha “{when}”; el número o la fecha es erróneo",
                ru: "Экономический и Социальный Совет: {what} {found} относится к {year} году, однако указана дата «{when}»; неверен номер или дата",
                ar: "{what} المجلس الاقتصادي والاجتماعي {found} صادر في عام {year}، لكن تاريخه “{when}”؛ فالرقم أو التاريخ خاطئ");
            cx.report(dm.span, m, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "ecosoc-citation-year";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nRecalling Economic and Social Council resolutions 2008/1 of 21 July 2008 and 2009/3 of 24 July 2008, and decision 1993/207 of 2 February 1993,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "24 July 2008");
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾经济及社会理事会2008年7月24日第2009/3号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "2008年7月24日");
    }
}
