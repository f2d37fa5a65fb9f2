//! "A new version is ready": offered only while no routine is running and not in the
//! player (whose "All done" screen still has her report to fill in), so an update never
//! interrupts a session. Also where the service worker is registered (once, when the
//! shell mounts).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::web::service_worker;

#[component]
pub fn UpdatePrompt() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let waiting = use_state(|| false);
    {
        let waiting = waiting.setter();
        use_effect_with((), move |_| {
            service_worker::register(move || waiting.set(true));
        });
    }
    let updating = use_state(|| false);
    let in_player = use_route::<Route>() == Some(Route::Player);
    if !*waiting || state.data.active.is_some() || in_player {
        return html! {};
    }
    let on_reload = {
        let updating = updating.clone();
        Callback::from(move |_: MouseEvent| {
            updating.set(true);
            service_worker::activate_waiting();
        })
    };
    html! {
        <section class="notices update-prompt" aria-live="polite" aria-label={t(lang, Msg::TodayUpdateLabel)}>
            <div class="notices__list">
                <div class="card card--accent">
                    <p>{ t(lang, Msg::TodayUpdateReady) }</p>
                    <div class="button-row">
                        <button class="button button--primary" onclick={on_reload} disabled={*updating}>
                            { t(lang, if *updating { Msg::TodayUpdateUpdating } else { Msg::TodayUpdateReload }) }
                        </button>
                    </div>
                </div>
            </div>
        </section>
    }
}
