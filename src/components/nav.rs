//! The main navigation: a bottom tab bar within thumb reach on phones, a top bar on
//! wider screens. The Today tab carries a small dot while a session of her plan is
//! still to do today (`domain::reminders::due_today`), named for screen readers.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::reminders::due_today;
use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::AppContext;

#[component]
pub fn Nav() -> Html {
    let current = use_route::<Route>();
    let lang = use_lang();
    // Outside the app (a component test) there is no plan, so no mark.
    let due = use_context::<AppContext>()
        .is_some_and(|s| due_today(&s.data, s.clock.now_ms, s.clock.offset_min));
    let tab = |route: Route, label: Msg, icon: &'static str| {
        let active = match (&current, &route) {
            (Some(Route::Exercise { .. }), Route::Library) => true,
            (Some(c), r) => c == r,
            (None, _) => false,
        };
        let marked = due && route == Route::Today;
        html! {
            <li>
                <Link<Route> to={route} classes={classes!("nav__link", active.then_some("nav__link--active"))}>
                    <svg class="nav__icon" viewBox="0 0 24 24" aria-hidden="true"><path d={icon} /></svg>
                    <span aria-current={active.then_some("page")}>
                        { t(lang, label) }
                        if marked {
                            <span class="nav__due" aria-hidden="true"></span>
                            <span class="visually-hidden">{ " " }{ t(lang, Msg::RemindersNavDue) }</span>
                        }
                    </span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <nav class="nav" aria-label={t(lang, Msg::NavLabel)}>
            <ul class="nav__list">
                { tab(Route::Today, Msg::NavToday, "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z") }
                { tab(Route::Library, Msg::NavExercises, "M4 5h16M4 12h16M4 19h10") }
                { tab(Route::History, Msg::NavHistory, "M12 7v5l3 3M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18") }
                { tab(Route::Settings, Msg::NavSettings, "M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8M12 2v3M12 19v3M2 12h3M19 12h3") }
            </ul>
        </nav>
    }
}
