//! The screen wake lock, so the phone stays awake during a routine. Used through
//! `Reflect` because web-sys only exposes it behind an unstable flag; silently absent
//! where the browser lacks it, and always released on pause and finish.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the screen is being kept awake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WakeState {
    /// The browser has no wake lock (or refused it).
    Unavailable,
    Released,
    Held,
}

/// Holds at most one wake-lock sentinel.
#[derive(Default)]
pub struct WakeLock {
    sentinel: RefCell<Option<JsValue>>,
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

impl WakeLock {
    pub fn is_held(&self) -> bool {
        self.sentinel.borrow().is_some()
    }

    /// Asks for the lock; `done` hears the outcome.
    pub fn acquire(self: &Rc<Self>, done: impl FnOnce(WakeState) + 'static) {
        if self.is_held() {
            done(WakeState::Held);
            return;
        }
        let Some(navigator) = web_sys::window().map(|w| JsValue::from(w.navigator())) else {
            done(WakeState::Unavailable);
            return;
        };
        let lock =
            Reflect::get(&navigator, &JsValue::from_str("wakeLock")).unwrap_or(JsValue::UNDEFINED);
        let request = match method(&lock, "request") {
            Some(request) if !lock.is_undefined() => request,
            _ => {
                done(WakeState::Unavailable);
                return;
            }
        };
        let promise = match request.call1(&lock, &JsValue::from_str("screen")) {
            Ok(p) => Promise::from(p),
            Err(_) => {
                done(WakeState::Unavailable);
                return;
            }
        };
        let me = Rc::clone(self);
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(sentinel) => {
                    *me.sentinel.borrow_mut() = Some(sentinel);
                    done(WakeState::Held);
                }
                // Refused: page hidden, battery saver, or a policy. Nothing to do.
                Err(_) => done(WakeState::Unavailable),
            }
        });
    }

    /// Lets the screen sleep again.
    pub fn release(&self) {
        if let Some(sentinel) = self.sentinel.borrow_mut().take() {
            if let Some(release) = method(&sentinel, "release") {
                let _ = release.call0(&sentinel);
            }
        }
    }

    /// The browser drops the lock when the page is hidden; forget ours so the next
    /// `acquire` asks again.
    pub fn forget_if_released(&self) {
        let released = self
            .sentinel
            .borrow()
            .as_ref()
            .and_then(|s| Reflect::get(s, &JsValue::from_str("released")).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if released {
            self.sentinel.borrow_mut().take();
        }
    }
}
