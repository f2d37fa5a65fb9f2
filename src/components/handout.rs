//! The printed handout of a physiotherapist's routine, the sheet the patient takes
//! home: the routine's name, who prescribed it, how often and for how long, the app's
//! safety line, a grid to tick each session, and every exercise with its drawing,
//! dose, the physiotherapist's note, its steps and when to stop.
//!
//! Print-only: hidden on screen (`.handout` in styles/app.css) and drawn beside the
//! on-screen preview, so the screen is unchanged. It is always in the language the
//! page is drawn in, which is the printout's language while the print dialog is open.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::art::Art;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Exercise, ExerciseDetails};
use crate::domain::routine::planned_minutes;
use crate::domain::share::{SharedExercise, SharedRoutine};
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::{dose_text, frequency_text};
use crate::hooks::use_lang::{t, use_lang};

mod details;
mod ticks;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub routine: Rc<SharedRoutine>,
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let lang = use_lang();
    let loaded = details::use_details_by_lang();
    let details = loaded.get(lang);
    let r = &props.routine;
    let catalog = Catalog::builtin_in(lang);
    let minutes = planned_minutes(&r.to_routine(), catalog);
    let by = r.prescribed_by();
    let plan = Text::new(Msg::HandoutPlan)
        .with("frequency", frequency_text(r.frequency))
        .with("weeks", r.weeks)
        .with("minutes", minutes);
    let items = r.exercises.iter().filter_map(|x| {
        let e = catalog.get(&x.exercise)?;
        Some(item(lang, e, x, details.and_then(|d| d.get(&e.id))))
    });
    html! {
        <article class="handout" aria-label={t(lang, Msg::HandoutLabel)}>
            <header class="handout__head">
                <h2 class="handout__title">{ r.name.as_str() }</h2>
                if let Some(by) = by {
                    <p class="handout__by">{ t(lang, Text::new(Msg::HandoutBy).with("by", by)) }</p>
                }
                <p class="handout__plan">
                    { t(lang, plan) }
                    if let Some(limits) = r.thresholds {
                        { format!(" {}", t(lang, Text::new(Msg::PhysioSharedLimits).with("comfortable", limits.comfortable_max).with("acceptable", limits.acceptable_max))) }
                    }
                </p>
            </header>
            <div class="handout__top">
                <section class="handout__safety">
                    <h3 class="handout__safety-title">{ t(lang, Msg::HandoutSafetyTitle) }</h3>
                    <p>{ t(lang, Msg::HandoutSafety) }</p>
                    <p>{ t(lang, Msg::HandoutSafetyEase) }</p>
                </section>
                { ticks::ticks(lang, r.frequency, r.weeks) }
            </div>
            <ol class="handout__list">{ for items }</ol>
        </article>
    }
}

/// One exercise: drawing, name, dose and note side by side, then its steps and when to
/// stop (or where to find them, while the library's words are still loading).
fn item(lang: Lang, e: &Exercise, x: &SharedExercise, d: Option<&ExerciseDetails>) -> Html {
    let drawing = t(
        lang,
        Text::new(Msg::PhysioSharedDrawing).with("position", e.position.as_str()),
    );
    let how = match d {
        Some(d) => html! {
            <>
                <p class="handout__label">{ t(lang, Msg::HandoutSteps) }</p>
                <ol class="handout__steps">{ for d.instructions.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                <div class="handout__stop">
                    <p class="handout__label">{ t(lang, Msg::HandoutStop) }</p>
                    <ul>{ for d.stop_if.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </div>
            </>
        },
        None => html! { <p class="handout__missing">{ t(lang, Msg::HandoutNoSteps) }</p> },
    };
    html! {
        <li class="handout__item">
            <div class="handout__summary">
                <Art id={e.id.clone()} label={AttrValue::from(drawing)} class="handout__art" />
                <div>
                    <h3 class="handout__name">{ &e.name }</h3>
                    <p class="handout__dose">{ t(lang, dose_text(e, &x.dose)) }</p>
                    if !x.note.as_str().is_empty() {
                        // Printed as text: markup in a note appears literally.
                        <p class="handout__note"><strong>{ t(lang, Msg::HandoutNote) }</strong>{ " " }{ x.note.as_str() }</p>
                    }
                </div>
            </div>
            { how }
        </li>
    }
}
