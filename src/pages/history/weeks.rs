//! History's earlier weeks: the sessions folded into weekly totals once her log grew
//! long, shown week by week when she asks.

use yew::prelude::*;

use crate::domain::history::{dated, WeekSummary};
use crate::domain::wording::count_text;

fn week_entry(week: &WeekSummary) -> Html {
    let pains: Vec<String> = [
        week.worst_pain
            .map(|p| format!("Worst during: {}/10", p.value())),
        week.morning_pain
            .map(|p| format!("Worst next morning: {}/10", p.value())),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <li class="history__item" key={week.monday}>
            <details>
                <summary>
                    <span class="history__when">{ week.heading() }</span>
                    <span class="history__what">{ count_text(usize::from(week.sessions), "session", "sessions") }</span>
                    <span class="history__meta">{ format!("{} min in all", week.active_min) }</span>
                </summary>
                <ul class="history__comfort">
                    if pains.is_empty() {
                        <li>{ "No pain reported that week" }</li>
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
pub fn earlier_weeks(weeks: &[WeekSummary], shown: usize, on_more: Callback<MouseEvent>) -> Html {
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return html! {};
    };
    let sessions: usize = weeks.iter().map(|w| usize::from(w.sessions)).sum();
    let minutes: u64 = weeks.iter().map(|w| u64::from(w.active_min)).sum();
    html! {
        <>
            <h2>{ "Earlier weeks" }</h2>
            <p>{ format!("From {} to {}: {}, {minutes} minutes in all.", dated(first.monday), dated(last.monday + 6), count_text(sessions, "session", "sessions")) }</p>
            <p class="muted">{ "Sessions from this far back are kept as a total for each week, so there is always room for new ones." }</p>
            if shown > 0 {
                <ul class="history__list">{ for weeks.iter().rev().take(shown).map(week_entry) }</ul>
            }
            if shown < weeks.len() {
                <button class="button" onclick={on_more}>{ if shown == 0 { "Show each week" } else { "Show earlier weeks" } }</button>
            }
        </>
    }
}
