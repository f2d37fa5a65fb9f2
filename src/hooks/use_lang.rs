//! The language she reads the app in: chosen on the first-run notice or in Settings,
//! kept in this browser, and otherwise her browser's own (`navigator.languages`).
//! Components read it with `use_lang()` and put words on screen with `t`.

use yew::prelude::*;

use crate::domain::text::{render, Lang, Text};
use crate::web::intl;
use crate::web::storage::Store;

/// The language, and how to change it.
#[derive(Clone, PartialEq)]
pub struct LangHandle {
    pub lang: Lang,
    /// Switches every screen to this language and keeps the choice.
    pub choose: Callback<Lang>,
}

/// The app's one language state (for App), from the stored choice or the browser's.
#[hook]
pub fn use_lang_provider(store: Option<Store>) -> LangHandle {
    let lang = use_state_eq({
        let store = store.clone();
        move || {
            store
                .as_ref()
                .and_then(Store::language)
                .and_then(|code| Lang::from_tag(&code))
                .unwrap_or_else(|| Lang::negotiate(intl::preferred().iter().map(String::as_str)))
        }
    });
    use_effect_with(*lang, |&lang| intl::set_document_lang(lang));
    let choose = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            if let Some(store) = &store {
                store.set_language(chosen.code());
            }
            lang.set(chosen);
        })
    };
    LangHandle {
        lang: *lang,
        choose,
    }
}

/// The language and its switch; English and a no-op outside the app (component tests).
#[hook]
pub fn use_lang_handle() -> LangHandle {
    use_context::<LangHandle>().unwrap_or(LangHandle {
        lang: Lang::default(),
        choose: Callback::noop(),
    })
}

/// The language to write in.
#[hook]
pub fn use_lang() -> Lang {
    use_lang_handle().lang
}

/// `text` in `lang`, with the browser's plural rules.
pub fn t(lang: Lang, text: impl Into<Text>) -> String {
    render(lang, &text.into(), &intl::plural)
}

/// A rendered message with `<strong>…</strong>` around some of its words: those words
/// in bold, the rest as text (the tags are the message's own, so each language puts
/// the bold where its word order needs it).
pub fn strong_marked(text: &str) -> Html {
    let mut parts = Vec::new();
    for (i, piece) in text.split("<strong>").enumerate() {
        if i == 0 {
            parts.push(html! { { piece.to_owned() } });
            continue;
        }
        let (bold, rest) = piece.split_once("</strong>").unwrap_or((piece, ""));
        parts.push(html! { <strong>{ bold.to_owned() }</strong> });
        parts.push(html! { { rest.to_owned() } });
    }
    parts.into_iter().collect()
}
