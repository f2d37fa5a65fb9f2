//! The routine planner: which progression chains her plan holds, today's routine built
//! from them by a time budget (a capped warm-up, then what targets where it hurts, one
//! or two strength exercises when her stage allows, and a stretch to finish), a
//! one-line reason for each exercise, today's walk suggestion and today's tip.
//!
//! Owns choosing, ordering and fitting exercises to a length. It does not move the
//! plan (see `settle`) nor play anything (see `session`). Every exercise it plans
//! suits her stage (`progression::suits`); walks, lessons and self-care are never put
//! in a routine (walks are suggested on their own, lessons come as today's tip).

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Kind};
use super::profile::{PainSite, Profile, StageNow};
use super::progression::{dose_at, suits, PlanItem, PlanState};
use super::routine::{Routine, RoutineName, RoutineStep, GET_READY_S};
use super::settings::Thresholds;
use super::text::{Msg, Text};

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

/// Why one exercise is in today's routine, for the Today page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhyLine {
    pub exercise: ExerciseId,
    /// One line, starting with the exercise's name.
    pub text: Text,
}

mod advice;
mod chains;
mod fit;
mod tips;

use chains::{
    site_chains, wanted, Purpose, BALANCED, BRACE, BREATHING, CAT_COW, CHIN_TUCK, CLAM, HAMSTRING,
    HEEL_SLIDES, KNEE_ROLLS, PELVIC_FLOOR, RELAX, TILT, WALK,
};

pub use advice::{change_text, walk_suggestion, why_lines};
pub use fit::entry_ms;
pub use tips::{todays_tip, Tip};

use fit::{fill, fit_warm_up, slot_ms};

/// Every chain her plan holds, by its first member: the everyday ones, the chains for
/// her pain sites, the balanced mix, and walking.
pub fn plan_roots(profile: &Profile) -> Vec<&'static str> {
    wanted(profile)
        .into_iter()
        .chain(std::iter::once(WALK))
        .collect()
}

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

/// The part of today's routine an entry belongs to, in routine order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// Breathing, bracing and pelvic floor: short, always there.
    WarmUp,
    /// What targets where it hurts (a balanced mix when nothing is named).
    Targeted,
    /// One or two strength exercises, when her stage allows.
    Strength,
    /// A stretch to finish (and a calm breath for the epidural site).
    Finish,
}

impl Slot {
    pub const ALL: [Slot; 4] = [Slot::WarmUp, Slot::Targeted, Slot::Strength, Slot::Finish];

    /// The share of the routine's target time this slot may use, in percent. The
    /// 5-minute version gives the finish a larger share so a short stretch still fits.
    pub fn share_pct(self, length: Length) -> i64 {
        match (self, length) {
            (Slot::WarmUp, Length::Standard) => 30,
            (Slot::Targeted, Length::Standard) => 30,
            (Slot::Strength, Length::Standard) => 25,
            (Slot::Finish, Length::Standard) => 15,
            (Slot::WarmUp, Length::Short) => 35,
            (Slot::Targeted, Length::Short) => 20,
            (Slot::Strength, Length::Short) => 20,
            (Slot::Finish, Length::Short) => 25,
        }
    }

    /// The most entries this slot holds, for each length.
    pub fn most(self, length: Length) -> usize {
        match (self, length) {
            (Slot::WarmUp, _) => 3,
            (Slot::Targeted, Length::Standard) => 3,
            (Slot::Strength, Length::Standard) => 2,
            (Slot::Finish, _) => 2,
            (_, Length::Short) => 1,
        }
    }
}

/// No entry may take more than this share of its slot's time, in percent, unless it
/// is the slot's only entry, so no single item crowds out the rest.
pub const ITEM_SHARE_PCT: i64 = 65;

/// One entry of today's routine and why it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub exercise: ExerciseId,
    pub slot: Slot,
    /// The chain root this entry stands for in her plan (`None` for the calm finish).
    pub chain_root: Option<&'static str>,
    purpose: Purpose,
}

impl Entry {
    /// Why it is there, when no recent change says more (in lower case: it follows
    /// the exercise's name).
    pub fn purpose_text(&self) -> Msg {
        self.purpose.text()
    }
}

/// Today's routine and its entries, step for step.
#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    pub routine: Routine,
    pub entries: Vec<Entry>,
}

