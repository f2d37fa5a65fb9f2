//! The session log: what she did in each session, planned against done.
//!
//! Owns turning a finished session into a log entry, summaries over the log (what
//! History shows, built once in `overview`), and folding the oldest sessions into
//! weekly totals (`fold`) so years of history stay small. It does not store anything
//! (see `saved`) nor draw anything.

use super::catalog::Catalog;
use super::comfort::Comfort;
use super::exercise::ExerciseId;
use super::imported::ImportedRoutine;
use super::routine::SegmentKind;
use super::session::{Session, Status};
use super::start::Start;
use super::text::{self, Msg, Text};

mod dates;
mod fold;
mod overview;

pub use dates::{dated, is_monday, moment_text, monday_of};
pub use fold::{fold, WeekSummary, MAX_LOGS, WHOLE_WEEKS};
pub use overview::{
    fingerprint, overview, CalendarDay, Overview, PainChart, CALENDAR_WEEKS, DAILY_WEEKS,
};

/// One exercise of a logged session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseLog {
    /// The library's stable id: its name is looked up when shown (see `name`).
    pub exercise: ExerciseId,
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
    /// What started it (her plan, a walk, one exercise, a physio's routine); `None`
    /// for sessions logged before this was kept.
    pub start: Option<Start>,
}

impl SessionLog {
    /// Whether this session belongs to `routine` (a physiotherapist's routine she
    /// kept), or to her own plan when `None`. A log from before starts were kept
    /// belongs to a kept routine when it bears its name, and then never to her own plan
    /// (`kept`: every routine she kept, fixed ones included).
    pub fn belongs_to(&self, routine: Option<&ImportedRoutine>, kept: &[ImportedRoutine]) -> bool {
        match (routine, &self.start) {
            (Some(r), Some(Start::Shared(at))) => *at == r.imported_at_ms,
            (Some(r), None) => self.routine == r.routine.name.as_str(),
            (Some(_), Some(_)) => false,
            (None, Some(Start::Shared(_))) => false,
            (None, None) => !kept.iter().any(|k| self.routine == k.routine.name.as_str()),
            (None, Some(_)) => true,
        }
    }

    /// A timed test of the return-to-running check: it moves nothing in her plan, asks
    /// no comfort report, and is not what "last time" on Today means.
    pub fn is_running_test(&self) -> bool {
        matches!(self.start, Some(Start::RunTest(_)))
    }

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
            start: None,
        })
    }

    /// Exercises with any work done.
    pub fn exercises_done(&self) -> usize {
        self.exercises.iter().filter(|e| e.done_work_s > 0).count()
    }
}

impl ExerciseLog {
    /// Its name in `catalog`, or its id when the library no longer has it.
    pub fn name<'a>(&'a self, catalog: &'a Catalog) -> &'a str {
        catalog
            .get(&self.exercise)
            .map_or(self.exercise.as_str(), |e| e.name.as_str())
    }
}

fn seconds(ms: i64) -> u32 {
    u32::try_from(ms.max(0) / 1000).unwrap_or(u32::MAX)
}

/// Whole minutes of moderate activity in logs started at or after `since_ms`: the work
/// done in walks and anything the catalogue marks aerobic. Breathing, pelvic-floor and
/// other gentle exercise do not count toward the weekly guideline.
pub fn minutes_since(logs: &[SessionLog], since_ms: i64, catalog: &Catalog) -> u32 {
    let s: u32 = logs
        .iter()
        .filter(|l| l.started_at_ms >= since_ms)
        .flat_map(|l| &l.exercises)
        .filter(|x| catalog.get(&x.exercise).is_some_and(|e| e.is_aerobic()))
        .map(|x| x.done_work_s)
        .sum();
    s / 60
}

/// The most minutes a week the guidelines suggest building up to.
pub const WEEKLY_GOAL_MIN: u32 = 150;

/// For how many days after a session its next-morning check is still asked.
pub const MORNING_CHECK_DAYS: i64 = 2;

/// The session whose next-morning check is due today, if any: the latest session from
/// the previous `MORNING_CHECK_DAYS` local days that has an after-session report and no morning answer
/// yet. `day_of` maps a timestamp to her local day number.
pub fn morning_check_due(
    logs: &[SessionLog],
    today: i64,
    day_of: impl Fn(i64) -> i64,
) -> Option<&SessionLog> {
    logs.iter().rev().find(|l| {
        let day = day_of(l.started_at_ms);
        day < today
            && day >= today - MORNING_CHECK_DAYS
            && l.comfort.after.is_some()
            && l.comfort.morning.is_none()
            && !l.comfort.morning_skipped
    })
}

/// One session's pain, for the trend chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainPoint {
    /// Her local day number.
    pub day: i64,
    /// Worst pain during the session.
    pub during: Option<u8>,
    /// Pain the next morning.
    pub morning: Option<u8>,
}

/// Sessions from `from_day` on with any pain reported, oldest first.
pub fn pain_points(
    logs: &[SessionLog],
    from_day: i64,
    day_of: impl Fn(i64) -> i64,
) -> Vec<PainPoint> {
    logs.iter()
        .map(|l| PainPoint {
            day: day_of(l.started_at_ms),
            during: l.comfort.after.as_ref().map(|a| a.worst_pain.value()),
            morning: l.comfort.morning.map(|m| m.pain.value()),
        })
        .filter(|p| p.day >= from_day && (p.during.is_some() || p.morning.is_some()))
        .collect()
}

/// A one-sentence summary of the trend for screen readers and for her: the average
/// pain of the last two weeks of points against the two weeks before.
pub fn trend_summary(points: &[PainPoint], today: i64) -> Text {
    let avg = |from: i64, to: i64, pick: fn(&PainPoint) -> Option<u8>| {
        let values: Vec<f64> = points
            .iter()
            .filter(|p| p.day >= from && p.day < to)
            .filter_map(pick)
            .map(f64::from)
            .collect();
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    let recent_during = avg(today - 13, today + 1, |p| p.during);
    let recent_morning = avg(today - 13, today + 1, |p| p.morning);
    let Some(during) = recent_during else {
        return Msg::PlannerTrendNone.into();
    };
    let change = avg(today - 27, today - 13, |p| p.during).map(|before| during - before);
    let msg = match (recent_morning.is_some(), change) {
        (false, None) => Msg::PlannerTrendDuring,
        (false, Some(c)) if c <= -0.5 => Msg::PlannerTrendDuringLower,
        (false, Some(c)) if c >= 0.5 => Msg::PlannerTrendDuringHigher,
        (false, Some(_)) => Msg::PlannerTrendDuringSame,
        (true, None) => Msg::PlannerTrendBoth,
        (true, Some(c)) if c <= -0.5 => Msg::PlannerTrendBothLower,
        (true, Some(c)) if c >= 0.5 => Msg::PlannerTrendBothHigher,
        (true, Some(_)) => Msg::PlannerTrendBothSame,
    };
    let text = Text::new(msg).with("during", one_decimal(during));
    match recent_morning {
        Some(morning) => text.with("morning", one_decimal(morning)),
        None => text,
    }
}

/// A number from 0 to 10 with one decimal ("2.5", "2,5"), halves rounded up.
fn one_decimal(x: f64) -> Text {
    let t = text::in_tenths(x.max(0.0));
    Text::new(Msg::PlannerDecimal)
        .with("whole", (t / 10).to_string())
        .with("tenth", (t % 10).to_string())
}
