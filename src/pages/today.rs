//! Today: her routine for the day, why it looks the way it does, the morning check,
//! and (after a red flag) the paused plan. Every start goes through the safety check.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::morning::MorningCheck;
use crate::components::red_flags::Guidance;
use crate::components::start_button::StartButton;
use crate::components::welcome::Welcome;
use crate::domain::catalog::Catalog;
use crate::domain::history::{minutes_since, morning_check_due};
use crate::domain::imported::ImportedRoutine;
use crate::domain::plan_view::last_session_ms;
use crate::domain::planner::{todays_routine, todays_tip, walk_suggestion, why_lines, Length};
use crate::domain::profile::local_day;
use crate::domain::progression::{away_words, PlanState, Reason};
use crate::domain::routine::{planned_minutes, Routine};
use crate::domain::start::{shared_routine, Start};
use crate::domain::wording::{clock_text, dose_text, frequency_text, since_birth_text};
use crate::hooks::use_app::use_app;
use crate::route::Route;
use crate::state::Action;
use crate::web::clock;

const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;

fn minutes_of(routine: &Routine) -> i64 {
    planned_minutes(routine, Catalog::builtin())
}

/// "Welcome back…" when time away eased her plan off and she has not been back yet.
fn welcome_back(plan: &PlanState, last_session: Option<i64>) -> Option<String> {
    let c = plan
        .changes
        .iter()
        .rev()
        .find(|c| c.routine.is_none() && matches!(c.reason, Reason::Away { .. }))?;
    if last_session.is_some_and(|l| l > c.at_ms) {
        return None;
    }
    let Reason::Away { days } = c.reason else {
        return None;
    };
    Some(format!(
        "Welcome back! It has been {} since your last session, so today's routine restarts \
         a little gentler.",
        away_words(days)
    ))
}

#[component]
pub fn Today() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let catalog = Catalog::builtin();
    let Some(profile) = state.data.profile.clone() else {
        return html! { <Welcome /> };
    };
    if state.data.safety.is_paused() {
        return html! { <Paused /> };
    }
    let now = clock::now_ms();
    let offset = clock::utc_offset_min(now);
    let data = &state.data;
    let stage = profile.stage(now, offset);
    let th = &data.thresholds;
    let today = local_day(now, offset);
    let morning = morning_check_due(&data.history, today, |ms| {
        local_day(ms, clock::utc_offset_min(ms))
    });
    let composed = todays_routine(
        &data.plan,
        &profile,
        catalog,
        &stage,
        th,
        Length::Standard,
        data.target_min,
    );
    let last_session = last_session_ms(&data.history);
    let why = why_lines(&composed, &data.plan, catalog, last_session, offset);
    let routine = composed.routine;
    let week = minutes_since(&data.history, now - WEEK_MS, catalog);
    let walk = walk_suggestion(&data.plan, catalog, &stage, th, week);
    let tip = todays_tip(&profile, &stage, profile.days_postpartum(now, offset));
    let tip_lesson = catalog.find(tip.lesson());
    let back = welcome_back(&data.plan, last_session);
    let running = data
        .active
        .as_ref()
        .map(|a| a.routine.name.as_str().to_owned());
    let last = data.history.last().map(|log| {
        format!(
            "Last time: {} · {} active",
            log.routine,
            clock_text(log.active_ms)
        )
    });
    let physio_plan = data.imported.iter().find(|i| i.as_plan).cloned();

    let items = routine.steps.iter().filter_map(|step| {
        let e = catalog.get(&step.exercise)?;
        Some(html! {
            <li class="routine__item">
                <Link<Route> to={Route::Exercise { id: e.id.to_string() }}>{ &e.name }</Link<Route>>
                <span class="muted">{ dose_text(e, &step.dose) }</span>
            </li>
        })
    });
    html! {
        <section class="page" aria-labelledby="today-title">
            <h1 id="today-title">{ "Today" }</h1>
            <p class="page__lead">{ since_birth_text(&stage, profile.delivery) }</p>
            if let Some(log) = morning {
                <MorningCheck started_at_ms={log.started_at_ms} before={log.comfort.before}
                    ask_usual={log.comfort.before.is_none() && profile.usual_pain.is_none()
                        && data.history.iter().all(|l| l.comfort.morning.is_none())} />
            }
            if let Some(name) = running {
                <div class="card card--accent">
                    <h2>{ "You have a routine in progress" }</h2>
                    <p>{ name }</p>
                    <Link<Route> to={Route::Player} classes="button button--primary button--wide">{ "Continue" }</Link<Route>>
                </div>
            }
            if let Some(text) = back {
                <div class="card card--accent" role="status">
                    <h2>{ "Good to see you" }</h2>
                    <p>{ text }</p>
                </div>
            }
            { for data.imported.iter().map(|i| imported_card(i, &data.plan)) }
            <div class="card">
                <h2>{ if physio_plan.is_some() { "The app's own routine" } else { "Your routine for today" } }<span class="card__tag">{ format!("{} min", minutes_of(&routine)) }</span></h2>
                <ol class="routine">{ for items }</ol>
                <details class="why">
                    <summary>{ "Why this routine?" }</summary>
                    <ul>{ for why.iter().map(|w| html! { <li>{ &w.text }</li> }) }</ul>
                    <Link<Route> to={Route::Plan} classes="why__more">{ "See your whole plan" }</Link<Route>>
                </details>
                <StartButton start={Start::Short} label="Only 5 minutes? Do the short version" />
            </div>
            <div class="card tip" aria-labelledby="tip-title">
                <h2 id="tip-title">{ "Today's tip" }</h2>
                <p>{ tip.text() }</p>
                if let Some(lesson) = tip_lesson {
                    <Link<Route> to={Route::Exercise { id: lesson.id.to_string() }} classes="tip__more">
                        { format!("More: {}", lesson.name) }
                    </Link<Route>>
                }
            </div>
            if let Some((_, text)) = walk {
                <div class="card">
                    <h2>{ "A walk today" }</h2>
                    <p>{ text }</p>
                    <StartButton start={Start::Walk} label="Time my walk" />
                </div>
            }
            if let Some(text) = last {
                <p class="muted">{ text }</p>
            }
            <div class="action-bar">
                if let Some(i) = physio_plan {
                    <StartButton start={Start::Shared(i.imported_at_ms)} label="Start today's routine" primary=true />
                } else {
                    <StartButton start={Start::Today} label="Start today's routine" primary=true />
                }
            </div>
        </section>
    }
}

