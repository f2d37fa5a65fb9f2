//! The service worker (dist/sw.js, written after each release build): registering it,
//! hearing that a new version is installed and waiting, and letting it take over when
//! she chooses. Release builds only: a development build (`make run`) registers none, and
//! on the development address it removes any left there, so development is never served
//! from a stale cache. Where the browser has no service workers it logs and does nothing.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Where `make run` serves the development build.
const DEV_HOST: &str = "127.0.0.1:8080";

fn log(message: &str) {
    web_sys::console::log_1(&JsValue::from_str(&format!("service worker: {message}")));
}

/// The page's service-worker container, where the browser has one (and the page is in a
/// secure context, which service workers need).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = JsValue::from(web_sys::window()?.navigator());
    let value = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// Whether this is a development build or page, which has no worker (a stale cache must
/// never serve development).
fn in_development() -> bool {
    cfg!(debug_assertions) || on_dev_host()
}

/// Whether this page is the development server's.
fn on_dev_host() -> bool {
    web_sys::window()
        .and_then(|w| w.location().host().ok())
        .is_some_and(|host| host == DEV_HOST)
}

/// Registers `./sw.js` (release builds, off the development address) and calls
/// `on_waiting` whenever a new version has installed and is waiting: at once if one
/// already is, or later when one arrives while the page is open. Call once per page.
pub fn register(on_waiting: impl Fn() + 'static) {
    let Some(container) = container() else {
        log("not supported here; the app works online only");
        return;
    };
    if in_development() {
        unregister_all(&container);
        return;
    }
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(registration) => watch(&container, registration.unchecked_into(), on_waiting),
            Err(error) => log(&format!("could not register: {error:?}")),
        }
    });
}

/// Waits until this page's worker is active, with every file of the build cached (so a
/// reload is served from it), for at most `limit_ms`: `true` once it is, `false` when the
/// time ran out first or there is no worker (none supported, a development build,
/// registering failed).
pub async fn settled(limit_ms: i32) -> bool {
    let Some(container) = container() else {
        return false;
    };
    if in_development() {
        return false;
    }
    let registration = JsFuture::from(container.get_registration())
        .await
        .ok()
        .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
    let Some(registration) = registration else {
        return false;
    };
    // Already active: said at once (racing `ready` against even no time at all could
    // lose, as `ready` settles in a later task).
    if registration.active().is_some() {
        return true;
    }
    let Ok(ready) = container.ready() else {
        return false;
    };
    let limit = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, limit_ms);
        }
    });
    JsFuture::from(Promise::race(&Array::of2(&ready, &limit)))
        .await
        .is_ok_and(|won| won.is_instance_of::<ServiceWorkerRegistration>())
}

/// Follows `registration` for a version that installs and waits. A worker that installs
/// while no page is controlled is the first one, not an update, and needs no prompt.
fn watch(
    container: &ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    on_waiting: Rc<dyn Fn()>,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        on_waiting();
    }
    let container = container.clone();
    let reg = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let worker = installing.clone();
        let container = container.clone();
        let on_waiting = Rc::clone(&on_waiting);
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                on_waiting();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        // Lives as long as the worker it listens to; one per new version.
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // One registration per page, followed for the page's whole life.
    on_update_found.forget();
}

/// Lets the waiting version take over, then reloads the page once it controls it. Only
/// this page reloads; other tabs keep running until they are next opened.
pub fn activate_waiting() {
    let Some(container) = container() else {
        return;
    };
    let reloading = Rc::new(Cell::new(false));
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        if !reloading.replace(true) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    let promise = container.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => skip_waiting(&worker),
            // Already taken over (another tab asked first): a reload shows the new version.
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}

fn skip_waiting(worker: &ServiceWorker) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    if let Err(error) = worker.post_message(&message) {
        log(&format!(
            "could not ask the new version to take over: {error:?}"
        ));
    }
}

/// Removes every registration of this origin (development: never serve a stale build).
fn unregister_all(container: &ServiceWorkerContainer) {
    let promise: Promise = container.get_registrations();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(list) = JsFuture::from(promise).await else {
            return;
        };
        for registration in Array::from(&list).iter() {
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            if let Ok(done) = registration.unregister() {
                let _ = JsFuture::from(done).await;
                log("removed a worker left by a release build; reload to leave its cache");
            }
        }
    });
}
