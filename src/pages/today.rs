//! Today: the home screen, where she starts today's routine.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[component]
pub fn Today() -> Html {
    html! {
        <section class="page" aria-labelledby="today-title">
            <h1 id="today-title">{ "Today" }</h1>
            <p class="page__lead">{ "A few minutes of gentle movement, at your own pace." }</p>
            <div class="card">
                <h2>{ "Guided routines are on their way" }</h2>
                <p>{ "Soon this screen will offer a short routine chosen for how many weeks it has been since the birth, with a timer and spoken cues so you don't need to look at the phone." }</p>
                <p>{ "Until then, you can read through every exercise and try any of them." }</p>
            </div>
            <div class="action-bar">
                <Link<Route> to={Route::Library} classes="button button--primary button--wide">
                    { "Browse the exercises" }
                </Link<Route>>
            </div>
        </section>
    }
}
