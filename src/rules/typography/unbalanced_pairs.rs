use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Quotation marks, book-title marks and brackets come in pairs within a
    /// paragraph (GB/T 15834-2011 for Chinese; the UN Editorial Manual for English
    /// [M]). An opener without its closer usually means a title or quotation was cut
    /// when the text was pasted or edited. Checked per paragraph: “ ” ‘ ’ 《 》 （ ）
    /// ( ) [ ] 「 」 « » and the Russian nested „ “. A quotation running over several paragraphs, each of which opens
    /// with “ and only the last closes (the English convention), is not reported; a
    /// lone ’ is an apostrophe (Member States’), and "a)" is a sub-paragraph label.
    pub struct UnbalancedPairs {
        id: "unbalanced-pairs",
        category: Typography,
        severity: Warning,
        summary: "Quotation marks and brackets are paired within a paragraph",
        bad: [
            "大会，\n\n1. 欢迎《联合国宪章生效；\n",
            "The General Assembly,\n\n1. Takes note of the report (A/64/141;\n",
        ],
        good: [
            "The General Assembly,\n\nRecalling the Member States’ “commitments” (A/64/141),\n\n1. Decides:\n\n“1. To act;\n\n“2. To report.”\n",
        ],
    }
}

/// „ … “ (Russian nested quotes) comes first: its closer is the English opener,
/// and a “ that closes an open „ opens nothing.
const PAIRS: [(char, char); 9] = [
    ('„', '“'),
    ('“', '”'),
    ('«', '»'),
    ('‘', '’'),
    ('《', '》'),
    ('（', '）'),
    ('(', ')'),
    ('[', ']'),
    ('「', '」'),
];

impl Rule for UnbalancedPairs {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let doc = cx.doc;
        let text = doc.text;
        let mut stacks: [Vec<usize>; PAIRS.len()] = Default::default();
        for (bi, block) in doc.blocks.iter().enumerate() {
            let s = block.content.of(text);
            let base = block.content.start;
            for st in stacks.iter_mut() {
                st.clear();
            }
            // ASCII pair characters are ( ) [ ]; the others are multi-byte.
            let candidate = |b: u8| b >= 0x80 || matches!(b, b'(' | b')' | b'[' | b']');
            // Arabic writes titles ”…“ in logical order: where the profile accepts
            // that pair and the paragraph's first curly mark is ”, read it so.
            let reversed = doc.profile().phrases().quotes.contains(&('”', '“'))
                && s.find(['“', '”']).is_some_and(|i| s[i..].starts_with('”'));
            for (i, c) in crate::text::chars_where(s, candidate) {
                let c = match c {
                    '”' if reversed => '“',
                    '“' if reversed => '”',
                    c => c,
                };
                // A mark that is both a closer and an opener («„Юг“»): closing first.
                if let Some(k) = PAIRS
                    .iter()
                    .position(|&(o, cl)| cl == c && PAIRS.iter().any(|&(o2, _)| o2 == c) && o != c)
                {
                    if stacks[k].pop().is_some() {
                        continue;
                    }
                }
                for (k, &(open, close)) in PAIRS.iter().enumerate() {
                    if c == open {
                        stacks[k].push(i);
                    } else if c == close && !PAIRS.iter().any(|&(o, _)| o == c) {
                        if stacks[k].pop().is_some() {
                            continue;
                        }
                        if c == '’' {
                            continue; // an apostrophe
                        }
                        if c == ')' && is_label_before(&s[..i]) {
                            continue;
                        }
                        let (c, open) = if reversed && c == '”' {
                            (open, c)
                        } else {
                            (c, open)
                        };
                        let span = Span::new(base + i, base + i + c.len_utf8());
                        let m = msg!(cx.ui,
                            en: "“{c}” closes nothing in this paragraph: its “{open}” is missing",
                            zh: "“{c}”在本段中没有对应的“{open}”",
                            fr: "« {c} » ne ferme rien dans ce paragraphe : il manque le « {open} » correspondant",
                            es: "“{c}” no cierra nada en este párrafo: falta el “{open}” correspondiente",
                            ru: "«{c}» ничего не закрывает в этом абзаце: нет парного знака «{open}»",
                            ar: "“{c}” لا يُغلق شيئًا في هذه الفقرة: ينقصه “{open}” المقابل");
                        cx.report(span, m, None);
                    }
                }
            }
            // A quotation continued in the next paragraph ("“2. …", "« 2. …").
            let next_first = doc
                .blocks
                .get(bi + 1)
                .and_then(|n| n.span.of(text).chars().next());
            let mut open: Vec<(usize, char, char)> = Vec::new();
            for (k, st) in stacks.iter().enumerate() {
                let (o, c) = PAIRS[k];
                if matches!(o, '“' | '«') && next_first == Some(o) {
                    continue;
                }
                open.extend(st.iter().map(|&i| (i, o, c)));
            }
            open.sort_unstable();
            for (i, o, c) in open {
                // As written: reversed Arabic quotes open with ”.
                let (o, c) = if reversed && o == '“' {
                    (c, o)
                } else {
                    (o, c)
                };
                let span = Span::new(base + i, base + i + o.len_utf8());
                let m = msg!(cx.ui,
                    en: "“{o}” is not closed in this paragraph: its “{c}” is missing",
                    zh: "“{o}”在本段中没有对应的“{c}”",
                    fr: "« {o} » n’est pas fermé dans ce paragraphe : il manque le « {c} » correspondant",
                    es: "“{o}” no se cierra en este párrafo: falta el “{c}” correspondiente",
                    ru: "«{o}» не закрыт в этом абзаце: нет парного знака «{c}»",
                    ar: "“{o}” غير مُغلق في هذه الفقرة: ينقصه “{c}” المقابل");
                cx.report(span, m, None);
            }
        }
    }
}

