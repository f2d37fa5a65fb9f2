//! Progression: each exercise in her plan has a level in its progression chain and a
//! dose step, moved by the pain-monitoring rules after each session that included it.
//!
//! Owns gating by stage (`allowed`, `suits`), judging one session (`judge`), what a
//! dose step means (`dose_at`) and moving one item one step (`move_by`, `call_for`).
//! Replaying her history onto the plan is `settle`'s job. It reads no clock: times
//! come from the caller.
//!
//! The types here are part of the saved document; the logic is below them.

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Kind, Work};
use super::history::{SessionLog, MORNING_CHECK_DAYS};

use super::profile::StageNow;
use super::settings::Thresholds;

mod judging;

pub use judging::{assess, away_words, judge, Judgement, Reason, Verdict};

use super::profile::DAY_MS;

/// Where one item stands: the variant and its dose step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    /// The variant (a member of its progression chain).
    pub exercise: ExerciseId,
    /// Dose steps from the variant's default; see `MIN_STEP` and `MAX_STEP`.
    pub dose_step: i8,
}

/// One exercise of her plan: where she is in its chain, how far its dose has moved from
/// the exercise's default (one step is a little more time or a couple more reps), and
/// its own history: the comfortable sessions of this item in a row, and when she last
/// did it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    /// The current variant (a member of its progression chain).
    pub exercise: ExerciseId,
    /// Dose steps from the default; see `MIN_STEP` and `MAX_STEP`.
    pub dose_step: i8,
    /// Comfortable sessions of this item in a row, counted towards its next step up.
    pub streak: u8,
    /// The start of the last session in which she did this item (any member of its
    /// chain), in ms since the Unix epoch.
    pub last_done_ms: Option<i64>,
}

impl PlanItem {
    /// A fresh item at `exercise`, dose step `dose_step`, never done.
    pub fn new(exercise: ExerciseId, dose_step: i8) -> Self {
        PlanItem {
            exercise,
            dose_step,
            streak: 0,
            last_done_ms: None,
        }
    }

    pub fn position(&self) -> Position {
        Position {
            exercise: self.exercise.clone(),
            dose_step: self.dose_step,
        }
    }
}

/// The progress of a physiotherapist's routine that she set to adjust automatically:
/// one item per exercise, whose dose step moves from the physio's own dose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedProgress {
    /// Which kept routine (its `imported_at_ms`).
    pub imported_at_ms: i64,
    pub items: Vec<PlanItem>,
}

/// Her plan's progression state: the settled result of her history (see `settle`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanState {
    pub items: Vec<PlanItem>,
    /// When the plan began; sessions and events are replayed from here.
    pub started_ms: Option<i64>,
    /// The latest changes, oldest first (at most `MAX_CHANGES`), as data.
    pub changes: Vec<Change>,
    /// Physiotherapist routines that adjust automatically.
    pub imported: Vec<ImportedProgress>,
}

/// How many changes the plan keeps to explain itself.
pub const MAX_CHANGES: usize = 80;

// ---------------------------------------------------------------------------------
// Logic: gating, judging one session, moving one item one step, applying sessions.
// ---------------------------------------------------------------------------------

/// The lowest dose step: two steps below an exercise's default dose.
pub const MIN_STEP: i8 = -2;
/// The highest dose step: three steps above the default; beyond it she moves on to the
/// harder variant of the chain.
pub const MAX_STEP: i8 = 3;

/// Reps added per dose step (count).
const REPS_PER_STEP: i32 = 2;
/// Seconds of timed work added per dose step (s).
const SECONDS_PER_STEP: i32 = 15;
/// Reps never go below this (unless the default already does) nor above `MAX_REPS`.
const MIN_REPS: i32 = 3;
/// Reps never go above this (unless the default already does).
const MAX_REPS: i32 = 20;
/// Timed work never goes below this, in seconds (unless the default already does).
const MIN_TIMED_S: i32 = 15;
/// Timed work never goes above this, in seconds (unless the default already does).
const MAX_TIMED_S: i32 = 600;

/// True when the exercise suits her now: she is at least its earliest week for her kind
/// of birth, and, in the first `th.tear_weeks` weeks after a third- or fourth-degree
/// tear, it is walking, breathing, pelvic-floor work, a posture lesson or self-care.
pub fn allowed(e: &Exercise, stage: &StageNow, th: &Thresholds) -> bool {
    if e.earliest_week(stage.caesarean) > stage.weeks {
        return false;
    }
    if stage.severe_tear && stage.weeks < th.tear_weeks {
        return matches!(
            e.kind,
            Kind::Walk | Kind::Breathing | Kind::PelvicFloor | Kind::Lesson | Kind::SelfCare
        );
    }
    true
}

