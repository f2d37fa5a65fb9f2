//! Today: her routine for the day, why it looks the way it does, the morning check,
//! and (after a red flag) the paused plan. Every start goes through the safety check.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::morning::MorningCheck;
use crate::components::red_flags::Guidance;
use crate::components::shared_view::frequency_text;
use crate::components::step_view::clock_text;
use crate::domain::catalog::Catalog;
use crate::domain::history::{minutes_since, morning_check_due};
use crate::domain::imported::ImportedRoutine;
use crate::domain::planner::{ensure_items, todays_routine, walk_suggestion, Length, WhyLine};
use crate::domain::profile::{local_day, Profile, StageNow};
use crate::domain::progression::{allowed, apply, dose_at, PlanState};
use crate::domain::routine::{planned_minutes, single, Routine};
use crate::domain::saved::AppData;
use crate::pages::exercise::dose_text_for;
use crate::pages::welcome::Welcome;
use crate::route::Route;
use crate::state::{Action, AppContext};
use crate::web::clock;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
const WEEK_MS: i64 = 7 * DAY_MS;

/// Where she is now, by her local calendar.
pub fn stage_now(profile: &Profile, now_ms: i64) -> StageNow {
    profile.stage(now_ms, clock::utc_offset_min(now_ms))
}

/// The start of her local day, in UTC milliseconds.
fn today_start_ms(now_ms: i64) -> i64 {
    let offset = clock::utc_offset_min(now_ms);
    local_day(now_ms, offset) * DAY_MS - i64::from(offset) * 60_000
}

/// The routine a start button names: "today", "short", "walk" or "ex-<exercise id>".
pub fn routine_for(what: &str, data: &AppData, now_ms: i64) -> Option<Routine> {
    let catalog = Catalog::builtin();
    let Some(profile) = data.profile.as_ref() else {
        // Before she has said anything about the birth, only what suits the first days
        // after a caesarean (the most cautious case) can be tried.
        let e = catalog.find(what.strip_prefix("ex-")?)?;
        return (e.stage.caesarean_weeks == 0).then(|| single(e));
    };
    let stage = stage_now(profile, now_ms);
    let th = &data.thresholds;
    match what {
        "today" | "short" => {
            let length = if what == "short" {
                Length::Short
            } else {
                Length::Standard
            };
            let plan = ensure_items(&data.plan, profile, catalog, &stage, th);
            Some(
                todays_routine(
                    &plan,
                    profile,
                    catalog,
                    &stage,
                    th,
                    length,
                    data.target_min,
                    &[],
                )
                .0,
            )
        }
        "walk" => {
            let minutes = minutes_since(&data.history, now_ms - WEEK_MS);
            let plan = ensure_items(&data.plan, profile, catalog, &stage, th);
            let (id, _) = walk_suggestion(&plan, catalog, &stage, th, minutes)?;
            catalog.get(&id).map(single)
        }
        other if other.starts_with("shared-") => {
            let at: i64 = other.strip_prefix("shared-")?.parse().ok()?;
            let imported = data.imported.iter().find(|i| i.imported_at_ms == at)?;
            Some(shared_routine(imported, &data.plan))
        }
        other => {
            let id = other.strip_prefix("ex-")?;
            let e = catalog.find(id)?;
            allowed(e, &stage, th).then(|| single(e))
        }
    }
}

/// A physiotherapist's routine as she will do it: the doses as set, or, when the physio
/// allowed it, moved by the same steps her own plan has made for those exercises.
fn shared_routine(imported: &ImportedRoutine, plan: &PlanState) -> Routine {
    let mut routine = imported.routine.to_routine();
    if imported.routine.auto_progress {
        let catalog = Catalog::builtin();
        for step in &mut routine.steps {
            let item = plan.items.iter().find(|i| i.exercise == step.exercise);
            if let (Some(item), Some(e)) = (item, catalog.get(&step.exercise)) {
                let mut base = e.clone();
                base.dose = step.dose;
                step.dose = dose_at(&base, item.dose_step);
            }
        }
    }
    routine
}

/// A link to the safety check for `what`.
#[derive(Properties, PartialEq)]
pub struct StartButtonProps {
    pub what: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn StartButton(props: &StartButtonProps) -> Html {
    let class = if props.primary {
        "button button--primary button--wide"
    } else {
        "button button--wide"
    };
    html! {
        <Link<Route> to={Route::Check { what: props.what.to_string() }} classes={class}>
            { props.label.clone() }
        </Link<Route>>
    }
}

fn minutes_of(routine: &Routine) -> i64 {
    planned_minutes(routine, Catalog::builtin())
}

#[component]
pub fn Today() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let now = clock::now_ms();
    let catalog = Catalog::builtin();

    // Move the plan on from any sessions whose story is complete (pure; saved once).
    {
        let state = state.clone();
        let key = (
            state.data.history.len(),
            state
                .data
                .history
                .iter()
                .filter(|l| l.comfort.morning.is_some() || l.comfort.morning_skipped)
                .count(),
            state.data.profile.clone(),
            local_day(now, clock::utc_offset_min(now)),
        );
        use_effect_with(key, move |_| {
            let Some(profile) = state.data.profile.as_ref() else {
                return;
            };
            let now = clock::now_ms();
            let stage = stage_now(profile, now);
            let th = &state.data.thresholds;
            let (moved, changes) = apply(
                &state.data.plan,
                &state.data.history,
                catalog,
                &stage,
                th,
                today_start_ms(now),
            );
            let plan = ensure_items(&moved, profile, catalog, &stage, th);
            if plan != state.data.plan {
                let notes = (!changes.is_empty()).then(|| {
                    todays_routine(
                        &plan,
                        profile,
                        catalog,
                        &stage,
                        th,
                        Length::Standard,
                        state.data.target_min,
                        &changes,
                    )
                    .1
                });
                state.dispatch(Action::PlanUpdated { plan, notes });
            }
        });
    }

