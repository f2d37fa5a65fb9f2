//! A patient's progress summary, as her physiotherapist sees it (read-only): sessions
//! against the plan, minutes, the pain trend, red flags, her notes, and where her plan
//! stands (worked out as her own "Your plan" page does, from what the link carries).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::pain_chart::pain_chart;
use crate::domain::catalog::Catalog;
use crate::domain::history::{trend_summary, PainPoint};
use crate::domain::plan_view::ChainStatus;
use crate::domain::report::summary_statuses;
use crate::domain::share::{ProgressSummary, SummaryPlan};
use crate::domain::text::{Lang, Msg, Text, When};
use crate::domain::wording::dose_text;
use crate::hooks::use_lang::{date as written_date, strong_marked, t, use_lang};

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
    let lang = use_lang();
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
    let trend = t(lang, trend_summary(&points, to_day));
    let date = |offset: u16| written_date(lang, When::DayYear(s.from_day + i64::from(offset)));
    html! {
        <article class="summary" aria-labelledby="summary-title">
            if props.own {
                <h2 id="summary-title">{ t(lang, Msg::PhysioSummaryOwnTitle) }</h2>
            } else {
                <h1 id="summary-title">{ t(lang, Msg::PhysioSummaryTitle) }</h1>
            }
            <p class="page__lead">{ t(lang, Text::new(Msg::PhysioSummaryRange).with("routine", s.routine.as_str()).with("from", When::DayYear(s.from_day)).with("to", When::DayYear(to_day))) }</p>
            if !props.own {
                <p class="muted">{ t(lang, Msg::PhysioSummaryReadOnly) }</p>
            }
            <div class="card">
                <p class="summary__stat">{ strong_marked(&t(lang, Text::new(Msg::PhysioSummarySessions).with("done", i64::from(s.sessions_done)).with("planned", i64::from(s.sessions_planned)))) }</p>
                <p class="summary__stat">{ strong_marked(&t(lang, Text::new(Msg::PhysioSummaryMinutes).with("minutes", s.minutes))) }</p>
            </div>
            if !points.is_empty() {
                <div class="card">
                    <h2>{ t(lang, Msg::PhysioSummaryPain) }</h2>
                    { pain_chart(&points, to_day, i64::from(s.days), &trend) }
                </div>
            }
            <div class="card">
                <h2>{ t(lang, Msg::PhysioSummaryFlags) }</h2>
                if s.flags.is_empty() {
                    <p>{ t(lang, Msg::PhysioSummaryNoFlags) }</p>
                } else {
                    <ul>{ for s.flags.iter().map(|f| html! { <li>{ format!("{}: {}", date(f.day), t(lang, f.tier.heading())) }</li> }) }</ul>
                }
            </div>
            if !s.notes.is_empty() {
                <div class="card">
                    <h2>{ t(lang, if props.own { Msg::PhysioSummaryOwnNotes } else { Msg::PhysioSummaryNotes }) }</h2>
                    <ul>{ for s.notes.iter().map(|n| html! { <li><strong>{ date(n.day) }</strong>{ " " }{ n.text.as_str() }</li> }) }</ul>
                </div>
            }
            if let Some(plan) = &s.plan {
                { plan_card(lang, plan, s, props.own) }
            }
        </article>
    }
}

/// "Where her plan stands": one row per item of her plan, with the words her own plan
/// page showed on the summary's last day.
fn plan_card(lang: Lang, plan: &SummaryPlan, s: &ProgressSummary, own: bool) -> Html {
    let catalog = Catalog::builtin_in(lang);
    let statuses = summary_statuses(plan, s.from_day, catalog);
    if statuses.is_empty() {
        return html! {};
    }
    let to_day = s.from_day + i64::from(s.days) - 1;
    let (heading, stage, paused) = match (own, plan.caesarean) {
        (true, caesarean) => (
            Msg::PhysioSummaryOwnPlan,
            if caesarean {
                Msg::PhysioSummaryOwnStageCaesarean
            } else {
                Msg::PhysioSummaryOwnStage
            },
            Msg::PhysioSummaryOwnPaused,
        ),
        (false, caesarean) => (
            Msg::PhysioSummaryPlan,
            if caesarean {
                Msg::PhysioSummaryStageCaesarean
            } else {
                Msg::PhysioSummaryStage
            },
            Msg::PhysioSummaryPaused,
        ),
    };
    // Her plan counts a session once its next-morning check is in (see `settle`).
    let stage = Text::new(stage)
        .with("date", When::DayYear(to_day))
        .with("since", weeks_and_days(plan.weeks, plan.days));
    let not_done = t(
        lang,
        Text::new(Msg::PhysioSummaryNotCounted).with("days", i64::from(s.days)),
    );
    html! {
        <div class="card summary__plan">
            <h2>{ t(lang, heading) }</h2>
            <p class="muted">{ t(lang, stage) }</p>
            if plan.paused {
                <p class="summary__paused">{ t(lang, paused) }</p>
            }
            <ul class="summary__plan-list">
                { for statuses.iter().map(|st| plan_row(lang, st, catalog, &not_done)) }
            </ul>
        </div>
    }
}

fn plan_row(lang: Lang, st: &ChainStatus, catalog: &Catalog, not_done: &str) -> Html {
    let dose = catalog
        .get(&st.exercise)
        .map(|e| t(lang, dose_text(e, &st.dose)))
        .unwrap_or_default();
    let done = st.last_done_ms.map_or_else(
        || not_done.to_owned(),
        |at| {
            let date = When::Day(at.div_euclid(DAY_MS));
            t(
                lang,
                Text::new(Msg::PhysioSummaryLastDone).with("date", date),
            )
        },
    );
    html! {
        <li class="summary__plan-item">
            <h3 class="summary__plan-name">
                { &st.name }
                <span class="card__tag">{ t(lang, Text::new(Msg::PhysioSummaryStep).with("place", st.place).with("of", st.of)) }</span>
            </h3>
            <p class="muted">{ format!("{dose} · ") }<span class="summary__when">{ done }</span></p>
            <p>{ t(lang, st.next_line()) }</p>
            if let Some(then) = st.then_line() {
                <p class="muted">{ t(lang, then) }</p>
            }
        </li>
    }
}

/// "6 weeks and 2 days", "1 week", "3 days".
fn weeks_and_days(weeks: u8, days: u8) -> Text {
    match (weeks, days) {
        (0, d) => Text::new(Msg::PhysioSummaryDays).with("days", d),
        (w, 0) => Text::new(Msg::PhysioSummaryWeeks).with("weeks", w),
        (w, d) => Text::new(Msg::PhysioSummaryWeeksDays)
            .with("weeks", w)
            .with("days", d),
    }
}
