//! What a shared routine looks like to the patient: who made it, how often, how long,
//! and each exercise with its picture, dose and the physio's note (always plain text).
//! The same view is the printed sheet.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::art::Art;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::ExerciseId;
use crate::domain::routine::planned_minutes;
use crate::domain::share::SharedRoutine;
use crate::domain::wording::{count_text, dose_text, frequency_text};

#[derive(Properties, PartialEq)]
pub struct SharedPreviewProps {
    pub routine: Rc<SharedRoutine>,
    /// Exercises above her stage, marked with an explanation.
    #[prop_or_default]
    pub flagged: Vec<ExerciseId>,
}

#[component]
pub fn SharedPreview(props: &SharedPreviewProps) -> Html {
    let r = &props.routine;
    let catalog = Catalog::builtin();
    let minutes = planned_minutes(&r.to_routine(), catalog);
    let by = match (r.clinician.as_str(), r.clinic.as_str()) {
        ("", "") => None,
        (who, "") => Some(who.to_owned()),
        ("", clinic) => Some(clinic.to_owned()),
        (who, clinic) => Some(format!("{who}, {clinic}")),
    };
    let items = r.exercises.iter().filter_map(|x| {
        let e = catalog.get(&x.exercise)?;
        let flagged = props.flagged.contains(&x.exercise);
        Some(html! {
            <li class={classes!("shared__item", flagged.then_some("shared__item--flagged"))}>
                <Art id={e.id.clone()} label={AttrValue::from(format!("Drawing: {}", e.position))} class="shared__art" />
                <div>
                    <h3 class="shared__name">{ &e.name }</h3>
                    <p class="shared__dose">{ dose_text(e, &x.dose) }</p>
                    if !x.note.as_str().is_empty() {
                        // Shown as text: markup in a note appears literally.
                        <p class="shared__note">{ x.note.as_str() }</p>
                    }
                    if flagged {
                        <p class="shared__flag">{ format!("Usually from {} weeks after a vaginal birth or {} after a caesarean, which is later than where you are now.", e.stage.vaginal_weeks, e.stage.caesarean_weeks) }</p>
                    }
                </div>
            </li>
        })
    });
    html! {
        <article class="shared" aria-label="Shared routine">
            <h2 class="shared__title">{ r.name.as_str() }</h2>
            if let Some(by) = by {
                <p class="shared__by">{ format!("From {by}") }</p>
            }
            <p class="shared__meta">
                { format!("{} · about {minutes} min · {} for {} week{}", count_text(r.exercises.len(), "exercise", "exercises"), frequency_text(r.frequency), r.weeks, if r.weeks == 1 { "" } else { "s" }) }
            </p>
            <p class="muted">
                { if r.auto_progress { "The app may adjust the doses from how your back responds." } else { "The doses stay exactly as your physiotherapist set them." } }
                if let Some(t) = r.thresholds {
                    { format!(" Pain limits: comfortable up to {}, acceptable up to {} out of 10.", t.comfortable_max, t.acceptable_max) }
                }
            </p>
            <ol class="shared__list">{ for items }</ol>
        </article>
    }
}
