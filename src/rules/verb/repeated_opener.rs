use crate::lang::{en, AdverbPlace, OpenerClass};
use crate::model::Paragraph;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Body, Language, Severity};
use std::collections::HashMap;

declare_rule! {
    /// When an opener comes back in the same part, UN texts mark the repetition: the
    /// second use takes "also", the third "further" — after the participle in a General
    /// Assembly preamble ("Recalling also"), before the verb in its operative part
    /// ("Also requests"); Chinese puts 又 and 还 before the verb in both parts (又回顾,
    /// 又注意到). Adopted Assembly texts in English do not apply this strictly (openers
    /// recur after "also" and "further" have been used, or far apart, and operative
    /// verbs such as "Requests" recur with different addressees), so in English only a
    /// bare second use in the very next preambular paragraph is a warning, other
    /// preambular repetitions are information, and operative ones are information only
    /// in consecutive paragraphs. Chinese 请 renders "Requests", "Invites" and "Calls
    /// upon", so two in a row are information only. Security Council practice is not
    /// uniform: only consecutive repetitions, as information.
    pub struct RepeatedOpener {
        id: "repeated-opener",
        category: Verb,
        severity: Warning,
        summary: "A repeated opener takes also/further (又/还)",
        bad: [
            "The General Assembly,\n\nRecalling its resolution 59/50,\n\nRecalling the Charter of the United Nations,\n\n1. Decides to remain seized of the matter.\n",
            "大会，\n\n1. 注意到集体安全条约组织的活动；\n\n2. 注意到加强对话的重要意义。\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling its resolution 59/50,\n\nRecalling also the Charter of the United Nations,\n\n1. Requests a report;\n\n2. Also requests the Secretary-General to report.\n",
            "大会，\n\n1. 注意到集体安全条约组织的活动；\n\n2. 又注意到加强对话的重要意义。\n",
        ],
    }
}

