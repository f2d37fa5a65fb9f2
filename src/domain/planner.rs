//! The routine planner: which progression chains her plan holds, today's routine built
//! from them (gentle start, pelvic floor, then what targets where it hurts, filled to
//! a length), a one-line reason for each exercise, and today's walk suggestion.
//!
//! Owns choosing and ordering exercises and fitting them to a length. It does not move
//! the plan (see `progression`) nor play anything (see `session`). Every exercise it
//! plans passes `progression::allowed` for her stage; walks and self-care are never
//! put in a routine (walks are suggested on their own).

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Kind, Work};
use super::profile::{PainSite, Profile, StageNow};
use super::progression::{allowed, dose_at, Change, PlanItem, PlanState};
use super::routine::{Plan, Routine, RoutineName, RoutineStep};
use super::settings::Thresholds;

/// How long today's routine should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// About 5 minutes (never more than `SHORT_CAP_S`), one set of each exercise.
    Short,
    /// About the target length she chose (`MIN_TARGET_MIN`–`MAX_TARGET_MIN` minutes).
    Standard,
}

/// The length a short routine aims for, in seconds (get-ready and transitions included).
pub const SHORT_TARGET_S: i64 = 5 * 60;
/// The most a short routine may last, in seconds.
pub const SHORT_CAP_S: i64 = 6 * 60;
/// The usual target for a standard routine, in minutes.
pub const DEFAULT_TARGET_MIN: u8 = 15;
/// The shortest target a standard routine accepts, in minutes.
pub const MIN_TARGET_MIN: u8 = 10;
/// The longest target a standard routine accepts, in minutes.
pub const MAX_TARGET_MIN: u8 = 20;
/// How far a standard routine may run past its target, in seconds.
pub const OVERRUN_S: i64 = 60;

/// Why one exercise is in today's routine, in plain words, for the Today page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhyLine {
    pub exercise: ExerciseId,
    /// One line, starting with the exercise's name.
    pub text: String,
}

// The first (easiest) member of each chain the planner uses.
mod advice;
mod chains;

use chains::{wanted, Purpose, LESSONS, RELAX, WALK};

pub use advice::walk_suggestion;
use advice::why_text;

/// The chain starting at `root`, easiest first; empty when the catalogue lacks it.
fn chain_of<'a>(catalog: &'a Catalog, root: &str) -> Vec<&'a Exercise> {
    catalog
        .find(root)
        .map_or_else(Vec::new, |e| catalog.chain(&e.id))
}

/// Her plan's item for a chain, if it holds one.
fn item_in<'s>(state: &'s PlanState, chain: &[&Exercise]) -> Option<&'s PlanItem> {
    state
        .items
        .iter()
        .find(|i| chain.iter().any(|m| m.id == i.exercise))
}

/// True when comfort allows adding a chain that opens later than the first days: she
/// has at least one comfortable session towards her next step (`streak >= 1`), or her
/// plan already stands above where it started (some item is above dose step 0 or past
/// the first member of its chain), which only progress puts it.
fn comfort_allows(state: &PlanState, catalog: &Catalog) -> bool {
    state.streak >= 1
        || state.items.iter().any(|i| {
            i.dose_step > 0 || catalog.get(&i.exercise).is_some_and(|e| e.easier.is_some())
        })
}

/// Her plan with an item for every chain the planner may use (the routine chains for
/// her pain sites, a balanced mix, and walking), each new chain starting at its easiest
/// member allowed now, at dose step 0. Existing items are never removed or moved.
///
/// New stages unlock with weeks and type of birth but are only offered when comfort
/// allows: a new chain whose first member opens later than week 0 for her type of birth
/// (heel slides, the stretches and the clam) is added only when `comfort_allows` —
/// her streak is at least 1, or some item has already moved above where it started.
/// A chain with no member allowed now is left for later.
pub fn ensure_items(
    state: &PlanState,
    profile: &Profile,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
) -> PlanState {
    let mut out = state.clone();
    let comfort_ok = comfort_allows(state, catalog);
    let roots = wanted(profile)
        .into_iter()
        .map(|w| w.root)
        .chain(std::iter::once(WALK));
    for root in roots {
        let chain = chain_of(catalog, root);
        let Some(first) = chain.first() else {
            continue;
        };
        if item_in(&out, &chain).is_some() {
            continue;
        }
        if first.earliest_week(stage.caesarean) > 0 && !comfort_ok {
            continue;
        }
        if let Some(start) = chain.iter().find(|m| allowed(m, stage, th)) {
            out.items.push(PlanItem {
                exercise: start.id.clone(),
                dose_step: 0,
            });
        }
    }
    out
}

