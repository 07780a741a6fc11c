//! Arabic: ordinals against the ordinals table, the masthead session, detection of
//! every Arabic fixture, the manifest's lines, UTF-16 offsets on right-to-left text
//! mixed with Latin symbols and Western or Arabic-Indic digits, and normalisation
//! (tatweel, harakat, hamza-less alefs) before matching.

use resolint::lang::ar::{normalize, ordinal, ordinal_in, parse_ordinal, Case};
use resolint::model::sessions::{self, OrdinalForm, SessionKind};
use resolint::{apply_fixes, check, Diagnostic, Language, Options, Report, Severity};

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/ar/{name}")).expect(name)
}

fn run(text: &str) -> Report {
    check(text, &Options::default())
}

/// The text a finding covers, sliced by its UTF-16 offsets.
fn flagged(text: &str, d: &Diagnostic) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[d.start..d.end])
}

fn loud(r: &Report) -> Vec<&Diagnostic> {
    r.diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .collect()
}

/// The covered texts of one rule's findings, in order.
fn covered(text: &str, r: &Report, rule: &str) -> Vec<String> {
    r.diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| flagged(text, d))
        .collect()
}

fn fixed(text: &str, r: &Report, rule: &str) -> String {
    let fixes: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .filter_map(|d| d.fix.clone())
        .collect();
    apply_fixes(text, &fixes)
}

#[test]
fn ordinals_match_the_table_both_ways() {
    let table = read("ordinals.tsv");
    let mut rows = 0;
    for line in table.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 7, "{line}");
        let n: u32 = cols[0].parse().expect("n");
        let (nom, gen) = (cols[5], cols[6]);
        assert_eq!(ordinal_in(n, Case::Nominative), nom, "nominative {n}");
        assert_eq!(ordinal(n), gen, "genitive {n}");
        assert_eq!(parse_ordinal(nom), Some((n, true)), "{nom}");
        assert_eq!(parse_ordinal(gen), Some((n, true)), "{gen}");
        // In running text and in the heading, through the session finder.
        for t in [format!("الدورة {nom}"), format!("في دورتها {gen}، ")] {
            let r = sessions::find(&t, Language::Ar);
            assert_eq!(r.len(), 1, "{t}");
            assert_eq!((r[0].value, r[0].form), (n, OrdinalForm::Words), "{t}");
            assert_eq!(r[0].ordinal.of(&t), if t.contains(nom) { nom } else { gen });
        }
        rows += 1;
    }
    assert_eq!(rows, 99);
}

#[test]
fn session_kinds_and_figures() {
    let t =
        "في دورتها الاستثنائية العاشرة، والدورة الاستثنائية الطارئة العاشرة، والدورة 65 والدورة ٦٥";
    let r = sessions::find(t, Language::Ar);
    let v: Vec<_> = r.iter().map(|x| (x.value, x.form, x.kind)).collect();
    assert_eq!(
        v,
        [
            (10, OrdinalForm::Words, SessionKind::Special),
            (10, OrdinalForm::Words, SessionKind::EmergencySpecial),
            (65, OrdinalForm::Figures, SessionKind::Regular),
            (65, OrdinalForm::Figures, SessionKind::Regular),
        ]
    );
    // The masculine form is read, as non-standard.
    let r = sessions::find("لدورتها الخامس والستين", Language::Ar);
    assert_eq!((r[0].value, r[0].form), (65, OrdinalForm::Unhyphenated));
}

#[test]
fn every_fixture_is_detected_as_arabic() {
    let mut n = 0;
    for e in std::fs::read_dir("tests/fixtures/ar").expect("dir") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            let t = std::fs::read_to_string(&p).expect("read");
            assert_eq!(run(&t).language, Language::Ar, "{}", p.display());
            n += 1;
        }
    }
    assert!(n >= 30, "{n} fixtures");
}