fn check_part(cx: &mut Context, paras: &[&Paragraph], operative: bool, body: Body) {
    let doc = cx.doc;
    let text = doc.text;
    let profile = doc.profile();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut prev_lemma: Option<&str> = None;
    for p in paras {
        let Some(o) = &p.opener else {
            prev_lemma = None;
            continue;
        };
        let adjacent = prev_lemma == Some(o.lemma.as_str());
        prev_lemma = Some(o.lemma.as_str());
        let known = matches!(
            o.class,
            OpenerClass::Preambular | OpenerClass::Operative | OpenerClass::Both
        ) || o.preferred.is_some();
        if !known {
            continue;
        }
        let n = seen.entry(o.lemma.as_str()).or_insert(0);
        *n += 1;
        if *n < 2 || o.adverb.is_some() {
            continue;
        }
        let nth = *n;
        let span = Span::new(o.start, o.end);
        let found = span.of(text);
        let (adv, place) = profile.repeat_adverb(nth, operative, body);
        let shared = doc.language == Language::Zh
            && crate::lang::zh::SHARED_RENDERINGS.contains(&o.lemma.as_str());
        // The other language versions mirror the English original paragraph for
        // paragraph (conventions §1), its bare repetitions included: they are read
        // as leniently as English.
        let en = doc.language != Language::Zh;
        let sev = if body == Body::Sc || (en && operative) {
            // Council practice varies, and English operative verbs recur with other
            // addressees: only a repetition in the very next paragraph is pointed out.
            if !adjacent {
                continue;
            }
            Severity::Info
        } else if shared || (en && !(adjacent && nth == 2)) {
            Severity::Info
        } else {
            Severity::Warning
        };
        // The smallest edit, so that another rule's fix of the same words still applies.
        let shown = match o.preferred {
            Some(pref) => pref.to_string(),
            None => found.to_string(),
        };
        let (replacement, target, insert) = match (doc.language, place) {
            // "Recalling also", "Rappelant également", "Tomando nota también"; an
            // opener ending with a preposition takes the adverb before it
            // ("ссылаясь также на", "وإذ تشير أيضا إلى").
            (_, AdverbPlace::After) => {
                let sep = profile.word_sep();
                let before_prep = shown
                    .rfind(' ')
                    .filter(|&k| shown[k + 1..].chars().count() <= 3 && shown == found);
                match before_prep {
                    Some(k) => (
                        format!("{}{sep}{adv}{}", &shown[..k], &shown[k..]),
                        Span::new(o.start + k, o.start + k),
                        format!("{sep}{adv}"),
                    ),
                    None => (
                        format!("{shown}{sep}{adv}"),
                        Span::new(o.end, o.end),
                        format!("{sep}{adv}"),
                    ),
                }
            }
            (Language::En, AdverbPlace::Before) => {
                let first = found.chars().next().map_or(0, char::len_utf8);
                (
                    format!("{} {}", en::upper_first(adv), en::lower_first(found)),
                    Span::new(o.start, o.start + first),
                    format!(
                        "{} {}",
                        en::upper_first(adv),
                        en::lower_first(&found[..first])
                    ),
                )
            }
            (_, AdverbPlace::Before) if !profile.word_sep().is_empty() => (
                format!("{adv}{}{shown}", profile.word_sep()),
                Span::new(o.start, o.start),
                format!("{adv}{}", profile.word_sep()),
            ),
            (_, _) => (
                format!("{adv}{shown}"),
                Span::new(o.start, o.start),
                adv.to_string(),
            ),
        };
        let ord = if nth == 2 {
            msg!(cx.ui, en: "second", zh: "第二",
                fr: "deuxième",
                es: "segunda",
                ru: "второй",
                ar: "الثانية")
        } else {
            msg!(cx.ui, en: "third or later", zh: "第三或更多",
                fr: "troisième (ou énième)",
                es: "tercera (o más)",
                ru: "третий или более",
                ar: "الثالثة أو أكثر")
        };
        let m = msg!(cx.ui,
            en: "“{found}” is used again ({ord} time) in this part; mark the repetition: “{replacement}”",
            zh: "“{found}”在本部分重复使用；重复时应写作“{replacement}”",
            fr: "« {found} » est employé pour la {ord} fois dans cette partie ; marquer la répétition : « {replacement} »",
            es: "“{found}” se usa por {ord} vez en esta parte; marque la repetición: “{replacement}”",
            ru: "«{found}» используется в этой части повторно ({ord} раз); обозначьте повтор: «{replacement}»",
            ar: "تتكرر “{found}” في هذا الجزء (للمرة {ord})؛ يُشار إلى التكرار بـ“{replacement}”");
        let label = msg!(cx.ui, en: "Replace with “{replacement}”", zh: "改为“{replacement}”",
            fr: "Remplacer par « {replacement} »",
            es: "Sustituir por “{replacement}”",
            ru: "Заменить на «{replacement}»",
            ar: "استبدال بـ“{replacement}”");
        cx.report_at(sev, span, m, edit(target, insert, label));
    }
}

impl Rule for RepeatedOpener {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        for d in &cx.doc.drafts {
            let pre: Vec<&Paragraph> = d.preamble.iter().collect();
            let op: Vec<&Paragraph> = d
                .operative
                .iter()
                .filter(|p| !p.looks_preambular())
                .collect();
            check_part(cx, &pre, false, d.body);
            check_part(cx, &op, true, d.body);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::findings_of;

    #[test]
    fn translations_repeat_operative_verbs_as_the_english_does() {
        let t = "L'Assemblée générale,\n\n1. Prie le Président de poursuivre ses consultations;\n\n2. Décide de poursuivre l'examen de la question;\n\n3. Prie le Secrétaire général de fournir son assistance.\n";
        assert!(findings_of("repeated-opener", t).is_empty());
    }

    #[test]
    fn an_adverb_after_the_opener_is_set_off_by_a_space() {
        let t = "L'Assemblée générale,\n\nRappelant sa résolution 59/50,\n\nRappelant les dispositions de la Charte,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, " également");
    }

