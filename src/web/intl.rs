//! The browser's language facilities: which languages she prefers, plural rules
//! (`Intl.PluralRules`), and the page's `<html lang>`.

use std::cell::RefCell;

use crate::domain::text::{Category, Lang};

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
