//! The routine planner: today's routine built by a time budget (a capped warm-up, what
//! targets where it hurts, strength when her stage allows, a stretch to finish), its
//! lengths, today's tip, the why-lines, the walk suggestion, and the plan view.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::{Dose, Exercise, ExerciseId, Kind, Sides, Work};
use backcare::domain::history::{minutes_since, ExerciseLog, SessionLog, WEEKLY_GOAL_MIN};
use backcare::domain::plan_view::{
    chain_statuses, days_since, last_session_ms, upcoming, ChainStatus, Gate, Next,
};
use backcare::domain::planner::{
    entry_ms, todays_routine, todays_tip, walk_suggestion, why_lines, Composed, Length, Slot, Tip,
    WhyLine, DEFAULT_TARGET_MIN, ITEM_SHARE_PCT, MAX_TARGET_MIN, MIN_TARGET_MIN, OVERRUN_S,
    SHORT_CAP_S, SHORT_TARGET_S,
};
use backcare::domain::profile::{Activity, Birth, Delivery, PainSite, Profile, StageNow};
use backcare::domain::progression::{
    dose_at, suits, Change, PlanItem, PlanState, Position, Reason, Verdict, MAX_STEP, MIN_STEP,
};
use backcare::domain::routine::{Plan, GET_READY_S, SWITCH_SIDE_S, TRANSITION_S};
use backcare::domain::saved::AppData;
use backcare::domain::settings::Thresholds;
use backcare::domain::settle::settle;
use backcare::domain::start::Start;
use backcare::domain::wording::short_date;
use proptest::prelude::*;
use std::sync::OnceLock;

const DAY: i64 = 24 * 60 * 60 * 1000;

/// A message with no variables, in English (the domain's words are messages).
fn msg_in_english(msg: backcare::domain::text::Msg) -> String {
    backcare::domain::text::plain(backcare::domain::text::Lang::En, &msg.into())
}
/// Wednesday 18 November 2026, 10:00 UTC.
const NOW: i64 = 1_795_000_000_000 - 1_795_000_000_000 % DAY + 10 * 60 * 60 * 1000;

const V: Delivery = Delivery::Vaginal;
const A: Delivery = Delivery::AssistedVaginal;
const P: Delivery = Delivery::PlannedCaesarean;
const E: Delivery = Delivery::EmergencyCaesarean;

/// The roots of the chains the warm-up, strength and finish draw on.
const WARM_UP: [&str; 3] = ["breathing-belly", "brace-lying", "pelvic-floor-quick"];
const STRENGTH: [&str; 3] = ["heel-slides", "side-lying-clam", "pelvic-tilt-lying"];
const FINISH: [&str; 4] = ["knee-rolls", "hamstring-stretch", "cat-cow", "chin-tuck"];

fn cat() -> &'static Catalog {
    Catalog::builtin()
}

fn th() -> Thresholds {
    Thresholds::default()
}

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

fn ex(raw: &str) -> &'static Exercise {
    cat().find(raw).unwrap()
}

fn name(raw: &str) -> &'static str {
    &ex(raw).name
}

/// A profile `weeks` weeks after the birth (at `NOW`), moderately active, not yet checked,
/// usual pain 2.
fn profile(delivery: Delivery, weeks: u8, sites: &[PainSite]) -> Profile {
    Profile {
        pain_sites: sites.to_vec(),
        usual_pain: PainScore::new(2),
        ..Profile::new(
            Birth::WeeksAgo {
                weeks,
                recorded_at_ms: NOW,
            },
            delivery,
        )
    }
}

fn stage(p: &Profile) -> StageNow {
    p.stage(NOW, 0)
}

/// Her data settled at `NOW` with this history.
fn settled(p: &Profile, history: Vec<SessionLog>) -> AppData {
    let data = AppData {
        profile: Some(p.clone()),
        history,
        ..AppData::default()
    };
    settle(&data, NOW, 0, cat()).0
}

fn plan_of(p: &Profile) -> PlanState {
    settled(p, Vec::new()).plan
}

fn compose(plan: &PlanState, p: &Profile, length: Length, target: u8) -> Composed {
    todays_routine(plan, p, cat(), &stage(p), &th(), length, target)
}

fn total_ms(c: &Composed) -> i64 {
    Plan::new(c.routine.clone(), cat()).unwrap().total_ms()
}

fn ids(c: &Composed) -> Vec<&str> {
    c.entries.iter().map(|e| e.exercise.as_str()).collect()
}

fn slots(c: &Composed) -> Vec<Slot> {
    c.entries.iter().map(|e| e.slot).collect()
}

/// The time each slot's entries take, in ms.
fn slot_ms(c: &Composed, slot: Slot) -> i64 {
    c.entries
        .iter()
        .zip(&c.routine.steps)
        .filter(|(e, _)| e.slot == slot)
        .map(|(_, s)| entry_ms(ex(s.exercise.as_str()), &s.dose))
        .sum()
}

/// The time the slots may use for a length: each slot's share of the target.
fn share_ms(length: Length, target: u8, slot: Slot) -> i64 {
    let target_ms = match length {
        Length::Short => SHORT_TARGET_S * 1000,
        Length::Standard => i64::from(target.clamp(MIN_TARGET_MIN, MAX_TARGET_MIN)) * 60_000,
    } - i64::from(GET_READY_S) * 1000;
    target_ms * slot.share_pct(length) / 100
}

/// Her plan's item in the chain that starts at `root`, if it suits her now and is not
/// a walk, lesson or self-care: what the planner may use.
fn usable<'a>(plan: &'a PlanState, root: &str, st: &StageNow) -> Option<&'a Exercise> {
    let chain = cat().chain(&id(root));
    let item = plan
        .items
        .iter()
        .find(|i| chain.iter().any(|m| m.id == i.exercise))?;
    let e = cat().get(&item.exercise)?;
    (suits(e, st, &th()) && !matches!(e.kind, Kind::Walk | Kind::Lesson | Kind::SelfCare))
        .then_some(e)
}

// ---------------------------------------------------------------------------------
// The matrix: every kind of birth, weeks 0–20, with and without a severe tear, a range
// of pain sites, and plans as settled, pushed to the top dose step, pushed to the
// hardest suitable members at the top dose step, and at the lowest dose step.
// ---------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Variant {
    Settled,
    TopStep,
    Hardest,
    LowStep,
}

struct Case {
    label: String,
    profile: Profile,
    stage: StageNow,
    plan: PlanState,
    variant: Variant,
}

fn site_sets() -> Vec<Vec<PainSite>> {
    let mut out = vec![Vec::new(), PainSite::ALL.to_vec()];
    out.extend(PainSite::ALL.iter().map(|s| vec![*s]));
    out
}

/// Built once and shared by the tests that walk it.
fn matrix() -> &'static [Case] {
    static MATRIX: OnceLock<Vec<Case>> = OnceLock::new();
    MATRIX.get_or_init(build_matrix)
}

fn build_matrix() -> Vec<Case> {
    let mut out = Vec::new();
    for delivery in Delivery::ALL {
        for weeks in 0..=20u8 {
            for tear in [false, true] {
                for sites in site_sets() {
                    let p = Profile {
                        severe_tear: tear,
                        activity: if weeks % 2 == 0 {
                            Activity::High
                        } else {
                            Activity::Moderate
                        },
                        cleared_at_ms: (weeks % 3 != 0).then_some(NOW - 7 * DAY),
                        ..profile(delivery, weeks, &sites)
                    };
                    let st = stage(&p);
                    let base = plan_of(&p);
                    let mut top = base.clone();
                    let mut hardest = base.clone();
                    let mut low = base.clone();
                    for i in &mut top.items {
                        i.dose_step = MAX_STEP;
                    }
                    for i in &mut hardest.items {
                        let chain = cat().chain(&i.exercise);
                        if let Some(m) = chain.iter().rev().find(|m| suits(m, &st, &th())) {
                            i.exercise = m.id.clone();
                        }
                        i.dose_step = MAX_STEP;
                    }
                    for i in &mut low.items {
                        i.dose_step = MIN_STEP;
                    }
                    for (variant, plan) in [
                        (Variant::Settled, base),
                        (Variant::TopStep, top),
                        (Variant::Hardest, hardest),
                        (Variant::LowStep, low),
                    ] {
                        out.push(Case {
                            label: format!(
                                "{delivery:?} {weeks}w tear={tear} {sites:?} {variant:?}"
                            ),
                            profile: p.clone(),
                            stage: st,
                            plan,
                            variant,
                        });
                    }
                }
            }
        }
    }
    out
}

