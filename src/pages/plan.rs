//! "Your plan": every chain she is on, where she stands in it, what comes next and
//! what it takes, and the latest changes with their reasons. Reached from Today's
//! "Why this routine?". Decides nothing: the words come from `domain::plan_view`.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::plan_view::{chain_statuses, upcoming, ChainStatus};
use crate::domain::planner::change_text;
use crate::domain::progression::{Change, Verdict};
use crate::domain::wording::{dose_text, short_date};
use crate::hooks::use_app::use_app;
use crate::route::Route;

/// How many of the latest changes the page lists.
const SHOWN_CHANGES: usize = 12;

#[component]
pub fn YourPlan() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let data = &state.data;
    let Some(profile) = data.profile.as_ref() else {
        return html! {
            <section class="page" aria-labelledby="plan-title">
                <h1 id="plan-title">{ "Your plan" }</h1>
                <p class="page__lead">{ "Tell the app a little about the birth first, and your plan appears here." }</p>
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Get started" }</Link<Route>>
            </section>
        };
    };
    let catalog = Catalog::builtin();
    let (now, offset) = (state.clock.now_ms, state.clock.offset_min);
    let statuses = chain_statuses(
        &data.plan,
        profile,
        catalog,
        &data.thresholds,
        data.safety.is_paused(),
        now,
        offset,
    );
    let later = upcoming(&data.plan, profile, catalog, &data.thresholds, now, offset);
    let changes: Vec<&Change> = data
        .plan
        .changes
        .iter()
        .rev()
        .filter(|c| c.routine.is_none() && c.verdict != Verdict::Start)
        .take(SHOWN_CHANGES)
        .collect();
    html! {
        <section class="page" aria-labelledby="plan-title">
            <h1 id="plan-title">{ "Your plan" }</h1>
            <p class="page__lead">
                { "Each exercise moves on its own, only after sessions in which you did it, when they felt comfortable and your back was settled the next morning." }
            </p>
            <h2>{ "Where you are in each exercise" }</h2>
            <ul class="plan-list">
                { for statuses.iter().map(|s| chain_card(s, offset)) }
            </ul>
            if !later.is_empty() {
                <h2>{ "Opening later" }</h2>
                <ul class="plan-changes">
                    { for later.iter().map(|u| html! {
                        <li>
                            <Link<Route> to={Route::Exercise { id: u.exercise.to_string() }}>{ &u.name }</Link<Route>>
                            { format!(": {}", u.gate.text()) }
                        </li>
                    }) }
                </ul>
            }
            <h2>{ "Latest changes" }</h2>
            if changes.is_empty() {
                <p class="muted">{ "Nothing has changed yet. Your plan starts where the app placed you." }</p>
            } else {
                <ul class="plan-changes">
                    { for changes.iter().map(|c| {
                        let name = catalog.get(&c.to.exercise).map_or_else(|| c.to.exercise.to_string(), |e| e.name.clone());
                        html! {
                            <li>
                                <span class="plan-changes__date">{ short_date(c.at_ms, offset) }</span>
                                { format!(" {name}: {}", change_text(c, catalog)) }
                            </li>
                        }
                    }) }
                </ul>
            }
            <Link<Route> to={Route::Today} classes="button button--wide">{ "Back to today" }</Link<Route>>
        </section>
    }
}

fn chain_card(s: &ChainStatus, offset: i32) -> Html {
    let catalog = Catalog::builtin();
    let dose = catalog
        .get(&s.exercise)
        .map(|e| dose_text(e, &s.dose))
        .unwrap_or_default();
    let done = s.last_done_ms.map_or_else(
        || "Not done yet".to_owned(),
        |at| format!("Last done {}", short_date(at, offset)),
    );
    html! {
        <li class="card plan-item">
            <h3 class="plan-item__name">
                <Link<Route> to={Route::Exercise { id: s.exercise.to_string() }}>{ &s.name }</Link<Route>>
                <span class="card__tag">{ format!("Step {} of {}", s.place, s.of) }</span>
            </h3>
            <p class="muted">{ format!("{dose} · {done}") }</p>
            <p>{ s.next_line() }</p>
            if let Some(then) = s.then_line() {
                <p class="muted">{ then }</p>
            }
        </li>
    }
}
