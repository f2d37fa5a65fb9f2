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
use crate::domain::text::{Lang, Msg};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
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
    let lang = use_lang();
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
        return stopped_view(lang, tier, state.data.profile.clone());
    }
    let Some(routine) = routine_now(&props.start, &state) else {
        return cannot_start(
            lang,
            Msg::SessionCheckNothingTitle,
            Msg::SessionCheckNothingBody,
        );
    };
    if state.data.safety.is_paused() {
        return cannot_start(
            lang,
            Msg::SessionCheckPausedTitle,
            Msg::SessionCheckPausedBody,
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
    let (label, class) = start_label(lang, assessment == Assessment::Clear, elsewhere);
    html! {
        <section class="page check" aria-labelledby="check-title">
            <h1 id="check-title">{ t(lang, Msg::SessionCheckTitle) }</h1>
            if elsewhere {
                { elsewhere_note(lang) }
            }
            <PainPicker name="pain-now" legend={t(lang, Msg::SessionCheckPainLegend)} value={*pain} on_change={on_pain} />
            <h2 class="check__question">{ t(lang, Msg::SessionCheckQuestion) }</h2>
            <p class="muted">{ t(lang, Msg::SessionCheckHint) }</p>
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
fn start_label(lang: Lang, clear: bool, elsewhere: bool) -> (String, &'static str) {
    let (label, class) = match (clear, elsewhere) {
        (true, true) => (
            Msg::SessionContinueHere,
            "button button--primary button--wide",
        ),
        (true, false) => (
            Msg::SessionCheckStart,
            "button button--primary button--wide",
        ),
        (false, _) => (Msg::SessionCheckStop, "button button--danger button--wide"),
    };
    (t(lang, label), class)
}

/// A routine is playing in another tab: starting here moves it, it does not replace it.
fn elsewhere_note(lang: Lang) -> Html {
    html! {
        <div class="callout" role="status">
            <p><strong>{ t(lang, Msg::SessionCheckElsewhereTitle) }</strong>{ " " }{ t(lang, Msg::SessionCheckElsewhereBody) }</p>
        </div>
    }
}

/// Why nothing can start here, and the way back to Today.
fn cannot_start(lang: Lang, title: Msg, why: Msg) -> Html {
    html! {
        <section class="page" aria-labelledby="check-title">
            <h1 id="check-title">{ t(lang, title) }</h1>
            <p>{ t(lang, why) }</p>
            <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::SessionBackToday) }</Link<Route>>
        </section>
    }
}

/// A red flag stopped the start: what to do now.
fn stopped_view(lang: Lang, tier: Tier, profile: Option<Profile>) -> Html {
    html! {
        <section class="page">
            <Guidance {tier} {profile} />
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::SessionBackToday) }</Link<Route>>
            </div>
        </section>
    }
}
