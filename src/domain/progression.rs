//! Progression: each exercise in her plan has a level in its progression chain and a
//! dose step, moved by the pain-monitoring rules after each session.
//!
//! The types here are part of the saved document; the logic is below them.

use super::exercise::ExerciseId;

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
