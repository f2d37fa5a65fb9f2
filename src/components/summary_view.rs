//! A patient's progress summary, as her physiotherapist sees it (read-only): sessions
//! against the plan, minutes, the pain trend, red flags, her notes, and where her plan
//! stands (worked out as her own "Your plan" page does, from what the link carries).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::pain_chart::pain_chart;
use crate::domain::catalog::Catalog;
use crate::domain::history::{trend_summary, PainPoint};
use crate::domain::plan_view::ChainStatus;
use crate::domain::profile::iso_from_day;
use crate::domain::report::summary_statuses;
use crate::domain::share::{ProgressSummary, SummaryPlan};
use crate::domain::wording::dose_text;

use crate::domain::profile::DAY_MS;

#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    pub summary: Rc<ProgressSummary>,
    /// Shown to the patient herself (a preview of what she will send), not the physio.
    #[prop_or_default]
    pub own: bool,
}

#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let s = &props.summary;
    let to_day = s.from_day + i64::from(s.days) - 1;
    let points: Vec<PainPoint> = s
        .pain
        .iter()
        .map(|p| PainPoint {
            day: s.from_day + i64::from(p.day),
            during: p.during,
            morning: p.morning,
        })
        .collect();
    let trend = trend_summary(&points, to_day);
    let date = |offset: u16| iso_from_day(s.from_day + i64::from(offset));
    html! {
        <article class="summary" aria-labelledby="summary-title">
            if props.own {
                <h2 id="summary-title">{ "What your physiotherapist will see" }</h2>
            } else {
                <h1 id="summary-title">{ "Progress summary from your patient" }</h1>
            }
            <p class="page__lead">{ format!("{} · {} to {}", s.routine.as_str(), iso_from_day(s.from_day), iso_from_day(to_day)) }</p>
            if !props.own {
                <p class="muted">{ "Read-only. It came in the link itself; nothing was stored on this device." }</p>
            }
            <div class="card">
                <p class="summary__stat"><strong>{ format!("{} of {}", s.sessions_done, s.sessions_planned) }</strong>{ " planned sessions done" }</p>
                <p class="summary__stat"><strong>{ format!("{} min", s.minutes) }</strong>{ " of exercise" }</p>
            </div>
            if !points.is_empty() {
                <div class="card">
                    <h2>{ "Pain" }</h2>
                    { pain_chart(&points, to_day, i64::from(s.days), &trend) }
                </div>
            }
            <div class="card">
                <h2>{ "Warning signs reported" }</h2>
                if s.flags.is_empty() {
                    <p>{ "None." }</p>
                } else {
                    <ul>{ for s.flags.iter().map(|f| html! { <li>{ format!("{}: {}", date(f.day), f.tier.heading()) }</li> }) }</ul>
                }
            </div>
            if !s.notes.is_empty() {
                <div class="card">
                    <h2>{ if props.own { "Your notes" } else { "Her notes" } }</h2>
                    <ul>{ for s.notes.iter().map(|n| html! { <li><strong>{ date(n.day) }</strong>{ " " }{ n.text.as_str() }</li> }) }</ul>
                </div>
            }
            if let Some(plan) = &s.plan {
                { plan_card(plan, s, props.own) }
            }
        </article>
    }
}

/// "Where her plan stands": one row per item of her plan, with the words her own plan
/// page showed on the summary's last day.
fn plan_card(plan: &SummaryPlan, s: &ProgressSummary, own: bool) -> Html {
    let catalog = Catalog::builtin();
    let statuses = summary_statuses(plan, s.from_day, catalog);
    if statuses.is_empty() {
        return html! {};
    }
    let to_day = s.from_day + i64::from(s.days) - 1;
    let birth = if plan.caesarean {
        "a caesarean"
    } else {
        "the birth"
    };
    let stage = format!(
        "On {}, {} after {birth}.",
        iso_from_day(to_day),
        weeks_and_days(plan.weeks, plan.days)
    );
    let (heading, source, paused) = if own {
        (
            "Where your plan stands",
            "As your plan page shows it.",
            "Your plan is paused after a warning sign: nothing steps up until you have been checked.",
        )
    } else {
        (
            "Where her plan stands",
            "Worded as on her own plan page.",
            "Her plan is paused after a warning sign: nothing steps up until she has been checked.",
        )
    };
    // Her plan counts a session once its next-morning check is in (see `settle`).
    let not_done = format!("Not counted in these {} days", s.days);
    html! {
        <div class="card summary__plan">
            <h2>{ heading }</h2>
            <p class="muted">{ format!("{stage} {source} A session counts here once its next-morning check is in.") }</p>
            if plan.paused {
                <p class="summary__paused">{ paused }</p>
            }
            <ul class="summary__plan-list">
                { for statuses.iter().map(|st| plan_row(st, catalog, &not_done)) }
            </ul>
        </div>
    }
}

fn plan_row(st: &ChainStatus, catalog: &Catalog, not_done: &str) -> Html {
    let dose = catalog
        .get(&st.exercise)
        .map(|e| dose_text(e, &st.dose))
        .unwrap_or_default();
    let done = st.last_done_ms.map_or_else(
        || not_done.to_owned(),
        |at| format!("Last done {}", iso_from_day(at.div_euclid(DAY_MS))),
    );
    html! {
        <li class="summary__plan-item">
            <h3 class="summary__plan-name">
                { &st.name }
                <span class="card__tag">{ format!("Step {} of {}", st.place, st.of) }</span>
            </h3>
            <p class="muted">{ format!("{dose} · ") }<span class="summary__when">{ done }</span></p>
            <p>{ st.next_line() }</p>
            if let Some(then) = st.then_line() {
                <p class="muted">{ then }</p>
            }
        </li>
    }
}

/// "6 weeks and 2 days", "1 week", "3 days".
fn weeks_and_days(weeks: u8, days: u8) -> String {
    let plural = |n: u8, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    match (weeks, days) {
        (0, d) => plural(d, "day"),
        (w, 0) => plural(w, "week"),
        (w, d) => format!("{} and {}", plural(w, "week"), plural(d, "day")),
    }
}
