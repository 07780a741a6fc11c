use crate::lang::{en, OpenerClass};
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language, Severity};

declare_rule! {
    /// Preambular paragraphs state reasons, so each opens with a participle, an
    /// adjective or a fixed phrase ("Recalling", "Deeply concerned", "Bearing in mind";
    /// Chinese 回顾, 铭记, 深信), never with a finite verb ("Recalls" belongs to the
    /// operative part). Unknown openers are often typos, and the nearest known opener is
    /// offered. In Chinese, "Recalling" is 回顾 (older texts 忆及); 提及 is a calque that
    /// UN Chinese does not use. Phrases found only in Model UN lists ("Fully alarmed",
    /// "Noting with zest") are pointed out.
    pub struct PreambularOpener {
        id: "preambular-opener",
        category: Verb,
        severity: Warning,
        summary: "Each preambular paragraph opens with a recognised participle, adjective or phrase",
        bad: [
            "The General Assembly,\n\nRecaling its resolution 59/50 of 2 December 2004,\n\n1. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\nRecalls its resolution 59/50 of 2 December 2004,\n\n1. Decides to remain seized of the matter.\n",
            "大会，\n\n提及其2004年12月2日第59/50号决议，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\nDeeply concerned by the situation,\n\n1. Decides to remain seized of the matter.\n",
            "大会，\n\n回顾其2004年12月2日第59/50号决议，\n\n1. 请秘书长提交报告。\n",
        ],
    }
}

