//! Gentle Back, a back-care exercise coach for the months after childbirth.
//!
//! `domain` decides (pure, host-tested); `web` is the browser glue; `app`, `state`,
//! `components` and `pages` are the Yew UI.

pub mod app;
pub mod components;
pub mod domain;
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

fn start_with(pages: pages::Pages) {
    let lang = hooks::use_lang::stored_or_browser(Some(&web::storage::Store::new("backcare")));
    if lang.has_words() {
        mount(pages);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = web::words::load(lang).await;
            mount(pages);
        });
    }
}

fn mount(pages: pages::Pages) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        root.set_inner_html("");
        let props = app::AppProps {
            namespace: AttrValue::Static("backcare"),
            cues: None,
            details: None,
            pages,
        };
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    }
}
