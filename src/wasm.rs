//! The WebAssembly API: a thin `wasm-bindgen` layer over [`crate::check`] and friends.
//!
//! Every value crosses the boundary as a plain JavaScript object, serialised with
//! `serde-wasm-bindgen`'s JSON-compatible serializer (so `None` is `null` and maps are
//! plain objects): the same shape as the CLI's JSON report. Offsets are UTF-16 code
//! units, as JavaScript indexes strings. Invalid options throw a JavaScript `Error`.

use crate::options::{Body, Language, Options, UiLanguage};
use crate::report::{Fix, Outline, Report};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of one check. Every field is optional. */
export interface ValidateOptions {
  /** The draft's language: "auto" (the default), "en", "zh", "fr", "es", "ru" or "ar". */
  lang?: "auto" | Language | string | null;
  /** The current session number; empty or null reads it from the text. */
  session?: number | string | null;
  /** "auto" (the default: read from the text), "ga", "sc", "ecosoc" or "hrc". */
  body?: "auto" | "ga" | "sc" | "ecosoc" | "hrc" | string | null;
  /** Rule ids not to run. */
  disable?: string[] | null;
  /** Language of the findings' messages: "en" (the default), "zh", "fr", "es", "ru" or "ar". */
  uiLang?: Language | string | null;
  /** Another name of `lang` (the Rust option's); `lang` wins when both are given. */
  language?: "auto" | Language | string | null;
  /** Another name of `uiLang`; `uiLang` wins when both are given. */
  uiLanguage?: Language | string | null;
}
/** The six official languages of the United Nations. */
export type Language = "en" | "zh" | "fr" | "es" | "ru" | "ar";
export type Severity = "error" | "warning" | "info";
export type Category = "structure" | "citation" | "verb" | "date" | "follow-up" | "typography" | "consistency";
/** A suggested replacement, in UTF-16 offsets of the checked text. */
export interface Fix { start: number; end: number; replacement: string; label: string; }
export interface Diagnostic {
  rule: string; category: Category; severity: Severity; message: string;
  /** UTF-16 offsets: `text.slice(start, end)` is the flagged text. */
  start: number; end: number;
  /** 1-based; columns count Unicode scalar values. */
  line: number; column: number; end_line: number; end_column: number;
  fix: Fix | null;
}
export interface Citation { kind: string; text: string; start: number; end: number; }
export interface Outline {
  title: string | null; drafts: number; preambular: number; operative: number;
  follow_up: { session: number; title: string | null } | null;
  report_session: number | null; document_date: string | null; adopted: boolean;
  dates: number; citations: Citation[];
}
export interface Report {
  version: string; language: Language; body: "ga" | "sc" | "ecosoc" | "hrc";
  session: number | null; diagnostics: Diagnostic[]; outline: Outline;
}
export interface RuleInfo { id: string; category: Category; severity: Severity; summary: string; }
/** A span in the other version of a compared pair (UTF-16 offsets, 1-based line/column). */
export interface Related { start: number; end: number; line: number; column: number; end_line: number; end_column: number; }
export interface ComparisonDiagnostic extends Diagnostic { related: Related; }
export interface Comparison {
  version: string;
  a: { language: Language; body: string; session: number | null; [key: string]: unknown };
  b: { language: Language; body: string; session: number | null; [key: string]: unknown };
  /** start/end are in text A, `related` in text B. */
  diagnostics: ComparisonDiagnostic[];
}
"#;

/// Installs the panic hook once, when the module is instantiated.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("resolint: cannot serialise the result: {e}")))
}

/// Reads a field of the options object; `undefined` and `null` are `None`.
fn field(obj: &JsValue, name: &str) -> Result<Option<JsValue>, JsError> {
    let v = js_sys::Reflect::get(obj, &JsValue::from_str(name))
        .map_err(|_| JsError::new(&format!("resolint: cannot read option \"{name}\"")))?;
    Ok(if v.is_undefined() || v.is_null() {
        None
    } else {
        Some(v)
    })
}

/// A string option; the empty string and "auto" are `None`.
fn string_field(obj: &JsValue, name: &str) -> Result<Option<String>, JsError> {
    match field(obj, name)? {
        None => Ok(None),
        Some(v) => match v.as_string() {
            Some(s) => {
                let t = s.trim();
                if t.is_empty() || t.eq_ignore_ascii_case("auto") {
                    Ok(None)
                } else {
                    Ok(Some(t.to_string()))
                }
            }
            None => Err(JsError::new(&format!(
                "resolint: option \"{name}\" must be a string"
            ))),
        },
    }
}

