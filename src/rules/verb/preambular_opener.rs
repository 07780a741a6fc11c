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
            for (i, p) in d.preamble.iter().enumerate() {
                link_check(cx, p, i == 0);
            }
            for p in d.preamble.iter().chain(d.misplaced.iter()) {
                // A form that does not agree with the organ is opener-agreement's.
                if doc
                    .profile()
                    .agreement(p.content.of(text), d.body)
                    .is_some()
                {
                    continue;
                }
                let Some(o) = &p.opener else { continue };
                let span = Span::new(o.start, o.end);
                let found = span.of(text);
                if let Some(pref) = o.preferred {
                    let m = msg!(cx.ui,
                        en: "“{found}” is not the UN Chinese rendering of “Recalling”; use “{pref}”",
                        zh: "“{found}”不是联合国中文用语；“Recalling”译作“{pref}”",
                        fr: "« {found} » n’est pas la traduction chinoise de « Recalling » en usage à l’ONU ; utiliser « {pref} »",
                        es: "“{found}” no es la traducción china de “Recalling” que usan las Naciones Unidas; use “{pref}”",
                        ru: "«{found}» не является принятым в ООН китайским переводом «Recalling»; используйте «{pref}»",
                        ar: "“{found}” ليس الترجمة الصينية المعتمدة في الأمم المتحدة لـ“Recalling”؛ استخدم “{pref}”");
                    let label = msg!(cx.ui, en: "Replace with “{pref}”", zh: "改为“{pref}”",
                        fr: "Remplacer par « {pref} »",
                        es: "Sustituir por “{pref}”",
                        ru: "Заменить на «{pref}»",
                        ar: "استبدال بـ“{pref}”");
                    cx.report(span, m, edit(span, pref, label));
                    continue;
                }
                if super::common_checks(cx, o, p.content.end) {
                    continue;
                }
                match (doc.language, o.class) {
                    (_, OpenerClass::Preambular | OpenerClass::Both) => {}
                    (Language::Zh, OpenerClass::Operative) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” usually opens an operative paragraph, not a preambular one",
                            zh: "“{found}”通常用于执行段落，而非序言段落",
                            fr: "« {found} » introduit d’ordinaire un paragraphe du dispositif, et non un alinéa du préambule",
                            es: "“{found}” suele iniciar un párrafo dispositivo, no un párrafo del preámbulo",
                            ru: "С «{found}» обычно начинается пункт постановляющей части, а не пункт преамбулы",
                            ar: "“{found}” يستهل عادةً فقرة منطوق، لا فقرة ديباجة");
                        cx.report(span, m, None);
                    }
                    (Language::Zh, _) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” is not a recognised preambular opener",
                            zh: "“{found}”不是常见的序言用语",
                            fr: "« {found} » n’est pas une formule reconnue d’introduction d’alinéa du préambule",
                            es: "“{found}” no es una fórmula introductoria del preámbulo reconocida",
                            ru: "«{found}» не является признанным вводным словом преамбулы",
                            ar: "“{found}” ليس عبارة استهلالية معروفة للديباجة");
                        cx.report_at(Severity::Info, span, m, None);
                    }
                    (_, OpenerClass::PreambularLike) => {
                        if let Some(near) = o.nearest_preambular {
                            let word_end = o.start + found.find(' ').unwrap_or(found.len());
                            let w = Span::new(o.start, word_end);
                            let wt = w.of(text);
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a known preambular opener; did you mean “{near}”?",
                                zh: "“{wt}”不是常见的序言用语；是否应为“{near}”？",
                                fr: "« {wt} » n’est pas une formule connue d’introduction du préambule ; vouliez-vous dire « {near} » ?",
                                es: "“{wt}” no es una fórmula introductoria del preámbulo conocida; ¿quiso decir “{near}”?",
                                ru: "«{wt}» не является известным вводным словом преамбулы; возможно, имелось в виду «{near}»?",
                                ar: "“{wt}” ليس عبارة استهلالية معروفة للديباجة؛ هل المقصود “{near}”؟");
                            let label = msg!(cx.ui, en: "Replace with “{near}”", zh: "改为“{near}”",
                                    fr: "Remplacer par « {near} »",
                                    es: "Sustituir por “{near}”",
                                    ru: "Заменить на «{near}»",
                                    ar: "استبدال بـ“{near}”");
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
                                zh: "序言段落应以分词开头，而不是动词“{wt}”；应为“{part}”",
                                fr: "Les alinéas du préambule commencent par un participe, et non par le verbe « {wt} » ; utiliser « {part} »",
                                es: "Los párrafos del preámbulo empiezan con un participio o gerundio, no con el verbo “{wt}”; use “{part}”",
                                ru: "Пункты преамбулы начинаются с причастия или деепричастия, а не с глагола «{wt}»; используйте «{part}»",
                                ar: "تبدأ فقرات الديباجة بصيغة حالية، لا بالفعل “{wt}”؛ استخدم “{part}”");
                            let label = msg!(cx.ui, en: "Replace with “{part}”", zh: "改为“{part}”",
                                    fr: "Remplacer par « {part} »",
                                    es: "Sustituir por “{part}”",
                                    ru: "Заменить на «{part}»",
                                    ar: "استبدال بـ“{part}”");
                            cx.report_at(Severity::Error, w, m, edit(w, part, label));
                        } else if let Some(near) = o.nearest_preambular {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a known preambular opener; did you mean “{near}”?",
                                zh: "“{wt}”不是常见的序言用语；是否应为“{near}”？",
                                fr: "« {wt} » n’est pas une formule connue d’introduction du préambule ; vouliez-vous dire « {near} » ?",
                                es: "“{wt}” no es una fórmula introductoria del preámbulo conocida; ¿quiso decir “{near}”?",
                                ru: "«{wt}» не является известным вводным словом преамбулы; возможно, имелось в виду «{near}»?",
                                ar: "“{wt}” ليس عبارة استهلالية معروفة للديباجة؛ هل المقصود “{near}”؟");
                            let label = msg!(cx.ui, en: "Replace with “{near}”", zh: "改为“{near}”",
                                    fr: "Remplacer par « {near} »",
                                    es: "Sustituir por “{near}”",
                                    ru: "Заменить на «{near}»",
                                    ar: "استبدال بـ“{near}”");
                            cx.report(w, m, edit(w, near, label));
                        } else if o.class == OpenerClass::OperativeLike {
                            let m = msg!(cx.ui,
                                en: "“{wt}” reads as an operative verb; preambular paragraphs open with a participle or adjective",
                                zh: "“{wt}”读作执行部分动词；序言段落应以分词或形容词开头",
                                fr: "« {wt} » se lit comme un verbe du dispositif ; les alinéas du préambule commencent par un participe ou un adjectif",
                                es: "“{wt}” parece un verbo dispositivo; los párrafos del preámbulo empiezan con un participio, gerundio o adjetivo",
                                ru: "«{wt}» выглядит как глагол постановляющей части; пункты преамбулы начинаются с причастия, деепричастия или прилагательного",
                                ar: "“{wt}” يبدو فعلَ منطوق؛ وتبدأ فقرات الديباجة بصيغة حالية أو بصفة");
                            cx.report(w, m, None);
                        } else {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a recognised preambular opener (a participle, adjective or phrase such as “Recalling”, “Concerned”, “Bearing in mind”)",
                                zh: "“{wt}”不是公认的序言用语",
                                fr: "« {wt} » n’est pas une formule reconnue d’introduction du préambule (participe, adjectif ou locution consacrée)",
                                es: "“{wt}” no es una fórmula introductoria del preámbulo reconocida (participio, gerundio, adjetivo o locución habitual)",
                                ru: "«{wt}» не является признанным вводным словом преамбулы (причастие, деепричастие, прилагательное или устойчивое выражение)",
                                ar: "“{wt}” ليس عبارة استهلالية معروفة للديباجة (صيغة حالية أو صفة أو عبارة مألوفة)");
                            cx.report(w, m, None);
                        }
                    }
                }
            }
        }
    }
}

