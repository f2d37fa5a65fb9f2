//! Today's cards: the routine in progress, the routine with its "why", a
//! physiotherapist's routine, the tip and the walk.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::start_button::StartButton;
use crate::domain::catalog::Catalog;
use crate::domain::imported::ImportedRoutine;
use crate::domain::planner::{Tip, WhyLine};
use crate::domain::progression::PlanState;
use crate::domain::routine::{planned_minutes, Routine};
use crate::domain::start::{shared_routine, Start};
use crate::domain::wording::{dose_text, frequency_text};
use crate::hooks::use_session_lock::{use_session_lock, LockStatus};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct InProgressCardProps {
    /// The routine's name.
    pub name: AttrValue,
}

/// The routine she started and has not finished, and whether it is playing in another
/// tab of the app (the player there keeps its time; continuing here moves it).
#[component]
pub fn InProgressCard(props: &InProgressCardProps) -> Html {
    let lock = use_session_lock();
    {
        let check = lock.check.clone();
        use_effect_with((), move |_| check.emit(()));
    }
    let title = if lock.status == LockStatus::Elsewhere {
        "Your routine is playing in another tab"
    } else {
        "You have a routine in progress"
    };
    html! {
        <div class="card card--accent">
            <h2>{ title }</h2>
            <p>{ &props.name }</p>
            <Link<Route> to={Route::Player} classes="button button--primary button--wide">{ "Continue" }</Link<Route>>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RoutineCardProps {
    pub routine: Routine,
    pub minutes: i64,
    pub why: Vec<WhyLine>,
    /// Her physiotherapist's routine is her plan: this is the app's own, beside it.
    pub physio_plan: bool,
}

/// Today's routine, "Why this routine?" and the short version.
#[component]
pub fn RoutineCard(props: &RoutineCardProps) -> Html {
    let catalog = Catalog::builtin();
    let items = props.routine.steps.iter().filter_map(|step| {
        let e = catalog.get(&step.exercise)?;
        Some(html! {
            <li class="routine__item">
                <Link<Route> to={Route::Exercise { id: e.id.to_string() }} classes="routine__link">
                    <span class="routine__name">{ &e.name }</span>
                    <span class="routine__dose">{ dose_text(e, &step.dose) }</span>
                </Link<Route>>
            </li>
        })
    });
    let title = if props.physio_plan {
        "The app's own routine"
    } else {
        "Your routine for today"
    };
    html! {
        <div class="card">
            <h2>{ title }<span class="card__tag">{ format!("{} min", props.minutes) }</span></h2>
            <ol class="routine">{ for items }</ol>
            <details class="why">
                <summary>{ "Why this routine?" }</summary>
                <ul>{ for props.why.iter().map(|w| html! { <li>{ &w.text }</li> }) }</ul>
                <Link<Route> to={Route::Plan} classes="why__more">{ "See your whole plan" }</Link<Route>>
            </details>
            <StartButton start={Start::Short} label="Only 5 minutes? Do the short version" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TipCardProps {
    pub tip: Tip,
}

/// Today's tip and the lesson that says more.
#[component]
pub fn TipCard(props: &TipCardProps) -> Html {
    let lesson = Catalog::builtin().find(props.tip.lesson());
    html! {
        <div class="card tip" aria-labelledby="tip-title">
            <h2 id="tip-title">{ "Today's tip" }</h2>
            <p>{ props.tip.text() }</p>
            if let Some(lesson) = lesson {
                <Link<Route> to={Route::Exercise { id: lesson.id.to_string() }} classes="tip__more">
                    { format!("More: {}", lesson.name) }
                </Link<Route>>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct WalkCardProps {
    pub text: AttrValue,
}

/// Today's walk.
#[component]
pub fn WalkCard(props: &WalkCardProps) -> Html {
    html! {
        <div class="card">
            <h2>{ "A walk today" }</h2>
            <p>{ props.text.clone() }</p>
            <StartButton start={Start::Walk} label="Time my walk" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportedCardProps {
    pub imported: ImportedRoutine,
    pub plan: PlanState,
}

/// A routine from her physiotherapist on Today.
#[component]
pub fn ImportedCard(props: &ImportedCardProps) -> Html {
    let imported = &props.imported;
    let r = &imported.routine;
    let catalog = Catalog::builtin();
    let minutes = planned_minutes(&shared_routine(imported, &props.plan, catalog), catalog);
    let by = [r.clinician.as_str(), r.clinic.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let start = Start::Shared(imported.imported_at_ms);
    html! {
        <div class={classes!("card", imported.as_plan.then_some("card--accent"))}>
            <h2>{ r.name.as_str() }<span class="card__tag">{ format!("{minutes} min") }</span></h2>
            <p class="muted">
                { if imported.as_plan { "Your plan, from your physiotherapist" } else { "From your physiotherapist" } }
                if !by.is_empty() { { format!(" · {by}") } }
                { format!(" · {}", frequency_text(r.frequency)) }
            </p>
            if !imported.as_plan {
                <StartButton {start} label={AttrValue::from(format!("Start {}", r.name.as_str()))} />
            }
        </div>
    }
}
