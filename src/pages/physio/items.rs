//! The chosen exercises, in order: each one's dose and note inline, moved by its
//! buttons (keyboard, touch) or by dragging its handle (mouse), with a drop indicator.
//! Every move is announced in a polite live region, and a button's focus follows its
//! item to its new place.

use std::rc::Rc;

use yew::prelude::*;

use super::draft::{drop_index, BuilderAction, Draft};
use super::item_editor::{Dir, Drag, ItemEditor, Mark, MoveBy};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::ExerciseId;
use crate::domain::share::MAX_EXERCISES;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct ChosenListProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
    /// "Start a new routine".
    pub on_clear: Callback<MouseEvent>,
}

/// A drag in progress: the item lifted and the gap it would drop into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Lifted {
    from: usize,
    gap: Option<usize>,
}

/// The button to focus after a move (the item's, for the way it moved), once the item is
/// at `at`; `times` counts moves, so each move's focus is given once.
#[derive(Clone, Debug, PartialEq, Default)]
struct FocusAfter {
    times: u32,
    at: usize,
    button: Option<(ExerciseId, Dir)>,
}

#[component]
pub fn ChosenList(props: &ChosenListProps) -> Html {
    let lang = use_lang();
    let lifted = use_state_eq(|| None::<Lifted>);
    let said = use_state(String::new);
    let focus = use_state(FocusAfter::default);
    let draft = &props.draft;
    use_focus_follows((*focus).clone(), draft.clone());
    let count = draft.items.len();
    let on_move = mover(lang, draft, &props.on_edit, &said, &focus);
    let on_drag = dragger(&lifted, &on_move);
    let items = draft.items.iter().enumerate().map(|(index, item)| {
        let last = index + 1 == count;
        html! {
            <ItemEditor key={item.id.to_string()} {index} item={item.clone()} {last}
                on_edit={props.on_edit.clone()} on_move={on_move.clone()} on_drag={on_drag.clone()}
                dragging={lifted.is_some()} lifted={lifted.is_some_and(|l| l.from == index)}
                mark={mark(*lifted, index, last)} />
        }
    });
    let title = Text::new(Msg::PhysioExercisesTitle)
        .with("count", count)
        .with("max", MAX_EXERCISES);
    html! {
        <div class="card no-print desk__chosen">
            <h2>{ t(lang, title) }</h2>
            if draft.items.is_empty() {
                <p class="muted">{ t(lang, Msg::PhysioExercisesEmpty) }</p>
            } else {
                <p class="muted desk__hint">{ t(lang, Msg::DeskOrderHint) }</p>
            }
            <ol class="builder__items">{ for items }</ol>
            <p class="visually-hidden" role="status" aria-live="polite">{ (*said).clone() }</p>
            if !draft.items.is_empty() {
                <button type="button" class="button button--quiet" onclick={props.on_clear.clone()}>{ t(lang, Msg::PhysioNewRoutine) }</button>
            }
        </div>
    }
}

/// Moves an item (clamped to the list), says where it went, and asks for the focus to
/// follow it when a button moved it.
fn mover(
    lang: Lang,
    draft: &Rc<Draft>,
    on_edit: &Callback<BuilderAction>,
    said: &UseStateHandle<String>,
    focus: &UseStateHandle<FocusAfter>,
) -> Callback<MoveBy> {
    let (draft, on_edit) = (draft.clone(), on_edit.clone());
    let (said, focus) = (said.clone(), focus.clone());
    Callback::from(move |m: MoveBy| {
        let Some(item) = draft.items.get(m.from) else {
            return;
        };
        let to = m.to.min(draft.items.len() - 1);
        if to == m.from {
            return;
        }
        on_edit.emit(BuilderAction::Move { from: m.from, to });
        let name = Catalog::builtin_in(lang)
            .get(&item.id)
            .map_or_else(String::new, |e| e.name.clone());
        said.set(t(
            lang,
            Text::new(Msg::DeskMoved)
                .with("name", name)
                .with("position", to + 1)
                .with("count", draft.items.len()),
        ));
        if let Some(dir) = m.button {
            focus.set(FocusAfter {
                times: focus.times + 1,
                at: to,
                button: Some((item.id.clone(), dir)),
            });
        }
    })
}

/// Follows a drag of one item's handle: lifted, over a gap, dropped (a move) or ended.
fn dragger(lifted: &UseStateHandle<Option<Lifted>>, on_move: &Callback<MoveBy>) -> Callback<Drag> {
    let (lifted, on_move) = (lifted.clone(), on_move.clone());
    Callback::from(move |d: Drag| match (d, *lifted) {
        (Drag::Start(from), _) => lifted.set(Some(Lifted { from, gap: None })),
        (Drag::Over(gap), Some(l)) => lifted.set(Some(Lifted {
            gap: Some(gap),
            ..l
        })),
        (
            Drag::Drop,
            Some(Lifted {
                from,
                gap: Some(gap),
            }),
        ) => {
            lifted.set(None);
            on_move.emit(MoveBy {
                from,
                to: drop_index(from, gap),
                button: None,
            });
        }
        (Drag::Drop | Drag::End, _) => lifted.set(None),
        (Drag::Over(_), None) => {}
    })
}

/// Focuses the moved item's button once the list has its new order (the draft and the
/// focus may arrive in either order), and only once per move: typing a note later must
/// not pull the focus back.
#[hook]
fn use_focus_follows(focus: FocusAfter, draft: Rc<Draft>) {
    let focused = use_mut_ref(|| 0_u32);
    use_effect_with((focus, draft), move |(focus, draft)| {
        let placed =
            |(id, _): &&(ExerciseId, Dir)| draft.items.get(focus.at).is_some_and(|i| i.id == *id);
        if let Some((id, dir)) = focus.button.as_ref().filter(placed) {
            if *focused.borrow() < focus.times {
                *focused.borrow_mut() = focus.times;
                focus_first(&[dir.button_id(id), dir.other().button_id(id)]);
            }
        }
    });
}

/// Where item `index` shows the drop indicator: at the gap the drag is over, unless a
/// drop there would leave everything where it is.
fn mark(lifted: Option<Lifted>, index: usize, last: bool) -> Option<Mark> {
    let Lifted {
        from,
        gap: Some(gap),
    } = lifted?
    else {
        return None;
    };
    if gap == from || gap == from + 1 {
        None
    } else if gap == index {
        Some(Mark::Before)
    } else if last && gap == index + 1 {
        Some(Mark::After)
    } else {
        None
    }
}

/// Focuses the first of these buttons that can take focus (a button at the end of the
/// list is disabled, so its twin takes the focus).
fn focus_first(ids: &[String]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for id in ids {
        let button = document
            .get_element_by_id(id)
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlButtonElement>(el).ok());
        if let Some(button) = button.filter(|b| !b.disabled()) {
            let _ = button.focus();
            return;
        }
    }
}
