//! What a shared routine looks like to the patient: who made it, how often, how long,
//! and each exercise with its picture, dose and the physio's note (always plain text).
//! On paper the routine prints as its handout (`components::handout`) instead.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::art::Art;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::ExerciseId;
use crate::domain::routine::planned_minutes;
use crate::domain::share::SharedRoutine;
use crate::domain::text::{Msg, Text};
use crate::domain::wording::{dose_text, frequency_text};
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct SharedPreviewProps {
    pub routine: Rc<SharedRoutine>,
    /// Exercises above her stage, marked with an explanation.
    #[prop_or_default]
    pub flagged: Vec<ExerciseId>,
}

#[component]
pub fn SharedPreview(props: &SharedPreviewProps) -> Html {
    let lang = use_lang();
    let r = &props.routine;
    let catalog = Catalog::builtin_in(lang);
    let minutes = planned_minutes(&r.to_routine(), catalog);
    let by = r.prescribed_by();
    let items = r.exercises.iter().filter_map(|x| {
        let e = catalog.get(&x.exercise)?;
        let flagged = props.flagged.contains(&x.exercise);
        Some(html! {
            <li class={classes!("shared__item", flagged.then_some("shared__item--flagged"))}>
                <Art id={e.id.clone()} label={AttrValue::from(t(lang, Text::new(Msg::PhysioSharedDrawing).with("position", e.position.as_str())))} class="shared__art" />
                <div>
                    <h3 class="shared__name">{ &e.name }</h3>
                    <p class="shared__dose">{ t(lang, dose_text(e, &x.dose)) }</p>
                    if !x.note.as_str().is_empty() {
                        // Shown as text: markup in a note appears literally.
                        <p class="shared__note">{ x.note.as_str() }</p>
                    }
                    if flagged {
                        <p class="shared__flag">{ t(lang, Text::new(Msg::PhysioSharedFlag).with("vaginal", e.stage.vaginal_weeks).with("caesarean", e.stage.caesarean_weeks)) }</p>
                    }
                </div>
            </li>
        })
    });
    html! {
        <article class="shared" aria-label={t(lang, Msg::PhysioSharedLabel)}>
            <h2 class="shared__title">{ r.name.as_str() }</h2>
            if let Some(by) = by {
                <p class="shared__by">{ t(lang, Text::new(Msg::PhysioSharedBy).with("by", by)) }</p>
            }
            <p class="shared__meta">
                { t(lang, Text::new(Msg::PhysioSharedMeta).with("exercises", r.exercises.len()).with("minutes", minutes).with("frequency", frequency_text(r.frequency)).with("weeks", r.weeks)) }
            </p>
            <p class="muted">
                { t(lang, if r.auto_progress { Msg::PhysioSharedAuto } else { Msg::PhysioSharedFixed }) }
                if let Some(limits) = r.thresholds {
                    { format!(" {}", t(lang, Text::new(Msg::PhysioSharedLimits).with("comfortable", limits.comfortable_max).with("acceptable", limits.acceptable_max))) }
                }
            </p>
            <ol class="shared__list">{ for items }</ol>
        </article>
    }
}
