use crate::model::SubParagraph;
use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;
use crate::{declare_rule, msg};

declare_rule! {
    /// Sub-paragraphs are labelled (a), (b), (c)… and, one level down, (i), (ii),
    /// (iii)… (UN Chinese also uses ㈠ ㈡ ㈢). Later texts cite them ("paragraph 17 (a)"),
    /// so a skipped or repeated label breaks every such reference.
    pub struct SubparagraphLabels {
        id: "subparagraph-labels",
        category: Structure,
        severity: Error,
        summary: "Sub-paragraph labels run (a), (b), (c)… and (i), (ii), (iii)… without gaps",
        bad: [
            "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting;\n\n(b) To invite the States;\n\n(d) To report;\n\n2. Decides to remain seized of the matter.\n",
        ],
        good: [
            "The General Assembly,\n\n1. Decides:\n\n(a) To convene a meeting:\n\n(i) In New York;\n\n(ii) In 2010;\n\n(b) To report;\n\n2. Decides to remain seized of the matter.\n",
        ],
    }
}

/// Value of a letter label: a=1 … z=26, aa=27 … (doubled letters), or the place of
/// the label in the language's own letters (Arabic أ=1, ب=2 …).
fn letter_value(s: &str, letters: Option<&[&str]>) -> Option<u32> {
    if let Some(ls) = letters {
        if let Some(i) = ls
            .iter()
            .position(|l| *l == s || l.trim_end_matches('\u{640}') == s)
        {
            return Some(i as u32 + 1);
        }
    }
    let mut cs = s.chars();
    let c = cs.next()?;
    if !c.is_ascii_lowercase() {
        return None;
    }
    let n = s.chars().count() as u32;
    if !s.chars().all(|x| x == c) || n > 2 {
        return None;
    }
    Some((c as u32 - 'a' as u32 + 1) + 26 * (n - 1))
}

fn letter_label(v: u32, letters: Option<&[&str]>) -> String {
    if let Some(l) = letters.and_then(|ls| ls.get(v as usize - 1)) {
        return l.to_string();
    }
    let c = char::from_u32('a' as u32 + (v - 1) % 26).unwrap_or('a');
    std::iter::repeat_n(c, ((v - 1) / 26 + 1) as usize).collect()
}

/// Value of a lower-case roman label, or of a parenthesised ideographic number ㈠-㈩.
fn roman_value(s: &str) -> Option<u32> {
    if let Some(c) = s.chars().next() {
        if ('\u{3220}'..='\u{3229}').contains(&c) {
            return Some(c as u32 - 0x3220 + 1);
        }
    }
    // Sub-paragraph labels are lower case.
    crate::text::roman_value(s).filter(|_| s.bytes().all(|b| b.is_ascii_lowercase()))
}

fn roman_label(v: u32) -> String {
    const R: [(u32, &str); 9] = [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut v = v;
    let mut s = String::new();
    for (n, r) in R {
        while v >= n {
            s.push_str(r);
            v -= n;
        }
    }
    s
}

/// A wrong label: (index in subs, expected label).
pub fn check_labels(subs: &[SubParagraph], letters: Option<&[&str]>) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut letter = 0u32; // last letter value at level 1
    let mut roman: Option<u32> = None; // last roman value at level 2
    for (k, s) in subs.iter().enumerate() {
        let l = s.label.as_str();
        let rv = roman_value(l);
        // "ii", "iii" are roman numerals, not doubled letters, unless the letters have
        // run past "z".
        let lv = letter_value(l, letters).filter(|&v| v <= 26 || letter >= 26 || rv.is_none());
        if lv == Some(letter + 1)
            && !(rv.is_some() && roman.is_some() && rv == roman.map(|r| r + 1))
        {
            letter += 1;
            roman = None;
            continue;
        }
        if let Some(r) = rv {
            let want = roman.map_or(1, |x| x + 1);
            if r == want && (letter > 0 || roman.is_some() || r == 1) {
                roman = Some(r);
                continue;
            }
            if roman.is_some() || (lv.is_none() && letter > 0) {
                out.push((k, roman_label(want)));
                roman = Some(r);
                continue;
            }
        }
        match lv {
            Some(v) => {
                out.push((k, letter_label(letter + 1, letters)));
                letter = v;
                roman = None;
            }
            None => {
                if rv.is_none() {
                    out.push((k, letter_label(letter + 1, letters)));
                }
            }
        }
    }
    out
}

/// Labels also written inside the running text ("…: (i) …; (ii) …") cannot be
/// checked from line starts alone.
fn has_inline_labels(s: &str) -> bool {
    for (at, c) in s.char_indices() {
        if c != '(' && c != '（' {
            continue;
        }
        let before = s[..at].trim_end_matches(' ');
        if !before.ends_with([':', ';', '：', '；']) {
            continue;
        }
        let rest = &s[at + c.len_utf8()..];
        let inner = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        let after = &rest[inner..];
        if (1..=4).contains(&inner) && (after.starts_with(')') || after.starts_with('）')) {
            return true;
        }
    }
    false
}

