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
use crate::domain::safety::{Moment, SafetyEvent};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{strong_marked, t, use_lang};

mod calendar;
mod report;
mod sessions;
mod weeks;

use calendar::calendar;
use report::ReportBack;
use sessions::{local_moment, SessionList};

#[component]
pub fn History() -> Html {
    let lang = use_lang();
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
                Catalog::builtin_in(lang),
            )
        })
    };
    let week = view.week_min;
    let percent = (week * 100 / WEEKLY_GOAL_MIN).min(100);
    let events = &data.safety.events;
    let nothing = data.history.is_empty() && data.folded_weeks.is_empty();
    html! {
        <section class="page" aria-labelledby="history-title">
            <h1 id="history-title">{ t(lang, Msg::HistoryTitle) }</h1>
            <BackupReminder />
            <div class="card">
                <h2>{ t(lang, Msg::HistoryWeekTitle) }</h2>
                <p class="history__week">{ strong_marked(&t(lang, Text::new(Msg::HistoryWeek).with("minutes", week).with("goal", WEEKLY_GOAL_MIN))) }</p>
                <progress max="100" value={percent.to_string()} aria-label={t(lang, Msg::HistoryWeekProgressLabel)}>{ t(lang, Text::new(Msg::HistoryWeekPercent).with("percent", percent)) }</progress>
                { calendar(lang, &view) }
            </div>
            if !view.chart.is_empty() {
                <div class="card">
                    <h2>{ t(lang, Msg::HistoryChartTitle) }</h2>
                    { history_chart(&view.chart, &t(lang, view.trend.clone())) }
                </div>
            }
            if !events.is_empty() {
                { flags_card(lang, events) }
            }
            if !data.history.is_empty() {
                <ReportBack />
            }
            if nothing {
                <div class="card card--empty">
                    <h2>{ t(lang, Msg::HistoryEmptyTitle) }</h2>
                    <p>{ t(lang, Msg::HistoryEmptyBody) }</p>
                </div>
            } else {
                <SessionList />
            }
        </section>
    }
}

/// The warning signs she reported, newest first.
fn flags_card(lang: Lang, events: &[SafetyEvent]) -> Html {
    let item = |e: &SafetyEvent| {
        let msg = if e.moment == Moment::DuringSession {
            Msg::HistoryFlagsDuring
        } else {
            Msg::HistoryFlagsBefore
        };
        let signs = e
            .flags
            .iter()
            .map(|f| t(lang, f.question()))
            .collect::<Vec<_>>()
            .join("; ");
        let report = Text::new(msg)
            .with("when", local_moment(e.at_ms))
            .with("signs", signs);
        html! {
            <li>
                { strong_marked(&t(lang, report)) }
                <span class="muted">{ format!(" — {}", t(lang, e.tier.heading())) }</span>
            </li>
        }
    };
    html! {
        <div class="card">
            <h2>{ t(lang, Msg::HistoryFlagsTitle) }</h2>
            <ul class="history__flags">{ for events.iter().rev().map(item) }</ul>
        </div>
    }
}
