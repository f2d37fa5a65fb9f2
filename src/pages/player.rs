//! The guided player: runs the saved session, plays its cues, keeps the screen awake,
//! and logs the session when it ends; after "Something's not right", asks what
//! happened.
//!
//! The live `Session` is kept by `use_session` and ticked locally; only commands and
//! the finish go through the app reducer (which saves them), so a reload resumes from
//! timestamps.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::carer_done::CarerDone;
use crate::components::finished_view::FinishedView;
use crate::components::step_view::StepView;
use crate::components::trouble::{DuringFlags, Trouble, WhatHappened};
use crate::domain::history::SessionLog;
use crate::domain::session::Command;
use crate::domain::text::{Lang, Msg};
use crate::hooks::use_app::use_app;
use crate::hooks::use_cues::use_cues;
use crate::hooks::use_lang::{t, use_lang};
use crate::hooks::use_session::{use_session, Live};
use crate::hooks::use_session_lock::{use_session_lock, LockStatus};
use crate::hooks::use_wake_lock::use_wake_lock;
use crate::route::Route;
use crate::state::Action;

/// The player plays in one tab at a time: this tab drives the saved session only while
/// it holds the routine lock; otherwise it says where the routine is, and can take it.
#[component]
pub fn Player() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let lock = use_session_lock();
    let has_active = state.data.active.is_some();
    {
        // Held while a routine runs here; a finished one lets go at once, so another
        // tab can start the next while this one still shows the summary.
        let (claim, release) = (lock.claim.clone(), lock.release.clone());
        use_effect_with(has_active, move |&has_active| {
            if has_active {
                claim.emit(false);
            } else {
                release.emit(());
            }
        });
    }
    {
        // Leaving the player lets another tab play the routine.
        let release = lock.release.clone();
        use_effect_with((), move |_| move || release.emit(()));
    }
    let take_over = lock.claim.reform(|()| true);
    match (has_active, lock.status) {
        (true, LockStatus::Elsewhere) => html! { <Elsewhere moved={false} {take_over} /> },
        (true, LockStatus::Moved) => html! { <Elsewhere moved={true} {take_over} /> },
        (true, LockStatus::Free | LockStatus::Asking) => {
            html! { <section class="page" aria-busy="true" aria-label={t(lang, Msg::SessionPlayerOpening)}></section> }
        }
        _ => html! { <Driver /> },
    }
}

#[derive(Properties, PartialEq)]
struct ElsewhereProps {
    /// This tab was playing it until another tab took it over.
    moved: bool,
    take_over: Callback<()>,
}

/// The routine is playing in another tab: say so, and offer to continue here.
#[component]
fn Elsewhere(props: &ElsewhereProps) -> Html {
    let lang = use_lang();
    let (title, body) = if props.moved {
        (Msg::SessionPlayerMovedTitle, Msg::SessionPlayerMovedBody)
    } else {
        (
            Msg::SessionPlayerElsewhereTitle,
            Msg::SessionPlayerElsewhereBody,
        )
    };
    let onclick = props.take_over.reform(|_: MouseEvent| ());
    html! {
        <section class="page" aria-labelledby="elsewhere-title">
            <h1 id="elsewhere-title">{ t(lang, title) }</h1>
            <p>{ t(lang, body) }</p>
            <div class="action-bar">
                <button class="button button--primary button--wide" {onclick}>{ t(lang, Msg::SessionContinueHere) }</button>
                <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::SessionGoToday) }</Link<Route>>
            </div>
        </section>
    }
}

/// Drives the saved session in this tab: its clock, cues and wake lock.
#[component]
fn Driver() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let cues = use_cues(state.data.cues);
    let session = use_session(&state, cues.play.clone());
    let wake = use_wake_lock(session.running());
    let trouble = use_state(|| Trouble::None);
    // A carer's practice (kept only in memory) ends on the carers' own screen, with no
    // report and no red-flag list: it was not hers. Known once, as it starts.
    let carers = state.data.active.as_ref().is_some_and(|a| a.is_carers());
    let carers = *use_memo((), move |_| carers);
    let (plan, view) = match session.live {
        Live::Idle { unresumable } => return html! { <NoSession {unresumable} /> },
        Live::Finished { log } if carers => {
            return html! { <CarerDone {log} trouble={*trouble != Trouble::None} /> }
        }
        Live::Finished { log } => return finished(lang, log, trouble),
        Live::Playing { plan, view } => (plan, view),
    };
    // A tap on a control also lets sound play (a phone allows it only inside a tap).
    let on_command = {
        let unlock = cues.unlock.clone();
        let command = session.command.clone();
        Callback::from(move |cmd: Command| {
            unlock.emit(());
            command.emit(cmd);
        })
    };
    let on_not_right = {
        let command = session.command.clone();
        Callback::from(move |()| {
            command.emit(Command::Stop);
            trouble.set(Trouble::Asking);
        })
    };
    html! {
        <StepView {plan} {view}
            flash={cues.flash}
            {wake}
            sound_locked={cues.sound_locked}
            on_sound={cues.unlock}
            {on_command}
            {on_not_right}
        />
    }
}

/// The end of a session: the summary, or first what happened if she said something
/// was not right.
fn finished(lang: Lang, log: Option<Rc<SessionLog>>, trouble: UseStateHandle<Trouble>) -> Html {
    match *trouble {
        Trouble::Asking => {
            let on_choose = Callback::from(move |next| trouble.set(next));
            html! { <WhatHappened {on_choose} /> }
        }
        Trouble::Flags => html! { <DuringFlags /> },
        Trouble::Pain => html! {
            <FinishedView {log}
                lead={AttrValue::from(t(lang, Msg::SessionPlayerPainLead))} />
        },
        Trouble::None => html! { <FinishedView {log} /> },
    }
}

#[derive(Properties, PartialEq)]
struct NoSessionProps {
    unresumable: bool,
}

#[component]
fn NoSession(props: &NoSessionProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let discard = Callback::from(move |_: MouseEvent| state.dispatch(Action::DiscardSession));
    html! {
        <section class="page" aria-labelledby="player-title">
            <h1 id="player-title">{ t(lang, Msg::SessionPlayerNoneTitle) }</h1>
            if props.unresumable {
                <div class="callout callout--stop">
                    <p>{ t(lang, Msg::SessionPlayerUnresumable) }</p>
                    <button class="button" onclick={discard}>{ t(lang, Msg::SessionPlayerClear) }</button>
                </div>
            } else {
                <p>{ t(lang, Msg::SessionPlayerNoneHint) }</p>
            }
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::SessionGoToday) }</Link<Route>>
            </div>
        </section>
    }
}
