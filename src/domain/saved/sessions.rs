//! Wire conversions for sessions: doses, routines, a running session's timing, and
//! the session log. Every value read back is validated.

use super::personal::{comfort_from_wire, comfort_to_wire, pain};
use super::wire::{
    WireActiveV3, WireDose, WireExerciseLog, WireLogV3, WireRoutine, WireStep, WireTiming,
};
use super::{corrupt, SavedError};
use crate::domain::exercise::{Dose, ExerciseId, Work};
use crate::domain::history::{ExerciseLog, SessionLog};
use crate::domain::routine::{Routine, RoutineName, RoutineStep};
use crate::domain::session::{ActiveSession, Status, Timing};
use crate::domain::start::Start;

pub(super) fn dose_to_wire(d: Dose) -> WireDose {
    let (seconds, reps, rep_s, hold_s) = match d.work {
        Work::Timed { seconds } => (Some(seconds), None, None, 0),
        Work::Reps {
            reps,
            rep_s,
            hold_s,
        } => (None, Some(reps), Some(rep_s), hold_s),
    };
    WireDose {
        sets: d.sets,
        seconds,
        reps,
        rep_s,
        hold_s,
        rest_s: d.rest_s,
    }
}

pub(super) fn dose_from_wire(w: WireDose) -> Result<Dose, SavedError> {
    let work = match (w.seconds, w.reps, w.rep_s) {
        (Some(seconds), None, None) => Work::Timed { seconds },
        (None, Some(reps), Some(rep_s)) => Work::Reps {
            reps,
            rep_s,
            hold_s: w.hold_s,
        },
        _ => return Err(corrupt("a dose is neither timed nor counted")),
    };
    let dose = Dose {
        sets: w.sets,
        work,
        rest_s: w.rest_s,
    };
    dose.check().map_err(corrupt)?;
    Ok(dose)
}

pub(super) fn routine_to_wire(r: &Routine) -> WireRoutine {
    WireRoutine {
        name: r.name.as_str().to_owned(),
        steps: r
            .steps
            .iter()
            .map(|s| WireStep {
                exercise: s.exercise.to_string(),
                dose: dose_to_wire(s.dose),
            })
            .collect(),
    }
}

pub(super) fn routine_from_wire(w: WireRoutine) -> Result<Routine, SavedError> {
    let name = RoutineName::new(&w.name).ok_or_else(|| corrupt("a routine name is invalid"))?;
    let steps = w
        .steps
        .into_iter()
        .map(|s| {
            Ok(RoutineStep {
                exercise: ExerciseId::new(&s.exercise)
                    .ok_or_else(|| corrupt("an exercise id is invalid"))?,
                dose: dose_from_wire(s.dose)?,
            })
        })
        .collect::<Result<Vec<_>, SavedError>>()?;
    Ok(Routine { name, steps })
}

pub(super) fn status_key(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "not-started",
        Status::Running => "running",
        Status::Paused => "paused",
        Status::Finished => "finished",
    }
}

pub(super) fn timing_to_wire(t: &Timing) -> WireTiming {
    WireTiming {
        status: status_key(t.status).to_owned(),
        index: t.index,
        segment_start_ms: t.segment_start_ms,
        extra_ms: t.extra_ms,
        paused_at_ms: t.paused_at_ms,
        started_at_ms: t.started_at_ms,
        paused_total_ms: t.paused_total_ms,
        finished_at_ms: t.finished_at_ms,
        stopped_early: t.stopped_early,
        done_ms: t.done_ms.clone(),
        completed: t.completed.clone(),
        last_ms: t.last_ms,
    }
}

pub(super) fn active_from_wire(w: WireActiveV3) -> Result<ActiveSession, SavedError> {
    let status = [
        Status::NotStarted,
        Status::Running,
        Status::Paused,
        Status::Finished,
    ]
    .into_iter()
    .find(|s| status_key(*s) == w.timing.status)
    .ok_or_else(|| corrupt("unknown session status"))?;
    let t = w.timing;
    Ok(ActiveSession {
        before: w.before_pain.map(pain).transpose()?,
        start: start_from_wire(w.start.as_deref())?,
        routine: routine_from_wire(w.routine)?,
        timing: Timing {
            status,
            index: t.index,
            segment_start_ms: t.segment_start_ms,
            extra_ms: t.extra_ms,
            paused_at_ms: t.paused_at_ms,
            started_at_ms: t.started_at_ms,
            paused_total_ms: t.paused_total_ms,
            finished_at_ms: t.finished_at_ms,
            stopped_early: t.stopped_early,
            done_ms: t.done_ms,
            completed: t.completed,
            last_ms: t.last_ms,
        },
    })
}

pub(super) fn log_to_wire(l: &SessionLog) -> WireLogV3 {
    WireLogV3 {
        routine: l.routine.clone(),
        started_at_ms: l.started_at_ms,
        active_ms: l.active_ms,
        stopped_early: l.stopped_early,
        exercises: l
            .exercises
            .iter()
            .map(|e| WireExerciseLog {
                exercise: e.exercise.to_string(),
                name: e.name.clone(),
                planned_sets: e.planned_sets,
                done_sets: e.done_sets,
                planned_work_s: e.planned_work_s,
                done_work_s: e.done_work_s,
            })
            .collect(),
        comfort: comfort_to_wire(&l.comfort),
        start: l.start.as_ref().map(ToString::to_string),
    }
}

pub(super) fn log_from_wire(w: WireLogV3) -> Result<SessionLog, SavedError> {
    let exercises = w
        .exercises
        .into_iter()
        .map(|e| {
            Ok(ExerciseLog {
                exercise: ExerciseId::new(&e.exercise)
                    .ok_or_else(|| corrupt("a logged exercise id is invalid"))?,
                name: e.name,
                planned_sets: e.planned_sets,
                done_sets: e.done_sets,
                planned_work_s: e.planned_work_s,
                done_work_s: e.done_work_s,
            })
        })
        .collect::<Result<Vec<_>, SavedError>>()?;
    if w.active_ms < 0 {
        return Err(corrupt("a logged duration is negative"));
    }
    Ok(SessionLog {
        routine: w.routine,
        started_at_ms: w.started_at_ms,
        active_ms: w.active_ms,
        stopped_early: w.stopped_early,
        exercises,
        comfort: comfort_from_wire(w.comfort)?,
        start: start_from_wire(w.start.as_deref())?,
    })
}

fn start_from_wire(raw: Option<&str>) -> Result<Option<Start>, SavedError> {
    raw.map(|s| s.parse().map_err(|_| corrupt("unknown session start")))
        .transpose()
}
