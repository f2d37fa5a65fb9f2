//! For physiotherapists: build a routine for a patient and share it as a link, a QR
//! code or a printed sheet. The link carries the whole routine; nothing is uploaded.
//!
//! The draft and its edits are plain Rust (`draft`); this page holds it in a reducer,
//! keeps every valid version in the app state, holds the physiotherapist's saved
//! routines (`shelf`), and lays out the pieces: the routine's fields, the chosen
//! exercises, where to build from (the library, a template, a saved routine), saving,
//! and the output. On a phone they follow one another in one column, in that order; at
//! a desk (CSS, ≥ 1024 px) the library is a pane on the left that stays in view, the
//! routine beside it, and the phone-sized preview with the share panel on the right
//! (below the routine under 1200 px).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::storage::Store;

pub mod choices;
mod confirm;
pub mod dose_part;
pub mod draft;
mod item_editor;
mod items;
mod output;
mod picker;
mod routine_card;
mod save_bar;
mod saved_list;
mod saved_row;
mod shelf;
mod sources;
mod template_list;

use draft::{BuilderAction, Draft};
use items::ChosenList;
use output::Output;
use routine_card::RoutineCard;
use save_bar::SaveBar;
use shelf::Shelf;
use sources::Sources;

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
    // Her saved routines, and which is open in the builder.
    let store = use_context::<Store>();
    let shelf = use_state(|| Shelf::load(store.as_ref(), state.data.physio_draft.as_ref()));
    let current = Rc::new((*draft).clone());
    let on_clear = {
        let dispatcher = draft.dispatcher();
        let shelf = shelf.clone();
        Callback::from(move |_: MouseEvent| {
            shelf.set(Shelf {
                open: None,
                ..(*shelf).clone()
            });
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
            // In the phone's order; the desk places the three parts side by side.
            <div class="desk">
                <div class="desk__routine">
                    <RoutineCard draft={current.clone()} on_edit={on_edit.clone()} />
                    <ChosenList draft={current.clone()} on_edit={on_edit.clone()} {on_clear} />
                </div>
                <div class="desk__library">
                    <Sources draft={current.clone()} {on_edit} shelf={shelf.clone()} />
                </div>
                <div class="desk__output">
                    <SaveBar draft={current} {shelf} />
                    <Output {built} />
                </div>
            </div>
        </section>
    }
}