const LENGTHS: [(Length, u8); 4] = [
    (Length::Standard, 10),
    (Length::Standard, 15),
    (Length::Standard, 20),
    (Length::Short, DEFAULT_TARGET_MIN),
];

fn composed(case: &Case, length: Length, target: u8) -> Composed {
    todays_routine(
        &case.plan,
        &case.profile,
        cat(),
        &case.stage,
        &th(),
        length,
        target,
    )
}

// ---------------------------------------------------------------------------------
// Composition.
// ---------------------------------------------------------------------------------

#[test]
fn every_routine_runs_warm_up_targeted_strength_finish_in_that_order() {
    assert_eq!(
        Slot::ALL,
        [Slot::WarmUp, Slot::Targeted, Slot::Strength, Slot::Finish]
    );
    for case in matrix() {
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            let what = format!("{} {length:?} {target}: {:?}", case.label, ids(&c));
            let s = slots(&c);
            assert!(s.windows(2).all(|w| w[0] <= w[1]), "{what}");
            assert_eq!(c.routine.steps.len(), c.entries.len(), "{what}");
            for (e, step) in c.entries.iter().zip(&c.routine.steps) {
                assert_eq!(e.exercise, step.exercise, "{what}");
            }
            for slot in Slot::ALL {
                let n = s.iter().filter(|x| **x == slot).count();
                assert!(n <= slot.most(length), "{slot:?} holds {n}: {what}");
            }
            // The warm-up is always there: each of its chains that suits her, in order,
            // and it starts the routine.
            let want: Vec<&str> = WARM_UP
                .iter()
                .filter(|r| usable(&case.plan, r, &case.stage).is_some())
                .copied()
                .collect();
            let got: Vec<&str> = c
                .entries
                .iter()
                .filter(|e| e.slot == Slot::WarmUp)
                .map(|e| e.chain_root.unwrap())
                .collect();
            assert_eq!(got, want, "{what}");
            assert!(!want.is_empty(), "{what}");
            assert_eq!(s[0], Slot::WarmUp, "{what}");
            // Every entry is her plan's variant of its chain (the calm breath aside).
            for e in &c.entries {
                match e.chain_root {
                    Some(root) => {
                        let mine = usable(&case.plan, root, &case.stage).unwrap();
                        assert_eq!(mine.id, e.exercise, "{what}");
                    }
                    None => {
                        assert_eq!(e.exercise.as_str(), "breathing-relax", "{what}");
                        assert_eq!(e.slot, Slot::Finish, "{what}");
                    }
                }
            }
        }
    }
}

#[test]
fn nothing_in_a_routine_is_above_her_stage_or_there_twice() {
    for case in matrix() {
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            let what = format!("{} {length:?} {target}: {:?}", case.label, ids(&c));
            assert!(!c.entries.is_empty(), "{what}");
            for step in &c.routine.steps {
                let e = ex(step.exercise.as_str());
                assert!(suits(e, &case.stage, &th()), "{what}");
                assert!(
                    !matches!(e.kind, Kind::Walk | Kind::Lesson | Kind::SelfCare),
                    "{what}"
                );
                assert_eq!(step.dose.check(), Ok(()), "{what}");
            }
            let mut seen = ids(&c);
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), c.entries.len(), "an exercise twice: {what}");
        }
    }
}

/// Each dose is her plan's dose (`dose_at` its step), trimmed at most: fewer sets, then
/// down to about half of a set's work; one set and at most a minute of timed work in the
/// 5-minute version.
#[test]
fn doses_are_her_plan_doses_or_trimmed_from_them() {
    for case in matrix() {
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            for (e, step) in c.entries.iter().zip(&c.routine.steps) {
                let x = ex(step.exercise.as_str());
                let planned = match e.chain_root {
                    Some(root) => {
                        let chain = cat().chain(&id(root));
                        let item = case
                            .plan
                            .items
                            .iter()
                            .find(|i| chain.iter().any(|m| m.id == i.exercise))
                            .unwrap();
                        dose_at(x, item.dose_step)
                    }
                    None => dose_at(x, 0),
                };
                let planned = match length {
                    Length::Short => planned.shortened(),
                    Length::Standard => planned,
                };
                let what = format!(
                    "{} {length:?} {target}: {} {:?}",
                    case.label, x.id, step.dose
                );
                assert!(
                    step.dose.sets >= 1 && step.dose.sets <= planned.sets,
                    "{what}"
                );
                assert_eq!(step.dose.rest_s, planned.rest_s, "{what}");
                match (step.dose.work, planned.work) {
                    (Work::Timed { seconds }, Work::Timed { seconds: full }) => {
                        assert!(seconds <= full, "{what}");
                        assert!(seconds >= full.min((full / 2).max(15)), "{what}");
                    }
                    (
                        Work::Reps {
                            reps,
                            rep_s,
                            hold_s,
                        },
                        Work::Reps {
                            reps: full,
                            rep_s: r,
                            hold_s: h,
                        },
                    ) => {
                        assert_eq!((rep_s, hold_s), (r, h), "{what}");
                        assert!(reps <= full && reps >= full.div_ceil(2), "{what}");
                    }
                    _ => panic!("work changed kind: {what}"),
                }
                if length == Length::Short {
                    assert_eq!(step.dose.sets, 1, "{what}");
                    if let Work::Timed { seconds } = step.dose.work {
                        assert!(seconds <= 60, "{what}");
                    }
                }
            }
        }
    }
}

#[test]
fn with_room_to_spare_every_dose_is_exactly_her_plan_dose() {
    let p = profile(V, 8, &[PainSite::LowerBack]);
    let plan = plan_of(&p);
    let c = compose(&plan, &p, Length::Standard, 20);
    assert!(slot_ms(&c, Slot::WarmUp) <= share_ms(Length::Standard, 20, Slot::WarmUp));
    // The first entry of each slot has the whole slot before it: unless its plan dose
    // is more than its share of the slot, it is not trimmed at all.
    let mut untrimmed = 0;
    for slot in Slot::ALL {
        let Some((e, step)) = c
            .entries
            .iter()
            .zip(&c.routine.steps)
            .find(|(e, _)| e.slot == slot)
        else {
            continue;
        };
        let item = plan
            .items
            .iter()
            .find(|i| i.exercise == e.exercise)
            .unwrap();
        let x = ex(e.exercise.as_str());
        let full = dose_at(x, item.dose_step);
        if entry_ms(x, &full) * 100 <= share_ms(Length::Standard, 20, slot) * ITEM_SHARE_PCT {
            assert_eq!(step.dose, full, "{}", x.id);
            untrimmed += 1;
        } else {
            assert!(entry_ms(x, &step.dose) <= entry_ms(x, &full), "{}", x.id);
        }
    }
    assert!(untrimmed >= 2, "{:?}", ids(&c));
    // A dose step moves the dose the routine plans.
    let mut moved = plan.clone();
    for i in &mut moved.items {
        if i.exercise.as_str() == "pelvic-tilt-hands-knees" {
            i.dose_step = 1;
        }
    }
    let c = compose(&moved, &p, Length::Standard, 20);
    let tilt = c
        .routine
        .steps
        .iter()
        .find(|s| s.exercise.as_str() == "pelvic-tilt-hands-knees")
        .unwrap();
    assert_eq!(tilt.dose, dose_at(ex("pelvic-tilt-hands-knees"), 1));
    assert_ne!(tilt.dose, dose_at(ex("pelvic-tilt-hands-knees"), 0));
}

#[test]
fn strength_only_when_a_strength_exercise_suits_her() {
    for case in matrix() {
        let candidates: Vec<&Exercise> = STRENGTH
            .iter()
            .filter_map(|r| usable(&case.plan, r, &case.stage))
            .filter(|e| e.kind == Kind::Strength)
            .collect();
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            let what = format!("{} {length:?} {target}: {:?}", case.label, ids(&c));
            let strength: Vec<&str> = c
                .entries
                .iter()
                .filter(|e| e.slot == Slot::Strength)
                .map(|e| e.exercise.as_str())
                .collect();
            for s in &strength {
                assert_eq!(ex(s).kind, Kind::Strength, "{what}");
                assert!(candidates.iter().any(|e| e.id.as_str() == *s), "{what}");
            }
            if candidates.is_empty() {
                assert!(strength.is_empty(), "{what}");
            } else if length == Length::Standard
                && (case.variant == Variant::Settled
                    || case.variant == Variant::LowStep
                    || target >= 15)
            {
                // Whenever one suits her, the standard routine has strength in it (at the
                // shortest target with every dose at its top, the warm-up may leave no
                // room).
                assert!(!strength.is_empty(), "{what}");
            }
            // Targeted entries are never strength exercises: those belong to strength.
            for e in c.entries.iter().filter(|e| e.slot == Slot::Targeted) {
                assert_ne!(ex(e.exercise.as_str()).kind, Kind::Strength, "{what}");
            }
        }
    }
    // Two weeks after a caesarean nothing of strength suits her yet; one week after a
    // vaginal birth heel slides do.
    let p = profile(E, 2, &[PainSite::LowerBack]);
    let c = compose(&plan_of(&p), &p, Length::Standard, 15);
    assert!(!slots(&c).contains(&Slot::Strength), "{:?}", ids(&c));
    let p = profile(V, 1, &[PainSite::LowerBack]);
    let c = compose(&plan_of(&p), &p, Length::Standard, 15);
    let strength: Vec<_> = c
        .entries
        .iter()
        .filter(|e| e.slot == Slot::Strength)
        .collect();
    assert_eq!(strength.len(), 1);
    assert_eq!(strength[0].exercise.as_str(), "heel-slides");
    assert_eq!(
        msg_in_english(strength[0].purpose_text()),
        "gentle strength for the support around your back and pelvis"
    );
}

