//! French: the ordinals table of the conventions, language detection on the French
//! fixtures, the seed's draft understood, and findings whose UTF-16 offsets land on
//! the offending words.

use resolint::lang::{fr, profile};
use resolint::model::{Document, OrdinalForm, SessionKind};
use resolint::{check, Language, Options, Report};

fn read(name: &str) -> String {
    let path = format!("tests/fixtures/fr/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text a finding covers, sliced by its UTF-16 offsets.
fn covered(text: &str, start: usize, end: usize) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[start..end])
}

fn report(name: &str) -> (String, Report) {
    let text = read(name);
    let r = check(&text, &Options::default());
    (text, r)
}

#[test]
fn ordinals_table_of_the_conventions() {
    let table = read("ordinals.tsv");
    let mut n_rows = 0;
    for line in table.lines().skip(1) {
        let (n, word) = line.split_once('\t').expect("n<TAB>word");
        let n: u32 = n.parse().expect("number");
        assert_eq!(fr::ordinal(n), word, "generate {n}");
        assert_eq!(fr::parse_ordinal(word), Some((n, true)), "parse {word}");
        // In running text, as a session mention.
        let t = format!(
            "Prie le Secrétaire général de lui présenter, à sa {word} session, un rapport."
        );
        let doc = Document::parse(&t, &Options::default());
        let s = doc
            .sessions
            .iter()
            .find(|s| s.value == n)
            .unwrap_or_else(|| panic!("session {word} not found"));
        assert_eq!((s.form, s.kind), (OrdinalForm::Words, SessionKind::Regular));
        assert_eq!(s.ordinal.of(&t), word);
        // Capitalised in a masthead.
        let mut cap = word.chars();
        let first: String = cap
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        let head = format!("{first}{} session", cap.as_str());
        assert_eq!(
            fr::parse_ordinal(head.trim_end_matches(" session")),
            Some((n, true))
        );
        n_rows += 1;
    }
    assert_eq!(n_rows, 99);
    for n in 1..=99 {
        assert_eq!(fr::parse_ordinal(&fr::ordinal(n)), Some((n, true)));
        assert_eq!(fr::parse_figures(&format!("{n}e")), Some(n));
    }
}

#[test]
fn session_mentions_of_every_kind() {
    let t = "à sa dixième session extraordinaire d'urgence, à sa vingt-septième session extraordinaire, la 65e session, sa soixante-et-unième session et sa soixante cinquième session";
    let doc = Document::parse(t, &Options::default());
    let got: Vec<_> = doc
        .sessions
        .iter()
        .map(|s| (s.value, s.form, s.kind))
        .collect();
    assert_eq!(
        got,
        [
            (10, OrdinalForm::Words, SessionKind::EmergencySpecial),
            (27, OrdinalForm::Words, SessionKind::Special),
            (65, OrdinalForm::Figures, SessionKind::Regular),
            (61, OrdinalForm::Unhyphenated, SessionKind::Regular),
            (65, OrdinalForm::Unhyphenated, SessionKind::Regular),
        ]
    );
}

#[test]
fn fixtures_are_detected_as_french() {
    let mut n = 0;
    for entry in std::fs::read_dir("tests/fixtures/fr").expect("fixtures/fr") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("read");
            let r = check(&text, &Options::default());
            assert_eq!(r.language, Language::Fr, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 10);
}