#[test]
fn seed_draft_is_understood() {
    let t = read("seed_draft.txt");
    let r = run(&t);
    assert!(loud(&r).is_empty(), "{:?}", loud(&r));
    assert_eq!(r.session, Some(64), "masthead «الدورة الرابعة والستون»");
    let o = &r.outline;
    assert_eq!((o.drafts, o.preambular, o.operative), (1, 5, 5));
    let title = "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي";
    assert_eq!(o.title.as_deref(), Some(title));
    let f = o.follow_up.as_ref().expect("agenda clause");
    assert_eq!((f.session, f.title.as_deref()), (65, Some(title)));
    assert_eq!(o.report_session, Some(65));
    let cites: Vec<(&str, &str)> = o
        .citations
        .iter()
        .map(|c| (c.kind, c.text.as_str()))
        .collect();
    assert_eq!(
        cites,
        [("ga-resolution", "59/50"), ("sc-resolution", "1631 (2005)")]
    );
    // The Eastern-digit variant reads the same.
    let t = read("clean_indic_digits_marks.txt");
    let r = run(&t);
    assert!(loud(&r).is_empty(), "{:?}", loud(&r));
    assert_eq!(r.session, Some(64));
    assert_eq!((r.outline.preambular, r.outline.operative), (5, 5));
    assert_eq!(r.outline.citations.len(), 2);
    assert_eq!(r.outline.follow_up.as_ref().map(|f| f.session), Some(65));
    // A Council draft.
    let r = run(&read("clean_sc_subparagraphs.txt"));
    assert_eq!(r.body, resolint::Body::Sc);
    assert_eq!(r.outline.citations.len(), 6);
}

#[test]
fn another_masthead_session() {
    let t = read("seed_draft.txt")
        .replace("الدورة الرابعة والستون", "الدورة الخامسة والستون")
        .replace("الخامسة والستين", "السادسة والستين");
    let r = run(&t);
    assert_eq!(r.session, Some(65));
    assert!(loud(&r).is_empty(), "{:?}", loud(&r));
}

#[test]
fn manifest_lines_are_where_the_findings_are() {
    let m = read("MANIFEST.md");
    let mut checked = 0;
    for line in m.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 7 || !cells[1].ends_with(".txt") {
            continue;
        }
        let file = cells[1].trim_start_matches("ar/");
        let text = read(file);
        let r = run(&text);
        let mut rest = cells[5];
        while let Some(p) = rest.find("**") {
            let after = &rest[p + 2..];
            let Some(q) = after.find("**") else { break };
            let id = &after[..q];
            let tail = &after[q + 2..];
            let l: usize = tail
                .trim_start_matches([' ', '-'])
                .strip_prefix('L')
                .and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse().ok())
                .expect("line");
            assert!(
                r.diagnostics.iter().any(|d| d.rule == id && d.line == l),
                "{file}: {id} not on line {l}: {:?}",
                r.diagnostics
                    .iter()
                    .map(|d| (d.rule, d.line))
                    .collect::<Vec<_>>()
            );
            checked += 1;
            rest = tail;
        }
    }
    assert!(checked >= 40, "{checked}");
}