/// The dose of `e` at dose step `step` (clamped to `MIN_STEP..=MAX_STEP`): 2 reps more per
/// step, kept within 3–20 reps; or 15 s more timed work per step, kept within 15 s and
/// the larger of the default and 10 minutes. Bounds never cut into the default itself.
/// Walks never change with steps: they progress only along the walk chain. Sets and
/// rest stay as they are, so the result always passes `Dose::check`.
pub fn dose_at(e: &Exercise, step: i8) -> Dose {
    let base = e.dose;
    if e.kind == Kind::Walk {
        return base;
    }
    let step = i32::from(step.clamp(MIN_STEP, MAX_STEP));
    let work = match base.work {
        Work::Reps {
            reps,
            rep_s,
            hold_s,
        } => {
            let default = i32::from(reps);
            let value = (default + REPS_PER_STEP * step)
                .clamp(MIN_REPS.min(default), MAX_REPS.max(default));
            Work::Reps {
                reps: u8::try_from(value).unwrap_or(reps),
                rep_s,
                hold_s,
            }
        }
        Work::Timed { seconds } => {
            let default = i32::from(seconds);
            let value = (default + SECONDS_PER_STEP * step)
                .clamp(MIN_TIMED_S.min(default), MAX_TIMED_S.max(default));
            Work::Timed {
                seconds: u16::try_from(value).unwrap_or(seconds),
            }
        }
    };
    Dose { work, ..base }
}

/// One item's move, as data: when, from where to where, what happened and why. Turned
/// into words only when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// When it happened: the start of the session that caused it, or the moment the
    /// event (a red flag, time away, a new stage) took effect.
    pub at_ms: i64,
    pub from: Position,
    pub to: Position,
    /// What actually happened: `Progress` only when `to` is one step harder, `StepBack`
    /// only when it is one step gentler, `Start` when the item joined her plan, else
    /// `Hold`.
    pub verdict: Verdict,
    pub reason: Reason,
    /// The physiotherapist's routine this change belongs to (its `imported_at_ms`);
    /// `None` for her own plan.
    pub routine: Option<i64>,
}

/// Exercises kept out of her plan in the first `GIRDLE_WEEKS` weeks when she had back
/// or pelvic pain in pregnancy: they load one leg or open the pelvis unevenly, which
/// pelvic-girdle pain often dislikes. Symmetrical versions stay.
pub const GIRDLE_AVOID: [&str; 2] = ["hip-flexor-stretch", "bird-dog"];

/// Weeks after the birth during which `GIRDLE_AVOID` applies.
pub const GIRDLE_WEEKS: u8 = 12;

/// True when the exercise suits her now: `allowed` and, while pelvic-girdle care
/// applies, not one of `GIRDLE_AVOID`.
pub fn suits(e: &Exercise, stage: &StageNow, th: &Thresholds) -> bool {
    allowed(e, stage, th) && !(stage.girdle_care && GIRDLE_AVOID.contains(&e.id.as_str()))
}

/// The position one step harder, or why it stays. Walks skip dose steps and move along
/// the walk chain; everything else fills its dose steps first, then moves on to the
/// harder variant (at dose step 0) if it suits her.
fn step_up(
    at: &Position,
    e: &Exercise,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Result<Position, Reason> {
    if e.kind != Kind::Walk && at.dose_step < MAX_STEP {
        return Ok(Position {
            exercise: at.exercise.clone(),
            dose_step: at.dose_step + 1,
        });
    }
    match e.harder.as_ref().and_then(|h| catalog.get(h)) {
        None => Err(Reason::AtTop),
        Some(next) if suits(next, stage, th) => Ok(Position {
            exercise: next.id.clone(),
            dose_step: 0,
        }),
        Some(next) if allowed(next, stage, th) => Err(Reason::KeptSymmetric),
        Some(_) => Err(Reason::StageLocked),
    }
}

/// The position one step gentler, or `None` when it is already as gentle as it goes: a
/// dose step down while above the default; else back to the easier variant (at dose
/// step 0) if there is one that suits her; else a dose step down to `MIN_STEP`.
fn step_down(
    at: &Position,
    e: &Exercise,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Option<Position> {
    let is_walk = e.kind == Kind::Walk;
    if !is_walk && at.dose_step > 0 {
        return Some(Position {
            exercise: at.exercise.clone(),
            dose_step: at.dose_step - 1,
        });
    }
    if let Some(prev) = e
        .easier
        .as_ref()
        .and_then(|p| catalog.get(p))
        .filter(|p| suits(p, stage, th))
    {
        return Some(Position {
            exercise: prev.id.clone(),
            dose_step: 0,
        });
    }
    (!is_walk && at.dose_step > MIN_STEP).then(|| Position {
        exercise: at.exercise.clone(),
        dose_step: at.dose_step - 1,
    })
}

/// What one session (or event) asks of one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Up(Reason),
    Stay(Reason),
    Down(Reason),
}

/// Where the rules allow an item to go.
#[derive(Clone, Copy, Debug)]
pub struct Bounds<'a> {
    pub catalog: &'a Catalog,
    pub stage: &'a StageNow,
    pub th: &'a Thresholds,
    /// Only the dose moves (a physiotherapist chose the exercise), never the variant.
    pub dose_only: bool,
}

