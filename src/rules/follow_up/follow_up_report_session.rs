use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg};

declare_rule! {
    /// A report requested of the Secretary-General is considered under the item the
    /// draft places on the agenda; if the report is due at one session and the item at
    /// another, one of the two is wrong. (Reports of other bodies, such as the
    /// Conference on Disarmament's annual report, follow their own cycle and are not
    /// compared; nor are reports requested on a cycle — "and subsequently on a biennial
    /// basis" — which may fall at other sessions than the item.)
    pub struct FollowUpReportSession {
        id: "follow-up-report-session",
        category: FollowUp,
        severity: Warning,
        summary: "A report requested of the Secretary-General is due at the session the item is placed on",
        bad: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Requests the Secretary-General to submit to the General Assembly at its sixty-sixth session a report on the implementation of the present resolution;\n\n2. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation”.\n",
        ],
        good: [
            "Sixty-fourth session\n\nThe General Assembly,\n\n1. Requests the Secretary-General to submit to the General Assembly at its sixty-fifth session a report on the implementation of the present resolution;\n\n2. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation”.\n",
        ],
    }
}

impl Rule for FollowUpReportSession {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for d in &doc.drafts {
            let Some(first) = d.follow_ups.first() else {
                continue;
            };
            for r in &d.reports {
                if d.follow_ups.iter().any(|f| f.session == r.session) {
                    continue;
                }
                let para = d.operative.get(r.paragraph).map_or("", |p| p.span.of(text));
                let cyclic = [
                    "biennial",
                    "triennial",
                    "annual",
                    "subsequently",
                    "每两年",
                    "每三年",
                    "每年",
                    "此后",
                ];
                if cyclic.iter().any(|w| para.contains(w)) {
                    continue;
                }
                let found = r.session_span.of(text);
                let item = first.session_span.of(text);
                let m = msg!(cx.ui,
                    en: "The report is requested for the {found}, but the item is placed on the agenda of the {item}",
                    zh: "报告要求提交给“{found}”，而项目列入的是“{item}”临时议程",
                    fr: "Le rapport est demandé pour « {found} », mais la question est inscrite à l'ordre du jour de « {item} »",
                    es: "El informe se solicita para “{found}”, pero el tema se incluye en el programa de “{item}”",
                    ru: "Доклад запрошен к сессии «{found}», а пункт включён в повестку дня сессии «{item}»",
                    ar: "يُطلب التقرير لـ“{found}”، لكن البند مدرج في جدول أعمال “{item}”");
                // With one clause, its session is the likely intent.
                let fix = (d.follow_ups.len() == 1).then(|| {
                    let label = msg!(cx.ui, en: "Use the {item}", zh: "改为“{item}”",
                        fr: "Utiliser « {item} »",
                        es: "Usar “{item}”",
                        ru: "Использовать «{item}»",
                        ar: "استخدام “{item}”");
                    edit(r.session_span, item, label)
                });
                cx.report(r.session_span, m, fix.flatten());
            }
        }
    }
}
