//! `use_session()`: the live guided session. It restores the saved session once, keeps
//! it (and its one shared plan) for the component's life, catches up with the clock on
//! mount, every tick while running and whenever the page comes back, plays the cues
//! each move returns, saves her commands and logs the finish through the app reducer.
//! What the session does is `domain::session`; this only drives it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::routine::Plan;
use crate::domain::session::{ActiveSession, Command, Cue, Session, Status, View};
use crate::hooks::use_lang::use_lang;
use crate::hooks::use_ticker::use_ticker;
use crate::hooks::use_visible::use_on_visible;
use crate::state::{Action, AppContext};
use crate::web::clock;

/// How often the player catches up with the clock. Display only: the position comes
/// from timestamps, so a slower or throttled tick never makes the session drift.
const TICK_MS: u32 = 250;

/// Where the session is, as the player shows it.
#[derive(Clone)]
pub enum Live {
    /// Nothing to run: none saved, or (`unresumable`) the saved one needs an exercise
    /// this version of the app no longer has.
    Idle { unresumable: bool },
    /// Not over (running or paused): the plan, shared for the session's life, and
    /// what to show now.
    Playing { plan: Rc<Plan>, view: Rc<View> },
    /// Over, finished or stopped: its log, for the summary.
    Finished { log: Option<Rc<SessionLog>> },
}

/// The live session and the one way to move it.
pub struct SessionHandle {
    pub live: Live,
    /// Her commands. Each is applied at the current time, its cues played, and the
    /// result saved (or, once finished, logged once).
    pub command: Callback<Command>,
}

impl SessionHandle {
    /// Whether the clock is running (not paused, not over).
    pub fn running(&self) -> bool {
        matches!(&self.live, Live::Playing { view, .. } if view.status == Status::Running)
    }
}

/// The session kept between renders.
struct Slot {
    session: Option<Session>,
    /// A session was saved but cannot be rebuilt.
    unresumable: bool,
    /// The finish has been logged; it is logged once.
    logged: bool,
}

/// Drives the app's saved session; `play` hears the cues of every move.
#[hook]
pub fn use_session(state: &AppContext, play: Callback<Vec<Cue>>) -> SessionHandle {
    // The session holds the exercises in her language, so what it says (names, cue
    // phrases) is in it; only ids and timestamps are saved.
    let lang = use_lang();
    let slot = use_mut_ref(|| {
        let restored = state
            .data
            .active
            .as_ref()
            .map(|a| a.restore(Catalog::builtin_in(lang)));
        Slot {
            unresumable: matches!(restored, Some(None)),
            session: restored.flatten(),
            logged: false,
        }
    });
    let redraw = use_force_update();

    // Applies a command (or a tick), plays its cues, saves or logs the result.
    let drive = {
        let slot = slot.clone();
        let state = state.clone();
        Callback::from(move |command: Command| {
            let now = clock::now_ms();
            let mut guard = slot.borrow_mut();
            let slot = &mut *guard;
            let Some(session) = slot.session.as_mut() else {
                return;
            };
            play.emit(session.apply(command, now));
            let action = if session.status() == Status::Finished {
                let first = !std::mem::replace(&mut slot.logged, true);
                first
                    .then(|| SessionLog::from_session(session))
                    .flatten()
                    .map(Action::FinishSession)
            } else if command != Command::Tick {
                Some(Action::SaveSession(ActiveSession::of(session)))
            } else {
                None
            };
            drop(guard);
            if let Some(action) = action {
                state.dispatch(action);
            }
            redraw.force_update();
        })
    };

    // Catch up once on mount: after a reload the clock may be far ahead.
    {
        let drive = drive.clone();
        use_effect_with((), move |_| drive.emit(Command::Tick));
    }
    let live = live(&slot.borrow(), clock::now_ms());
    let running = matches!(&live, Live::Playing { view, .. } if view.status == Status::Running);
    let tick = {
        let drive = drive.clone();
        Callback::from(move |()| drive.emit(Command::Tick))
    };
    use_ticker(TICK_MS, running, tick.clone());
    use_on_visible(tick);
    SessionHandle {
        live,
        command: drive,
    }
}

/// What to show of the kept session at `now_ms`.
fn live(slot: &Slot, now_ms: i64) -> Live {
    match &slot.session {
        None => Live::Idle {
            unresumable: slot.unresumable,
        },
        Some(s) if s.status() == Status::Finished => Live::Finished {
            log: SessionLog::from_session(s).map(Rc::new),
        },
        Some(s) => Live::Playing {
            plan: s.shared_plan(),
            view: Rc::new(s.view(now_ms)),
        },
    }
}
