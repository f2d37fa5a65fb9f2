//! The settings cards: her routine (length and pain limits), the cues during a
//! routine, and her data (where it lives, erasing it).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::select_field::{number_options, select_field};
use crate::domain::changes::{MAX_TARGET_MIN, MIN_TARGET_MIN};
use crate::domain::profile::local_day;
use crate::domain::saved::AppData;
use crate::domain::settings::{CueSettings, Thresholds};
use crate::domain::text::{in_tenths, Msg, Text, When};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::clock;
use crate::web::cues::has_voice;
use crate::web::storage::{SaveMode, Store};
use crate::web::storage_persist::{self, StorageStatus};

/// A labelled select of the numbers in `range`, `value` selected.
fn number(
    id: &'static str,
    label: &str,
    value: u8,
    range: std::ops::RangeInclusive<u8>,
    on_change: Callback<u8>,
) -> Html {
    select_field(id, label, number_options(range), value, on_change)
}

/// Minutes a day and the pain limits, within the domain's own ranges.
#[component]
pub fn RoutineCard() -> Html {
    let lang = use_lang();
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
            <h2>{ t(lang, Msg::SettingsRoutineTitle) }</h2>
            <div class="filters">
                { number("routine-length", &t(lang, Msg::SettingsRoutineLength), state.data.target_min, MIN_TARGET_MIN..=MAX_TARGET_MIN, on_length) }
            </div>
            <h3>{ t(lang, Msg::SettingsPainLimitsTitle) }</h3>
            <p class="muted">{ t(lang, Msg::SettingsPainLimitsBody) }</p>
            <div class="filters">
                { number("th-comfortable", &t(lang, Msg::SettingsComfortable), th.comfortable_max, 0..=th.acceptable_max, set_th(|t, v| t.comfortable_max = v)) }
                { number("th-acceptable", &t(lang, Msg::SettingsAcceptable), th.acceptable_max, th.comfortable_max..=Thresholds::MAX_ACCEPTABLE, set_th(|t, v| t.acceptable_max = v)) }
                { number("th-sessions", &t(lang, Msg::SettingsSessionsToProgress), th.sessions_to_progress, Thresholds::SESSIONS_RANGE, set_th(|t, v| t.sessions_to_progress = v)) }
                { number("th-tear", &t(lang, Msg::SettingsTearWeeks), th.tear_weeks, 0..=Thresholds::MAX_TEAR_WEEKS, set_th(|t, v| t.tear_weeks = v)) }
            </div>
        </div>
    }
}

/// Which cues play during a routine.
#[component]
pub fn CuesCard() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let cues = state.data.cues;
    let toggle = |label: Msg, hint: Msg, on: bool, set: fn(&mut CueSettings, bool)| {
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
                <span class="toggle__text"><strong>{ t(lang, label) }</strong><small>{ t(lang, hint) }</small></span>
            </label>
        }
    };
    html! {
        <div class="card">
            <h2>{ t(lang, Msg::SettingsCuesTitle) }</h2>
            { toggle(Msg::SettingsCueSpeech, Msg::SettingsCueSpeechHint, cues.speech, |c, v| c.speech = v) }
            // Said when the browser has listed its voices and none speaks her language.
            if cues.speech && has_voice(lang) == Some(false) {
                <p class="muted" role="note">{ t(lang, Msg::SettingsNoVoice) }</p>
            }
            { toggle(Msg::SettingsCueBeeps, Msg::SettingsCueBeepsHint, cues.beeps, |c, v| c.beeps = v) }
            { toggle(Msg::SettingsCueVibration, Msg::SettingsCueVibrationHint, cues.vibration, |c, v| c.vibration = v) }
            { toggle(Msg::SettingsCueFlash, Msg::SettingsCueFlashHint, cues.flash, |c, v| c.flash = v) }
        </div>
    }
}

/// How much the app uses, with the size as people read it: "820 KB", "1.4 MB".
fn used_text(bytes: f64) -> Text {
    const KB: f64 = 1000.0;
    const MB: f64 = KB * KB;
    if bytes < MB {
        let kb = (bytes / KB).max(1.0).round() as i64;
        Text::new(Msg::SettingsStorageUsedKb).with("size", kb.to_string())
    } else {
        let mb = in_tenths(bytes / MB);
        Text::new(Msg::SettingsStorageUsedMb)
            .with("whole", (mb / 10).to_string())
            .with("tenths", (mb % 10).to_string())
    }
}

