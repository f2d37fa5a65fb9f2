//! A patient's progress summary, as her physiotherapist sees it (read-only): sessions
//! against the plan, minutes, the pain trend, red flags and her notes.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::pain_chart::pain_chart;
use crate::domain::history::{trend_summary, PainPoint};
use crate::domain::profile::iso_from_day;
use crate::domain::share::ProgressSummary;

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
        </article>
    }
}
