//! The plan after a red flag: the guidance again, the explicit way back, and a note
//! to take the calendar reminders down meanwhile.

use yew::prelude::*;

use crate::components::red_flags::Guidance;
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::clock;

use super::reminders::RemindersPausedNote;

/// The plan after a red flag: the guidance again, and the explicit way back.
#[component]
pub fn Paused() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let confirmed = use_state(|| false);
    let tier = state.data.safety.latest().map(|e| e.tier);
    let on_check = {
        let confirmed = confirmed.clone();
        Callback::from(move |e: Event| {
            confirmed.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
        })
    };
    let on_resume = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::ResumePlan {
                at_ms: clock::now_ms(),
            })
        })
    };
    html! {
        <section class="page" aria-labelledby="paused-title">
            <h1 id="paused-title">{ t(lang, Msg::TodayPausedTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::TodayPausedLead) }</p>
            if let Some(tier) = tier {
                <div class="card">
                    <Guidance {tier} profile={state.data.profile.clone()} />
                </div>
            }
            <div class="card">
                <h2>{ t(lang, Msg::TodayPausedCheckedTitle) }</h2>
                <label class="choice" for="checked-ok">
                    <input type="checkbox" id="checked-ok" checked={*confirmed} onchange={on_check} />
                    <span>{ t(lang, Msg::TodayPausedConfirm) }</span>
                </label>
                <button class="button button--primary button--wide" disabled={!*confirmed} onclick={on_resume}>
                    { t(lang, Msg::TodayPausedResume) }
                </button>
            </div>
            <RemindersPausedNote />
        </section>
    }
}
