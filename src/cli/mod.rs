//! Argument parsing and the commands. Exit codes: 0 no error-severity finding,
//! 1 some, 2 usage or I/O error.

mod output;

use resolint::{Body, Language, Options, Report, UiLanguage};
use std::io::{IsTerminal, Read, Write};

/// Files larger than this are refused with a message rather than read.
const MAX_FILE: u64 = 64 * 1024 * 1024;

const USAGE: &str = "\
resolint — a checker for United Nations draft resolutions

Usage:
  resolint check [OPTIONS] [FILE...]   check files (`-` or none: standard input)
  resolint fix [--write] [OPTIONS] FILE...
                                       print the text with every fix applied
                                       (--write: rewrite the file)
  resolint compare [OPTIONS] A B       compare two language versions of one draft
                                       (--format text|json, --ui-lang en|zh|fr|es|ru|ar)
  resolint rules                       list every rule
  resolint explain RULE                print a rule's documentation

Options:
  --format text|json|sarif       output format (default: text)
  --lang auto|en|zh|fr|es|ru|ar  language of the draft (default: auto)
  --session N                    current session of the General Assembly
  --body ga|sc|ecosoc|hrc        the organ (default: from the opening line, else ga)
  --disable RULE,...             rules not to run
  --ui-lang en|zh|fr|es|ru|ar    language of the messages (default: en)
  --color auto|always|never      colour in text output (default: auto)
";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

struct Args {
    command: String,
    files: Vec<String>,
    format: Format,
    options: Options,
    write: bool,
    color: Option<bool>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    let command = it
        .next()
        .ok_or_else(|| "no command given".to_string())?
        .clone();
    let mut a = Args {
        command,
        files: Vec::new(),
        format: Format::Text,
        options: Options::default(),
        write: false,
        color: None,
    };
    while let Some(arg) = it.next() {
        let (key, inline) = match arg.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match key.as_str() {
            "--format" => {
                a.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "sarif" => Format::Sarif,
                    v => return Err(format!("unknown format `{v}` (text, json, sarif)")),
                }
            }
            "--lang" => {
                let v = value("--lang")?;
                a.options.language = if v == "auto" {
                    None
                } else {
                    Some(
                        Language::parse(&v)
                            .ok_or_else(|| format!("unknown language `{v}` (auto, en, zh)"))?,
                    )
                };
            }
            "--session" => {
                let v = value("--session")?;
                let n: u32 = v
                    .parse()
                    .map_err(|_| format!("--session takes a number, not `{v}`"))?;
                if !(1..=200).contains(&n) {
                    return Err(format!("--session {n} is out of range"));
                }
                a.options.session = Some(n);
            }
            "--body" => {
                let v = value("--body")?;
                a.options.body = Some(
                    Body::parse(&v)
                        .ok_or_else(|| format!("unknown body `{v}` (ga, sc, ecosoc, hrc)"))?,
                );
            }
            "--disable" => {
                for id in value("--disable")?
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                {
                    if resolint::rules::by_id(id).is_none() {
                        return Err(format!("unknown rule `{id}` (see `resolint rules`)"));
                    }
                    a.options.disable.push(id.to_string());
                }
            }
            "--ui-lang" => {
                let v = value("--ui-lang")?;
                a.options.ui_language = UiLanguage::parse(&v)
                    .ok_or_else(|| format!("unknown message language `{v}` (en, zh)"))?;
            }
            "--color" => {
                a.color = match value("--color")?.as_str() {
                    "always" => Some(true),
                    "never" => Some(false),
                    "auto" => None,
                    v => return Err(format!("unknown colour mode `{v}`")),
                }
            }
            "--write" => a.write = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => a.files.push(arg.clone()),
        }
    }
    Ok(a)
}

