//! One component per route, and the function that picks it.
pub mod check;
pub mod exercise;
pub mod history;
pub mod library;
pub mod physio;
pub mod plan;
pub mod player;
pub mod running;
pub mod settings;
pub mod shared;
pub mod today;

use yew::prelude::*;

use crate::components::not_found::NotFound;
use crate::route::Route;

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Today => html! { <today::Today /> },
        Route::Library => html! { <library::Library /> },
        Route::Exercise { id } => html! { <exercise::ExerciseDetail id={AttrValue::from(id)} /> },
        Route::Check { start } => html! { <check::Check {start} /> },
        Route::Player => html! { <player::Player /> },
        Route::History => html! { <history::History /> },
        Route::Plan => html! { <plan::YourPlan /> },
        Route::Settings => html! { <settings::Settings /> },
        Route::SharedEmpty => html! { <shared::Shared /> },
        Route::Shared { code } => html! { <shared::Shared code={AttrValue::from(code)} /> },
        Route::Physio => html! { <physio::Physio /> },
        Route::Running => html! { <running::Running /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
