use crate::lang::Punct;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// The words before a list of sub-paragraphs end with a colon, each sub-paragraph
    /// ends with a semicolon, and the last one takes the punctuation of its paragraph
    /// (checked with the paragraph). The conventions give this as usual practice, not
    /// a written rule, so it is a warning.
    pub struct SubparagraphPunctuation {
        id: "subparagraph-punctuation",
        category: Structure,
        severity: Warning,
        summary: "A lead-in ends with a colon and each sub-paragraph but the last with a semicolon",
        bad: [
            "The General Assembly,\n\n1. Decides\n\n(a) To convene a meeting;\n\n(b) To report;\n\n2. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting,\n\n(b) To report;\n\n2. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting; and\n\n(b) To report;\n\n2. Decides to remain seized of the matter.\n",
        ],
    }
}

impl Rule for SubparagraphPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let lang = doc.language;
        let colon = Punct::Colon.mark(lang);
        let semi = Punct::Semicolon.mark(lang);
        for d in &doc.drafts {
            for p in d.paragraphs() {
                if p.subs.is_empty() {
                    continue;
                }
                if let Some(e) = p.lead_end {
                    if e.punct != Punct::Colon {
                        let found = e.span.of(text);
                        let m = msg!(cx.ui,
                            en: "The words before the sub-paragraphs end with a colon, not “{found}”",
                            zh: "分段之前的引导语应以冒号“：”结尾，而非“{found}”");
                        let label = msg!(cx.ui, en: "Use “{colon}”", zh: "改为“{colon}”");
                        cx.report(e.span, m, edit(e.fix_span(), colon, label));
                    }
                }
                let n = p.subs.len();
                for (k, s) in p.subs.iter().enumerate() {
                    if k + 1 == n {
                        break;
                    }
                    let Some(e) = s.end else { continue };
                    if e.punct == Punct::Semicolon {
                        continue;
                    }
                    // "(a) …:" introducing (i), (ii).
                    let next = &p.subs[k + 1].label;
                    if e.punct == Punct::Colon && (next == "i" || next == "㈠") {
                        continue;
                    }
                    // "…; and" / "…; or".
                    let content = Span::new(s.span.start, e.span.end).of(text);
                    let t = content.trim_end();
                    if ["; and", "; or", ";and", "; et", "; y"]
                        .iter()
                        .any(|x| t.ends_with(x))
                    {
                        continue;
                    }
                    let found = e.span.of(text);
                    let m = msg!(cx.ui,
                        en: "Sub-paragraphs end with a semicolon, not “{found}”",
                        zh: "分段应以分号“；”结尾，而非“{found}”");
                    let label = msg!(cx.ui, en: "Use “{semi}”", zh: "改为“{semi}”");
                    cx.report(e.span, m, edit(e.fix_span(), semi, label));
                }
            }
        }
    }
}
