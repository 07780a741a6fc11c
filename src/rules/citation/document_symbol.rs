use crate::model::SymbolIssue;
use crate::rules::{edit, Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg, Severity};

declare_rule! {
    /// Document symbols are identifiers, not prose: "A/64/L.12" is found by the
    /// Official Document System only as written, with the dot after "L", "Add", "Rev"
    /// and "Corr", upper-case components and no empty part. A symbol that cannot exist
    /// ("A/C.9/…": the Assembly has six Main Committees; "A/RES/64" without the
    /// resolution's number) points nowhere. Lower case is reported as a warning: it is
    /// a slip of typing, and the symbol is still recognisable.
    pub struct DocumentSymbol {
        id: "document-symbol",
        category: Citation,
        severity: Error,
        summary: "Document symbols are well formed (A/64/L.12, A/C.3/64/L.2, A/RES/64/1)",
        bad: [
            "The General Assembly,\n\nHaving considered the draft resolution (A/64/L12),\n\n1. Requests the Secretary-General to report.\n",
            "The General Assembly,\n\nHaving considered the report of the Committee (A/C.9/64/L.2) and A/RES/64,\n\n1. Requests the Secretary-General to report.\n",
            "大会，\n\n审议了秘书长的报告(A//64/141)，\n\n1. 请秘书长提交报告。\n",
        ],
        good: [
            "The General Assembly,\n\nHaving considered the report of the Secretary-General (A/64/141), documents A/C.3/64/L.12/Rev.1 and S/2005/436 and resolution A/RES/64/1,\n\n1. Requests the Secretary-General to report.\n",
        ],
    }
}