/// Where her item stands today, re-gated: its own variant and dose step when allowed,
/// else the easiest allowed member of its chain at step 0, else `None`.
fn current<'a>(
    item: &PlanItem,
    chain: &[&'a Exercise],
    stage: &StageNow,
    th: &Thresholds,
) -> Option<(&'a Exercise, i8)> {
    match chain.iter().find(|m| m.id == item.exercise) {
        Some(e) if allowed(e, stage, th) => Some((e, item.dose_step)),
        _ => chain
            .iter()
            .find(|m| allowed(m, stage, th))
            .map(|m| (*m, 0)),
    }
}

/// One entry being considered for the routine.
#[derive(Clone)]
struct Pick<'a> {
    exercise: &'a Exercise,
    dose: Dose,
    purpose: Purpose,
    mandatory: bool,
}

/// The picks in routine order: everything in order of choice, cool-downs last.
fn ordered<'a>(picks: &[Pick<'a>]) -> Vec<Pick<'a>> {
    let (last, first): (Vec<_>, Vec<_>) = picks
        .iter()
        .cloned()
        .partition(|p| p.purpose == Purpose::CoolDown);
    first.into_iter().chain(last).collect()
}

fn routine_of(picks: &[Pick], name: &RoutineName) -> Routine {
    Routine {
        name: name.clone(),
        steps: ordered(picks)
            .iter()
            .map(|p| RoutineStep {
                exercise: p.exercise.id.clone(),
                dose: p.dose,
            })
            .collect(),
    }
}

/// Planned length in milliseconds, get-ready and transitions included (0 when empty).
fn total_ms(picks: &[Pick], name: &RoutineName, catalog: &Catalog) -> i64 {
    Plan::new(routine_of(picks, name), catalog).map_or(0, |p| p.total_ms())
}

fn routine_name(length: Length) -> RoutineName {
    let title = match length {
        Length::Short => "Your 5-minute routine",
        Length::Standard => "Your routine for today",
    };
    RoutineName::fixed(title)
}

