//! One chosen exercise in the builder: its place in the order, its dose and its note.
//! Every edit goes to the draft as a `BuilderAction`; the draft checks it. A move (by
//! its buttons or by dragging its handle) goes to the list, which announces it.

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::dose_part::DosePart;
use super::draft::{BuilderAction, Item};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Dose, ExerciseId, Work};
use crate::domain::share::NOTE_MAX_CHARS;
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::dose_text;
use crate::hooks::use_lang::{t, use_lang};

/// The drag's own data type, so a drop into a text box inserts nothing.
const DRAG_TYPE: &str = "application/x-gentle-back-item";

/// Which move button was pressed (it keeps the focus after the move).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
}

impl Dir {
    /// The id of this item's button for `dir`, so focus can follow the item.
    pub fn button_id(self, id: &ExerciseId) -> String {
        let which = match self {
            Dir::Up => "up",
            Dir::Down => "down",
        };
        format!("move-{which}-{}", id.as_str())
    }
}

impl Dir {
    /// The other button (focused instead when this one is disabled at an end).
    pub fn other(self) -> Dir {
        match self {
            Dir::Up => Dir::Down,
            Dir::Down => Dir::Up,
        }
    }
}

/// A move asked for: from, to (final places), and the button pressed, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoveBy {
    pub from: usize,
    pub to: usize,
    pub button: Option<Dir>,
}

/// What an item tells the list about a drag of its handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drag {
    Start(usize),
    /// Over a gap: the one before item `n` (`n` = count: after the last).
    Over(usize),
    Drop,
    End,
}

/// Where the drop indicator is drawn on this item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Before,
    After,
}

#[derive(Properties, PartialEq)]
pub struct ItemEditorProps {
    /// Its place in the routine, from 0.
    pub index: usize,
    pub item: Item,
    pub last: bool,
    pub on_edit: Callback<BuilderAction>,
    pub on_move: Callback<MoveBy>,
    pub on_drag: Callback<Drag>,
    /// Whether one of the list's items is being dragged.
    #[prop_or_default]
    pub dragging: bool,
    /// This item is the one being dragged.
    #[prop_or_default]
    pub lifted: bool,
    #[prop_or_default]
    pub mark: Option<Mark>,
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn ItemEditor(props: &ItemEditorProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let ItemEditorProps {
        index: i,
        item,
        last,
        on_edit,
        on_move,
        ..
    } = props;
    let i = *i;
    let Some(e) = Catalog::builtin_in(lang).get(&item.id) else {
        return Html::default();
    };
    let move_to = |to: usize, dir: Dir| {
        on_move.reform(move |_: MouseEvent| MoveBy {
            from: i,
            to,
            button: Some(dir),
        })
    };
    let on_remove = on_edit.reform(move |_: MouseEvent| BuilderAction::Remove(i));
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
    let class = classes!(
        "builder__item",
        props.lifted.then_some("builder__item--lifted"),
        (props.mark == Some(Mark::Before)).then_some("builder__item--drop-before"),
        (props.mark == Some(Mark::After)).then_some("builder__item--drop-after"),
    );
    let (ondragover, ondrop) = drop_target(i, props.dragging, &node, &props.on_drag);
    html! {
        <li ref={node.clone()} {class} {ondragover} {ondrop}>
            <div class="builder__item-head">
                { handle(lang, i, &node, &props.on_drag) }
                <strong class="builder__item-name">{ format!("{}. {}", i + 1, e.name) }</strong>
                <span class="builder__moves">
                    <button type="button" id={Dir::Up.button_id(&item.id)} class="button button--quiet" aria-label={named(Msg::PhysioMoveUp)} disabled={i == 0} onclick={move_to(i.saturating_sub(1), Dir::Up)}>{ "↑" }</button>
                    <button type="button" id={Dir::Down.button_id(&item.id)} class="button button--quiet" aria-label={named(Msg::PhysioMoveDown)} disabled={*last} onclick={move_to(i + 1, Dir::Down)}>{ "↓" }</button>
                    <button type="button" class="button button--quiet" aria-label={named(Msg::PhysioRemove)} onclick={on_remove}>{ "✕" }</button>
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

/// The drag handle: for a mouse, beside the move buttons (which do the same by keyboard
/// or touch, so the handle is hidden from screen readers). The whole item is the image.
fn handle(lang: Lang, i: usize, node: &NodeRef, on_drag: &Callback<Drag>) -> Html {
    let ondragstart = {
        let (node, on_drag) = (node.clone(), on_drag.clone());
        Callback::from(move |e: DragEvent| {
            if let Some(data) = e.data_transfer() {
                data.set_effect_allowed("move");
                let _ = data.set_data(DRAG_TYPE, &i.to_string());
                if let Some(item) = node.cast::<Element>() {
                    data.set_drag_image(&item, 24, 24);
                }
            }
            on_drag.emit(Drag::Start(i));
        })
    };
    let ondragend = on_drag.reform(|_: DragEvent| Drag::End);
    html! {
        <span class="builder__handle" draggable="true" aria-hidden="true" title={t(lang, Msg::DeskDragTitle)} {ondragstart} {ondragend}>
            <svg viewBox="0 0 12 20" width="12" height="20">
                <circle cx="3" cy="4" r="1.6" /><circle cx="9" cy="4" r="1.6" />
                <circle cx="3" cy="10" r="1.6" /><circle cx="9" cy="10" r="1.6" />
                <circle cx="3" cy="16" r="1.6" /><circle cx="9" cy="16" r="1.6" />
            </svg>
        </span>
    }
}

/// The item as a drop target while one of the list's items is dragged: the gap nearer
/// the pointer (before it, or after it), and the drop.
fn drop_target(
    i: usize,
    dragging: bool,
    node: &NodeRef,
    on_drag: &Callback<Drag>,
) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let over = {
        let (node, on_drag) = (node.clone(), on_drag.clone());
        Callback::from(move |e: DragEvent| {
            if !dragging {
                return;
            }
            e.prevent_default();
            if let Some(data) = e.data_transfer() {
                data.set_drop_effect("move");
            }
            let lower = node.cast::<Element>().is_some_and(|el| {
                let r = el.get_bounding_client_rect();
                f64::from(e.client_y()) > r.top() + r.height() / 2.0
            });
            on_drag.emit(Drag::Over(if lower { i + 1 } else { i }));
        })
    };
    let drop = on_drag.reform(move |e: DragEvent| {
        e.prevent_default();
        Drag::Drop
    });
    let drop = Callback::from(move |e: DragEvent| {
        if dragging {
            drop.emit(e);
        }
    });
    (over, drop)
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
