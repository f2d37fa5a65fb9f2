//! Where a routine is built from: the library, a template, or one of the saved
//! routines, one at a time under a switch (at a desk, the left pane). What was loaded
//! into the builder is said in a polite live region, and the library comes back to add
//! more.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::draft::{BuilderAction, Draft};
use super::picker::Picker;
use super::saved_list::SavedList;
use super::shelf::Shelf;
use super::template_list::TemplateList;
use crate::domain::text::{Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

/// How long the sentence about what was loaded stays on screen, in ms.
const SAID_MS: u32 = 8_000;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
    pub shelf: UseStateHandle<Shelf>,
}

/// Which source is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Library,
    Templates,
    Saved,
}

#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let lang = use_lang();
    let view = use_state_eq(|| View::Library);
    let said = use_state(String::new);
    // The sentence stays a few seconds, then makes room (a screen reader has said it).
    {
        let said = said.clone();
        use_effect_with((*said).clone(), move |text| {
            let timer =
                (!text.is_empty()).then(|| Timeout::new(SAID_MS, move || said.set(String::new())));
            move || drop(timer)
        });
    }
    let on_loaded = {
        let (view, said) = (view.clone(), said.clone());
        Callback::from(move |text: Text| {
            said.set(t(lang, text));
            view.set(View::Library);
        })
    };
    let count = props.shelf.lib.len();
    let switch = [
        (View::Library, Text::new(Msg::DeskViewLibrary)),
        (View::Templates, Text::new(Msg::DeskViewTemplates)),
        (View::Saved, Text::new(Msg::DeskViewSaved).with("count", count)),
    ]
    .map(|(which, label)| {
        let onclick = {
            let (view, said) = (view.clone(), said.clone());
            Callback::from(move |_: MouseEvent| {
                said.set(String::new());
                view.set(which);
            })
        };
        let pressed = *view == which;
        html! {
            <button type="button" class={classes!("sources__button", pressed.then_some("sources__button--on"))}
                aria-pressed={pressed.to_string()} {onclick}>{ t(lang, label) }</button>
        }
    });
    let (draft, on_edit, shelf) = (
        props.draft.clone(),
        props.on_edit.clone(),
        props.shelf.clone(),
    );
    // The library stays mounted, so its search and filters are kept while away.
    let library = html! { <Picker draft={draft.clone()} on_edit={on_edit.clone()} hidden={*view != View::Library} /> };
    let panel = match *view {
        View::Library => Html::default(),
        View::Templates => html! { <TemplateList {draft} {on_edit} {shelf} {on_loaded} /> },
        View::Saved => html! { <SavedList {draft} {on_edit} {shelf} {on_loaded} /> },
    };
    html! {
        <>
            <div class="sources no-print" role="group" aria-label={t(lang, Msg::DeskSourcesLabel)}>{ for switch }</div>
            <p class="desk__loaded no-print" role="status">{ (*said).clone() }</p>
            { library }
            { panel }
        </>
    }
}
