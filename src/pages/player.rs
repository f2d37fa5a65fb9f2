//! The guided player: runs the saved session, plays its cues, keeps the screen awake,
//! and logs the session when it ends.
//!
//! The live `Session` is kept here and ticked locally; only commands and the finish go
//! through the app reducer (which saves them), so a reload resumes from timestamps.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::step_view::{FinishedView, StepView};
use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::routine::{Plan, Routine};
use crate::domain::session::{ActiveSession, Command, Cue, Session, Status};
use crate::domain::settings::CueSettings;
use crate::hooks::use_ticker::use_ticker;
use crate::hooks::use_visible::use_on_visible;
use crate::route::Route;
use crate::state::{Action, AppContext};
use crate::web::clock;
use crate::web::cues::CueOutput;
use crate::web::wake_lock::{WakeLock, WakeState};

/// How often the player catches up with the clock. Display only: the position comes
/// from timestamps, so a slower or throttled tick never makes the session drift.
const TICK_MS: u32 = 250;

fn play(cues: &CueOutput, settings: CueSettings, played: &[Cue]) {
    for cue in played {
        cues.0.play(cue, settings);
    }
}

/// Starts a routine from a tap (so sound is allowed) and saves it as the running
/// session. A session already running is stopped and logged first, keeping its work.
pub fn begin(routine: Routine, ctx: &AppContext, cues: &CueOutput) -> bool {
    cues.0.unlock();
    let catalog = Catalog::builtin();
    let Ok(plan) = Plan::new(routine, catalog) else {
        return false;
    };
    let now = clock::now_ms();
    if let Some(mut old) = ctx.data.active.as_ref().and_then(|a| a.restore(catalog)) {
        if old.status() != Status::NotStarted {
            old.apply(Command::Tick, now);
            old.apply(Command::Stop, now);
            if let Some(log) = SessionLog::from_session(&old) {
                ctx.dispatch(Action::FinishSession(log));
            }
        }
    }
    let mut session = Session::new(plan);
    let played = session.apply(Command::Start, now);
    play(cues, ctx.data.cues, &played);
    ctx.dispatch(Action::SaveSession(ActiveSession::of(&session)));
    true
}

