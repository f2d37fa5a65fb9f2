//! Browser services for sharing: the clipboard, the system share sheet, printing, and
//! taking a shared routine out of the address bar. Each is optional; a missing API
//! returns `false` and the UI offers another way.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| JsValue::from(w.navigator()))
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Copies `text`; `done(true)` once it is on the clipboard.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = navigator().and_then(|n| Reflect::get(&n, &"clipboard".into()).ok());
    let call = clipboard.as_ref().and_then(|c| {
        let write = method(c, "writeText")?;
        write.call1(c, &JsValue::from_str(text)).ok()
    });
    match call {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            done(JsFuture::from(Promise::from(promise)).await.is_ok());
        }),
        None => done(false),
    }
}

/// Whether the system share sheet exists here.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// Opens the system share sheet with a title and a link.
pub fn share(title: &str, url: &str) {
    let Some(nav) = navigator() else {
        return;
    };
    let Some(share) = method(&nav, "share") else {
        return;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
    let _ = Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
    if let Ok(promise) = share.call1(&nav, &data) {
        // She may cancel the sheet; that is not an error worth telling her about.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(Promise::from(promise)).await;
        });
    }
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Opens the print dialog, and calls `after` once it has closed (the `afterprint`
/// event: `print()` returns at once in some browsers and only after the dialog in
/// others). Without a window, `after` runs at once.
pub fn print_then(after: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        after();
        return;
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let listener = wasm_bindgen::closure::Closure::once_into_js(after);
    let added = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        listener.unchecked_ref(),
        &options,
    );
    let _ = window.print();
    if added.is_err() {
        // No event will come: the dialog is over (or never opened) by now.
        let _ = listener
            .unchecked_ref::<Function>()
            .call0(&JsValue::UNDEFINED);
    }
}

/// The app's own address without any fragment, to build links on.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// Replaces the address bar's fragment without a navigation (the router does not see
/// it), so a shared routine is not left sitting in the address or history.
pub fn forget_fragment(replacement: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("{}{replacement}", base_url());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
