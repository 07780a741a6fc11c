//! The command line: formats, exit codes, errors on bad input, fix.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn resolint(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_resolint"));
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("run resolint");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wait")
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("resolint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write tmp");
    p.to_string_lossy().into_owned()
}

const CLEAN: &str = "tests/fixtures/en/seed_draft.txt";
const BAD: &str = "tests/fixtures/en/bad_operative_verb.txt";

#[test]
fn json_contract() {
    let out = resolint(&["check", "--format", "json", CLEAN, BAD], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert!(v["version"].is_string());
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    for f in files {
        for key in ["path", "language", "body", "session", "diagnostics"] {
            assert!(f.get(key).is_some(), "missing {key}");
        }
    }
    assert_eq!(files[0]["language"], "en");
    assert_eq!(files[0]["session"], 64);
    let d = &files[1]["diagnostics"][0];
    for key in [
        "rule",
        "category",
        "severity",
        "message",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
        "fix",
    ] {
        assert!(d.get(key).is_some(), "diagnostic lacks {key}");
    }
}

#[test]
fn exit_codes_and_text_output() {
    let clean = resolint(&["check", CLEAN], None);
    assert_eq!(clean.status.code(), Some(0));
    let bad = resolint(&["check", BAD], None);
    assert_eq!(bad.status.code(), Some(1));
    let text = String::from_utf8_lossy(&bad.stdout);
    assert!(text.contains("error[operative-verb]"), "{text}");
    assert!(text.contains(&format!("--> {BAD}:")), "{text}");
    assert!(text.contains('^'));
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn unreadable_inputs_get_one_line_and_the_rest_is_checked() {
    let bad_utf8 = tmp("latin1.txt", b"The General Assembly,\n\nR\xe9solution\n");
    let dir = std::env::temp_dir();
    let out = resolint(
        &[
            "check",
            "--format",
            "json",
            "no/such/file.txt",
            &bad_utf8,
            dir.to_str().unwrap_or("/tmp"),
            CLEAN,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/file.txt: cannot read: no such file"),
        "{err}"
    );
    assert!(
        err.contains("latin1.txt: not valid UTF-8 (invalid byte at offset 24)"),
        "{err}"
    );
    assert!(err.contains("is a directory"), "{err}");
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("JSON for the readable file");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1));
}

#[test]
fn stdin_and_options() {
    let out = resolint(
        &[
            "check",
            "--lang",
            "zh",
            "--session",
            "64",
            "--format",
            "json",
            "-",
        ],
        Some("大会，\n\n1. 请秘书长提交报告。\n".as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["files"][0]["path"], "<stdin>");
    assert_eq!(v["files"][0]["session"], 64);
    let out = resolint(&["check", "--body", "un", CLEAN], None);
    assert_eq!(out.status.code(), Some(2));
    let out = resolint(&["check", "--disable", "operative-verb", BAD], None);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("operative-verb"));
    let out = resolint(&["check", "--disable", "no-such-rule", BAD], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn sarif() {
    let out = resolint(&["check", "--format", "sarif", BAD], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF JSON");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "resolint");
    assert!(run["results"].as_array().is_some_and(|r| !r.is_empty()));
    assert!(run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"].is_u64());
}

#[test]
fn rules_and_explain() {
    let out = resolint(&["rules"], None);
    let text = String::from_utf8_lossy(&out.stdout);
    for r in resolint::rules::all() {
        assert!(text.contains(r.meta().id), "rules lacks {}", r.meta().id);
    }
    let out = resolint(&["explain", "operative-verb"], None);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Why:") && text.contains("Flagged:") && text.contains("Not flagged:"));
    assert_eq!(resolint(&["explain", "nope"], None).status.code(), Some(2));
}

#[test]
fn fix_prints_and_writes() {
    let src = "The General Assembly,\n\n1. Request the Secretary-General to report;\n\n2. Decides to remain seized of the matter.\n";
    let out = resolint(&["fix", "-"], Some(src.as_bytes()));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1. Requests the Secretary-General"));
    let p = tmp("fixme.txt", src.as_bytes());
    let out = resolint(&["fix", "--write", &p], None);
    assert_eq!(out.status.code(), Some(0));
    let fixed = std::fs::read_to_string(&p).expect("read back");
    assert!(fixed.contains("1. Requests the Secretary-General"));
}

/// Runs the CLI under a 256 MiB address-space limit (`ulimit -v`): reading a 2 GB file
/// into memory would abort instead of printing the message.
fn resolint_limited(args: &[&str]) -> Output {
    let mut script = String::from("ulimit -v 262144; exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_resolint"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run resolint under sh")
}

#[test]
fn bad_inputs_get_one_clear_line() {
    // A 2 GB file (sparse: no disk used), larger than the 64 MiB limit.
    let dir = std::env::temp_dir().join(format!("resolint-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let big = dir.join("huge.txt");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(2 * 1024 * 1024 * 1024))
        .expect("sparse 2 GB file");
    let big_s = big.to_string_lossy().into_owned();
    let latin1 = tmp(
        "cp1252.txt",
        b"The General Assembly,\r\n\r\n1. D\xe9cide\x93s\x94;\r\n",
    );
    let dir_s = dir.to_string_lossy().into_owned();
    for cmd in ["check", "fix"] {
        let out = resolint_limited(&[cmd, &big_s, &latin1, &dir_s, "missing.txt"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 4, "{cmd}: one line per bad input: {err}");
        assert_eq!(
            lines[0],
            format!("resolint: {big_s}: 2147483648 bytes is larger than the 64 MiB limit")
        );
        assert!(
            lines[1].ends_with("cp1252.txt: not valid UTF-8 (invalid byte at offset 29)"),
            "{err}"
        );
        assert_eq!(lines[2], format!("resolint: {dir_s}: is a directory"));
        assert_eq!(lines[3], "resolint: missing.txt: cannot read: no such file");
        assert!(!err.contains("panicked") && !err.contains("memory allocation"));
    }
    let _ = std::fs::remove_file(&big);
    let _ = std::fs::remove_dir(&dir);
    assert!(!big.exists(), "the 2 GB file is removed");
    // Standard input that is not UTF-8, and empty standard input.
    let out = resolint(&["check", "-"], Some(b"\xff\xfeT\x00h\x00e\x00"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "resolint: <stdin>: not valid UTF-8 (invalid byte at offset 0)"
    );
    let out = resolint(&["check", "--format", "json", "-"], Some(b""));
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
}