/// One entry being considered.
#[derive(Clone)]
struct Pick<'a> {
    exercise: &'a Exercise,
    dose: Dose,
    slot: Slot,
    purpose: Purpose,
    root: Option<&'static str>,
}

/// Today's routine for her, built by a time budget from her plan's items.
///
/// Length, measured with the player's own segments (get-ready and transitions
/// included): `Standard` aims at `target_min` minutes (clamped to 10–20); `Short` at 5
/// minutes, one set of each and at most a minute of timed work. Each slot gets its
/// share of the target (`Slot::share_pct`); what the warm-up needs beyond its share
/// comes off the other slots in proportion to their shares, so the whole still fits
/// (`OVERRUN_S`, `SHORT_CAP_S`); whatever the warm-up, strength and the finish leave of
/// the target goes to the targeted slot. Within a slot no entry takes more than `ITEM_SHARE_PCT` of it unless it stands
/// alone (when none fits its share, the first that fits the whole slot stands alone); an
/// entry too long is trimmed (fewer sets, then down to half its holds or reps), else
/// left out, except the warm-up, which is always there at its trimmed dose. The finish
/// is the first of its stretches that fits.
///
/// Every entry is at her plan's variant and `dose_at` its dose step; anything that does
/// not suit her stage is left out. Walks, lessons and self-care never appear.
#[allow(clippy::too_many_arguments)] // All plain data: the shape the app calls it with.
pub fn todays_routine(
    state: &PlanState,
    profile: &Profile,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
    length: Length,
    target_min: u8,
) -> Composed {
    let target_ms = match length {
        Length::Short => SHORT_TARGET_S * 1000,
        Length::Standard => i64::from(target_min.clamp(MIN_TARGET_MIN, MAX_TARGET_MIN)) * 60_000,
    } - i64::from(GET_READY_S) * 1000;
    let fit = |dose: Dose| match length {
        Length::Short => dose.shortened(),
        Length::Standard => dose,
    };
    let pick = |root: &'static str, slot: Slot, purpose: Purpose| -> Option<Pick> {
        let chain = chain_of(catalog, root);
        let item = item_in(state, &chain)?;
        let e = chain.iter().find(|m| m.id == item.exercise)?;
        let usable = suits(e, stage, th) && e.kind.routine_part();
        usable.then(|| Pick {
            exercise: e,
            dose: fit(dose_at(e, item.dose_step)),
            slot,
            purpose,
            root: Some(root),
        })
    };

    let warm_up: Vec<Pick> = [
        (BREATHING, Purpose::Breathe),
        (BRACE, Purpose::Brace),
        (PELVIC_FLOOR, Purpose::PelvicFloor),
    ]
    .into_iter()
    .filter_map(|(root, purpose)| pick(root, Slot::WarmUp, purpose))
    .collect();

    let mut sites = profile.pain_sites.clone();
    sites.sort();
    sites.dedup();
    let finish_order: &[&'static str] = if sites.contains(&PainSite::LowerBack) {
        &[HAMSTRING, KNEE_ROLLS, CAT_COW, CHIN_TUCK]
    } else if sites.contains(&PainSite::MiddleBack) {
        &[CAT_COW, KNEE_ROLLS, HAMSTRING, CHIN_TUCK]
    } else {
        &[KNEE_ROLLS, HAMSTRING, CAT_COW, CHIN_TUCK]
    };
    let is_stretch = |p: &Pick| p.exercise.kind == Kind::Stretch;
    let stretches: Vec<Pick> = finish_order
        .iter()
        .filter_map(|&root| pick(root, Slot::Finish, Purpose::Finish))
        .filter(is_stretch)
        .collect();
    // The calm breath for the epidural site, unless her warm-up already is that breath.
    let calm: Option<Pick> = sites
        .contains(&PainSite::EpiduralSite)
        .then(|| catalog.find(RELAX))
        .flatten()
        .filter(|e| suits(e, stage, th) && warm_up.iter().all(|p| p.exercise.id != e.id))
        .map(|e| Pick {
            exercise: e,
            dose: fit(dose_at(e, 0)),
            slot: Slot::Finish,
            purpose: Purpose::CoolDown,
            root: None,
        });

    // The warm-up is always there; what it needs beyond its share comes off the other
    // slots, in proportion to their shares.
    let share = |slot: Slot| target_ms * slot.share_pct(length) / 100;
    let warm_up = fit_warm_up(warm_up, share(Slot::WarmUp));
    let others = share(Slot::Targeted) + share(Slot::Strength) + share(Slot::Finish);
    let over = (slot_ms(&warm_up) - share(Slot::WarmUp)).max(0);
    let budget = |slot: Slot| share(slot) * (others - over).max(0) / others.max(1);
    let (targeted_ms, strength_ms, finish_ms) = (
        budget(Slot::Targeted),
        budget(Slot::Strength),
        budget(Slot::Finish),
    );

    // The first stretch that fits, then the calm breath when it applies (alone when
    // no stretch fits).
    let mut finish = Vec::new();
    for stretch in stretches.iter().map(Some).chain([None]) {
        let picks = stretch.into_iter().chain(calm.as_ref()).cloned().collect();
        finish = fill(picks, finish_ms, Slot::Finish.most(length));
        if stretch.is_none() || finish.iter().any(is_stretch) {
            break;
        }
    }
    let used = |root: &str, picks: &[&[Pick]]| {
        picks.iter().any(|ps| {
            ps.iter()
                .any(|p| p.root == Some(root) || p.exercise.id.as_str() == root)
        })
    };

    let strength: Vec<Pick> = [HEEL_SLIDES, CLAM, TILT]
        .into_iter()
        .filter_map(|root| pick(root, Slot::Strength, Purpose::Strength))
        .filter(|p| p.exercise.kind == Kind::Strength)
        .collect();

    let site_roots = sites.iter().flat_map(|&s| {
        site_chains(s)
            .iter()
            .map(move |&root| (root, Purpose::Site(s)))
    });
    // Where it hurts first, then the balanced mix while the slot has room.
    let targeted_roots: Vec<(&'static str, Purpose)> = site_roots
        .chain(BALANCED.iter().map(|&root| (root, Purpose::Balance)))
        .collect();
    let mut targeted: Vec<Pick> = Vec::new();
    for (root, purpose) in targeted_roots {
        if used(root, &[&warm_up, &finish, &strength, &targeted]) {
            continue;
        }
        if let Some(p) = pick(root, Slot::Targeted, purpose) {
            let taken = used(
                p.exercise.id.as_str(),
                &[&warm_up, &finish, &strength, &targeted],
            );
            if p.exercise.kind != Kind::Strength && !taken {
                targeted.push(p);
            }
        }
    }

    let strength = fill(strength, strength_ms, Slot::Strength.most(length));
    // What the other slots leave of the target goes to where it hurts.
    let left = target_ms - slot_ms(&warm_up) - slot_ms(&strength) - slot_ms(&finish);
    let targeted = fill(targeted, left.max(targeted_ms), Slot::Targeted.most(length));

    let chosen: Vec<Pick> = [warm_up, targeted, strength, finish].concat();
    let name = routine_name(length);
    Composed {
        routine: Routine {
            name,
            steps: chosen
                .iter()
                .map(|p| RoutineStep {
                    exercise: p.exercise.id.clone(),
                    dose: p.dose,
                })
                .collect(),
        },
        entries: chosen
            .iter()
            .map(|p| Entry {
                exercise: p.exercise.id.clone(),
                slot: p.slot,
                chain_root: p.root,
                purpose: p.purpose,
            })
            .collect(),
    }
}

/// The app's own routines are saved (in her session logs too) under these fixed
/// English names, and shown in her language by `own_routine_title`.
const SHORT_NAME: &str = "Your 5-minute routine";
const STANDARD_NAME: &str = "Your routine for today";

fn routine_name(length: Length) -> RoutineName {
    RoutineName::fixed(match length {
        Length::Short => SHORT_NAME,
        Length::Standard => STANDARD_NAME,
    })
}

/// The title to show for a routine or session saved under `name`, when it is one of
/// the app's own routines; `None` for any other name (a physiotherapist's, or an
/// exercise's), which is shown as it is.
pub fn own_routine_title(name: &str) -> Option<Msg> {
    match name {
        SHORT_NAME => Some(Msg::PlannerRoutineShort),
        STANDARD_NAME => Some(Msg::PlannerRoutineToday),
        _ => None,
    }
}
