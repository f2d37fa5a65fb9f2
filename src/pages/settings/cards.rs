//! The settings cards: her routine (length and pain limits), the cues during a
//! routine, and her data (where it lives, erasing it).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::select_field::{number_options, select_field};
use crate::domain::changes::{MAX_TARGET_MIN, MIN_TARGET_MIN};
use crate::domain::saved::AppData;
use crate::domain::settings::{CueSettings, Thresholds};
use crate::domain::wording::count_text;
use crate::hooks::use_app::use_app;
use crate::state::Action;
use crate::web::clock;
use crate::web::storage::{SaveMode, Store};
use crate::web::storage_persist::{self, StorageStatus};

/// A labelled select of the numbers in `range`, `value` selected.
fn number(
    id: &'static str,
    label: &'static str,
    value: u8,
    range: std::ops::RangeInclusive<u8>,
    on_change: Callback<u8>,
) -> Html {
    select_field(id, label, number_options(range), value, on_change)
}

/// Minutes a day and the pain limits, within the domain's own ranges.
#[component]
pub fn RoutineCard() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let th = state.data.thresholds;
    let set_th = |apply: fn(&mut Thresholds, u8)| {
        let state = state.clone();
        Callback::from(move |v: u8| {
            let mut next = state.data.thresholds;
            apply(&mut next, v);
            state.dispatch(Action::SetThresholds(next));
        })
    };
    let on_length = {
        let state = state.clone();
        Callback::from(move |v: u8| state.dispatch(Action::SetTargetMin(v)))
    };
    html! {
        <div class="card">
            <h2>{ "Your routine" }</h2>
            <div class="filters">
                { number("routine-length", "Minutes a day", state.data.target_min, MIN_TARGET_MIN..=MAX_TARGET_MIN, on_length) }
            </div>
            <h3>{ "Pain limits" }</h3>
            <p class="muted">{ "Your plan only steps up after sessions that stayed at or below the first number and your back was fine the next morning; above the second it eases off. The cautious defaults (3 and 5 out of 10) come from the pain-monitoring approach physiotherapists use." }</p>
            <div class="filters">
                { number("th-comfortable", "Comfortable up to", th.comfortable_max, 0..=th.acceptable_max, set_th(|t, v| t.comfortable_max = v)) }
                { number("th-acceptable", "Acceptable up to", th.acceptable_max, th.comfortable_max..=Thresholds::MAX_ACCEPTABLE, set_th(|t, v| t.acceptable_max = v)) }
                { number("th-sessions", "Good sessions before a step up", th.sessions_to_progress, Thresholds::SESSIONS_RANGE, set_th(|t, v| t.sessions_to_progress = v)) }
                { number("th-tear", "Weeks after a severe tear", th.tear_weeks, 0..=Thresholds::MAX_TEAR_WEEKS, set_th(|t, v| t.tear_weeks = v)) }
            </div>
        </div>
    }
}

/// Which cues play during a routine.
#[component]
pub fn CuesCard() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let cues = state.data.cues;
    let toggle = |label: &'static str,
                  hint: &'static str,
                  on: bool,
                  set: fn(&mut CueSettings, bool)| {
        let state = state.clone();
        let onchange = Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = state.data.cues;
            set(&mut next, checked);
            state.dispatch(Action::SetCues(next));
        });
        html! {
            <label class="toggle">
                <input type="checkbox" checked={on} {onchange} />
                <span class="toggle__text"><strong>{ label }</strong><small>{ hint }</small></span>
            </label>
        }
    };
    html! {
        <div class="card">
            <h2>{ "During a routine" }</h2>
            { toggle("Spoken cues", "Names each exercise and counts you in.", cues.speech, |c, v| c.speech = v) }
            { toggle("Beeps", "Short tones when a phase starts and ends.", cues.beeps, |c, v| c.beeps = v) }
            { toggle("Vibration", "Where the phone supports it.", cues.vibration, |c, v| c.vibration = v) }
            { toggle("Screen flash", "A brief flash with each change, for noisy rooms.", cues.flash, |c, v| c.flash = v) }
        </div>
    }
}

/// A size in bytes as people read it: "820 KB", "1.4 MB".
fn size_text(bytes: f64) -> String {
    const KB: f64 = 1000.0;
    const MB: f64 = KB * KB;
    if bytes < MB {
        format!("{:.0} KB", (bytes / KB).max(1.0))
    } else {
        format!("{:.1} MB", bytes / MB)
    }
}

