//! `use_app()`: the app-wide state, for every component that reads or changes it.
//!
//! A component rendered outside `<App>` has no state to show. Instead of a silent blank
//! it renders a visible error (and logs it), so the mistake is seen at once.

use yew::prelude::*;

use crate::domain::text::{Lang, Msg};
use crate::hooks::use_lang::{t, use_lang};
use crate::state::AppContext;

/// The app context, or the visible error to render in its place.
#[hook]
pub fn use_app() -> Result<AppContext, Html> {
    let lang = use_lang();
    use_context::<AppContext>().ok_or_else(|| missing(lang))
}

fn missing(lang: Lang) -> Html {
    web_sys::console::error_1(&"Gentle Back: a component was rendered outside <App>".into());
    html! {
        <p class="callout callout--stop" role="alert">
            { t(lang, Msg::AppBroken) }
        </p>
    }
}