#[test]
fn the_seed_draft_is_understood() {
    let (_, r) = report("seed_draft.txt");
    assert_eq!(r.session, Some(64));
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let o = &r.outline;
    assert_eq!((o.drafts, o.preambular, o.operative), (1, 5, 5));
    let title = "Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de sécurité collective";
    assert_eq!(o.title.as_deref(), Some(title));
    let f = o.follow_up.as_ref().expect("agenda clause");
    assert_eq!((f.session, f.title.as_deref()), (65, Some(title)));
    assert_eq!(o.report_session, Some(65));
    let kinds: Vec<(&str, &str)> = o
        .citations
        .iter()
        .map(|c| (c.kind, c.text.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [("ga-resolution", "59/50"), ("sc-resolution", "1631 (2005)")]
    );
    // Four dates: 2 décembre 2004, 17 octobre 2005, 9 décembre 1994, 17 février 1995.
    assert_eq!(o.dates, 4);
}

#[test]
fn the_security_council_draft_is_masculine_and_clean() {
    let (_, r) = report("clean_sc_remain_seized.txt");
    assert_eq!(r.body, resolint::Body::Sc);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.severity < resolint::Severity::Warning));
    assert_eq!(r.outline.document_date.as_deref(), Some("2013-10-18"));
    assert_eq!(
        profile(Language::Fr).gender(resolint::Body::Sc),
        Some(resolint::lang::Gender::Masculine)
    );
}

/// (fixture, rule, the words the finding must cover, the fix's replacement).
const LANDINGS: &[(&str, &str, &str, Option<&str>)] = &[
    ("bad_opening_line.txt", "opening-line", "Assemblée générale", Some("L'Assemblée générale")),
    ("bad_preamble_punctuation_date.txt", "date-form", "02 décembre 2004", Some("2 décembre 2004")),
    ("bad_preamble_punctuation_date.txt", "preamble-punctuation", ";", Some(",")),
    ("bad_opener_verb_forms.txt", "preambular-opener", "Rappelle", Some("Rappelant")),
    ("bad_opener_verb_forms.txt", "operative-verb", "Invitant", Some("Invite")),
    ("bad_opener_misspelled.txt", "preambular-opener", "Soulignat", Some("Soulignant")),
    ("bad_opener_misspelled.txt", "operative-verb", "Invte", Some("Invite")),
    ("bad_opener_agreement.txt", "opener-agreement", "Convaincu", Some("Convaincue")),
    ("bad_repeated_opener.txt", "repeated-opener", "Rappelant", Some(" également")),
    ("bad_citation_form_ordinal.txt", "citation-form", "1631(2005)", Some(" ")),
    ("bad_citation_form_ordinal.txt", "session-ordinal", "65e", Some("soixante-cinquième")),
    ("bad_ga_citation_date.txt", "ga-citation-date", "2 décembre 1998", None),
    ("bad_date_invalid.txt", "date-invalid", "31 novembre 1994", None),
    ("bad_follow_up_session.txt", "follow-up-session", "soixante-quatrième session", Some("soixante-cinquième session")),
    ("bad_sub_item.txt", "follow-up-parent-item", "Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de sécurité collective", None),
    ("bad_report_session_title.txt", "follow-up-report-session", "soixante-sixième session", None),
    ("bad_guillemets_spacing.txt", "fr-punctuation-spacing", ":", Some("\u{A0}")),
    ("bad_subparagraph_labels.txt", "subparagraph-labels", "(a)", Some("")),
];

#[test]
fn findings_land_on_the_offending_words() {
    for &(file, rule, words, fix) in LANDINGS {
        let (text, r) = report(file);
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.rule == rule)
            .unwrap_or_else(|| panic!("{file}: no {rule}"));
        assert_eq!(covered(&text, d.start, d.end), words, "{file} {rule}");
        if let Some(want) = fix {
            let f = d
                .fix
                .as_ref()
                .unwrap_or_else(|| panic!("{file} {rule}: no fix"));
            assert_eq!(f.replacement, want, "{file} {rule}");
        }
    }
}

#[test]
fn fixes_make_the_defective_drafts_clean() {
    // Applying every fix of a fixture whose defects all have fixes gives a text with
    // no error or warning left.
    for file in [
        "bad_opening_line.txt",
        "bad_opener_verb_forms.txt",
        "bad_opener_agreement.txt",
        "bad_guillemets_spacing.txt",
        "bad_subparagraph_labels.txt",
    ] {
        let (text, r) = report(file);
        let fixed = resolint::apply_fixes(
            &text,
            &r.diagnostics
                .iter()
                .filter_map(|d| d.fix.clone())
                .collect::<Vec<_>>(),
        );
        let after = check(&fixed, &Options::default());
        let loud: Vec<_> = after
            .diagnostics
            .iter()
            .filter(|d| d.severity >= resolint::Severity::Warning)
            .map(|d| d.rule)
            .collect();
        assert!(loud.is_empty(), "{file}: {loud:?}");
    }
}

