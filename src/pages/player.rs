//! The guided player: runs the saved session, plays its cues, keeps the screen awake,
//! and logs the session when it ends.
//!
//! The live `Session` is kept here and ticked locally; only commands and the finish go
//! through the app reducer (which saves them), so a reload resumes from timestamps.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::red_flags::{highlighted, toggle_flag, Guidance, RedFlagList};
use crate::components::step_view::{FinishedView, StepView};
use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::safety::{assess, Assessment, Moment, RedFlag, Tier};
use crate::domain::session::{ActiveSession, Command, Cue, Session, Status};
use crate::hooks::use_app::use_app;
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
    let trouble = use_state(|| Trouble::None);

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
            cues.play_all(state.data.cues, &played);
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

    let on_not_right = {
        let drive = drive.clone();
        let trouble = trouble.clone();
        Callback::from(move |_: MouseEvent| {
            drive.emit(Command::Stop);
            trouble.set(Trouble::Asking);
        })
    };

    let guard = session.borrow();
    let Some(s) = guard.as_ref() else {
        let unresumable = matches!(*restored.borrow(), Some(None));
        return html! { <NoSession {unresumable} /> };
    };
    let now = clock::now_ms();
    if s.status() == Status::Finished {
        let log = SessionLog::from_session(s);
        let started = s.timing().started_at_ms;
        let reported = state
            .data
            .history
            .iter()
            .any(|l| l.started_at_ms == started && l.comfort.after.is_some());
        return match *trouble {
            Trouble::Asking => html! { <WhatHappened {trouble} /> },
            Trouble::Flags => html! { <DuringFlags /> },
            Trouble::Pain => html! {
                <FinishedView log={log.map(Rc::new)} {reported}
                    lead={AttrValue::from("Stopping was the right thing to do. Let's note how bad it got, so your plan eases off.")} />
            },
            Trouble::None => html! { <FinishedView log={log.map(Rc::new)} {reported} /> },
        };
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
            {on_not_right}
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

/// After "Something's not right": what she is telling us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trouble {
    None,
    Asking,
    Pain,
    Flags,
}

#[derive(Properties, PartialEq)]
struct WhatHappenedProps {
    trouble: UseStateHandle<Trouble>,
}

/// The session has stopped; one tap says what happened.
#[component]
fn WhatHappened(props: &WhatHappenedProps) -> Html {
    let choose = |next: Trouble| {
        let trouble = props.trouble.clone();
        Callback::from(move |_: MouseEvent| trouble.set(next))
    };
    html! {
        <section class="page" aria-labelledby="trouble-title">
            <h1 id="trouble-title">{ "Stopped. What happened?" }</h1>
            <p class="page__lead">{ "What you did so far is saved." }</p>
            <div class="button-stack">
                <button class="button button--wide" onclick={choose(Trouble::Pain)}>{ "The pain got too much" }</button>
                <button class="button button--danger button--wide" onclick={choose(Trouble::Flags)}>{ "I noticed a warning sign" }</button>
                <button class="button button--quiet button--wide" onclick={choose(Trouble::None)}>{ "Something else — I'm all right" }</button>
            </div>
        </section>
    }
}

/// The red-flag list during a session, leading to the guidance.
#[component]
fn DuringFlags() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let ticked = use_state(Vec::<RedFlag>::new);
    let shown = use_state(|| None::<Tier>);
    if let Some(tier) = *shown {
        return html! {
            <section class="page">
                <Guidance {tier} profile={state.data.profile.clone()} />
                <div class="action-bar">
                    <Link<Route> to={Route::Today} classes="button button--wide">{ "Back to Today" }</Link<Route>>
                </div>
            </section>
        };
    }
    let on_toggle = toggle_flag(&ticked);
    let highlight = highlighted(state.data.profile.as_ref());
    let on_show = {
        let ticked = ticked.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            if let Assessment::Stop { tier, flags } = assess(&ticked) {
                state.dispatch(Action::RedFlags {
                    flags,
                    moment: Moment::DuringSession,
                    at_ms: clock::now_ms(),
                });
                shown.set(Some(tier));
            }
        })
    };
    html! {
        <section class="page" aria-labelledby="flags-title">
            <h1 id="flags-title">{ "Which of these?" }</h1>
            <RedFlagList ticked={(*ticked).clone()} {on_toggle}
                {highlight} />
            <div class="action-bar">
                <button class="button button--danger button--wide" disabled={ticked.is_empty()} onclick={on_show}>
                    { "Show me what to do" }
                </button>
            </div>
        </section>
    }
}