/// Today's routine from her plan, and one why line per exercise.
///
/// Order: a breathing entry first, then the bracing chain, then pelvic-floor work
/// (these three whenever her stage allows them, every day), then the chains for her
/// pain sites (lower back: pelvic tilts, knee rolls, back-of-thigh stretch, heel slides
/// and bridges; middle back: knee rolls, cat and cow; upper back: chin tucks; epidural
/// site: knee rolls and a relaxing breath to finish; caesarean scar: the lying tilt
/// chain), then a balanced mix, then posture lessons, until the target is reached.
/// Each exercise is at her plan's variant and `dose_at` its dose step; anything her
/// stage does not allow is left out (an item on a variant that no longer suits her is
/// shown at the easiest member of its chain that does). Walks and self-care are never
/// included (see `walk_suggestion`).
///
/// Length, measured with `Plan::total_ms` (get-ready and transitions included):
/// `Standard` aims at `target_min` minutes (clamped to 10–20) and never runs more than
/// `OVERRUN_S` past it; `Short` takes one set of each and at most a minute of timed
/// work, aims at 5 minutes and never exceeds 6. If the everyday entries alone overrun,
/// their sets are trimmed; then the other entries are added in order while the routine
/// is short of its target, each with fewer sets (or a shorter hold of timed work) if
/// that makes it fit, else skipped.
///
/// `recent` holds the latest changes from `progression::apply`: an exercise whose item
/// changed names the change and its reason; others say why they are there. The routine
/// is empty only when the catalogue lacks every entry.
#[allow(clippy::too_many_arguments)] // The shape the app calls it with; all inputs are plain data.
pub fn todays_routine<'a>(
    state: &PlanState,
    profile: &Profile,
    catalog: &'a Catalog,
    stage: &StageNow,
    th: &Thresholds,
    length: Length,
    target_min: u8,
    recent: &[Change],
) -> (Routine, Vec<WhyLine>) {
    let state = ensure_items(state, profile, catalog, stage, th);
    let (target_ms, cap_ms) = match length {
        Length::Short => (SHORT_TARGET_S * 1000, SHORT_CAP_S * 1000),
        Length::Standard => {
            let min = i64::from(target_min.clamp(MIN_TARGET_MIN, MAX_TARGET_MIN));
            (min * 60_000, (min * 60 + OVERRUN_S) * 1000)
        }
    };
    let fit = |dose: Dose| match length {
        Length::Short => dose.shortened(),
        Length::Standard => dose,
    };

    let fixed = |e: &'a Exercise, purpose| Pick {
        exercise: e,
        dose: fit(dose_at(e, 0)),
        purpose,
        mandatory: false,
    };
    // The relaxing breath for the epidural site counts as targeted: it is considered
    // before the balanced mix, though it is done last.
    let mut cool_down = profile
        .pain_sites
        .contains(&PainSite::EpiduralSite)
        .then(|| catalog.find(RELAX))
        .flatten();
    let mut raw: Vec<Pick> = Vec::new();
    for want in wanted(profile) {
        if want.purpose == Purpose::Balance {
            raw.extend(cool_down.take().map(|e| fixed(e, Purpose::CoolDown)));
        }
        let chain = chain_of(catalog, want.root);
        let Some(item) = item_in(&state, &chain) else {
            continue;
        };
        if let Some((e, step)) = current(item, &chain, stage, th) {
            raw.push(Pick {
                exercise: e,
                dose: fit(dose_at(e, step)),
                purpose: want.purpose,
                mandatory: want.mandatory,
            });
        }
    }
    raw.extend(cool_down.take().map(|e| fixed(e, Purpose::CoolDown)));
    raw.extend(
        LESSONS
            .iter()
            .filter_map(|id| catalog.find(id))
            .map(|e| fixed(e, Purpose::Lesson)),
    );
    let mut candidates: Vec<Pick> = Vec::new();
    for p in raw {
        let usable = allowed(p.exercise, stage, th)
            && !matches!(p.exercise.kind, Kind::Walk | Kind::SelfCare);
        if usable && candidates.iter().all(|c| c.exercise.id != p.exercise.id) {
            candidates.push(p);
        }
    }

    let name = routine_name(length);
    // The everyday entries first, trimmed to fit; then the rest while there is room.
    let (mut chosen, optional): (Vec<Pick>, Vec<Pick>) =
        candidates.into_iter().partition(|p| p.mandatory);
    trim_sets(&mut chosen, cap_ms, &name, catalog);
    for cand in optional {
        if total_ms(&chosen, &name, catalog) >= target_ms {
            break;
        }
        push_fitted(&mut chosen, cand, cap_ms, &name, catalog);
    }

    let chosen = ordered(&chosen);
    let why = chosen
        .iter()
        .map(|p| WhyLine {
            exercise: p.exercise.id.clone(),
            text: why_text(p, recent, catalog),
        })
        .collect();
    (routine_of(&chosen, &name), why)
}

/// Adds `cand` if it fits under `cap_ms`, if need be with fewer sets, or (one set of
/// timed work) up to half its time shorter in 15-second steps; else leaves it out.
fn push_fitted<'a>(
    chosen: &mut Vec<Pick<'a>>,
    cand: Pick<'a>,
    cap_ms: i64,
    name: &RoutineName,
    catalog: &Catalog,
) {
    let floor_s = match cand.dose.work {
        Work::Timed { seconds } => (seconds / 2).max(15),
        Work::Reps { .. } => 0,
    };
    chosen.push(cand);
    while total_ms(chosen, name, catalog) > cap_ms {
        let Some(last) = chosen.last_mut() else {
            return;
        };
        match last.dose.work {
            _ if last.dose.sets > 1 => last.dose.sets -= 1,
            Work::Timed { seconds } if seconds >= floor_s + 15 => {
                last.dose.work = Work::Timed {
                    seconds: seconds - 15,
                };
            }
            _ => {
                chosen.pop();
                return;
            }
        }
    }
}

/// While over `cap_ms`, takes a set off the entry whose set is longest (keeping at
/// least one set of each).
fn trim_sets(chosen: &mut [Pick], cap_ms: i64, name: &RoutineName, catalog: &Catalog) {
    while total_ms(chosen, name, catalog) > cap_ms {
        let longest = chosen
            .iter_mut()
            .filter(|p| p.dose.sets > 1)
            .max_by_key(|p| p.dose.total_seconds(p.exercise.sides) / u32::from(p.dose.sets));
        match longest {
            Some(p) => p.dose.sets -= 1,
            None => break,
        }
    }
}