#[test]
fn citations_in_the_french_order() {
    let t = "L'Assemblée générale,\n\nRappelant sa résolution 59/50 du 2 décembre 2004 et la résolution 1631 (2005) du Conseil de sécurité en date du 17 octobre 2005, ainsi que la résolution 2011/37 du Conseil économique et social, en date du 28 juillet 2011, ses résolutions 56/186 du 21 décembre 2001 et 57/244 du 20 décembre 2002, et sa décision 59/567 et la résolution 2 (I) du 1er février 1946,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
    let r = check(t, &Options::default());
    let got: Vec<(&str, &str)> = r
        .outline
        .citations
        .iter()
        .map(|c| (c.kind, c.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("ga-resolution", "59/50"),
            ("sc-resolution", "1631 (2005)"),
            ("ecosoc-resolution", "2011/37"),
            ("ga-resolution", "56/186"),
            ("ga-resolution", "57/244"),
            ("ga-resolution", "59/567"),
            ("ga-resolution", "2 (I)"),
        ]
    );
    let loud: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity >= resolint::Severity::Warning)
        .map(|d| (d.rule, d.message.clone()))
        .collect();
    assert!(loud.is_empty(), "{loud:?}");
    // "décision" names a decision; every cited date is read.
    let doc = Document::parse(t, &Options::default());
    let decisions: Vec<&str> = doc
        .citations
        .iter()
        .filter(|c| c.decision)
        .map(|c| c.span.of(t))
        .collect();
    assert_eq!(decisions, ["59/567"]);
    let dated = doc.citations.iter().filter(|c| c.date.is_some()).count();
    assert_eq!(dated, 6);
}

#[test]
fn dates_invalid_future_and_numeric() {
    let t = "Soixante-quatrième session\n\nL'Assemblée générale,\n\nRappelant la résolution 1631 (2005) du Conseil de sécurité en date du 31 juin 2005 et sa résolution 59/50 du 2 décembre 2004,\n\nNotant la déclaration du 12 mars 2031 et celle du 02/12/2004,\n\n1. Décide de poursuivre l'examen de la question à sa soixante-cinquième session.\n";
    let r = check(
        t,
        &Options {
            session: Some(64),
            ..Options::default()
        },
    );
    let rules: Vec<(&str, String)> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity >= resolint::Severity::Warning)
        .map(|d| (d.rule, covered(t, d.start, d.end)))
        .collect();
    assert!(
        rules.contains(&("date-invalid", "31 juin 2005".into())),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(id, w)| *id == "date-form" && w == "02/12/2004"),
        "{rules:?}"
    );
    // The unit parser: first of the month, forms of the months.
    let d = Document::parse("du 1er janvier 2005 au 15 aout 2006", &Options::default());
    let got: Vec<String> = d
        .dates
        .iter()
        .filter_map(|x| x.date())
        .map(|x| x.iso())
        .collect();
    assert_eq!(got, ["2005-01-01", "2006-08-15"]);
}

#[test]
fn date_in_the_future_of_the_document() {
    let t = "Distr. générale\n\n18 octobre 2013\n\nLe Conseil de sécurité,\n\nRappelant ses résolutions 1325 (2000) du 31 octobre 2000 et 2122 (2013) du 18 octobre 2014,\n\n1. Décide de rester saisi de la question.\n";
    let r = check(t, &Options::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "date-after-document")
        .expect("date-after-document");
    assert_eq!(covered(t, d.start, d.end), "18 octobre 2014");
}

