//! History: a calendar of sessions, minutes this week against the goal, the pain trend
//! (chart plus a text summary), each session in detail, and any red flags reported.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::pain_chart::pain_chart;
use crate::components::share_panel::SharePanel;
use crate::components::summary_view::SummaryView;
use crate::domain::catalog::Catalog;
use crate::domain::history::{
    minutes_since, pain_points, trend_summary, SessionLog, WEEKLY_GOAL_MIN,
};
use crate::domain::profile::local_day;
use crate::domain::report::{summary_for, REPORT_DAYS};
use crate::domain::routine::nearest_minute;
use crate::domain::safety::Moment;
use crate::domain::share::{encode, Shared};
use crate::domain::wording::{day_label, day_of_month};
use crate::hooks::use_app::use_app;
use crate::web::clock;
use crate::web::share_api;

use crate::domain::profile::WEEK_MS;
/// The calendar shows this many whole weeks, ending with the current one.
const CALENDAR_WEEKS: i64 = 5;
/// The chart covers this many days.
const CHART_DAYS: i64 = 56;

fn day_of(ms: i64) -> i64 {
    local_day(ms, clock::utc_offset_min(ms))
}

fn calendar(logs: &[SessionLog], flag_days: &[i64], today: i64) -> Html {
    // Day 0 (1970-01-01) was a Thursday; weeks here start on Monday.
    let monday = today - (today + 3).rem_euclid(7);
    let first = monday - (CALENDAR_WEEKS - 1) * 7;
    let rows = (0..CALENDAR_WEEKS).map(|w| {
        let cells = (0..7).map(|d| {
            let day = first + w * 7 + d;
            let sessions = logs
                .iter()
                .filter(|l| day_of(l.started_at_ms) == day)
                .count();
            let flagged = flag_days.contains(&day);
            let mut label = day_label(day);
            match sessions {
                0 => {}
                1 => label.push_str(": 1 session"),
                n => label.push_str(&format!(": {n} sessions")),
            }
            if flagged {
                label.push_str(", warning sign reported");
            }
            let class = classes!(
                "cal__day",
                (sessions > 0).then_some("cal__day--done"),
                flagged.then_some("cal__day--flag"),
                (day == today).then_some("cal__day--today"),
                (day > today).then_some("cal__day--future")
            );
            html! {
                <td {class} aria-label={label}>
                    <span aria-hidden="true">{ day_of_month(day) }</span>
                </td>
            }
        });
        html! { <tr>{ for cells }</tr> }
    });
    html! {
        <table class="cal">
            <caption class="visually-hidden">{ "Sessions over the last five weeks" }</caption>
            <thead><tr>{ for ["M", "T", "W", "T", "F", "S", "S"].iter().map(|d| html! { <th scope="col" aria-hidden="true">{ *d }</th> }) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn entry(log: &SessionLog) -> Html {
    let minutes = nearest_minute(log.active_ms);
    let c = &log.comfort;
    let comfort: Vec<String> = [
        c.before.map(|p| format!("Pain before: {}/10", p.value())),
        c.after.as_ref().map(|a| {
            format!(
                "Worst during: {}/10 · {}",
                a.worst_pain.value(),
                a.effort.label()
            )
        }),
        c.morning.map(|m| {
            format!(
                "Next morning: {}, {}/10",
                m.compare.label().to_lowercase(),
                m.pain.value()
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
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
                if !comfort.is_empty() {
                    <ul class="history__comfort">{ for comfort.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                }
                if let Some(note) = c.after.as_ref().map(|a| a.note.as_str()).filter(|n| !n.is_empty()) {
                    <p class="history__note">{ note }</p>
                }
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
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let now = state.clock.now_ms;
    let today = day_of(now);
    let logs = &state.data.history;
    let week = minutes_since(logs, now - WEEK_MS, Catalog::builtin());
    let percent = (week * 100 / WEEKLY_GOAL_MIN).min(100);
    let events = &state.data.safety.events;
    let flag_days: Vec<i64> = events.iter().map(|e| day_of(e.at_ms)).collect();
    let points = pain_points(logs, today - CHART_DAYS, day_of);
    let summary = trend_summary(&pain_points(logs, today - 40, day_of), today);
    html! {
        <section class="page" aria-labelledby="history-title">
            <h1 id="history-title">{ "History" }</h1>
            <div class="card">
                <h2>{ "Last 7 days" }</h2>
                <p class="history__week"><strong>{ format!("{week} min") }</strong>{ format!(" of walking, of the {WEEKLY_GOAL_MIN} minutes a week of moderate activity to build up to, bit by bit") }</p>
                <progress max="100" value={percent.to_string()} aria-label="Minutes this week against the weekly goal">{ format!("{percent}%") }</progress>
                { calendar(logs, &flag_days, today) }
            </div>
            if !points.is_empty() {
                <div class="card">
                    <h2>{ "How your back has felt" }</h2>
                    { pain_chart(&points, today, CHART_DAYS, &summary) }
                </div>
            }
            if !events.is_empty() {
                <div class="card">
                    <h2>{ "Warning signs you reported" }</h2>
                    <ul class="history__flags">
                        { for events.iter().rev().map(|e| html! {
                            <li>
                                <strong>{ clock::local_date_time(e.at_ms) }</strong>
                                { if e.moment == Moment::DuringSession { " (during a session): " } else { " (before a session): " } }
                                { e.flags.iter().map(|f| f.question()).collect::<Vec<_>>().join("; ") }
                                <span class="muted">{ format!(" — {}", e.tier.heading()) }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !logs.is_empty() {
                <ReportBack />
            }
            if logs.is_empty() {
                <div class="card card--empty">
                    <h2>{ "No sessions yet" }</h2>
                    <p>{ "Each routine you finish (or stop early) is listed here with the date, how long it took, what you did and how it felt." }</p>
                </div>
            } else {
                <h2>{ "Sessions" }</h2>
                <ul class="history__list">{ for logs.iter().rev().map(entry) }</ul>
            }
        </section>
    }
}

/// A summary of the last four weeks for her physiotherapist: made only when she asks,
/// and it leaves the device only if she shares it.
#[component]
fn ReportBack() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let shown = use_state(|| false);
    if !*shown {
        let onclick = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(true))
        };
        return html! {
            <div class="card no-print">
                <h2>{ "For your physiotherapist" }</h2>
                <p>{ "Make a summary of the last four weeks (sessions, pain, warning signs, your notes and where your plan stands) to show or send. Nothing leaves this phone unless you share it." }</p>
                <button class="button" {onclick}>{ "Make a progress summary" }</button>
            </div>
        };
    }
    let Some(summary) = summary_for(
        &state.data,
        state.clock.now_ms,
        state.clock.offset_min,
        REPORT_DAYS,
    ) else {
        return html! {};
    };
    let url = format!(
        "{}#/shared/{}",
        share_api::base_url(),
        encode(&Shared::Summary(summary.clone()))
    );
    html! {
        <>
            <div class="card report-preview">
                <SummaryView summary={Rc::new(summary)} own=true />
            </div>
            <SharePanel url={AttrValue::from(url)} title="My progress summary" heading="Send it to your physiotherapist" />
        </>
    }
}
