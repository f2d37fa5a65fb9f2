//! Wire conversions for the plan (format 4): items with their own history, and changes
//! as reason codes with their numbers. Every value read back is validated.

use super::wire::{WireChange, WireImportedProgress, WirePlan, WirePlanItemV4, WirePlanV4};
use super::{corrupt, SavedError};
use crate::domain::exercise::ExerciseId;
use crate::domain::progression::{
    Change, ImportedProgress, PlanItem, PlanState, Position, Reason, Verdict, MAX_CHANGES,
};

/// Format 3 kept one streak for the whole plan and English notes; the items keep
/// their place, the notes (sentences) are dropped, and each item's own streak starts
/// at 0. `settle` replays her history onto the plan at the next start anyway.
pub(super) fn plan_v3_to_v4(w: WirePlan) -> WirePlanV4 {
    WirePlanV4 {
        items: w
            .items
            .into_iter()
            .map(|i| WirePlanItemV4 {
                exercise: i.exercise,
                dose_step: i.dose_step,
                streak: 0,
                last_done_ms: None,
            })
            .collect(),
        started_ms: None,
        changes: Vec::new(),
        imported: Vec::new(),
    }
}

fn item_to_wire(i: &PlanItem) -> WirePlanItemV4 {
    WirePlanItemV4 {
        exercise: i.exercise.to_string(),
        dose_step: i.dose_step,
        streak: i.streak,
        last_done_ms: i.last_done_ms,
    }
}

fn id(raw: &str) -> Result<ExerciseId, SavedError> {
    ExerciseId::new(raw).ok_or_else(|| corrupt("a plan exercise id is invalid"))
}

fn step(raw: i8) -> Result<i8, SavedError> {
    if (-10..=10).contains(&raw) {
        Ok(raw)
    } else {
        Err(corrupt("a dose step is out of range"))
    }
}

fn item_from_wire(w: WirePlanItemV4) -> Result<PlanItem, SavedError> {
    Ok(PlanItem {
        exercise: id(&w.exercise)?,
        dose_step: step(w.dose_step)?,
        streak: w.streak,
        last_done_ms: w.last_done_ms,
    })
}

pub(super) fn plan_to_wire(p: &PlanState) -> WirePlanV4 {
    WirePlanV4 {
        items: p.items.iter().map(item_to_wire).collect(),
        started_ms: p.started_ms,
        changes: p.changes.iter().map(change_to_wire).collect(),
        imported: p
            .imported
            .iter()
            .map(|i| WireImportedProgress {
                imported_at_ms: i.imported_at_ms,
                items: i.items.iter().map(item_to_wire).collect(),
            })
            .collect(),
    }
}

pub(super) fn plan_from_wire(w: WirePlanV4) -> Result<PlanState, SavedError> {
    let items = w
        .items
        .into_iter()
        .map(item_from_wire)
        .collect::<Result<Vec<_>, _>>()?;
    let mut changes = w
        .changes
        .into_iter()
        .map(change_from_wire)
        .collect::<Result<Vec<_>, _>>()?;
    let extra = changes.len().saturating_sub(MAX_CHANGES);
    changes.drain(..extra);
    let imported = w
        .imported
        .into_iter()
        .map(|i| {
            Ok(ImportedProgress {
                imported_at_ms: i.imported_at_ms,
                items: i
                    .items
                    .into_iter()
                    .map(item_from_wire)
                    .collect::<Result<Vec<_>, _>>()?,
            })
        })
        .collect::<Result<Vec<_>, SavedError>>()?;
    Ok(PlanState {
        items,
        started_ms: w.started_ms,
        changes,
        imported,
    })
}

fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::Progress => "progress",
        Verdict::Hold => "hold",
        Verdict::StepBack => "step-back",
        Verdict::Start => "start",
    }
}

fn verdict_from_key(key: &str) -> Option<Verdict> {
    [
        Verdict::Progress,
        Verdict::Hold,
        Verdict::StepBack,
        Verdict::Start,
    ]
    .into_iter()
    .find(|v| verdict_key(*v) == key)
}

