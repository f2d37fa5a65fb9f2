//! Calls back whenever the page becomes visible again (tab shown, phone unlocked).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::VisibilityState;
use yew::prelude::*;

#[hook]
pub fn use_on_visible(on_visible: Callback<()>) {
    let latest = use_mut_ref(|| on_visible.clone());
    *latest.borrow_mut() = on_visible;
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.clone().map(|doc| {
            let latest = latest.clone();
            let watched = doc.clone();
            let closure = Closure::<dyn Fn()>::new(move || {
                if watched.visibility_state() == VisibilityState::Visible {
                    let callback = latest.borrow().clone();
                    callback.emit(());
                }
            });
            let _ = doc.add_event_listener_with_callback(
                "visibilitychange",
                closure.as_ref().unchecked_ref(),
            );
            closure
        });
        move || {
            if let (Some(doc), Some(closure)) = (document, listener) {
                let _ = doc.remove_event_listener_with_callback(
                    "visibilitychange",
                    closure.as_ref().unchecked_ref(),
                );
            }
        }
    });
}