fn parse_options(options: &JsValue) -> Result<Options, JsError> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(JsError::new(
            "resolint: options must be an object such as {lang: \"auto\", body: \"ga\", session: 64}",
        ));
    }
    // "language" and "uiLanguage" (the names of the Rust options) are accepted for "lang" and
    // "uiLang"; the short names win when both are given.
    let lang = match string_field(options, "lang")? {
        Some(s) => Some(s),
        None => string_field(options, "language")?,
    };
    if let Some(s) = lang {
        out.language = Some(Language::parse(&s).ok_or_else(|| {
            JsError::new(&format!(
                "resolint: unknown language \"{s}\" (expected \"auto\", \"en\", \"zh\", \"fr\", \"es\", \"ru\" or \"ar\")"
            ))
        })?);
    }
    if let Some(s) = string_field(options, "body")? {
        out.body = Some(Body::parse(&s).ok_or_else(|| {
            JsError::new(&format!(
                "resolint: unknown body \"{s}\" (expected \"auto\", \"ga\", \"sc\", \"ecosoc\" or \"hrc\")"
            ))
        })?);
    }
    let ui_lang = match string_field(options, "uiLang")? {
        Some(s) => Some(s),
        None => string_field(options, "uiLanguage")?,
    };
    if let Some(s) = ui_lang {
        out.ui_language = UiLanguage::parse(&s).ok_or_else(|| {
            JsError::new(&format!(
                "resolint: unknown interface language \"{s}\" (expected \"en\", \"zh\", \"fr\", \"es\", \"ru\" or \"ar\")"
            ))
        })?;
    }
    if let Some(v) = field(options, "session")? {
        let bad = || {
            JsError::new(&format!(
                "resolint: session must be a whole number from 1 to 999, not {}",
                v.as_string()
                    .map(|s| format!("\"{s}\""))
                    .or_else(|| v.as_f64().map(|n| n.to_string()))
                    .unwrap_or_else(|| "a non-number".into())
            ))
        };
        let n: Option<f64> = if let Some(n) = v.as_f64() {
            Some(n)
        } else if let Some(s) = v.as_string() {
            let t = s.trim();
            if t.is_empty() {
                None
            } else {
                Some(t.parse::<u32>().map_err(|_| bad())? as f64)
            }
        } else {
            return Err(bad());
        };
        if let Some(n) = n {
            if !(1.0..=999.0).contains(&n) || n.fract() != 0.0 {
                return Err(bad());
            }
            out.session = Some(n as u32);
        }
    }
    if let Some(v) = field(options, "disable")? {
        let arr: js_sys::Array = v.dyn_into().map_err(|_| {
            JsError::new("resolint: option \"disable\" must be an array of rule ids")
        })?;
        for item in arr.iter() {
            match item.as_string() {
                Some(s) => out.disable.push(s),
                None => {
                    return Err(JsError::new(
                        "resolint: option \"disable\" must be an array of rule ids (strings)",
                    ))
                }
            }
        }
    }
    Ok(out)
}

/// Checks a draft and returns its report.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions | null")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsError> {
    let options = parse_options(&options.unwrap_or(JsValue::UNDEFINED))?;
    to_js(&crate::check(text, &options))
}

/// Compares two language versions of one draft: what must not change between languages
/// (paragraph counts and numbers, citations, symbols, dates, sessions, figures).
/// Options: `disable`, `uiLang`.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    text_a: &str,
    text_b: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions | null")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsError> {
    let options = parse_options(&options.unwrap_or(JsValue::UNDEFINED))?;
    to_js(&crate::compare::compare(text_a, text_b, &options))
}

/// Does no checking: converts the text and returns an empty report. The cost floor of
/// a call, for benchmarks.
#[wasm_bindgen(js_name = validateFloor, unchecked_return_type = "Report")]
pub fn validate_floor(text: &str) -> Result<JsValue, JsError> {
    let report = Report {
        version: crate::VERSION,
        language: Language::En,
        body: Body::Ga,
        session: None,
        diagnostics: Vec::new(),
        outline: Outline::default(),
    };
    let _ = text.len();
    to_js(&report)
}

/// Metadata of every rule: `{id, category, severity, summary}`.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&crate::rule_infos())
}

/// One element of the list given to `applyFixes`: a diagnostic (its `fix` is used, a
/// null `fix` is skipped) or a bare fix `{start, end, replacement}`.
#[derive(Deserialize)]
struct FixSource {
    #[serde(default)]
    fix: Option<Fix>,
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    end: Option<usize>,
    #[serde(default)]
    replacement: Option<String>,
}

/// Applies the fixes of the given diagnostics to `text` and returns the new text.
/// Overlapping fixes after the first are skipped.
#[wasm_bindgen(js_name = applyFixes)]
pub fn apply_fixes(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Array<Diagnostic | Fix>")] diagnostics: JsValue,
) -> Result<String, JsError> {
    if diagnostics.is_undefined() || diagnostics.is_null() {
        return Ok(text.to_string());
    }
    let items: Vec<FixSource> = serde_wasm_bindgen::from_value(diagnostics).map_err(|e| {
        JsError::new(&format!(
            "resolint: applyFixes expects the array of diagnostics of a report: {e}"
        ))
    })?;
    let fixes: Vec<Fix> = items
        .into_iter()
        .filter_map(|d| match d {
            FixSource { fix: Some(f), .. } => Some(f),
            FixSource {
                fix: None,
                start: Some(start),
                end: Some(end),
                replacement: Some(replacement),
            } => Some(Fix {
                start,
                end,
                replacement,
                label: String::new(),
            }),
            _ => None,
        })
        .collect();
    Ok(crate::apply_fixes(text, &fixes))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
