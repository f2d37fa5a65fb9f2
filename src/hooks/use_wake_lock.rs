//! `use_wake_lock(running)`: keeps the screen awake while the session runs and lets it
//! sleep when it pauses or ends (or the component goes). The browser drops the lock
//! whenever the page is hidden, so it is asked for again when the page comes back.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_visible::use_on_visible;
use crate::web::wake_lock::{WakeLock, WakeState};

/// Holds the wake lock while `running`; returns whether the screen is being kept on.
#[hook]
pub fn use_wake_lock(running: bool) -> WakeState {
    let wake = use_memo((), |_| Rc::new(WakeLock::default()));
    let state = use_state(|| WakeState::Released);
    {
        let wake = wake.clone();
        let state = state.clone();
        use_on_visible(Callback::from(move |_| {
            wake.forget_if_released();
            if running {
                let state = state.clone();
                wake.acquire(move |w| state.set(w));
            }
        }));
    }
    {
        let state = state.clone();
        use_effect_with(running, move |&running| {
            if running {
                let setter = state.clone();
                wake.acquire(move |w| setter.set(w));
            } else {
                wake.release();
                if *state == WakeState::Held {
                    state.set(WakeState::Released);
                }
            }
            move || wake.release()
        });
    }
    *state
}
