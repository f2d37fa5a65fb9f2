//! Keeping a copy: saving everything to a backup file (or sending it with the share
//! sheet), and restoring one: pick a file, see what it holds, then merge it with what is
//! here or replace what is here (kept aside first). A file that is not a backup, is
//! damaged, too large or from a newer app changes nothing and says why.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::backup::{self, preview, Backup, BackupError};
use crate::domain::merge;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::{Action, AppContext};
use crate::web::files::{self, ReadError};
use crate::web::storage::{BackupRecord, Store};

/// Where a restore stands.
#[derive(Clone, PartialEq)]
enum Restore {
    Idle,
    Reading,
    /// Why the file changed nothing.
    Problem(Text),
    /// A readable backup, waiting for "merge" or "replace".
    Chosen(Rc<Backup>),
    /// "Replace" was chosen; waiting for the confirmation.
    Confirming(Rc<Backup>),
    /// What was done, in sentences.
    Done(Rc<Vec<Text>>),
}

#[component]
pub fn BackupCard() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let Some(store) = use_context::<Store>() else {
        return html! {};
    };
    let saved = use_state(|| None::<Text>);
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
            <h2>{ t(lang, Msg::SettingsBackupTitle) }</h2>
            <p>{ t(lang, Msg::SettingsBackupBody) }</p>
            { export_buttons(lang, &state, &store, saved.clone()) }
            if let Some(text) = &*saved {
                <p role="status" class="muted">{ t(lang, text.clone()) }</p>
            }
            <h3>{ t(lang, Msg::SettingsBackupRestoreTitle) }</h3>
            <input ref={input} type="file" accept=".json,application/json" class="visually-hidden"
                aria-label={t(lang, Msg::SettingsBackupFileLabel)} tabindex="-1" onchange={on_picked} />
            { restore_view(lang, &state, &store, &restore, choose) }
        </div>
    }
}

/// "Save a backup file", and "Send the file…" where the share sheet takes files.
fn export_buttons(
    lang: Lang,
    state: &AppContext,
    store: &Store,
    saved: UseStateHandle<Option<Text>>,
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
                saved.set(Some(Text::new(Msg::SettingsBackupSaved).with("name", name)));
            } else {
                saved.set(Some(Text::new(Msg::SettingsBackupNotSaved)));
            }
        })
    };
    let on_send = Callback::from(move |_: MouseEvent| {
        let (name, text, record, store) = make();
        let saved = saved.clone();
        let sent_text = Text::new(Msg::SettingsBackupSent).with("name", name.clone());
        files::share(&name, &text, move |sent| {
            if sent {
                store.set_backup_record(record);
                saved.set(Some(sent_text));
            }
        });
    });
    html! {
        <div class="button-row">
            <button type="button" class="button button--primary" onclick={on_save}>{ t(lang, Msg::SettingsBackupSave) }</button>
            if files::can_share_files() {
                <button type="button" class="button" onclick={on_send}>{ t(lang, Msg::SettingsBackupSend) }</button>
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
            let problem = |e: BackupError| Restore::Problem(e.text().into());
            restore.set(match read {
                None => Restore::Idle,
                Some(Err(ReadError::TooLarge { bytes })) => problem(BackupError::TooLarge {
                    bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                }),
                Some(Err(ReadError::Unreadable)) => {
                    Restore::Problem(Msg::SettingsBackupUnreadable.into())
                }
                Some(Ok(text)) => match backup::read(&text) {
                    Ok(backup) => Restore::Chosen(Rc::new(backup)),
                    Err(e) => problem(e),
                },
            });
        });
    })
}

fn restore_view(
    lang: Lang,
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
        <button type="button" class="button" onclick={choose}>{ t(lang, Msg::SettingsBackupChoose) }</button>
    };
    match &**restore {
        Restore::Idle => choose_button,
        Restore::Reading => html! { <p role="status">{ t(lang, Msg::SettingsBackupReading) }</p> },
        Restore::Problem(why) => html! {
            <>
                <div class="callout callout--stop" role="alert"><p>{ t(lang, why.clone()) }</p></div>
                { choose_button }
            </>
        },
        Restore::Done(lines) => html! {
            <>
                <div class="callout" role="status">
                    { for lines.iter().map(|l| html! { <p>{ t(lang, l.clone()) }</p> }) }
                </div>
                { choose_button }
            </>
        },
        Restore::Chosen(b) => {
            let on_merge = merge_now(state, restore, b);
            html! {
                <div class="restore">
                    { preview_list(lang, state, b) }
                    <p>{ t(lang, Msg::SettingsBackupMergeOrReplace) }</p>
                    <div class="button-row">
                        <button type="button" class="button button--primary" onclick={on_merge}>{ t(lang, Msg::SettingsBackupMerge) }</button>
                        <button type="button" class="button" onclick={set(Restore::Confirming(b.clone()))}>{ t(lang, Msg::SettingsBackupReplace) }</button>
                        <button type="button" class="button button--quiet" onclick={set(Restore::Idle)}>{ t(lang, Msg::SettingsBackupCancel) }</button>
                    </div>
                </div>
            }
        }
        Restore::Confirming(b) => {
            let back = set(Restore::Chosen(b.clone()));
            confirm_replace(lang, state, store, restore, b, back)
        }
    }
}

/// What the file holds, as a short list.
fn preview_list(lang: Lang, state: &AppContext, b: &Backup) -> Html {
    let p = preview(b, state.clock.now_ms, state.clock.offset_min);
    html! {
        <>
        <p><strong>{ t(lang, Msg::SettingsBackupInFile) }</strong></p>
        <dl class="facts" aria-label={t(lang, Msg::SettingsBackupHoldsLabel)}>
            { for p.rows().into_iter().map(|(label, value)| html! {
                <div><dt>{ t(lang, label) }</dt><dd>{ t(lang, value) }</dd></div>
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
    lang: Lang,
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
                        Msg::SettingsBackupRestored.into(),
                        Msg::SettingsBackupKeptAside.into(),
                    ])));
                }
                Err(_) => restore.set(Restore::Problem(Msg::SettingsBackupNoRoom.into())),
            }
        })
    };
    html! {
        <div class="callout callout--stop" role="alertdialog" aria-labelledby="replace-q">
            <p id="replace-q"><strong>{ t(lang, Msg::SettingsBackupReplaceQuestion) }</strong></p>
            <p>{ t(lang, Text::new(Msg::SettingsBackupReplaceWhat).with("summary", here.summary())) }</p>
            <div class="button-row">
                <button type="button" class="button button--danger" onclick={on_yes}>{ t(lang, Msg::SettingsBackupReplaceYes) }</button>
                <button type="button" class="button" onclick={on_no}>{ t(lang, Msg::SettingsBackupGoBack) }</button>
            </div>
        </div>
    }
}
