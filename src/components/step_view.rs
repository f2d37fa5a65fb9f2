//! What the player shows while a session runs: the countdown, the exercise, the cue,
//! progress, next-up and large controls at the bottom. It decides nothing: where she is
//! comes from the session's `View`, and every control is one `Command`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::art::Art;
use crate::components::player_controls::PlayerControls;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Exercise, Kind};
use crate::domain::routine::{Plan, Segment, SegmentKind, Side};
use crate::domain::session::{Command, Progress, Status, View};
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::clock_text;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::wake_lock::WakeState;

#[derive(Properties)]
pub struct StepViewProps {
    /// The session's plan, the same `Rc` for its whole life.
    pub plan: Rc<Plan>,
    pub view: Rc<View>,
    /// Bumped to flash the screen once.
    pub flash: u32,
    pub wake: WakeState,
    /// Sound is blocked until she taps (after a reload).
    pub sound_locked: bool,
    /// "Turn sound back on".
    pub on_sound: Callback<()>,
    /// Back, pause, resume, skip, more rest and stop.
    pub on_command: Callback<Command>,
    /// "Something's not right": stops at once and asks what happened.
    pub on_not_right: Callback<()>,
}

// The plan is compared by identity: it is one `Rc` for the session's life, and
// comparing it field by field on every tick would be wasted work.
impl PartialEq for StepViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.plan, &other.plan)
            && self.view == other.view
            && self.flash == other.flash
            && self.wake == other.wake
            && self.sound_locked == other.sound_locked
            && self.on_sound == other.on_sound
            && self.on_command == other.on_command
            && self.on_not_right == other.on_not_right
    }
}

fn phase_label(lang: Lang, kind: SegmentKind, sets: u8, run: bool) -> String {
    // A walk-run's work is the run and its rest the walk between runs.
    let text = match kind {
        SegmentKind::Rest { next_set } if run => {
            Text::new(Msg::RunPhaseWalk).with("round", next_set)
        }
        SegmentKind::Work { set, .. } if run => Text::new(Msg::RunPhaseRun)
            .with("set", set)
            .with("sets", sets),
        SegmentKind::GetReady => Text::new(Msg::SessionPhaseGetReady),
        SegmentKind::Transition => Text::new(Msg::SessionPhaseNextUp),
        SegmentKind::Rest { next_set } => Text::new(Msg::SessionPhaseRest).with("round", next_set),
        SegmentKind::SwitchSide { .. } => Text::new(Msg::SessionPhaseSwitchSide),
        SegmentKind::Work { set, side } => {
            // The message's side numbers: 0 none, 1 left, 2 right.
            let side: u8 = match side {
                None => 0,
                Some(Side::Left) => 1,
                Some(Side::Right) => 2,
            };
            Text::new(Msg::SessionPhaseWork)
                .with("set", set)
                .with("sets", sets)
                .with("side", side)
        }
    };
    t(lang, text)
}

/// The line under the name: the exercise's cue while working, else what to do now.
fn cue_text(lang: Lang, kind: SegmentKind, view: &View, exercise: &Exercise) -> String {
    match kind {
        SegmentKind::Work { .. } => view.phrase.clone().unwrap_or_default(),
        SegmentKind::SwitchSide { .. } => t(lang, Msg::SessionCueSwitchSide),
        SegmentKind::Rest { .. } if exercise.kind == Kind::Run => t(lang, Msg::RunCueWalk),
        SegmentKind::Rest { .. } => t(lang, Msg::SessionCueRest),
        SegmentKind::GetReady | SegmentKind::Transition => exercise.position.clone(),
    }
}

/// What follows this exercise; nothing while getting ready for it (its name is shown).
fn next_up(lang: Lang, segment: Segment, plan: &Plan) -> Option<String> {
    if matches!(
        segment.kind,
        SegmentKind::Transition | SegmentKind::GetReady
    ) {
        return None;
    }
    Some(
        plan.steps
            .get(segment.step + 1)
            .map(|n| {
                let name = Catalog::builtin_in(lang)
                    .get(&n.exercise.id)
                    .unwrap_or(&n.exercise)
                    .name
                    .as_str();
                t(lang, Text::new(Msg::SessionThen).with("name", name))
            })
            .unwrap_or_else(|| t(lang, Msg::SessionLastExercise)),
    )
}

