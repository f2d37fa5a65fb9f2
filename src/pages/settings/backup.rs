//! Keeping a copy: saving everything to a backup file (or sending it with the share
//! sheet), and restoring one: pick a file, see what it holds, then merge it with what is
//! here or replace what is here (kept aside first). A file that is not a backup, is
//! damaged, too large or from a newer app changes nothing and says why.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::backup::{self, preview, Backup, BackupError};
use crate::domain::merge;
use crate::hooks::use_app::use_app;
use crate::state::{Action, AppContext};
use crate::web::files::{self, ReadError};
use crate::web::storage::{BackupRecord, Store};

/// Where a restore stands.
#[derive(Clone, PartialEq)]
enum Restore {
    Idle,
    Reading,
    /// Why the file changed nothing.
    Problem(AttrValue),
    /// A readable backup, waiting for "merge" or "replace".
    Chosen(Rc<Backup>),
    /// "Replace" was chosen; waiting for the confirmation.
    Confirming(Rc<Backup>),
    /// What was done, in sentences.
    Done(Rc<Vec<String>>),
}

#[component]
pub fn BackupCard() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let Some(store) = use_context::<Store>() else {
        return html! {};
    };
    let saved = use_state(|| None::<AttrValue>);
    let restore = use_state(|| Restore::Idle);
    let input = use_node_ref();
    let on_picked = picked(input.clone(), restore.clone());
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    html! {
        <div class="card" id="backup">
            <h2>{ "Keep a copy" }</h2>
            <p>{ "Everything you record stays in this browser. Save a backup file now and then, so a new phone or a cleared browser doesn't take your progress with it." }</p>
            { export_buttons(&state, &store, saved.clone()) }
            if let Some(text) = &*saved {
                <p role="status" class="muted">{ text.clone() }</p>
            }
            <h3>{ "Restore from a backup" }</h3>
            <input ref={input} type="file" accept=".json,application/json" class="visually-hidden"
                aria-label="Backup file" tabindex="-1" onchange={on_picked} />
            { restore_view(&state, &store, &restore, choose) }
        </div>
    }
}

/// "Save a backup file", and "Send the file…" where the share sheet takes files.
fn export_buttons(
    state: &AppContext,
    store: &Store,
    saved: UseStateHandle<Option<AttrValue>>,
) -> Html {
    let make = {
        let (state, store) = (state.clone(), store.clone());
        move || {
            let (now, offset) = (state.clock.now_ms, state.clock.offset_min);
            let text = backup::export(&state.data, now);
            let name = backup::file_name(now, offset);
            let record = BackupRecord {
                exported_ms: Some(now),
                ..store.backup_record()
            };
            (name, text, record, store.clone())
        }
    };
    let on_save = {
        let (make, saved) = (make.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, text, record, store) = make();
            if files::download(&name, &text) {
                store.set_backup_record(record);
                saved.set(Some(AttrValue::from(format!(
                    "Saved as {name}. Keep it somewhere safe, such as your email or a cloud drive."
                ))));
            } else {
                saved.set(Some(AttrValue::from(
                    "This browser would not save the file.",
                )));
            }
        })
    };
    let on_send = Callback::from(move |_: MouseEvent| {
        let (name, text, record, store) = make();
        let saved = saved.clone();
        let sent_text = AttrValue::from(format!("Sent {name}."));
        files::share(&name, &text, move |sent| {
            if sent {
                store.set_backup_record(record);
                saved.set(Some(sent_text));
            }
        });
    });
    html! {
        <div class="button-row">
            <button type="button" class="button button--primary" onclick={on_save}>{ "Save a backup file" }</button>
            if files::can_share_files() {
                <button type="button" class="button" onclick={on_send}>{ "Send the file…" }</button>
            }
        </div>
    }
}

/// Reads the picked file (size first), then the backup in it; the input is cleared so
/// the same file can be picked again.
fn picked(input: NodeRef, restore: UseStateHandle<Restore>) -> Callback<Event> {
    Callback::from(move |_: Event| {
        let Some(element) = input.cast::<HtmlInputElement>() else {
            return;
        };
        let restore = restore.clone();
        restore.set(Restore::Reading);
        wasm_bindgen_futures::spawn_local(async move {
            let read = files::read_picked(&element, backup::MAX_BYTES as u64).await;
            element.set_value("");
            let problem = |e: BackupError| Restore::Problem(AttrValue::from(e.to_string()));
            restore.set(match read {
                None => Restore::Idle,
                Some(Err(ReadError::TooLarge { bytes })) => problem(BackupError::TooLarge {
                    bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                }),
                Some(Err(ReadError::Unreadable)) => Restore::Problem(AttrValue::from(
                    "This browser could not read that file. Nothing has been changed.",
                )),
                Some(Ok(text)) => match backup::read(&text) {
                    Ok(backup) => Restore::Chosen(Rc::new(backup)),
                    Err(e) => problem(e),
                },
            });
        });
    })
}