#[test]
fn a_stretch_finishes_the_routine_when_one_suits_her() {
    for case in matrix() {
        let any_stretch = FINISH
            .iter()
            .filter_map(|r| usable(&case.plan, r, &case.stage))
            .any(|e| e.kind == Kind::Stretch);
        for (length, target) in LENGTHS {
            if length == Length::Short {
                continue;
            }
            let c = composed(case, length, target);
            let what = format!("{} {target}: {:?}", case.label, ids(&c));
            let finish: Vec<&str> = c
                .entries
                .iter()
                .filter(|e| e.slot == Slot::Finish)
                .map(|e| e.exercise.as_str())
                .collect();
            // The finish is a stretch, then the calm breath for the epidural site.
            if let Some(first) = finish.first() {
                if *first != "breathing-relax" {
                    assert_eq!(ex(first).kind, Kind::Stretch, "{what}");
                }
            }
            if finish.len() == 2 {
                assert_eq!(finish[1], "breathing-relax", "{what}");
            }
            let roomy = matches!(case.variant, Variant::Settled | Variant::LowStep) || target >= 15;
            if any_stretch && roomy {
                assert!(
                    finish.first().is_some_and(|f| ex(f).kind == Kind::Stretch),
                    "no stretch to finish: {what}"
                );
            }
        }
    }
}

#[test]
fn the_finishing_stretch_follows_where_it_hurts() {
    // (pain sites, birth, weeks, the chain the finishing stretch comes from)
    let rows: &[(&[PainSite], Delivery, u8, &str)] = &[
        (&[PainSite::LowerBack], V, 4, "hamstring-stretch"),
        (&[PainSite::LowerBack], E, 2, "knee-rolls"),
        (&[PainSite::MiddleBack], V, 4, "cat-cow"),
        (&[PainSite::MiddleBack], P, 3, "knee-rolls"),
        (&[PainSite::UpperBack], V, 4, "knee-rolls"),
        (&[], A, 1, "knee-rolls"),
    ];
    for &(sites, delivery, weeks, root) in rows {
        let p = profile(delivery, weeks, sites);
        let c = compose(&plan_of(&p), &p, Length::Standard, 20);
        let last = c.entries.last().unwrap();
        assert_eq!(last.slot, Slot::Finish, "{sites:?} {:?}", ids(&c));
        assert_eq!(last.chain_root, Some(root), "{sites:?} {:?}", ids(&c));
        assert_eq!(msg_in_english(last.purpose_text()), "a stretch to finish");
    }
    // Soreness where the epidural went in, in the first weeks after a severe tear (no
    // stretch allowed yet): the calm breath finishes.
    let p = Profile {
        severe_tear: true,
        ..profile(V, 2, &[PainSite::EpiduralSite])
    };
    let plan = plan_of(&p);
    let c = compose(&plan, &p, Length::Standard, 20);
    assert_eq!(
        ids(&c),
        ["breathing-belly", "pelvic-floor-quick", "breathing-relax"]
    );
    let last = c.entries.last().unwrap();
    assert_eq!((last.slot, last.chain_root), (Slot::Finish, None));
    assert_eq!(
        msg_in_english(last.purpose_text()),
        "a calm finish that helps the area around the epidural relax"
    );
    // When her breathing is already that calm breath, it is not done twice.
    let mut moved = plan.clone();
    for i in &mut moved.items {
        if i.exercise.as_str() == "breathing-belly" {
            i.exercise = id("breathing-relax");
        }
    }
    let c = compose(&moved, &p, Length::Standard, 20);
    assert_eq!(ids(&c), ["breathing-relax", "pelvic-floor-quick"]);
    assert_eq!(c.entries[0].slot, Slot::WarmUp);
}

#[test]
fn what_targets_where_it_hurts() {
    // (pain site, birth, weeks, chains that target it, the purpose line)
    let rows: &[(PainSite, Delivery, u8, &[&str], &str)] = &[
        (
            PainSite::LowerBack,
            V,
            8,
            &["pelvic-tilt-lying", "knee-rolls"],
            "for your lower back",
        ),
        (
            PainSite::UpperBack,
            V,
            8,
            &["chin-tuck"],
            "for your upper back, shoulders and neck",
        ),
        (
            PainSite::Scar,
            E,
            2,
            &["pelvic-tilt-lying"],
            "gentle on your tummy after a caesarean",
        ),
        (
            PainSite::MiddleBack,
            V,
            4,
            &["knee-rolls"],
            "for your middle back",
        ),
    ];
    for &(site, delivery, weeks, roots, text) in rows {
        let p = profile(delivery, weeks, &[site]);
        let c = compose(&plan_of(&p), &p, Length::Standard, 20);
        let targeted: Vec<_> = c
            .entries
            .iter()
            .filter(|e| e.slot == Slot::Targeted)
            .collect();
        for root in roots {
            let e = targeted
                .iter()
                .find(|e| e.chain_root == Some(root))
                .unwrap_or_else(|| panic!("{site:?}: {root} not targeted in {:?}", ids(&c)));
            assert_eq!(msg_in_english(e.purpose_text()), text);
        }
    }
    // No site named: a balanced mix.
    let p = profile(V, 8, &[]);
    let c = compose(&plan_of(&p), &p, Length::Standard, 15);
    let targeted: Vec<_> = c
        .entries
        .iter()
        .filter(|e| e.slot == Slot::Targeted)
        .collect();
    assert!(!targeted.is_empty(), "{:?}", ids(&c));
    for e in targeted {
        assert_eq!(
            msg_in_english(e.purpose_text()),
            "part of a balanced mix for your whole back"
        );
    }
}

// ---------------------------------------------------------------------------------
// Budgets and lengths.
// ---------------------------------------------------------------------------------

#[test]
fn slot_shares_and_caps() {
    for length in [Length::Standard, Length::Short] {
        assert_eq!(
            Slot::ALL.iter().map(|s| s.share_pct(length)).sum::<i64>(),
            100
        );
    }
    assert_eq!(Slot::ALL.map(|s| s.most(Length::Standard)), [3, 3, 2, 2]);
    assert_eq!(Slot::ALL.map(|s| s.most(Length::Short)), [3, 1, 1, 2]);
    const { assert!(ITEM_SHARE_PCT > 0 && ITEM_SHARE_PCT < 100) };
    assert_eq!((SHORT_TARGET_S, SHORT_CAP_S, OVERRUN_S), (300, 360, 60));
    assert_eq!(
        (MIN_TARGET_MIN, DEFAULT_TARGET_MIN, MAX_TARGET_MIN),
        (10, 15, 20)
    );
}

#[test]
fn entry_time_counts_work_rests_side_switches_and_the_transition() {
    // Back-of-thigh stretch: 2 sets of 30 s each side, 10 s rest.
    let e = ex("hamstring-stretch");
    assert_eq!(e.sides, Sides::EachSide);
    let want = TRANSITION_S + 2 * 2 * 30 + 10 + 2 * SWITCH_SIDE_S;
    assert_eq!(entry_ms(e, &e.dose), i64::from(want) * 1000);
    // Belly breathing: one 2-minute set.
    let e = ex("breathing-belly");
    assert_eq!(entry_ms(e, &e.dose), i64::from(TRANSITION_S + 120) * 1000);
    // It agrees with the player's own segments for every exercise: get-ready instead
    // of the first transition.
    for e in cat().all() {
        let routine = backcare::domain::routine::single(e);
        let plan = Plan::new(routine, cat()).unwrap();
        assert_eq!(
            plan.total_ms(),
            entry_ms(e, &e.dose) - i64::from(TRANSITION_S) * 1000 + i64::from(GET_READY_S) * 1000,
            "{}",
            e.id
        );
    }
    let one = Dose {
        sets: 1,
        work: Work::Reps {
            reps: 4,
            rep_s: 5,
            hold_s: 0,
        },
        rest_s: 99,
    };
    assert_eq!(entry_ms(ex("bird-dog"), &one), (15 + 2 * 20 + 5) * 1000);
}

