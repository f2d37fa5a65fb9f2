//! History: her past sessions, newest first, and her minutes this week.

use yew::prelude::*;

use crate::domain::history::{minutes_since, SessionLog, WEEKLY_GOAL_MIN};
use crate::state::AppContext;
use crate::web::clock;

const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;

fn entry(log: &SessionLog) -> Html {
    let minutes = (log.active_ms + 30_000) / 60_000;
    html! {
        <li class="history__item">
            <details>
                <summary>
                    <span class="history__when">{ clock::local_date_time(log.started_at_ms) }</span>
                    <span class="history__what">{ &log.routine }</span>
                    <span class="history__meta">
                        { format!("{minutes} min · {} of {} exercises", log.exercises_done(), log.exercises.len()) }
                        if log.stopped_early {
                            <span class="badge">{ "stopped early" }</span>
                        }
                    </span>
                </summary>
                <table class="history__table">
                    <caption class="visually-hidden">{ "Planned and done, per exercise" }</caption>
                    <thead><tr><th scope="col">{ "Exercise" }</th><th scope="col">{ "Rounds" }</th><th scope="col">{ "Time" }</th></tr></thead>
                    <tbody>
                        { for log.exercises.iter().map(|e| html! {
                            <tr>
                                <th scope="row">{ &e.name }</th>
                                <td>{ format!("{} / {}", e.done_sets, e.planned_sets) }</td>
                                <td>{ format!("{} / {} s", e.done_work_s, e.planned_work_s) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </li>
    }
}

#[component]
pub fn History() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let logs = &state.data.history;
    let week = minutes_since(logs, clock::now_ms() - WEEK_MS);
    let percent = (week * 100 / WEEKLY_GOAL_MIN).min(100);
    html! {
        <section class="page" aria-labelledby="history-title">
            <h1 id="history-title">{ "History" }</h1>
            <div class="card">
                <h2>{ "Last 7 days" }</h2>
                <p class="history__week"><strong>{ format!("{week} min") }</strong>{ format!(" of the {WEEKLY_GOAL_MIN} minutes a week to build up to, bit by bit") }</p>
                <progress max="100" value={percent.to_string()} aria-label="Minutes this week against the weekly goal">{ format!("{percent}%") }</progress>
            </div>
            if logs.is_empty() {
                <div class="card card--empty">
                    <h2>{ "No sessions yet" }</h2>
                    <p>{ "Each routine you finish (or stop early) is listed here with the date, how long it took and what you did." }</p>
                </div>
            } else {
                <h2>{ "Sessions" }</h2>
                <ul class="history__list">{ for logs.iter().rev().map(entry) }</ul>
            }
        </section>
    }
}