impl Rule for PreambularOpener {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for d in &doc.drafts {
            for p in d.preamble.iter().chain(d.misplaced.iter()) {
                let Some(o) = &p.opener else { continue };
                let span = Span::new(o.start, o.end);
                let found = span.of(text);
                if let Some(pref) = o.preferred {
                    let m = msg!(cx.ui,
                        en: "“{found}” is not the UN Chinese rendering of “Recalling”; use “{pref}”",
                        zh: "“{found}”不是联合国中文用语；“Recalling”译作“{pref}”");
                    let label = msg!(cx.ui, en: "Replace with “{pref}”", zh: "改为“{pref}”");
                    cx.report(span, m, edit(span, pref, label));
                    continue;
                }
                if super::common_checks(cx, o, p.content.end) {
                    continue;
                }
                // A participle or adjective that does not agree with the organ
                // ("будучи убежден" under the Assembly, "Convaincu" for "Convaincue").
                let content = p.content.of(text);
                if let Some(a) = doc.profile().agreement(content, d.body) {
                    let w = Span::new(p.content.start + a.start, p.content.start + a.end);
                    let wt = w.of(text);
                    let want = a.correct;
                    let organ = doc.profile().organ_line(d.body);
                    let m = msg!(cx.ui,
                        en: "“{wt}” does not agree with “{organ}”; write “{want}”",
                        zh: "“{wt}”与“{organ}”的性不一致；应为“{want}”",
                        fr: "« {wt} » ne s’accorde pas avec « {organ} » ; écrire « {want} »",
                        es: "“{wt}” no concuerda con “{organ}”; escríbase “{want}”",
                        ru: "«{wt}» не согласуется с «{organ}»; следует писать «{want}»",
                        ar: "”{wt}“ لا تتطابق مع ”{organ}“؛ اكتب ”{want}“");
                    let label = msg!(cx.ui,
                        en: "Replace with “{want}”",
                        zh: "改为“{want}”",
                        fr: "Remplacer par « {want} »",
                        es: "Reemplazar por “{want}”",
                        ru: "Заменить на «{want}»",
                        ar: "استبدل بـ ”{want}“");
                    cx.report_at(Severity::Warning, w, m, edit(w, want.clone(), label));
                }
                match (doc.language, o.class) {
                    (_, OpenerClass::Preambular | OpenerClass::Both) => {}
                    (Language::Zh, OpenerClass::Operative) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” usually opens an operative paragraph, not a preambular one",
                            zh: "“{found}”通常用于执行段落，而非序言段落");
                        cx.report(span, m, None);
                    }
                    (Language::Zh, _) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” is not a recognised preambular opener",
                            zh: "“{found}”不是常见的序言用语");
                        cx.report_at(Severity::Info, span, m, None);
                    }
                    (_, OpenerClass::PreambularLike) => {
                        if let Some(near) = o.nearest_preambular {
                            let word_end = o.start + found.find(' ').unwrap_or(found.len());
                            let w = Span::new(o.start, word_end);
                            let wt = w.of(text);
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a known preambular opener; did you mean “{near}”?",
                                zh: "“{wt}”不是常见的序言用语；是否应为“{near}”？");
                            let label =
                                msg!(cx.ui, en: "Replace with “{near}”", zh: "改为“{near}”");
                            cx.report(w, m, edit(w, near, label));
                        }
                    }
                    (
                        _,
                        OpenerClass::Operative | OpenerClass::OperativeLike | OpenerClass::Unknown,
                    ) => {
                        let first_end = o.start + found.find(' ').unwrap_or(found.len());
                        let w = Span::new(o.start, first_end);
                        let wt = w.of(text);
                        let participle = o.preambular_form.clone().or_else(|| {
                            o.operative_form
                                .as_deref()
                                .and_then(en::preambular_from_operative)
                                .map(str::to_string)
                        });
                        if let Some(part) = participle {
                            let m = msg!(cx.ui,
                                en: "Preambular paragraphs open with a participle, not the verb “{wt}”; use “{part}”",
                                zh: "序言段落应以分词开头，而不是动词“{wt}”；应为“{part}”");
                            let label =
                                msg!(cx.ui, en: "Replace with “{part}”", zh: "改为“{part}”");
                            cx.report_at(Severity::Error, w, m, edit(w, part, label));
                        } else if let Some(near) = o.nearest_preambular {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a known preambular opener; did you mean “{near}”?",
                                zh: "“{wt}”不是常见的序言用语；是否应为“{near}”？");
                            let label =
                                msg!(cx.ui, en: "Replace with “{near}”", zh: "改为“{near}”");
                            cx.report(w, m, edit(w, near, label));
                        } else if o.class == OpenerClass::OperativeLike {
                            let m = msg!(cx.ui,
                                en: "“{wt}” reads as an operative verb; preambular paragraphs open with a participle or adjective",
                                zh: "“{wt}”读作执行部分动词；序言段落应以分词或形容词开头");
                            cx.report(w, m, None);
                        } else {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a recognised preambular opener (a participle, adjective or phrase such as “Recalling”, “Concerned”, “Bearing in mind”)",
                                zh: "“{wt}”不是公认的序言用语");
                            cx.report(w, m, None);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn finite_verb_gets_the_participle() {
        let t = "The General Assembly,\n\nRecalls its resolution 59/50,\n\n1. Decides to remain seized of the matter.\n";
        let f = findings_of("preambular-opener", t);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "Recalling");
        assert_eq!(f[0].severity, crate::Severity::Error);
    }

    #[test]
    fn participle_agrees_with_the_organ() {
        let t = "Генеральная Ассамблея,\n\nбудучи глубоко обеспокоен положением,\n\n1. просит представить доклад.\n";
        let f = findings_of("preambular-opener", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "обеспокоена");
        assert_eq!(f[0].severity, crate::Severity::Warning);
        let t = "Совет Безопасности,\n\nбудучи глубоко обеспокоен положением,\n\n1. просит представить доклад.\n";
        assert!(findings_of("preambular-opener", t).is_empty());
    }

    #[test]
    fn seed_ti_ji_is_flagged_three_times() {
        let t = "大会，\n\n提及其决议，\n\n又提及《联合国宪章》各条款，\n\n欣见秘书长的努力，\n\n提及安全理事会的决议，\n\n1. 请秘书长提交报告。\n";
        let f = findings_of("preambular-opener", t);
        assert_eq!(f.len(), 3);
        assert!(f
            .iter()
            .all(|d| d.fix.as_ref().unwrap().replacement == "回顾"));
    }
}
