use crate::lang::{en, OpenerClass};
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Language, Severity};

declare_rule! {
    /// Operative paragraphs carry the resolution's decisions, each opening with a verb in
    /// the third-person singular present that agrees with the organ ("The General
    /// Assembly … Requests"): not "Request", not "Requesting", not a participle that
    /// belongs to the preamble. Unknown verbs are often typos, and the nearest known
    /// verb is offered.
    pub struct OperativeVerb {
        id: "operative-verb",
        category: Verb,
        severity: Error,
        summary: "Each operative paragraph opens with a recognised verb in the third-person present (“Requests”, “请”)",
        bad: [
            "The General Assembly,\n\n1. Request the Secretary-General to submit a report;\n\n2. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\n1. Requesting the Secretary-General to submit a report;\n\n2. Decides to remain seized of the matter.\n",
            "The General Assembly,\n\n1. Reqests the Secretary-General to submit a report;\n\n2. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\n1. Requests the Secretary-General to submit a report;\n\n2. Also decides to remain seized of the matter.\n",
            "大会，\n\n1. 请秘书长提交报告；\n\n2. 决定继续审议这一问题。\n",
        ],
    }
}

impl Rule for OperativeVerb {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for d in &doc.drafts {
            for p in &d.operative {
                if p.looks_preambular() {
                    continue; // numbered-preamble reports it
                }
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
                let first_end = o.start + found.find(' ').unwrap_or(found.len());
                let w = Span::new(o.start, first_end);
                let wt = w.of(text);
                if let Some(pref) = o.preferred {
                    let m = msg!(cx.ui, en: "“{found}” is not UN usage; use “{pref}”", zh: "“{found}”不是联合国用语；应为“{pref}”",
                        fr: "« {found} » n’est pas l’usage de l’ONU ; utiliser « {pref} »",
                        es: "“{found}” no corresponde al uso de las Naciones Unidas; use “{pref}”",
                        ru: "«{found}» не соответствует практике ООН; используйте «{pref}»",
                        ar: "“{found}” ليس من استعمال الأمم المتحدة؛ استخدم “{pref}”");
                    let label = msg!(cx.ui, en: "Replace with “{pref}”", zh: "改为“{pref}”",
                        fr: "Remplacer par « {pref} »",
                        es: "Sustituir por “{pref}”",
                        ru: "Заменить на «{pref}»",
                        ar: "استبدال بـ“{pref}”");
                    cx.report_at(Severity::Warning, span, m, edit(span, pref, label));
                    continue;
                }
                if super::common_checks(cx, o, p.content.end) {
                    continue;
                }
                match (doc.language, o.class) {
                    (_, OpenerClass::Operative | OpenerClass::Both) => {}
                    (Language::Zh, OpenerClass::Preambular) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” usually opens a preambular paragraph, not an operative one",
                            zh: "“{found}”通常用于序言段落，而非执行段落",
                            fr: "« {found} » introduit d’ordinaire un alinéa du préambule, et non un paragraphe du dispositif",
                            es: "“{found}” suele iniciar un párrafo del preámbulo, no un párrafo dispositivo",
                            ru: "С «{found}» обычно начинается пункт преамбулы, а не пункт постановляющей части",
                            ar: "“{found}” يستهل عادةً فقرة ديباجة، لا فقرة منطوق");
                        cx.report_at(Severity::Warning, span, m, None);
                    }
                    (Language::Zh, _) => {
                        let m = msg!(cx.ui,
                            en: "“{found}” is not a recognised operative verb",
                            zh: "“{found}”不是常见的执行部分动词",
                            fr: "« {found} » n’est pas un verbe reconnu du dispositif",
                            es: "“{found}” no es un verbo dispositivo reconocido",
                            ru: "«{found}» не является признанным глаголом постановляющей части",
                            ar: "“{found}” ليس فعل منطوق معروفًا");
                        cx.report_at(Severity::Info, span, m, None);
                    }
                    (lang, _) => {
                        let form = o.operative_form.clone().or_else(|| {
                            (lang == Language::En)
                                .then(|| en::operative_from_other_form(wt).map(str::to_string))
                                .flatten()
                        });
                        // Keep the case of the word replaced ("also request" inside a
                        // sentence is not at issue: openers are capitalised).
                        if let Some(v) = form {
                            let m = msg!(cx.ui,
                                en: "Operative paragraphs open with a verb in the third-person present: “{v}”, not “{wt}”",
                                zh: "执行段落应以第三人称现在时动词开头：应为“{v}”，而非“{wt}”",
                                fr: "Les paragraphes du dispositif commencent par un verbe à la troisième personne du présent : « {v} », et non « {wt} »",
                                es: "Los párrafos dispositivos empiezan con un verbo en tercera persona del presente: “{v}”, no “{wt}”",
                                ru: "Пункты постановляющей части начинаются с глагола в третьем лице настоящего времени: «{v}», а не «{wt}»",
                                ar: "تبدأ فقرات المنطوق بفعل مضارع للغائب: “{v}”، لا “{wt}”");
                            let label = msg!(cx.ui, en: "Replace with “{v}”", zh: "改为“{v}”",
                                fr: "Remplacer par « {v} »",
                                es: "Sustituir por “{v}”",
                                ru: "Заменить на «{v}»",
                                ar: "استبدال بـ“{v}”");
                            cx.report(w, m, edit(w, v, label));
                        } else if let Some(near) = o.nearest_operative {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a known operative verb; did you mean “{near}”?",
                                zh: "“{wt}”不是常见的执行部分动词；是否应为“{near}”？",
                                fr: "« {wt} » n’est pas un verbe connu du dispositif ; vouliez-vous dire « {near} » ?",
                                es: "“{wt}” no es un verbo dispositivo conocido; ¿quiso decir “{near}”?",
                                ru: "«{wt}» не является известным глаголом постановляющей части; возможно, имелось в виду «{near}»?",
                                ar: "“{wt}” ليس فعل منطوق معروفًا؛ هل المقصود “{near}”؟");
                            let label = msg!(cx.ui, en: "Replace with “{near}”", zh: "改为“{near}”",
                                    fr: "Remplacer par « {near} »",
                                    es: "Sustituir por “{near}”",
                                    ru: "Заменить на «{near}»",
                                    ar: "استبدال بـ“{near}”");
                            cx.report_at(Severity::Warning, w, m, edit(w, near, label));
                        } else if o.class == OpenerClass::OperativeLike {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not in the list of usual operative verbs",
                                zh: "“{wt}”不在常用执行部分动词之列",
                                fr: "« {wt} » ne figure pas dans la liste des verbes usuels du dispositif",
                                es: "“{wt}” no figura en la lista de verbos dispositivos habituales",
                                ru: "«{wt}» нет в списке обычных глаголов постановляющей части",
                                ar: "“{wt}” ليس في قائمة أفعال المنطوق المعتادة");
                            cx.report_at(Severity::Info, w, m, None);
                        } else if matches!(
                            o.class,
                            OpenerClass::Preambular | OpenerClass::PreambularLike
                        ) {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is a preambular opener; operative paragraphs open with a verb such as “Requests” or “Decides”",
                                zh: "“{wt}”是序言用语；执行段落应以“Requests”“Decides”等动词开头",
                                fr: "« {wt} » introduit un alinéa du préambule ; les paragraphes du dispositif commencent par un verbe comme « Requests » ou « Decides »",
                                es: "“{wt}” introduce un párrafo del preámbulo; los párrafos dispositivos empiezan con un verbo como “Requests” o “Decides”",
                                ru: "С «{wt}» начинается пункт преамбулы; пункты постановляющей части начинаются с глагола, например «Requests» или «Decides»",
                                ar: "“{wt}” عبارة استهلالية للديباجة؛ وتبدأ فقرات المنطوق بفعل مثل “Requests” أو “Decides”");
                            cx.report(w, m, None);
                        } else {
                            let m = msg!(cx.ui,
                                en: "“{wt}” is not a recognised operative verb",
                                zh: "“{wt}”不是公认的执行部分动词",
                                fr: "« {wt} » n’est pas un verbe reconnu du dispositif",
                                es: "“{wt}” no es un verbo dispositivo reconocido",
                                ru: "«{wt}» не является признанным глаголом постановляющей части",
                                ar: "“{wt}” ليس فعل منطوق معروفًا");
                            // Council mandates list tasks ("To advance …") as paragraphs.
                            let sev = if d.body == crate::Body::Sc {
                                Severity::Info
                            } else {
                                Severity::Warning
                            };
                            cx.report_at(sev, w, m, None);
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
    fn fixes() {
        let t = "The General Assembly,\n\n1. Requesting the Secretary-General to report;\n\n2. Reqests a report;\n\n3. Decides to remain seized of the matter.\n";
        let f = findings_of("operative-verb", t);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "Requests");
        assert_eq!(f[1].fix.as_ref().unwrap().replacement, "Requests");
    }

    #[test]
    fn lower_case_opener_is_capitalized() {
        let t = "The General Assembly,\n\n1. invites the Secretary-General to report;\n\n2. Decides to remain seized of the matter.\n";
        let fixed = crate::rules::tests::fixed_by("operative-verb", t);
        assert!(
            fixed.contains("1. Invites the Secretary-General"),
            "{fixed}"
        );
    }

    #[test]
    fn single_unnumbered_paragraph_is_checked() {
        let t =
            "The General Assembly\n\nAdopt the Declaration annexed to the present resolution.\n";
        let f = findings_of("operative-verb", t);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "Adopts");
    }
}
