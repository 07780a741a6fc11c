use crate::lang::Punct;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// The words before a list of sub-paragraphs end with a colon, each sub-paragraph
    /// ends with a semicolon, and the last one takes the punctuation of its paragraph
    /// (a comma in the preamble; a semicolon, or a full stop in the last operative
    /// paragraph). The colon and semicolons are usual practice rather than a written
    /// rule, so they are warnings; the last sub-paragraph's mark closes the paragraph
    /// and is an error like any paragraph's (a warning in Council texts).
    pub struct SubparagraphPunctuation {
        id: "subparagraph-punctuation",
        category: Structure,
        severity: Warning,
        summary: "A lead-in ends with a colon and each sub-paragraph but the last with a semicolon",
        bad: [
            "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting;\n\n(b) To report.\n\n2. Decides to remain seized of the matter.\n",
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
            let n_op = d.operative.len();
            for p in d.paragraphs() {
                if p.subs.is_empty() {
                    continue;
                }
                // The paragraph's own mark, carried by its last sub-paragraph.
                let want = match p.part {
                    crate::model::Part::Preamble => Punct::Comma,
                    crate::model::Part::Operative => {
                        let last = d.operative.last().is_some_and(|l| l.span == p.span);
                        if last && n_op > 0 {
                            Punct::FullStop
                        } else {
                            Punct::Semicolon
                        }
                    }
                };
                if let Some(e) = p.subs.last().and_then(|s| s.end) {
                    if e.punct != want && !(e.punct == Punct::Colon && p.continued) {
                        let mark = want.mark(lang);
                        let found = e.span.of(text);
                        let sev = if e.punct == Punct::Other || d.body == crate::Body::Sc {
                            crate::Severity::Warning
                        } else {
                            crate::Severity::Error
                        };
                        let m = msg!(cx.ui,
                            en: "The last sub-paragraph takes the punctuation of its paragraph: “{mark}”, not “{found}”",
                            zh: "最后一个分段应使用所在段落的标点“{mark}”，而非“{found}”",
                            fr: "Le dernier alinéa prend la ponctuation de son paragraphe : « {mark} », et non « {found} »",
                            es: "El último apartado lleva la puntuación de su párrafo: “{mark}”, no “{found}”",
                            ru: "Последний подпункт заканчивается знаком препинания своего пункта: «{mark}», а не «{found}»",
                            ar: "تأخذ الفقرة الفرعية الأخيرة علامة ترقيم فقرتها: “{mark}”، لا “{found}”");
                        let label = msg!(cx.ui, en: "Use “{mark}”", zh: "改为“{mark}”",
                            fr: "Utiliser « {mark} »",
                            es: "Usar “{mark}”",
                            ru: "Использовать «{mark}»",
                            ar: "استخدام “{mark}”");
                        cx.report_at(sev, e.span, m, edit(e.fix_span(), mark, label));
                    }
                }
                if let Some(e) = p.lead_end {
                    if e.punct != Punct::Colon {
                        let found = e.span.of(text);
                        let m = msg!(cx.ui,
                            en: "The words before the sub-paragraphs end with a colon, not “{found}”",
                            zh: "分段之前的引导语应以冒号“：”结尾，而非“{found}”",
                            fr: "Les mots qui précèdent les alinéas se terminent par un deux-points, et non par « {found} »",
                            es: "Las palabras que preceden a los apartados terminan en dos puntos, no en “{found}”",
                            ru: "Слова перед подпунктами заканчиваются двоеточием, а не знаком «{found}»",
                            ar: "تنتهي العبارة السابقة للفقرات الفرعية بنقطتين، لا بـ“{found}”");
                        let label = msg!(cx.ui, en: "Use “{colon}”", zh: "改为“{colon}”",
                            fr: "Utiliser « {colon} »",
                            es: "Usar “{colon}”",
                            ru: "Использовать «{colon}»",
                            ar: "استخدام “{colon}”");
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
                        zh: "分段应以分号“；”结尾，而非“{found}”",
                        fr: "Les alinéas se terminent par un point-virgule, et non par « {found} »",
                        es: "Los apartados terminan en punto y coma, no en “{found}”",
                        ru: "Подпункты заканчиваются точкой с запятой, а не знаком «{found}»",
                        ar: "تنتهي الفقرات الفرعية بفاصلة منقوطة، لا بـ“{found}”");
                    let label = msg!(cx.ui, en: "Use “{semi}”", zh: "改为“{semi}”",
                        fr: "Utiliser « {semi} »",
                        es: "Usar “{semi}”",
                        ru: "Использовать «{semi}»",
                        ar: "استخدام “{semi}”");
                    cx.report(e.span, m, edit(e.fix_span(), semi, label));
                }
            }
        }
    }
}
