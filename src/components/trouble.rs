//! After "Something's not right" during a session (which stops it at once): one tap
//! says what happened, and a warning sign leads to the red-flag checklist and its
//! guidance, recorded so the plan pauses.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::red_flags::{highlighted, toggle_flag, Guidance, RedFlagList};
use crate::domain::safety::{assess, Assessment, Moment, RedFlag, Tier};
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::Action;
use crate::web::clock;

/// What she is telling us after "Something's not right".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// Nothing said (or "something else"): the usual summary.
    None,
    /// Stopped; waiting for her to say what happened.
    Asking,
    /// The pain got too much.
    Pain,
    /// She noticed a warning sign.
    Flags,
}

#[derive(Properties, PartialEq)]
pub struct WhatHappenedProps {
    pub on_choose: Callback<Trouble>,
}

/// The session has stopped; one tap says what happened.
#[component]
pub fn WhatHappened(props: &WhatHappenedProps) -> Html {
    let lang = use_lang();
    let choose = |next: Trouble| props.on_choose.reform(move |_: MouseEvent| next);
    html! {
        <section class="page" aria-labelledby="trouble-title">
            <h1 id="trouble-title">{ t(lang, Msg::SessionTroubleTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::SessionTroubleSaved) }</p>
            <div class="button-stack">
                <button class="button button--wide" onclick={choose(Trouble::Pain)}>{ t(lang, Msg::SessionTroublePain) }</button>
                <button class="button button--danger button--wide" onclick={choose(Trouble::Flags)}>{ t(lang, Msg::SessionTroubleFlag) }</button>
                <button class="button button--quiet button--wide" onclick={choose(Trouble::None)}>{ t(lang, Msg::SessionTroubleElse) }</button>
            </div>
        </section>
    }
}

/// The red-flag list during a session, leading to the guidance.
#[component]
pub fn DuringFlags() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let ticked = use_state(Vec::<RedFlag>::new);
    let shown = use_state(|| None::<Tier>);
    if let Some(tier) = *shown {
        return html! {
            <section class="page">
                <Guidance {tier} profile={state.data.profile.clone()} />
                <div class="action-bar">
                    <Link<Route> to={Route::Today} classes="button button--wide">{ t(lang, Msg::SessionBackToday) }</Link<Route>>
                </div>
            </section>
        };
    }
    let on_toggle = toggle_flag(&ticked);
    let highlight = highlighted(state.data.profile.as_ref());
    let on_show = {
        let ticked = ticked.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            if let Assessment::Stop { tier, flags } = assess(&ticked) {
                state.dispatch(Action::RedFlags {
                    flags,
                    moment: Moment::DuringSession,
                    at_ms: clock::now_ms(),
                });
                shown.set(Some(tier));
            }
        })
    };
    html! {
        <section class="page" aria-labelledby="flags-title">
            <h1 id="flags-title">{ t(lang, Msg::SessionTroubleFlagsTitle) }</h1>
            <RedFlagList ticked={(*ticked).clone()} {on_toggle}
                {highlight} />
            <div class="action-bar">
                <button class="button button--danger button--wide" disabled={ticked.is_empty()} onclick={on_show}>
                    { t(lang, Msg::SessionTroubleShow) }
                </button>
            </div>
        </section>
    }
}
