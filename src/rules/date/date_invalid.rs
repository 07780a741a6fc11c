use crate::lang::en;
use crate::rules::{Context, Rule, RuleMeta};
use crate::{declare_rule, msg};

declare_rule! {
    /// A date must exist: no 31 June, no 29 February outside leap years, no 13th
    /// month (conventions §4 "day valid for month", R09/R10 [H]). An impossible date
    /// is a typing error in the day or the month, and only the drafter knows which,
    /// so no fix is offered.
    pub struct DateInvalid {
        id: "date-invalid",
        category: Date,
        severity: Error,
        summary: "Dates exist in the calendar",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 63/1 of 31 June 2009,\n",
            "大会，\n\n回顾其2009年2月30日第63/1号决议，\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 58/1 of 29 February 2004,\n",
            "大会，\n\n回顾其2008年2月29日第62/1号决议，\n",
        ],
    }
}

impl Rule for DateInvalid {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        for d in &doc.dates {
            let d = &super::corrected(doc.text, d);
            if d.is_valid() {
                continue;
            }
            let (y, m) = (d.year, d.month);
            let msg = match d.day {
                Some(day) if (1..=12).contains(&m) => {
                    // The month's name in the report's language, when the language
                    // has a lexicon of months (Russian: the genitive).
                    let month = crate::lang::profile(cx.ui_lang())
                        .date_lexicon()
                        .and_then(|l| l.months.get(m as usize - 1))
                        .and_then(|forms| forms.first())
                        .copied()
                        .unwrap_or(en::MONTHS[m as usize - 1]);
                    msg!(cx.ui,
                        en: "There is no {day} {month} {y}",
                        zh: "{y}年{m}月没有{day}日",
                        fr: "Le {day} {month} {y} n'existe pas",
                        es: "No existe el {day} de {month} de {y}",
                        ru: "Даты {day} {month} {y} года не существует",
                        ar: "لا يوجد يوم {day} {month} {y}")
                }
                _ => msg!(cx.ui,
                    en: "There is no month {m}",
                    zh: "没有{m}月",
                    fr: "Il n'existe pas de mois {m}",
                    es: "No existe el mes {m}",
                    ru: "Месяца {m} не существует",
                    ar: "لا يوجد شهر {m}"),
            };
            cx.report(d.span, msg, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::covered;

    const ID: &str = "date-invalid";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nRecalling 31 June 2009, 29 February 2005, 29 February 2000 and 30 April 2001,\n";
        assert_eq!(covered(ID, t), ["31 June 2009", "29 February 2005"]);
        let t = "The General Assembly,\n\nRecalling its resolution 59/31 of June 2009,\n";
        assert!(covered(ID, t).is_empty());
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾2009年2月30日、2009年13月1日、2009年13月和2009年12月31日的决议，\n";
        assert_eq!(
            covered(ID, t),
            ["2009年2月30日", "2009年13月1日", "2009年13月"]
        );
    }
}