/// Whether the browser keeps her data even when space runs low (persistent storage), how
/// much the app uses, and a button to ask for it when it is not yet.
#[component]
fn KeptLine() -> Html {
    let lang = use_lang();
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
        Some(true) => Some(Msg::SettingsStorageKept),
        Some(false) => Some(Msg::SettingsStorageNotKept),
        None => None,
    };
    let on_ask = Callback::from(move |_: MouseEvent| {
        let refresh = refresh.clone();
        storage_persist::request(move |_| refresh());
    });
    html! {
        <>
            if let Some(kept) = kept {
                <p id="storage-kept">{ t(lang, kept) }</p>
            }
            if let Some(used) = status.usage_bytes {
                <p class="muted" id="storage-used">{ t(lang, used_text(used)) }</p>
            }
            if status.persistent == Some(false) {
                <div class="button-row">
                    <button class="button" onclick={on_ask}>{ t(lang, Msg::SettingsStorageAsk) }</button>
                </div>
            }
        </>
    }
}

/// Where her data lives, the notice she read, and erasing everything (confirmed).
#[component]
pub fn DataCard() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let confirming = use_state(|| false);
    let store = use_context::<Store>();
    let kept = store.as_ref().map_or(0, Store::kept_copies);
    // The physiotherapist's saved routines live under their own key, and go too.
    let builder = store
        .as_ref()
        .map_or(0, |s| s.physio_library().library().len());
    let what_goes = t(lang, what_goes(&state.data, kept, builder));
    let storage_text = match state.mode {
        SaveMode::Persist => Msg::SettingsDataPersist,
        SaveMode::MemoryOnly => Msg::SettingsDataMemory,
    };
    let persisting = state.mode == SaveMode::Persist;
    let notice_text = state.data.notice.map(|ack| {
        let day = local_day(ack.at_ms, clock::utc_offset_min(ack.at_ms));
        t(
            lang,
            Text::new(Msg::SettingsDataNotice).with("date", When::DayYear(day)),
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
                <p id="erase-q"><strong>{ t(lang, Msg::SettingsEraseQuestion) }</strong></p>
                <p>{ &what_goes }</p>
                <p>{ t(lang, Msg::SettingsEraseUndo) }</p>
                <div class="button-row">
                    <button class="button button--danger" onclick={on_yes}>{ t(lang, Msg::SettingsEraseYes) }</button>
                    <button class="button" onclick={on_no}>{ t(lang, Msg::SettingsEraseNo) }</button>
                </div>
            </div>
        }
    } else {
        let confirming = confirming.clone();
        let on_erase = Callback::from(move |_: MouseEvent| confirming.set(true));
        html! { <button class="button" onclick={on_erase}>{ t(lang, Msg::SettingsErase) }</button> }
    };
    html! {
        <div class="card">
            <h2>{ t(lang, Msg::SettingsDataTitle) }</h2>
            <p>{ t(lang, storage_text) }</p>
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
/// records, physio routines, routines saved in the builder, running checks and any copies
/// kept aside (and always her settings).
fn what_goes(data: &AppData, kept: usize, builder: usize) -> Text {
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
        (sessions, Msg::SettingsEraseSessions),
        (reports, Msg::SettingsEraseReports),
        (data.safety.events.len(), Msg::SettingsEraseFlags),
        (data.imported.len(), Msg::SettingsEraseRoutines),
        (builder, Msg::SettingsEraseBuilder),
        (data.run_checks.len(), Msg::SettingsEraseRunChecks),
        (kept, Msg::SettingsEraseCopies),
    ];
    let profile = data
        .profile
        .is_some()
        .then(|| Text::new(Msg::SettingsEraseProfile));
    let parts: Vec<Text> = profile
        .into_iter()
        .chain(
            counts
                .iter()
                .filter(|(n, _)| *n > 0)
                .map(|&(n, msg)| Text::new(msg).with("count", n)),
        )
        .collect();
    let mut text = Text::new(Msg::SettingsEraseWhat).with("count", parts.len());
    for (name, part) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .into_iter()
        .zip(parts)
    {
        text = text.with(name, part);
    }
    text
}
