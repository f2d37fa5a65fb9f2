//! History: a calendar of sessions, minutes this week against the goal, the pain trend
//! (chart plus a text summary), each session in detail, and any red flags reported.
//!
//! What it shows above the list is worked out once by `history::overview` and kept
//! until her data or the clock change; the list shows a page of sessions at a time.

use yew::prelude::*;

use crate::components::backup_reminder::BackupReminder;
use crate::components::pain_chart::history_chart;
use crate::domain::catalog::Catalog;
use crate::domain::history::{fingerprint, overview, WEEKLY_GOAL_MIN};
use crate::domain::safety::Moment;
use crate::hooks::use_app::use_app;

mod calendar;
mod report;
mod sessions;
mod weeks;

use calendar::calendar;
use report::ReportBack;
use sessions::{local_moment, SessionList};

#[component]
pub fn History() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let data = &state.data;
    // Everything `overview` reads: the clock, and a fingerprint of her log, its folded
    // weeks and her red flags (cheap to take; data adopted from another tab changes it
    // without a new revision).
    let key = (
        state.clock,
        fingerprint(&data.history, &data.folded_weeks, &data.safety.events),
    );
    let view = {
        let state = state.clone();
        use_memo(key, move |(clock, _)| {
            let data = &state.data;
            overview(
                &data.history,
                &data.folded_weeks,
                &data.safety.events,
                clock.now_ms,
                clock.offset_min,
                Catalog::builtin(),
            )
        })
    };
    let week = view.week_min;
    let percent = (week * 100 / WEEKLY_GOAL_MIN).min(100);
    let events = &data.safety.events;
    let nothing = data.history.is_empty() && data.folded_weeks.is_empty();
    html! {
        <section class="page" aria-labelledby="history-title">
            <h1 id="history-title">{ "History" }</h1>
            <BackupReminder />
            <div class="card">
                <h2>{ "Last 7 days" }</h2>
                <p class="history__week"><strong>{ format!("{week} min") }</strong>{ format!(" of walking, of the {WEEKLY_GOAL_MIN} minutes a week of moderate activity to build up to, bit by bit") }</p>
                <progress max="100" value={percent.to_string()} aria-label="Minutes this week against the weekly goal">{ format!("{percent}%") }</progress>
                { calendar(&view) }
            </div>
            if !view.chart.is_empty() {
                <div class="card">
                    <h2>{ "How your back has felt" }</h2>
                    { history_chart(&view.chart, &view.trend) }
                </div>
            }
            if !events.is_empty() {
                <div class="card">
                    <h2>{ "Warning signs you reported" }</h2>
                    <ul class="history__flags">
                        { for events.iter().rev().map(|e| html! {
                            <li>
                                <strong>{ local_moment(e.at_ms) }</strong>
                                { if e.moment == Moment::DuringSession { " (during a session): " } else { " (before a session): " } }
                                { e.flags.iter().map(|f| f.question()).collect::<Vec<_>>().join("; ") }
                                <span class="muted">{ format!(" — {}", e.tier.heading()) }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !data.history.is_empty() {
                <ReportBack />
            }
            if nothing {
                <div class="card card--empty">
                    <h2>{ "No sessions yet" }</h2>
                    <p>{ "Each routine you finish (or stop early) is listed here with the date, how long it took, what you did and how it felt." }</p>
                </div>
            } else {
                <SessionList />
            }
        </section>
    }
}