#[component]
pub fn Player() -> Html {
    let (Some(state), Some(cues)) = (use_context::<AppContext>(), use_context::<CueOutput>())
    else {
        return html! {};
    };
    let restored = use_mut_ref(|| {
        state
            .data
            .active
            .as_ref()
            .map(|a| a.restore(Catalog::builtin()))
    });
    let session: Rc<RefCell<Option<Session>>> = use_mut_ref(|| restored.borrow().clone().flatten());
    let logged = use_mut_ref(|| false);
    let redraw = use_force_update();
    let flash = use_state(|| 0u32);
    let wake = use_memo((), |_| Rc::new(WakeLock::default()));
    let wake_state = use_state(|| WakeState::Released);
    let confirm_stop = use_state(|| false);

    // Applies a command (or a tick), plays its cues, saves or logs the result.
    let drive = {
        let session = session.clone();
        let state = state.clone();
        let cues = cues.clone();
        let logged = logged.clone();
        let flash = flash.clone();
        let redraw = redraw.clone();
        Callback::from(move |command: Command| {
            let now = clock::now_ms();
            let mut slot = session.borrow_mut();
            let Some(s) = slot.as_mut() else {
                return;
            };
            let played = s.apply(command, now);
            play(&cues, state.data.cues, &played);
            if state.data.cues.flash && played.contains(&Cue::Flash) {
                flash.set(*flash + 1);
            }
            if s.status() == Status::Finished {
                if !*logged.borrow() {
                    *logged.borrow_mut() = true;
                    if let Some(log) = SessionLog::from_session(s) {
                        state.dispatch(Action::FinishSession(log));
                    }
                }
            } else if command != Command::Tick {
                state.dispatch(Action::SaveSession(ActiveSession::of(s)));
            }
            drop(slot);
            redraw.force_update();
        })
    };

    // Catch up once on mount: after a reload the clock may be far ahead.
    {
        let drive = drive.clone();
        use_effect_with((), move |_| drive.emit(Command::Tick));
    }

    let status = session.borrow().as_ref().map(Session::status);
    let running = status == Some(Status::Running);
    {
        let drive = drive.clone();
        use_ticker(
            TICK_MS,
            running,
            Callback::from(move |_| drive.emit(Command::Tick)),
        );
    }
    {
        let drive = drive.clone();
        let wake = wake.clone();
        let wake_state = wake_state.clone();
        use_on_visible(Callback::from(move |_| {
            drive.emit(Command::Tick);
            wake.forget_if_released();
            if running {
                let wake_state = wake_state.clone();
                wake.acquire(move |w| wake_state.set(w));
            }
        }));
    }
    {
        let wake = wake.clone();
        let wake_state = wake_state.clone();
        use_effect_with(running, move |&running| {
            if running {
                let setter = wake_state.clone();
                wake.acquire(move |w| setter.set(w));
            } else {
                wake.release();
                if *wake_state == WakeState::Held {
                    wake_state.set(WakeState::Released);
                }
            }
            let wake = wake.clone();
            move || wake.release()
        });
    }

    let command = |cmd: Command| {
        let drive = drive.clone();
        let cues = cues.clone();
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| {
            cues.0.unlock();
            confirm_stop.set(false);
            drive.emit(cmd);
        })
    };

    let guard = session.borrow();
    let Some(s) = guard.as_ref() else {
        let unresumable = matches!(*restored.borrow(), Some(None));
        return html! { <NoSession {unresumable} /> };
    };
    let now = clock::now_ms();
    if s.status() == Status::Finished {
        return html! { <FinishedView log={SessionLog::from_session(s).map(Rc::new)} /> };
    }
    let view = s.view(now);
    // After a reload the browser blocks sound until she taps; say so rather than go quiet.
    let wants_sound = state.data.cues.speech || state.data.cues.beeps;
    let sound_locked = wants_sound && !cues.0.is_unlocked();
    let on_sound = {
        let cues = cues.clone();
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            cues.0.unlock();
            redraw.force_update();
        })
    };
    let ask_stop = {
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| confirm_stop.set(true))
    };
    let keep_going = {
        let confirm_stop = confirm_stop.clone();
        Callback::from(move |_: MouseEvent| confirm_stop.set(false))
    };
    html! {
        <StepView
            plan={Rc::new(s.plan().clone())}
            view={Rc::new(view)}
            flash={*flash}
            wake={*wake_state}
            confirm_stop={*confirm_stop}
            {sound_locked}
            {on_sound}
            on_back={command(Command::Back)}
            on_pause={command(Command::Pause)}
            on_resume={command(Command::Resume)}
            on_skip={command(Command::Skip)}
            on_add_rest={command(Command::AddRest)}
            on_stop={command(Command::Stop)}
            on_ask_stop={ask_stop}
            on_keep_going={keep_going}
        />
    }
}

#[derive(Properties, PartialEq)]
struct NoSessionProps {
    unresumable: bool,
}

#[component]
fn NoSession(props: &NoSessionProps) -> Html {
    let state = use_context::<AppContext>();
    let discard = state
        .map(|state| Callback::from(move |_: MouseEvent| state.dispatch(Action::DiscardSession)));
    html! {
        <section class="page" aria-labelledby="player-title">
            <h1 id="player-title">{ "No routine running" }</h1>
            if props.unresumable {
                <div class="callout callout--stop">
                    <p>{ "The routine you were doing can't be resumed: this version of the app no longer has one of its exercises." }</p>
                    <button class="button" onclick={discard}>{ "Clear it" }</button>
                </div>
            } else {
                <p>{ "Start a routine from Today, or try any exercise from the library." }</p>
            }
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Go to Today" }</Link<Route>>
            </div>
        </section>
    }
}
