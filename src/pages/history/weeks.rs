//! History's earlier weeks: the sessions folded into weekly totals once her log grew
//! long, shown week by week when she asks.

use yew::prelude::*;

use crate::domain::history::{dated, WeekSummary};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::t;

fn week_entry(lang: Lang, week: &WeekSummary) -> Html {
    let pains: Vec<String> = [
        week.worst_pain.map(|p| {
            t(
                lang,
                Text::new(Msg::HistoryFoldedWorstDuring).with("pain", p.value()),
            )
        }),
        week.morning_pain.map(|p| {
            t(
                lang,
                Text::new(Msg::HistoryFoldedWorstMorning).with("pain", p.value()),
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <li class="history__item" key={week.monday}>
            <details>
                <summary>
                    <span class="history__when">{ t(lang, week.heading()) }</span>
                    <span class="history__what">{ t(lang, Text::new(Msg::SessionsCount).with("count", usize::from(week.sessions))) }</span>
                    <span class="history__meta">{ t(lang, Text::new(Msg::HistoryFoldedMinutes).with("minutes", week.active_min)) }</span>
                </summary>
                <ul class="history__comfort">
                    if pains.is_empty() {
                        <li>{ t(lang, Msg::HistoryFoldedNoPain) }</li>
                    } else {
                        { for pains.iter().map(|t| html! { <li>{ t }</li> }) }
                    }
                </ul>
            </details>
        </li>
    }
}

/// The folded weeks in one line, then the newest `shown` week by week, with `on_more`
/// for more. Nothing when none was folded.
pub fn earlier_weeks(
    lang: Lang,
    weeks: &[WeekSummary],
    shown: usize,
    on_more: Callback<MouseEvent>,
) -> Html {
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return html! {};
    };
    let sessions: usize = weeks.iter().map(|w| usize::from(w.sessions)).sum();
    let minutes: u64 = weeks.iter().map(|w| u64::from(w.active_min)).sum();
    let summary = Text::new(Msg::HistoryFoldedSummary)
        .with("from", dated(first.monday))
        .with("to", dated(last.monday + 6))
        .with("sessions", sessions)
        .with("minutes", i64::try_from(minutes).unwrap_or(i64::MAX));
    html! {
        <>
            <h2>{ t(lang, Msg::HistoryFoldedTitle) }</h2>
            <p>{ t(lang, summary) }</p>
            <p class="muted">{ t(lang, Msg::HistoryFoldedKept) }</p>
            if shown > 0 {
                <ul class="history__list">{ for weeks.iter().rev().take(shown).map(|w| week_entry(lang, w)) }</ul>
            }
            if shown < weeks.len() {
                <button class="button" onclick={on_more}>{ t(lang, if shown == 0 { Msg::HistoryFoldedShow } else { Msg::HistoryFoldedShowMore }) }</button>
            }
        </>
    }
}