#[test]
fn offsets_land_on_the_words_in_right_to_left_text() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "bad_agreement.txt",
            "opener-agreement",
            &["يشدد على", "يلاحظ"],
        ),
        ("bad_preamble_link.txt", "preambular-opener", &["وإذ", "إذ"]),
        (
            "bad_repeated_opener.txt",
            "repeated-opener",
            &["تشير إلى", "تلاحظ"],
        ),
        ("bad_citation_form.txt", "citation-form", &["1631(2005)"]),
        ("bad_sc_citation_no_year.txt", "citation-form", &["1631"]),
        ("bad_citation_date_year.txt", "sc-citation-year", &["2006"]),
        (
            "bad_ga_citation_session.txt",
            "ga-citation-session",
            &["69/50"],
        ),
        (
            "bad_date_form.txt",
            "date-form",
            &["02 كانون الأول/ديسمبر 2004", "17/10/2005"],
        ),
        (
            "bad_date_invalid.txt",
            "date-invalid",
            &["31 أيلول/سبتمبر 1994"],
        ),
        ("bad_session_ordinal.txt", "session-ordinal", &["65"]),
        ("bad_stray_space.txt", "stray-space", &[" "]),
        ("bad_typography.txt", "doubled-punctuation", &["؛"]),
        ("bad_typography.txt", "double-space", &["  "]),
        (
            "bad_hidden_character.txt",
            "hidden-character",
            &["\u{200B}"],
        ),
        ("bad_operative_verb.txt", "operative-verb", &["تدعو"]),
        ("bad_paragraph_label.txt", "operative-numbering", &["1."]),
        ("bad_mixed_digits.txt", "mixed-digits", &["1631", "2005"]),
        (
            "bad_sc_subparagraph_labels.txt",
            "subparagraph-labels",
            &["(د)"],
        ),
        (
            "bad_sc_subparagraph_labels.txt",
            "opener-agreement",
            &["تقرر"],
        ),
    ];
    for &(file, rule, want) in cases {
        let t = read(file);
        let r = run(&t);
        assert_eq!(covered(&t, &r, rule), want, "{file} {rule}");
    }
    // The symbol inside Arabic text: the finding lies within "A/C.9/64/L.2".
    let t = read("bad_document_symbol.txt");
    let r = run(&t);
    let got = covered(&t, &r, "document-symbol");
    assert_eq!(got.len(), 1);
    assert!("(A/C.9/64/L.2)".contains(got[0].as_str()), "{got:?}");
}

#[test]
fn fixes_give_the_right_arabic() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "bad_agreement.txt",
            "opener-agreement",
            &["وإذ تشدد على أن", "1 - تلاحظ أنشطة"],
        ),
        (
            "bad_preamble_link.txt",
            "preambular-opener",
            &["\nإذ تشير إلى قرارها", "\nوإذ ترحب بالجهود"],
        ),
        (
            "bad_repeated_opener.txt",
            "repeated-opener",
            &["وإذ تشير أيضا إلى أحكام", "2 - تلاحظ أيضا أهمية"],
        ),
        ("bad_citation_form.txt", "citation-form", &["1631 (2005)"]),
        (
            "bad_sc_citation_no_year.txt",
            "citation-form",
            &["قرار مجلس الأمن 1631 (2005) المؤرخ"],
        ),
        (
            "bad_date_form.txt",
            "date-form",
            &[
                "المؤرخ 2 كانون الأول/ديسمبر 2004،",
                "المؤرخ 17 تشرين الأول/أكتوبر 2005،",
            ],
        ),
        (
            "bad_date_month_pair.txt",
            "date-form",
            &[
                "المؤرخ 2 كانون الأول/ديسمبر 2004،",
                "المؤرخ 17 تشرين الأول/أكتوبر 2005،",
            ],
        ),
        (
            "bad_session_ordinal.txt",
            "session-ordinal",
            &["لدورتها الخامسة والستين البند"],
        ),
        (
            "bad_opening_line.txt",
            "opening-line",
            &["إن الجمعية العامة،"],
        ),
        (
            "bad_preambular_verb.txt",
            "preambular-opener",
            &["\nوإذ تشدد على أن"],
        ),
        (
            "bad_stray_space.txt",
            "stray-space",
            &["في الجمعية العامة،\n"],
        ),
        (
            "bad_sc_subparagraph_labels.txt",
            "opener-agreement",
            &["4 - يقرر أن يبقي"],
        ),
    ];
    for &(file, rule, want) in cases {
        let t = read(file);
        let r = run(&t);
        let f = fixed(&t, &r, rule);
        for w in want {
            assert!(f.contains(w), "{file} {rule}: no {w:?} in the fixed text");
        }
    }
}

