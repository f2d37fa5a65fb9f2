//! Routines: an ordered list of exercises, each with its dose, and the built-in ones.
//!
//! Owns routine validation and the plan a session plays (the routine expanded into
//! timed segments). It knows nothing of clocks or of how a session moves through a plan.

use thiserror::Error;

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Sides};
use super::text::Msg;

/// A routine's name: trimmed, 1 to 60 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoutineName(String);

impl RoutineName {
    pub const MAX_CHARS: usize = 60;

    pub fn new(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        let chars = trimmed.chars().count();
        let ok = (1..=Self::MAX_CHARS).contains(&chars) && !trimmed.chars().any(char::is_control);
        ok.then(|| Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A name written into the app itself (a short, plain literal), so it cannot fail.
    pub fn fixed(name: &'static str) -> Self {
        Self(name.to_owned())
    }
}

/// One exercise of a routine with the dose to do it at.
#[derive(Clone, Debug, PartialEq)]
pub struct RoutineStep {
    pub exercise: ExerciseId,
    pub dose: Dose,
}

/// An ordered list of exercises.
#[derive(Clone, Debug, PartialEq)]
pub struct Routine {
    pub name: RoutineName,
    pub steps: Vec<RoutineStep>,
}

#[derive(Debug, Error, PartialEq)]
pub enum RoutineError {
    #[error("the routine has no exercises")]
    Empty,
    #[error("the routine names an exercise this version does not have: {0}")]
    UnknownExercise(String),
}

/// Fixed lengths of the non-exercise segments, in seconds.
pub const GET_READY_S: u32 = 10;
/// Between two exercises: time to move and hear what comes next.
pub const TRANSITION_S: u32 = 15;
/// Between the left and right side of a one-sided exercise.
pub const SWITCH_SIDE_S: u32 = 5;

/// Which side a one-sided set is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// What a segment of a plan is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// Before the first exercise.
    GetReady,
    /// Doing a set (on one side, for one-sided exercises).
    Work { set: u8, side: Option<Side> },
    /// Resting between sets of one exercise; `next_set` comes after.
    Rest { next_set: u8 },
    /// Changing from the left side to the right.
    SwitchSide { set: u8 },
    /// Between exercises; the segment's `step` is the one coming next.
    Transition,
}

impl SegmentKind {
    /// True for the segments where she rests and may ask for 30 more seconds.
    pub fn is_rest(self) -> bool {
        !matches!(self, SegmentKind::Work { .. })
    }

    /// The words of the button that gives her 30 more seconds here, if it shows: more
    /// time to get ready, a longer walk between a walk-run's runs (`running`), or a
    /// longer rest.
    pub fn more_time(self, running: bool) -> Option<Msg> {
        match self {
            SegmentKind::Work { .. } => None,
            SegmentKind::GetReady => Some(Msg::SessionMoreReady),
            _ if running => Some(Msg::RunMoreWalk),
            _ => Some(Msg::SessionMoreRest),
        }
    }
}

/// One timed piece of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Index of the step (exercise) this segment belongs to or leads into.
    pub step: usize,
    /// Planned length in milliseconds; always at least 1 s.
    pub duration_ms: i64,
}

/// What the player needs to know about one step, resolved from the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanStep {
    pub exercise: Exercise,
    pub dose: Dose,
}

/// A routine expanded into segments, ready to be played.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub routine: Routine,
    pub steps: Vec<PlanStep>,
    pub segments: Vec<Segment>,
}

impl Plan {
    /// Expands a routine. Fails when it is empty or names an unknown exercise.
    pub fn new(routine: Routine, catalog: &Catalog) -> Result<Plan, RoutineError> {
        if routine.steps.is_empty() {
            return Err(RoutineError::Empty);
        }
        let mut steps = Vec::with_capacity(routine.steps.len());
        for step in &routine.steps {
            let exercise = catalog
                .get(&step.exercise)
                .ok_or_else(|| RoutineError::UnknownExercise(step.exercise.to_string()))?;
            steps.push(PlanStep {
                exercise: exercise.clone(),
                dose: step.dose,
            });
        }
        let segments = expand(&steps);
        Ok(Plan {
            routine,
            steps,
            segments,
        })
    }

    /// Planned length of the whole routine in milliseconds.
    pub fn total_ms(&self) -> i64 {
        self.segments.iter().map(|s| s.duration_ms).sum()
    }

    /// Planned length to the nearest whole minute.
    pub fn minutes(&self) -> i64 {
        nearest_minute(self.total_ms())
    }
}

fn seg(kind: SegmentKind, step: usize, seconds: u32) -> Segment {
    Segment {
        kind,
        step,
        duration_ms: i64::from(seconds.max(1)) * 1000,
    }
}

fn expand(steps: &[PlanStep]) -> Vec<Segment> {
    let mut out = vec![seg(SegmentKind::GetReady, 0, GET_READY_S)];
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            out.push(seg(SegmentKind::Transition, i, TRANSITION_S));
        }
        let work_s = step.dose.work.seconds();
        for set in 1..=step.dose.sets {
            if set > 1 && step.dose.rest_s > 0 {
                out.push(seg(
                    SegmentKind::Rest { next_set: set },
                    i,
                    u32::from(step.dose.rest_s),
                ));
            }
            match step.exercise.sides {
                Sides::Both => out.push(seg(SegmentKind::Work { set, side: None }, i, work_s)),
                Sides::EachSide => {
                    out.push(seg(
                        SegmentKind::Work {
                            set,
                            side: Some(Side::Left),
                        },
                        i,
                        work_s,
                    ));
                    out.push(seg(SegmentKind::SwitchSide { set }, i, SWITCH_SIDE_S));
                    out.push(seg(
                        SegmentKind::Work {
                            set,
                            side: Some(Side::Right),
                        },
                        i,
                        work_s,
                    ));
                }
            }
        }
    }
    out
}

/// Milliseconds to the nearest whole minute (for showing lengths to people).
pub fn nearest_minute(ms: i64) -> i64 {
    (ms + 30_000) / 60_000
}

/// A routine's planned length in whole minutes; 0 if it cannot be played.
pub fn planned_minutes(routine: &Routine, catalog: &Catalog) -> i64 {
    Plan::new(routine.clone(), catalog).map_or(0, |p| p.minutes())
}

/// A step at the exercise's own default dose.
pub fn default_step(exercise: &Exercise) -> RoutineStep {
    RoutineStep {
        exercise: exercise.id.clone(),
        dose: exercise.dose,
    }
}

/// A routine of a single exercise, for "try it now".
pub fn single(exercise: &Exercise) -> Routine {
    Routine {
        name: RoutineName::new(&exercise.name).unwrap_or_else(|| RoutineName::fixed("Exercise")),
        steps: vec![default_step(exercise)],
    }
}
