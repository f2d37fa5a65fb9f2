//! The result of a finished running check: the physiotherapist route when a symptom
//! appeared, whether the walk-run plan is open, the tests passed, and what to work on
//! with links to the library.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::profile::local_day;
use crate::domain::running::{RunCheck, Test};
use crate::domain::text::{Arg, Msg, Text, When};
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub check: RunCheck,
    /// Her local offset from UTC, in minutes (for the date of the check).
    pub offset_min: i32,
}

#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let lang = use_lang();
    let catalog = Catalog::builtin_in(lang);
    let r = props.check.result();
    let name = |test: Test| {
        catalog
            .find(test.exercise())
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    let link = |id: &str| {
        catalog.find(id).map(|e| {
            html! {
                <li><Link<Route> to={Route::Exercise { id: e.id.to_string() }}>{ &e.name }</Link<Route>></li>
            }
        })
    };
    let work = r.work_on.iter().map(|test| {
        html! {
            <li class="running__work">
                <strong>{ name(*test) }</strong>
                <span class="muted">{ t(lang, Msg::RunWorkWith) }</span>
                <ul>{ for test.work_on().iter().filter_map(|id| link(id)) }</ul>
            </li>
        }
    });
    let verdict = if r.ready {
        Msg::RunResultReady
    } else {
        Msg::RunResultNotYet
    };
    let when = props.check.finished_at_ms().map(|at| {
        t(
            lang,
            Text::new(Msg::RunLast).with(
                "date",
                Arg::When(When::Day(local_day(at, props.offset_min))),
            ),
        )
    });
    html! {
        <section class="card running__result" aria-labelledby="running-result">
            <h2 id="running-result">{ t(lang, Msg::RunResultTitle) }</h2>
            if let Some(when) = when {
                <p class="muted">{ when }</p>
            }
            if r.see_physio {
                <div class="guidance guidance--physio running__physio" role="alert">
                    <h3>{ t(lang, Msg::RunResultPhysioTitle) }</h3>
                    <p>{ t(lang, Msg::RunResultPhysio) }</p>
                </div>
            } else {
                <p>{ t(lang, verdict) }</p>
            }
            if r.ready {
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::RunToToday) }</Link<Route>>
            }
            if !r.passed.is_empty() {
                <h3>{ t(lang, Msg::RunPassedTitle) }</h3>
                <ul class="running__passed">{ for r.passed.iter().map(|t| html! { <li>{ name(*t) }</li> }) }</ul>
            }
            if !r.work_on.is_empty() {
                <h3>{ t(lang, Msg::RunWorkTitle) }</h3>
                <ul class="running__work-list">{ for work }</ul>
            }
            if !r.not_tried.is_empty() {
                <h3>{ t(lang, Msg::RunNotTriedTitle) }</h3>
                <ul class="running__not-tried">{ for r.not_tried.iter().map(|t| html! { <li>{ name(*t) }</li> }) }</ul>
            }
        </section>
    }
}
