//! Opening a shared link: a routine from a physiotherapist (preview, then her choice
//! to save it) or a patient's progress summary (read-only). Nothing is written until
//! she confirms, and the code is taken out of the address bar once read.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::shared_view::SharedPreview;
use crate::components::summary_view::SummaryView;
use crate::domain::catalog::Catalog;
use crate::domain::imported::{above_stage, ImportedRoutine};
use crate::domain::profile::StageNow;
use crate::domain::share::{decode, Shared as SharedValue};
use crate::hooks::use_app::use_app;
use crate::route::Route;
use crate::state::Action;
use crate::web::{clock, share_api};

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    /// The code from the link's fragment (empty once it has been read).
    #[prop_or_default]
    pub code: AttrValue,
}

#[component]
pub fn Shared(props: &SharedProps) -> Html {
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
    let saved = use_state(|| None::<&'static str>);
    let cleared = use_state(|| false);

    let body = match &*decoded {
        None => html! {
            <>
                <h1 id="shared-title">{ "Nothing to open" }</h1>
                <p>{ "Open the link or scan the QR code your physiotherapist gave you, and the routine appears here." }</p>
            </>
        },
        Some(Err(e)) => html! {
            <>
                <h1 id="shared-title">{ "This link can't be opened" }</h1>
                <div class="callout callout--stop" role="alert">
                    <p>{ sentence(&e.to_string()) }</p>
                    <p>{ "Nothing has been saved or changed. Ask for the link again, or check that all of it was copied." }</p>
                </div>
            </>
        },
        Some(Ok(SharedValue::Summary(summary))) => {
            html! { <SummaryView summary={Rc::new(summary.clone())} /> }
        }
        Some(Ok(SharedValue::Routine(routine))) => {
            let catalog = Catalog::builtin();
            let now = clock::now_ms();
            // Without her details, judge by the most cautious stage.
            let stage = state.data.profile.as_ref().map_or(
                StageNow {
                    weeks: 0,
                    days: 0,
                    caesarean: true,
                    severe_tear: false,
                    girdle_care: false,
                },
                |p| p.stage(now, clock::utc_offset_min(now)),
            );
            let flagged = above_stage(routine, catalog, &stage, &state.data.thresholds);
            let existing = state
                .data
                .imported
                .iter()
                .find(|i| i.same_source(routine))
                .cloned();
            let needs_ok = !flagged.is_empty() && !*cleared;
            let confirm = |as_plan: bool, label: &'static str| {
                let state = state.clone();
                let saved = saved.clone();
                let routine = routine.clone();
                let cleared = !flagged.is_empty();
                Callback::from(move |_: MouseEvent| {
                    state.dispatch(Action::Import(Box::new(ImportedRoutine {
                        routine: routine.clone(),
                        imported_at_ms: clock::now_ms(),
                        as_plan,
                        cleared_above_stage: cleared,
                    })));
                    saved.set(Some(label));
                })
            };
            let on_cleared = {
                let cleared = cleared.clone();
                Callback::from(move |e: Event| {
                    cleared.set(
                        e.target_unchecked_into::<web_sys::HtmlInputElement>()
                            .checked(),
                    )
                })
            };
            html! {
                <>
                    <h1 id="shared-title">{ "A routine from your physiotherapist" }</h1>
                    if let Some(done) = *saved {
                        <div class="callout" role="status">
                            <p><strong>{ done }</strong>{ " Your safety check still comes before every session." }</p>
                            <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Go to Today" }</Link<Route>>
                        </div>
                    } else {
                        <p class="page__lead">{ "Have a look first. Nothing is saved until you choose below." }</p>
                    }
                    <div class="card"><SharedPreview routine={Rc::new(routine.clone())} flagged={flagged.clone()} /></div>
                    if saved.is_none() {
                        if !flagged.is_empty() {
                            <div class="callout" role="note">
                                <p>{ "Some of these exercises are usually for a later stage than where you are now. Only do them if your physiotherapist has checked you and said they suit you." }</p>
                                <label class="choice" for="cleared">
                                    <input id="cleared" type="checkbox" checked={*cleared} onchange={on_cleared} />
                                    <span>{ "My physiotherapist has cleared me for these" }</span>
                                </label>
                            </div>
                        }
                        <div class="action-bar button-stack">
                            if let Some(old) = existing {
                                <p>{ "You already have this routine from the same person. Update your copy to this version?" }</p>
                                <button class="button button--primary button--wide" disabled={needs_ok} onclick={confirm(old.as_plan, "Your copy is updated.")}>{ "Update my copy" }</button>
                            } else {
                                <button class="button button--primary button--wide" disabled={needs_ok} onclick={confirm(true, "Saved as your plan.")}>{ "Make this my plan" }</button>
                                <button class="button button--wide" disabled={needs_ok} onclick={confirm(false, "Saved alongside your plan.")}>{ "Keep it alongside my plan" }</button>
                            }
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <section class="page" aria-labelledby="shared-title">{ body }</section>
    }
}

/// The error's words as a sentence: a capital first letter and a full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}