/// Whether the browser keeps her data even when space runs low (persistent storage), how
/// much the app uses, and a button to ask for it when it is not yet.
#[component]
fn KeptLine() -> Html {
    let status = use_state(|| None::<StorageStatus>);
    let refresh = {
        let status = status.setter();
        move || storage_persist::status(move |s| status.set(Some(s)))
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| refresh());
    }
    let Some(status) = *status else {
        return html! {};
    };
    let kept = match status.persistent {
        Some(true) => "Kept for good: this browser will not clear it to free up space.",
        Some(false) => "Not yet kept for good: if the phone runs very short of space, this browser may clear it. Installing the app (Add to Home screen) usually helps.",
        None => "",
    };
    let on_ask = Callback::from(move |_: MouseEvent| {
        let refresh = refresh.clone();
        storage_persist::request(move |_| refresh());
    });
    html! {
        <>
            if !kept.is_empty() {
                <p id="storage-kept">{ kept }</p>
            }
            if let Some(used) = status.usage_bytes {
                <p class="muted" id="storage-used">{ format!("In use: {}, with the app's files for working offline.", size_text(used)) }</p>
            }
            if status.persistent == Some(false) {
                <div class="button-row">
                    <button class="button" onclick={on_ask}>{ "Ask to keep it for good" }</button>
                </div>
            }
        </>
    }
}

/// Where her data lives, the notice she read, and erasing everything (confirmed).
#[component]
pub fn DataCard() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let confirming = use_state(|| false);
    let store = use_context::<Store>();
    let kept = store.as_ref().map_or(0, Store::kept_copies);
    let what_goes = what_goes(&state.data, kept);
    let storage_text = match state.mode {
        SaveMode::Persist => "Your progress is saved in this browser on this device. It is never sent anywhere.",
        SaveMode::MemoryOnly => "Your progress is only kept while this tab is open: this browser is not letting the app save it.",
    };
    let persisting = state.mode == SaveMode::Persist;
    let notice_text = state.data.notice.map(|ack| {
        format!(
            "You read the notice about using this app safely on {}.",
            clock::local_date(ack.at_ms)
        )
    });
    let erase = if *confirming {
        let confirming_yes = confirming.clone();
        let on_yes = Callback::from(move |_: MouseEvent| {
            if store.as_ref().is_none_or(Store::delete_everything) {
                state.dispatch(Action::EraseAll);
            }
            confirming_yes.set(false);
        });
        let confirming_no = confirming.clone();
        let on_no = Callback::from(move |_: MouseEvent| confirming_no.set(false));
        html! {
            <div class="callout callout--stop" role="alertdialog" aria-labelledby="erase-q">
                <p id="erase-q"><strong>{ "Delete everything this app has kept in this browser?" }</strong></p>
                <p>{ &what_goes }</p>
                <p>{ "This cannot be undone. If you may want any of it, save a backup file first." }</p>
                <div class="button-row">
                    <button class="button button--danger" onclick={on_yes}>{ "Yes, delete everything" }</button>
                    <button class="button" onclick={on_no}>{ "Keep my data" }</button>
                </div>
            </div>
        }
    } else {
        let confirming = confirming.clone();
        let on_erase = Callback::from(move |_: MouseEvent| confirming.set(true));
        html! { <button class="button" onclick={on_erase}>{ "Delete everything…" }</button> }
    };
    html! {
        <div class="card">
            <h2>{ "Your data" }</h2>
            <p>{ storage_text }</p>
            if persisting {
                <KeptLine />
            }
            if let Some(text) = notice_text {
                <p class="muted">{ text }</p>
            }
            { erase }
        </div>
    }
}

/// What "delete everything" removes, named: her sessions and reports, profile, red-flag
/// records, physio routines and any copies kept aside.
fn what_goes(data: &AppData, kept: usize) -> String {
    let reports = data
        .history
        .iter()
        .map(|l| usize::from(l.comfort.after.is_some()) + usize::from(l.comfort.morning.is_some()))
        .sum();
    // Sessions logged one by one, and those folded into weekly totals.
    let sessions = data.history.len()
        + data
            .folded_weeks
            .iter()
            .map(|w| usize::from(w.sessions))
            .sum::<usize>();
    let counts = [
        (sessions, "session", "sessions"),
        (reports, "comfort report", "comfort reports"),
        (
            data.safety.events.len(),
            "red flag record",
            "red flag records",
        ),
        (
            data.imported.len(),
            "routine from a physiotherapist",
            "routines from a physiotherapist",
        ),
        (kept, "copy kept aside", "copies kept aside"),
    ];
    let mut parts: Vec<String> = counts
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|&(n, one, many)| count_text(n, one, many))
        .collect();
    if data.profile.is_some() {
        parts.insert(0, "your profile and plan".to_owned());
    }
    parts.push("your settings".to_owned());
    let last = parts.pop().unwrap_or_default();
    format!("It deletes {} and {last}.", parts.join(", "))
}