#[test]
fn eastern_digits_in_findings() {
    let t = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها ٥٩/٥٠ المؤرخ ٠٢ كانون الأول/ديسمبر ٢٠٠٤، وإلى قرار مجلس الأمن ١٦٣١(٢٠٠٥) المؤرخ ١٧ تشرين الأول/أكتوبر ٢٠٠٥،\n\n١ - تطلب إلى الأمين العام أن يقدم إليها في دورتها الخامسة والستين تقريرا عن تنفيذ هذا القرار؛\n\n٢ - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها ٦٥ البند المعنون ”التعاون“.\n";
    let r = run(t);
    assert_eq!(r.language, Language::Ar);
    assert_eq!(covered(t, &r, "date-form"), ["٠٢ كانون الأول/ديسمبر ٢٠٠٤"]);
    assert_eq!(covered(t, &r, "citation-form"), ["١٦٣١(٢٠٠٥)"]);
    assert_eq!(covered(t, &r, "session-ordinal"), ["٦٥"]);
    assert!(fixed(t, &r, "session-ordinal").contains("لدورتها الخامسة والستين البند"));
    assert_eq!(r.outline.operative, 2);
    let kinds: Vec<&str> = r.outline.citations.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, ["ga-resolution", "sc-resolution"]);
}

#[test]
fn normalised_before_matching() {
    assert_eq!(normalize("تُشِيــر إلى"), "تشير الي");
    assert_eq!(normalize("\u{200F}اﻷمين"), "الامين");
    // Tatweel and harakat in openers, months and keywords; an alef without hamza.
    let t = "إن الجمعيــة العامة،\n\nإذ تُشِيـر إلى قرارهــا 59/50 المؤرخ 02 كانــون الأوّل/ديسمبر 2004،\n\nوإذ تشير الى الميثاق،\n\n1 - تقــرر أن تبقي المسألة قيد نظرها.\n";
    let r = run(t);
    assert_eq!(r.language, Language::Ar);
    assert!(covered(t, &r, "opening-line").is_empty());
    // The second "Recalling" is the same opener as the first.
    assert_eq!(covered(t, &r, "repeated-opener"), ["تشير الى"]);
    // The month is read through the tatweel and the shadda.
    assert_eq!(covered(t, &r, "date-form"), ["02 كانــون الأوّل/ديسمبر 2004"]);
    assert_eq!(r.outline.citations.len(), 1);
    assert!(covered(t, &r, "operative-verb").is_empty());
    assert!(covered(t, &r, "preambular-opener").is_empty());
}

#[test]
fn opener_meanings_align_with_english() {
    use resolint::lang::opener_meanings;
    for (lemma, meaning) in [
        ("تشير الي", "recall"),
        ("تطلب الي", "request"),
        ("تقرر", "decide"),
        ("ترحب", "welcome"),
        ("تلاحظ", "note"),
        ("تشدد علي", "stress"),
        ("يهيب", "call"),
        ("تؤيد", "approve"),
        ("اقتناعا منها", "convinced"),
        ("تضع في اعتبارها", "bear"),
    ] {
        assert!(
            opener_meanings(Language::Ar, lemma).contains(&meaning),
            "{lemma}"
        );
    }
    let en = read("seed_draft.txt");
    let en_text = std::fs::read_to_string("tests/fixtures/en/seed_draft.txt").expect("en");
    let c = resolint::compare(&en_text, &en, &Options::default());
    assert_eq!(c.counts(), (0, 0, 0), "{:?}", c.diagnostics);
}

#[test]
fn citation_forms() {
    let t = "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 37/4 المؤرخ 22 تشرين الأول/أكتوبر 1982، و 39/7 المؤرخ 8 تشرين الثاني/نوفمبر 1984، وإلى قرار الجمعية العامة 52/223 والمقرر 59/567 ومقرر الجمعية 71/538 وقرار مجلس الأمن 425 (1978) المؤرخ 19 آذار/مارس 1978 والقرار 2064 (2012) المؤرخ 30 آب/أغسطس 2012 وقرار المجلس الاقتصادي والاجتماعي 1996/31 المؤرخ 25 تموز/يوليه 1996 وقرار مجلس حقوق الإنسان 5/1 المؤرخ 18 حزيران/يونيه 2007 وبقرارها 60/1،\n\n1 - تقرر أن تبقي المسألة قيد نظرها؛\n\n2 - تقرر أيضا أن تدرج في جدول الأعمال المؤقت لدورتها الخامسة والستين البند المعنون ”التعاون“.\n";
    let r = run(t);
    let got: Vec<(&str, &str)> = r
        .outline
        .citations
        .iter()
        .map(|c| (c.kind, c.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("ga-resolution", "37/4"),
            ("ga-resolution", "39/7"),
            ("ga-resolution", "52/223"),
            ("ga-resolution", "59/567"),
            ("ga-resolution", "71/538"),
            ("sc-resolution", "425 (1978)"),
            ("sc-resolution", "2064 (2012)"),
            ("ecosoc-resolution", "1996/31"),
            ("hrc-resolution", "5/1"),
            ("ga-resolution", "60/1"),
        ]
    );
    // Every date agrees with its citation.
    assert!(loud(&r).is_empty(), "{:?}", loud(&r));
    // A wrong one does not.
    let bad = t.replace("22 تشرين الأول/أكتوبر 1982", "22 تشرين الأول/أكتوبر 1984");
    let r = run(&bad);
    assert_eq!(
        covered(&bad, &r, "ga-citation-date"),
        ["22 تشرين الأول/أكتوبر 1984"]
    );
}

