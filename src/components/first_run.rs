//! The first-run notice: what the app is and is not, acknowledged once and stored with
//! the version of its text.

use yew::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct FirstRunProps {
    /// She has read it: when (ms since the epoch).
    pub on_accept: Callback<i64>,
}

/// The notice itself; what accepting does is the caller's (the app keeps it in her
/// data; the first visit's page keeps it beside her data for the app, `first_visit`).
#[component]
pub fn FirstRun(props: &FirstRunProps) -> Html {
    let lang = use_lang();
    let on_acknowledge = props.on_accept.reform(|_: MouseEvent| clock::now_ms());
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
