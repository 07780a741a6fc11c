use super::date_of;
use crate::calendar::{sc_check, sc_year_of, ScCheck};
use crate::model::CitationKind;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Security Council resolutions are numbered consecutively since 1946 and cited
    /// with the year of their adoption: "resolution 1631 (2005)". The number fixes the
    /// year (1631 was adopted on 17 October 2005), so "2140 (2015)" is wrong (2140 is
    /// of 2014), and so is a date in another year than the one in brackets
    /// ("1631 (2005) of 17 October 2006"). Wrong years are copied from text to text;
    /// the numbering table (conventions §6.2) catches them. Numbers the table does
    /// not cover are not judged.
    pub struct ScCitationYear {
        id: "sc-citation-year",
        category: Citation,
        severity: Error,
        summary: "A Security Council resolution's year matches its number and its date",
        bad: [
            "The Security Council,\n\nRecalling its resolution 2140 (2015),\n\n1. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\nRecalling Security Council resolution 1631 (2005) of 17 October 2006,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n回顾安全理事会2005年10月17日第1631(2006)号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The Security Council,\n\nRecalling its resolutions 1631 (2005) of 17 October 2005, 2140 (2014) and 242 (1967),\n\n1. Decides to remain seized of the matter.\n",
            "大会，\n\n回顾安全理事会 2005 年 10 月 17 日第 1631(2005)号决议和2003年7月28日第1493号决议，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

impl Rule for ScCitationYear {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for c in &doc.citations {
            let CitationKind::Sc { number, year } = c.kind else {
                continue;
            };
            // The year as the text has it, and where its digits are.
            let digits = c.year_span.and_then(|ys| {
                let s = ys.of(text);
                let off = s.find(|ch: char| ch.is_ascii_digit())?;
                Some(Span::new(ys.start + off, ys.start + off + 4))
                    .filter(|d| d.end <= ys.end && text.get(d.start..d.end).is_some())
            });
            let mut true_year = year;
            if let (Some(y), Some(ds)) = (year, digits) {
                match sc_check(number, y) {
                    ScCheck::WrongYear(right) => {
                        true_year = Some(right);
                        let m = msg!(cx.ui,
                            en: "Security Council resolution {number} was adopted in {right}, not {y}",
                            zh: "安全理事会第{number}号决议是{right}年通过的，而非{y}年",
                            fr: "La résolution {number} du Conseil de sécurité a été adoptée en {right}, et non en {y}",
                            es: "La resolución {number} del Consejo de Seguridad se aprobó en {right}, no en {y}",
                            ru: "Резолюция {number} Совета Безопасности была принята в {right} году, а не в {y} году",
                            ar: "اتُّخذ قرار مجلس الأمن {number} في عام {right}، لا في عام {y}");
                        let label = msg!(cx.ui, en: "Replace with “{right}”", zh: "改为“{right}”",
                            fr: "Remplacer par « {right} »",
                            es: "Sustituir por “{right}”",
                            ru: "Заменить на «{right}»",
                            ar: "الاستبدال بـ“{right}”");
                        cx.report(ds, m, edit(ds, right.to_string(), label));
                    }
                    ScCheck::Inconsistent => {
                        true_year = None;
                        let m = msg!(cx.ui,
                            en: "Security Council resolution {number} cannot be of {y}: the numbers of that year are different",
                            zh: "安全理事会第{number}号决议不可能是{y}年的：该年决议编号不在此范围",
                            fr: "La résolution {number} du Conseil de sécurité ne peut pas dater de {y} : les numéros de cette année-là sont différents",
                            es: "La resolución {number} del Consejo de Seguridad no puede ser de {y}: los números de ese año son otros",
                            ru: "Резолюция {number} Совета Безопасности не может относиться к {y} году: у резолюций того года другие номера",
                            ar: "لا يمكن أن يكون قرار مجلس الأمن {number} من عام {y}: فأرقام قرارات ذلك العام مختلفة");
                        cx.report(ds, m, None);
                    }
                    ScCheck::Consistent | ScCheck::Unknown => {}
                }
            } else if year.is_none() {
                true_year = sc_year_of(number);
            }
            // The date, when there is one, is in the year of the resolution.
            let (Some(y), Some(dm)) = (true_year, date_of(doc, c)) else {
                continue;
            };
            if dm.year == y {
                continue;
            }
            let when = dm.span.of(text);
            let found = c.span.of(text);
            let m = if year == Some(y) {
                msg!(cx.ui,
                    en: "Resolution “{found}” is dated “{when}”: the date's year differs from the year in brackets",
                    zh: "第{found}号决议的日期“{when}”与括号中的年份不一致",
                    fr: "La résolution « {found} » porte la date « {when} » : l'année de la date diffère de celle entre parenthèses",
                    es: "La resolución “{found}” lleva la fecha “{when}”: el año de la fecha no coincide con el año entre paréntesis",
                    ru: "Резолюция «{found}» датирована «{when}»: год в дате не совпадает с годом в скобках",
                    ar: "القرار “{found}” مؤرخ “{when}”: سنة التاريخ تختلف عن السنة الواردة بين قوسين")
            } else {
                msg!(cx.ui,
                    en: "Security Council resolution {number} was adopted in {y}, but is dated “{when}”",
                    zh: "安全理事会第{number}号决议是{y}年通过的，但所注日期为“{when}”",
                    fr: "La résolution {number} du Conseil de sécurité a été adoptée en {y}, mais porte la date « {when} »",
                    es: "La resolución {number} del Consejo de Seguridad se aprobó en {y}, pero lleva la fecha “{when}”",
                    ru: "Резолюция {number} Совета Безопасности была принята в {y} году, но датирована «{when}»",
                    ar: "اتُّخذ قرار مجلس الأمن {number} في عام {y}، لكنه مؤرخ “{when}”")
            };
            cx.report(dm.span, m, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;

    const ID: &str = "sc-citation-year";

    #[test]
    fn wrong_year_gets_the_right_one() {
        let t = "The Security Council,\n\nRecalling its resolutions 2014 (2011), 2140 (2015) and 2216 (2015),\n\n1. Decides to remain seized of the matter.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "2015");
        assert_eq!(f[0].fix.as_deref(), Some("2014"));
        assert!(f[0].fixed.as_deref().unwrap().contains("2140 (2014) and"));
    }

    #[test]
    fn inconsistent_and_unknown() {
        let t = "The Security Council,\n\nRecalling its resolutions 2790 (2025), 1631 (1945) and 242 (1967),\n\n1. Decides to remain seized of the matter.\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].at, "1945");
        assert!(f[0].fix.is_none());
    }

    #[test]
    fn date_in_another_year() {
        let t = "The General Assembly,\n\nRecalling Security Council resolutions 1631 (2005) of 17 October 2006 and 242 (1967) of 22 November 1968,\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let at: Vec<&str> = f.iter().map(|s| s.at.as_str()).collect();
        assert_eq!(at, ["17 October 2006", "22 November 1968"]);
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n回顾安全理事会2005年10月17日第1631(2006)号决议、2014年2月26日第2140(2015)号决议和安全理事会2004年7月28日第1493号决议，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        let at: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.fix.as_deref()))
            .collect();
        assert_eq!(
            at,
            [
                ("2006", Some("2005")),
                ("2015", Some("2014")),
                ("2004年7月28日", None)
            ],
            "{f:?}"
        );
    }
}