impl Rule for DocumentSymbol {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        for s in &doc.symbols {
            let found = s.span.of(text);
            // "S/he", "A/ B": a slash in prose, not a symbol. Symbols carry a number.
            let numbered = found.bytes().any(|b| b.is_ascii_digit());
            for issue in &s.issues {
                if !numbered
                    && matches!(
                        issue,
                        SymbolIssue::LowerCase(_) | SymbolIssue::EmptyComponent
                    )
                {
                    continue;
                }
                match *issue {
                    SymbolIssue::MissingDot(at) => {
                        if at < s.span.start || at > s.span.end || !text.is_char_boundary(at) {
                            continue;
                        }
                        let fixed =
                            format!("{}.{}", &text[s.span.start..at], &text[at..s.span.end]);
                        let m = msg!(cx.ui,
                            en: "The symbol “{found}” lacks a dot: “{fixed}”",
                            zh: "文号“{found}”缺少圆点，应为“{fixed}”",
                            fr: "Il manque un point dans la cote « {found} » : « {fixed} »",
                            es: "A la signatura “{found}” le falta un punto: “{fixed}”",
                            ru: "В условном обозначении «{found}» не хватает точки: «{fixed}»",
                            ar: "ينقص الرمزَ “{found}” نقطةٌ: “{fixed}”");
                        let label = msg!(cx.ui, en: "Insert “.”", zh: "插入“.”",
                            fr: "Insérer « . »",
                            es: "Insertar “.”",
                            ru: "Вставить «.»",
                            ar: "إدراج “.”");
                        cx.report(s.span, m, edit(Span::new(at, at), ".", label));
                    }
                    SymbolIssue::NoSuchCommittee(sp) => {
                        let c = sp.of(text);
                        let m = msg!(cx.ui,
                            en: "“{c}” in “{found}” names no committee: the Assembly's Main Committees are A/C.1 to A/C.6",
                            zh: "文号“{found}”中的“{c}”不是任何委员会：大会各主要委员会为A/C.1至A/C.6",
                            fr: "« {c} » dans « {found} » ne désigne aucune commission : les grandes commissions de l'Assemblée vont de A/C.1 à A/C.6",
                            es: "“{c}” en “{found}” no designa ninguna comisión: las Comisiones Principales de la Asamblea van de A/C.1 a A/C.6",
                            ru: "«{c}» в «{found}» не обозначает ни один комитет: главные комитеты Ассамблеи — от A/C.1 до A/C.6",
                            ar: "“{c}” في “{found}” لا يدل على أي لجنة: اللجان الرئيسية للجمعية العامة هي من A/C.1 إلى A/C.6");
                        cx.report(sp, m, None);
                    }
                    SymbolIssue::EmptyComponent => {
                        let m = msg!(cx.ui,
                            en: "The symbol “{found}” has an empty component (“//” or a final “/”)",
                            zh: "文号“{found}”中有空缺部分（“//”或末尾的“/”）",
                            fr: "La cote « {found} » contient un élément vide (« // » ou « / » final)",
                            es: "La signatura “{found}” tiene un componente vacío (“//” o una “/” final)",
                            ru: "В условном обозначении «{found}» есть пустой элемент («//» или «/» в конце)",
                            ar: "في الرمز “{found}” جزء فارغ (“//” أو “/” في آخره)");
                        cx.report(s.span, m, None);
                    }
                    SymbolIssue::MissingNumber => {
                        let m = msg!(cx.ui,
                            en: "The symbol “{found}” lacks the resolution's number",
                            zh: "文号“{found}”缺少决议编号",
                            fr: "Il manque le numéro de la résolution dans la cote « {found} »",
                            es: "A la signatura “{found}” le falta el número de la resolución",
                            ru: "В условном обозначении «{found}» нет номера резолюции",
                            ar: "ينقص الرمزَ “{found}” رقمُ القرار");
                        cx.report(s.span, m, None);
                    }
                    SymbolIssue::LowerCase(sp) => {
                        let c = sp.of(text);
                        let up = c.to_uppercase();
                        let m = msg!(cx.ui,
                            en: "Symbol components are written in capitals: “{up}”, not “{c}”",
                            zh: "文号各部分应大写：“{up}”，而非“{c}”",
                            fr: "Les éléments d'une cote s'écrivent en majuscules : « {up} », et non « {c} »",
                            es: "Los componentes de una signatura se escriben en mayúsculas: “{up}”, no “{c}”",
                            ru: "Элементы условного обозначения пишутся прописными буквами: «{up}», а не «{c}»",
                            ar: "تُكتب أجزاء الرمز بحروف كبيرة: “{up}”، لا “{c}”");
                        let label = msg!(cx.ui, en: "Replace with “{up}”", zh: "改为“{up}”",
                            fr: "Remplacer par « {up} »",
                            es: "Sustituir por “{up}”",
                            ru: "Заменить на «{up}»",
                            ar: "الاستبدال بـ“{up}”");
                        cx.report_at(Severity::Warning, sp, m, edit(sp, up, label));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::citation::testing::seen;
    use crate::Severity;

    const ID: &str = "document-symbol";

    #[test]
    fn english() {
        let t = "The General Assembly,\n\nHaving considered A/64/L12, A/C.9/64/L.2, A/RES/64, A//64/141, A/res/64/1 and S/2005/436/Add1 (see HIV/AIDS),\n\n1. Requests the Secretary-General to report.\n";
        let f = seen(ID, t);
        let got: Vec<(&str, Severity, Option<&str>)> = f
            .iter()
            .map(|s| (s.at.as_str(), s.severity, s.fix.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("A/64/L12", Severity::Error, Some(".")),
                ("C.9", Severity::Error, None),
                ("A/RES/64", Severity::Error, None),
                ("A//64/141", Severity::Error, None),
                ("res", Severity::Warning, Some("RES")),
                ("S/2005/436/Add1", Severity::Error, Some(".")),
            ],
            "{f:?}"
        );
        assert!(f[0].fixed.as_deref().unwrap().contains("A/64/L.12,"));
        assert!(f[5].fixed.as_deref().unwrap().contains("S/2005/436/Add.1 "));
    }

    #[test]
    fn slashes_in_prose_are_not_symbols() {
        let t = "The General Assembly,\n\nNoting that S/he may attend, and Category A/ B,\n\n1. Requests the Secretary-General to report.\n";
        assert!(seen(ID, t).is_empty(), "{:?}", seen(ID, t));
    }

    #[test]
    fn chinese() {
        let t = "大会，\n\n审议了秘书长的报告(A/64/L12)和(A/64/141)，\n\n1. 请秘书长提交报告。\n";
        let f = seen(ID, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fix.as_deref(), Some("."));
    }
}
