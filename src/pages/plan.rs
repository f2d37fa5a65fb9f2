//! "Your plan": every chain she is on, where she stands in it, what comes next and
//! what it takes, and the latest changes with their reasons. Reached from Today's
//! "Why this routine?". Decides nothing: the words come from `domain::plan_view`.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::plan_view::{chain_statuses, latest_changes, upcoming, ChainStatus};
use crate::domain::planner::change_text;
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::{dose_text, short_date};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{date, t, use_lang};
use crate::route::Route;

/// How many of the latest changes the page lists.
const SHOWN_CHANGES: usize = 12;

#[component]
pub fn YourPlan() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let data = &state.data;
    let Some(profile) = data.profile.as_ref() else {
        return html! {
            <section class="page" aria-labelledby="plan-title">
                <h1 id="plan-title">{ t(lang, Msg::LibraryPlanTitle) }</h1>
                <p class="page__lead">{ t(lang, Msg::LibraryPlanNoProfile) }</p>
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::LibraryPlanGetStarted) }</Link<Route>>
            </section>
        };
    };
    let catalog = Catalog::builtin_in(lang);
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
    let changes = latest_changes(&data.plan, SHOWN_CHANGES);
    html! {
        <section class="page" aria-labelledby="plan-title">
            <h1 id="plan-title">{ t(lang, Msg::LibraryPlanTitle) }</h1>
            <p class="page__lead">
                { t(lang, Msg::LibraryPlanLead) }
            </p>
            <h2>{ t(lang, Msg::LibraryPlanWhere) }</h2>
            <ul class="plan-list">
                { for statuses.iter().map(|s| chain_card(lang, s, offset)) }
            </ul>
            if !later.is_empty() {
                <h2>{ t(lang, Msg::LibraryPlanLater) }</h2>
                <ul class="plan-changes">
                    { for later.iter().map(|u| html! {
                        <li>
                            <Link<Route> to={Route::Exercise { id: u.exercise.to_string() }}>{ &u.name }</Link<Route>>
                            { format!(": {}", t(lang, u.gate.text())) }
                        </li>
                    }) }
                </ul>
            }
            <h2>{ t(lang, Msg::LibraryPlanChanges) }</h2>
            if changes.is_empty() {
                <p class="muted">{ t(lang, Msg::LibraryPlanNoChanges) }</p>
            } else {
                <ul class="plan-changes">
                    { for changes.iter().map(|c| {
                        let name = catalog.get(&c.to.exercise).map_or_else(|| c.to.exercise.to_string(), |e| e.name.clone());
                        html! {
                            <li>
                                <span class="plan-changes__date">{ date(lang, short_date(c.at_ms, offset)) }</span>
                                { format!(" {}", t(lang, Text::new(Msg::PlannerWhy).with("name", name).with("why", change_text(c, catalog)))) }
                            </li>
                        }
                    }) }
                </ul>
            }
            <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::LibraryPlanBack) }</Link<Route>>
        </section>
    }
}

fn chain_card(lang: Lang, s: &ChainStatus, offset: i32) -> Html {
    let catalog = Catalog::builtin_in(lang);
    let dose = catalog
        .get(&s.exercise)
        .map(|e| t(lang, dose_text(e, &s.dose)))
        .unwrap_or_default();
    let done = s.last_done_ms.map_or_else(
        || t(lang, Msg::LibraryPlanNotDone),
        |at| {
            t(
                lang,
                Text::new(Msg::LibraryPlanLastDone).with("date", short_date(at, offset)),
            )
        },
    );
    html! {
        <li class="card plan-item">
            <h3 class="plan-item__name">
                <Link<Route> to={Route::Exercise { id: s.exercise.to_string() }}>{ &s.name }</Link<Route>>
                <span class="card__tag">{ t(lang, Text::new(Msg::LibraryPlanStep).with("place", s.place).with("of", s.of)) }</span>
            </h3>
            <p class="muted">{ format!("{dose} · {done}") }</p>
            <p>{ t(lang, s.next_line()) }</p>
            if let Some(then) = s.then_line() {
                <p class="muted">{ t(lang, then) }</p>
            }
        </li>
    }
}
