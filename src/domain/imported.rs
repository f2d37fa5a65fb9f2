//! Routines she received from a physiotherapist, and the physio's own draft.
//!
//! Both are kept as their share codes in the saved document (the share format is
//! already versioned, validated and frozen by golden links), and decoded on load.

use super::catalog::Catalog;
use super::exercise::ExerciseId;
use super::profile::{Profile, StageNow};
use super::progression::allowed;
use super::settings::Thresholds;
use super::share::SharedRoutine;

/// A shared routine she chose to keep.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedRoutine {
    pub routine: SharedRoutine,
    pub imported_at_ms: i64,
    /// Her plan for now (instead of the app's own routine), or kept alongside it.
    pub as_plan: bool,
    /// She confirmed her physiotherapist cleared the exercises above her stage.
    pub cleared_above_stage: bool,
}

impl ImportedRoutine {
    /// Whether `other` is the same routine from the same person (to offer an update).
    pub fn same_source(&self, other: &SharedRoutine) -> bool {
        self.routine.name == other.name && self.routine.clinician == other.clinician
    }
}

/// The exercises of a shared routine that are above her stage.
pub fn above_stage(
    routine: &SharedRoutine,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> Vec<ExerciseId> {
    routine
        .exercises
        .iter()
        .filter(|x| {
            catalog
                .get(&x.exercise)
                .is_some_and(|e| !allowed(e, stage, th))
        })
        .map(|x| x.exercise.clone())
        .collect()
}

/// Her stage for judging a shared routine: from her profile, or, before she has given
/// one, the most cautious stage (the first days after a caesarean).
pub fn stage_for_import(profile: Option<&Profile>, now_ms: i64, offset_min: i32) -> StageNow {
    profile.map_or(
        StageNow {
            weeks: 0,
            days: 0,
            caesarean: true,
            severe_tear: false,
            girdle_care: false,
        },
        |p| p.stage(now_ms, offset_min),
    )
}
