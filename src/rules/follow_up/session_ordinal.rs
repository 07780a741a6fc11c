use crate::lang::{en, zh};
use crate::model::OrdinalForm;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// Sessions are written out: "sixty-fifth session", hyphenated and in words, not
    /// "65th session" or "sixty fifth session" (meetings keep figures: "82nd plenary
    /// meeting"). UN Chinese writes sessions in Chinese numerals (第六十五届会议) while
    /// meetings keep Arabic figures (第93次全体会议); 第65届会议 is a warning, as other
    /// organizations' Chinese uses it.
    pub struct SessionOrdinal {
        id: "session-ordinal",
        category: FollowUp,
        severity: Error,
        summary: "Session ordinals are written in words (“sixty-fifth session”, “第六十五届会议”)",
        bad: [
            "The General Assembly,\n\n1. Decides to include in the provisional agenda of its 65th session the item entitled “Cooperation”.\n",
            "大会，\n\n1. 决定将题为“合作”的项目列入大会第65届会议临时议程。\n",
        ],
        good: [
            "The General Assembly,\n\n1. Decides to include in the provisional agenda of its sixty-fifth session the item entitled “Cooperation”.\n",
        ],
    }
}

/// Is an ordinal written in English: "65th", "sixty fifth", "Sixty Fifth"?
fn english_mention(found: &str) -> bool {
    let digits = found.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return matches!(&found[digits..], "st" | "nd" | "rd" | "th");
    }
    en::parse_ordinal(found).is_some()
}

