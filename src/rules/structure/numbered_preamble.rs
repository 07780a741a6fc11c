use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Preambular paragraphs are not numbered: numbers belong to the operative
    /// paragraphs, which are what later texts cite ("paragraph 3 of resolution 59/50").
    /// A numbered paragraph that opens with a participle and ends with a comma is a
    /// preambular paragraph given a number by mistake.
    pub struct NumberedPreamble {
        id: "numbered-preamble",
        category: Structure,
        severity: Error,
        summary: "Preambular paragraphs carry no number",
        bad: [
            "The General Assembly,\n\n1. Recalling its resolution 59/50 of 2 December 2004,\n\n2. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Decides to remain seized of the matter.\n",
        ],
    }
}

impl Rule for NumberedPreamble {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        for d in &cx.doc.drafts {
            for p in d.preamble.iter().chain(d.operative.iter()) {
                if let (Some((n, span)), true) = (p.number, p.looks_preambular()) {
                    let here = p
                        .opener
                        .as_ref()
                        .map_or(span, |o| Span::new(span.start, o.end));
                    let m = msg!(cx.ui,
                        en: "Paragraph {n} reads as preambular (it opens with a participle and ends with a comma); preambular paragraphs are not numbered",
                        zh: "第{n}段读作序言段落（以序言用语开头、以逗号结尾）；序言段落不编号",
                        fr: "Le paragraphe {n} se lit comme un alinéa du préambule (il commence par un participe et se termine par une virgule) ; les alinéas du préambule ne sont pas numérotés",
                        es: "El párrafo {n} parece un párrafo del preámbulo (empieza con un participio o gerundio y termina en coma); los párrafos del preámbulo no se numeran",
                        ru: "Пункт {n} выглядит как пункт преамбулы (начинается с причастия или деепричастия и заканчивается запятой); пункты преамбулы не нумеруются",
                        ar: "تبدو الفقرة {n} فقرةَ ديباجة (تبدأ بصيغة حالية وتنتهي بفاصلة)؛ وفقرات الديباجة لا تُرقَّم");
                    cx.report(here, m, None);
                }
            }
        }
    }
}
