//! The page for an address the app does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;

#[component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    html! {
        <section class="page" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{ t(lang, Msg::TodayNotFoundTitle) }</h1>
            <p>{ t(lang, Msg::TodayNotFoundBody) }</p>
            <div class="action-bar">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::TodayNotFoundHome) }</Link<Route>>
            </div>
        </section>
    }
}
