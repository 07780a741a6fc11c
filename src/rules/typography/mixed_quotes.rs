use crate::options::Language;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// UN English documents use curly quotation marks (“ ” and ‘ ’) throughout [H:
    /// every official text examined]. A text using both straight (" ') and curly quotes
    /// was assembled from several sources; the rarer style is reported (straight ones
    /// on a tie), with the other style's mark as the fix: opening after a space, the
    /// start of a line or a bracket, closing otherwise. Apostrophes inside or after
    /// words (don’t, Member States') are not quotation marks.
    pub struct MixedQuotes {
        id: "mixed-quotes",
        category: Typography,
        severity: Warning,
        summary: "One style of quotation marks (curly or straight) throughout",
        bad: [
            "The General Assembly,\n\nRecalling its “commitments”,\n\n1. Decides to include the item entitled \"Cooperation\".\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its “commitments” and the Member States' ‘views’,\n\n1. Decides to include the item entitled “Cooperation”.\n",
        ],
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight { open: bool, double: bool },
    Curly { double: bool },
}

fn opening_position(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“‘\"'".contains(p))
}

impl Rule for MixedQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        // English, and the languages that quote with “ ” and a cased left-to-right
        // script (Spanish); French and Russian « » and Arabic have their own marks.
        let profile = doc.profile();
        let curly_language = profile.phrases().quotes.first() == Some(&('“', '”'))
            && !profile.word_sep().is_empty()
            && profile.opener_case() == crate::lang::OpenerCase::Upper;
        if doc.language != Language::En && !curly_language {
            return;
        }
        let text = doc.text;
        let mut marks: Vec<(usize, Mark)> = Vec::new();
        let mut straight_single_open = false;
        let mut curly_single_open = false;
        let mut prev: Option<char> = None;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let next = it.peek().map(|&(_, n)| n);
            let in_word =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            match c {
                '\n' | '\r' => {
                    straight_single_open = false;
                    curly_single_open = false;
                }
                '"' => marks.push((
                    i,
                    Mark::Straight {
                        open: opening_position(prev),
                        double: true,
                    },
                )),
                '“' | '”' => marks.push((i, Mark::Curly { double: true })),
                '\'' => {
                    if opening_position(prev) && next.is_some_and(char::is_alphanumeric) {
                        straight_single_open = true;
                        marks.push((
                            i,
                            Mark::Straight {
                                open: true,
                                double: false,
                            },
                        ));
                    } else if straight_single_open
                        && !in_word
                        && prev.is_some_and(|p| !p.is_whitespace())
                    {
                        straight_single_open = false;
                        marks.push((
                            i,
                            Mark::Straight {
                                open: false,
                                double: false,
                            },
                        ));
                    }
                }
                '‘' => {
                    curly_single_open = true;
                    marks.push((i, Mark::Curly { double: false }));
                }
                '’' if curly_single_open && !in_word => {
                    curly_single_open = false;
                    marks.push((i, Mark::Curly { double: false }));
                }
                _ => {}
            }
            prev = Some(c);
        }
        let straight = marks
            .iter()
            .filter(|(_, m)| matches!(m, Mark::Straight { .. }))
            .count();
        let curly = marks.len() - straight;
        if straight == 0 || curly == 0 {
            return;
        }
        let flag_straight = straight <= curly;
        for (i, m) in marks {
            let c = text[i..].chars().next().unwrap_or(' ');
            let span = Span::new(i, i + c.len_utf8());
            match m {
                Mark::Straight { open, double } if flag_straight => {
                    let to = match (double, open) {
                        (true, true) => "“",
                        (true, false) => "”",
                        (false, true) => "‘",
                        (false, false) => "’",
                    };
                    let msg = msg!(cx.ui,
                        en: "Straight quotation mark in a text that otherwise uses curly ones",
                        zh: "本文件多用弯引号，此处为直引号",
                        fr: "Guillemet droit dans un texte qui emploie par ailleurs des guillemets courbes",
                        es: "Comilla recta en un texto que por lo demás usa comillas tipográficas",
                        ru: "Прямая кавычка в тексте, где в остальном используются типографские кавычки",
                        ar: "علامة تنصيص مستقيمة في نص يستخدم فيما عدا ذلك علامات تنصيص منحنية");
                    let label = msg!(cx.ui, en: "Replace with “{to}”", zh: "改为“{to}”",
                        fr: "Remplacer par « {to} »",
                        es: "Sustituir por “{to}”",
                        ru: "Заменить на «{to}»",
                        ar: "الاستبدال بـ“{to}”");
                    cx.report(span, msg, edit(span, to, label));
                }
                Mark::Curly { double } if !flag_straight => {
                    let to = if double { "\"" } else { "'" };
                    let msg = msg!(cx.ui,
                        en: "Curly quotation mark in a text that otherwise uses straight ones",
                        zh: "本文件多用直引号，此处为弯引号",
                        fr: "Guillemet courbe dans un texte qui emploie par ailleurs des guillemets droits",
                        es: "Comilla tipográfica en un texto que por lo demás usa comillas rectas",
                        ru: "Типографская кавычка в тексте, где в остальном используются прямые кавычки",
                        ar: "علامة تنصيص منحنية في نص يستخدم فيما عدا ذلك علامات تنصيص مستقيمة");
                    let label = msg!(cx.ui, en: "Replace with {to}", zh: "改为{to}",
                        fr: "Remplacer par {to}",
                        es: "Sustituir por {to}",
                        ru: "Заменить на {to}",
                        ar: "الاستبدال بـ{to}");
                    cx.report(span, msg, edit(span, to, label));
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::{covered, fixed_all};

    const ID: &str = "mixed-quotes";

    #[test]
    fn straight_minority() {
        let t = "The General Assembly,\n\nRecalling its “commitments”, “goals” and ‘views’,\n\n1. Decides to include the item \"Cooperation\" and 'Peace' (\"Security\").\n";
        assert_eq!(covered(ID, t).len(), 6);
        assert_eq!(
            fixed_all(ID, t),
            "The General Assembly,\n\nRecalling its “commitments”, “goals” and ‘views’,\n\n1. Decides to include the item “Cooperation” and ‘Peace’ (“Security”).\n"
        );
    }

    #[test]
    fn curly_minority() {
        let t = "The General Assembly,\n\n1. Decides \"a\" and \"b\" and “c”.\n";
        assert_eq!(covered(ID, t), ["“", "”"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "The General Assembly,\n\nRecalling the Member States' “views” and the Council's don't,\n";
        assert!(covered(ID, t).is_empty());
    }

    #[test]
    fn chinese_documents_are_left_to_zh_halfwidth_punctuation() {
        let t = "大会，\n\n1. 决定将题为“合作”和\"发展\"的项目列入临时议程。\n";
        assert!(covered(ID, t).is_empty());
    }

    #[test]
    fn spanish_uses_curly_quotes_too() {
        let t = "La Asamblea General,\n\nRecordando su resolución 60/251, titulada “Consejo de Derechos Humanos”,\n\n1. Decide incluir el tema titulado \"Cooperación\".\n";
        assert_eq!(covered(ID, t), ["\"", "\""]);
    }
}
