//! Reads one of the app's own static files as text (the same origin, so the service
//! worker answers it offline once installed).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `url` (relative to the page), or why it could not be had, in words.
pub async fn text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the network is unavailable".to_owned())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "an unexpected answer".to_owned())?;
    if !response.ok() {
        return Err(format!("the file answered {}", response.status()));
    }
    let body = response
        .text()
        .map_err(|_| "the file could not be read".to_owned())?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the file could not be read".to_owned())
}