/// Moves one position by one call: at most one step. Returns the new position, the
/// verdict and the reason (a blocked move holds, with why).
pub fn move_by(at: &Position, call: Call, b: &Bounds) -> (Position, Verdict, Reason) {
    let hold = |reason| (at.clone(), Verdict::Hold, reason);
    let Some(e) = b.catalog.get(&at.exercise) else {
        return hold(Reason::AtTop);
    };
    match call {
        Call::Stay(reason) => hold(reason),
        // A walk's dose never changes with steps (`dose_at`), so dose-only walks stay.
        Call::Up(_) if b.dose_only && e.kind == Kind::Walk => hold(Reason::AtTop),
        Call::Down(_) if b.dose_only && e.kind == Kind::Walk => hold(Reason::AtGentlest),
        Call::Up(reason) if b.dose_only => {
            if at.dose_step < MAX_STEP {
                let to = Position {
                    exercise: at.exercise.clone(),
                    dose_step: at.dose_step + 1,
                };
                (to, Verdict::Progress, reason)
            } else {
                hold(Reason::AtTop)
            }
        }
        Call::Up(reason) => match step_up(at, e, b.catalog, b.stage, b.th) {
            Ok(to) => (to, Verdict::Progress, reason),
            Err(why) => hold(why),
        },
        Call::Down(reason) if b.dose_only => {
            if at.dose_step > MIN_STEP {
                let to = Position {
                    exercise: at.exercise.clone(),
                    dose_step: at.dose_step - 1,
                };
                (to, Verdict::StepBack, reason)
            } else {
                hold(Reason::AtGentlest)
            }
        }
        Call::Down(reason) => match step_down(at, e, b.catalog, b.stage, b.th) {
            Some(to) => (to, Verdict::StepBack, reason),
            None => hold(Reason::AtGentlest),
        },
    }
}

/// A dose step within `MIN_STEP..=MAX_STEP`; always 0 for walks.
pub fn normal_step(e: &Exercise, step: i8) -> i8 {
    if e.kind == Kind::Walk {
        0
    } else {
        step.clamp(MIN_STEP, MAX_STEP)
    }
}

/// True when the log's story is complete enough to judge: it has a next-morning report
/// or she skipped it; or its morning check can no longer be answered (it started more
/// than `MORNING_CHECK_DAYS` days before today); or pain during it was already too much
/// (no morning can undo a step back). While the morning check is still open the log
/// waits, so an answer she is about to give is never missed.
pub fn ready(log: &SessionLog, today_start_ms: i64, th: &Thresholds) -> bool {
    let c = &log.comfort;
    c.morning.is_some()
        || c.morning_skipped
        || log.started_at_ms < today_start_ms - MORNING_CHECK_DAYS * DAY_MS
        || c.after
            .as_ref()
            .is_some_and(|a| a.worst_pain.value() > th.acceptable_max)
}

/// What one session means for one item that she did in it, by the pain-monitoring
/// rules: the call, and the item's new streak. `completed` is false when she stopped
/// before finishing the item; `after_check` is true for the first session after she
/// said she had been checked (it may hold or step back, never step up).
pub fn call_for(
    item_streak: u8,
    judged: (Judgement, Option<Reason>),
    completed: bool,
    after_check: bool,
    th: &Thresholds,
) -> (Call, u8) {
    let need = th.sessions_to_progress.max(1);
    match judged {
        (Judgement::TooMuch, r) => (Call::Down(r.unwrap_or(Reason::MorningWorse)), 0),
        (Judgement::Comfortable, _) if !completed => (Call::Stay(Reason::StoppedEarly), 0),
        (Judgement::Comfortable, _) if after_check => (Call::Stay(Reason::AfterCheck), 0),
        (Judgement::Comfortable, _) => {
            let have = item_streak.saturating_add(1);
            if have >= need {
                (Call::Up(Reason::ComfortableStreak { sessions: have }), 0)
            } else {
                (Call::Stay(Reason::BuildingStreak { have, need }), have)
            }
        }
        (_, r) => (Call::Stay(r.unwrap_or(Reason::NoReport)), 0),
    }
}
