//! Progression: each exercise in her plan has a level in its progression chain and a
//! dose step, moved by the pain-monitoring rules after each session.
//!
//! Owns gating by stage (`allowed`), judging one session (`judge`), what a dose step
//! means (`dose_at`) and applying finished sessions to the plan (`apply`), one step at
//! most per item per session. It reads no clock: times come from the caller.
//!
//! The types here are part of the saved document; the logic is below them.

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Kind, Work};
use super::history::{SessionLog, MORNING_CHECK_DAYS};

use super::profile::StageNow;
use super::settings::Thresholds;

mod judging;

use judging::assess;
pub use judging::{judge, Judgement, Reason, Verdict};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// One exercise of her plan: where she is in its chain, and how far its dose has moved
/// from the exercise's default (one step is a little more time or a couple more reps).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    /// The current variant (a member of its progression chain).
    pub exercise: ExerciseId,
    /// Dose steps from the default; see `MIN_STEP` and `MAX_STEP`.
    pub dose_step: i8,
}

/// Her plan's progression state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanState {
    pub items: Vec<PlanItem>,
    /// Comfortable sessions in a row counted towards the next step up.
    pub streak: u8,
    /// Sessions started at or before this time have already moved the plan.
    pub applied_through_ms: i64,
}

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

/// One item's move after one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub from: PlanItem,
    pub to: PlanItem,
    /// What actually happened: `Progress` only when `to` is one step harder, `StepBack`
    /// only when it is one step gentler, else `Hold`.
    pub verdict: Verdict,
    pub reason: Reason,
}

