//! The page for an address the app does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="page" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{ "Page not found" }</h1>
            <p>{ "This address doesn't lead anywhere in the app. Your saved progress is untouched." }</p>
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Go to Today" }</Link<Route>>
            </div>
        </section>
    }
}
