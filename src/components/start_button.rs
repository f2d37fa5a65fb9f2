//! A start button (a link to the safety check for one kind of start), and the routine
//! a start plays now, from her settled plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::routine::Routine;
use crate::domain::start::{routine_for, Start};
use crate::route::Route;
use crate::state::AppState;

/// The routine `start` plays now, by the app's clock (see `domain::start::routine_for`).
pub fn routine_now(start: &Start, state: &AppState) -> Option<Routine> {
    routine_for(
        start,
        &state.data,
        state.clock.now_ms,
        state.clock.offset_min,
        Catalog::builtin(),
    )
}

/// A link to the safety check for `start`.
#[derive(Properties, PartialEq)]
pub struct StartButtonProps {
    pub start: Start,
    pub label: AttrValue,
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn StartButton(props: &StartButtonProps) -> Html {
    let class = if props.primary {
        "button button--primary button--wide"
    } else {
        "button button--wide"
    };
    html! {
        <Link<Route> to={Route::Check { start: props.start.clone() }} classes={class}>
            { props.label.clone() }
        </Link<Route>>
    }
}
