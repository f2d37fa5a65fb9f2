//! The safety check before every session: pain now, and the red flags. "All clear —
//! start" is one tap; any red flag stops, shows the guidance and pauses the plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::components::red_flags::{highlighted, toggle_flag, Guidance, RedFlagList};
use crate::components::session_start::begin;
use crate::components::start_button::routine_now;
use crate::domain::comfort::PainScore;
use crate::domain::profile::Profile;
use crate::domain::routine::Routine;
use crate::domain::safety::{assess, Assessment, Moment, RedFlag, Tier};
use crate::domain::start::Start;
use crate::hooks::use_app::use_app;
use crate::hooks::use_session_lock::{use_session_lock, LockStatus, SessionLockHandle};
use crate::route::Route;
use crate::state::{Action, AppContext};
use crate::web::clock;
use crate::web::cues::CueOutput;

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// What to start once clear.
    pub start: Start,
}

#[component]
pub fn Check(props: &CheckProps) -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let (Some(cues), Some(navigator)) = (use_context::<CueOutput>(), use_navigator()) else {
        return html! {};
    };
    let ticked = use_state(Vec::<RedFlag>::new);
    let pain = use_state(|| None::<PainScore>);
    let stopped = use_state(|| None::<Tier>);
    let lock = use_session_lock();
    {
        let check = lock.check.clone();
        use_effect_with((), move |_| check.emit(()));
    }

    if let Some(tier) = *stopped {
        return stopped_view(tier, state.data.profile.clone());
    }
    let Some(routine) = routine_now(&props.start, &state) else {
        return cannot_start(
            "Nothing to start",
            "This routine isn't available right now.",
        );
    };
    if state.data.safety.is_paused() {
        return cannot_start(
            "Your plan is paused",
            "After a warning sign, sessions stay paused until you have been checked. You can carry on from Today once you have.",
        );
    }

    let on_toggle = toggle_flag(&ticked);
    let highlight = highlighted(state.data.profile.as_ref());
    let on_pain = {
        let pain = pain.clone();
        Callback::from(move |p: PainScore| pain.set(Some(p)))
    };
    let assessment = assess(&ticked);
    // A routine playing in another tab is moved here, not replaced.
    let elsewhere = lock.status == LockStatus::Elsewhere && state.data.active.is_some();
    let onclick = on_start(Starting {
        start: props.start.clone(),
        routine,
        before: *pain,
        elsewhere,
        ticked: ticked.clone(),
        stopped: stopped.clone(),
        lock,
        navigator,
        state: state.clone(),
        cues,
    });
    let (label, class) = start_label(assessment == Assessment::Clear, elsewhere);
    html! {
        <section class="page check" aria-labelledby="check-title">
            <h1 id="check-title">{ "Before you start" }</h1>
            if elsewhere {
                { elsewhere_note() }
            }
            <PainPicker name="pain-now" legend="Back pain right now (optional)" value={*pain} on_change={on_pain} />
            <h2 class="check__question">{ "Is any of this happening to you today?" }</h2>
            <p class="muted">{ "Tick anything that applies. If none do, just start." }</p>
            <RedFlagList ticked={(*ticked).clone()} {on_toggle}
                {highlight} />
            <div class="action-bar">
                <button {class} {onclick}>{ label }</button>
            </div>
        </section>
    }
}

/// What the start button needs.
struct Starting {
    start: Start,
    routine: Routine,
    before: Option<PainScore>,
    /// A routine is playing in another tab: move it here instead of starting.
    elsewhere: bool,
    ticked: UseStateHandle<Vec<RedFlag>>,
    stopped: UseStateHandle<Option<Tier>>,
    lock: SessionLockHandle,
    navigator: Navigator,
    state: AppContext,
    cues: CueOutput,
}

/// The tap: start (or move the running routine here) when clear, else stop and record
/// the red flags.
fn on_start(s: Starting) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| match assess(&s.ticked) {
        Assessment::Clear if s.elsewhere => {
            s.lock.claim.emit(true);
            s.navigator.push(&Route::Player);
        }
        Assessment::Clear => {
            let started = begin(
                s.routine.clone(),
                Some(s.start.clone()),
                s.before,
                &s.state,
                &s.cues,
            );
            if started {
                s.navigator.push(&Route::Player);
            }
        }
        Assessment::Stop { tier, flags } => {
            s.state.dispatch(Action::RedFlags {
                flags,
                moment: Moment::BeforeSession,
                at_ms: clock::now_ms(),
            });
            s.stopped.set(Some(tier));
        }
    })
}

/// The button's words and look: start, move the routine here, or stop.
fn start_label(clear: bool, elsewhere: bool) -> (&'static str, &'static str) {
    match (clear, elsewhere) {
        (true, true) => (
            "Continue here instead",
            "button button--primary button--wide",
        ),
        (true, false) => ("All clear — start", "button button--primary button--wide"),
        (false, _) => (
            "Stop and show me what to do",
            "button button--danger button--wide",
        ),
    }
}

/// A routine is playing in another tab: starting here moves it, it does not replace it.
fn elsewhere_note() -> Html {
    html! {
        <div class="callout" role="status">
            <p><strong>{ "A routine is running in another tab." }</strong>{ " It plays in one place at a time, so its timer and cues stay right. Continue it here, or finish it in the other tab first." }</p>
        </div>
    }
}

/// Why nothing can start here, and the way back to Today.
fn cannot_start(title: &'static str, why: &'static str) -> Html {
    html! {
        <section class="page" aria-labelledby="check-title">
            <h1 id="check-title">{ title }</h1>
            <p>{ why }</p>
            <Link<Route> to={Route::Today} classes="button button--wide">{ "Back to Today" }</Link<Route>>
        </section>
    }
}

/// A red flag stopped the start: what to do now.
fn stopped_view(tier: Tier, profile: Option<Profile>) -> Html {
    html! {
        <section class="page">
            <Guidance {tier} {profile} />
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--wide">{ "Back to Today" }</Link<Route>>
            </div>
        </section>
    }
}
