//! History: a calendar of sessions, minutes this week against the goal, the pain trend
//! (chart plus a text summary), each session in detail, and any red flags reported.

use yew::prelude::*;

use crate::domain::history::{
    minutes_since, pain_points, trend_summary, PainPoint, SessionLog, WEEKLY_GOAL_MIN,
};
use crate::domain::profile::{iso_from_day, local_day};
use crate::domain::safety::Moment;
use crate::state::AppContext;
use crate::web::clock;

const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// The calendar shows this many whole weeks, ending with the current one.
const CALENDAR_WEEKS: i64 = 5;
/// The chart covers this many days.
const CHART_DAYS: i64 = 56;

fn day_of(ms: i64) -> i64 {
    local_day(ms, clock::utc_offset_min(ms))
}

/// "21 Nov" for a local day number (the month from the ISO date, in English).
fn short_date(day: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let iso = iso_from_day(day);
    let month: usize = iso[5..7].parse().unwrap_or(1);
    let date: u32 = iso[8..10].parse().unwrap_or(1);
    format!("{date} {}", MONTHS[month.saturating_sub(1) % 12])
}

fn calendar(logs: &[SessionLog], flag_days: &[i64], today: i64) -> Html {
    // Day 0 (1970-01-01) was a Thursday; weeks here start on Monday.
    let monday = today - (today + 3).rem_euclid(7);
    let first = monday - (CALENDAR_WEEKS - 1) * 7;
    let rows = (0..CALENDAR_WEEKS).map(|w| {
        let cells = (0..7).map(|d| {
            let day = first + w * 7 + d;
            let sessions = logs.iter().filter(|l| day_of(l.started_at_ms) == day).count();
            let flagged = flag_days.contains(&day);
            let mut label = short_date(day);
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
            let date = iso_from_day(day);
            html! {
                <td {class} aria-label={label}>
                    <span aria-hidden="true">{ date[8..10].trim_start_matches('0').to_owned() }</span>
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

fn chart(points: &[PainPoint], today: i64, summary: &str) -> Html {
    let (w, h, left, bottom) = (320.0_f64, 160.0_f64, 24.0_f64, 20.0_f64);
    let x = |day: i64| {
        left + (day - (today - CHART_DAYS)) as f64 / CHART_DAYS as f64 * (w - left - 6.0)
    };
    let y = |v: u8| 8.0 + (10.0 - f64::from(v)) / 10.0 * (h - bottom - 8.0);
    let line = |pick: fn(&PainPoint) -> Option<u8>| {
        points
            .iter()
            .filter_map(|p| pick(p).map(|v| format!("{:.1},{:.1}", x(p.day), y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let grid = [0u8, 3, 5, 10].into_iter().map(|v| {
        html! {
            <g>
                <line class="chart__grid" x1={left.to_string()} x2={(w - 6.0).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                <text class="chart__label" x="2" y={(y(v) + 4.0).to_string()}>{ v }</text>
            </g>
        }
    });
    let dots = points.iter().flat_map(|p| {
        [(p.during, "chart__dot chart__dot--during"), (p.morning, "chart__dot chart__dot--morning")]
            .into_iter()
            .filter_map(move |(v, class)| v.map(|v| html! { <circle {class} cx={x(p.day).to_string()} cy={y(v).to_string()} r="3.5" /> }))
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-labelledby="chart-summary">
                { for grid }
                <polyline class="chart__line chart__line--during" points={line(|p| p.during)} />
                <polyline class="chart__line chart__line--morning" points={line(|p| p.morning)} />
                { for dots }
                <text class="chart__label" x={left.to_string()} y={(h - 4.0).to_string()}>{ "8 weeks ago" }</text>
                <text class="chart__label" x={(w - 6.0).to_string()} y={(h - 4.0).to_string()} text-anchor="end">{ "today" }</text>
            </svg>
            <figcaption>
                <span class="chart__key chart__key--during">{ "During sessions (worst)" }</span>
                <span class="chart__key chart__key--morning">{ "Next morning" }</span>
                <p id="chart-summary">{ summary }</p>
            </figcaption>
        </figure>
    }
}

fn entry(log: &SessionLog) -> Html {
    let minutes = (log.active_ms + 30_000) / 60_000;
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
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let now = clock::now_ms();
    let today = day_of(now);
    let logs = &state.data.history;
    let week = minutes_since(logs, now - WEEK_MS);
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
                <p class="history__week"><strong>{ format!("{week} min") }</strong>{ format!(" of the {WEEKLY_GOAL_MIN} minutes a week to build up to, bit by bit") }</p>
                <progress max="100" value={percent.to_string()} aria-label="Minutes this week against the weekly goal">{ format!("{percent}%") }</progress>
                { calendar(logs, &flag_days, today) }
            </div>
            if !points.is_empty() {
                <div class="card">
                    <h2>{ "How your back has felt" }</h2>
                    { chart(&points, today, &summary) }
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
