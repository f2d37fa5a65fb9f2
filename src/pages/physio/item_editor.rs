//! One chosen exercise in the builder: its place in the order, its dose and its note.
//! Every edit goes to the draft as a `BuilderAction`; the draft checks it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::dose_part::DosePart;
use super::draft::{BuilderAction, Item};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Dose, Work};
use crate::domain::share::NOTE_MAX_CHARS;
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::dose_text;
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct ItemEditorProps {
    /// Its place in the routine, from 0.
    pub index: usize,
    pub item: Item,
    pub last: bool,
    pub on_edit: Callback<BuilderAction>,
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn ItemEditor(props: &ItemEditorProps) -> Html {
    let lang = use_lang();
    let ItemEditorProps {
        index: i,
        item,
        last,
        on_edit,
    } = props;
    let i = *i;
    let Some(e) = Catalog::builtin_in(lang).get(&item.id) else {
        return Html::default();
    };
    let act = |action: fn(usize) -> BuilderAction| on_edit.reform(move |_: MouseEvent| action(i));
    let on_note = on_edit.reform(move |e: Event| BuilderAction::SetNote {
        index: i,
        note: input_value(&e),
    });
    let d = item.dose;
    let number = |part, label| dose_number(lang, i, part, label, &d, on_edit);
    let work = match d.work {
        Work::Reps { .. } => html! {
            <>{ number(DosePart::Reps, Msg::PhysioDoseReps) }{ number(DosePart::Hold, Msg::PhysioDoseHold) }</>
        },
        Work::Timed { .. } => number(DosePart::Seconds, Msg::PhysioDoseSeconds),
    };
    let note_id = format!("item-{i}-note");
    let named = |msg| t(lang, Text::new(msg).with("name", e.name.as_str()));
    html! {
        <li class="builder__item">
            <div class="builder__item-head">
                <strong>{ format!("{}. {}", i + 1, e.name) }</strong>
                <span class="builder__moves">
                    <button class="button button--quiet" aria-label={named(Msg::PhysioMoveUp)} disabled={i == 0} onclick={act(BuilderAction::MoveUp)}>{ "↑" }</button>
                    <button class="button button--quiet" aria-label={named(Msg::PhysioMoveDown)} disabled={*last} onclick={act(BuilderAction::MoveDown)}>{ "↓" }</button>
                    <button class="button button--quiet" aria-label={named(Msg::PhysioRemove)} onclick={act(BuilderAction::Remove)}>{ "✕" }</button>
                </span>
            </div>
            <div class="builder__dose">
                { number(DosePart::Sets, Msg::PhysioDoseSets) }
                { work }
                { number(DosePart::Rest, Msg::PhysioDoseRest) }
            </div>
            <p class="muted builder__dose-text">{ t(lang, dose_text(e, &d)) }</p>
            <label class="form__label" for={note_id.clone()}>{ named(Msg::PhysioNoteFor) }</label>
            <input id={note_id} class="form__input" maxlength={NOTE_MAX_CHARS.to_string()} value={item.note.clone()} onchange={on_note} />
        </li>
    }
}

/// A number box for one part of a dose; the draft caps it at what the dose rules allow.
fn dose_number(
    lang: Lang,
    index: usize,
    part: DosePart,
    label: Msg,
    dose: &Dose,
    on_edit: &Callback<BuilderAction>,
) -> Html {
    let id = format!("item-{index}-{}", part_key(part));
    let on_edit = on_edit.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Ok(value) = input_value(&e).trim().parse::<u32>() {
            on_edit.emit(BuilderAction::SetDose { index, part, value });
        }
    });
    html! {
        <div class="builder__field">
            <label for={id.clone()}>{ t(lang, label) }</label>
            <input {id} class="form__input" type="number" inputmode="numeric" min="0" max={part.max(dose).to_string()} value={part.get(dose).to_string()} {onchange} />
        </div>
    }
}

/// The id suffix each part's input has always had.
fn part_key(part: DosePart) -> &'static str {
    match part {
        DosePart::Sets => "sets",
        DosePart::Reps => "reps",
        DosePart::Hold => "hold",
        DosePart::Seconds => "secs",
        DosePart::Rest => "rest",
    }
}
