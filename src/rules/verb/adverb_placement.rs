use crate::lang::{en, AdverbPlace};
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Body, Language};

declare_rule! {
    /// In General Assembly texts the repetition adverb stands after the participle in
    /// the preamble ("Recalling also", "Noting further") and before the verb in the
    /// operative part ("Also requests", "Further decides"), as in the Assembly's
    /// official texts. Security Council practice varies, so Council texts are not
    /// checked. "Requests further …" is left alone: "further" may be an adjective there.
    pub struct AdverbPlacement {
        id: "adverb-placement",
        category: Verb,
        severity: Warning,
        summary: "General Assembly order: “Recalling also” in the preamble, “Also requests” in the operative part",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 59/50,\n\nAlso recalling the Charter,\n\n1. Requests a report;\n\n2. Requests also a study.\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50,\n\nRecalling also the Charter,\n\n1. Requests a report;\n\n2. Also requests a study.\n",
        ],
    }
}

impl Rule for AdverbPlacement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        if doc.language != Language::En {
            other_languages(cx);
            return;
        }
        let text = doc.text;
        for d in &doc.drafts {
            if d.body == Body::Sc {
                continue;
            }
            let parts = [(&d.preamble, false), (&d.operative, true)];
            for (paras, operative) in parts {
                for p in paras.iter() {
                    let Some(o) = &p.opener else { continue };
                    let Some(a) = o.adverb else { continue };
                    let adv = Span::new(a.start, a.end).of(text);
                    let verb = Span::new(o.start, o.end).of(text);
                    let (span, replacement) = match (operative, a.place) {
                        (false, AdverbPlace::Before) => (
                            Span::new(a.start, o.end),
                            format!("{} {}", en::upper_first(verb), adv.to_ascii_lowercase()),
                        ),
                        (true, AdverbPlace::After) if adv.eq_ignore_ascii_case("also") => (
                            Span::new(o.start, a.end),
                            format!(
                                "{} {}",
                                en::upper_first(&adv.to_ascii_lowercase()),
                                en::lower_first(verb)
                            ),
                        ),
                        _ => continue,
                    };
                    let found = span.of(text);
                    let m = msg!(cx.ui,
                        en: "In General Assembly texts this is written “{replacement}”, not “{found}”",
                        zh: "大会文本中应写作“{replacement}”，而非“{found}”",
                        fr: "Dans les textes de l’Assemblée générale, on écrit « {replacement} », et non « {found} »",
                        es: "En los textos de la Asamblea General se escribe “{replacement}”, no “{found}”",
                        ru: "В текстах Генеральной Ассамблеи пишется «{replacement}», а не «{found}»",
                        ar: "في نصوص الجمعية العامة يُكتب “{replacement}”، لا “{found}”");
                    let label = msg!(cx.ui, en: "Replace with “{replacement}”", zh: "改为“{replacement}”",
                            fr: "Remplacer par « {replacement} »",
                            es: "Sustituir por “{replacement}”",
                            ru: "Заменить на «{replacement}»",
                            ar: "استبدال بـ“{replacement}”");
                    cx.report(span, m, edit(span, replacement.clone(), label));
                }
            }
        }
    }
}

/// Languages other than English: the adverb stands where the profile puts it
/// (Russian «просит также», «ссылаясь также на»). Languages written without spaces
/// (Chinese 又请) are left alone.
fn other_languages(cx: &mut Context) {
    let doc = cx.doc;
    let profile = doc.profile();
    let sep = profile.word_sep();
    if sep.is_empty() {
        return;
    }
    let text = doc.text;
    for d in &doc.drafts {
        if d.body == Body::Sc {
            continue;
        }
        let parts = [(&d.preamble, false), (&d.operative, true)];
        for (paras, operative) in parts {
            let (_, want) = profile.repeat_adverb(2, operative, d.body);
            for p in paras.iter() {
                let Some(o) = &p.opener else { continue };
                let Some(a) = o.adverb else { continue };
                if a.place == want || a.end > o.start && a.start < o.end {
                    continue;
                }
                let adv = Span::new(a.start, a.end).of(text);
                let verb = Span::new(o.start, o.end).of(text);
                let (span, first, second) = match a.place {
                    AdverbPlace::Before => (Span::new(a.start, o.end), verb, adv),
                    AdverbPlace::After => (Span::new(o.start, a.end), adv, verb),
                };
                if text.get(span.start..span.end).is_none() {
                    continue;
                }
                // The capital, if any, stays at the start.
                let upper = span.of(text).starts_with(char::is_uppercase);
                let recase = |w: &str, up: bool| -> String {
                    let mut cs = w.chars();
                    match cs.next() {
                        Some(c) if up => c.to_uppercase().chain(cs).collect(),
                        Some(c) => c.to_lowercase().chain(cs).collect(),
                        None => String::new(),
                    }
                };
                let replacement = format!(
                    "{}{sep}{}",
                    recase(first, upper),
                    if upper {
                        recase(second, false)
                    } else {
                        second.to_string()
                    }
                );
                let found = span.of(text);
                let m = msg!(cx.ui,
                    en: "In this language's texts this is written “{replacement}”, not “{found}”",
                    zh: "该语言文本中应写作“{replacement}”，而非“{found}”",
                    fr: "Dans les textes de cette langue, on écrit « {replacement} » et non « {found} »",
                    es: "En los textos de este idioma se escribe “{replacement}”, no “{found}”",
                    ru: "В текстах на этом языке пишется «{replacement}», а не «{found}»",
                    ar: "يُكتب هذا في نصوص هذه اللغة ”{replacement}“ لا ”{found}“");
                let label = msg!(cx.ui,
                    en: "Replace with “{replacement}”",
                    zh: "改为“{replacement}”",
                    fr: "Remplacer par « {replacement} »",
                    es: "Reemplazar por “{replacement}”",
                    ru: "Заменить на «{replacement}»",
                    ar: "استبدل بـ ”{replacement}“");
                cx.report(span, m, edit(span, replacement.clone(), label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn both_orders_are_fixed() {
        let t = "The General Assembly,\n\nRecalling its resolution 59/50,\n\nAlso recalling the Charter,\n\n1. Requests a report;\n\n2. Requests also a study.\n";
        let f = findings_of("adverb-placement", t);
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "Recalling also");
        assert_eq!(f[1].fix.as_ref().unwrap().replacement, "Also requests");
    }

    #[test]
    fn russian_adverb_after_the_verb() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/50,\n\nссылаясь также на Устав,\n\n1. просит представить доклад;\n\n2. также просит Генерального секретаря представить доклад.\n";
        let f = findings_of("adverb-placement", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "просит также");
    }
}
