//! Right after onboarding, asks the browser to keep her data (persistent storage) and
//! says why in one sentence, with the browser's answer. Asked once, when her profile is
//! first saved; Settings shows the state afterwards and can ask again.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::web::storage_persist;

/// What the browser said, once asked in this page.
#[derive(Clone, Copy, PartialEq)]
enum Asked {
    Not,
    Waiting,
    Answered(Option<bool>),
    Dismissed,
}

#[component]
pub fn PersistNote() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let has_profile = state.data.profile.is_some();
    let asked = use_state(|| Asked::Not);
    let had_profile = use_mut_ref(|| has_profile);
    {
        let asked = asked.clone();
        use_effect_with(has_profile, move |&has_profile| {
            let first_save = has_profile && !had_profile.replace(has_profile);
            if first_save {
                asked.set(Asked::Waiting);
                let setter = asked.setter();
                storage_persist::request(move |answer| setter.set(Asked::Answered(answer)));
            }
        });
    }
    let in_player = use_route::<Route>() == Some(Route::Player);
    let outcome = match *asked {
        Asked::Not | Asked::Dismissed | Asked::Answered(None) => return html! {},
        _ if in_player => return html! {},
        Asked::Waiting => Msg::TodayPersistAsking,
        Asked::Answered(Some(true)) => Msg::TodayPersistAgreed,
        Asked::Answered(Some(false)) => Msg::TodayPersistRefused,
    };
    let on_dismiss = {
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| asked.set(Asked::Dismissed))
    };
    html! {
        <section class="notices persist-note" aria-live="polite" aria-label={t(lang, Msg::TodayPersistLabel)}>
            <div class="notices__list">
                <div class="card card--accent">
                    <p>{ t(lang, outcome) }</p>
                    <div class="button-row">
                        <button class="button button--quiet" onclick={on_dismiss}>{ t(lang, Msg::TodayPersistDismiss) }</button>
                    </div>
                </div>
            </div>
        </section>
    }
}
