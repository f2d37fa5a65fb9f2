//! History's calendar: the last five weeks, a cell a day, marking days with sessions
//! and days she reported a warning sign.

use yew::prelude::*;

use crate::domain::history::{CalendarDay, Overview};
use crate::domain::wording::{day_label, day_of_month};

fn cell(c: &CalendarDay, today: i64) -> Html {
    let mut label = day_label(c.day);
    match c.sessions {
        0 => {}
        1 => label.push_str(": 1 session"),
        n => label.push_str(&format!(": {n} sessions")),
    }
    if c.flagged {
        label.push_str(", warning sign reported");
    }
    let class = classes!(
        "cal__day",
        (c.sessions > 0).then_some("cal__day--done"),
        c.flagged.then_some("cal__day--flag"),
        (c.day == today).then_some("cal__day--today"),
        (c.day > today).then_some("cal__day--future")
    );
    html! {
        <td {class} aria-label={label}>
            <span aria-hidden="true">{ day_of_month(c.day) }</span>
        </td>
    }
}

/// The calendar of `view`, a row a week.
pub fn calendar(view: &Overview) -> Html {
    let rows = view.calendar.chunks(7).map(|week| {
        html! { <tr>{ for week.iter().map(|c| cell(c, view.today)) }</tr> }
    });
    html! {
        <table class="cal">
            <caption class="visually-hidden">{ "Sessions over the last five weeks" }</caption>
            <thead><tr>{ for ["M", "T", "W", "T", "F", "S", "S"].iter().map(|d| html! { <th scope="col" aria-hidden="true">{ *d }</th> }) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