/// The bar and "Exercise n of m", with the wake-lock chip.
fn progress_bar(lang: Lang, progress: Progress, wake: WakeState) -> Html {
    let percent = progress.percent();
    html! {
        <div class="player__top">
            <progress class="player__progress" max="100" value={percent.to_string()} aria-label={t(lang, Msg::SessionProgressLabel)}>
                { t(lang, Text::new(Msg::SessionProgressPercent).with("percent", percent)) }
            </progress>
            <p class="player__meta">
                <span>{ t(lang, Text::new(Msg::SessionExerciseOf).with("step", progress.step + 1).with("steps", progress.steps)) }</span>
                if wake == WakeState::Held {
                    <span class="player__chip">{ t(lang, Msg::SessionScreenOn) }</span>
                }
            </p>
        </div>
    }
}

#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let lang = use_lang();
    let view = &props.view;
    let Some(segment) = view.segment else {
        return html! {};
    };
    let Some(step) = props.plan.steps.get(segment.step) else {
        return html! {};
    };
    // Shown in the language she reads now, even if it changed since the session began.
    let exercise = Catalog::builtin_in(lang)
        .get(&step.exercise.id)
        .unwrap_or(&step.exercise);
    let paused = view.status == Status::Paused;
    let is_work = matches!(segment.kind, SegmentKind::Work { .. });
    let phase = phase_label(
        lang,
        segment.kind,
        step.dose.sets,
        step.exercise.kind == Kind::Run,
    );
    // The live region changes only when the phase does, not every second.
    let announcement = t(
        lang,
        Text::new(Msg::SessionAnnouncement)
            .with("phase", phase.as_str())
            .with("name", exercise.name.as_str()),
    );
    let reps = view.rep.map(|(rep, of)| {
        t(
            lang,
            Text::new(Msg::SessionRepOf)
                .with("rep", rep)
                .with("reps", of),
        )
    });
    let next_up = next_up(lang, segment, &props.plan);
    let on_not_right = props.on_not_right.reform(|_: MouseEvent| ());
    let on_sound = props.on_sound.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("player", paused.then_some("player--paused"), is_work.then_some("player--work"))} aria-labelledby="player-title">
            if props.flash > 0 {
                <div key={props.flash} class="player__flash" aria-hidden="true"></div>
            }
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
            <button class="button button--danger player__not-right" onclick={on_not_right}>
                { t(lang, Msg::SessionNotRight) }
            </button>
            { progress_bar(lang, view.progress, props.wake) }
            if props.sound_locked {
                <button class="button player__sound" onclick={on_sound}>
                    { t(lang, Msg::SessionSoundOn) }
                </button>
            }
            <div class="player__body">
                <div class="player__art">
                    <Art id={exercise.id.clone()} label={AttrValue::from(t(lang, Text::new(Msg::SessionDrawing).with("position", exercise.position.as_str())))} />
                </div>
                <div class="player__info">
                    <p class="player__phase">{ if paused { t(lang, Msg::SessionPaused) } else { phase } }</p>
                    <p class="player__timer" role="timer" aria-label={t(lang, Msg::SessionTimeLeft)}>{ clock_text(view.remaining_ms) }</p>
                    <h1 id="player-title" class="player__name">{ &exercise.name }</h1>
                    if let Some(reps) = reps {
                        <p class="player__reps">{ reps }</p>
                    }
                    <p class="player__cue">{ cue_text(lang, segment.kind, view, exercise) }</p>
                    if let Some(next_up) = next_up {
                        <p class="player__next">{ next_up }</p>
                    }
                </div>
            </div>
            <PlayerControls {paused} more_time={segment.kind.more_time(exercise.kind == Kind::Run)} on_command={props.on_command.clone()} />
        </section>
    }
}
