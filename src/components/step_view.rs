//! What the player shows: the countdown, the exercise, the cue, progress, next-up and
//! large controls at the bottom; and the summary when a session ends.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::after_report::AfterReportForm;
use crate::components::art::Art;
use crate::domain::history::SessionLog;
use crate::domain::routine::nearest_minute;
use crate::domain::routine::{Plan, SegmentKind, Side};
use crate::domain::session::{Status, View};
use crate::domain::wording::clock_text;
use crate::route::Route;
use crate::web::wake_lock::WakeState;

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    pub plan: Rc<Plan>,
    pub view: Rc<View>,
    /// Bumped to flash the screen once.
    pub flash: u32,
    pub wake: WakeState,
    pub confirm_stop: bool,
    /// Sound is blocked until she taps (after a reload).
    pub sound_locked: bool,
    pub on_sound: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
    pub on_pause: Callback<MouseEvent>,
    pub on_resume: Callback<MouseEvent>,
    pub on_skip: Callback<MouseEvent>,
    pub on_add_rest: Callback<MouseEvent>,
    pub on_stop: Callback<MouseEvent>,
    pub on_ask_stop: Callback<MouseEvent>,
    pub on_keep_going: Callback<MouseEvent>,
    /// "Something's not right": stops at once and asks what happened.
    pub on_not_right: Callback<MouseEvent>,
}

fn phase_label(kind: SegmentKind, sets: u8) -> String {
    match kind {
        SegmentKind::GetReady => "Get ready".into(),
        SegmentKind::Transition => "Next up".into(),
        SegmentKind::Rest { next_set } => format!("Rest · round {next_set} next"),
        SegmentKind::SwitchSide { .. } => "Switch to the right side".into(),
        SegmentKind::Work { set, side } => {
            let mut label = if sets > 1 {
                format!("Round {set} of {sets}")
            } else {
                "Go".to_owned()
            };
            match side {
                Some(Side::Left) => label.push_str(" · left side"),
                Some(Side::Right) => label.push_str(" · right side"),
                None => {}
            }
            label
        }
    }
}