impl Rule for SubparagraphLabels {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Context) {
        let text = cx.doc.text;
        let profile = cx.doc.profile();
        let letters = profile.sub_label_letters();
        let close_only = profile.sub_label_form() == crate::lang::SubLabelForm::CloseOnly;
        for d in &cx.doc.drafts {
            for p in d.paragraphs() {
                if has_inline_labels(p.span.of(text)) {
                    continue;
                }
                // French and Spanish write "a)", "i)", not "(a)".
                if close_only {
                    for s in &p.subs {
                        let found = s.label_span.of(text);
                        let Some(bare) = found.strip_prefix('(') else {
                            continue;
                        };
                        let open = Span::new(s.label_span.start, s.label_span.start + 1);
                        let m = msg!(cx.ui,
                            en: "In this language sub-paragraph labels are written “{bare}”, not “{found}”",
                            zh: "该语文的分段编号写作“{bare}”，而非“{found}”",
                            fr: "Les alinéas sont numérotés « {bare} », et non « {found} »",
                            es: "Los apartados se designan “{bare}”, no “{found}”",
                            ru: "Подпункты обозначаются «{bare}», а не «{found}»",
                            ar: "تُرقَّم الفقرات الفرعية ”{bare}“ لا ”{found}“");
                        let label = msg!(cx.ui,
                            en: "Write “{bare}”",
                            zh: "改为“{bare}”",
                            fr: "Écrire « {bare} »",
                            es: "Escríbase “{bare}”",
                            ru: "Писать «{bare}»",
                            ar: "اكتب ”{bare}“");
                        cx.report_at(
                            crate::Severity::Warning,
                            s.label_span,
                            m,
                            crate::rules::edit(open, "", label),
                        );
                    }
                }
                for (k, want) in check_labels(&p.subs, letters) {
                    let s = &p.subs[k];
                    let found = s.label_span.of(text);
                    let want = if close_only && !found.starts_with('(') {
                        format!("{want})")
                    } else {
                        format!("({want})")
                    };
                    let m = msg!(cx.ui,
                        en: "Sub-paragraph label “{found}” is out of sequence; expected {want}",
                        zh: "分段编号“{found}”不连续；应为{want}",
                        fr: "La lettre d'alinéa « {found} » rompt la séquence ; attendu : {want}",
                        es: "La letra de apartado “{found}” está fuera de secuencia; se esperaba {want}",
                        ru: "Обозначение подпункта «{found}» нарушает последовательность; ожидалось {want}",
                        ar: "تسمية الفقرة الفرعية “{found}” خارج التسلسل؛ والمتوقع {want}");
                    cx.report(s.label_span, m, None);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subs(labels: &[&str]) -> Vec<SubParagraph> {
        labels
            .iter()
            .map(|l| SubParagraph {
                block: 0,
                label: l.to_string(),
                label_span: Span::default(),
                span: Span::default(),
                end: None,
            })
            .collect()
    }

    #[test]
    fn french_labels_close_only() {
        let t = "L'Assemblée générale,\n\n1. Décide :\n\n(a) De convoquer une réunion;\n\nb) D'inviter les États;\n\n2. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
        let f = crate::rules::tests::findings_of("subparagraph-labels", t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_ref().map(|x| x.replacement.as_str()), Some(""));
        assert_eq!(f[0].end - f[0].start, 3);
    }

    #[test]
    fn sequences() {
        assert!(check_labels(&subs(&["a", "b", "c"]), None).is_empty());
        assert!(
            check_labels(&subs(&["a", "i", "ii", "b", "i", "ii", "iii", "c"]), None).is_empty()
        );
        // (i) after (h) is the letter i.
        assert!(check_labels(
            &subs(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]),
            None
        )
        .is_empty());
        assert_eq!(
            check_labels(&subs(&["a", "b", "d"]), None),
            vec![(2, "c".to_string())]
        );
        assert_eq!(
            check_labels(&subs(&["a", "a"]), None),
            vec![(1, "b".to_string())]
        );
        assert_eq!(
            check_labels(&subs(&["a", "i", "iii"]), None),
            vec![(2, "ii".to_string())]
        );
        assert!(check_labels(&subs(&["㈠", "㈡"]), None).is_empty());
        assert_eq!(letter_label(27, None), "aa");
        let ar = crate::lang::ar::ABJAD;
        assert!(check_labels(&subs(&["أ", "ب", "ج", "د", "هـ", "و"]), Some(ar)).is_empty());
        assert_eq!(
            check_labels(&subs(&["أ", "ب", "د"]), Some(ar)),
            vec![(2, "ج".to_string())]
        );
        assert_eq!(roman_label(14), "xiv");
        assert!(has_inline_labels(
            "Notes the following: (i) the first; (ii) the second"
        ));
        assert!(!has_inline_labels("Notes resolution 1631 (2005) and (b)"));
    }

    #[test]
    fn close_only_labels_in_spanish() {
        let t = "La Asamblea General,\n\n1. Decide:\n\n(a) Convocar una reunión;\n\nb) Presentar un informe;\n\n2. Decide seguir examinando la cuestión en su sexagésimo quinto período de sesiones.\n";
        let f = crate::rules::tests::findings_of("subparagraph-labels", t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, crate::Severity::Warning);
        let fixed = crate::rules::tests::fixed_by("subparagraph-labels", t);
        assert!(fixed.contains("\na) Convocar"), "{fixed}");
    }
}
