//! Files in and out, for backups and calendar reminders: saving a text file (a
//! download), handing it to the system share sheet where the browser can share files
//! (phones), and reading a file she picked. Nothing here leaves the device unless she
//! sends it on herself.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The backup file's type.
const JSON_TYPE: &str = "application/json";

fn blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Saves `text` as the file `name` (the browser's download). `false` if it could not.
pub fn download(name: &str, text: &str) -> bool {
    download_as(name, text, JSON_TYPE)
}

/// Saves `text` as the file `name` of type `mime` (a phone opens a `text/calendar`
/// file in its calendar). `false` if it could not.
pub fn download_as(name: &str, text: &str, mime: &str) -> bool {
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob(text, mime)?).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The download has its own copy by now; free ours a moment later.
        gloo_timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    };
    run().is_some()
}

fn file_of(name: &str, text: &str) -> Option<JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(JSON_TYPE);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)
        .ok()
        .map(JsValue::from)
}

/// The share data `{ files: [file], title }`, if this browser says it can share it.
fn shareable(name: &str, text: &str) -> Option<(JsValue, Function, Object)> {
    let navigator = JsValue::from(web_sys::window()?.navigator());
    let can: Function = Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let share: Function = Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file_of(name, text)?)).ok()?;
    Reflect::set(&data, &"title".into(), &JsValue::from_str(name)).ok()?;
    let yes = can.call1(&navigator, &data).ok()?.as_bool()?;
    yes.then_some((navigator, share, data))
}

/// Whether the share sheet takes files here (most phones).
pub fn can_share_files() -> bool {
    shareable("gentle-back.json", "{}").is_some()
}

/// Hands the file to the system share sheet; `done(true)` once she sent it somewhere.
pub fn share(name: &str, text: &str, done: impl FnOnce(bool) + 'static) {
    let Some((navigator, share, data)) = shareable(name, text) else {
        done(false);
        return;
    };
    match share.call1(&navigator, &data) {
        Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
            done(JsFuture::from(Promise::from(promise)).await.is_ok());
        }),
        Err(_) => done(false),
    }
}

/// Why a picked file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than `max_bytes`: not read at all.
    TooLarge { bytes: u64 },
    /// The browser could not read it.
    Unreadable,
}

/// The text of the file picked in `input`, if it is at most `max_bytes` long.
pub async fn read_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: u64,
) -> Option<Result<String, ReadError>> {
    let file = input.files()?.get(0)?;
    // f64 file sizes are whole numbers of bytes.
    let bytes = file.size().max(0.0) as u64;
    if bytes > max_bytes {
        return Some(Err(ReadError::TooLarge { bytes }));
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    Some(text.ok_or(ReadError::Unreadable))
}
