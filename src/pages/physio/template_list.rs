//! "Start from a template": the builder's starting routines as cards (name, what it
//! holds, the stage it suits from, its size), each loaded into the builder on "Use this
//! template", after asking when that would replace unsaved work.

use std::rc::Rc;

use yew::prelude::*;

use super::confirm::Confirm;
use super::draft::{BuilderAction, Draft};
use super::shelf::Shelf;
use crate::domain::catalog::Catalog;
use crate::domain::routine::{planned_minutes, RoutineName};
use crate::domain::templates::{templates, Template};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct TemplateListProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
    pub shelf: UseStateHandle<Shelf>,
    /// Said once a template is in the builder.
    pub on_loaded: Callback<Text>,
}

#[component]
pub fn TemplateList(props: &TemplateListProps) -> Html {
    let lang = use_lang();
    // The template waiting for "replace the routine you are building?".
    let asking = use_state_eq(|| None::<&'static str>);
    let load = {
        let (on_edit, shelf, on_loaded) = (
            props.on_edit.clone(),
            props.shelf.clone(),
            props.on_loaded.clone(),
        );
        let asking = asking.clone();
        // A template names no one: who prescribes it stays as she typed it.
        let (clinician, clinic) = (props.draft.clinician.clone(), props.draft.clinic.clone());
        Callback::from(move |template: &'static Template| {
            let name = t(lang, template.name);
            let fallback = || RoutineName::new(&t(lang, Msg::PhysioRoutineDefaultName));
            let Some(routine_name) = RoutineName::new(&name).or_else(fallback) else {
                return;
            };
            on_edit.emit(BuilderAction::Load(Box::new(
                template.routine_in(lang, routine_name),
            )));
            on_edit.emit(BuilderAction::SetClinician(clinician.clone()));
            on_edit.emit(BuilderAction::SetClinic(clinic.clone()));
            shelf.set(Shelf {
                open: None,
                ..(*shelf).clone()
            });
            asking.set(None);
            on_loaded.emit(Text::new(Msg::DeskTemplateLoaded).with("name", name));
        })
    };
    let would_lose = props.shelf.would_lose(&props.draft);
    let cards = templates().iter().map(|template| {
        let question = (*asking == Some(template.id)).then(|| {
            let count = props.draft.items.len();
            let on_yes = load.reform(move |_: MouseEvent| template);
            let asking = asking.clone();
            html! {
                <Confirm question={t(lang, Text::new(Msg::DeskReplaceAsk).with("count", count))}
                    yes={t(lang, Msg::DeskReplaceYes)} no={t(lang, Msg::DeskReplaceNo)}
                    {on_yes} on_no={Callback::from(move |_| asking.set(None))} />
            }
        });
        let on_use = {
            let (load, asking) = (load.clone(), asking.clone());
            Callback::from(move |_: MouseEvent| {
                if would_lose {
                    asking.set(Some(template.id));
                } else {
                    load.emit(template);
                }
            })
        };
        card(lang, template, question, on_use)
    });
    html! {
        <section class="card no-print desk__panel" aria-labelledby="templates-title">
            <h2 id="templates-title">{ t(lang, Msg::DeskTemplatesTitle) }</h2>
            <p class="muted">{ t(lang, Msg::DeskTemplatesLead) }</p>
            <ul class="templates">{ for cards }</ul>
        </section>
    }
}

/// One template: its name, summary, stage and size, and its button (or the question).
fn card(
    lang: Lang,
    template: &'static Template,
    question: Option<Html>,
    on_use: Callback<MouseEvent>,
) -> Html {
    let name = t(lang, template.name);
    let routine = RoutineName::new(&name).map(|n| template.routine_in(lang, n));
    let minutes = routine.as_ref().map_or(0, |r| {
        planned_minutes(&r.to_routine(), Catalog::builtin_in(lang))
    });
    let suits = Text::new(Msg::DeskTemplateSuits)
        .with("vaginal", template.vaginal_weeks)
        .with("caesarean", template.caesarean_weeks);
    let size = Text::new(Msg::DeskTemplateSize)
        .with("exercises", template.items.len())
        .with("minutes", minutes);
    html! {
        <li class="template">
            <h3 class="template__name">{ name.clone() }</h3>
            <p class="template__summary">{ t(lang, template.summary) }</p>
            <p class="muted template__facts">{ t(lang, suits) }<br />{ t(lang, size) }</p>
            if let Some(question) = question {
                { question }
            } else {
                <button type="button" class="button" onclick={on_use}
                    aria-label={t(lang, Text::new(Msg::DeskTemplateUseNamed).with("name", name))}>
                    { t(lang, Msg::DeskTemplateUse) }
                </button>
            }
        </li>
    }
}
