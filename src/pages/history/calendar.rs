//! History's calendar: the last five weeks, a cell a day, marking days with sessions
//! and days she reported a warning sign.

use yew::prelude::*;

use crate::domain::history::{CalendarDay, Overview};
use crate::domain::text::{Lang, Msg, Text, When};
use crate::domain::wording::day_of_month;
use crate::hooks::use_lang::{date, t};

fn cell(lang: Lang, c: &CalendarDay, today: i64) -> Html {
    let day = date(lang, When::Day(c.day));
    let label = match (c.sessions, c.flagged) {
        (0, false) => day,
        (0, true) => t(
            lang,
            Text::new(Msg::HistoryCalendarDayFlag).with("day", day),
        ),
        (n, flagged) => {
            let msg = if flagged {
                Msg::HistoryCalendarDaySessionsFlag
            } else {
                Msg::HistoryCalendarDaySessions
            };
            t(
                lang,
                Text::new(msg)
                    .with("day", day)
                    .with("sessions", u32::from(n)),
            )
        }
    };
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
pub fn calendar(lang: Lang, view: &Overview) -> Html {
    let rows = view.calendar.chunks(7).map(|week| {
        html! { <tr>{ for week.iter().map(|c| cell(lang, c, view.today)) }</tr> }
    });
    let weekdays = t(lang, Msg::HistoryCalendarWeekdays);
    html! {
        <table class="cal">
            <caption class="visually-hidden">{ t(lang, Msg::HistoryCalendarCaption) }</caption>
            <thead><tr>{ for weekdays.split_whitespace().map(|d| html! { <th scope="col" aria-hidden="true">{ d.to_owned() }</th> }) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
