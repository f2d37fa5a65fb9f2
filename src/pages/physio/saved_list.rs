//! "Your saved routines": each one to open in the builder, duplicate, rename or delete
//! (after asking), and all of them exported to a file or a colleague's file imported.
//! Every change goes through `shelf::change`; a refused one changes nothing and says why.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::confirm::Confirm;
use super::draft::{BuilderAction, Draft};
use super::saved_row::{SavedRow, Want};
use super::shelf::{change, Shelf};
use crate::domain::physio_library::{self, LibraryError, MAX_BYTES};
use crate::domain::routine::RoutineName;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};
use crate::web::clock::{now_ms, utc_offset_min};
use crate::web::files::{self, ReadError};
use crate::web::storage::Store;

#[derive(Properties, PartialEq)]
pub struct SavedListProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
    pub shelf: UseStateHandle<Shelf>,
    /// Said once a saved routine is in the builder.
    pub on_loaded: Callback<Text>,
}

/// What was last done here: the sentence, and whether it went wrong.
type Said = Option<(Text, bool)>;

#[component]
pub fn SavedList(props: &SavedListProps) -> Html {
    let lang = use_lang();
    let store = use_context::<Store>();
    let said = use_state(|| None::<(Text, bool)>);
    // The routine waiting for "replace the routine you are building?".
    let asking = use_state_eq(|| None::<i64>);
    let shelf = &props.shelf;
    let input = use_node_ref();
    let open = opener(props, &asking);
    let on_want = {
        let (store, shelf, said, open, asking) = (
            store.clone(),
            shelf.clone(),
            said.clone(),
            open.clone(),
            asking.clone(),
        );
        let (would_lose, on_edit) = (shelf.would_lose(&props.draft), props.on_edit.clone());
        Callback::from(move |(id, want): (i64, Want)| match want {
            Want::Open if would_lose => asking.set(Some(id)),
            Want::Open => open.emit(id),
            want => said.set(Some(apply(
                lang,
                store.as_ref(),
                &shelf,
                id,
                want,
                &on_edit,
            ))),
        })
    };
    let rows = shelf.lib.routines.iter().map(|saved| {
        let question = (*asking == Some(saved.id)).then(|| {
            let (id, asking) = (saved.id, asking.clone());
            html! {
                <Confirm question={t(lang, Text::new(Msg::DeskReplaceAsk).with("count", props.draft.items.len()))}
                    yes={t(lang, Msg::DeskReplaceYes)} no={t(lang, Msg::DeskReplaceNo)}
                    on_yes={open.reform(move |_: MouseEvent| id)} on_no={Callback::from(move |_| asking.set(None))} />
            }
        });
        html! {
            <SavedRow key={saved.id.to_string()} saved={Rc::new(saved.clone())} open={shelf.open == Some(saved.id)}
                on_want={on_want.clone()} {question} />
        }
    });
    let on_picked = picked(input.clone(), store.clone(), shelf.clone(), said.clone());
    html! {
        <section class="card no-print desk__panel" aria-labelledby="saved-title">
            <h2 id="saved-title">{ t(lang, Msg::DeskSavedTitle) }</h2>
            <p class="muted">{ t(lang, Msg::DeskSavedLead) }</p>
            if let Some(problem) = shelf.problem {
                <div class="callout callout--stop" role="alert"><p>{ t(lang, problem) }</p></div>
            }
            <input ref={input.clone()} type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1"
                aria-label={t(lang, Msg::DeskImportFileLabel)} onchange={on_picked} />
            { exchange(lang, shelf, input, said.clone()) }
            <p class={classes!("desk__said", said.as_ref().is_some_and(|s| s.1).then_some("form__error"))} role="status">
                { said.as_ref().map(|(text, _)| t(lang, text.clone())).unwrap_or_default() }
            </p>
            if shelf.lib.is_empty() {
                <p>{ t(lang, Msg::DeskSavedEmpty) }</p>
            }
            <ul class="saved">{ for rows }</ul>
        </section>
    }
}

/// Opens a saved routine in the builder (the question, if any, answered).
fn opener(props: &SavedListProps, asking: &UseStateHandle<Option<i64>>) -> Callback<i64> {
    let (on_edit, shelf, on_loaded, asking) = (
        props.on_edit.clone(),
        props.shelf.clone(),
        props.on_loaded.clone(),
        asking.clone(),
    );
    Callback::from(move |id: i64| {
        if let Some(saved) = shelf.lib.get(id) {
            on_edit.emit(BuilderAction::Load(Box::new(saved.routine.clone())));
            let name = saved.routine.name.as_str().to_owned();
            shelf.set(Shelf {
                open: Some(id),
                ..(*shelf).clone()
            });
            asking.set(None);
            on_loaded.emit(Text::new(Msg::DeskOpened).with("name", name));
        }
    })
}

