//! Persistent storage (`navigator.storage`): asking the browser not to clear the app's
//! data when the device runs short of space, whether it has agreed, and how much the app
//! keeps. Each call answers `None` where the browser lacks the API.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How the app's data is kept, as far as the browser tells.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageStatus {
    /// Whether the browser keeps the data even when space runs low.
    pub persistent: Option<bool>,
    /// Bytes the app uses (its offline files and her data), and its quota.
    pub usage_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
}

/// `navigator.storage.<name>()`, where it exists.
fn call(name: &str) -> Option<Promise> {
    let navigator = JsValue::from(web_sys::window()?.navigator());
    let storage = Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    let method = Reflect::get(&storage, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    method.call0(&storage).ok().map(Promise::from)
}

async fn answer(promise: Option<Promise>) -> Option<JsValue> {
    JsFuture::from(promise?).await.ok()
}

/// Asks the browser to keep the app's data (some browsers ask her first); `done` hears
/// whether it now does.
pub fn request(done: impl FnOnce(Option<bool>) + 'static) {
    let promise = call("persist");
    wasm_bindgen_futures::spawn_local(async move {
        done(answer(promise).await.and_then(|v| v.as_bool()));
    });
}

/// Whether the data is persistent and how much is used; `done` hears it.
pub fn status(done: impl FnOnce(StorageStatus) + 'static) {
    let persisted = call("persisted");
    let estimate = call("estimate");
    wasm_bindgen_futures::spawn_local(async move {
        let persistent = answer(persisted).await.and_then(|v| v.as_bool());
        let estimate = answer(estimate).await;
        let number = |key: &str| {
            estimate
                .as_ref()
                .and_then(|e| Reflect::get(e, &JsValue::from_str(key)).ok())
                .and_then(|v| v.as_f64())
        };
        done(StorageStatus {
            persistent,
            usage_bytes: number("usage"),
            quota_bytes: number("quota"),
        });
    });
}
