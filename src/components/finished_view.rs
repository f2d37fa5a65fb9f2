//! The summary when a session ends: how long she moved and which exercises she did,
//! the "how did it feel" report until she has given it, then the way on.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::after_report::AfterReportForm;
use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::routine::nearest_minute;
use crate::domain::text::{Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{strong_marked, t, use_lang};
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
    let lang = use_lang();
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
    // A timed test of the running check: her answers are asked on the check's page.
    // (What started it is on the log as saved, which the reducer completes.)
    let run_test = state
        .data
        .history
        .iter()
        .filter(|l| l.started_at_ms == log.started_at_ms)
        .chain(std::iter::once(log.as_ref()))
        .any(SessionLog::is_running_test);
    let reported = reported || run_test;
    let minutes = nearest_minute(log.active_ms);
    let (title, lead) = if log.stopped_early {
        (
            Msg::SessionFinishedStoppedTitle,
            Msg::SessionFinishedStoppedLead,
        )
    } else {
        (Msg::SessionFinishedDoneTitle, Msg::SessionFinishedDoneLead)
    };
    let stat = t(
        lang,
        Text::new(Msg::SessionFinishedStat)
            .with("minutes", minutes)
            .with("done", log.exercises_done())
            .with("total", log.exercises.len()),
    );
    html! {
        <section class="page finished" aria-labelledby="finished-title">
            <h1 id="finished-title">{ t(lang, title) }</h1>
            <p class="page__lead">{ t(lang, lead) }</p>
            if !reported {
                <AfterReportForm started_at_ms={log.started_at_ms} lead={props.lead.clone()} />
            }
            <div class="card">
                <p class="finished__stat">{ strong_marked(&stat) }</p>
                <ul class="finished__list">
                    { for log.exercises.iter().map(|e| html! {
                        <li>
                            <span>{ e.name(Catalog::builtin_in(lang)) }</span>
                            <span class="muted">{ t(lang, Text::new(Msg::SessionFinishedRounds).with("done", e.done_sets).with("planned", e.planned_sets)) }</span>
                        </li>
                    }) }
                </ul>
            </div>
            if run_test {
            <div class="action-bar button-stack">
                <Link<Route> to={Route::Running} classes="button button--primary button--wide">{ t(lang, Msg::SessionBackRunning) }</Link<Route>>
            </div>
            } else if reported {
            <div class="action-bar button-stack">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::SessionBackToday) }</Link<Route>>
                <Link<Route> to={Route::History} classes="button button--wide">{ t(lang, Msg::SessionFinishedHistory) }</Link<Route>>
            </div>
            }
        </section>
    }
}