/// A routine from her physiotherapist on Today.
fn imported_card(imported: &ImportedRoutine, plan: &PlanState) -> Html {
    let r = &imported.routine;
    let routine = shared_routine(imported, plan, Catalog::builtin());
    let by = [r.clinician.as_str(), r.clinic.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let start = Start::Shared(imported.imported_at_ms);
    html! {
        <div class={classes!("card", imported.as_plan.then_some("card--accent"))}>
            <h2>{ r.name.as_str() }<span class="card__tag">{ format!("{} min", minutes_of(&routine)) }</span></h2>
            <p class="muted">
                { if imported.as_plan { "Your plan, from your physiotherapist" } else { "From your physiotherapist" } }
                if !by.is_empty() { { format!(" · {by}") } }
                { format!(" · {}", frequency_text(r.frequency)) }
            </p>
            if !imported.as_plan {
                <StartButton {start} label={AttrValue::from(format!("Start {}", r.name.as_str()))} />
            }
        </div>
    }
}

/// The plan after a red flag: the guidance again, and the explicit way back.
#[component]
fn Paused() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let confirmed = use_state(|| false);
    let tier = state.data.safety.latest().map(|e| e.tier);
    let on_check = {
        let confirmed = confirmed.clone();
        Callback::from(move |e: Event| {
            confirmed.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
        })
    };
    let on_resume = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::ResumePlan {
                at_ms: clock::now_ms(),
            })
        })
    };
    html! {
        <section class="page" aria-labelledby="paused-title">
            <h1 id="paused-title">{ "Your plan is paused" }</h1>
            <p class="page__lead">{ "You reported a warning sign, so exercise is on hold until you have been checked." }</p>
            if let Some(tier) = tier {
                <div class="card">
                    <Guidance {tier} profile={state.data.profile.clone()} />
                </div>
            }
            <div class="card">
                <h2>{ "Been checked?" }</h2>
                <label class="choice" for="checked-ok">
                    <input type="checkbox" id="checked-ok" checked={*confirmed} onchange={on_check} />
                    <span>{ "I've been checked by a midwife, doctor or physiotherapist and can continue." }</span>
                </label>
                <button class="button button--primary button--wide" disabled={!*confirmed} onclick={on_resume}>
                    { "Continue my plan" }
                </button>
            </div>
        </section>
    }
}