/// Duplicates, renames or deletes `id`; what to say.
fn apply(
    lang: Lang,
    store: Option<&Store>,
    shelf: &UseStateHandle<Shelf>,
    id: i64,
    want: Want,
    on_edit: &Callback<BuilderAction>,
) -> (Text, bool) {
    let now = now_ms();
    let gone = || Text::new(Msg::DeskGone);
    let result = match &want {
        Want::Duplicate(name) => {
            let copy = Text::new(Msg::DeskCopyName).with("name", name.as_str());
            let copy = RoutineName::new(&t(lang, copy)).unwrap_or_else(|| name.clone());
            let said = Text::new(Msg::DeskDuplicated).with("name", copy.as_str());
            change(store, |lib| {
                lib.duplicate(id, copy, now).map(|_| said).ok_or_else(gone)
            })
        }
        Want::Rename(name) => {
            let said = Text::new(Msg::DeskRenamed).with("name", name.as_str());
            change(store, |lib| {
                lib.rename(id, name.clone(), now)
                    .then_some(said)
                    .ok_or_else(gone)
            })
        }
        Want::Delete(name) => {
            let said = Text::new(Msg::DeskDeleted).with("name", name.as_str());
            change(store, |lib| lib.delete(id).then_some(said).ok_or_else(gone))
        }
        Want::Open => return (gone(), true),
    };
    match result {
        Ok((lib, said)) => {
            let open = shelf.open.filter(|&o| lib.get(o).is_some());
            // A renamed open routine keeps its new name in the builder too.
            if let (Want::Rename(name), Some(o)) = (&want, open) {
                if o == id {
                    on_edit.emit(BuilderAction::SetName(name.as_str().to_owned()));
                }
            }
            shelf.set(shelf.with(lib, open));
            (said, false)
        }
        Err(why) => (why, true),
    }
}

/// "Export all to a file" and "Import a file".
fn exchange(lang: Lang, shelf: &Shelf, input: NodeRef, said: UseStateHandle<Said>) -> Html {
    let on_export = {
        let lib = shelf.lib.clone();
        Callback::from(move |_: MouseEvent| {
            let now = now_ms();
            let name = physio_library::file_name(now, utc_offset_min(now));
            let text = physio_library::export_file(&lib, now);
            said.set(Some(if files::download(&name, &text) {
                (Text::new(Msg::DeskExported).with("name", name), false)
            } else {
                (Text::new(Msg::DeskExportFailed), true)
            }));
        })
    };
    let on_import = Callback::from(move |_: MouseEvent| {
        if let Some(input) = input.cast::<HtmlInputElement>() {
            input.click();
        }
    });
    html! {
        <div class="button-row desk__exchange">
            <button type="button" class="button" disabled={shelf.lib.is_empty()} onclick={on_export}>{ t(lang, Msg::DeskExport) }</button>
            <button type="button" class="button" disabled={!shelf.can_save} onclick={on_import}>{ t(lang, Msg::DeskImport) }</button>
        </div>
    }
}

/// Reads the picked file (its size first) and adds its routines; the input is cleared so
/// the same file can be picked again.
fn picked(
    input: NodeRef,
    store: Option<Store>,
    shelf: UseStateHandle<Shelf>,
    said: UseStateHandle<Said>,
) -> Callback<Event> {
    Callback::from(move |_: Event| {
        let Some(element) = input.cast::<HtmlInputElement>() else {
            return;
        };
        let (store, shelf, said) = (store.clone(), shelf.clone(), said.clone());
        said.set(Some((Text::new(Msg::DeskImportReading), false)));
        wasm_bindgen_futures::spawn_local(async move {
            let read = files::read_picked(&element, MAX_BYTES as u64).await;
            element.set_value("");
            let text = match read {
                None => return said.set(None),
                Some(Err(ReadError::TooLarge { bytes })) => Err(LibraryError::TooLarge {
                    bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                }
                .text()),
                Some(Err(ReadError::Unreadable)) => Err(Text::new(Msg::DeskImportUnreadable)),
                Some(Ok(text)) => Ok(text),
            };
            let now = now_ms();
            let result = text.and_then(|text| {
                change(store.as_ref(), |lib| {
                    physio_library::import_file(lib, &text, now).map_err(|e| e.text())
                })
            });
            said.set(Some(match result {
                Ok((lib, summary)) => {
                    shelf.set(shelf.with(lib, shelf.open));
                    (summary.text(), false)
                }
                Err(why) => (why, true),
            }));
        });
    })
}
