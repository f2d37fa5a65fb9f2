//! The handout's grid to tick each session: a row per week of the routine (at most
//! `MAX_ROWS`, so it stays small on the page), a column per day, and in each cell a box
//! per session that day (one when the routine is counted per week).

use yew::prelude::*;

use crate::domain::share::Frequency;
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::frequency_text;
use crate::hooks::use_lang::t;

/// The most weeks the grid shows; a longer routine gets unnumbered rows to reuse.
const MAX_ROWS: u8 = 6;

/// The grid for a routine done `frequency` for `weeks`.
pub fn ticks(lang: Lang, frequency: Frequency, weeks: u8) -> Html {
    let numbered = weeks <= MAX_ROWS;
    let rows = weeks.clamp(1, MAX_ROWS);
    let (boxes, hint) = match frequency {
        Frequency::PerDay(n) => (n.max(1), Msg::HandoutTicksPerDay),
        Frequency::PerWeek(_) => (1, Msg::HandoutTicksPerWeek),
    };
    let days = t(lang, Msg::HandoutWeekdays);
    let cell = || {
        html! { <td>{ for (0..boxes).map(|_| html! { <span class="handout__box"></span> }) }</td> }
    };
    let row = |week: u8| {
        let label = if numbered {
            week.to_string()
        } else {
            String::new()
        };
        html! {
            <tr>
                <th scope="row">{ label }</th>
                { for days.split_whitespace().map(|_| cell()) }
            </tr>
        }
    };
    html! {
        <section class="handout__ticks">
            <h3 class="handout__ticks-title">{ t(lang, Msg::HandoutTicksTitle) }</h3>
            <p>{ t(lang, Text::new(hint).with("frequency", frequency_text(frequency))) }</p>
            <table class={classes!("handout__grid", (boxes > 3).then_some("handout__grid--many"))}>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Msg::HandoutTicksWeekColumn) }</th>
                        { for days.split_whitespace().map(|d| html! { <th scope="col">{ d.to_owned() }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for (1..=rows).map(row) }</tbody>
            </table>
            if !numbered {
                <p class="handout__more">{ t(lang, Text::new(Msg::HandoutTicksMore).with("rows", MAX_ROWS)) }</p>
            }
        </section>
    }
}
