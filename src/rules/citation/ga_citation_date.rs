use super::date_of;
use crate::calendar::{date_in_ga_session, InSession};
use crate::model::CitationKind;
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// An Assembly resolution is numbered by the session that adopted it: "59/50" is
    /// the fiftieth of the fifty-ninth session, which opened in September 2004 and ran
    /// until the sixtieth opened in September 2005. So "resolution 59/50 of 2 December
    /// 1998" cannot be right: either the number or the date is wrong. Old-style
    /// numbers carry the session in roman numerals ("2832 (XXVI)"): session N ran from
    /// September of 1945 + N to September of the next year. Near an opening whose
    /// exact day is not known (before 2003) the finding is only informative.
    pub struct GaCitationDate {
        id: "ga-citation-date",
        category: Citation,
        severity: Error,
        summary: "A cited Assembly resolution's date falls within the session of its number",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 1998,\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly,\n\nRecalling its resolution 2832 (XXVI) of 16 December 1975,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其1998年12月2日第59/50号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolutions 59/50 of 2 December 2004, 2832 (XXVI) of 16 December 1971 and 47/120 B of 18 December 1992,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾其2004年12月2日第59/50号决议，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

impl Rule for GaCitationDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for c in &doc.citations {
            let session = match c.kind {
                // Special and emergency special sessions have their own dates.
                CitationKind::Ga {
                    session,
                    prefix: None,
                    ..
                } if session >= 31 => session,
                // "3362 (S-VII)" is a special session's: the model keeps only VII.
                CitationKind::GaOld { session, .. }
                    if (2..=30).contains(&session) && !c.span.of(text).contains("S-") =>
                {
                    session
                }
                _ => continue,
            };
            let Some(dm) = date_of(doc, c) else { continue };
            if !c.from_symbol && super::maybe_other_organs(text, c) {
                continue;
            }
            let Some(date) = dm.date() else { continue };
            if !date.is_valid() {
                continue; // the date rules report it
            }
            let sev = match date_in_ga_session(session, date) {
                InSession::Inside => continue,
                InSession::Outside => Severity::Error,
                InSession::Uncertain => Severity::Info,
            };
            let found = c.span.of(text);
            let when = dm.span.of(text);
            let (what, what_zh) = if c.decision {
                let what = msg!(cx.ui, en: "Decision", zh: "决定",
                    fr: "La décision",
                    es: "La decisión",
                    ru: "Решение",
                    ar: "المقرر");
                (what, "决定")
            } else {
                let what = msg!(cx.ui, en: "Resolution", zh: "决议",
                    fr: "La résolution",
                    es: "La resolución",
                    ru: "Резолюция",
                    ar: "القرار");
                (what, "决议")
            };
            let (from, to) = (1945 + session as i32, 1946 + session as i32);
            let m = if sev == Severity::Error {
                msg!(cx.ui,
                    en: "{what} “{found}” is of session {session} (September {from} to September {to}), but is dated “{when}”; the number or the date is wrong",
                    zh: "第{found}号{what_zh}属于第{session}届会议（{from}年9月至{to}年9月），但所注日期为“{when}”；编号或日期有误",
                    fr: "{what} « {found} » relève de la session {session} (septembre {from} à septembre {to}), mais porte la date « {when} » ; le numéro ou la date est erroné",
                    es: "{what} “{found}” corresponde al período de sesiones {session} (septiembre de {from} a septiembre de {to}), pero lleva la fecha “{when}”; el número o la fecha es erróneo",
                    ru: "{what} «{found}» относится к {session}-й сессии (сентябрь {from} года — сентябрь {to} года), однако указана дата «{when}»; неверен номер или дата",
                    ar: "{what} “{found}” من الدورة {session} (أيلول/سبتمبر {from} إلى أيلول/سبتمبر {to})، لكن تاريخه “{when}”؛ فالرقم أو التاريخ خاطئ")
            } else {
                msg!(cx.ui,
                    en: "{what} “{found}” is of session {session}, which opened in September {from} on a day not known here; check that “{when}” falls within it",
                    zh: "第{found}号{what_zh}属于第{session}届会议，该届会议于{from}年9月开幕（具体日期不详）；请核对“{when}”是否在该届会议期间",
                    fr: "{what} « {found} » relève de la session {session}, ouverte en septembre {from} à une date inconnue ici ; vérifier que « {when} » tombe pendant cette session",
                    es: "{what} “{found}” corresponde al período de sesiones {session}, que se inauguró en septiembre de {from} en una fecha que aquí se desconoce; compruebe que “{when}” quede dentro de él",
                    ru: "{what} «{found}» относится к {session}-й сессии, открывшейся в сентябре {from} года (точная дата здесь неизвестна); проверьте, приходится ли «{when}» на эту сессию",
                    ar: "{what} “{found}” من الدورة {session} التي افتُتحت في أيلول/سبتمبر {from} في يوم غير معروف هنا؛ يرجى التحقق من أن “{when}” يقع ضمنها")
            };
            cx.report_at(sev, dm.span, m, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;
    use crate::Severity;

    const ID: &str = "ga-citation-date";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nRecalling its resolutions 59/50 of 2 December 1998, 60/1 of 16 September 2005 and 64/3 of 13 September 2010, resolution 2832 (XXVI) of 16 December 1970, resolution 3362 (S-VII) of 16 September 1975,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let at: Vec<(&str, Severity)> = f.iter().map(|s| (s.at.as_str(), s.severity)).collect();
        assert_eq!(
            at,
            [
                ("2 December 1998", Severity::Error),
                ("16 December 1970", Severity::Error),
            ],
            "{f:?}"
        );
    }

    #[test]
    fn uncertain_openings_are_info() {
        let t = "The General Assembly,\n\nRecalling its resolution 47/120 B of 20 September 1993,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn another_organs_resolutions_are_left_alone() {
        let t = "The General Assembly,\n\nNoting that the Human Rights Council, in its resolution 31/3 of 23 March 2016, and its resolution 32/1 of 30 June 2016,\n\nRecalling its resolution 59/50 of 2 December 1998,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "2 December 1998");
        let t = "大会，\n\n注意到人权理事会在其2016年3月23日第31/3号决议中，\n\n1. 请秘书长提交报告。\n";
        assert!(seen(ID, t).is_empty());
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾其1998年12月17日第53/202号和1999年6月8日第54/239号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "1999年6月8日");
        assert!(f[0].fix.is_none());
    }
}
