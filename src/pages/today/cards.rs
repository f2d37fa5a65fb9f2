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
use crate::domain::text::{Msg, Text};
use crate::domain::wording::{dose_text, frequency_text};
use crate::hooks::use_lang::{t, use_lang};
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
    let lang = use_lang();
    let lock = use_session_lock();
    {
        let check = lock.check.clone();
        use_effect_with((), move |_| check.emit(()));
    }
    let title = if lock.status == LockStatus::Elsewhere {
        Msg::TodayInProgressElsewhere
    } else {
        Msg::TodayInProgress
    };
    html! {
        <div class="card card--accent">
            <h2>{ t(lang, title) }</h2>
            <p>{ &props.name }</p>
            <Link<Route> to={Route::Player} classes="button button--primary button--wide">{ t(lang, Msg::TodayContinue) }</Link<Route>>
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
    let lang = use_lang();
    let catalog = Catalog::builtin_in(lang);
    let items = props.routine.steps.iter().filter_map(|step| {
        let e = catalog.get(&step.exercise)?;
        Some(html! {
            <li class="routine__item">
                <Link<Route> to={Route::Exercise { id: e.id.to_string() }} classes="routine__link">
                    <span class="routine__name">{ &e.name }</span>
                    <span class="routine__dose">{ t(lang, dose_text(e, &step.dose)) }</span>
                </Link<Route>>
            </li>
        })
    });
    let title = if props.physio_plan {
        Msg::TodayRoutineAppOwn
    } else {
        Msg::TodayRoutineYours
    };
    html! {
        <div class="card">
            <h2>{ t(lang, title) }<span class="card__tag">{ t(lang, Text::new(Msg::TodayMinutes).with("minutes", props.minutes)) }</span></h2>
            <ol class="routine">{ for items }</ol>
            <details class="why">
                <summary>{ t(lang, Msg::TodayWhy) }</summary>
                <ul>{ for props.why.iter().map(|w| html! { <li>{ t(lang, w.text.clone()) }</li> }) }</ul>
                <Link<Route> to={Route::Plan} classes="why__more">{ t(lang, Msg::TodayWholePlan) }</Link<Route>>
            </details>
            <StartButton start={Start::Short} label={t(lang, Msg::TodayShort)} />
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
    let lang = use_lang();
    let lesson = Catalog::builtin_in(lang).find(props.tip.lesson());
    html! {
        <div class="card tip" aria-labelledby="tip-title">
            <h2 id="tip-title">{ t(lang, Msg::TodayTipTitle) }</h2>
            <p>{ t(lang, props.tip.text()) }</p>
            if let Some(lesson) = lesson {
                <Link<Route> to={Route::Exercise { id: lesson.id.to_string() }} classes="tip__more">
                    { t(lang, Text::new(Msg::TodayTipMore).with("name", lesson.name.to_string())) }
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
    let lang = use_lang();
    html! {
        <div class="card">
            <h2>{ t(lang, Msg::TodayWalkTitle) }</h2>
            <p>{ props.text.clone() }</p>
            <StartButton start={Start::Walk} label={t(lang, Msg::TodayWalkStart)} />
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
    let lang = use_lang();
    let imported = &props.imported;
    let r = &imported.routine;
    let catalog = Catalog::builtin_in(lang);
    let minutes = planned_minutes(&shared_routine(imported, &props.plan, catalog), catalog);
    let source = match (imported.as_plan, r.prescribed_by()) {
        (true, None) => Text::new(Msg::TodayImportedPlan),
        (true, Some(by)) => Text::new(Msg::TodayImportedPlanBy).with("by", by),
        (false, None) => Text::new(Msg::TodayImportedFrom),
        (false, Some(by)) => Text::new(Msg::TodayImportedFromBy).with("by", by),
    }
    .with("frequency", frequency_text(r.frequency));
    let start = Start::Shared(imported.imported_at_ms);
    html! {
        <div class={classes!("card", imported.as_plan.then_some("card--accent"))}>
            <h2>{ r.name.as_str() }<span class="card__tag">{ t(lang, Text::new(Msg::TodayMinutes).with("minutes", minutes)) }</span></h2>
            <p class="muted">{ t(lang, source) }</p>
            if !imported.as_plan {
                <StartButton {start} label={t(lang, Text::new(Msg::TodayImportedStart).with("name", r.name.as_str()))} />
            }
        </div>
    }
}
