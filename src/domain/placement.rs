//! Placing her where she is: the starting level of each chain in her plan, from how
//! long it has been since the birth, how she gave birth, a severe tear, a clinician's
//! clearance, how active she was before pregnancy and her pain now.
//!
//! Pure and table-driven. It never places anything above the stage gates: the level
//! only says how far along a chain to start, and the member chosen is the hardest one
//! up to that far that suits her now. It does not move items afterwards (see `settle`).

use super::catalog::Catalog;
use super::exercise::{Exercise, Kind};
use super::profile::{Activity, Delivery, StageNow};
use super::progression::{suits, Position, MAX_STEP, MIN_STEP};
use super::settings::Thresholds;

/// What placement reads about her, at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Factors {
    /// Whole weeks since the birth.
    pub weeks: u8,
    pub delivery: Delivery,
    /// A third- or fourth-degree tear.
    pub severe_tear: bool,
    /// A clinician has cleared her for more exercise (by this moment).
    pub cleared: bool,
    pub activity: Activity,
    /// Her resting back pain now (0–10), if known.
    pub pain: Option<u8>,
}

/// The highest starting level (the fullest start).
pub const TOP_LEVEL: u8 = 3;

/// Pain at or above this places her at the gentlest level.
pub const HIGH_PAIN: u8 = 6;
/// Pain at or above this (and below `HIGH_PAIN`) places her one level lower.
pub const MODERATE_PAIN: u8 = 4;

/// Weeks after the birth at which levels 1, 2 and 3 begin, by type of birth. An
/// assisted birth waits a little longer than an uncomplicated one (longer recovery
/// after a difficult labour); a caesarean waits for the wound's 6 weeks of healing, an
/// emergency one a little longer still.
pub fn level_weeks(delivery: Delivery) -> [u8; 3] {
    match delivery {
        Delivery::Vaginal => [3, 6, 12],
        Delivery::AssistedVaginal => [4, 8, 14],
        Delivery::PlannedCaesarean => [6, 10, 14],
        Delivery::EmergencyCaesarean => [6, 11, 16],
    }
}

/// Weeks after the birth at which a clinician's check is usual; from then on, without
/// one, she is not placed at the top level.
pub const CHECK_WEEKS: u8 = 6;

/// Weeks after a severe tear during which she starts one level lower.
pub const TEAR_CAUTION_WEEKS: u8 = 12;

/// Her starting level, 0 (the gentlest) to `TOP_LEVEL`, and the dose step to start at.
///
/// 1. Weeks since the birth give the level by `level_weeks` for her type of birth.
/// 2. A severe tear, in its first `TEAR_CAUTION_WEEKS` weeks: one level lower.
/// 3. Without a clinician's clearance from `CHECK_WEEKS` weeks: at most level 2.
/// 4. Not very active before pregnancy: one level lower (never below 1 when already
///    at 2 or more); very active: one dose step up from level 1.
/// 5. Pain now at `HIGH_PAIN` or more: level 0 and one dose step down; at
///    `MODERATE_PAIN` or more: one level lower.
pub fn starting_level(f: &Factors) -> (u8, i8) {
    let bounds = level_weeks(f.delivery);
    let mut level = u8::try_from(bounds.iter().filter(|w| f.weeks >= **w).count()).unwrap_or(0);
    if f.severe_tear && f.weeks < TEAR_CAUTION_WEEKS {
        level = level.saturating_sub(1);
    }
    if !f.cleared && f.weeks >= CHECK_WEEKS {
        level = level.min(2);
    }
    let mut dose_step = 0;
    match f.activity {
        Activity::Low if level >= 2 => level -= 1,
        Activity::High if level >= 1 => dose_step = 1,
        _ => {}
    }
    match f.pain {
        Some(p) if p >= HIGH_PAIN => {
            level = 0;
            dose_step = -1;
        }
        Some(p) if p >= MODERATE_PAIN => {
            level = level.saturating_sub(1);
            dose_step = dose_step.min(0);
        }
        _ => {}
    }
    (level.min(TOP_LEVEL), dose_step.clamp(MIN_STEP, MAX_STEP))
}

/// How far along a chain of `len` members a level reaches: level 0 is the first member,
/// `TOP_LEVEL` the last, in between spread evenly (rounded down).
pub fn reach(level: u8, len: usize) -> usize {
    let last = len.saturating_sub(1);
    (usize::from(level.min(TOP_LEVEL)) * last) / usize::from(TOP_LEVEL)
}

/// Where a chain starts for her: the hardest member up to `reach(level)` that suits her
/// now, at the level's dose step (0 for walks); `None` when no member suits her yet.
pub fn place(
    chain: &[&Exercise],
    level: u8,
    dose_step: i8,
    stage: &StageNow,
    th: &Thresholds,
) -> Option<Position> {
    let far = reach(level, chain.len());
    let e = chain
        .iter()
        .take(far + 1)
        .rev()
        .find(|m| suits(m, stage, th))?;
    Some(Position {
        exercise: e.id.clone(),
        dose_step: if e.kind == Kind::Walk { 0 } else { dose_step },
    })
}

/// `place` for the chain whose first member is `root` in `catalog`.
pub fn place_root(
    catalog: &Catalog,
    root: &str,
    level: u8,
    dose_step: i8,
    stage: &StageNow,
    th: &Thresholds,
) -> Option<Position> {
    let first = catalog.find(root)?;
    place(&catalog.chain(&first.id), level, dose_step, stage, th)
}
