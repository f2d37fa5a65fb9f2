//! The plan after a red flag: the guidance again, and the explicit way back.

use yew::prelude::*;

use crate::components::red_flags::Guidance;
use crate::hooks::use_app::use_app;
use crate::state::Action;
use crate::web::clock;

/// The plan after a red flag: the guidance again, and the explicit way back.
#[component]
pub fn Paused() -> Html {
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
            <h1 id="paused-title">{ "Your plan is paused" }</h1>
            <p class="page__lead">{ "You reported a warning sign, so exercise is on hold until you have been checked." }</p>
            if let Some(tier) = tier {
                <div class="card">
                    <Guidance {tier} profile={state.data.profile.clone()} />
                </div>
            }
            <div class="card">
                <h2>{ "Been checked?" }</h2>
                <label class="choice" for="checked-ok">
                    <input type="checkbox" id="checked-ok" checked={*confirmed} onchange={on_check} />
                    <span>{ "I've been checked by a midwife, doctor or physiotherapist and can continue." }</span>
                </label>
                <button class="button button--primary button--wide" disabled={!*confirmed} onclick={on_resume}>
                    { "Continue my plan" }
                </button>
            </div>
        </section>
    }
}