#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let view = &props.view;
    let plan = &props.plan;
    let Some(segment) = view.segment else {
        return html! {};
    };
    let Some(step) = plan.steps.get(segment.step) else {
        return html! {};
    };
    let exercise = &step.exercise;
    let paused = view.status == Status::Paused;
    let is_work = matches!(segment.kind, SegmentKind::Work { .. });
    let phase = phase_label(segment.kind, step.dose.sets);

    let total = plan.total_ms().max(1);
    let before: i64 = plan.segments[..view.index]
        .iter()
        .map(|s| s.duration_ms)
        .sum();
    let into = (segment.duration_ms - view.remaining_ms).max(0);
    let percent = ((before + into) * 100 / total).clamp(0, 100);

    let cue_text = if is_work {
        view.phrase.clone().unwrap_or_default()
    } else if matches!(segment.kind, SegmentKind::SwitchSide { .. }) {
        "Change sides slowly and settle in.".to_owned()
    } else if matches!(segment.kind, SegmentKind::Rest { .. }) {
        "Rest and breathe easily.".to_owned()
    } else {
        exercise.position.clone()
    };
    let next_up = if is_work
        || !matches!(
            segment.kind,
            SegmentKind::Transition | SegmentKind::GetReady
        ) {
        plan.steps
            .get(segment.step + 1)
            .map(|n| format!("Then: {}", n.exercise.name))
            .unwrap_or_else(|| "Last exercise".to_owned())
    } else {
        String::new()
    };
    let reps = view.rep.map(|(rep, of)| format!("Rep {rep} of {of}"));
    // The live region changes only when the phase does, not every second.
    let announcement = format!("{phase}: {}", exercise.name);
    let wake_text = match props.wake {
        WakeState::Held => Some("Screen stays on"),
        _ => None,
    };

    html! {
        <section class={classes!("player", paused.then_some("player--paused"), is_work.then_some("player--work"))} aria-labelledby="player-title">
            if props.flash > 0 {
                <div key={props.flash} class="player__flash" aria-hidden="true"></div>
            }
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
            <button class="button button--danger player__not-right" onclick={props.on_not_right.clone()}>
                { "Something's not right" }
            </button>
            <div class="player__top">
                <progress class="player__progress" max="100" value={percent.to_string()} aria-label="Routine progress">
                    { format!("{percent}%") }
                </progress>
                <p class="player__meta">
                    <span>{ format!("Exercise {} of {}", segment.step + 1, plan.steps.len()) }</span>
                    if let Some(text) = wake_text {
                        <span class="player__chip">{ text }</span>
                    }
                </p>
            </div>
            if props.sound_locked {
                <button class="button player__sound" onclick={props.on_sound.clone()}>
                    { "Turn sound back on" }
                </button>
            }
            <div class="player__body">
                <div class="player__art">
                    <Art svg={exercise.illustration} label={AttrValue::from(format!("Drawing: {}", exercise.position))} />
                </div>
                <div class="player__info">
                    <p class="player__phase">{ if paused { "Paused".to_owned() } else { phase } }</p>
                    <p class="player__timer" role="timer" aria-label="Time left">{ clock_text(view.remaining_ms) }</p>
                    <h1 id="player-title" class="player__name">{ &exercise.name }</h1>
                    if let Some(reps) = reps {
                        <p class="player__reps">{ reps }</p>
                    }
                    <p class="player__cue">{ cue_text }</p>
                    if !next_up.is_empty() {
                        <p class="player__next">{ next_up }</p>
                    }
                </div>
            </div>
            if props.confirm_stop {
                <div class="player__controls player__confirm" role="alertdialog" aria-labelledby="stop-q">
                    <p id="stop-q">{ "Stop the routine here? What you've done so far is saved." }</p>
                    <div class="button-row">
                        <button class="button button--danger" onclick={props.on_stop.clone()}>{ "Stop now" }</button>
                        <button class="button" onclick={props.on_keep_going.clone()}>{ "Keep going" }</button>
                    </div>
                </div>
            } else {
                <div class="player__controls">
                    if segment.kind.is_rest() && !paused {
                        <button class="button player__extra" onclick={props.on_add_rest.clone()}>{ "+30 s rest" }</button>
                    }
                    <div class="player__main-controls">
                        <button class="player__button" onclick={props.on_back.clone()} aria-label="Back" disabled={paused}>
                            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 5v14M19 5l-10 7 10 7z" /></svg>
                        </button>
                        if paused {
                            <button class="player__button player__button--primary" onclick={props.on_resume.clone()}>{ "Resume" }</button>
                        } else {
                            <button class="player__button player__button--primary" onclick={props.on_pause.clone()}>{ "Pause" }</button>
                        }
                        <button class="player__button" onclick={props.on_skip.clone()} aria-label="Skip" disabled={paused}>
                            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18 5v14M5 5l10 7-10 7z" /></svg>
                        </button>
                    </div>
                    <button class="button button--quiet player__stop" onclick={props.on_ask_stop.clone()}>{ "End session" }</button>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct FinishedViewProps {
    pub log: Option<Rc<SessionLog>>,
    /// Whether she has already said how it felt.
    pub reported: bool,
    /// Shown above the report when she stopped because of pain.
    #[prop_or_default]
    pub lead: Option<AttrValue>,
}

#[component]
pub fn FinishedView(props: &FinishedViewProps) -> Html {
    let Some(log) = props.log.as_ref() else {
        return html! {};
    };
    let minutes = nearest_minute(log.active_ms);
    let title = if log.stopped_early {
        "Session stopped"
    } else {
        "All done"
    };
    let lead = if log.stopped_early {
        "You stopped early, and that's fine. What you did is saved."
    } else {
        "Well done for making time for your back today."
    };
    html! {
        <section class="page finished" aria-labelledby="finished-title">
            <h1 id="finished-title">{ title }</h1>
            <p class="page__lead">{ lead }</p>
            if !props.reported {
                <AfterReportForm started_at_ms={log.started_at_ms} lead={props.lead.clone()} />
            }
            <div class="card">
                <p class="finished__stat">
                    <strong>{ format!("{minutes} min") }</strong>{ " of movement · " }
                    <strong>{ format!("{} of {}", log.exercises_done(), log.exercises.len()) }</strong>{ " exercises" }
                </p>
                <ul class="finished__list">
                    { for log.exercises.iter().map(|e| html! {
                        <li>
                            <span>{ &e.name }</span>
                            <span class="muted">{ format!("{} of {} rounds", e.done_sets, e.planned_sets) }</span>
                        </li>
                    }) }
                </ul>
            </div>
            if props.reported {
            <div class="action-bar button-stack">
                <Link<Route> to={Route::Today} classes="button button--primary button--wide">{ "Back to Today" }</Link<Route>>
                <Link<Route> to={Route::History} classes="button button--wide">{ "See your history" }</Link<Route>>
            </div>
            }
        </section>
    }
}
