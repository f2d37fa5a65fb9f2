//! The end of a carer's practice: well done, or (stopped, or "something's not right")
//! the three "stop if" lines for anyone, and the way back to the carers' page. Nothing
//! is asked and nothing is saved: the practice was not hers (`domain::carer`).

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::history::SessionLog;
use crate::domain::routine::nearest_minute;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{strong_marked, t, use_lang};
use crate::route::Route;

/// When a carer must stop, and whom to call: for anyone, with no postnatal signs.
pub fn stop_lines(lang: Lang) -> Html {
    html! {
        <ul class="callout callout--stop carer__stop">
            <li>{ t(lang, Msg::CarerStopChest) }</li>
            <li>{ t(lang, Msg::CarerStopLimb) }</li>
            <li>{ t(lang, Msg::CarerStopSharp) }</li>
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct CarerDoneProps {
    pub log: Option<Rc<SessionLog>>,
    /// They stopped with "Something's not right".
    #[prop_or_default]
    pub trouble: bool,
}

#[component]
pub fn CarerDone(props: &CarerDoneProps) -> Html {
    let lang = use_lang();
    let stopped = props.trouble || props.log.as_ref().is_some_and(|l| l.stopped_early);
    let (title, lead) = if stopped {
        (Msg::CarerDoneStoppedTitle, Msg::CarerDoneStoppedLead)
    } else {
        (Msg::CarerDoneTitle, Msg::CarerDoneLead)
    };
    let stat = props.log.as_ref().map(|log| {
        let stat = t(
            lang,
            Text::new(Msg::SessionFinishedStat)
                .with("minutes", nearest_minute(log.active_ms))
                .with("done", log.exercises_done())
                .with("total", log.exercises.len()),
        );
        html! {
            <div class="card">
                <p class="finished__stat">{ strong_marked(&stat) }</p>
                <ul class="finished__list">
                    { for log.exercises.iter().map(|e| html! { <li><span>{ e.name(Catalog::builtin_in(lang)) }</span></li> }) }
                </ul>
            </div>
        }
    });
    html! {
        <section class="page finished" aria-labelledby="finished-title">
            <h1 id="finished-title">{ t(lang, title) }</h1>
            <p class="page__lead">{ t(lang, lead) }</p>
            if stopped {
                { stop_lines(lang) }
            }
            { stat.unwrap_or_default() }
            <div class="action-bar">
                <Link<Route> to={Route::SharedEmpty} classes="button button--primary button--wide">{ t(lang, Msg::CarerBack) }</Link<Route>>
            </div>
        </section>
    }
}