    let Some(profile) = state.data.profile.clone() else {
        return html! { <Welcome /> };
    };
    let stage = stage_now(&profile, now);
    let th = &state.data.thresholds;
    let offset = clock::utc_offset_min(now);
    let today = local_day(now, offset);
    let morning = morning_check_due(&state.data.history, today, |ms| {
        local_day(ms, clock::utc_offset_min(ms))
    });
    let plan = ensure_items(&state.data.plan, &profile, catalog, &stage, th);
    let (routine, lines) = todays_routine(
        &plan,
        &profile,
        catalog,
        &stage,
        th,
        Length::Standard,
        state.data.target_min,
        &[],
    );
    let why: Vec<WhyLine> = lines
        .into_iter()
        .map(|line| {
            state
                .data
                .plan_notes
                .iter()
                .find(|n| n.exercise == line.exercise)
                .cloned()
                .unwrap_or(line)
        })
        .collect();
    let week = minutes_since(&state.data.history, now - WEEK_MS);
    let walk = walk_suggestion(&plan, catalog, &stage, th, week);
    let running = state
        .data
        .active
        .as_ref()
        .map(|a| a.routine.name.as_str().to_owned());
    let last = state.data.history.last().map(|log| {
        format!(
            "Last time: {} · {} active",
            log.routine,
            clock_text(log.active_ms)
        )
    });
    let stage_text = format!(
        "{} since the birth · {}",
        {
            let plural =
                |n: u8, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            match (stage.weeks, stage.days) {
                (0, d) => plural(d, "day", "days"),
                (w, 0) => plural(w, "week", "weeks"),
                (w, d) => format!(
                    "{} and {}",
                    plural(w, "week", "weeks"),
                    plural(d, "day", "days")
                ),
            }
        },
        profile.delivery.label()
    );

    if state.data.safety.is_paused() {
        return html! { <Paused /> };
    }
    let physio_plan = state.data.imported.iter().find(|i| i.as_plan).cloned();

    let items = routine.steps.iter().filter_map(|step| {
        let e = catalog.get(&step.exercise)?;
        Some(html! {
            <li class="routine__item">
                <Link<Route> to={Route::Exercise { id: e.id.to_string() }}>{ &e.name }</Link<Route>>
                <span class="muted">{ dose_text_for(e, &step.dose) }</span>
            </li>
        })
    });
    html! {
        <section class="page" aria-labelledby="today-title">
            <h1 id="today-title">{ "Today" }</h1>
            <p class="page__lead">{ stage_text }</p>
            if let Some(log) = morning {
                <MorningCheck started_at_ms={log.started_at_ms} before={log.comfort.before} />
            }
            if let Some(name) = running {
                <div class="card card--accent">
                    <h2>{ "You have a routine in progress" }</h2>
                    <p>{ name }</p>
                    <Link<Route> to={Route::Player} classes="button button--primary button--wide">{ "Continue" }</Link<Route>>
                </div>
            }
            { for state.data.imported.iter().map(|i| imported_card(i, &state.data.plan)) }
            <div class="card">
                <h2>{ if physio_plan.is_some() { "The app's own routine" } else { "Your routine for today" } }<span class="card__tag">{ format!("{} min", minutes_of(&routine)) }</span></h2>
                <ol class="routine">{ for items }</ol>
                <details class="why">
                    <summary>{ "Why this routine?" }</summary>
                    <ul>{ for why.iter().map(|w| html! { <li>{ &w.text }</li> }) }</ul>
                </details>
                <StartButton what="short" label="Only 5 minutes? Do the short version" />
            </div>
            if let Some((_, text)) = walk {
                <div class="card">
                    <h2>{ "A walk today" }</h2>
                    <p>{ text }</p>
                    <StartButton what="walk" label="Time my walk" />
                </div>
            }
            if let Some(text) = last {
                <p class="muted">{ text }</p>
            }
            <div class="action-bar">
                if let Some(i) = physio_plan {
                    <StartButton what={format!("shared-{}", i.imported_at_ms)} label="Start today's routine" primary=true />
                } else {
                    <StartButton what="today" label="Start today's routine" primary=true />
                }
            </div>
        </section>
    }
}

/// A routine from her physiotherapist on Today.
fn imported_card(imported: &ImportedRoutine, plan: &PlanState) -> Html {
    let r = &imported.routine;
    let routine = shared_routine(imported, plan);
    let by = [r.clinician.as_str(), r.clinic.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let what = format!("shared-{}", imported.imported_at_ms);
    html! {
        <div class={classes!("card", imported.as_plan.then_some("card--accent"))}>
            <h2>{ r.name.as_str() }<span class="card__tag">{ format!("{} min", minutes_of(&routine)) }</span></h2>
            <p class="muted">
                { if imported.as_plan { "Your plan, from your physiotherapist" } else { "From your physiotherapist" } }
                if !by.is_empty() { { format!(" · {by}") } }
                { format!(" · {}", frequency_text(r.frequency)) }
            </p>
            if !imported.as_plan {
                <StartButton {what} label={AttrValue::from(format!("Start {}", r.name.as_str()))} />
            }
        </div>
    }
}

/// The plan after a red flag: the guidance again, and the explicit way back.
#[component]
fn Paused() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
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
