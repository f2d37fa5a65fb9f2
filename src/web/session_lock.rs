//! One routine runs in one tab at a time: a lock named after the storage namespace, held
//! by the tab whose player is driving the session.
//!
//! Where the browser has the Web Locks API (`navigator.locks`), the lock is a real one:
//! another tab's request fails while it is held, and "continue here instead" steals it,
//! which the holder hears as its request ending with an error. Where it is missing, a
//! heartbeat in localStorage stands in: the holder rewrites `<name>` with its tab id and
//! the time every second; a record younger than a few seconds from another tab means
//! busy; stealing overwrites it, and the old holder sees that in a `storage` event.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::web::clock;

/// What became of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockEvent {
    /// This tab holds it.
    Held,
    /// Another tab holds it (and this request did not steal it).
    Busy,
    /// This tab held it and another tab took it over.
    Lost,
}

/// How the lock is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mechanism {
    WebLocks,
    Heartbeat,
}

/// A heartbeat older than this is a tab that has gone (closed or crashed).
const STALE_MS: i64 = 4_000;
const BEAT_MS: i32 = 1_000;

impl Mechanism {
    /// Web Locks where the browser has them, else the heartbeat.
    pub fn best() -> Self {
        let has_locks = web_sys::window()
            .and_then(|w| Reflect::get(&w.navigator(), &"locks".into()).ok())
            .is_some_and(|locks| locks.is_object());
        if has_locks {
            Mechanism::WebLocks
        } else {
            Mechanism::Heartbeat
        }
    }
}

/// A request for the lock; dropping it releases the lock (if it was got).
pub struct SessionLock {
    inner: Rc<Inner>,
}

/// The heartbeat's interval timer, its callback and its `storage` listener.
type Beat = (
    i32,
    Closure<dyn Fn()>,
    Closure<dyn Fn(web_sys::StorageEvent)>,
);

#[derive(Default)]
struct Inner {
    /// Resolving this ends a held Web Lock.
    resolve: RefCell<Option<Function>>,
    /// The heartbeat's timer and `storage` listener.
    beat: RefCell<Option<Beat>>,
    /// The heartbeat's record, cleared on release if it is still this tab's.
    beat_key: RefCell<Option<String>>,
    held: Cell<bool>,
    released: Cell<bool>,
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        self.inner.released.set(true);
        if let Some(resolve) = self.inner.resolve.borrow_mut().take() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
        if let Some((timer, beat, listener)) = self.inner.beat.borrow_mut().take() {
            if let Some(window) = web_sys::window() {
                window.clear_interval_with_handle(timer);
                let _ = window.remove_event_listener_with_callback(
                    "storage",
                    listener.as_ref().unchecked_ref(),
                );
            }
            drop(beat);
        }
        if let Some(key) = self.inner.beat_key.borrow_mut().take() {
            let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
            if let Some(storage) = storage {
                if read_beat(&storage, &key).is_some_and(|(tab, _)| tab == tab_id()) {
                    let _ = storage.remove_item(&key);
                }
            }
        }
    }
}

/// Asks for the lock `name`; `steal` takes it from another tab. `on_event` hears
/// `Held` or `Busy` once, and later `Lost` if another tab steals it.
pub fn request(
    name: &str,
    steal: bool,
    mechanism: Mechanism,
    on_event: Callback<LockEvent>,
) -> SessionLock {
    let inner = Rc::new(Inner::default());
    let started = match mechanism {
        Mechanism::WebLocks => web_lock(name, steal, &inner, on_event.clone()),
        Mechanism::Heartbeat => heartbeat(name, steal, &inner, on_event.clone()),
    };
    if started.is_none() {
        // No way to coordinate at all: behave as a single tab would.
        inner.held.set(true);
        on_event.emit(LockEvent::Held);
    }
    SessionLock { inner }
}