/// No slot takes more than its share of the target (the targeted slot takes what the
/// others leave), and in a slot of more than one entry none takes more than
/// `ITEM_SHARE_PCT` of it. The warm-up is the exception: always there, trimmed.
#[test]
fn slot_budgets_hold() {
    for case in matrix() {
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            let what = format!("{} {length:?} {target}: {:?}", case.label, ids(&c));
            let share = |slot| share_ms(length, target, slot);
            // The targeted slot takes what the others leave of the target.
            let target_ms = share(Slot::WarmUp)
                + share(Slot::Targeted)
                + share(Slot::Strength)
                + share(Slot::Finish);
            let others: i64 = [Slot::WarmUp, Slot::Strength, Slot::Finish]
                .iter()
                .map(|s| slot_ms(&c, *s))
                .sum();
            for slot in [Slot::Targeted, Slot::Strength, Slot::Finish] {
                let budget = if slot == Slot::Targeted {
                    (target_ms - others).max(share(slot))
                } else {
                    share(slot)
                };
                assert!(slot_ms(&c, slot) <= budget, "{slot:?} over budget: {what}");
                let entries: Vec<_> = c
                    .entries
                    .iter()
                    .zip(&c.routine.steps)
                    .filter(|(e, _)| e.slot == slot)
                    .collect();
                if entries.len() > 1 {
                    for (e, step) in entries {
                        let ms = entry_ms(ex(e.exercise.as_str()), &step.dose);
                        assert!(
                            ms * 100 <= budget * ITEM_SHARE_PCT,
                            "{} takes {ms} of {slot:?} {budget}: {what}",
                            e.exercise
                        );
                    }
                }
            }
        }
    }
}

/// Even with every dose at its top step and every chain at its hardest suitable member,
/// the warm-up stays bounded: never more than 60% of a standard routine's time.
#[test]
fn the_warm_up_never_grows_without_bound() {
    for case in matrix() {
        for (length, target) in LENGTHS {
            let c = composed(case, length, target);
            let what = format!("{} {length:?} {target}: {:?}", case.label, ids(&c));
            let warm = slot_ms(&c, Slot::WarmUp);
            if length == Length::Standard {
                let target_ms = i64::from(target) * 60_000;
                assert!(warm * 100 <= target_ms * 60, "warm-up {warm} ms: {what}");
            }
        }
    }
    // Pushing every dose step up never makes the warm-up longer than at the top step.
    let p = profile(V, 12, &[PainSite::LowerBack]);
    let base = plan_of(&p);
    let warm_at = |step: i8| {
        let mut plan = base.clone();
        for i in &mut plan.items {
            i.dose_step = step;
        }
        slot_ms(&compose(&plan, &p, Length::Standard, 10), Slot::WarmUp)
    };
    let top = warm_at(MAX_STEP);
    for step in MIN_STEP..=MAX_STEP {
        assert!(warm_at(step) <= top, "step {step}");
    }
}

#[test]
fn standard_lengths_stay_within_target_and_overrun() {
    for case in matrix() {
        for target in [10u8, 12, 15, 18, 20] {
            let c = composed(case, Length::Standard, target);
            let ms = total_ms(&c);
            let cap = (i64::from(target) * 60 + OVERRUN_S) * 1000;
            assert!(
                ms <= cap,
                "{} target {target}: {:.2} min {:?}",
                case.label,
                ms as f64 / 60_000.0,
                ids(&c)
            );
        }
    }
    // Targets outside 10–20 minutes are held to them.
    let p = profile(V, 8, &[PainSite::LowerBack]);
    let plan = plan_of(&p);
    assert_eq!(
        compose(&plan, &p, Length::Standard, 3),
        compose(&plan, &p, Length::Standard, MIN_TARGET_MIN)
    );
    assert_eq!(
        compose(&plan, &p, Length::Standard, 60),
        compose(&plan, &p, Length::Standard, MAX_TARGET_MIN)
    );
    // A longer target never plans fewer exercises for a settled plan at 8 weeks.
    let n = |t| compose(&plan, &p, Length::Standard, t).entries.len();
    assert!(
        n(10) <= n(15) && n(15) <= n(20),
        "{} {} {}",
        n(10),
        n(15),
        n(20)
    );
}