/// `s` with its first letter in upper case, whatever the script.
fn upper_first(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

impl Rule for SessionOrdinal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let variants = doc.profile().session_word_variants();
        for r in &doc.sessions {
            // The words naming the session: "periodo de sesiones" for "período".
            let noun_start = r.ordinal.end.max(r.span.start);
            let noun = text.get(noun_start..r.span.end).unwrap_or("");
            for (variant, want) in variants {
                let Some(at) = noun.find(variant) else {
                    continue;
                };
                let whole = !noun[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                    && !noun[at + variant.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if !whole {
                    continue;
                }
                let span = crate::text::Span::new(noun_start + at, noun_start + at + variant.len());
                let m = msg!(cx.ui,
                    en: "UN usage names the session with “{want}”, not “{variant}”",
                    zh: "联合国用语中届会名称应作“{want}”，而非“{variant}”",
                    fr: "L’usage de l’ONU écrit « {want} », et non « {variant} », dans le nom de la session",
                    es: "En el nombre del período de sesiones, las Naciones Unidas escriben “{want}”, no “{variant}”",
                    ru: "В названии сессии в ООН пишут «{want}», а не «{variant}»",
                    ar: "تكتب الأمم المتحدة اسم الدورة بـ ”{want}“ لا ”{variant}“");
                let label = msg!(cx.ui,
                    en: "Write “{want}”",
                    zh: "改为“{want}”",
                    fr: "Écrire « {want} »",
                    es: "Escríbase “{want}”",
                    ru: "Писать «{want}»",
                    ar: "اكتب ”{want}“");
                cx.report_at(Severity::Warning, span, m, edit(span, *want, label));
            }
            let found = r.ordinal.of(text);
            let (want, sev) = match r.form {
                OrdinalForm::Words => continue,
                OrdinalForm::Figures if doc.profile().session_figures(doc.body) => continue,
                OrdinalForm::Figures | OrdinalForm::Unhyphenated => {
                    if !(1..=99).contains(&r.value) {
                        continue;
                    }
                    // An English mention ("65th", "sixty fifth") gets the English
                    // words, even in another language's masthead; other languages'
                    // figures ("65e") and spellings ("soixante-et-unième") get their
                    // own. Those spellings are house style, not verified: warnings.
                    let english = english_mention(found);
                    let w = if english {
                        en::ordinal(r.value)
                    } else {
                        doc.profile().ordinal(r.value)
                    };
                    let w = if found.starts_with(char::is_uppercase) {
                        upper_first(&w)
                    } else {
                        w
                    };
                    let sev = if english || r.form == OrdinalForm::Figures {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                    (w, sev)
                }
                OrdinalForm::Arabic => (zh::numeral(r.value), Severity::Warning),
            };
            let m = msg!(cx.ui,
                en: "Sessions are written in words: “{want}”, not “{found}”",
                zh: "届会序数应使用文字：“{want}”，而非“{found}”",
                fr: "Les sessions s’écrivent en toutes lettres : « {want} », et non « {found} »",
                es: "Los períodos de sesiones se escriben en letras: “{want}”, no “{found}”",
                ru: "Номера сессий пишутся словами: «{want}», а не «{found}»",
                ar: "تُكتب الدورات بالحروف: “{want}”، لا “{found}”");
            let label = msg!(cx.ui, en: "Replace with “{want}”", zh: "改为“{want}”",
                fr: "Remplacer par « {want} »",
                es: "Sustituir por “{want}”",
                ru: "Заменить на «{want}»",
                ar: "استبدال بـ“{want}”");
            cx.report_at(sev, r.ordinal, m, edit(r.ordinal, want.clone(), label));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn other_languages_get_their_own_words() {
        let t = "Soixante-quatrième session\n\nL'Assemblée générale,\n\n1. Prie le Secrétaire général de lui présenter, à sa 65e session, un rapport;\n\n2. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-et-unième session la question intitulée « Coopération ».\n";
        let f = crate::rules::tests::findings_of("session-ordinal", t);
        let fixes: Vec<(&str, crate::Severity)> = f
            .iter()
            .map(|d| {
                (
                    d.fix.as_ref().map_or("", |x| x.replacement.as_str()),
                    d.severity,
                )
            })
            .collect();
        assert_eq!(
            fixes,
            [
                ("soixante-cinquième", crate::Severity::Error),
                ("soixante et unième", crate::Severity::Warning)
            ]
        );
    }

    #[test]
    fn figures_get_the_ordinal_of_the_document_language() {
        let t = "La Asamblea General,\n\n1. Decide incluir en el programa provisional de su 65.º período de sesiones el tema titulado “Cooperación”.\n";
        let f = crate::rules::tests::findings_of("session-ordinal", t);
        assert_eq!(f.len(), 1);
        let fix = f[0].fix.as_ref().map(|x| x.replacement.as_str());
        assert_eq!(fix, Some("sexagésimo quinto"));
    }

    #[test]
    fn figures_get_the_words_of_the_language() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/50,\n\n1. просит Генерального секретаря представить Генеральной Ассамблее на ее 65-й сессии доклад.\n";
        let f = crate::rules::tests::findings_of("session-ordinal", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "шестьдесят пятой");
    }

    #[test]
    fn arabic_figures_take_the_arabic_ordinal() {
        let t = "إن الجمعية العامة،\n\n1 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها 65 البند المعنون ”التعاون“.\n";
        let f = crate::rules::tests::findings_of("session-ordinal", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_ref().unwrap().replacement, "الخامسة والستين");
    }

    #[test]
    fn unaccented_periodo_is_a_warning() {
        let t = "La Asamblea General,\n\n1. Decide incluir en el programa provisional de su sexagésimo quinto periodo de sesiones el tema titulado “Cooperación”.\n";
        let f = crate::rules::tests::findings_of("session-ordinal", t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, crate::Severity::Warning);
        assert_eq!(
            f[0].fix.as_ref().map(|x| x.replacement.as_str()),
            Some("período")
        );
    }

    #[test]
    fn council_sessions_in_figures_where_the_language_numbers_them_so() {
        let t = "El Consejo de Derechos Humanos,\n\n1. Solicita al Alto Comisionado que le presente un informe en su 55º período de sesiones;\n\n2. Decide seguir ocupándose de la cuestión.\n";
        assert!(crate::rules::tests::findings_of("session-ordinal", t).is_empty());
        let t = "La Asamblea General,\n\n1. Decide seguir examinando la cuestión en su 65º período de sesiones.\n";
        assert_eq!(
            crate::rules::tests::findings_of("session-ordinal", t).len(),
            1
        );
    }
}
