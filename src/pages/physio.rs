//! For physiotherapists: build a routine for a patient and share it as a link, a QR
//! code or a printed sheet. The link carries the whole routine; nothing is uploaded.
//!
//! The draft and its edits are plain Rust (`draft`); this page holds it in a reducer,
//! keeps every valid version in the app state, and lays out the pieces: the routine's
//! fields, the chosen exercises, the picker and the output.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::share::MAX_EXERCISES;
use crate::domain::text::{Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;

pub mod choices;
pub mod dose_part;
pub mod draft;
mod item_editor;
mod output;
mod picker;
mod routine_card;

use draft::{BuilderAction, Draft};
use item_editor::ItemEditor;
use output::Output;
use picker::Picker;
use routine_card::RoutineCard;

impl Reducible for Draft {
    type Action = BuilderAction;

    fn reduce(self: Rc<Self>, action: BuilderAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

#[component]
pub fn Physio() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    // A new routine starts with a name in the app's language (the physiotherapist may
    // change it; once typed it is hers, shown as written).
    let draft = use_reducer(|| match state.data.physio_draft.as_ref() {
        Some(saved) => Draft::from_saved(Some(saved)),
        None => Draft {
            name: t(lang, Msg::PhysioRoutineDefaultName),
            ..Draft::default()
        },
    });
    let on_edit = {
        let dispatcher = draft.dispatcher();
        use_callback((), move |action: BuilderAction, _| {
            dispatcher.dispatch(action)
        })
    };
    // Every valid change is kept, so a closed tab loses nothing.
    {
        let state = state.clone();
        use_effect_with((*draft).clone(), move |draft| {
            if let Some(keep) = draft.to_keep(state.data.physio_draft.as_ref()) {
                state.dispatch(Action::SaveDraft(keep.map(Box::new)));
            }
        });
    }
    let current = Rc::new((*draft).clone());
    let count = draft.items.len();
    let items = draft.items.iter().enumerate().map(|(index, item)| {
        html! {
            <ItemEditor key={item.id.to_string()} {index} item={item.clone()}
                last={index + 1 == count} on_edit={on_edit.clone()} />
        }
    });
    let on_clear = {
        let dispatcher = draft.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(BuilderAction::Clear);
            dispatcher.dispatch(BuilderAction::SetName(t(
                lang,
                Msg::PhysioRoutineDefaultName,
            )));
        })
    };
    let built = draft
        .build_text()
        .map(Rc::new)
        .map_err(|why| AttrValue::from(t(lang, why)));

    html! {
        <section class="page builder" aria-labelledby="physio-title">
            <h1 id="physio-title">{ t(lang, Msg::PhysioTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::PhysioLead) }</p>
            <RoutineCard draft={current.clone()} on_edit={on_edit.clone()} />
            <div class="card no-print">
                <h2>{ t(lang, Text::new(Msg::PhysioExercisesTitle).with("count", count).with("max", MAX_EXERCISES)) }</h2>
                if draft.items.is_empty() {
                    <p class="muted">{ t(lang, Msg::PhysioExercisesEmpty) }</p>
                }
                <ol class="builder__items">{ for items }</ol>
                if !draft.items.is_empty() {
                    <button class="button button--quiet" onclick={on_clear}>{ t(lang, Msg::PhysioNewRoutine) }</button>
                }
            </div>
            <Picker draft={current} {on_edit} />
            <Output {built} />
        </section>
    }
}