#[test]
fn no_panic_on_scrambled_arabic() {
    // Pieces of Arabic drafts, marks and digits, put together at random.
    let pieces = [
        "إن الجمعية العامة،",
        "إن مجلس الأمن،",
        "إذ",
        "وإذ",
        "تشير",
        "أيضا",
        "إلى",
        "قرارها",
        "قرار مجلس الأمن",
        "59/50",
        "٥٩/٥٠",
        "1631 (2005)",
        "١٦٣١(٢٠٠٥)",
        "المؤرخ",
        "2",
        "٢",
        "كانون الأول/",
        "ديسمبر",
        "/ ",
        "2004",
        "لدورتها",
        "الدورة",
        "الخامسة",
        "والستين",
        "الاستثنائية",
        "جدول الأعمال المؤقت ل",
        "المعنون",
        "”",
        "“",
        "(أ)",
        "(هـ)",
        "1 -",
        "١ -",
        "1.",
        "،",
        "؛",
        ".",
        ":",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\u{640}",
        "\u{64E}",
        "\u{651}",
        "\u{200F}",
        "ﻷ",
        "A/64/141",
        "واقتناعا منها",
        "وقد نظرت في",
        "يقرر",
        "تقرر",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let n = 5 + (next() % 60) as usize;
        let mut t = String::new();
        for _ in 0..n {
            t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            if next() % 3 == 0 {
                t.push(' ');
            }
        }
        let r = run(&t);
        let units = t.encode_utf16().count();
        for d in &r.diagnostics {
            assert!(d.start <= d.end && d.end <= units, "{t:?}: {d:?}");
            if let Some(f) = &d.fix {
                assert!(f.start <= f.end && f.end <= units, "{t:?}: {d:?}");
            }
        }
    }
}

#[test]
fn long_runs_stay_linear() {
    // A huge "word" full of session stems and a huge run of digits.
    let t = format!(
        "إن الجمعية العامة،\n\nإذ تشير إلى {} و الدورة {}،\n\n1 - تقرر.\n",
        "دور".repeat(40_000),
        "٦".repeat(40_000)
    );
    let start = std::time::Instant::now();
    let r = run(&t);
    assert_eq!(r.language, Language::Ar);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn continue_consideration_clauses() {
    for clause in [
        "تقرر مواصلة النظر في هذه المسألة في دورتها السادسة والستين.",
        "تقرر أن تواصل النظر في هذه المسألة في دورتها السادسة والستين.",
        "تقرر أن تنظر في هذه المسألة في دورتها السادسة والستين.",
    ] {
        let t = format!("الدورة الرابعة والستون\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 62/155 المؤرخ 18 كانون الأول/ديسمبر 2007،\n\n1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها السادسة والستين تقريرا عن تنفيذ هذا القرار؛\n\n2 - {clause}\n");
        let r = run(&t);
        assert_eq!(
            r.outline.follow_up.as_ref().map(|f| f.session),
            Some(66),
            "{clause}"
        );
        assert_eq!(r.outline.report_session, Some(66));
        assert!(loud(&r).is_empty(), "{clause}: {:?}", loud(&r));
    }
}
