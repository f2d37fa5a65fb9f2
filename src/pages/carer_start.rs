//! Before a carer's practice: one "stop if" line for anyone, and Start. Not the
//! postnatal safety check (it asks about bleeding and wounds), and nothing recorded:
//! the practice runs in the normal player and is never saved (`domain::carer`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::session_start::begin;
use crate::components::start_button::routine_now;
use crate::domain::start::Start;
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::web::cues::CueOutput;

#[component]
pub fn CarerStart() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let (Some(cues), Some(navigator)) = (use_context::<CueOutput>(), use_navigator()) else {
        return html! {};
    };
    let Some(routine) = routine_now(&Start::Carer, &state) else {
        return html! {
            <section class="page" aria-labelledby="check-title">
                <h1 id="check-title">{ t(lang, Msg::CarerStartTitle) }</h1>
                <p>{ t(lang, Msg::CarerStartNothing) }</p>
            </section>
        };
    };
    let onclick = Callback::from(move |_: MouseEvent| {
        if begin(routine.clone(), Some(Start::Carer), None, &state, &cues) {
            navigator.push(&Route::Player);
        }
    });
    html! {
        <section class="page check" aria-labelledby="check-title">
            <h1 id="check-title">{ t(lang, Msg::CarerStartTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::CarerStartLead) }</p>
            <div class="callout callout--stop" role="note">
                <p>{ t(lang, Msg::CarerStartStop) }</p>
            </div>
            <div class="action-bar button-stack">
                <button class="button button--primary button--wide" {onclick}>{ t(lang, Msg::CarerStartGo) }</button>
                <Link<Route> to={Route::SharedEmpty} classes="button button--wide">{ t(lang, Msg::CarerBack) }</Link<Route>>
            </div>
        </section>
    }
}
