//! One line of progress (her own plan, or one physiotherapist's routine), which
//! sessions move it, and what she did of an item in a session.

use crate::domain::catalog::Catalog;
use crate::domain::exercise::ExerciseId;
use crate::domain::history::SessionLog;
use crate::domain::imported::ImportedRoutine;
use crate::domain::progression::PlanItem;
use crate::domain::settings::Thresholds;

/// One line of progress: her own plan, or one physiotherapist's routine.
pub(super) struct Track<'a> {
    pub(super) items: Vec<PlanItem>,
    /// `None` for her own plan; else the routine's `imported_at_ms`.
    pub(super) routine: Option<&'a ImportedRoutine>,
    pub(super) th: Thresholds,
    /// Time-away steps taken since the latest session.
    pub(super) away_steps: u8,
}

impl Track<'_> {
    pub(super) fn key(&self) -> Option<i64> {
        self.routine.map(|r| r.imported_at_ms)
    }

    /// True when this track moves on `log` (`kept`: every routine she kept).
    pub(super) fn owns(&self, log: &SessionLog, kept: &[ImportedRoutine]) -> bool {
        log.belongs_to(self.routine, kept)
    }

    /// When time away starts counting for this track, given her latest session: a
    /// physiotherapist's routine counts only from when she kept it.
    pub(super) fn away_since(&self, last: i64) -> i64 {
        self.routine.map_or(last, |r| last.max(r.imported_at_ms))
    }
}

/// Whether she did `item` in `log` (`None`: not at all), and if so whether she did all
/// of its work. For her own plan any member of the item's chain counts; for a
/// physiotherapist's routine, only that exercise.
pub(super) fn done_in(
    log: &SessionLog,
    item: &PlanItem,
    catalog: &Catalog,
    exact: bool,
) -> Option<bool> {
    let chain: Vec<&ExerciseId> = if exact {
        vec![&item.exercise]
    } else {
        catalog
            .chain(&item.exercise)
            .into_iter()
            .map(|m| &m.id)
            .collect()
    };
    let mine: Vec<_> = log
        .exercises
        .iter()
        .filter(|x| chain.contains(&&x.exercise) && x.done_work_s > 0)
        .collect();
    if mine.is_empty() {
        return None;
    }
    Some(mine.iter().all(|x| x.done_work_s >= x.planned_work_s))
}