/// A reason as its key and numbers.
pub(crate) fn reason_to_wire(r: Reason) -> (&'static str, Vec<u16>) {
    match r {
        Reason::ComfortableStreak { sessions } => ("comfortable-streak", vec![sessions.into()]),
        Reason::BuildingStreak { have, need } => {
            ("building-streak", vec![have.into(), need.into()])
        }
        Reason::PainModerate { pain } => ("pain-moderate", vec![pain.into()]),
        Reason::PainTooHigh { pain } => ("pain-too-high", vec![pain.into()]),
        Reason::MorningWorse => ("morning-worse", vec![]),
        Reason::MorningHigher { baseline, morning } => {
            ("morning-higher", vec![baseline.into(), morning.into()])
        }
        Reason::MorningHigh { pain } => ("morning-high", vec![pain.into()]),
        Reason::MorningUnsettled { pain } => ("morning-unsettled", vec![pain.into()]),
        Reason::MorningMissing => ("morning-missing", vec![]),
        Reason::MorningSkipped => ("morning-skipped", vec![]),
        Reason::NoReport => ("no-report", vec![]),
        Reason::EffortTooHard => ("effort-too-hard", vec![]),
        Reason::StoppedEarly => ("stopped-early", vec![]),
        Reason::AtTop => ("at-top", vec![]),
        Reason::StageLocked => ("stage-locked", vec![]),
        Reason::AtGentlest => ("at-gentlest", vec![]),
        Reason::NotForStageYet => ("not-for-stage-yet", vec![]),
        Reason::KeptSymmetric => ("kept-symmetric", vec![]),
        Reason::Away { days } => ("away", vec![days]),
        Reason::RedFlag => ("red-flag", vec![]),
        Reason::AfterCheck => ("after-check", vec![]),
        Reason::Placed { level } => ("placed", vec![level.into()]),
    }
}

/// A reason back from its key and numbers; `None` for an unknown key, missing numbers
/// or numbers out of range.
pub(crate) fn reason_from_wire(key: &str, n: &[u16]) -> Option<Reason> {
    let small = |i: usize, max: u16| {
        n.get(i)
            .copied()
            .filter(|v| *v <= max)
            .and_then(|v| u8::try_from(v).ok())
    };
    let pain = |i| small(i, 10);
    Some(match key {
        "comfortable-streak" => Reason::ComfortableStreak {
            sessions: small(0, 255)?,
        },
        "building-streak" => Reason::BuildingStreak {
            have: small(0, 255)?,
            need: small(1, 255)?,
        },
        "pain-moderate" => Reason::PainModerate { pain: pain(0)? },
        "pain-too-high" => Reason::PainTooHigh { pain: pain(0)? },
        "morning-worse" => Reason::MorningWorse,
        "morning-higher" => Reason::MorningHigher {
            baseline: pain(0)?,
            morning: pain(1)?,
        },
        "morning-high" => Reason::MorningHigh { pain: pain(0)? },
        "morning-unsettled" => Reason::MorningUnsettled { pain: pain(0)? },
        "morning-missing" => Reason::MorningMissing,
        "morning-skipped" => Reason::MorningSkipped,
        "no-report" => Reason::NoReport,
        "effort-too-hard" => Reason::EffortTooHard,
        "stopped-early" => Reason::StoppedEarly,
        "at-top" => Reason::AtTop,
        "stage-locked" => Reason::StageLocked,
        "at-gentlest" => Reason::AtGentlest,
        "not-for-stage-yet" => Reason::NotForStageYet,
        "kept-symmetric" => Reason::KeptSymmetric,
        "away" => Reason::Away {
            days: n.first().copied().filter(|d| *d <= 3660)?,
        },
        "red-flag" => Reason::RedFlag,
        "after-check" => Reason::AfterCheck,
        "placed" => Reason::Placed {
            level: small(0, 3)?,
        },
        _ => return None,
    })
}

fn change_to_wire(c: &Change) -> WireChange {
    let (reason, n) = reason_to_wire(c.reason);
    WireChange {
        at_ms: c.at_ms,
        from: c.from.exercise.to_string(),
        from_step: c.from.dose_step,
        to: c.to.exercise.to_string(),
        to_step: c.to.dose_step,
        verdict: verdict_key(c.verdict).to_owned(),
        reason: reason.to_owned(),
        n,
        routine: c.routine,
    }
}

fn change_from_wire(w: WireChange) -> Result<Change, SavedError> {
    Ok(Change {
        at_ms: w.at_ms,
        from: Position {
            exercise: id(&w.from)?,
            dose_step: step(w.from_step)?,
        },
        to: Position {
            exercise: id(&w.to)?,
            dose_step: step(w.to_step)?,
        },
        verdict: verdict_from_key(&w.verdict).ok_or_else(|| corrupt("unknown plan verdict"))?,
        reason: reason_from_wire(&w.reason, &w.n)
            .ok_or_else(|| corrupt("unknown or malformed plan reason"))?,
        routine: w.routine,
    })
}
