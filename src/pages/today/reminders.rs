//! "Remind me in my calendar": her plan as a calendar file, at the time (and, for a
//! plan of some days a week, on the days) she picks; and, while her plan is paused, the
//! note to remove the reminders. What the file holds is `domain::reminders`'s call.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::reminders::{
    self, app_link, calendar_file, Offer, ReminderPlan, ReminderTime, Request, Weekday,
};
use crate::domain::text::{Lang, Msg, Text, When};
use crate::domain::wording::frequency_text;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::{clock, files, share_api};

fn day_name(day: Weekday) -> Msg {
    match day {
        Weekday::Mo => Msg::RemindersDayMo,
        Weekday::Tu => Msg::RemindersDayTu,
        Weekday::We => Msg::RemindersDayWe,
        Weekday::Th => Msg::RemindersDayTh,
        Weekday::Fr => Msg::RemindersDayFr,
        Weekday::Sa => Msg::RemindersDaySa,
        Weekday::Su => Msg::RemindersDaySu,
    }
}

/// The card on Today; nothing before she has a plan or while it is paused (the paused
/// screen has [`RemindersPausedNote`]).
#[component]
pub fn RemindersCard() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    // The last whole time in the input, and whether the input holds one now (kept
    // apart so a half-typed time is not wiped by a re-render).
    let time = use_state_eq(|| (ReminderTime::default(), true));
    // `None` until she changes the days: the plan's own spread.
    let chosen = use_state_eq(|| None::<Vec<Weekday>>);
    let saved = use_state_eq(|| None::<Msg>);
    let offer = reminders::offer(
        &state.data,
        state.clock.now_ms,
        state.clock.offset_min,
        Catalog::builtin_in(lang),
    );
    let Offer::Plan(plan) = offer else {
        return html! {};
    };
    let days = (*chosen).clone().unwrap_or_else(|| plan.default_days());
    let on_time = {
        let time = time.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let last = time.0;
            time.set(ReminderTime::parse(&input.value()).map_or((last, false), |t| (t, true)));
        })
    };
    let no_days = plan.is_weekly() && days.is_empty();
    let (at, whole) = *time;
    let on_download = download(lang, &plan, &days, at, saved.clone());
    let times: Vec<String> = plan
        .times(at)
        .into_iter()
        .map(ReminderTime::hh_mm)
        .collect();
    let times = Text::new(Msg::RemindersTimes).with("times", times.join(", "));
    let plan_line = Text::new(Msg::RemindersPlan).with("frequency", frequency_text(plan.frequency));
    html! {
        <div class="card reminders" aria-labelledby="reminders-title">
            <h2 id="reminders-title">{ t(lang, Msg::RemindersTitle) }</h2>
            <p>{ t(lang, Msg::RemindersLead) }</p>
            <p class="muted">{ t(lang, plan_line) }</p>
            <label class="form__label" for="reminder-time">{ t(lang, Msg::RemindersTime) }</label>
            <input class="form__input reminders__time" type="time" id="reminder-time" required=true
                value={at.hh_mm()} oninput={on_time} />
            if plan.is_weekly() {
                <DayChoices days={days.clone()} on_change={Callback::from(move |d| chosen.set(Some(d)))} />
            } else {
                <p>{ t(lang, times) }</p>
            }
            if let Some(day) = plan.last_day {
                <p class="muted">{ t(lang, Text::new(Msg::RemindersUntil).with("date", When::Day(day))) }</p>
            }
            <button type="button" class="button button--wide" disabled={!whole || no_days}
                onclick={on_download}>{ t(lang, Msg::RemindersDownload) }</button>
            if let Some(msg) = *saved {
                <p role="status">{ t(lang, msg) }</p>
            }
            <p class="muted">{ t(lang, Msg::RemindersRedownload) }</p>
        </div>
    }
}

/// The download button's action: the file for `plan` at `time` (on `days`), made now.
fn download(
    lang: Lang,
    plan: &ReminderPlan,
    days: &[Weekday],
    at: ReminderTime,
    saved: UseStateHandle<Option<Msg>>,
) -> Callback<MouseEvent> {
    let (plan, days) = (plan.clone(), days.to_vec());
    Callback::from(move |_: MouseEvent| {
        let now_ms = clock::now_ms();
        let link = app_link(&share_api::base_url());
        let request = Request {
            at,
            days: &days,
            now_ms,
            offset_min: clock::utc_offset_min(now_ms),
            app_link: &link,
        };
        let text = calendar_file(&plan, &request, &|text| t(lang, text));
        let done = files::download_as(reminders::FILE_NAME, &text, reminders::MEDIA_TYPE);
        saved.set(Some(if done {
            Msg::RemindersSaved
        } else {
            Msg::RemindersFailed
        }));
    })
}

#[derive(Properties, PartialEq)]
struct DayChoicesProps {
    /// The days ticked, Monday first.
    days: Vec<Weekday>,
    on_change: Callback<Vec<Weekday>>,
}

/// The weekdays of a plan of some days a week, one checkbox each.
#[component]
fn DayChoices(props: &DayChoicesProps) -> Html {
    let lang = use_lang();
    let toggle = |day: Weekday| {
        let (days, on_change) = (props.days.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next: Vec<Weekday> = days.iter().copied().filter(|d| *d != day).collect();
            if on {
                next.push(day);
                next.sort();
            }
            on_change.emit(next);
        })
    };
    let boxes = Weekday::ALL.iter().map(|&day| {
        let id = format!("reminder-day-{}", day.code().to_ascii_lowercase());
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" {id} checked={props.days.contains(&day)} onchange={toggle(day)} />
                <span>{ t(lang, day_name(day)) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="form__group reminders__days">
            <legend>{ t(lang, Msg::RemindersDays) }</legend>
            <div class="reminders__day-list">{ for boxes }</div>
            if props.days.is_empty() {
                <p class="form__error">{ t(lang, Msg::RemindersDaysNone) }</p>
            }
        </fieldset>
    }
}

/// On the paused plan: remove the calendar reminders for now (no file to download).
#[component]
pub fn RemindersPausedNote() -> Html {
    let lang = use_lang();
    html! {
        <div class="card" aria-labelledby="reminders-paused-title">
            <h2 id="reminders-paused-title">{ t(lang, Msg::RemindersPausedTitle) }</h2>
            <p>{ t(lang, Msg::RemindersPaused) }</p>
        </div>
    }
}