/// The link word of a preambular paragraph, wrong for its place (Arabic وإذ in the
/// first paragraph, إذ in a later one), as the profile finds it.
fn link_check(cx: &mut Context, p: &crate::model::draft::Paragraph, first: bool) {
    let text = cx.doc.text;
    let Some(a) = cx.doc.profile().preamble_link(p.content.of(text), first) else {
        return;
    };
    let span = Span::new(p.content.start + a.start, p.content.start + a.end);
    if span.end > p.content.end || span.start >= span.end {
        return;
    }
    let found = span.of(text);
    let correct = a.correct;
    let m = if first {
        msg!(cx.ui,
            en: "The first preambular paragraph opens with “{correct}”, not “{found}”",
            zh: "第一个序言段落应以“{correct}”开头，而非“{found}”",
            fr: "Le premier alinéa du préambule commence par « {correct} », non par « {found} »",
            es: "El primer párrafo del preámbulo comienza con “{correct}”, no con “{found}”",
            ru: "Первый пункт преамбулы начинается с «{correct}», а не с «{found}»",
            ar: "تبدأ الفقرة الأولى من الديباجة بـ ”{correct}“ لا بـ ”{found}“")
    } else {
        msg!(cx.ui,
            en: "Preambular paragraphs after the first open with “{correct}”, not “{found}”",
            zh: "第一个之后的序言段落应以“{correct}”开头，而非“{found}”",
            fr: "Les alinéas du préambule après le premier commencent par « {correct} », non par « {found} »",
            es: "Los párrafos del preámbulo posteriores al primero comienzan con “{correct}”, no con “{found}”",
            ru: "Пункты преамбулы после первого начинаются с «{correct}», а не с «{found}»",
            ar: "تبدأ فقرات الديباجة التالية للأولى بـ ”{correct}“ لا بـ ”{found}“")
    };
    let label = msg!(cx.ui,
        en: "Replace with “{correct}”",
        zh: "改为“{correct}”",
        fr: "Remplacer par « {correct} »",
        es: "Sustituir por “{correct}”",
        ru: "Заменить на «{correct}»",
        ar: "استبدل بها ”{correct}“");
    cx.report_at(
        Severity::Warning,
        span,
        m,
        edit(span, correct.clone(), label),
    );
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
    fn arabic_links() {
        let t = "إن الجمعية العامة،\n\nوإذ تشير إلى قرارها 59/50،\n\nإذ تلاحظ التقرير،\n\nوإذ يرحب بالجهود،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n";
        let f = findings_of("preambular-opener", t);
        let fixes: Vec<&str> = f
            .iter()
            .map(|d| d.fix.as_ref().unwrap().replacement.as_str())
            .collect();
        assert_eq!(fixes, ["إذ", "وإذ"]);
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