#[test]
fn the_five_minute_version_keeps_the_same_shape() {
    for case in matrix() {
        let short = composed(case, Length::Short, DEFAULT_TARGET_MIN);
        let standard = composed(case, Length::Standard, DEFAULT_TARGET_MIN);
        let what = format!("{}: {:?} / {:?}", case.label, ids(&short), ids(&standard));
        assert!(total_ms(&short) <= SHORT_CAP_S * 1000, "{what}");
        assert_eq!(short.routine.name.as_str(), "Your 5-minute routine");
        assert_eq!(short.entries[0].slot, Slot::WarmUp, "{what}");
        // Its slots are the standard routine's, in the same order.
        let s = slots(&short);
        assert!(s.windows(2).all(|w| w[0] <= w[1]), "{what}");
        for slot in &s {
            assert!(slots(&standard).contains(slot), "{what}");
        }
        // So are its exercises, but for the finishing stretch: the first that fits the
        // shorter finish may be another.
        for e in short.entries.iter().filter(|e| e.slot != Slot::Finish) {
            assert!(
                standard.entries.iter().any(|x| x.exercise == e.exercise),
                "{what}"
            );
        }
        for e in short.entries.iter().filter(|e| e.slot == Slot::Finish) {
            let root = e.chain_root.unwrap_or("breathing-relax");
            assert!(
                FINISH.contains(&root) || root == "breathing-relax",
                "{what}"
            );
        }
        // The warm-up is whole.
        let warm = |c: &Composed| {
            c.entries
                .iter()
                .filter(|e| e.slot == Slot::WarmUp)
                .map(|e| e.exercise.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(warm(&short), warm(&standard), "{what}");
    }
    let p = profile(V, 8, &[]);
    let c = compose(&plan_of(&p), &p, Length::Standard, 15);
    assert_eq!(c.routine.name.as_str(), "Your routine for today");
}

/// The app's own routines keep their saved English names (her logs name them), and
/// are shown in her language; any other name is shown as it is.
#[test]
fn the_apps_own_routines_are_named_in_her_language() {
    use backcare::domain::planner::own_routine_title;
    use backcare::domain::text::{plain, Lang};
    let p = profile(V, 8, &[]);
    for (length, es) in [
        (Length::Standard, "Tu rutina de hoy"),
        (Length::Short, "Tu rutina de 5 minutos"),
    ] {
        let c = compose(&plan_of(&p), &p, length, 15);
        let name = c.routine.name.as_str();
        let title = own_routine_title(name).unwrap();
        assert_eq!(plain(Lang::En, &title.into()), name);
        assert_eq!(plain(Lang::Es, &title.into()), es);
    }
    assert_eq!(own_routine_title("Morning routine from Ana"), None);
}

// ---------------------------------------------------------------------------------
// Any plan at all: property.
// ---------------------------------------------------------------------------------

fn delivery_strategy() -> impl Strategy<Value = Delivery> {
    prop_oneof![Just(V), Just(A), Just(P), Just(E)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever her plan holds (any member of any chain at any dose step, even entries
    /// no routine should take), the routine holds only what suits her now, no walks,
    /// lessons or self-care, nothing twice, and fits its length.
    #[test]
    fn any_plan_gives_a_routine_that_suits_her(
        weeks in 0u8..=30,
        delivery in delivery_strategy(),
        tear in any::<bool>(),
        pregnancy_back_pain in any::<bool>(),
        sites in proptest::sample::subsequence(PainSite::ALL.to_vec(), 0..=5),
        picks in proptest::collection::vec((0usize..64, MIN_STEP..=MAX_STEP), 0..16),
        short in any::<bool>(),
        target in 10u8..=20,
    ) {
        let p = Profile {
            severe_tear: tear,
            pregnancy_back_pain,
            ..profile(delivery, weeks, &sites)
        };
        let all = cat().all();
        let plan = PlanState {
            items: picks
                .iter()
                .map(|(i, step)| PlanItem::new(all[i % all.len()].id.clone(), *step))
                .collect(),
            ..PlanState::default()
        };
        let st = stage(&p);
        let length = if short { Length::Short } else { Length::Standard };
        let c = todays_routine(&plan, &p, cat(), &st, &th(), length, target);
        for step in &c.routine.steps {
            let e = ex(step.exercise.as_str());
            prop_assert!(suits(e, &st, &th()), "{} at {:?}", e.id, st);
            prop_assert!(!matches!(e.kind, Kind::Walk | Kind::Lesson | Kind::SelfCare));
            prop_assert_eq!(step.dose.check(), Ok(()));
        }
        let mut seen = ids(&c);
        seen.sort_unstable();
        seen.dedup();
        prop_assert_eq!(seen.len(), c.entries.len());
        if !c.entries.is_empty() {
            let cap = if short { SHORT_CAP_S * 1000 } else { (i64::from(target) * 60 + OVERRUN_S) * 1000 };
            prop_assert!(total_ms(&c) <= cap);
        }
        let why = why_lines(&c, &plan, cat(), None, 0);
        prop_assert_eq!(why.len(), c.entries.len());
    }
}

// ---------------------------------------------------------------------------------
// Today's tip.
// ---------------------------------------------------------------------------------

fn tip(p: &Profile, day: i64) -> Tip {
    todays_tip(p, &stage(p), day)
}

#[test]
fn after_a_caesarean_the_lifting_limit_and_wound_support_alternate() {
    for delivery in [P, E] {
        let p = profile(delivery, 2, &[PainSite::UpperBack]);
        let p = Profile {
            lifting_pain: true,
            epidural: true,
            ..p
        };
        for day in 14..21 {
            let want = if day % 2 == 0 {
                Tip::CaesareanLifting
            } else {
                Tip::CaesareanCough
            };
            assert_eq!(tip(&p, day), want, "{delivery:?} day {day}");
        }
        // Through the first 6 weeks; from then on the usual rotation.
        assert_eq!(tip(&profile(delivery, 5, &[]), 41), Tip::CaesareanCough);
        assert_eq!(tip(&profile(delivery, 6, &[]), 42), Tip::HeatCold);
        assert_eq!(tip(&profile(delivery, 6, &[]), 43), Tip::HeatCold);
    }
    // Not after a vaginal birth.
    assert_eq!(tip(&profile(V, 2, &[]), 14), Tip::HeatCold);
}

#[test]
fn tips_take_turns_by_what_applies_to_her() {
    let base = profile(V, 8, &[]);
    let rows: Vec<(&str, Profile, Vec<Tip>)> = vec![
        ("nothing in particular", base.clone(), vec![Tip::HeatCold]),
        (
            "pain when lifting",
            Profile {
                lifting_pain: true,
                ..base.clone()
            },
            vec![Tip::LiftWithLegs, Tip::HeatCold],
        ),
        (
            "upper-back pain",
            profile(V, 8, &[PainSite::UpperBack]),
            vec![Tip::FeedingPosture, Tip::HeatCold],
        ),
        (
            "an epidural, 1 week ago",
            Profile {
                epidural: true,
                ..profile(A, 1, &[])
            },
            vec![Tip::EpiduralSite, Tip::HeatCold],
        ),
        (
            "an epidural, 2 weeks ago",
            Profile {
                epidural: true,
                ..profile(A, 2, &[])
            },
            vec![Tip::HeatCold],
        ),
        (
            "soreness at the epidural site, 10 weeks on",
            profile(V, 10, &[PainSite::EpiduralSite]),
            vec![Tip::EpiduralSite, Tip::HeatCold],
        ),
        (
            "pain in pregnancy, 8 weeks on",
            Profile {
                pregnancy_back_pain: true,
                ..base.clone()
            },
            vec![Tip::PelvisEven, Tip::HeatCold],
        ),
        (
            "pain in pregnancy, 12 weeks on",
            Profile {
                pregnancy_back_pain: true,
                ..profile(V, 12, &[])
            },
            vec![Tip::HeatCold],
        ),
        (
            "all of it, in the documented order",
            Profile {
                lifting_pain: true,
                epidural: true,
                pregnancy_back_pain: true,
                ..profile(V, 1, &[PainSite::UpperBack])
            },
            vec![
                Tip::LiftWithLegs,
                Tip::EpiduralSite,
                Tip::FeedingPosture,
                Tip::PelvisEven,
                Tip::HeatCold,
            ],
        ),
    ];
    for (what, p, turns) in rows {
        let n = turns.len() as i64;
        for day in -n..3 * n {
            let want = turns[usize::try_from(day.rem_euclid(n)).unwrap()];
            assert_eq!(tip(&p, day), want, "{what}, day {day}");
        }
    }
}

#[test]
fn heat_or_cold_is_always_possible_once_the_caesarean_weeks_are_over() {
    for delivery in Delivery::ALL {
        for weeks in 0..=16u8 {
            for sites in site_sets() {
                for (lifting_pain, epidural, pbp) in [
                    (false, false, false),
                    (true, false, false),
                    (true, true, true),
                    (false, true, true),
                ] {
                    let p = Profile {
                        lifting_pain,
                        epidural,
                        pregnancy_back_pain: pbp,
                        ..profile(delivery, weeks, &sites)
                    };
                    let st = stage(&p);
                    let week: Vec<Tip> = (0..5).map(|d| todays_tip(&p, &st, d)).collect();
                    if delivery.is_caesarean() && weeks < 6 {
                        assert!(
                            week.iter()
                                .all(|t| matches!(t, Tip::CaesareanLifting | Tip::CaesareanCough)),
                            "{week:?}"
                        );
                    } else {
                        assert!(
                            week.contains(&Tip::HeatCold),
                            "{delivery:?} {weeks} {week:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn each_tip_links_to_a_lesson_in_the_catalogue() {
    let all = [
        Tip::CaesareanLifting,
        Tip::CaesareanCough,
        Tip::LiftWithLegs,
        Tip::FeedingPosture,
        Tip::EpiduralSite,
        Tip::PelvisEven,
        Tip::HeatCold,
    ];
    let mut keys: Vec<&str> = all.iter().map(|t| t.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), all.len());
    for t in all {
        let lesson = cat()
            .find(t.lesson())
            .unwrap_or_else(|| panic!("{:?}: no {}", t, t.lesson()));
        assert!(
            matches!(lesson.kind, Kind::Lesson | Kind::SelfCare),
            "{t:?}: {}",
            lesson.id
        );
        assert!(t.key().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        let text = msg_in_english(t.text());
        assert!(text.ends_with('.') && text.len() < 300, "{t:?}");
        assert!(!text.to_lowercase().contains("diagnos"), "{t:?}");
    }
    assert_eq!(Tip::CaesareanLifting.lesson(), "lesson-caesarean-recovery");
    assert_eq!(Tip::CaesareanCough.lesson(), "lesson-wound-support");
    assert_eq!(Tip::HeatCold.lesson(), "heat-cold");
}

// ---------------------------------------------------------------------------------
// Why each exercise is there.
// ---------------------------------------------------------------------------------

fn comfy() -> Comfort {
    Comfort {
        before: PainScore::new(2),
        after: Some(AfterReport {
            worst_pain: PainScore::new(2).unwrap(),
            effort: Effort::Moderate,
            note: Note::default(),
        }),
        morning: Some(MorningReport {
            compare: MorningCompare::Same,
            pain: PainScore::new(2).unwrap(),
            at_ms: 0,
        }),
        morning_skipped: false,
    }
}

/// A finished session at `at_ms` in which she did all of each exercise at its default.
fn session(at_ms: i64, exercises: &[&str]) -> SessionLog {
    let mut comfort = comfy();
    if let Some(m) = comfort.morning.as_mut() {
        m.at_ms = at_ms + DAY - 2 * 60 * 60 * 1000;
    }
    SessionLog {
        routine: "Your routine for today".to_owned(),
        started_at_ms: at_ms,
        active_ms: 10 * 60_000,
        stopped_early: false,
        exercises: exercises
            .iter()
            .map(|raw| {
                let e = ex(raw);
                let sides = match e.sides {
                    Sides::Both => 1,
                    Sides::EachSide => 2,
                };
                let work = u32::from(e.dose.sets) * sides * e.dose.work.seconds();
                ExerciseLog {
                    exercise: e.id.clone(),
                    planned_sets: e.dose.sets,
                    done_sets: e.dose.sets,
                    planned_work_s: work,
                    done_work_s: work,
                }
            })
            .collect(),
        comfort,
        start: Some(Start::Today),
    }
}

/// A sentence in English (the domain's words are messages).
fn english(text: &backcare::domain::text::Text) -> String {
    backcare::domain::text::plain(backcare::domain::text::Lang::En, text)
}

fn line(why: &[WhyLine], raw: &str) -> String {
    english(
        &why.iter()
            .find(|w| w.exercise.as_str() == raw)
            .unwrap_or_else(|| panic!("no line for {raw}: {why:?}"))
            .text,
    )
}

/// The note a line carries when today's routine plays a shorter set than her plan.
const KEPT_SHORTER: &str = " (shorter today, to fit your time)";

/// The line expected for `raw` in `c`: `text`, with the note when the routine trims a
/// set of it below her plan's dose.
fn said(c: &Composed, plan: &PlanState, raw: &str, text: &str) -> String {
    let step = c
        .routine
        .steps
        .iter()
        .find(|s| s.exercise.as_str() == raw)
        .unwrap();
    let item = plan
        .items
        .iter()
        .find(|i| i.exercise.as_str() == raw)
        .unwrap();
    let full = dose_at(ex(raw), item.dose_step);
    if step.dose.work.seconds() < full.work.seconds() {
        format!("{}: {text}{KEPT_SHORTER}", name(raw))
    } else {
        format!("{}: {text}", name(raw))
    }
}

const TWO_COMFORTABLE: &str =
    "the last two sessions were comfortable and your back was fine the next morning";

#[test]
fn without_history_each_line_says_why_it_is_there() {
    let p = profile(V, 8, &[PainSite::LowerBack]);
    let plan = plan_of(&p);
    for target in [10, 15, 20] {
        let c = compose(&plan, &p, Length::Standard, target);
        let why = why_lines(&c, &plan, cat(), None, 0);
        assert_eq!(why.len(), c.entries.len());
        for (w, e) in why.iter().zip(&c.entries) {
            let raw = e.exercise.as_str();
            assert_eq!(w.exercise, e.exercise);
            let text = english(&w.text);
            assert_eq!(
                text,
                said(&c, &plan, raw, &msg_in_english(e.purpose_text()))
            );
            assert!(!text.contains('\n') && !text.to_lowercase().contains("diagnos"));
        }
    }
    let c = compose(&plan, &p, Length::Standard, 20);
    let why = why_lines(&c, &plan, cat(), None, 0);
    assert_eq!(
        line(&why, "breathing-belly"),
        "Belly breathing: a calm start, letting your body settle before anything else"
    );
    assert_eq!(
        line(&why, "pelvic-tilt-hands-knees"),
        "Pelvic tilt on hands and knees: for your lower back"
    );
    // At 10 minutes the warm-up cannot hold its full sets: the brace says it is kept
    // shorter today.
    let c = compose(&plan, &p, Length::Standard, 10);
    let why = why_lines(&c, &plan, cat(), None, 0);
    assert!(
        why.iter().any(|w| english(&w.text).ends_with(KEPT_SHORTER)),
        "{why:?}"
    );
}

/// Two sessions: three days ago everything but one chain, yesterday only the warm-up.
#[test]
fn lines_say_what_changed_what_waits_and_what_was_never_done() {
    let p = profile(V, 8, &[PainSite::LowerBack]);
    let before = compose(&plan_of(&p), &p, Length::Standard, 20);
    let warm: Vec<&str> = before
        .entries
        .iter()
        .filter(|e| e.slot == Slot::WarmUp)
        .map(|e| e.exercise.as_str())
        .collect();
    assert_eq!(
        warm,
        ["breathing-belly", "brace-standing", "pelvic-floor-quick"]
    );
    let skipped = "hamstring-stretch";
    let mut first: Vec<&str> = ids(&before);
    assert!(first.contains(&skipped), "{first:?}");
    first.retain(|x| *x != skipped);
    let history = vec![session(NOW - 3 * DAY, &first), session(NOW - DAY, &warm)];
    let data = settled(&p, history);
    let plan = &data.plan;
    let c = compose(plan, &p, Length::Standard, 20);
    let last = last_session_ms(&data.history);
    assert_eq!(last, Some(NOW - DAY));
    let why = why_lines(&c, plan, cat(), last, 0);
    // Done in both sessions, both comfortable: each moved on, and says how and why.
    for (raw, how) in [
        ("breathing-belly", "15 s longer"),
        ("brace-standing", "2 more reps"),
        ("pelvic-floor-quick", "2 more reps"),
    ] {
        assert_eq!(
            line(&why, raw),
            said(&c, plan, raw, &format!("{how} — {TWO_COMFORTABLE}"))
        );
    }
    // Done three days ago but not yesterday: it waits, and says since when.
    assert_eq!(
        line(&why, "pelvic-tilt-hands-knees"),
        said(
            &c,
            plan,
            "pelvic-tilt-hands-knees",
            "not done since 15 Nov, so it stays where it was"
        )
    );
    // Never done, though she has had sessions.
    assert_eq!(
        line(&why, skipped),
        said(
            &c,
            plan,
            skipped,
            "not done yet, so it stays where it starts until you have"
        )
    );
    // Done yesterday but not yet twice: its latest change, in words.
    let data = settled(&p, vec![session(NOW - DAY, &warm)]);
    let c = compose(&data.plan, &p, Length::Standard, 20);
    let why = why_lines(&c, &data.plan, cat(), Some(NOW - DAY), 0);
    assert_eq!(
        line(&why, "breathing-belly"),
        "Belly breathing: that session was comfortable; one more like it and this moves up \
         a step"
    );
}

#[test]
fn a_change_of_variant_names_the_new_one() {
    let p = profile(V, 8, &[]);
    let at = NOW - DAY;
    let pos = |raw: &str, dose_step| Position {
        exercise: id(raw),
        dose_step,
    };
    let state = |item: PlanItem, change: Change| PlanState {
        items: vec![item],
        started_ms: Some(NOW - 30 * DAY),
        changes: vec![change],
        imported: Vec::new(),
    };
    let done = |raw: &str| PlanItem {
        last_done_ms: Some(at),
        ..PlanItem::new(id(raw), 0)
    };
    let rows: Vec<(PlanItem, Change, &str)> = vec![
        (
            done("brace-sitting"),
            Change {
                at_ms: at,
                from: pos("brace-lying", MAX_STEP),
                to: pos("brace-sitting", 0),
                verdict: Verdict::Progress,
                reason: Reason::ComfortableStreak { sessions: 2 },
                routine: None,
            },
            "Deep tummy brace, sitting: moved on to Deep tummy brace, sitting — \
             the last two sessions were comfortable and your back was fine the next morning",
        ),
        (
            done("brace-lying"),
            Change {
                at_ms: at,
                from: pos("brace-sitting", 0),
                to: pos("brace-lying", 0),
                verdict: Verdict::StepBack,
                reason: Reason::PainTooHigh { pain: 7 },
                routine: None,
            },
            "Deep tummy brace, lying: back to Deep tummy brace, lying — \
             pain reached 7 out of 10, so this eases off a step",
        ),
        (
            PlanItem {
                dose_step: -1,
                ..done("breathing-belly")
            },
            Change {
                at_ms: at,
                from: pos("breathing-belly", 0),
                to: pos("breathing-belly", -1),
                verdict: Verdict::StepBack,
                reason: Reason::MorningWorse,
                routine: None,
            },
            "Belly breathing: 15 s shorter — your back felt worse the next morning, so this \
             eases off a step",
        ),
    ];
    for (item, change, want) in rows {
        let s = state(item, change);
        let c = compose(&s, &p, Length::Standard, 15);
        let why = why_lines(&c, &s, cat(), Some(at), 0);
        assert_eq!(english(&why[0].text), want);
    }
    // A change to a physiotherapist's routine never explains her own plan.
    let s = state(
        done("brace-lying"),
        Change {
            at_ms: at,
            from: pos("brace-lying", 0),
            to: pos("brace-lying", 1),
            verdict: Verdict::Progress,
            reason: Reason::ComfortableStreak { sessions: 2 },
            routine: Some(NOW - 10 * DAY),
        },
    );
    let c = compose(&s, &p, Length::Standard, 15);
    let why = why_lines(&c, &s, cat(), Some(at), 0);
    assert_eq!(
        english(&why[0].text),
        "Deep tummy brace, lying: warms up the deep tummy muscles before anything else"
    );
}

/// Time away is the latest thing that happened to every item: each line names the
/// step back and the gap, whatever else it did before.
#[test]
fn after_time_away_each_line_names_the_gap() {
    let p = profile(V, 8, &[PainSite::LowerBack]);
    // One session, long ago, in which she did a little of everything.
    let everything: Vec<&str> = cat().all().iter().map(|e| e.id.as_str()).collect();
    for (days, gap, away) in [(20, "two weeks", 14), (30, "four weeks", 28)] {
        let data = settled(&p, vec![session(NOW - days * DAY, &everything)]);
        assert!(data
            .plan
            .changes
            .iter()
            .any(|c| c.reason == Reason::Away { days: away }));
        let c = compose(&data.plan, &p, Length::Standard, 15);
        let why = why_lines(&c, &data.plan, cat(), Some(NOW - days * DAY), 0);
        let reason = english(&Reason::Away { days: away }.text());
        assert!(reason.contains(gap), "{reason}");
        for w in &why {
            let line = english(&w.text);
            let text = line.trim_end_matches(KEPT_SHORTER);
            assert!(
                text.ends_with(&format!(" — {reason}")),
                "{days} days: {line}"
            );
        }
        // Belly breathing has no gentler variant: its hold is 15 s shorter per step.
        // The brace goes back to its gentler variant, then a dose step down.
        assert!(
            line(&why, "breathing-belly").starts_with("Belly breathing: 15 s shorter — "),
            "{why:?}"
        );
        let brace = if days == 20 {
            "Deep tummy brace, lying: back to Deep tummy brace, lying — "
        } else {
            "Deep tummy brace, lying: 2 fewer reps — "
        };
        assert!(line(&why, "brace-lying").starts_with(brace), "{why:?}");
    }
}

#[test]
fn short_dates_are_day_and_month_in_her_calendar() {
    let short_date = |at_ms: i64, offset_min: i32| {
        backcare::domain::text::plain_date(short_date(at_ms, offset_min))
    };
    assert_eq!(short_date(NOW, 0), "18 Nov");
    // 10:00 UTC is still the day before eleven hours west, and the same day east.
    assert_eq!(short_date(NOW, -11 * 60), "17 Nov");
    assert_eq!(short_date(NOW, 13 * 60), "18 Nov");
    assert_eq!(short_date(NOW + 14 * 60 * 60 * 1000, 60), "19 Nov");
    assert_eq!(short_date(NOW + 44 * DAY, 0), "1 Jan");
    assert_eq!(short_date(0, 0), "1 Jan");
    assert_eq!(short_date(NOW - 321 * DAY, 0), "1 Jan");
}

// ---------------------------------------------------------------------------------
// Today's walk.
// ---------------------------------------------------------------------------------

fn walk_log(at_ms: i64, walk_s: u32, breathing_s: u32) -> SessionLog {
    let x = |raw: &str, s: u32| ExerciseLog {
        exercise: id(raw),
        planned_sets: 1,
        done_sets: 1,
        planned_work_s: s,
        done_work_s: s,
    };
    SessionLog {
        routine: "Walk".to_owned(),
        started_at_ms: at_ms,
        active_ms: i64::from(walk_s + breathing_s) * 1000,
        stopped_early: false,
        exercises: vec![x("walk-10", walk_s), x("breathing-belly", breathing_s)],
        comfort: Comfort::default(),
        start: Some(Start::Walk),
    }
}

#[test]
fn the_walk_suggestion_counts_her_walking_minutes() {
    let p = profile(V, 4, &[]);
    let plan = plan_of(&p);
    let st = stage(&p);
    // Ten minutes of walking this week; breathing does not count; last week's walk
    // does not either.
    let history = vec![
        walk_log(NOW - 9 * DAY, 1800, 0),
        walk_log(NOW - 2 * DAY, 600, 300),
    ];
    let minutes = minutes_since(&history, NOW - 7 * DAY, cat());
    assert_eq!(minutes, 10);
    let (walk, text) = walk_suggestion(&plan, cat(), &st, &th(), minutes).unwrap();
    assert_eq!(walk.as_str(), "walk-10");
    assert_eq!(
        english(&text),
        "A 10-minute walk today would bring you to 20 of 150 walking minutes this week"
    );
    // Close to the guideline: it stops at 150.
    let (_, text) = walk_suggestion(&plan, cat(), &st, &th(), 145).unwrap();
    assert_eq!(
        english(&text),
        "A 10-minute walk today would bring you to 150 of 150 walking minutes this week"
    );
    let (_, text) = walk_suggestion(&plan, cat(), &st, &th(), WEEKLY_GOAL_MIN).unwrap();
    assert_eq!(
        english(&text),
        "You have walked 150 minutes this week; a 10-minute walk today is a gentle extra if \
         you feel like it"
    );
    // Before her plan holds a walk: the 5-minute one.
    let (walk, text) = walk_suggestion(&PlanState::default(), cat(), &st, &th(), 0).unwrap();
    assert_eq!(walk.as_str(), "walk-5");
    assert_eq!(
        english(&text),
        "A 5-minute walk today would bring you to 5 of 150 walking minutes this week"
    );
    // Her walk follows her plan: 12 weeks on and cleared, the 30-minute walk.
    let p = Profile {
        cleared_at_ms: Some(NOW - DAY),
        ..profile(V, 12, &[])
    };
    let (walk, _) = walk_suggestion(&plan_of(&p), cat(), &stage(&p), &th(), 0).unwrap();
    assert_eq!(walk.as_str(), "walk-30");
    // Walks are suggested, never planned into a routine.
    for length in [Length::Standard, Length::Short] {
        let c = compose(&plan_of(&p), &p, length, 20);
        assert!(c
            .entries
            .iter()
            .all(|e| ex(e.exercise.as_str()).kind != Kind::Walk));
    }
}

// ---------------------------------------------------------------------------------
// The plan view: where she stands in each chain and what it takes to move on.
// ---------------------------------------------------------------------------------

fn status<'a>(all: &'a [ChainStatus], raw: &str) -> &'a ChainStatus {
    all.iter()
        .find(|s| s.exercise.as_str() == raw)
        .unwrap_or_else(|| panic!("no status for {raw}"))
}

/// One item at a dose step, for `weeks` + `days` after the birth.
fn view(p: &Profile, items: &[(&str, i8)], paused: bool) -> Vec<ChainStatus> {
    let plan = PlanState {
        items: items
            .iter()
            .map(|(raw, step)| PlanItem::new(id(raw), *step))
            .collect(),
        ..PlanState::default()
    };
    chain_statuses(&plan, p, cat(), &th(), paused, NOW, 0)
}

fn variant(name: &str) -> Next {
    Next::Variant {
        name: name.to_owned(),
    }
}

fn born_days_ago(delivery: Delivery, days: i64) -> Profile {
    Profile {
        birth: Birth::Date {
            day: NOW.div_euclid(DAY) - days,
        },
        ..profile(delivery, 0, &[])
    }
}

#[test]
fn one_comfortable_session_of_two_leaves_one_more_to_go() {
    assert_eq!(th().sessions_to_progress, 2);
    let p = profile(V, 8, &[]);
    let fresh = plan_of(&p);
    let data = settled(&p, vec![session(NOW - DAY, &["pelvic-tilt-hands-knees"])]);
    let all = chain_statuses(&data.plan, &p, cat(), &th(), false, NOW, 0);
    assert_eq!(all.len(), data.plan.items.len());
    let tilt = status(&all, "pelvic-tilt-hands-knees");
    assert_eq!(tilt.gate, Gate::Sessions { more: 1 });
    assert_eq!(
        english(&tilt.gate.text()),
        "1 more comfortable session with a settled next morning"
    );
    assert_eq!((tilt.place, tilt.of), (3, 4));
    assert_eq!(tilt.name, "Pelvic tilt on hands and knees");
    assert_eq!(
        tilt.next.as_ref(),
        Some(&Next::More {
            name: "pelvic tilt on hands and knees".to_owned()
        })
    );
    assert_eq!(
        english(&tilt.next_line()),
        "Next: a little more pelvic tilt on hands and knees, after 1 more comfortable \
         session with a settled next morning."
    );
    assert_eq!(tilt.dose, dose_at(ex("pelvic-tilt-hands-knees"), 0));
    assert_eq!(tilt.last_done_ms, Some(NOW - DAY));
    // What she has not done yet needs both sessions.
    let brace = status(&all, "brace-standing");
    assert_eq!(brace.gate, Gate::Sessions { more: 2 });
    assert_eq!(
        english(&brace.gate.text()),
        "2 more comfortable sessions with a settled next morning"
    );
    assert_eq!(brace.last_done_ms, None);
    // In plan order, one per item.
    let order: Vec<_> = all.iter().map(|s| s.exercise.clone()).collect();
    let items: Vec<_> = fresh.items.iter().map(|i| i.exercise.clone()).collect();
    assert_eq!(order, items);
}

#[test]
fn a_next_variant_for_a_later_stage_says_when_it_opens() {
    // A caesarean 4 weeks ago, heel slides at their top dose step: the bridge opens at 8.
    let p = born_days_ago(P, 28);
    let all = view(&p, &[("heel-slides", MAX_STEP)], false);
    let heel = status(&all, "heel-slides");
    let gate = Gate::OpensAt {
        weeks: 8,
        caesarean: true,
        days: 28,
    };
    assert_eq!(heel.gate, gate);
    assert_eq!(heel.next, Some(variant("Bridge")));
    assert_eq!(
        english(&heel.next_line()),
        "Next: Bridge: opens at 8 weeks after a caesarean — in 28 days."
    );
    assert_eq!(
        english(&gate.text()),
        "opens at 8 weeks after a caesarean — in 28 days"
    );
    // Three days on, and the day before.
    let all = view(&born_days_ago(E, 31), &[("heel-slides", MAX_STEP)], false);
    assert_eq!(
        status(&all, "heel-slides").gate,
        Gate::OpensAt {
            weeks: 8,
            caesarean: true,
            days: 25
        }
    );
    let all = view(&born_days_ago(E, 55), &[("heel-slides", MAX_STEP)], false);
    let gate = status(&all, "heel-slides").gate;
    assert_eq!(
        english(&gate.text()),
        "opens at 8 weeks after a caesarean — tomorrow"
    );
    // After a vaginal birth the same chain opens earlier.
    let all = view(
        &born_days_ago(V, 21),
        &[("hamstring-stretch", MAX_STEP)],
        false,
    );
    let gate = status(&all, "hamstring-stretch").gate;
    assert_eq!(
        gate,
        Gate::OpensAt {
            weeks: 4,
            caesarean: false,
            days: 7
        }
    );
    assert_eq!(
        english(&gate.text()),
        "opens at 4 weeks after the birth — in 7 days"
    );
    // Below the top dose step the next step is a fuller dose, and the harder variant's
    // opening comes with it.
    let all = view(&p, &[("heel-slides", 1)], false);
    let heel = status(&all, "heel-slides");
    assert_eq!(heel.gate, Gate::Sessions { more: 2 });
    assert_eq!(
        heel.next,
        Some(Next::More {
            name: "heel slides".to_owned()
        })
    );
    assert_eq!(
        heel.then,
        Some((
            "Bridge".to_owned(),
            Gate::OpensAt {
                weeks: 8,
                caesarean: true,
                days: 28
            }
        ))
    );
    assert_eq!(
        heel.then_line().map(|t| english(&t)).as_deref(),
        Some("Then Bridge: opens at 8 weeks after a caesarean — in 28 days.")
    );
    // When the harder variant already suits her there is nothing more to say.
    let all = view(&born_days_ago(V, 56), &[("heel-slides", 1)], false);
    assert_eq!(status(&all, "heel-slides").then, None);
}

#[test]
fn the_end_of_a_chain_is_the_top() {
    let p = born_days_ago(V, 100);
    for raw in [
        "sit-to-stand",
        "side-lying-clam",
        "chest-opener",
        "walk-30",
        "bird-dog",
    ] {
        let all = view(&p, &[(raw, MAX_STEP)], false);
        let s = status(&all, raw);
        assert_eq!(s.gate, Gate::Top, "{raw}");
        assert_eq!(s.next, None, "{raw}");
        assert_eq!(english(&s.next_line()), "This is the fullest version here.");
        assert_eq!(s.place, s.of, "{raw}");
    }
    assert_eq!(
        english(&Gate::Top.text()),
        "this is the fullest version here"
    );
    // Walks move along their chain, not by dose steps.
    let all = view(&p, &[("walk-10", 0)], false);
    let walk = status(&all, "walk-10");
    assert_eq!(walk.next, Some(variant("Steady walk, 20 minutes")));
    assert_eq!(walk.gate, Gate::Sessions { more: 2 });
    assert_eq!((walk.place, walk.of), (2, 4));
    let all = view(&born_days_ago(V, 28), &[("walk-20", 0)], false);
    assert_eq!(
        status(&all, "walk-20").gate,
        Gate::OpensAt {
            weeks: 6,
            caesarean: false,
            days: 14
        }
    );
}

#[test]
fn pelvic_care_and_a_severe_tear_hold_the_next_variant() {
    // Pain in pregnancy, 8 weeks on: the one-sided bird dog waits for 12 weeks.
    let p = Profile {
        pregnancy_back_pain: true,
        ..born_days_ago(V, 56)
    };
    let all = view(&p, &[("pelvic-tilt-hands-knees", MAX_STEP)], false);
    let s = status(&all, "pelvic-tilt-hands-knees");
    assert_eq!(s.gate, Gate::Symmetric { days: 28 });
    assert_eq!(s.next, Some(variant("Bird dog")));
    assert_eq!(
        english(&s.gate.text()),
        "waits until 12 weeks, to go easy on your pelvis — in 28 days"
    );
    // A severe tear, 2 weeks on: bracing beyond lying waits for the tear weeks.
    let p = Profile {
        severe_tear: true,
        ..born_days_ago(V, 14)
    };
    let all = view(&p, &[("brace-lying", MAX_STEP)], false);
    let s = status(&all, "brace-lying");
    assert_eq!(s.gate, Gate::AfterTear { weeks: 6, days: 28 });
    assert_eq!(
        english(&s.gate.text()),
        "waits until 6 weeks after the tear — in 28 days"
    );
    assert_eq!(
        english(&Gate::AfterTear { weeks: 6, days: 1 }.text()),
        "waits until 6 weeks after the tear — tomorrow"
    );
}

#[test]
fn a_paused_plan_says_so_for_every_chain() {
    let p = profile(V, 8, &[]);
    let plan = plan_of(&p);
    let all = chain_statuses(&plan, &p, cat(), &th(), true, NOW, 0);
    assert_eq!(all.len(), plan.items.len());
    assert!(all.iter().all(|s| s.gate == Gate::Paused));
    assert!(all
        .iter()
        .all(|s| english(&s.next_line()).ends_with(": paused until you have been checked.")));
    assert_eq!(
        english(&Gate::Paused.text()),
        "paused until you have been checked"
    );
}

#[test]
fn every_gate_in_words() {
    let rows = [
        (
            Gate::Sessions { more: 1 },
            "1 more comfortable session with a settled next morning",
        ),
        (
            Gate::Sessions { more: 3 },
            "3 more comfortable sessions with a settled next morning",
        ),
        (
            Gate::OpensAt {
                weeks: 10,
                caesarean: true,
                days: 9,
            },
            "opens at 10 weeks after a caesarean — in 9 days",
        ),
        (
            Gate::OpensAt {
                weeks: 3,
                caesarean: false,
                days: 1,
            },
            "opens at 3 weeks after the birth — tomorrow",
        ),
        (
            Gate::Symmetric { days: 2 },
            "waits until 12 weeks, to go easy on your pelvis — in 2 days",
        ),
        (
            Gate::AfterTear { weeks: 8, days: 5 },
            "waits until 8 weeks after the tear — in 5 days",
        ),
        (Gate::Paused, "paused until you have been checked"),
        (Gate::Top, "this is the fullest version here"),
    ];
    for (gate, text) in rows {
        assert_eq!(english(&gate.text()), text, "{gate:?}");
    }
}

#[test]
fn chains_not_open_yet_say_when_they_open() {
    let p = born_days_ago(E, 14);
    let plan = plan_of(&p);
    let soon = upcoming(&plan, &p, cat(), &th(), NOW, 0);
    let got: Vec<(&str, Gate)> = soon.iter().map(|u| (u.exercise.as_str(), u.gate)).collect();
    let opens = |weeks: u8| Gate::OpensAt {
        weeks,
        caesarean: true,
        days: i64::from(weeks) * 7 - 14,
    };
    assert_eq!(
        got,
        [
            ("heel-slides", opens(3)),
            ("cat-cow", opens(6)),
            ("hamstring-stretch", opens(4)),
            ("side-lying-clam", opens(6)),
        ]
    );
    assert_eq!(soon[0].name, "Heel slides");
    // Once everything is open, nothing is upcoming.
    let p = born_days_ago(E, 70);
    assert!(upcoming(&plan_of(&p), &p, cat(), &th(), NOW, 0).is_empty());
}

#[test]
fn plan_view_helpers() {
    assert_eq!(last_session_ms(&[]), None);
    let logs = vec![session(NOW - 3 * DAY, &[]), session(NOW - 5 * DAY, &[])];
    assert_eq!(last_session_ms(&logs), Some(NOW - 3 * DAY));
    assert_eq!(days_since(NOW - 3 * DAY, NOW), 3);
    assert_eq!(days_since(NOW - 3 * DAY + 1, NOW), 2);
    assert_eq!(days_since(NOW + DAY, NOW), 0);
}
