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
use yew_router::Routable;

use crate::components::not_found::NotFound;
use crate::domain::start::Start;
use crate::route::Route;

/// The pages a build serves: the mothers' app (`APP`, `index.html`) or the
/// physiotherapist's desk (`DESK`, `desk.html`), each its own wasm, so a mother's phone
/// never downloads the desk; tests serve `EVERY` page in one. Each file hands the other's
/// routes over to it by loading it.
#[derive(Clone, Copy)]
pub struct Pages {
    /// The page for a route (for a route it does not serve: loading the other file).
    pub render: fn(Route) -> Html,
    /// Whether the route is one of its own pages (the first-run notice is shown only on
    /// those; the others go straight to their file).
    pub serves: fn(&Route) -> bool,
}

impl PartialEq for Pages {
    /// A build serves one set of pages for its whole life.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub const APP: Pages = Pages {
    render: app,
    serves: |route| *route != Route::Physio,
};

pub const DESK: Pages = Pages {
    render: desk,
    serves: |route| *route == Route::Physio,
};

pub const EVERY: Pages = Pages {
    render: every,
    serves: |_| true,
};

/// The mothers' app: every page but the desk, which is loaded from `desk.html`.
fn app(route: Route) -> Html {
    match route {
        Route::Physio => html! { <Elsewhere href={AttrValue::Static(DESK_PAGE)} /> },
        route => common(route),
    }
}

/// The physiotherapist's desk: the builder; any other route is the app's, in `index.html`.
fn desk(route: Route) -> Html {
    match route {
        Route::Physio => html! { <physio::Physio /> },
        route => html! { <Elsewhere href={AttrValue::from(format!("./#{}", route.to_path()))} /> },
    }
}

/// Every page in one (for tests, which mount the app without its files).
fn every(route: Route) -> Html {
    match route {
        Route::Physio => html! { <physio::Physio /> },
        route => common(route),
    }
}

/// The desk's address, from the app's.
const DESK_PAGE: &str = "desk.html#/physio";

#[derive(Properties, PartialEq)]
struct ElsewhereProps {
    href: AttrValue,
}

/// Loads the page for a route the other file serves (in place of this one in history).
#[component]
fn Elsewhere(props: &ElsewhereProps) -> Html {
    use_effect_with(props.href.clone(), |href| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(href);
        }
    });
    html! { <div class="skeleton skeleton--title" aria-busy="true"></div> }
}

/// Renders the page for a route both files serve.
fn common(route: Route) -> Html {
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
        // Served by `app` or `desk` themselves.
        Route::Physio => html! { <NotFound /> },
        Route::Running => html! { <running::Running /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
