//! The language she reads the app in: chosen on the first-run notice or in Settings,
//! kept in this browser, and otherwise her browser's own (`navigator.languages`).
//! Components read it with `use_lang()` and put words on screen with `t`.

use yew::prelude::*;

use crate::domain::text::{render, Format, Lang, Text, When};
use crate::web::storage::Store;
use crate::web::{intl, share_api, words};

/// The language, and how to change it.
#[derive(Clone, PartialEq)]
pub struct LangHandle {
    /// The language every screen is written in: hers, or English while her language's
    /// words are not here (see `unavailable`).
    pub lang: Lang,
    /// The language she chose (or her browser's), whether or not its words are here yet.
    pub chosen: Lang,
    /// Switches every screen to this language and keeps the choice.
    pub choose: Callback<Lang>,
    /// Prints the page in this language: the app is drawn in it while the print dialog
    /// is open, and in hers again after (her choice is not changed).
    pub print_in: Callback<Lang>,
    /// A language whose words could not be downloaded (the app shows English meanwhile).
    pub unavailable: Option<Lang>,
    /// Tries to download `unavailable`'s words again.
    pub retry: Callback<()>,
}

/// The app's one language state (for App), from the stored choice or the browser's.
/// A language's words are downloaded when it is first wanted (at start, `lib::start`
/// waits for them before the first screen); until they are here the app is in English.
#[hook]
pub fn use_lang_provider(store: Option<Store>) -> LangHandle {
    let lang = use_state_eq({
        let store = store.clone();
        move || stored_or_browser(store.as_ref())
    });
    // The language of a printout being made, while its dialog is open.
    let printing = use_state_eq(|| None::<Lang>);
    // A language whose words failed to download, and a count of downloads finished (the
    // app draws again when one is).
    let failed = use_state_eq(|| None::<Lang>);
    let downloads = use_state(|| 0_u32);
    let attempt = use_state(|| 0_u32);
    let wanted = printing.unwrap_or(*lang);
    {
        let failed = failed.clone();
        let downloads = downloads.clone();
        let printing = printing.clone();
        use_effect_with((wanted, *attempt), move |&(wanted, _)| {
            if !wanted.has_words() {
                wasm_bindgen_futures::spawn_local(async move {
                    match words::load(wanted).await {
                        Ok(()) => {
                            failed.set(None);
                            downloads.set(*downloads + 1);
                        }
                        Err(_) => {
                            failed.set(Some(wanted));
                            // No printout in a language whose words cannot be had:
                            // the notice says why, and the page is hers again.
                            printing.set(None);
                        }
                    }
                });
            }
        });
    }
    let shown = if wanted.has_words() {
        wanted
    } else {
        Lang::default()
    };
    use_effect_with(shown, |&shown| intl::set_document_lang(shown));
    // Prints once the page has been drawn in the printout's language.
    use_effect_with((*printing, shown), {
        let printing = printing.clone();
        move |&(now, shown)| {
            if now == Some(shown) {
                share_api::print_then(move || printing.set(None));
            }
        }
    });
    let choose = {
        let lang = lang.clone();
        let failed = failed.clone();
        Callback::from(move |chosen: Lang| {
            if let Some(store) = &store {
                store.set_language(chosen.code());
            }
            failed.set(None);
            lang.set(chosen);
        })
    };
    let print_in = {
        let lang = *lang;
        Callback::from(move |chosen: Lang| {
            if chosen == lang && chosen.has_words() {
                share_api::print();
            } else {
                printing.set(Some(chosen));
            }
        })
    };
    let retry = {
        let failed = failed.clone();
        Callback::from(move |()| {
            failed.set(None);
            attempt.set(*attempt + 1);
        })
    };
    LangHandle {
        lang: shown,
        chosen: *lang,
        choose,
        print_in,
        unavailable: (*failed).filter(|l| !l.has_words()),
        retry,
    }
}

/// Her stored choice, or else the first of her browser's languages the app speaks.
pub fn stored_or_browser(store: Option<&Store>) -> Lang {
    store
        .and_then(Store::language)
        .and_then(|code| Lang::from_tag(&code))
        .unwrap_or_else(|| Lang::negotiate(intl::preferred().iter().map(String::as_str)))
}

/// The language and its switch; English and a no-op outside the app (component tests).
#[hook]
pub fn use_lang_handle() -> LangHandle {
    use_context::<LangHandle>().unwrap_or(LangHandle {
        lang: Lang::default(),
        chosen: Lang::default(),
        choose: Callback::noop(),
        print_in: Callback::from(|_| share_api::print()),
        unavailable: None,
        retry: Callback::noop(),
    })
}

/// The language to write in.
#[hook]
pub fn use_lang() -> Lang {
    use_lang_handle().lang
}

/// `text` in `lang`, with the browser's plural rules.
pub fn t(lang: Lang, text: impl Into<Text>) -> String {
    render(lang, &text.into(), &intl::Browser)
}

/// `when` written by the browser in `lang` ("21 Nov", "21 nov"), for a date shown on
/// its own; a date inside a sentence is a message's `When` argument instead.
pub fn date(lang: Lang, when: When) -> String {
    intl::Browser.date(lang, when)
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