/// "a)" / "ii)" / "1)" (or a letter of another script, Russian "б)") at the start of
/// the text or after a space or a mark: a label.
fn is_label_before(before: &str) -> bool {
    let t = before.trim_end_matches(|c: char| c.is_alphanumeric());
    let n = before.len() - t.len();
    (1..=4).contains(&n) && t.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::rules::typography::testing::covered;

    const ID: &str = "unbalanced-pairs";

    #[test]
    fn chinese_openers_and_closers() {
        let t = "大会，\n\n1. 欢迎《联合国宪章生效；\n\n2. 注意到报告）和“决议”。\n";
        assert_eq!(covered(ID, t), ["《", "）"]);
    }

    #[test]
    fn guillemets() {
        let t = "L'Assemblée générale,\n\n1. Décide d'inscrire la question intitulée « Coopération;\n\n2. Adopte le texte suivant :\n\n« Article premier\n\n« Article 2 ».\n";
        assert_eq!(covered(ID, t), ["«"]);
    }

    #[test]
    fn english() {
        let t = "The General Assembly,\n\n1. Takes note of the report [A/64/141;\n\n2. Notes the “report.\n";
        assert_eq!(covered(ID, t), ["[", "“"]);
    }

    #[test]
    fn arabic_logical_order_quotes() {
        let t = "إن الجمعية العامة،\n\n1 - تقرر أن تدرج البند المعنون ”التعاون“.\n\n2 - تقرر البند المعنون ”التعاون.\n";
        let got = covered(ID, t);
        assert_eq!(got, ["”"], "{got:?}");
    }

    #[test]
    fn apostrophes_labels_and_continued_quotes() {
        let t = "The General Assembly,\n\nNoting the States’ and the Secretary-General’s ‘views’,\n\n1. Decides that: a) it acts; b) it reports,1) now;\n\n2. Adopts the text:\n\n“Article 1\n\n“Article 2.”\n";
        assert!(covered(ID, t).is_empty(), "{:?}", covered(ID, t));
    }

    #[test]
    fn guillemets_and_low_high_quotes() {
        let t = "Генеральная Ассамблея,\n\nссылаясь на программу «Сотрудничество „Юг — Юг“»,\n\n1. постановляет включить пункт, озаглавленный «Сотрудничество.\n";
        assert_eq!(covered(ID, t), ["«"]);
        let t = "The General Assembly,\n\n1. Decides to include the item entitled “Cooperation”.\n";
        assert!(covered(ID, t).is_empty());
        let t = "Генеральная Ассамблея,\n\n1. постановляет:\n\nа) предложить союзу участвовать;\n\nб) рассматривать вопрос.\n";
        assert!(covered(ID, t).is_empty());
    }
}