#[test]
fn follow_up_fix_is_written_in_french() {
    let (text, r) = report("bad_follow_up_missing.txt");
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "follow-up-missing")
        .expect("follow-up-missing");
    let fix = d.fix.as_ref().expect("fix");
    assert!(
        fix.replacement.contains("5. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-cinquième session la question intitulée « Coopération entre l'Organisation des Nations Unies et l'Organisation du Traité de sécurité collective »."),
        "{}",
        fix.replacement
    );
    let fixed = resolint::apply_fixes(&text, std::slice::from_ref(fix));
    let after = check(&fixed, &Options::default());
    assert!(
        after
            .diagnostics
            .iter()
            .all(|d| d.severity < resolint::Severity::Warning),
        "{:?}",
        after.diagnostics
    );
}

#[test]
fn profile_is_french() {
    let p = profile(Language::Fr);
    assert_eq!(p.organ_line(resolint::Body::Ga), "L'Assemblée générale");
    assert_eq!(p.repeat_adverb(2, false, resolint::Body::Ga).0, "également");
    assert_eq!(p.repeat_adverb(3, true, resolint::Body::Ga).0, "en outre");
    assert_eq!(
        resolint::lang::opener_meanings(Language::Fr, "rappelant"),
        ["recall"]
    );
    assert_eq!(
        resolint::lang::opener_meanings(Language::Fr, "prie"),
        ["request"]
    );
}

#[test]
fn french_and_english_versions_align() {
    let en = std::fs::read_to_string("tests/fixtures/en/seed_draft.txt").expect("en seed");
    let fr = read("seed_draft.txt");
    let c = resolint::compare(&en, &fr, &Options::default());
    let loud: Vec<_> = c
        .diagnostics
        .iter()
        .filter(|d| d.severity >= resolint::Severity::Warning)
        .map(|d| d.rule)
        .collect();
    assert!(loud.is_empty(), "{loud:?}");
    let changed = fr.replace("en date du 17 octobre 2005", "en date du 17 octobre 2006");
    let c = resolint::compare(&en, &changed, &Options::default());
    assert!(c.diagnostics.iter().any(|d| d.rule == "date-mismatch"));
}

#[test]
fn the_seed_layout_letter_memorandum_and_annex() {
    let text = read("clean_seed_letter.txt");
    let doc = Document::parse(&text, &Options::default());
    assert_eq!(doc.session, Some(64));
    assert_eq!(doc.date.map(|d| d.iso()).as_deref(), Some("2009-08-11"));
    let letter: Vec<String> = doc
        .letter_dates
        .iter()
        .filter_map(|&i| doc.dates.get(i))
        .map(|d| d.span.of(&text).to_string())
        .collect();
    assert_eq!(letter, ["14 juillet 2009"]);
    assert_eq!(doc.drafts.len(), 1);
    assert_eq!(doc.drafts[0].operative.len(), 5);
}

#[test]
fn report_requests_in_their_usual_french_forms() {
    for clause in [
        "Prie le Secrétaire général de lui présenter, à sa soixante-cinquième session, un rapport sur l'application de la présente résolution;",
        "Prie le Secrétaire général de lui présenter à sa soixante-cinquième session un rapport sur l'application de la présente résolution;",
        "Prie le Secrétaire général de lui faire rapport à sa soixante-cinquième session sur l'application de la présente résolution;",
        "Prie le Secrétaire général de lui présenter, pour examen à sa soixante-cinquième session, un rapport sur la question;",
        "Prie le Secrétaire général de présenter à l'Assemblée générale, à sa soixante-cinquième session, un rapport sur la question;",
    ] {
        let t = format!("Soixante-quatrième session\n\nL'Assemblée générale,\n\n1. {clause}\n\n2. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-cinquième session la question intitulée « Coopération ».\n");
        let r = check(&t, &Options::default());
        assert_eq!(r.outline.report_session, Some(65), "{clause}");
    }
}
