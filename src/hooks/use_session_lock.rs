//! Which tab drives the running routine (`web::session_lock`), shared through a context
//! so the player can claim it and the safety check can see it is taken.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::web::session_lock::{self, LockEvent, Mechanism, SessionLock};

/// How many times, and how far apart, a busy lock is asked for again before this tab
/// says another one has it.
const RETRIES: u8 = 4;
const RETRY_MS: u32 = 250;

/// Where this tab stands with the routine lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockStatus {
    /// Not asked for (or released).
    Free,
    /// Asked for; no answer yet.
    Asking,
    /// This tab drives the routine.
    Held,
    /// Another tab drives it.
    Elsewhere,
    /// This tab drove it until another tab took it over.
    Moved,
}

/// The lock's state and what can be done with it.
#[derive(Clone)]
pub struct SessionLockHandle {
    pub status: LockStatus,
    /// Asks for the lock; `true` takes it from another tab ("continue here instead").
    pub claim: Callback<bool>,
    pub release: Callback<()>,
    /// Looks whether another tab holds it, without asking for it (`Elsewhere` if so).
    pub check: Callback<()>,
}

impl PartialEq for SessionLockHandle {
    fn eq(&self, other: &Self) -> bool {
        self.status == other.status
    }
}

/// The status, kept where callbacks read it now (a state handle shows its render's).
#[derive(Clone)]
struct Status {
    now: Rc<Cell<LockStatus>>,
    shown: UseStateHandle<LockStatus>,
}

impl Status {
    fn get(&self) -> LockStatus {
        self.now.get()
    }

    fn set(&self, status: LockStatus) {
        self.now.set(status);
        self.shown.set(status);
    }
}

/// The app's one lock handle, for `namespace` (each test app has its own).
#[hook]
pub fn use_session_lock_provider(namespace: AttrValue) -> SessionLockHandle {
    let status = Status {
        now: use_memo((), |_| Cell::new(LockStatus::Free)),
        shown: use_state_eq(|| LockStatus::Free),
    };
    let held = use_mut_ref(|| None::<SessionLock>);
    let name = Rc::new(format!("{namespace}/routine"));
    let mechanism = Mechanism::best();
    // The latest `ask`, for retries; they hold it weakly (no cycle, gone with the app).
    let asker = use_mut_ref(|| None::<Callback<(bool, u8)>>);
    let ask = {
        let (status, held, name) = (status.clone(), held.clone(), name.clone());
        let claim = Rc::downgrade(&asker);
        Callback::from(move |(steal, tries): (bool, u8)| {
            let on_event = {
                let (status, claim) = (status.clone(), claim.clone());
                Callback::from(move |event| match event {
                    // A tab that has just let go (a reload, leaving the player) may not
                    // have released it yet: ask again a few times before saying so.
                    LockEvent::Busy if tries > 0 => {
                        let (claim, status) = (claim.clone(), status.clone());
                        gloo_timers::callback::Timeout::new(RETRY_MS, move || {
                            // Not if she has left the player (released) meanwhile.
                            if status.get() != LockStatus::Asking {
                                return;
                            }
                            let ask = claim.upgrade().and_then(|a| a.borrow().clone());
                            if let Some(ask) = ask {
                                ask.emit((false, tries - 1));
                            }
                        })
                        .forget();
                    }
                    LockEvent::Busy => status.set(LockStatus::Elsewhere),
                    LockEvent::Held => status.set(LockStatus::Held),
                    LockEvent::Lost => status.set(LockStatus::Moved),
                })
            };
            // Dropping an earlier request first releases whatever it held.
            held.borrow_mut().take();
            let request = session_lock::request(&name, steal, mechanism, on_event);
            *held.borrow_mut() = Some(request);
        })
    };
    *asker.borrow_mut() = Some(ask.clone());
    let claim = {
        let status = status.clone();
        Callback::from(move |steal: bool| {
            // Already held or on its way: only a steal asks again.
            if matches!(status.get(), LockStatus::Held | LockStatus::Asking) && !steal {
                return;
            }
            status.set(LockStatus::Asking);
            ask.emit((steal, RETRIES));
        })
    };
    let release = {
        let (status, held) = (status.clone(), held.clone());
        Callback::from(move |()| {
            held.borrow_mut().take();
            status.set(LockStatus::Free);
        })
    };
    let check = {
        let (status, name) = (status.clone(), name.clone());
        Callback::from(move |()| {
            let (status, name) = (status.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let elsewhere = session_lock::held_elsewhere(&name, mechanism).await;
                match status.get() {
                    LockStatus::Free | LockStatus::Moved if elsewhere => {
                        status.set(LockStatus::Elsewhere)
                    }
                    LockStatus::Elsewhere if !elsewhere => status.set(LockStatus::Free),
                    _ => {}
                }
            });
        })
    };
    SessionLockHandle {
        status: *status.shown,
        claim,
        release,
        check,
    }
}

/// The routine lock; a lone tab's stand-in (always free to take) outside a provider.
#[hook]
pub fn use_session_lock() -> SessionLockHandle {
    use_context::<SessionLockHandle>().unwrap_or(SessionLockHandle {
        status: LockStatus::Held,
        claim: Callback::noop(),
        release: Callback::noop(),
        check: Callback::noop(),
    })
}
