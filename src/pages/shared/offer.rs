//! A physiotherapist's routine, offered: the preview, the clearance she must confirm
//! for exercises above her stage, and her choice (her plan, alongside it, or an update
//! of the copy she has). Nothing is saved until she chooses.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::handout::Handout;
use crate::components::shared_view::SharedPreview;
use crate::domain::catalog::Catalog;
use crate::domain::imported::{above_stage, stage_for_import, ImportedRoutine};
use crate::domain::share::SharedRoutine;
use crate::domain::text::{Lang, Msg};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::Action;
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct OfferProps {
    pub routine: Rc<SharedRoutine>,
}

#[component]
pub fn Offer(props: &OfferProps) -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let saved = use_state(|| None::<Msg>);
    let cleared = use_state(|| false);
    let routine = &*props.routine;
    let stage = stage_for_import(
        state.data.profile.as_ref(),
        state.clock.now_ms,
        state.clock.offset_min,
    );
    let flagged = above_stage(routine, Catalog::builtin(), &stage, &state.data.thresholds);
    let existing = state
        .data
        .imported
        .iter()
        .find(|i| i.same_source(routine))
        .cloned();
    let needs_ok = !flagged.is_empty() && !*cleared;
    let confirm = |as_plan: bool, label: Msg| {
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
            <h1 id="shared-title">{ t(lang, Msg::PhysioOfferTitle) }</h1>
            if let Some(done) = *saved {
                { saved_note(lang, done) }
            } else {
                <p class="page__lead">{ t(lang, Msg::PhysioOfferLead) }</p>
            }
            <div class="card"><SharedPreview routine={props.routine.clone()} flagged={flagged.clone()} /></div>
            <Handout routine={props.routine.clone()} />
            if saved.is_none() {
                if !flagged.is_empty() {
                    <div class="callout" role="note">
                        <p>{ t(lang, Msg::PhysioOfferLaterStage) }</p>
                        <label class="choice" for="cleared">
                            <input id="cleared" type="checkbox" checked={*cleared} onchange={on_cleared} />
                            <span>{ t(lang, Msg::PhysioOfferCleared) }</span>
                        </label>
                    </div>
                }
                <div class="action-bar button-stack">
                    if let Some(old) = existing {
                        <p>{ t(lang, Msg::PhysioOfferSameSource) }</p>
                        <button class="button button--primary button--wide" disabled={needs_ok} onclick={confirm(old.as_plan, Msg::PhysioOfferSavedUpdate)}>{ t(lang, Msg::PhysioOfferUpdate) }</button>
                    } else {
                        <button class="button button--primary button--wide" disabled={needs_ok} onclick={confirm(true, Msg::PhysioOfferSavedPlan)}>{ t(lang, Msg::PhysioOfferPlan) }</button>
                        <button class="button button--wide" disabled={needs_ok} onclick={confirm(false, Msg::PhysioOfferSavedAlongside)}>{ t(lang, Msg::PhysioOfferAlongside) }</button>
                    }
                </div>
            }
        </>
    }
}

/// What was saved, the reminder that the safety check still comes first, and the way
/// to Today.
fn saved_note(lang: Lang, done: Msg) -> Html {
    html! {
        <div class="callout" role="status">
            <p><strong>{ t(lang, done) }</strong>{ format!(" {}", t(lang, Msg::PhysioOfferSafety)) }</p>
            <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ t(lang, Msg::PhysioOfferToday) }</Link<Route>>
        </div>
    }
}
