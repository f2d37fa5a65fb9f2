//! "Ready to run again?": the return-to-running check. Says why it is not offered yet
//! (before 12 weeks, no profile, plan paused), what to know before starting, each test
//! in turn with its questions, and the result. The rules are `domain::running`; the
//! test form and the result card live in `running/`.

mod result;
mod test_form;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::running::{
    in_progress, offer_now, wait_until, Group, Offer, RunCheck, Status, Test,
};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::Action;
use crate::web::clock::now_ms;

use result::ResultCard;
use test_form::TestForm;

#[component]
pub fn Running() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let data = &state.data;
    let clock = state.clock;
    let offered = offer_now(data, clock.now_ms, clock.offset_min);
    let current = in_progress(&data.run_checks).cloned();
    let last = data.run_checks.iter().rev().find(|c| c.finished()).cloned();
    let wait = wait_until(&data.run_checks, clock.now_ms);
    let on_begin = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::BeginRunCheck { at_ms: now_ms() })
        })
    };
    let body = match (offered, current) {
        (Offer::Open, Some(check)) => in_progress_view(lang, &check),
        (Offer::Open, None) => html! {
            <>
                if let Some(last) = last.clone() {
                    <ResultCard check={last} offset_min={clock.offset_min} />
                } else {
                    <Before />
                }
                if wait.is_some() {
                    <p class="muted">{ t(lang, Msg::RunAgainTomorrow) }</p>
                } else {
                    <div class="action-bar">
                        <button type="button" class="button button--primary button--wide" onclick={on_begin}>
                            { t(lang, if last.is_some() { Msg::RunAgain } else { Msg::RunStart }) }
                        </button>
                    </div>
                }
            </>
        },
        (closed, _) => html! {
            <>
                { not_offered(lang, closed) }
                if let Some(last) = last {
                    <ResultCard check={last} offset_min={clock.offset_min} />
                }
            </>
        },
    };
    html! {
        <section class="page running" aria-labelledby="running-title">
            <h1 id="running-title">{ t(lang, Msg::RunTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::RunLead) }</p>
            { body }
        </section>
    }
}

/// Why the check is not offered now.
fn not_offered(lang: Lang, why: Offer) -> Html {
    let (text, extra) = match why {
        Offer::TooEarly { weeks_left } => (
            t(lang, Text::new(Msg::RunTooEarly).with("weeks", weeks_left)),
            Some(html! { <p>{ t(lang, Msg::RunTooEarlyMeanwhile) }</p> }),
        ),
        Offer::NoProfile => (
            t(lang, Msg::RunNoProfile),
            Some(html! {
                <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::RunNoProfileGo) }</Link<Route>>
            }),
        ),
        Offer::Paused | Offer::Open => (t(lang, Msg::RunPaused), None),
    };
    html! {
        <div class="card" role="status">
            <p>{ text }</p>
            { for extra }
        </div>
    }
}

/// What to know before the first test.
#[component]
fn Before() -> Html {
    let lang = use_lang();
    html! {
        <div class="card" aria-labelledby="running-before">
            <h2 id="running-before">{ t(lang, Msg::RunBeforeTitle) }</h2>
            <ul class="running__before">
                <li>{ t(lang, Msg::RunBeforeKit) }</li>
                <li>{ t(lang, Msg::RunBeforeTime) }</li>
                <li>{ t(lang, Msg::RunBeforeSymptoms) }</li>
            </ul>
        </div>
    }
}

/// The check in progress: how far she is, every test's state, and the next test.
fn in_progress_view(lang: Lang, check: &RunCheck) -> Html {
    let done = check.answered();
    let next = check.next();
    html! {
        <>
            <p class="running__progress" aria-live="polite">
                { t(lang, Text::new(Msg::RunProgress).with("done", done).with("total", Test::ALL.len())) }
            </p>
            if let Some(test) = next {
                <TestForm key={test.key()} {test} />
            }
            <TestList check={check.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct TestListProps {
    pub check: RunCheck,
}

/// Every test of the check, by group, with where she is on each.
#[component]
pub fn TestList(props: &TestListProps) -> Html {
    let lang = use_lang();
    let catalog = Catalog::builtin_in(lang);
    let next = props.check.next();
    let group =
        |g: Group, title: Msg| {
            let rows = Test::ALL.into_iter().filter(|t| t.group() == g).map(|test| {
            let (status, class) = match props.check.status(test) {
                Status::Passed => (Msg::RunStatusPassed, "running__status--passed"),
                Status::NotYet => (Msg::RunStatusNotYet, "running__status--not-yet"),
                Status::NotTried => (Msg::RunStatusNotTried, "running__status--to-do"),
                Status::ToDo => (Msg::RunStatusToDo, "running__status--to-do"),
            };
            let name = catalog
                .find(test.exercise())
                .map(|e| e.name.clone())
                .unwrap_or_default();
            let current = (next == Some(test)).then_some("step");
            html! {
                <li class="running__row" aria-current={current}>
                    <span>{ name }</span>
                    <span class={classes!("running__status", class)}>{ t(lang, status) }</span>
                </li>
            }
        });
            html! {
                <section class="card running__group">
                    <h2>{ t(lang, title) }</h2>
                    <ol class="running__list">{ for rows }</ol>
                </section>
            }
        };
    html! {
        <>
            { group(Group::LoadAndImpact, Msg::RunGroupLoad) }
            { group(Group::Strength, Msg::RunGroupStrength) }
        </>
    }
}
