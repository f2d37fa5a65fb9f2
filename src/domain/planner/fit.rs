//! Fitting entries to time: what an entry costs, trimming a dose to a limit, the
//! warm-up kept whole and in proportion, and filling a slot within its budget.

use super::{Pick, ITEM_SHARE_PCT};
use crate::domain::exercise::{Dose, Exercise, Sides, Work};
use crate::domain::progression::dose_at;
use crate::domain::routine::{SWITCH_SIDE_S, TRANSITION_S};

/// The planned time one entry adds to a routine, in ms: its work, rests and side
/// switches, and the transition before it.
pub fn entry_ms(e: &Exercise, dose: &Dose) -> i64 {
    let switches = match e.sides {
        Sides::Both => 0,
        Sides::EachSide => u32::from(dose.sets) * SWITCH_SIDE_S,
    };
    i64::from(TRANSITION_S + dose.total_seconds(e.sides) + switches) * 1000
}

/// The dose made to fit `limit_ms` by taking sets off, then shortening each set down
/// to about half its work: timed work in 15-second steps, counted work a rep at a time.
/// `Err` holds the most trimmed dose when even that does not fit.
pub(super) fn fit_dose(e: &Exercise, dose: Dose, limit_ms: i64) -> Result<Dose, Dose> {
    let (floor_s, floor_reps) = match dose.work {
        Work::Timed { seconds } => ((seconds / 2).max(15), 0),
        Work::Reps { reps, .. } => (0, reps.div_ceil(2)),
    };
    let mut d = dose;
    while entry_ms(e, &d) > limit_ms {
        match d.work {
            _ if d.sets > 1 => d.sets -= 1,
            Work::Timed { seconds } if seconds >= floor_s + 15 => {
                d.work = Work::Timed {
                    seconds: seconds - 15,
                };
            }
            Work::Reps {
                reps,
                rep_s,
                hold_s,
            } if reps > floor_reps => {
                d.work = Work::Reps {
                    reps: reps - 1,
                    rep_s,
                    hold_s,
                };
            }
            _ => return Err(d),
        }
    }
    Ok(d)
}

pub(super) fn slot_ms(picks: &[Pick]) -> i64 {
    picks.iter().map(|p| entry_ms(p.exercise, &p.dose)).sum()
}

/// The warm-up, always whole: one set of each, each held to its part of `budget_ms`
/// (in proportion to what one set of its variant takes at the default dose) and trimmed
/// to fit it, or kept at its most trimmed dose. Each entry's part depends only on its
/// own variant, so easing one off never makes another longer. Whatever is still over
/// is taken off the other slots by the caller.
pub(super) fn fit_warm_up(picks: Vec<Pick>, budget_ms: i64) -> Vec<Pick> {
    let one_set = |p: &Pick| Dose {
        sets: 1,
        ..dose_at(p.exercise, 0)
    };
    let weights: Vec<i64> = picks
        .iter()
        .map(|p| entry_ms(p.exercise, &one_set(p)))
        .collect();
    let total: i64 = weights.iter().sum::<i64>().max(1);
    picks
        .into_iter()
        .zip(weights)
        .map(|(p, w)| {
            let dose = Dose { sets: 1, ..p.dose };
            let dose = fit_dose(p.exercise, dose, budget_ms * w / total).unwrap_or_else(|d| d);
            Pick { dose, ..p }
        })
        .collect()
}

/// Takes picks in order into a slot of `budget_ms` until it holds `most`, each held to
/// `ITEM_SHARE_PCT` of the slot (unless it is the only candidate) and trimmed to fit
/// what is left; one that cannot fit is left out and the next is tried. When none fits
/// its share, the first that fits the whole slot stands alone.
pub(super) fn fill(picks: Vec<Pick>, budget_ms: i64, most: usize) -> Vec<Pick> {
    let count = picks.len().min(most);
    let per_item = if count > 1 {
        budget_ms * ITEM_SHARE_PCT / 100
    } else {
        budget_ms
    };
    let mut out: Vec<Pick> = Vec::new();
    for p in &picks {
        if out.len() >= most {
            break;
        }
        let left = budget_ms - slot_ms(&out);
        if let Ok(dose) = fit_dose(p.exercise, p.dose, per_item.min(left)) {
            out.push(Pick { dose, ..p.clone() });
        }
    }
    if out.is_empty() {
        out.extend(picks.iter().find_map(|p| {
            let dose = fit_dose(p.exercise, p.dose, budget_ms).ok()?;
            Some(Pick { dose, ..p.clone() })
        }));
    }
    out
}
