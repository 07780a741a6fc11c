//! How French, Spanish, Russian and Arabic texts name the Charter, its articles and
//! chapters, and the rules of procedure (conventions file §2.4, §3.4, §4.4, §5.4:
//! "la Charte des Nations Unies", "paragraphe 3 de l'Article 24 de la Charte",
//! "l'article 13 du règlement intérieur"; "la Carta de las Naciones Unidas",
//! "párrafo 2 del Artículo 12 de la Carta", "el artículo 21 del reglamento";
//! "Устав Организации Объединенных Наций", "статья 2 Устава", "глава VII Устава",
//! "правило 14 правил процедуры"; "ميثاق الأمم المتحدة", "المادة 102 من ميثاق الأمم
//! المتحدة", "المادة 21 من النظام الداخلي").

use crate::options::Language;

/// One language's words for the Charter and the rules of procedure.
#[derive(Debug)]
pub struct ReferenceWords {
    /// The Charter's name as UN texts write it.
    pub charter: &'static str,
    /// Names that are not UN usage, each replaced by `charter`.
    pub charter_wrong: &'static [&'static str],
    /// What follows an article or chapter number when it is the Charter's ("de la
    /// Charte", "Устава").
    pub charter_after: &'static [&'static str],
    /// The word for an article of the Charter as UN texts write it, and its
    /// other forms that are wrong for the Charter (French and Spanish capitalise the
    /// Charter's articles only).
    pub charter_article: Option<(&'static str, &'static [&'static str])>,
    /// Words for a chapter, before its number ("Chapitre", "главы").
    pub chapter: &'static [&'static str],
    /// What follows a rule number when it is one of the rules of procedure ("du
    /// règlement intérieur", "правил процедуры").
    pub rules_after: &'static [&'static str],
    /// Words for a rule of the rules of procedure that are wrong, with the right
    /// one ("Article" → "article"; Russian "статья" → "правило", case by case).
    pub rule_wrong: &'static [(&'static str, &'static str)],
}

static FR: ReferenceWords = ReferenceWords {
    charter: "Charte des Nations Unies",
    charter_wrong: &[
        "Charte de l'ONU",
        "Charte de l’ONU",
        "Charte de l'Organisation des Nations Unies",
        "Charte de l’Organisation des Nations Unies",
        "Charte des Nations-Unies",
    ],
    charter_after: &["de la Charte"],
    charter_article: Some(("Article", &["article"])),
    chapter: &["Chapitre", "chapitre"],
    rules_after: &["du règlement intérieur"],
    rule_wrong: &[("Article", "article"), ("Articles", "articles")],
};

static ES: ReferenceWords = ReferenceWords {
    charter: "Carta de las Naciones Unidas",
    charter_wrong: &[
        "Carta de la ONU",
        "Carta de la Organización de las Naciones Unidas",
        "Carta de Naciones Unidas",
        "Carta de las NN.UU.",
        "carta de las Naciones Unidas",
    ],
    charter_after: &["de la Carta"],
    charter_article: Some(("Artículo", &["artículo"])),
    chapter: &["Capítulo", "capítulo"],
    rules_after: &["del reglamento"],
    rule_wrong: &[("Artículo", "artículo"), ("Artículos", "artículos")],
};

static RU: ReferenceWords = ReferenceWords {
    charter: "Устав Организации Объединенных Наций",
    charter_wrong: &[
        "Устав ООН",
        "Хартия ООН",
        "Хартия Организации Объединенных Наций",
        "Устав Организации Объединённых Наций",
    ],
    charter_after: &["Устава"],
    charter_article: None,
    chapter: &[
        "глава",
        "главы",
        "главе",
        "главу",
        "главой",
        "Глава",
        "Главы",
    ],
    rules_after: &["правил процедуры"],
    rule_wrong: &[
        ("статья", "правило"),
        ("статьи", "правила"),
        ("статье", "правилу"),
        ("статью", "правило"),
        ("статьей", "правилом"),
        ("статьями", "правилами"),
        ("статьях", "правилах"),
        ("Статья", "Правило"),
    ],
};

static AR: ReferenceWords = ReferenceWords {
    charter: "ميثاق الأمم المتحدة",
    charter_wrong: &["ميثاق منظمة الأمم المتحدة", "ميثاق هيئة الأمم المتحدة"],
    charter_after: &["من الميثاق", "من ميثاق الأمم المتحدة"],
    charter_article: None,
    chapter: &[],
    rules_after: &["من النظام الداخلي"],
    rule_wrong: &[],
};

/// The reference words of `lang`; None for English and Chinese, whose rules hold
/// their own.
pub fn words(lang: Language) -> Option<&'static ReferenceWords> {
    match lang {
        Language::Fr => Some(&FR),
        Language::Es => Some(&ES),
        Language::Ru => Some(&RU),
        Language::Ar => Some(&AR),
        Language::En | Language::Zh => None,
    }
}