    #[test]
    fn adverb_after_the_first_word() {
        let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 59/50،\n\nوإذ تشير إلى الميثاق،\n\n1 - تلاحظ التقرير؛\n\n2 - تلاحظ أهمية التعاون.\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f.len(), 2, "{f:?}");
        // Operative repeats, as in English, are information only.
        assert_eq!(f[0].severity, crate::Severity::Warning);
        assert_eq!(f[1].severity, crate::Severity::Info);
        for d in &f {
            let fix = d.fix.as_ref().unwrap();
            assert_eq!(fix.replacement, " أيضا");
        }
        let fixed = crate::rules::tests::fixed_by("repeated-opener", t);
        assert!(fixed.contains("وإذ تشير أيضا إلى الميثاق"), "{fixed}");
        assert!(fixed.contains("2 - تلاحظ أيضا أهمية"), "{fixed}");
    }

    #[test]
    fn second_and_third_use() {
        let t = "The General Assembly,\n\nRecalling its resolution 59/50,\n\nRecalling also the Charter,\n\nRecalling the Declaration,\n\n1. Requests a report;\n\n2. Requests the Secretary-General to report.\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f.len(), 2, "{f:?}");
        let fixed = crate::rules::tests::fixed_by("repeated-opener", t);
        assert!(
            fixed.contains("Recalling further the Declaration"),
            "{fixed}"
        );
        assert!(
            fixed.contains("2. Also requests the Secretary-General"),
            "{fixed}"
        );
    }

    #[test]
    fn chinese_seed_pattern() {
        let t = "大会，\n\n提及其决议，\n\n又提及《联合国宪章》，\n\n提及安全理事会决议，\n\n1. 注意到活动；\n\n2. 注意到对话。\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].message.contains("还回顾"));
        // With the fixes of every rule applied, the seed's pattern becomes UN usage.
        let all = crate::check(t, &crate::Options::default());
        let fixes: Vec<_> = all
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.clone())
            .collect();
        let fixed = crate::apply_fixes(t, &fixes);
        assert!(
            fixed.contains("还回顾安全理事会决议") && fixed.contains("2. 又注意到对话"),
            "{fixed}"
        );
    }

    #[test]
    fn adverb_is_a_word_in_spaced_languages() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/50,\n\nссылаясь на Устав,\n\n1. просит представить доклад;\n\n2. просит Генерального секретаря представить доклад.\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f.len(), 2, "{f:?}");
        let fixed = crate::rules::tests::fixed_by("repeated-opener", t);
        assert!(fixed.contains("ссылаясь также на Устав"), "{fixed}");
        assert!(fixed.contains("2. просит также Генерального"), "{fixed}");
    }

    #[test]
    fn council_repetitions_are_information() {
        let t = "The Security Council,\n\nReaffirming its resolutions,\n\nReaffirming its commitment,\n\n1. Decides to remain seized of the matter.\n";
        let f = findings_of("repeated-opener", t);
        assert_eq!(f[0].severity, crate::Severity::Info);
    }

    #[test]
    fn adverb_after_the_opener_in_spanish() {
        let t = "La Asamblea General,\n\nRecordando su resolución 59/50,\n\nRecordando la Carta de las Naciones Unidas,\n\n1. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let fixed = crate::rules::tests::fixed_by("repeated-opener", t);
        assert!(fixed.contains("Recordando también la Carta"), "{fixed}");
    }

    #[test]
    fn languages_translated_from_english_repeat_as_english() {
        // Spanish versions mirror the English original paragraph for paragraph.
        let t = "La Asamblea General,\n\nRecordando su resolución 59/50,\n\n1. Solicita al Presidente que informe;\n\n2. Toma nota del informe;\n\n3. Solicita al Secretario General que preste asistencia;\n\n4. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        assert!(findings_of("repeated-opener", t).is_empty());
    }
}
