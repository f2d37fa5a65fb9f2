//! Wire conversions for sessions: doses, routines, a running session's timing, the
//! session log (format 5, and format 4's logs moved to it) and the folded weeks. Every
//! value read back is validated.

use super::personal::{comfort_from_wire, comfort_to_wire, pain};
use super::wire::{
    WireActiveV3, WireDone, WireDose, WireLogV3, WireLogV5, WireRoutine, WireStep, WireTiming,
    WireWeek,
};
use super::{corrupt, SavedError};
use crate::domain::exercise::{Dose, ExerciseId, Work};
use crate::domain::history::{is_monday, ExerciseLog, SessionLog, WeekSummary};
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

/// Format 5's list of the exercise ids its logs name, built as the logs are written:
/// each id once, in order of first use. (A log names a few dozen ids at most, the
/// library's; a sorted index finds each quickly.)
#[derive(Default)]
pub(super) struct IdList {
    ids: Vec<String>,
    /// Positions in `ids`, in the order of the ids they point to.
    sorted: Vec<usize>,
}

impl IdList {
    /// The position of `id`, added at the end when new.
    pub(super) fn position(&mut self, id: &str) -> usize {
        let ids = &self.ids;
        let found = self
            .sorted
            .binary_search_by(|&at| ids.get(at).map_or("", String::as_str).cmp(id));
        match found {
            Ok(i) => self.sorted.get(i).copied().unwrap_or_default(),
            Err(i) => {
                let at = self.ids.len();
                self.ids.push(id.to_owned());
                self.sorted.insert(i, at);
                at
            }
        }
    }

    pub(super) fn into_ids(self) -> Vec<String> {
        self.ids
    }
}

pub(super) fn log_to_wire(l: &SessionLog, ids: &mut IdList) -> WireLogV5 {
    WireLogV5 {
        started_at_ms: l.started_at_ms,
        active_ms: l.active_ms,
        stopped_early: l.stopped_early,
        routine: l.routine.clone(),
        start: l.start.as_ref().map(ToString::to_string),
        exercises: l
            .exercises
            .iter()
            .map(|e| WireDone {
                exercise: ids.position(e.exercise.as_str()),
                planned_sets: e.planned_sets,
                planned_work_s: e.planned_work_s,
                done_sets: e.done_sets,
                done_work_s: e.done_work_s,
            })
            .collect(),
        comfort: comfort_to_wire(&l.comfort),
    }
}

/// A format 4 log as format 5 keeps it: the exercises by position in `ids`, their
/// names dropped (the library has them, by id).
pub(super) fn log_v4_to_v5(l: WireLogV3, ids: &mut IdList) -> WireLogV5 {
    WireLogV5 {
        started_at_ms: l.started_at_ms,
        active_ms: l.active_ms,
        stopped_early: l.stopped_early,
        routine: l.routine,
        start: l.start,
        exercises: l
            .exercises
            .into_iter()
            .map(|e| WireDone {
                exercise: ids.position(&e.exercise),
                planned_sets: e.planned_sets,
                planned_work_s: e.planned_work_s,
                done_sets: e.done_sets,
                done_work_s: e.done_work_s,
            })
            .collect(),
        comfort: l.comfort,
    }
}

/// Format 5's list of exercise ids, each valid and listed once.
pub(super) fn ids_from_wire(raw: Vec<String>) -> Result<Vec<ExerciseId>, SavedError> {
    let mut sorted: Vec<&str> = raw.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w.first() == w.last()) {
        return Err(corrupt("a logged exercise id is listed twice"));
    }
    raw.iter()
        .map(|id| ExerciseId::new(id).ok_or_else(|| corrupt("a logged exercise id is invalid")))
        .collect()
}

pub(super) fn log_from_wire(w: WireLogV5, ids: &[ExerciseId]) -> Result<SessionLog, SavedError> {
    let exercises = w
        .exercises
        .into_iter()
        .map(|e| {
            Ok(ExerciseLog {
                exercise: ids
                    .get(e.exercise)
                    .cloned()
                    .ok_or_else(|| corrupt("a logged exercise is not in the list of ids"))?,
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

pub(super) fn week_to_wire(w: &WeekSummary) -> WireWeek {
    WireWeek {
        monday: w.monday,
        sessions: w.sessions,
        active_min: w.active_min,
        worst_pain: w.worst_pain.map(|p| p.value()),
        morning_pain: w.morning_pain.map(|p| p.value()),
    }
}

/// The folded weeks: each on a Monday, in order, each week once, each with a session.
pub(super) fn weeks_from_wire(wire: Vec<WireWeek>) -> Result<Vec<WeekSummary>, SavedError> {
    let mut previous: Option<i64> = None;
    wire.into_iter()
        .map(|w| {
            if !is_monday(w.monday) {
                return Err(corrupt("a folded week does not start on a Monday"));
            }
            if previous.is_some_and(|p| p >= w.monday) {
                return Err(corrupt("the folded weeks are out of order"));
            }
            previous = Some(w.monday);
            if w.sessions == 0 {
                return Err(corrupt("a folded week has no session"));
            }
            Ok(WeekSummary {
                monday: w.monday,
                sessions: w.sessions,
                active_min: w.active_min,
                worst_pain: w.worst_pain.map(pain).transpose()?,
                morning_pain: w.morning_pain.map(pain).transpose()?,
            })
        })
        .collect()
}

fn start_from_wire(raw: Option<&str>) -> Result<Option<Start>, SavedError> {
    raw.map(|s| s.parse().map_err(|_| corrupt("unknown session start")))
        .transpose()
}
