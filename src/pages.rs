//! One component per route, and the function that picks it.
pub mod carer_start;
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
use crate::domain::start::Start;
use crate::route::Route;

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Today => html! { <today::Today /> },
        Route::Library => html! { <library::Library /> },
        Route::Exercise { id } => html! { <exercise::ExerciseDetail id={AttrValue::from(id)} /> },
        // A carer's practice starts after one line for anyone, not her safety check.
        Route::Check {
            start: Start::Carer,
        } => html! { <carer_start::CarerStart /> },
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