/// The item one step harder, or why it stays. Walks skip dose steps and move along the
/// walk chain; everything else fills its dose steps first, then moves on to the harder
/// variant (at dose step 0) if it suits her stage.
fn step_up(
    item: &PlanItem,
    e: &Exercise,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Result<PlanItem, Reason> {
    if e.kind != Kind::Walk && item.dose_step < MAX_STEP {
        return Ok(PlanItem {
            exercise: item.exercise.clone(),
            dose_step: item.dose_step + 1,
        });
    }
    match e.harder.as_ref().and_then(|h| catalog.get(h)) {
        None => Err(Reason::AtTop),
        Some(next) if allowed(next, stage, th) => Ok(PlanItem {
            exercise: next.id.clone(),
            dose_step: 0,
        }),
        Some(_) => Err(Reason::StageLocked),
    }
}

/// The item one step gentler, or `None` when it is already as gentle as it goes: a dose
/// step down while above the default; else back to the easier variant (at dose step 0)
/// if there is one that suits her stage; else a dose step down to `MIN_STEP`.
fn step_down(
    item: &PlanItem,
    e: &Exercise,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Option<PlanItem> {
    let is_walk = e.kind == Kind::Walk;
    if !is_walk && item.dose_step > 0 {
        return Some(PlanItem {
            exercise: item.exercise.clone(),
            dose_step: item.dose_step - 1,
        });
    }
    if let Some(prev) = e
        .easier
        .as_ref()
        .and_then(|p| catalog.get(p))
        .filter(|p| allowed(p, stage, th))
    {
        return Some(PlanItem {
            exercise: prev.id.clone(),
            dose_step: 0,
        });
    }
    (!is_walk && item.dose_step > MIN_STEP).then(|| PlanItem {
        exercise: item.exercise.clone(),
        dose_step: item.dose_step - 1,
    })
}

/// What one session does to every item: the verdict it calls for and its reason.
enum Call {
    Up(Reason),
    Stay(Reason),
    Down(Reason),
}

fn move_item(
    item: &PlanItem,
    e: &Exercise,
    call: &Call,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Change {
    let hold = |reason| Change {
        from: item.clone(),
        to: item.clone(),
        verdict: Verdict::Hold,
        reason,
    };
    match *call {
        Call::Stay(reason) => hold(reason),
        Call::Up(reason) => match step_up(item, e, catalog, stage, th) {
            Ok(to) => Change {
                from: item.clone(),
                to,
                verdict: Verdict::Progress,
                reason,
            },
            Err(why) => hold(why),
        },
        Call::Down(reason) => match step_down(item, e, catalog, stage, th) {
            Some(to) => Change {
                from: item.clone(),
                to,
                verdict: Verdict::StepBack,
                reason,
            },
            None => hold(Reason::AtGentlest),
        },
    }
}

/// Re-gates every item: drops items whose exercise is not in the catalogue (silently),
/// brings a saved dose step back within `MIN_STEP..=MAX_STEP` (0 for walks),
/// and moves an item whose exercise no longer suits her stage (her details changed) to
/// the easiest member of its chain that does, at dose step 0, or drops it when none
/// does. Returns the new state and a `StepBack` change (`Reason::NotForStageYet`) for
/// each moved item.
pub fn regate(
    state: &PlanState,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> (PlanState, Vec<Change>) {
    let mut items = Vec::with_capacity(state.items.len());
    let mut changes = Vec::new();
    for item in &state.items {
        let Some(e) = catalog.get(&item.exercise) else {
            continue;
        };
        if allowed(e, stage, th) {
            items.push(PlanItem {
                exercise: item.exercise.clone(),
                dose_step: normal_step(e, item.dose_step),
            });
            continue;
        }
        let easiest = catalog
            .chain(&item.exercise)
            .into_iter()
            .find(|m| allowed(m, stage, th));
        if let Some(m) = easiest {
            let to = PlanItem {
                exercise: m.id.clone(),
                dose_step: 0,
            };
            changes.push(Change {
                from: item.clone(),
                to: to.clone(),
                verdict: Verdict::StepBack,
                reason: Reason::NotForStageYet,
            });
            items.push(to);
        }
    }
    (
        PlanState {
            items,
            ..state.clone()
        },
        changes,
    )
}

/// A dose step within `MIN_STEP..=MAX_STEP`; always 0 for walks.
fn normal_step(e: &Exercise, step: i8) -> i8 {
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
fn ready(log: &SessionLog, today_start_ms: i64, th: &Thresholds) -> bool {
    let c = &log.comfort;
    c.morning.is_some()
        || c.morning_skipped
        || log.started_at_ms < today_start_ms - MORNING_CHECK_DAYS * DAY_MS
        || c.after
            .as_ref()
            .is_some_and(|a| a.worst_pain.value() > th.acceptable_max)
}

/// Applies her finished sessions to the plan, oldest first, and returns the new state
/// with every change made (`today_start_ms` is the start of her local day, in ms since
/// the Unix epoch).
///
/// First `regate` runs. Then each log started after `state.applied_through_ms` is
/// applied in order of its start, while its story is complete: it has a next-morning
/// report or she skipped it, or it started before `today_start_ms`, or its worst pain
/// was already above `th.acceptable_max` (a step back that no morning can undo, applied
/// at once). The first log of today still waiting for its next-morning check stops the
/// run; it and any later ones wait for a later call. For each applied log:
/// - `Comfortable` adds one to the streak; when the streak reaches
///   `th.sessions_to_progress` every item steps up once and the streak restarts at 0;
///   otherwise every item holds (`Reason::BuildingStreak`). A session stopped early
///   counts as a hold (`Reason::StoppedEarly`) rather than a comfortable one.
/// - `Acceptable` and `Unknown` hold every item and restart the streak.
/// - `TooMuch` steps every item back once and restarts the streak.
///
/// There is one `Change` per item per applied session (holds included), and no item
/// moves more than one step per session. `applied_through_ms` becomes the start of the
/// last applied log, so applying the same logs again changes nothing.
pub fn apply(
    state: &PlanState,
    logs: &[SessionLog],
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
    today_start_ms: i64,
) -> (PlanState, Vec<Change>) {
    let (mut state, mut changes) = regate(state, catalog, stage, th);
    let mut pending: Vec<&SessionLog> = logs
        .iter()
        .filter(|l| l.started_at_ms > state.applied_through_ms)
        .collect();
    pending.sort_by_key(|l| l.started_at_ms);
    let need = th.sessions_to_progress.max(1);
    for log in pending {
        if !ready(log, today_start_ms, th) {
            break;
        }
        let (judgement, reason) = assess(&log.comfort, th);
        let call = match (judgement, reason) {
            (Judgement::TooMuch, r) => {
                state.streak = 0;
                Call::Down(r.unwrap_or(Reason::MorningWorse))
            }
            (Judgement::Comfortable, _) if log.stopped_early => {
                state.streak = 0;
                Call::Stay(Reason::StoppedEarly)
            }
            (Judgement::Comfortable, _) => {
                let have = state.streak.saturating_add(1);
                if have >= need {
                    state.streak = 0;
                    Call::Up(Reason::ComfortableStreak { sessions: have })
                } else {
                    state.streak = have;
                    Call::Stay(Reason::BuildingStreak { have, need })
                }
            }
            (_, r) => {
                state.streak = 0;
                Call::Stay(r.unwrap_or(Reason::NoReport))
            }
        };
        let mut items = Vec::with_capacity(state.items.len());
        for item in &state.items {
            let Some(e) = catalog.get(&item.exercise) else {
                continue;
            };
            let change = move_item(item, e, &call, catalog, stage, th);
            items.push(change.to.clone());
            changes.push(change);
        }
        state.items = items;
        state.applied_through_ms = log.started_at_ms;
    }
    (state, changes)
}
