//! Opening a shared link: a routine from a physiotherapist (preview, then her choice
//! to save it), a patient's progress summary (read-only), or a carer's welcome. Nothing is written until
//! she confirms, and the code is taken out of the address bar once read.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::summary_view::SummaryView;
use crate::domain::share::{decode, Shared as SharedValue};
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::share_api;

mod carer;
mod offer;

use carer::CarerWelcome;
use offer::Offer;

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    /// The code from the link's fragment (empty once it has been read).
    #[prop_or_default]
    pub code: AttrValue,
}

#[component]
pub fn Shared(props: &SharedProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    // The code from the address, or the one that arrived earlier in this tab: the
    // address is cleared once it is read, and the router may show `/shared` again.
    let code = if props.code.is_empty() {
        state.incoming.clone().unwrap_or_default()
    } else {
        props.code.clone()
    };
    let decoded = use_memo(code, |code| (!code.is_empty()).then(|| decode(code)));
    {
        let state = state.clone();
        use_effect_with(props.code.clone(), move |code| {
            if !code.is_empty() {
                state.dispatch(Action::Incoming(code.clone()));
                share_api::forget_fragment("#/shared");
            }
        });
    }
    let body = match &*decoded {
        None => html! {
            <>
                <h1 id="shared-title">{ t(lang, Msg::PhysioOpenNothingTitle) }</h1>
                <p>{ t(lang, Msg::PhysioOpenNothing) }</p>
            </>
        },
        Some(Err(e)) => html! {
            <>
                <h1 id="shared-title">{ t(lang, Msg::PhysioOpenFailedTitle) }</h1>
                <div class="callout callout--stop" role="alert">
                    <p>{ t(lang, e.text()) }</p>
                    <p>{ t(lang, Msg::PhysioOpenFailed) }</p>
                </div>
            </>
        },
        Some(Ok(SharedValue::Summary(summary))) => {
            html! { <SummaryView summary={Rc::new(summary.clone())} /> }
        }
        Some(Ok(SharedValue::Routine(routine))) => {
            html! { <Offer routine={Rc::new(routine.clone())} /> }
        }
        Some(Ok(SharedValue::Carer(carer))) => {
            html! { <CarerWelcome carer={Rc::new(carer.clone())} /> }
        }
    };
    html! {
        <section class="page" aria-labelledby="shared-title">{ body }</section>
    }
}