fn web_lock(
    name: &str,
    steal: bool,
    inner: &Rc<Inner>,
    on_event: Callback<LockEvent>,
) -> Option<()> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    let request: Function = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    let flag = if steal { "steal" } else { "ifAvailable" };
    Reflect::set(&options, &flag.into(), &JsValue::TRUE).ok()?;
    let granted = {
        let inner = inner.clone();
        let on_event = on_event.clone();
        Closure::once_into_js(move |lock: JsValue| -> Promise {
            if lock.is_null() || inner.released.get() {
                if lock.is_null() {
                    on_event.emit(LockEvent::Busy);
                }
                return Promise::resolve(&JsValue::UNDEFINED);
            }
            inner.held.set(true);
            on_event.emit(LockEvent::Held);
            // Held until this promise resolves: when the request is dropped.
            Promise::new(&mut |resolve, _| {
                *inner.resolve.borrow_mut() = Some(resolve);
            })
        })
    };
    let done: Promise = request
        .call3(&locks, &name.into(), &options, &granted)
        .ok()?
        .dyn_into()
        .ok()?;
    let inner = inner.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // A held lock's request ends in an error only when another tab stole it.
        if JsFuture::from(done).await.is_err() && inner.held.get() && !inner.released.get() {
            inner.held.set(false);
            on_event.emit(LockEvent::Lost);
        }
    });
    Some(())
}

/// This page's id for the heartbeat record.
fn tab_id() -> String {
    thread_local! {
        static ID: String = format!("{:x}", (js_sys::Math::random() * 1e15) as u64);
    }
    ID.with(Clone::clone)
}

/// The heartbeat record's holder and time, if any.
fn read_beat(storage: &web_sys::Storage, name: &str) -> Option<(String, i64)> {
    let raw = storage.get_item(name).ok()??;
    let (tab, at) = raw.split_once(':')?;
    Some((tab.to_owned(), at.parse().ok()?))
}

fn heartbeat(
    name: &str,
    steal: bool,
    inner: &Rc<Inner>,
    on_event: Callback<LockEvent>,
) -> Option<()> {
    let window = web_sys::window()?;
    let storage = window.local_storage().ok()??;
    let me = tab_id();
    let now = clock::now_ms();
    let busy = read_beat(&storage, name)
        .is_some_and(|(tab, at)| tab != me && now.saturating_sub(at) < STALE_MS);
    if busy && !steal {
        on_event.emit(LockEvent::Busy);
        return Some(());
    }
    let write = {
        let storage = storage.clone();
        let (name, me) = (name.to_owned(), me.clone());
        move || {
            let _ = storage.set_item(&name, &format!("{me}:{}", clock::now_ms()));
        }
    };
    write();
    let beat = Closure::<dyn Fn()>::new(write);
    let timer = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            beat.as_ref().unchecked_ref(),
            BEAT_MS,
        )
        .ok()?;
    let listener = {
        let (inner, key, on_event) = (Rc::downgrade(inner), name.to_owned(), on_event.clone());
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            let taken = e.key().as_deref() == Some(key.as_str())
                && e.new_value()
                    .is_some_and(|v| !v.starts_with(&format!("{me}:")));
            let Some(inner) = inner.upgrade() else { return };
            if taken && inner.held.replace(false) {
                // Stop beating, so this tab does not take it straight back.
                if let Some((timer, _, _)) = inner.beat.borrow().as_ref() {
                    if let Some(window) = web_sys::window() {
                        window.clear_interval_with_handle(*timer);
                    }
                }
                on_event.emit(LockEvent::Lost);
            }
        })
    };
    window
        .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
        .ok()?;
    inner.held.set(true);
    *inner.beat.borrow_mut() = Some((timer, beat, listener));
    *inner.beat_key.borrow_mut() = Some(name.to_owned());
    on_event.emit(LockEvent::Held);
    Some(())
}

/// Whether another tab holds `name` now (without asking for it).
pub async fn held_elsewhere(name: &str, mechanism: Mechanism) -> bool {
    match mechanism {
        Mechanism::WebLocks => query_web_locks(name).await.unwrap_or(false),
        Mechanism::Heartbeat => web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| read_beat(&s, name))
            .is_some_and(|(tab, at)| {
                tab != tab_id() && clock::now_ms().saturating_sub(at) < STALE_MS
            }),
    }
}

async fn query_web_locks(name: &str) -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    let query: Function = Reflect::get(&locks, &"query".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = query.call0(&locks).ok()?.dyn_into().ok()?;
    let snapshot = JsFuture::from(promise).await.ok()?;
    let held = Reflect::get(&snapshot, &"held".into()).ok()?;
    let held: js_sys::Array = held.dyn_into().ok()?;
    Some(held.iter().any(|lock| {
        Reflect::get(&lock, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .as_deref()
            == Some(name)
    }))
}
