//! The session log: what she did in each session, planned against done.
//!
//! Owns turning a finished session into a log entry and summaries over the log. It
//! does not store anything (see `saved`) nor draw anything.

use super::comfort::Comfort;
use super::exercise::ExerciseId;
use super::routine::SegmentKind;
use super::session::{Session, Status};

/// One exercise of a logged session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseLog {
    pub exercise: ExerciseId,
    /// The name at the time, so the log still reads well if the library changes.
    pub name: String,
    pub planned_sets: u8,
    /// Sets whose work ran to the end (both sides, for one-sided exercises).
    pub done_sets: u8,
    /// Planned seconds of work (rests excluded).
    pub planned_work_s: u32,
    /// Seconds of work actually done.
    pub done_work_s: u32,
}

/// One finished (or stopped) session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionLog {
    pub routine: String,
    pub started_at_ms: i64,
    /// Active time, pauses excluded.
    pub active_ms: i64,
    pub stopped_early: bool,
    pub exercises: Vec<ExerciseLog>,
    /// What she reported about it, filled in as she answers.
    pub comfort: Comfort,
}

impl SessionLog {
    /// The log entry for a finished session; `None` if it has not finished.
    pub fn from_session(session: &Session) -> Option<SessionLog> {
        let timing = session.timing();
        if timing.status != Status::Finished {
            return None;
        }
        let plan = session.plan();
        let exercises = plan
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let mut planned_work_ms = 0;
                let mut done_work_ms = 0;
                // A set counts when every work segment of it (each side) completed.
                let mut sets_done: Vec<bool> = vec![true; usize::from(step.dose.sets)];
                for (s, seg) in plan.segments.iter().enumerate() {
                    if seg.step != i {
                        continue;
                    }
                    if let SegmentKind::Work { set, .. } = seg.kind {
                        planned_work_ms += seg.duration_ms;
                        done_work_ms += timing.done_ms[s].min(seg.duration_ms);
                        if let Some(done) = sets_done.get_mut(usize::from(set.saturating_sub(1))) {
                            *done &= timing.completed[s];
                        }
                    }
                }
                ExerciseLog {
                    exercise: step.exercise.id.clone(),
                    name: step.exercise.name.clone(),
                    planned_sets: step.dose.sets,
                    done_sets: u8::try_from(sets_done.iter().filter(|d| **d).count())
                        .unwrap_or(u8::MAX),
                    planned_work_s: seconds(planned_work_ms),
                    done_work_s: seconds(done_work_ms),
                }
            })
            .collect();
        Some(SessionLog {
            routine: plan.routine.name.as_str().to_owned(),
            started_at_ms: timing.started_at_ms,
            active_ms: session.elapsed_ms(timing.finished_at_ms.unwrap_or(timing.last_ms)),
            stopped_early: timing.stopped_early,
            exercises,
            comfort: Comfort::default(),
        })
    }

    /// Exercises with any work done.
    pub fn exercises_done(&self) -> usize {
        self.exercises.iter().filter(|e| e.done_work_s > 0).count()
    }
}

fn seconds(ms: i64) -> u32 {
    u32::try_from(ms.max(0) / 1000).unwrap_or(u32::MAX)
}

/// Whole minutes of activity in logs started at or after `since_ms`.
pub fn minutes_since(logs: &[SessionLog], since_ms: i64) -> u32 {
    let ms: i64 = logs
        .iter()
        .filter(|l| l.started_at_ms >= since_ms)
        .map(|l| l.active_ms)
        .sum();
    seconds(ms) / 60
}

/// The most minutes a week the guidelines suggest building up to.
pub const WEEKLY_GOAL_MIN: u32 = 150;
