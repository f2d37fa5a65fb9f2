//! One saved routine in "Your saved routines": its name and size, whether it is open in
//! the builder, and its buttons: open, duplicate, rename (a name box in place) and
//! delete (after asking). It says what is wanted; the list does it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::confirm::Confirm;
use crate::domain::physio_library::SavedRoutine;
use crate::domain::routine::RoutineName;
use crate::domain::text::{Msg, Text};
use crate::domain::wording::frequency_text;
use crate::hooks::use_lang::{t, use_lang};

/// What she asked for, for one saved routine (carrying the name it is done under).
#[derive(Clone, Debug, PartialEq)]
pub enum Want {
    Open,
    Duplicate(RoutineName),
    Rename(RoutineName),
    Delete(RoutineName),
}

#[derive(Properties, PartialEq)]
pub struct SavedRowProps {
    pub saved: Rc<SavedRoutine>,
    /// Open in the builder now.
    pub open: bool,
    pub on_want: Callback<(i64, Want)>,
    /// A question shown in place of the buttons (replacing unsaved work).
    #[prop_or_default]
    pub question: Option<Html>,
}

/// Which of the row's own steps is showing.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    Buttons,
    Renaming,
    Deleting,
}

#[component]
pub fn SavedRow(props: &SavedRowProps) -> Html {
    let lang = use_lang();
    let step = use_state_eq(|| Step::Buttons);
    let r = &props.saved.routine;
    let name = r.name.clone();
    let id = props.saved.id;
    let want = |w: Want| {
        let (on_want, step) = (props.on_want.clone(), step.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(Step::Buttons);
            on_want.emit((id, w.clone()))
        })
    };
    let go = |s: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(s))
    };
    let named = |msg| t(lang, Text::new(msg).with("name", name.as_str()));
    let meta = Text::new(Msg::DeskSavedMeta)
        .with("exercises", r.exercises.len())
        .with("frequency", frequency_text(r.frequency))
        .with("weeks", r.weeks);
    let body = match *step {
        Step::Deleting => html! {
            <Confirm question={named(Msg::DeskDeleteAsk)} yes={t(lang, Msg::DeskDeleteYes)} no={t(lang, Msg::DeskDeleteNo)}
                on_yes={want(Want::Delete(name.clone()))} on_no={go(Step::Buttons)} />
        },
        Step::Renaming => {
            let on_done = {
                let (on_want, step) = (props.on_want.clone(), step.clone());
                Callback::from(move |new: RoutineName| {
                    step.set(Step::Buttons);
                    on_want.emit((id, Want::Rename(new)));
                })
            };
            html! { <RenameForm {id} name={name.clone()} {on_done} on_cancel={go(Step::Buttons)} /> }
        }
        Step::Buttons => html! {
            <div class="saved__buttons">
                <button type="button" class="button button--quiet" aria-label={named(Msg::DeskOpenNamed)} onclick={want(Want::Open)}>{ t(lang, Msg::DeskOpen) }</button>
                <button type="button" class="button button--quiet" aria-label={named(Msg::DeskDuplicateNamed)} onclick={want(Want::Duplicate(name.clone()))}>{ t(lang, Msg::DeskDuplicate) }</button>
                <button type="button" class="button button--quiet" aria-label={named(Msg::DeskRenameNamed)} onclick={go(Step::Renaming)}>{ t(lang, Msg::DeskRename) }</button>
                <button type="button" class="button button--quiet" aria-label={named(Msg::DeskDeleteNamed)} onclick={go(Step::Deleting)}>{ t(lang, Msg::DeskDelete) }</button>
            </div>
        },
    };
    html! {
        <li class={classes!("saved__item", props.open.then_some("saved__item--open"))}>
            <p class="saved__name">
                <strong>{ name.as_str() }</strong>
                if props.open {
                    <span class="badge">{ t(lang, Msg::DeskSavedOpenNow) }</span>
                }
            </p>
            <p class="muted saved__meta">{ t(lang, meta) }</p>
            { props.question.clone().unwrap_or(body) }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct RenameFormProps {
    id: i64,
    name: RoutineName,
    on_done: Callback<RoutineName>,
    on_cancel: Callback<MouseEvent>,
}

/// The name box in place of the row's buttons: focused and selected when it opens; a
/// name the routine cannot take says what it may be.
#[component]
fn RenameForm(props: &RenameFormProps) -> Html {
    let lang = use_lang();
    let name_box = use_node_ref();
    let bad_name = use_state_eq(|| false);
    {
        let name_box = name_box.clone();
        use_effect_with((), move |_| {
            if let Some(input) = name_box.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let onsubmit = {
        let (on_done, name_box, bad_name) =
            (props.on_done.clone(), name_box.clone(), bad_name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = name_box
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            match RoutineName::new(&typed) {
                Some(new) => on_done.emit(new),
                None => bad_name.set(true),
            }
        })
    };
    let box_id = format!("rename-{}", props.id);
    let label = Text::new(Msg::DeskRenameLabel).with("name", props.name.as_str());
    html! {
        <form class="saved__rename" {onsubmit}>
            <label class="form__label" for={box_id.clone()}>{ t(lang, label) }</label>
            <input id={box_id} ref={name_box} class="form__input" value={props.name.as_str().to_owned()}
                maxlength={RoutineName::MAX_CHARS.to_string()} aria-invalid={bad_name.to_string()} />
            if *bad_name {
                <p class="form__error">{ t(lang, Text::new(Msg::PhysioNeedName).with("max", RoutineName::MAX_CHARS)) }</p>
            }
            <div class="button-row">
                <button type="submit" class="button button--primary">{ t(lang, Msg::DeskRename) }</button>
                <button type="button" class="button" onclick={props.on_cancel.clone()}>{ t(lang, Msg::DeskCancel) }</button>
            </div>
        </form>
    }
}