fn restore_view(
    state: &AppContext,
    store: &Store,
    restore: &UseStateHandle<Restore>,
    choose: Callback<MouseEvent>,
) -> Html {
    let set = |next: Restore| {
        let restore = restore.clone();
        Callback::from(move |_: MouseEvent| restore.set(next.clone()))
    };
    let choose_button = html! {
        <button type="button" class="button" onclick={choose}>{ "Choose a backup file…" }</button>
    };
    match &**restore {
        Restore::Idle => choose_button,
        Restore::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        Restore::Problem(why) => html! {
            <>
                <div class="callout callout--stop" role="alert"><p>{ why.clone() }</p></div>
                { choose_button }
            </>
        },
        Restore::Done(lines) => html! {
            <>
                <div class="callout" role="status">
                    { for lines.iter().map(|l| html! { <p>{ l }</p> }) }
                </div>
                { choose_button }
            </>
        },
        Restore::Chosen(b) => {
            let on_merge = merge_now(state, restore, b);
            html! {
                <div class="restore">
                    { preview_list(state, b) }
                    <p>{ "Merge joins the file's sessions and reports with the ones here; the newer profile and settings are kept. Replace swaps what's here for the file." }</p>
                    <div class="button-row">
                        <button type="button" class="button button--primary" onclick={on_merge}>{ "Merge with what's here" }</button>
                        <button type="button" class="button" onclick={set(Restore::Confirming(b.clone()))}>{ "Replace what's here…" }</button>
                        <button type="button" class="button button--quiet" onclick={set(Restore::Idle)}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
        Restore::Confirming(b) => {
            confirm_replace(state, store, restore, b, set(Restore::Chosen(b.clone())))
        }
    }
}

/// What the file holds, as a short list.
fn preview_list(state: &AppContext, b: &Backup) -> Html {
    let p = preview(b, state.clock.now_ms, state.clock.offset_min);
    html! {
        <>
        <p><strong>{ "In this file:" }</strong></p>
        <dl class="facts" aria-label="What the backup holds">
            { for p.rows().into_iter().map(|(label, value)| html! {
                <div><dt>{ label }</dt><dd>{ value }</dd></div>
            }) }
        </dl>
        </>
    }
}

fn merge_now(
    state: &AppContext,
    restore: &UseStateHandle<Restore>,
    b: &Rc<Backup>,
) -> Callback<MouseEvent> {
    let (state, restore, b) = (state.clone(), restore.clone(), b.clone());
    Callback::from(move |_: MouseEvent| {
        let (mut merged, report) = merge::import(&state.data, &b.data);
        // A routine left running in the file is long over; only one running here stays.
        merged.active = state.data.active.clone();
        state.dispatch(Action::Restore(Box::new(merged)));
        restore.set(Restore::Done(Rc::new(report.lines())));
    })
}

/// "Replace": names what is here, keeps it aside, then restores the file.
fn confirm_replace(
    state: &AppContext,
    store: &Store,
    restore: &UseStateHandle<Restore>,
    b: &Rc<Backup>,
    on_no: Callback<MouseEvent>,
) -> Html {
    let here = preview(
        &Backup {
            exported_at_ms: state.clock.now_ms,
            data: state.data.clone(),
        },
        state.clock.now_ms,
        state.clock.offset_min,
    );
    let on_yes = {
        let (state, store, restore, b) = (state.clone(), store.clone(), restore.clone(), b.clone());
        Callback::from(move |_: MouseEvent| {
            match store.set_aside(&state.data, state.clock.now_ms) {
                Ok(_) => {
                    // A routine left running in the file is long over: not resumed.
                    let mut restored = b.data.clone();
                    restored.active = None;
                    state.dispatch(Action::Restore(Box::new(restored)));
                    restore.set(Restore::Done(Rc::new(vec![
                        "Restored from the backup file.".to_owned(),
                        "What was here before is kept aside in this browser, in case you need it.".to_owned(),
                    ])));
                }
                Err(_) => restore.set(Restore::Problem(AttrValue::from(
                    "Nothing has been changed: this browser could not keep a copy of what's here first. Free some space, or merge instead.",
                ))),
            }
        })
    };
    html! {
        <div class="callout callout--stop" role="alertdialog" aria-labelledby="replace-q">
            <p id="replace-q"><strong>{ "Replace what's here with the backup?" }</strong></p>
            <p>{ format!("This phone has {} They will be replaced by the file's. A copy of them is kept aside in this browser first.", here.summary()) }</p>
            <div class="button-row">
                <button type="button" class="button button--danger" onclick={on_yes}>{ "Yes, replace" }</button>
                <button type="button" class="button" onclick={on_no}>{ "Go back" }</button>
            </div>
        </div>
    }
}
