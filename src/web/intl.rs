//! The browser's language facilities: which languages she prefers, plural rules
//! (`Intl.PluralRules`), numbers and dates (`Intl.NumberFormat`, `Intl.DateTimeFormat`),
//! and the page's `<html lang>`.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::domain::text::{plain_date, Category, Format, Lang, When};

/// The browser's `Intl`, as the domain's `Format`.
pub struct Browser;

impl Format for Browser {
    fn plural(&self, lang: Lang, n: i64) -> Category {
        plural(lang, n)
    }

    fn number(&self, lang: Lang, n: i64) -> String {
        formatted(lang, Style::Number, &JsValue::from_f64(n as f64))
            .unwrap_or_else(|| n.to_string())
    }

    fn date(&self, lang: Lang, when: When) -> String {
        // Day numbers and local moments are written as UTC instants and formatted in
        // UTC, so the browser's own time zone cannot move a date by a day.
        let (style, ms) = match when {
            When::Day(day) => (Style::Day, day.saturating_mul(86_400_000)),
            When::DayYear(day) => (Style::DayYear, day.saturating_mul(86_400_000)),
            When::Moment(local_ms) => (Style::Moment, local_ms),
        };
        let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
        formatted(lang, style, &date).unwrap_or_else(|| plain_date(when))
    }
}

/// The formats the app writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Number,
    Day,
    DayYear,
    Moment,
}

impl Style {
    /// The `Intl` options for it: (name, value) pairs.
    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Style::Number => &[("maximumFractionDigits", "0")],
            Style::Day => &[("timeZone", "UTC"), ("day", "numeric"), ("month", "short")],
            Style::DayYear => &[
                ("timeZone", "UTC"),
                ("day", "numeric"),
                ("month", "short"),
                ("year", "numeric"),
            ],
            Style::Moment => &[
                ("timeZone", "UTC"),
                ("weekday", "short"),
                ("day", "numeric"),
                ("month", "short"),
                ("year", "numeric"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("hourCycle", "h23"),
            ],
        }
    }
}

/// The tag to write dates and numbers by: her browser's own variant of `lang` when
/// she prefers one ("en-GB" writes "22 Nov", "en-US" "Nov 22"), else the language.
fn regional(lang: Lang) -> String {
    preferred()
        .into_iter()
        .find(|tag| Lang::from_tag(tag) == Some(lang))
        .unwrap_or_else(|| lang.code().to_owned())
}

thread_local! {
    /// One bound `format` function per language and style, made when first needed.
    static FORMATS: RefCell<Vec<(Lang, Style, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

/// `value` written by the browser in `lang` and `style`; `None` if `Intl` failed.
fn formatted(lang: Lang, style: Style, value: &JsValue) -> Option<String> {
    let format = FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if let Some((_, _, f)) = formats.iter().find(|(l, s, _)| *l == lang && *s == style) {
            return Some(f.clone());
        }
        let options = js_sys::Object::new();
        for (name, value) in style.options() {
            js_sys::Reflect::set(&options, &(*name).into(), &(*value).into()).ok()?;
        }
        let locales = js_sys::Array::of1(&regional(lang).into());
        let f = if style == Style::Number {
            js_sys::Intl::NumberFormat::new(&locales, &options).format()
        } else {
            js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
        };
        formats.push((lang, style, f.clone()));
        Some(f)
    })?;
    format
        .call1(&JsValue::UNDEFINED, value)
        .ok()
        .and_then(|s| s.as_string())
}

thread_local! {
    /// One `Intl.PluralRules` per language, made when first needed.
    static RULES: RefCell<Vec<(Lang, js_sys::Intl::PluralRules)>> = const { RefCell::new(Vec::new()) };
}

/// The plural category of `n` in `lang`, by the browser's CLDR rules.
pub fn plural(lang: Lang, n: i64) -> Category {
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        let index = match rules.iter().position(|(l, _)| *l == lang) {
            Some(i) => i,
            None => {
                let locales = js_sys::Array::of1(&lang.code().into());
                rules.push((
                    lang,
                    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new()),
                ));
                rules.len() - 1
            }
        };
        // Counts in the app are far inside f64's exact range.
        let name = String::from(rules[index].1.select(n as f64));
        Category::from_name(&name)
    })
}

/// Her browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut out: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

/// Sets `<html lang>`, so screen readers, hyphenation and fonts follow the language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}