/// A file's text, or a one-line reason it cannot be read.
fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .take(MAX_FILE + 1)
            .read_to_end(&mut b)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        if b.len() as u64 > MAX_FILE {
            return Err(format!(
                "<stdin>: larger than the {} MiB limit",
                MAX_FILE >> 20
            ));
        }
        b
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("{path}: cannot read: {}", io_reason(&e)))?;
        if meta.is_dir() {
            return Err(format!("{path}: is a directory"));
        }
        if meta.len() > MAX_FILE {
            return Err(format!(
                "{path}: {} bytes is larger than the {} MiB limit",
                meta.len(),
                MAX_FILE >> 20
            ));
        }
        std::fs::read(path).map_err(|e| format!("{path}: cannot read: {}", io_reason(&e)))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let name = if path == "-" { "<stdin>" } else { path };
        format!(
            "{name}: not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Runs the command line; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let a = match parse_args(args) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            let _ = write!(out, "{USAGE}");
            return 0;
        }
        Err(e) => {
            let _ = writeln!(err, "resolint: {e}\n\n{USAGE}");
            return 2;
        }
    };
    match a.command.as_str() {
        "check" => check(&a, out, err),
        "fix" => fix(&a, out, err),
        "compare" => compare(&a, out, err),
        "rules" => {
            let _ = output::rules(out);
            0
        }
        "explain" => {
            let id = a.files.first().map_or("", String::as_str);
            if let Some(rule) = resolint::rules::by_id(id) {
                let _ = output::explain(out, rule.meta());
                0
            } else if let Some(rule) = resolint::compare::rule(id) {
                let _ = output::explain_consistency(out, rule);
                0
            } else {
                let _ = writeln!(
                    err,
                    "resolint: explain needs a rule id (see `resolint rules`)"
                );
                2
            }
        }
        "help" | "--help" | "-h" => {
            let _ = write!(out, "{USAGE}");
            0
        }
        c => {
            let _ = writeln!(err, "resolint: unknown command `{c}`\n\n{USAGE}");
            2
        }
    }
}

fn check(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let files: Vec<String> = if a.files.is_empty() {
        vec!["-".into()]
    } else {
        a.files.clone()
    };
    let color = a
        .color
        .unwrap_or_else(|| a.format == Format::Text && std::io::stdout().is_terminal());
    let mut reports: Vec<(String, String, Report)> = Vec::new();
    let mut io_error = false;
    for f in &files {
        match read_input(f) {
            Ok(text) => {
                let report = resolint::check(&text, &a.options);
                let name = if f == "-" {
                    "<stdin>".to_string()
                } else {
                    f.clone()
                };
                reports.push((name, text, report));
            }
            Err(e) => {
                let _ = writeln!(err, "resolint: {e}");
                io_error = true;
            }
        }
    }
    let res = match a.format {
        Format::Text => output::text(out, &reports, color),
        Format::Json => output::json(out, &reports),
        Format::Sarif => output::sarif(out, &reports),
    };
    if res.is_err() {
        return 2;
    }
    let errors = reports.iter().any(|(_, _, r)| r.counts().0 > 0);
    if io_error {
        2
    } else if errors {
        1
    } else {
        0
    }
}

fn compare(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let [pa, pb] = a.files.as_slice() else {
        let _ = writeln!(
            err,
            "resolint: compare needs two files (A B), got {}\n\n{USAGE}",
            a.files.len()
        );
        return 2;
    };
    if a.format == Format::Sarif {
        let _ = writeln!(err, "resolint: compare writes text or json, not sarif");
        return 2;
    }
    if pa == "-" && pb == "-" {
        let _ = writeln!(err, "resolint: only one of A and B can be standard input");
        return 2;
    }
    let mut texts = Vec::with_capacity(2);
    let mut io_error = false;
    for f in [pa, pb] {
        match read_input(f) {
            Ok(t) => texts.push(t),
            Err(e) => {
                let _ = writeln!(err, "resolint: {e}");
                io_error = true;
            }
        }
    }
    let [ta, tb] = texts.as_slice() else {
        return 2;
    };
    if io_error {
        return 2;
    }
    let name = |f: &str| {
        if f == "-" {
            "<stdin>".to_string()
        } else {
            f.to_string()
        }
    };
    let mut c = resolint::compare(ta, tb, &a.options);
    c.a.path = Some(name(pa));
    c.b.path = Some(name(pb));
    let color = a
        .color
        .unwrap_or_else(|| a.format == Format::Text && std::io::stdout().is_terminal());
    let res = match a.format {
        Format::Json => output::comparison_json(out, &c),
        _ => output::comparison_text(out, (&name(pa), ta), (&name(pb), tb), &c, color),
    };
    if res.is_err() {
        return 2;
    }
    if c.counts().0 > 0 {
        1
    } else {
        0
    }
}

fn fix(a: &Args, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if a.files.is_empty() {
        let _ = writeln!(err, "resolint: fix needs a file (or `-`)");
        return 2;
    }
    let mut code = 0;
    for f in &a.files {
        let text = match read_input(f) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(err, "resolint: {e}");
                code = 2;
                continue;
            }
        };
        let report = resolint::check(&text, &a.options);
        let fixes: Vec<_> = report
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.clone())
            .collect();
        let fixed = resolint::apply_fixes(&text, &fixes);
        if a.write && f != "-" {
            if let Err(e) = std::fs::write(f, &fixed) {
                let _ = writeln!(err, "resolint: {f}: cannot write: {}", io_reason(&e));
                code = 2;
            } else {
                let _ = writeln!(err, "{f}: {} fixes applied", fixes.len());
            }
        } else {
            let _ = out.write_all(fixed.as_bytes());
        }
    }
    code
}
