//! What the caller may set: language, body, session, disabled rules, message language.

use serde::Serialize;
use std::fmt;

/// A language the checker has a profile for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Zh,
    Fr,
    Es,
    Ru,
    Ar,
}

impl Language {
    /// The six official languages of the United Nations.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Zh,
        Language::Fr,
        Language::Es,
        Language::Ru,
        Language::Ar,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ru => "ru",
            Language::Ar => "ar",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// Parses "en", "zh", "fr", "es", "ru", "ar" (and common spellings such as
    /// "english", "zh-CN", "fr-FR", "arabic").
    pub fn parse(s: &str) -> Option<Language> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "eng" | "english" => return Some(Language::En),
            "zho" | "chi" | "chinese" | "zh-hans" | "cn" => return Some(Language::Zh),
            "fra" | "fre" | "french" | "francais" | "français" => return Some(Language::Fr),
            "spa" | "spanish" | "espanol" | "español" => return Some(Language::Es),
            "rus" | "russian" => return Some(Language::Ru),
            "ara" | "arabic" => return Some(Language::Ar),
            _ => {}
        }
        match s.split(['-', '_']).next().unwrap_or("") {
            "en" => Some(Language::En),
            "zh" => Some(Language::Zh),
            "fr" => Some(Language::Fr),
            "es" => Some(Language::Es),
            "ru" => Some(Language::Ru),
            "ar" => Some(Language::Ar),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The organ a draft is addressed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Body {
    /// General Assembly (the default).
    Ga,
    /// Security Council.
    Sc,
    /// Economic and Social Council.
    Ecosoc,
    /// Human Rights Council.
    Hrc,
}

impl Body {
    pub const ALL: [Body; 4] = [Body::Ga, Body::Sc, Body::Ecosoc, Body::Hrc];

    pub fn code(self) -> &'static str {
        match self {
            Body::Ga => "ga",
            Body::Sc => "sc",
            Body::Ecosoc => "ecosoc",
            Body::Hrc => "hrc",
        }
    }

    pub fn parse(s: &str) -> Option<Body> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ga" | "general-assembly" | "assembly" => Some(Body::Ga),
            "sc" | "security-council" => Some(Body::Sc),
            "ecosoc" | "esc" => Some(Body::Ecosoc),
            "hrc" | "human-rights-council" => Some(Body::Hrc),
            _ => None,
        }
    }

    /// The body's name in English, for messages.
    pub fn name_en(self) -> &'static str {
        match self {
            Body::Ga => "General Assembly",
            Body::Sc => "Security Council",
            Body::Ecosoc => "Economic and Social Council",
            Body::Hrc => "Human Rights Council",
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The language findings' messages are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLanguage {
    #[default]
    En,
    Zh,
    Fr,
    Es,
    Ru,
    Ar,
}

impl UiLanguage {
    pub const ALL: [UiLanguage; 6] = [
        UiLanguage::En,
        UiLanguage::Zh,
        UiLanguage::Fr,
        UiLanguage::Es,
        UiLanguage::Ru,
        UiLanguage::Ar,
    ];

    pub fn code(self) -> &'static str {
        self.language().code()
    }

    /// The document language of the same name.
    pub fn language(self) -> Language {
        match self {
            UiLanguage::En => Language::En,
            UiLanguage::Zh => Language::Zh,
            UiLanguage::Fr => Language::Fr,
            UiLanguage::Es => Language::Es,
            UiLanguage::Ru => Language::Ru,
            UiLanguage::Ar => Language::Ar,
        }
    }

    pub fn parse(s: &str) -> Option<UiLanguage> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(UiLanguage::En),
            "zh" => Some(UiLanguage::Zh),
            "fr" => Some(UiLanguage::Fr),
            "es" => Some(UiLanguage::Es),
            "ru" => Some(UiLanguage::Ru),
            "ar" => Some(UiLanguage::Ar),
            _ => None,
        }
    }
}

/// Options of one check. `Default` is: detect the language, General Assembly unless the
/// text says otherwise, session from the text, every rule enabled, messages in English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The draft's language; `None` detects it.
    pub language: Option<Language>,
    /// The current session of the General Assembly (or the Council); `None` reads it from the text.
    pub session: Option<u32>,
    /// The body; `None` reads it from the opening line.
    pub body: Option<Body>,
    /// Rule ids not to run.
    pub disable: Vec<String>,
    /// The language of the findings' messages.
    pub ui_language: UiLanguage,
}
