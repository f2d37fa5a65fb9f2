//! The first-run notice: what the app is and is not, acknowledged once and stored with
//! the version of its text.

use yew::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::clock;

#[component]
pub fn FirstRun() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let on_acknowledge = Callback::from(move |_: MouseEvent| {
        state.dispatch(Action::AcknowledgeNotice {
            at_ms: clock::now_ms(),
        });
    });
    html! {
        <section class="first-run" aria-labelledby="first-run-title">
            <h1 id="first-run-title">{ t(lang, Msg::FirstRunTitle) }</h1>
            <p class="first-run__lead">{ t(lang, Msg::FirstRunLead) }</p>
            <ul class="first-run__points">
                <li>{ t(lang, Msg::FirstRunCoach) }</li>
                <li>{ t(lang, Msg::FirstRunCheck) }</li>
                <li>{ t(lang, Msg::FirstRunStop) }</li>
                <li>{ t(lang, Msg::FirstRunPrivate) }</li>
            </ul>
            <LanguagePicker />
            <div class="action-bar">
                <button class="button button--primary button--wide" onclick={on_acknowledge}>
                    { t(lang, Msg::FirstRunAccept) }
                </button>
            </div>
        </section>
    }
}
