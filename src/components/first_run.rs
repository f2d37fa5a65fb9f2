//! The first-run notice: what the app is and is not, acknowledged once and stored with
//! the version of its text.

use yew::prelude::*;

use crate::hooks::use_app::use_app;
use crate::state::Action;
use crate::web::clock;

#[component]
pub fn FirstRun() -> Html {
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
            <h1 id="first-run-title">{ "Before you begin" }</h1>
            <p class="first-run__lead">
                { "Gentle Back guides short, gentle exercises for your back in the months after having a baby." }
            </p>
            <ul class="first-run__points">
                <li>{ "It is a general exercise coach. It does not give medical advice and cannot tell what is causing any pain." }</li>
                <li>{ "Please check with your midwife, doctor or physiotherapist before you start, and especially if you had a caesarean or a complicated birth." }</li>
                <li>{ "Stop any exercise that hurts more than a little, and get help straight away if something feels seriously wrong." }</li>
                <li>{ "Everything you enter stays in this browser on this device. Nothing is sent anywhere." }</li>
            </ul>
            <div class="action-bar">
                <button class="button button--primary button--wide" onclick={on_acknowledge}>
                    { "I understand, let's begin" }
                </button>
            </div>
        </section>
    }
}
