//! The page around the app: marking when it is ready to use.

/// Marks the app as interactive: `html[data-ready]` for tests, and a `performance`
/// mark named `app-ready` for the time-to-interactive figure of `make bench`.
pub fn mark_ready() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
    if let Some(performance) = window.performance() {
        if performance.get_entries_by_name("app-ready").length() == 0 {
            let _ = performance.mark("app-ready");
        }
    }
}
