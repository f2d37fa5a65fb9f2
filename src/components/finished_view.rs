//! The summary when a session ends: how long she moved and which exercises she did,
//! the "how did it feel" report until she has given it, then the way on.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::after_report::AfterReportForm;
use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::routine::nearest_minute;
use crate::hooks::use_app::use_app;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct FinishedViewProps {
    pub log: Option<Rc<SessionLog>>,
    /// Shown above the report when she stopped because of pain.
    #[prop_or_default]
    pub lead: Option<AttrValue>,
}

#[component]
pub fn FinishedView(props: &FinishedViewProps) -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let Some(log) = props.log.as_ref() else {
        return html! {};
    };
    // Whether she has already said how it felt.
    let reported = state
        .data
        .history
        .iter()
        .any(|l| l.started_at_ms == log.started_at_ms && l.comfort.after.is_some());
    let minutes = nearest_minute(log.active_ms);
    let (title, lead) = if log.stopped_early {
        (
            "Session stopped",
            "You stopped early, and that's fine. What you did is saved.",
        )
    } else {
        ("All done", "Well done for making time for your back today.")
    };
    html! {
        <section class="page finished" aria-labelledby="finished-title">
            <h1 id="finished-title">{ title }</h1>
            <p class="page__lead">{ lead }</p>
            if !reported {
                <AfterReportForm started_at_ms={log.started_at_ms} lead={props.lead.clone()} />
            }
            <div class="card">
                <p class="finished__stat">
                    <strong>{ format!("{minutes} min") }</strong>{ " of movement · " }
                    <strong>{ format!("{} of {}", log.exercises_done(), log.exercises.len()) }</strong>{ " exercises" }
                </p>
                <ul class="finished__list">
                    { for log.exercises.iter().map(|e| html! {
                        <li>
                            <span>{ e.name(Catalog::builtin()) }</span>
                            <span class="muted">{ format!("{} of {} rounds", e.done_sets, e.planned_sets) }</span>
                        </li>
                    }) }
                </ul>
            </div>
            if reported {
            <div class="action-bar button-stack">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Back to Today" }</Link<Route>>
                <Link<Route> to={Route::History} classes="button button--wide">{ "See your history" }</Link<Route>>
            </div>
            }
        </section>
    }
}
