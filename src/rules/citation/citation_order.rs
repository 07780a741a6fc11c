use crate::model::{Citation, CitationKind};
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg};
use std::collections::HashMap;

declare_rule! {
    /// Resolutions cited together are listed in the order of their adoption: "its
    /// resolutions 58/2 and 60/1", "resolutions 1267 (1999), 1989 (2011) and 2253
    /// (2015)". The list then reads as the history of the question, and a reader sees
    /// at once what is new. Only citations of one kind are compared (Assembly by
    /// session and number, the Council by number, the Economic and Social Council by
    /// year and number; old-style Assembly numbers "2832 (XXVI)" go before "31/1"); each
    /// one listed after a later one is pointed at.
    pub struct CitationOrder {
        id: "citation-order",
        category: Citation,
        severity: Warning,
        summary: "Resolutions listed together are in chronological order",
        bad: [
            "The General Assembly,\n\nRecalling its resolutions 60/1 and 58/2,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾安全理事会第2253(2015)号和第1267(1999)号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolutions 58/2, 60/1 and 60/7 and Security Council resolution 1631 (2005),\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其1998年12月17日第53/202号和1999年6月8日第53/239号决议，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

/// The kind and the chronological key of a citation.
fn key(c: &Citation, text: &str) -> Option<(u8, u64)> {
    let k = |a: u64, b: u64| a * 100_000 + b;
    let special = c.span.of(text).contains("S-");
    Some(match c.kind {
        CitationKind::Ga {
            session,
            number,
            prefix: None,
        } => (0, k(session.into(), number.into())),
        CitationKind::Ga {
            session,
            number,
            prefix: Some("ES-"),
        } => (1, k(session.into(), number.into())),
        CitationKind::Ga {
            session,
            number,
            prefix: Some(_),
        } => (2, k(session.into(), number.into())),
        // Sessions 1-30 ("2832 (XXVI)") come before session 31; special sessions
        // ("3362 (S-VII)") have their own numbering.
        CitationKind::GaOld { number, session } if !special => {
            (0, k(session.into(), number.into()))
        }
        CitationKind::GaOld { number, .. } => (3, number.into()),
        CitationKind::Sc { number, .. } => (4, number.into()),
        CitationKind::Ecosoc { year, number } => (5, k(year.max(0) as u64, number.into())),
        CitationKind::Hrc { session, number } => (6, k(session.into(), number.into())),
        CitationKind::Other => return None,
    })
}

impl Rule for CitationOrder {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        // The latest key seen so far in each (chain, kind, decision), and what it was.
        let mut last: HashMap<(usize, u8, bool), (u64, usize)> = HashMap::new();
        for (i, c) in doc.citations.iter().enumerate() {
            if c.from_symbol {
                continue;
            }
            let Some((kind, k)) = key(c, text) else {
                continue;
            };
            let slot = (c.chain, kind, c.decision);
            match last.get(&slot) {
                Some(&(prev, pi)) if k < prev => {
                    let found = c.span.of(text);
                    let before = doc.citations[pi].span.of(text);
                    let m = msg!(cx.ui,
                        en: "“{found}” is listed after the later “{before}”; cited resolutions go in chronological order",
                        zh: "“{found}”列在较晚的“{before}”之后；所引决议应按时间顺序排列",
                        fr: "« {found} » figure après « {before} », qui est postérieure ; les résolutions citées suivent l'ordre chronologique",
                        es: "“{found}” figura después de “{before}”, que es posterior; las resoluciones citadas van en orden cronológico",
                        ru: "«{found}» стоит после более поздней «{before}»; цитируемые резолюции перечисляются в хронологическом порядке",
                        ar: "“{found}” مذكور بعد “{before}” الأحدث منه؛ وتُذكر القرارات المستشهد بها بترتيبها الزمني");
                    cx.report(c.span, m, None);
                }
                Some(&(prev, _)) if k <= prev => {}
                _ => {
                    last.insert(slot, (k, i));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "citation-order";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nRecalling its resolutions 60/1, 58/2 and 61/3, Security Council resolutions 2253 (2015) and 1267 (1999), its resolutions 3263 (XXIX) and 61/56, and its resolutions 61/56 and 3263 (XXIX),\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let at: Vec<&str> = f.iter().map(|s| s.at.as_str()).collect();
        assert_eq!(at, ["58/2", "1267 (1999)", "3263 (XXIX)"], "{f:?}");
        assert!(f[0].message.contains("60/1"));
    }

    #[test]
    fn separate_lists_are_not_compared() {
        let t = "The General Assembly,\n\nRecalling its resolution 60/1,\n\nRecalling also its resolution 58/2,\n\n1. Requests the Secretary-General to report.\n";
        assert!(seen(ID, t).is_empty());
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾其第60/1、58/2和61/3号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "58/2");
    }
}
