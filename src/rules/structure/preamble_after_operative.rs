use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// The preamble gives reasons and the operative part acts on them; once the
    /// operative part has begun, a preambular paragraph ("Recalling …,") no longer
    /// attaches to anything. It belongs before paragraph 1.
    pub struct PreambleAfterOperative {
        id: "preamble-after-operative",
        category: Structure,
        severity: Error,
        summary: "No preambular paragraph after the operative part has begun",
        bad: [
            "The General Assembly,\n\n1. Welcomes the report;\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n2. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Welcomes the report;\n\n2. Decides to remain seized of the matter.\n",
        ],
    }
}

impl Rule for PreambleAfterOperative {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        for d in &cx.doc.drafts {
            for p in &d.misplaced {
                let here = p
                    .opener
                    .as_ref()
                    .map_or(p.span, |o| Span::new(o.start, o.end));
                let m = msg!(cx.ui,
                    en: "Preambular paragraph inside the operative part; move it before paragraph 1",
                    zh: "执行部分中出现序言段落；应移到第1段之前",
                    fr: "Alinéa du préambule placé dans le dispositif ; le déplacer avant le paragraphe 1",
                    es: "Párrafo del preámbulo dentro de la parte dispositiva; trasládelo antes del párrafo 1",
                    ru: "Пункт преамбулы в постановляющей части; перенесите его перед пунктом 1",
                    ar: "فقرة ديباجة داخل المنطوق؛ انقلها إلى ما قبل الفقرة 1");
                cx.report(here, m, None);
            }
        }
    }
}
