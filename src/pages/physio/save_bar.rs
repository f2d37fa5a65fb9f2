//! Saving the routine being built in the physiotherapist's saved routines: whether it is
//! saved, changed since, or not saved yet; "Save changes" to the one that is open, or
//! save it as a new one. The routine is saved under its name (the "Name" field).

use std::rc::Rc;

use yew::prelude::*;

use super::draft::Draft;
use super::shelf::{change, Shelf};
use crate::domain::physio_library::MAX_SAVED;
use crate::domain::share::SharedRoutine;
use crate::domain::text::{Msg, Text};
use crate::hooks::use_lang::{t, use_lang};
use crate::web::clock::now_ms;
use crate::web::storage::Store;

#[derive(Properties, PartialEq)]
pub struct SaveBarProps {
    pub draft: Rc<Draft>,
    pub shelf: UseStateHandle<Shelf>,
}

/// Where the routine being built stands against her saved routines.
enum Standing {
    /// Not saved yet (or nothing to save).
    New,
    Saved(String),
    Changed(String),
}

#[component]
pub fn SaveBar(props: &SaveBarProps) -> Html {
    let lang = use_lang();
    let store = use_context::<Store>();
    // What the last save did: the sentence, and whether it went wrong.
    let said = use_state(|| None::<(Text, bool)>);
    let shelf = &props.shelf;
    let built = props.draft.build_text().ok();
    let standing = match (shelf.opened(), &built) {
        (Some(s), Some(r)) if s.routine == *r => {
            Standing::Saved(s.routine.name.as_str().to_owned())
        }
        (Some(s), _) => Standing::Changed(s.routine.name.as_str().to_owned()),
        (None, _) => Standing::New,
    };
    let save = |as_new: bool| {
        let (shelf, said, store) = (shelf.clone(), said.clone(), store.clone());
        let built = built.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(routine) = built.clone() {
                said.set(Some(save_now(store.as_ref(), &shelf, routine, as_new)));
            }
        })
    };
    let status = match &standing {
        Standing::New => Text::new(Msg::DeskStateNew),
        Standing::Saved(name) => Text::new(Msg::DeskStateSaved).with("name", name.as_str()),
        Standing::Changed(name) => Text::new(Msg::DeskStateChanged).with("name", name.as_str()),
    };
    let can = shelf.can_save && built.is_some();
    let full = shelf.lib.is_full();
    html! {
        <div class="card no-print desk__save">
            <p class="desk__save-status">{ t(lang, status) }</p>
            <div class="button-row">
                if matches!(standing, Standing::Changed(_)) {
                    <button type="button" class="button button--primary" disabled={!can} onclick={save(false)}>{ t(lang, Msg::DeskSaveChanges) }</button>
                }
                if matches!(standing, Standing::New) {
                    <button type="button" class="button button--primary" disabled={!can || full} onclick={save(true)}>{ t(lang, Msg::DeskSaveNew) }</button>
                } else {
                    <button type="button" class="button" disabled={!can || full} onclick={save(true)}>{ t(lang, Msg::DeskSaveCopy) }</button>
                }
            </div>
            if let Some(problem) = shelf.problem {
                <p class="muted">{ t(lang, problem) }</p>
            }
            // A save that went wrong shows why; one that worked is only said (the
            // standing above already shows it).
            <p class={classes!("desk__said", if said.as_ref().is_some_and(|s| s.1) { "form__error" } else { "visually-hidden" })} role="status">
                { said.as_ref().map(|(text, _)| t(lang, text.clone())).unwrap_or_default() }
            </p>
        </div>
    }
}

/// Saves `routine` (over the open one, or as a new one) and updates the shelf; what to
/// say, and whether it went wrong.
fn save_now(
    store: Option<&Store>,
    shelf: &UseStateHandle<Shelf>,
    routine: SharedRoutine,
    as_new: bool,
) -> (Text, bool) {
    let name = routine.name.as_str().to_owned();
    let open = shelf.open.filter(|_| !as_new);
    let now = now_ms();
    let result = change(store, move |lib| match open {
        Some(id) if lib.update(id, routine.clone(), now) => Ok(id),
        _ if lib.is_full() => Err(Text::new(Msg::DeskSaveFull).with("max", MAX_SAVED)),
        _ => Ok(lib.save_new(routine, now)),
    });
    match result {
        Ok((lib, id)) => {
            shelf.set(shelf.with(lib, Some(id)));
            (Text::new(Msg::DeskSaveDone).with("name", name), false)
        }
        Err(why) => (why, true),
    }
}
