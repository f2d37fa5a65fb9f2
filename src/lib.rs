//! Gentle Back, a back-care exercise coach for the months after childbirth.
//!
//! `domain` decides (pure, host-tested); `web` is the browser glue; `app`, `state`,
//! `components` and `pages` are the Yew UI.

pub mod app;
pub mod components;
pub mod domain;
pub mod first_visit;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod state;
pub mod web;

use yew::AttrValue;

/// Mounts the app on `#app` (or on `<body>` if the page has no such element), once the
/// words of her language are here: English is in the wasm; another language's file is
/// downloaded first (the page's skeleton stays up meanwhile). If it cannot be, the app
/// starts in English and says so in her language.
pub fn start() {
    start_with(pages::APP);
}

/// Mounts the physiotherapist's desk (`desk.html`), as `start` does the app. The page
/// opened without a route (a bookmark of `desk.html`) is the builder's.
pub fn start_desk() {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        if location.hash().is_ok_and(|h| h.is_empty() || h == "#") {
            let _ = location.replace("#/physio");
        }
    }
    start_with(pages::DESK);
}

/// Mounts the first visit's page (`first_visit`): the first-run notice alone, which
/// `index.html` loads for a visit with no saved document and no route.
pub fn start_first_visit() {
    when_words_are_here(|| {
        if let Some(root) = emptied_root() {
            let props = first_visit::FirstVisitProps {
                namespace: AttrValue::Static("backcare"),
                on_begun: None,
            };
            yew::Renderer::<first_visit::FirstVisit>::with_root_and_props(root, props).render();
        }
    });
}

fn start_with(pages: pages::Pages) {
    when_words_are_here(move || {
        if let Some(root) = emptied_root() {
            let props = app::AppProps {
                namespace: AttrValue::Static("backcare"),
                cues: None,
                details: None,
                pages,
            };
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
    });
}

/// Runs `mount` once her language's words are here (at once for English; a failed
/// download mounts in English, and the app says so).
fn when_words_are_here(mount: impl FnOnce() + 'static) {
    let lang = hooks::use_lang::stored_or_browser(Some(&web::storage::Store::new("backcare")));
    if lang.has_words() {
        mount();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = web::words::load(lang).await;
            mount();
        });
    }
}

/// `#app` (or `<body>` if the page has no such element), with the skeleton removed.
fn emptied_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))?;
    root.set_inner_html("");
    Some(root)
}
