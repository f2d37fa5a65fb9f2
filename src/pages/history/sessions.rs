//! History's list of sessions: each in detail, newest first, a page at a time; then the
//! earlier weeks, folded into weekly totals.

use std::rc::Rc;

use yew::prelude::*;

use super::weeks::earlier_weeks;

use crate::domain::catalog::Catalog;
use crate::domain::history::{moment_text, SessionLog};
use crate::domain::planner::own_routine_title;
use crate::domain::routine::nearest_minute;
use crate::domain::text::{Lang, Msg, Text, When};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{date, t, use_lang};
use crate::web::clock;

/// "Mon 3 Mar 2025, 09:30" in her time zone as it was then (summer time or not).
pub fn local_moment(at_ms: i64) -> When {
    moment_text(at_ms, clock::utc_offset_min(at_ms))
}

/// Sessions (or weeks) shown at first, and added by each "Show older sessions".
const PAGE: usize = 20;

/// What a session held: her comfort reports, her note, and each exercise planned
/// against done.
fn contents(lang: Lang, log: &SessionLog) -> Html {
    let catalog = Catalog::builtin_in(lang);
    let c = &log.comfort;
    let comfort: Vec<String> = [
        c.before.map(|p| {
            t(
                lang,
                Text::new(Msg::HistorySessionPainBefore).with("pain", p.value()),
            )
        }),
        c.after.as_ref().map(|a| {
            t(
                lang,
                Text::new(Msg::HistorySessionWorstDuring)
                    .with("pain", a.worst_pain.value())
                    .with("effort", Text::new(a.effort.label())),
            )
        }),
        c.morning.map(|m| {
            t(
                lang,
                Text::new(Msg::HistorySessionNextMorning)
                    .with("compare", t(lang, m.compare.label()).to_lowercase())
                    .with("pain", m.pain.value()),
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <>
            if !comfort.is_empty() {
                <ul class="history__comfort">{ for comfort.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
            }
            if let Some(note) = c.after.as_ref().map(|a| a.note.as_str()).filter(|n| !n.is_empty()) {
                <p class="history__note">{ note }</p>
            }
            <table class="history__table">
                <caption class="visually-hidden">{ t(lang, Msg::HistorySessionTableCaption) }</caption>
                <thead><tr><th scope="col">{ t(lang, Msg::HistorySessionExercise) }</th><th scope="col">{ t(lang, Msg::HistorySessionRounds) }</th><th scope="col">{ t(lang, Msg::HistorySessionTime) }</th></tr></thead>
                <tbody>
                    { for log.exercises.iter().map(|e| html! {
                        <tr>
                            <th scope="row">{ e.name(catalog) }</th>
                            <td>{ format!("{} / {}", e.done_sets, e.planned_sets) }</td>
                            <td>{ format!("{} / {} s", e.done_work_s, e.planned_work_s) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// One session; its contents are put on the page only while it is open (`open`), so
/// a page of sessions stays light.
fn entry(lang: Lang, log: &SessionLog, open: bool, ontoggle: Callback<Event>) -> Html {
    let minutes = nearest_minute(log.active_ms);
    html! {
        <li class="history__item" key={log.started_at_ms}>
            <details {ontoggle}>
                <summary>
                    <span class="history__when">{ date(lang, local_moment(log.started_at_ms)) }</span>
                    <span class="history__what">{ own_routine_title(&log.routine).map_or_else(|| log.routine.clone(), |m| t(lang, m)) }</span>
                    <span class="history__meta">
                        { t(lang, Text::new(Msg::HistorySessionMeta).with("minutes", minutes).with("done", log.exercises_done()).with("total", log.exercises.len())) }
                        if log.stopped_early {
                            <span class="badge">{ t(lang, Msg::HistorySessionStoppedEarly) }</span>
                        }
                    </span>
                </summary>
                if open {
                    { contents(lang, log) }
                }
            </details>
        </li>
    }
}

/// Her sessions newest first, `PAGE` at first and more as she asks, then the earlier
/// weeks when she asks (a long history is never put on the page all at once).
#[component]
pub fn SessionList() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let shown = use_state(|| PAGE);
    let weeks_shown = use_state(|| 0);
    // The sessions open, by their start.
    let open = use_state(|| Rc::new(Vec::<i64>::new()));
    let logs = &state.data.history;
    let show_logs = (*shown).min(logs.len());
    let more = logs.len() > *shown;
    let onclick = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let more_weeks = {
        let weeks_shown = weeks_shown.clone();
        Callback::from(move |_: MouseEvent| weeks_shown.set(*weeks_shown + PAGE))
    };
    html! {
        <>
            <h2>{ t(lang, Msg::HistorySessionsTitle) }</h2>
            if show_logs > 0 {
                <ul class="history__list">
                    { for logs.iter().rev().take(show_logs).map(|log| {
                        let at = log.started_at_ms;
                        let toggle = {
                            let open = open.clone();
                            Callback::from(move |_: Event| {
                                let mut now = (**open).clone();
                                if now.contains(&at) {
                                    now.retain(|o| *o != at);
                                } else {
                                    now.push(at);
                                }
                                open.set(Rc::new(now));
                            })
                        };
                        entry(lang, log, open.contains(&at), toggle)
                    }) }
                </ul>
            }
            if more {
                <p class="muted">{ t(lang, Text::new(Msg::HistorySessionsLatest).with("shown", show_logs).with("total", logs.len())) }</p>
                <button class="button" {onclick}>{ t(lang, Msg::HistorySessionsMore) }</button>
            }
            { earlier_weeks(lang, &state.data.folded_weeks, *weeks_shown, more_weeks) }
        </>
    }
}
