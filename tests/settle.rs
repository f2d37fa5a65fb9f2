//! `settle`: her whole history replayed onto the plan. Each item moves only on the
//! sessions that included its chain, judged against her baseline; time away, red
//! flags and "I've been checked" apply to every item; a physiotherapist's routine set
//! to adjust is its own track, judged by the physio's limits and moving doses only;
//! placement decides where each chain starts. The properties at the end check what
//! must hold for any history.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::{Exercise, ExerciseId, Kind};
use backcare::domain::history::{ExerciseLog, SessionLog};
use backcare::domain::imported::ImportedRoutine;
use backcare::domain::profile::{Activity, Birth, Delivery, Profile};
use backcare::domain::progression::{
    normal_step, suits, Change, PlanItem, PlanState, Position, Reason, Verdict, MAX_CHANGES,
    MAX_STEP, MIN_STEP,
};
use backcare::domain::routine::RoutineName;
use backcare::domain::safety::{Moment, RedFlag};
use backcare::domain::saved::AppData;
use backcare::domain::settings::Thresholds;
use backcare::domain::settle::settle;
use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
use backcare::domain::start::Start;
use proptest::prelude::*;
use MorningCompare::{Better, Same, Worse};

const DAY: i64 = 24 * 60 * 60 * 1000;
const HOUR: i64 = 60 * 60 * 1000;
/// The birth, in days since 1970-01-01.
const BIRTH: i64 = 20_000;
/// The plan starts 8 weeks after the birth, at 8 in the morning (UTC, her offset 0).
const START: i64 = (BIRTH + 8 * 7) * DAY + 8 * HOUR;
/// When she kept the physiotherapist's routine (an odd millisecond, so no other
/// moment in these tests falls on it by chance).
const IMPORTED: i64 = START + 2 * HOUR + 777;
/// A second, fixed routine she kept.
const IMPORTED_FIXED: i64 = START + 3 * HOUR + 555;
const PHYSIO: &str = "Physio plan";
const FIXED: &str = "Fixed physio plan";
const OWN: &str = "Your routine for today";

/// 9 in the morning on day `n` of the plan.
fn day(n: i64) -> i64 {
    START + n * DAY + HOUR
}

fn cat() -> &'static Catalog {
    Catalog::builtin()
}

fn ex(raw: &str) -> &'static Exercise {
    cat()
        .find(raw)
        .unwrap_or_else(|| panic!("{raw} not in the catalogue"))
}

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

fn pain(v: u8) -> PainScore {
    PainScore::new(v).unwrap()
}

// ---------------------------------------------------------------------------------
// Her, her sessions, her data
// ---------------------------------------------------------------------------------

/// A vaginal birth, moderately active, not yet cleared, no pain known: 8 weeks in at
/// the plan's start, so every chain is open and she starts at level 2.
fn her() -> Profile {
    Profile::new(Birth::Date { day: BIRTH }, Delivery::Vaginal)
}

/// What she reported about a session.
#[derive(Clone, Copy, Debug)]
struct Said {
    before: Option<u8>,
    worst: Option<u8>,
    effort: Effort,
    morning: Option<(MorningCompare, u8)>,
    skipped: bool,
}

fn said(worst: u8, morning: Option<(MorningCompare, u8)>) -> Said {
    Said {
        before: Some(2),
        worst: Some(worst),
        effort: Effort::Moderate,
        morning,
        skipped: false,
    }
}

/// Pain 2 before and during, the same 2 the next morning.
fn comfy() -> Said {
    said(2, Some((Same, 2)))
}

/// Nothing before; `worst` during; `compare` at `morning` the next morning.
fn unanchored(worst: u8, compare: MorningCompare, morning: u8) -> Said {
    Said {
        before: None,
        ..said(worst, Some((compare, morning)))
    }
}

fn comfort(at: i64, s: Said) -> Comfort {
    Comfort {
        before: s.before.map(pain),
        after: s.worst.map(|w| AfterReport {
            worst_pain: pain(w),
            effort: s.effort,
            note: Note::default(),
        }),
        // Answered the next morning.
        morning: s.morning.map(|(compare, p)| MorningReport {
            compare,
            pain: pain(p),
            at_ms: at + 20 * HOUR,
        }),
        morning_skipped: s.skipped,
    }
}

/// One exercise of a log: `done` of `planned` seconds.
fn part(raw: &str, planned: u32, done: u32) -> ExerciseLog {
    ExerciseLog {
        exercise: id(raw),
        planned_sets: 1,
        done_sets: u8::from(done >= planned),
        planned_work_s: planned,
        done_work_s: done,
    }
}

fn log_of(
    at: i64,
    parts: Vec<ExerciseLog>,
    s: Said,
    routine: &str,
    start: Option<Start>,
) -> SessionLog {
    SessionLog {
        routine: routine.to_owned(),
        started_at_ms: at,
        active_ms: 10 * 60 * 1000,
        stopped_early: parts.iter().any(|p| p.done_work_s < p.planned_work_s),
        exercises: parts,
        comfort: comfort(at, s),
        start,
    }
}

/// A session of her own plan in which she did all of each of `ids`.
fn own(at: i64, ids: &[&str], s: Said) -> SessionLog {
    let parts = ids.iter().map(|raw| part(raw, 60, 60)).collect();
    log_of(at, parts, s, OWN, Some(Start::Today))
}

/// A session of the physiotherapist's routine.
fn physio_session(at: i64, ids: &[&str], s: Said) -> SessionLog {
    let parts = ids.iter().map(|raw| part(raw, 60, 60)).collect();
    log_of(at, parts, s, PHYSIO, Some(Start::Shared(IMPORTED)))
}

fn data(profile: Profile, history: Vec<SessionLog>) -> AppData {
    AppData {
        profile: Some(profile),
        history,
        plan: PlanState {
            started_ms: Some(START),
            ..PlanState::default()
        },
        ..AppData::default()
    }
}

fn run(d: &AppData, now: i64) -> (AppData, Vec<Change>) {
    settle(d, now, 0, cat())
}

/// Two days after the last session (every morning answered by then).
fn after_all(d: &AppData) -> i64 {
    d.history
        .iter()
        .map(|l| l.started_at_ms)
        .max()
        .unwrap_or(START)
        + 2 * DAY
}

fn plan_after(d: &AppData) -> PlanState {
    run(d, after_all(d)).0.plan
}

/// The first member of the chain `raw` belongs to.
fn root_of(raw: &ExerciseId) -> ExerciseId {
    cat().chain(raw)[0].id.clone()
}

/// Her plan's item for the chain starting at `root`.
fn item<'a>(plan: &'a PlanState, root: &str) -> &'a PlanItem {
    plan.items
        .iter()
        .find(|i| root_of(&i.exercise).as_str() == root)
        .unwrap_or_else(|| panic!("no item for {root} in {:?}", plan.items))
}

fn pos(plan: &PlanState, root: &str) -> (String, i8) {
    let i = item(plan, root);
    (i.exercise.to_string(), i.dose_step)
}

/// Changes to the chain starting at `root` in her own plan, oldest first.
fn changes_of<'a>(plan: &'a PlanState, root: &str) -> Vec<&'a Change> {
    plan.changes
        .iter()
        .filter(|c| c.routine.is_none() && root_of(&c.from.exercise).as_str() == root)
        .collect()
}

fn last_change<'a>(plan: &'a PlanState, root: &str) -> &'a Change {
    changes_of(plan, root).into_iter().last().unwrap()
}

/// Where her plan stands with no session at all.
fn placed() -> PlanState {
    run(&data(her(), vec![]), START + HOUR).0.plan
}

const ROOTS: [&str; 11] = [
    "breathing-belly",
    "brace-lying",
    "pelvic-floor-quick",
    "pelvic-tilt-lying",
    "knee-rolls",
    "chin-tuck",
    "heel-slides",
    "cat-cow",
    "hamstring-stretch",
    "side-lying-clam",
    "walk-5",
];

// ---------------------------------------------------------------------------------
// Placement
// ---------------------------------------------------------------------------------

#[test]
fn her_plan_starts_where_placement_puts_each_chain() {
    let plan = placed();
    // 8 weeks after a vaginal birth, not yet cleared: level 2 (of 0–3), dose step 0.
    let table: &[(&str, &str)] = &[
        ("breathing-belly", "breathing-belly"),
        ("brace-lying", "brace-standing"),
        ("pelvic-floor-quick", "pelvic-floor-quick"),
        ("pelvic-tilt-lying", "pelvic-tilt-hands-knees"),
        ("knee-rolls", "knee-to-chest"),
        ("chin-tuck", "shoulder-blade-squeeze"),
        ("heel-slides", "glute-bridge"),
        ("cat-cow", "cat-cow"),
        ("hamstring-stretch", "hamstring-stretch"),
        ("side-lying-clam", "side-lying-clam"),
        ("walk-5", "walk-20"),
    ];
    assert_eq!(plan.items.len(), table.len(), "{:?}", plan.items);
    for (root, want) in table {
        assert_eq!(pos(&plan, root), ((*want).to_owned(), 0), "{root}");
        assert_eq!(item(&plan, root).streak, 0);
        assert_eq!(item(&plan, root).last_done_ms, None);
    }
    assert_eq!(plan.started_ms, Some(START));
    assert_eq!(plan.changes.len(), table.len());
    for c in &plan.changes {
        assert_eq!(c.verdict, Verdict::Start);
        assert_eq!(c.reason, Reason::Placed { level: 2 });
        assert_eq!(c.from, c.to);
        assert_eq!(c.at_ms, START);
        assert_eq!(c.routine, None);
    }
}

#[test]
fn twelve_weeks_cleared_with_low_pain_starts_with_strength() {
    let p = Profile {
        birth: Birth::Date {
            day: BIRTH - 12 * 7,
        },
        cleared_at_ms: Some(START - 7 * DAY),
        usual_pain: Some(pain(1)),
        ..her()
    };
    let (out, fresh) = run(&data(p, vec![]), START + HOUR);
    let ids: Vec<&str> = out.plan.items.iter().map(|i| i.exercise.as_str()).collect();
    assert!(
        ids.iter()
            .any(|i| ["glute-bridge", "sit-to-stand"].contains(i)),
        "{ids:?}"
    );
    assert!(
        ids.iter()
            .any(|i| ["bird-dog", "side-lying-clam"].contains(i)),
        "{ids:?}"
    );
    // Level 3: the fullest member of each chain.
    assert!(
        ids.contains(&"sit-to-stand") && ids.contains(&"bird-dog"),
        "{ids:?}"
    );
    assert!(fresh
        .iter()
        .all(|c| c.reason == Reason::Placed { level: 3 } && c.verdict == Verdict::Start));
    assert_eq!(fresh.len(), out.plan.items.len());
}

#[test]
fn two_weeks_after_an_emergency_caesarean_only_the_gentlest_members() {
    let p = Profile {
        birth: Birth::Date { day: BIRTH },
        delivery: Delivery::EmergencyCaesarean,
        ..her()
    };
    let at = (BIRTH + 14) * DAY + 10 * HOUR;
    let (out, _) = run(&data(p.clone(), vec![]), at);
    assert!(!out.plan.items.is_empty());
    let stage = p.stage(at, 0);
    for i in &out.plan.items {
        let e = cat().get(&i.exercise).unwrap();
        assert_eq!(e.easier, None, "{} is not the gentlest of its chain", e.id);
        assert_eq!(i.dose_step, 0);
        assert_ne!(e.kind, Kind::Strength, "{}", e.id);
        assert!(suits(e, &stage, &Thresholds::default()));
    }
    for must in [
        "breathing-belly",
        "brace-lying",
        "pelvic-floor-quick",
        "walk-5",
    ] {
        assert!(
            out.plan.items.iter().any(|i| i.exercise.as_str() == must),
            "{must}"
        );
    }
    // Chains that open later after a caesarean are not in it yet.
    for later in [
        "heel-slides",
        "cat-cow",
        "side-lying-clam",
        "hamstring-stretch",
    ] {
        assert!(
            out.plan
                .items
                .iter()
                .all(|i| root_of(&i.exercise).as_str() != later),
            "{later}"
        );
    }
    assert!(out
        .plan
        .changes
        .iter()
        .all(|c| c.reason == Reason::Placed { level: 0 }));
}

#[test]
fn a_chain_joins_her_plan_when_it_opens() {
    let p = Profile {
        delivery: Delivery::EmergencyCaesarean,
        ..her()
    };
    let two_weeks = (BIRTH + 14) * DAY + 10 * HOUR;
    let mut d = data(p, vec![]);
    d.plan.started_ms = Some(two_weeks);
    let first = run(&d, two_weeks).0.plan;
    let seven_weeks = (BIRTH + 49) * DAY + 10 * HOUR;
    let (later, fresh) = run(&run(&d, two_weeks).0, seven_weeks);
    // What was there stays where it was.
    for i in &first.items {
        assert!(later.plan.items.contains(i), "{i:?}");
    }
    // Heel slides (3 weeks after a caesarean) and the 6-week chains joined at 7 weeks,
    // at the level for then (level 1: the first member, for these chains).
    for root in [
        "heel-slides",
        "cat-cow",
        "side-lying-clam",
        "hamstring-stretch",
    ] {
        let c = last_change(&later.plan, root);
        assert_eq!(c.verdict, Verdict::Start, "{root}");
        assert_eq!(c.reason, Reason::Placed { level: 1 }, "{root}");
        assert_eq!(c.at_ms, seven_weeks, "{root}");
        assert!(fresh.contains(c), "{root}");
    }
    assert_eq!(fresh.len(), later.plan.items.len() - first.items.len());
}

#[test]
fn placement_reads_her_pain_and_activity() {
    // (usual pain, activity → level, dose step of a non-walk)
    let table: &[(Option<u8>, Activity, u8, i8)] = &[
        (None, Activity::Moderate, 2, 0),
        (Some(1), Activity::Moderate, 2, 0),
        (Some(4), Activity::Moderate, 1, 0),
        (Some(6), Activity::Moderate, 0, -1),
        (Some(9), Activity::High, 0, -1),
        (None, Activity::High, 2, 1),
        (Some(5), Activity::High, 1, 0),
        (None, Activity::Low, 1, 0),
    ];
    for &(usual, activity, level, step) in table {
        let p = Profile {
            usual_pain: usual.map(pain),
            activity,
            ..her()
        };
        let plan = run(&data(p, vec![]), START + HOUR).0.plan;
        assert!(
            plan.changes
                .iter()
                .all(|c| c.reason == Reason::Placed { level }),
            "{usual:?} {activity:?}: {:?}",
            plan.changes.first()
        );
        assert_eq!(
            item(&plan, "pelvic-tilt-lying").dose_step,
            step,
            "{usual:?} {activity:?}"
        );
        assert_eq!(
            item(&plan, "walk-5").dose_step,
            0,
            "walks never take a dose step"
        );
    }
}

#[test]
fn no_profile_no_plan() {
    let d = AppData {
        history: vec![own(day(1), &["pelvic-tilt-lying"], comfy())],
        ..AppData::default()
    };
    let (out, fresh) = run(&d, day(3));
    assert_eq!(out, d);
    assert!(fresh.is_empty());
}

#[test]
fn a_severe_tear_keeps_the_first_weeks_to_gentle_kinds() {
    let p = Profile {
        severe_tear: true,
        birth: Birth::Date {
            day: BIRTH + 8 * 7 - 14,
        },
        ..her()
    };
    let plan = run(&data(p, vec![]), START + HOUR).0.plan;
    assert!(!plan.items.is_empty());
    for i in &plan.items {
        let kind = cat().get(&i.exercise).unwrap().kind;
        assert!(
            matches!(kind, Kind::Walk | Kind::Breathing | Kind::PelvicFloor),
            "{} after a tear at 2 weeks",
            i.exercise
        );
    }
}

// ---------------------------------------------------------------------------------
// Each item moves on its own sessions
// ---------------------------------------------------------------------------------

/// A session as (exercise, planned s, done s) and what she said.
type Done = (Vec<(&'static str, u32, u32)>, Said);

fn full(ids: &[&'static str], s: Said) -> Done {
    (ids.iter().map(|i| (*i, 60, 60)).collect(), s)
}

struct ItemCase {
    name: &'static str,
    sessions: Vec<Done>,
    /// (chain root, end exercise, end dose step, end streak, last reason); every other
    /// chain must end exactly where it was placed, never done.
    moved: Vec<(&'static str, &'static str, i8, u8, Reason)>,
}

#[test]
fn each_item_moves_only_on_the_sessions_that_included_it() {
    let two = Reason::ComfortableStreak { sessions: 2 };
    let one = Reason::BuildingStreak { have: 1, need: 2 };
    let tilt = "pelvic-tilt-hands-knees";
    let knee = "knee-to-chest";
    let cases = vec![
        ItemCase {
            name: "walks only, twice: only the walk moves",
            sessions: vec![full(&["walk-20"], comfy()), full(&["walk-20"], comfy())],
            moved: vec![("walk-5", "walk-30", 0, 0, two)],
        },
        ItemCase {
            name: "the tilt only, twice: only the tilt moves",
            sessions: vec![full(&[tilt], comfy()), full(&[tilt], comfy())],
            moved: vec![("pelvic-tilt-lying", tilt, 1, 0, two)],
        },
        ItemCase {
            name: "an easier member of the chain counts for it",
            sessions: vec![
                full(&["pelvic-tilt-lying"], comfy()),
                full(&["pelvic-tilt-wall"], comfy()),
            ],
            moved: vec![("pelvic-tilt-lying", tilt, 1, 0, two)],
        },
        ItemCase {
            name: "a harder member counts too",
            sessions: vec![full(&["bird-dog"], comfy()), full(&["bird-dog"], comfy())],
            moved: vec![("pelvic-tilt-lying", tilt, 1, 0, two)],
        },
        ItemCase {
            name: "two members of one chain in one session move it once",
            sessions: vec![
                full(&["pelvic-tilt-lying", tilt], comfy()),
                full(&["pelvic-tilt-wall", tilt], comfy()),
            ],
            moved: vec![("pelvic-tilt-lying", tilt, 1, 0, two)],
        },
        ItemCase {
            name: "one session with both, one with the tilt: the tilt moves, the other builds",
            sessions: vec![full(&[tilt, knee], comfy()), full(&[tilt], comfy())],
            moved: vec![
                ("pelvic-tilt-lying", tilt, 1, 0, two),
                ("knee-rolls", knee, 0, 1, one),
            ],
        },
        ItemCase {
            name: "one item stopped short holds with StoppedEarly, the other moves",
            sessions: vec![
                full(&[tilt, knee], comfy()),
                (vec![(tilt, 60, 30), (knee, 60, 60)], comfy()),
            ],
            moved: vec![
                ("pelvic-tilt-lying", tilt, 0, 0, Reason::StoppedEarly),
                ("knee-rolls", knee, 1, 0, two),
            ],
        },
        ItemCase {
            name: "nothing done of an item does not count as doing it",
            sessions: vec![
                (vec![(tilt, 60, 0), (knee, 60, 60)], comfy()),
                (vec![(tilt, 60, 0), (knee, 60, 60)], comfy()),
            ],
            moved: vec![("knee-rolls", knee, 1, 0, two)],
        },
        ItemCase {
            name: "a session that hurt steps back only what she did",
            sessions: vec![full(&[tilt], said(7, None))],
            moved: vec![(
                "pelvic-tilt-lying",
                "pelvic-tilt-wall",
                0,
                0,
                Reason::PainTooHigh { pain: 7 },
            )],
        },
        ItemCase {
            name: "each item keeps its own streak across other sessions",
            sessions: vec![
                full(&[tilt], comfy()),
                full(&[knee], comfy()),
                full(&["walk-20"], said(4, Some((Same, 2)))),
                full(&[tilt], comfy()),
                full(&[knee], comfy()),
            ],
            moved: vec![
                ("pelvic-tilt-lying", tilt, 1, 0, two),
                ("knee-rolls", knee, 1, 0, two),
                ("walk-5", "walk-20", 0, 0, Reason::PainModerate { pain: 4 }),
            ],
        },
        ItemCase {
            name: "a moderate session of one item leaves another's streak alone",
            sessions: vec![
                full(&[tilt, knee], comfy()),
                full(&[knee], said(4, Some((Same, 2)))),
                full(&[tilt], comfy()),
            ],
            moved: vec![
                ("pelvic-tilt-lying", tilt, 1, 0, two),
                ("knee-rolls", knee, 0, 0, Reason::PainModerate { pain: 4 }),
            ],
        },
        ItemCase {
            name: "an exercise outside her plan's chains moves nothing",
            sessions: vec![
                full(&["lesson-lifting-baby", "heat-cold"], comfy()),
                full(&["lesson-lifting-baby"], comfy()),
            ],
            moved: vec![],
        },
    ];
    assert!(cases.len() >= 12);
    let start = placed();
    for case in cases {
        let history = case
            .sessions
            .iter()
            .enumerate()
            .map(|(n, (parts, s))| {
                let parts = parts.iter().map(|(r, p, d)| part(r, *p, *d)).collect();
                log_of(day(n as i64 + 1), parts, *s, OWN, Some(Start::Today))
            })
            .collect();
        let plan = plan_after(&data(her(), history));
        for root in ROOTS {
            let now = item(&plan, root);
            match case.moved.iter().find(|m| m.0 == root) {
                Some(&(_, exercise, step, streak, reason)) => {
                    assert_eq!(
                        (now.exercise.as_str(), now.dose_step, now.streak),
                        (exercise, step, streak),
                        "{}: {root}",
                        case.name
                    );
                    assert!(now.last_done_ms.is_some(), "{}: {root}", case.name);
                    assert_eq!(
                        last_change(&plan, root).reason,
                        reason,
                        "{}: {root}",
                        case.name
                    );
                }
                None => {
                    assert_eq!(now, item(&start, root), "{}: {root} moved", case.name);
                    assert_eq!(changes_of(&plan, root).len(), 1, "{}: {root}", case.name);
                }
            }
        }
    }
}

#[test]
fn last_done_is_the_latest_session_with_the_chain() {
    let history = vec![
        own(day(1), &["pelvic-tilt-lying"], comfy()),
        own(day(2), &["knee-rolls"], comfy()),
        own(day(3), &["pelvic-tilt-wall", "knee-rolls"], said(4, None)),
        own(day(4), &["walk-20"], comfy()),
    ];
    let plan = plan_after(&data(her(), history));
    assert_eq!(item(&plan, "pelvic-tilt-lying").last_done_ms, Some(day(3)));
    assert_eq!(item(&plan, "knee-rolls").last_done_ms, Some(day(3)));
    assert_eq!(item(&plan, "walk-5").last_done_ms, Some(day(4)));
    assert_eq!(item(&plan, "chin-tuck").last_done_ms, None);
}

#[test]
fn one_session_one_change_per_item_it_included() {
    let history = vec![own(
        day(1),
        &["pelvic-tilt-hands-knees", "knee-to-chest", "walk-20"],
        comfy(),
    )];
    let plan = plan_after(&data(her(), history));
    let at_session: Vec<&Change> = plan.changes.iter().filter(|c| c.at_ms == day(1)).collect();
    assert_eq!(at_session.len(), 3, "{at_session:?}");
    assert!(at_session
        .iter()
        .all(|c| c.verdict == Verdict::Hold
            && c.reason == Reason::BuildingStreak { have: 1, need: 2 }));
}

// ---------------------------------------------------------------------------------
// Baselines
// ---------------------------------------------------------------------------------

struct BaselineCase {
    name: &'static str,
    usual: Option<u8>,
    margin: u8,
    /// Earlier sessions of the knee chain only (they give morning answers).
    earlier: Vec<Said>,
    /// The tilt session judged.
    session: Said,
    verdict: Verdict,
    reason: Reason,
}

#[test]
fn mornings_are_judged_against_her_baseline() {
    let building = Reason::BuildingStreak { have: 1, need: 2 };
    let cases = vec![
        BaselineCase {
            name: "before-pain given, morning one higher",
            usual: None,
            margin: 0,
            earlier: vec![],
            session: said(2, Some((Same, 3))),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigher {
                baseline: 2,
                morning: 3,
            },
        },
        BaselineCase {
            name: "before-pain given, morning as before",
            usual: None,
            margin: 0,
            earlier: vec![],
            session: said(2, Some((Same, 2))),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "no before-pain: the latest earlier morning answer",
            usual: None,
            margin: 0,
            earlier: vec![said(2, Some((Same, 1))), said(2, Some((Same, 4)))],
            session: unanchored(2, Same, 4),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "no before-pain: above the latest earlier morning",
            usual: None,
            margin: 0,
            earlier: vec![said(2, Some((Same, 4)))],
            session: unanchored(2, Same, 5),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigher {
                baseline: 4,
                morning: 5,
            },
        },
        BaselineCase {
            name: "only her usual pain",
            usual: Some(3),
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Same, 4),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigher {
                baseline: 3,
                morning: 4,
            },
        },
        BaselineCase {
            name: "only her usual pain, morning at it",
            usual: Some(3),
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Same, 3),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "a usual 6 makes a 6 morning settled",
            usual: Some(6),
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Same, 6),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "an earlier morning answer is newer than her usual pain",
            usual: Some(1),
            margin: 0,
            earlier: vec![said(2, Some((Same, 4)))],
            session: unanchored(2, Same, 4),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "her before-pain beats an earlier morning",
            usual: None,
            margin: 0,
            earlier: vec![said(2, Some((Same, 1)))],
            session: Said {
                before: Some(5),
                ..said(2, Some((Same, 5)))
            },
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "nothing known: a 6/10 'same' morning is too much",
            usual: None,
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Same, 6),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigh { pain: 6 },
        },
        BaselineCase {
            name: "nothing known: a 4/10 morning holds until it settles",
            usual: None,
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Better, 4),
            verdict: Verdict::Hold,
            reason: Reason::MorningUnsettled { pain: 4 },
        },
        BaselineCase {
            name: "nothing known: a 3/10 morning is comfortable",
            usual: None,
            margin: 0,
            earlier: vec![],
            session: unanchored(2, Same, 3),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "a margin of 1 lets one point pass",
            usual: None,
            margin: 1,
            earlier: vec![],
            session: said(2, Some((Same, 3))),
            verdict: Verdict::Hold,
            reason: building,
        },
        BaselineCase {
            name: "a margin of 1 does not let two pass",
            usual: None,
            margin: 1,
            earlier: vec![],
            session: said(2, Some((Same, 4))),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigher {
                baseline: 2,
                morning: 4,
            },
        },
        BaselineCase {
            name: "a margin applies to her usual pain too",
            usual: Some(2),
            margin: 2,
            earlier: vec![],
            session: unanchored(2, Same, 4),
            verdict: Verdict::Hold,
            reason: building,
        },
    ];
    for case in cases {
        let mut history: Vec<SessionLog> = case
            .earlier
            .iter()
            .enumerate()
            .map(|(n, s)| own(day(n as i64 + 1), &["knee-rolls"], *s))
            .collect();
        history.push(own(day(10), &["pelvic-tilt-hands-knees"], case.session));
        let mut d = data(
            Profile {
                usual_pain: case.usual.map(pain),
                ..her()
            },
            history,
        );
        d.thresholds.morning_margin = case.margin;
        let plan = plan_after(&d);
        let c = last_change(&plan, "pelvic-tilt-lying");
        assert_eq!(c.at_ms, day(10), "{}", case.name);
        assert_eq!(
            (c.verdict, c.reason),
            (case.verdict, case.reason),
            "{}",
            case.name
        );
    }
}

#[test]
fn a_later_morning_is_never_an_earlier_sessions_baseline() {
    // The tilt session's morning (4) is judged with nothing known before it, even
    // though a later session's morning said 1.
    let history = vec![
        own(day(1), &["pelvic-tilt-hands-knees"], unanchored(2, Same, 4)),
        own(day(3), &["knee-rolls"], unanchored(2, Same, 1)),
    ];
    let plan = plan_after(&data(her(), history));
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::MorningUnsettled { pain: 4 }
    );
}

// ---------------------------------------------------------------------------------
// Time away
// ---------------------------------------------------------------------------------

fn away_changes(plan: &PlanState) -> Vec<&Change> {
    plan.changes
        .iter()
        .filter(|c| matches!(c.reason, Reason::Away { .. }) || c.reason == Reason::AtGentlest)
        .collect()
}

#[test]
fn time_away_steps_what_she_did_back_once_then_twice() {
    let last = day(1);
    let history = vec![own(last, &["pelvic-tilt-hands-knees", "walk-5"], comfy())];
    let d = data(her(), history);
    // (time after her last session → Away steps taken, the tilt's place, its streak)
    #[allow(clippy::type_complexity)]
    let table: &[(i64, Vec<u16>, (&str, i8), u8)] = &[
        (13 * DAY, vec![], ("pelvic-tilt-hands-knees", 0), 1),
        (14 * DAY - 1, vec![], ("pelvic-tilt-hands-knees", 0), 1),
        (14 * DAY, vec![14], ("pelvic-tilt-wall", 0), 0),
        (27 * DAY, vec![14], ("pelvic-tilt-wall", 0), 0),
        (28 * DAY, vec![14, 28], ("pelvic-tilt-lying", 0), 0),
        (90 * DAY, vec![14, 28], ("pelvic-tilt-lying", 0), 0),
    ];
    for (gap, steps, tilt, streak) in table {
        let plan = run(&d, last + gap).0.plan;
        let away = away_changes(&plan);
        // The tilt and the walk she did; nothing she never did.
        assert_eq!(away.len(), steps.len() * 2, "after {gap} ms: {away:?}");
        for (k, days) in steps.iter().enumerate() {
            let at = last + i64::from(*days) * DAY;
            let these: Vec<&&Change> = away.iter().filter(|c| c.at_ms == at).collect();
            assert_eq!(these.len(), 2, "step {k}");
            for c in these {
                assert_eq!(
                    (c.verdict, c.reason),
                    (Verdict::StepBack, Reason::Away { days: *days })
                );
            }
        }
        assert_eq!(
            pos(&plan, "pelvic-tilt-lying"),
            (tilt.0.to_owned(), tilt.1),
            "after {gap}"
        );
        let walk = ["walk-20", "walk-10", "walk-5"][steps.len()];
        assert_eq!(pos(&plan, "walk-5"), (walk.to_owned(), 0), "after {gap}");
        assert_eq!(
            item(&plan, "pelvic-tilt-lying").streak,
            *streak,
            "after {gap}"
        );
        // What she never did stays where it was placed.
        assert_eq!(item(&plan, "knee-rolls"), item(&placed(), "knee-rolls"));
    }
}

#[test]
fn time_away_counts_again_from_each_session() {
    let history = vec![
        own(day(1), &["pelvic-tilt-hands-knees"], comfy()),
        own(day(21), &["knee-to-chest"], comfy()),
    ];
    let d = data(her(), history);
    // Once after the first gap (the tilt only: the knee chain was not done yet); the
    // session on day 21 starts the count again.
    let plan = run(&d, day(21) + 13 * DAY).0.plan;
    let away = away_changes(&plan);
    assert_eq!(away.len(), 1, "{away:?}");
    assert_eq!(away[0].at_ms, day(15));
    assert_eq!(item(&plan, "knee-rolls").streak, 1);
    let plan = run(&d, day(21) + 14 * DAY).0.plan;
    let away = away_changes(&plan);
    assert_eq!(away.len(), 3, "{away:?}");
    assert_eq!(away.iter().filter(|c| c.at_ms == day(35)).count(), 2);
    // The knee chain built a streak on day 21, and time away cleared it again.
    assert_eq!(item(&plan, "knee-rolls").streak, 0);
    assert_eq!(pos(&plan, "knee-rolls"), ("knee-rolls".to_owned(), 0));
    assert_eq!(
        pos(&plan, "pelvic-tilt-lying"),
        ("pelvic-tilt-lying".to_owned(), 0)
    );
}

#[test]
fn time_away_follows_her_settings() {
    let last = day(1);
    let mut d = data(
        her(),
        vec![own(last, &["pelvic-tilt-hands-knees"], comfy())],
    );
    d.thresholds.away_days = 21;
    d.thresholds.away_days_two = 42;
    assert!(away_changes(&run(&d, last + 20 * DAY).0.plan).is_empty());
    let plan = run(&d, last + 21 * DAY).0.plan;
    let c = last_change(&plan, "pelvic-tilt-lying");
    assert_eq!(
        (c.verdict, c.reason),
        (Verdict::StepBack, Reason::Away { days: 21 })
    );
    assert_eq!(c.at_ms, last + 21 * DAY);
    let plan = run(&d, last + 42 * DAY).0.plan;
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::Away { days: 42 }
    );
}

#[test]
fn no_session_yet_is_not_time_away() {
    let plan = run(&data(her(), vec![]), START + 60 * DAY).0.plan;
    assert!(away_changes(&plan).is_empty());
}

// ---------------------------------------------------------------------------------
// Red flags and "I've been checked"
// ---------------------------------------------------------------------------------

fn flagged(history: Vec<SessionLog>, flags: &[i64], resumes: &[i64]) -> AppData {
    let mut d = data(her(), history);
    let mut events: Vec<(i64, bool)> = flags
        .iter()
        .map(|f| (*f, true))
        .chain(resumes.iter().map(|r| (*r, false)))
        .collect();
    events.sort_unstable();
    for (at, flag) in events {
        if flag {
            d.safety
                .record(&[RedFlag::Leaking], Moment::BeforeSession, at);
        } else {
            d.safety.resume(at);
        }
    }
    d
}

const TILT: &str = "pelvic-tilt-hands-knees";

#[test]
fn a_red_flag_clears_every_streak() {
    let history = vec![own(day(1), &[TILT, "knee-to-chest"], comfy())];
    let d = flagged(history, &[day(2)], &[]);
    let plan = plan_after(&d);
    assert!(plan.items.iter().all(|i| i.streak == 0), "{:?}", plan.items);
    // One RedFlag hold for each item that had a streak, and only those.
    let flags: Vec<&Change> = plan
        .changes
        .iter()
        .filter(|c| c.reason == Reason::RedFlag)
        .collect();
    assert_eq!(flags.len(), 2, "{flags:?}");
    assert!(flags
        .iter()
        .all(|c| c.verdict == Verdict::Hold && c.from == c.to && c.at_ms == day(2)));
}

#[test]
fn while_paused_sessions_move_nothing() {
    let history = vec![
        own(day(1), &[TILT], comfy()),
        own(day(3), &[TILT], comfy()),
        own(day(4), &[TILT], comfy()),
        own(day(5), &[TILT, "knee-to-chest"], said(8, None)),
    ];
    let d = flagged(history, &[day(2)], &[]);
    let plan = plan_after(&d);
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 0));
    assert_eq!(item(&plan, "pelvic-tilt-lying").last_done_ms, Some(day(1)));
    assert_eq!(item(&plan, "knee-rolls"), item(&placed(), "knee-rolls"));
    assert!(
        plan.changes.iter().all(|c| c.at_ms <= day(2)),
        "{:?}",
        plan.changes
    );
}

#[test]
fn a_session_at_the_moment_of_a_flag_moves_nothing() {
    let history = vec![own(day(1), &[TILT], comfy()), own(day(2), &[TILT], comfy())];
    let plan = plan_after(&flagged(history, &[day(2)], &[]));
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 0));
}

#[test]
fn a_flag_reported_during_a_session_keeps_it_from_stepping_up() {
    // The session starts, then a warning sign is reported during it (minutes later):
    // the session is replayed before the flag, but it may not step anything up.
    let during = day(2) + 10 * 60 * 1000;
    let history = vec![own(day(1), &[TILT], comfy()), own(day(2), &[TILT], comfy())];
    let mut d = flagged(history, &[during], &[day(3)]);
    d.thresholds.sessions_to_progress = 2;
    let plan = plan_after(&d);
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 0));
    let last = changes_of(&plan, "pelvic-tilt-lying")
        .into_iter()
        .find(|c| c.at_ms == day(2))
        .unwrap();
    assert_eq!(
        (last.verdict, last.reason),
        (Verdict::Hold, Reason::RedFlag)
    );
    // A flag long after the session (the next day) does not reach back into it.
    let history = vec![own(day(1), &[TILT], comfy()), own(day(2), &[TILT], comfy())];
    let mut d = flagged(history, &[day(3)], &[day(3) + HOUR]);
    d.thresholds.sessions_to_progress = 2;
    assert_eq!(
        pos(&plan_after(&d), "pelvic-tilt-lying"),
        (TILT.to_owned(), 1)
    );
}

#[test]
fn the_first_session_after_a_check_holds_the_second_can_move() {
    let history = vec![
        own(day(1), &[TILT], comfy()),
        own(day(4), &[TILT], comfy()),
        own(day(5), &[TILT], comfy()),
    ];
    let mut d = flagged(history, &[day(2)], &[day(3)]);
    d.thresholds.sessions_to_progress = 1;
    let plan = plan_after(&d);
    let tilt: Vec<(i64, Verdict, Reason)> = changes_of(&plan, "pelvic-tilt-lying")
        .iter()
        .map(|c| (c.at_ms, c.verdict, c.reason))
        .collect();
    assert_eq!(
        tilt[1..],
        [
            (
                day(1),
                Verdict::Progress,
                Reason::ComfortableStreak { sessions: 1 }
            ),
            (day(4), Verdict::Hold, Reason::AfterCheck),
            (
                day(5),
                Verdict::Progress,
                Reason::ComfortableStreak { sessions: 1 }
            ),
        ]
    );
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 2));
}

#[test]
fn after_a_check_a_session_that_hurt_still_steps_back() {
    let history = vec![own(day(4), &[TILT], said(7, None))];
    let plan = plan_after(&flagged(history, &[day(2)], &[day(3)]));
    let c = last_change(&plan, "pelvic-tilt-lying");
    assert_eq!(
        (c.verdict, c.reason),
        (Verdict::StepBack, Reason::PainTooHigh { pain: 7 })
    );
}

#[test]
fn after_a_check_the_first_session_of_anything_uses_up_the_hold() {
    // The first session after the check was a walk: the walk holds, and the next tilt
    // session is judged as usual.
    let history = vec![
        own(day(1), &[TILT], comfy()),
        own(day(4), &["walk-20"], comfy()),
        own(day(5), &[TILT], comfy()),
        own(day(6), &[TILT], comfy()),
    ];
    let plan = plan_after(&flagged(history, &[day(2)], &[day(3)]));
    assert_eq!(last_change(&plan, "walk-5").reason, Reason::AfterCheck);
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::ComfortableStreak { sessions: 2 }
    );
}

#[test]
fn a_resume_without_a_flag_changes_nothing() {
    let history = vec![own(day(1), &[TILT], comfy()), own(day(4), &[TILT], comfy())];
    let mut d = data(her(), history);
    d.safety.resumed_at_ms.push(day(3));
    let plan = plan_after(&d);
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::ComfortableStreak { sessions: 2 }
    );
}

// ---------------------------------------------------------------------------------
// A physiotherapist's routine
// ---------------------------------------------------------------------------------

fn routine(name: &str, auto: bool, thresholds: Option<Thresholds>, ids: &[&str]) -> SharedRoutine {
    SharedRoutine {
        name: RoutineName::new(name).unwrap(),
        clinician: ShareText::new("Sam Physio", 60).unwrap(),
        clinic: ShareText::default(),
        frequency: Frequency::PerWeek(3),
        weeks: 6,
        auto_progress: auto,
        thresholds,
        exercises: ids
            .iter()
            .map(|raw| SharedExercise {
                exercise: id(raw),
                dose: ex(raw).dose,
                note: ShareText::default(),
            })
            .collect(),
    }
}

fn kept(r: SharedRoutine, at: i64) -> ImportedRoutine {
    ImportedRoutine {
        routine: r,
        imported_at_ms: at,
        as_plan: false,
        cleared_above_stage: false,
    }
}

/// Her data with the physio's routine kept (adjusting when `auto`).
fn with_physio(auto: bool, thresholds: Option<Thresholds>, history: Vec<SessionLog>) -> AppData {
    let mut d = data(her(), history);
    d.imported = vec![kept(
        routine(
            PHYSIO,
            auto,
            thresholds,
            &["pelvic-tilt-lying", "knee-rolls"],
        ),
        IMPORTED,
    )];
    d
}

/// The physio's limits: 2 at most for comfortable, 4 acceptable.
fn strict() -> Thresholds {
    Thresholds {
        comfortable_max: 2,
        acceptable_max: 4,
        ..Thresholds::default()
    }
}

fn physio_item<'a>(plan: &'a PlanState, raw: &str) -> &'a PlanItem {
    assert_eq!(plan.imported.len(), 1, "{:?}", plan.imported);
    assert_eq!(plan.imported[0].imported_at_ms, IMPORTED);
    plan.imported[0]
        .items
        .iter()
        .find(|i| i.exercise.as_str() == raw)
        .unwrap()
}

fn physio_changes(plan: &PlanState) -> Vec<&Change> {
    plan.changes
        .iter()
        .filter(|c| c.routine == Some(IMPORTED))
        .collect()
}

#[test]
fn the_physios_routine_is_judged_by_the_physios_limits() {
    // Worst pain 3: comfortable for her (3), only acceptable for the physio (2).
    let three = said(3, Some((Same, 2)));
    let shared = vec![
        physio_session(day(1), &["pelvic-tilt-lying"], three),
        physio_session(day(2), &["pelvic-tilt-lying"], three),
    ];
    let plan = plan_after(&with_physio(true, Some(strict()), shared.clone()));
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 0);
    let last = *physio_changes(&plan).last().unwrap();
    assert_eq!(
        (last.verdict, last.reason),
        (Verdict::Hold, Reason::PainModerate { pain: 3 })
    );
    // The same sessions under her own limits move the physio's dose up…
    let plan = plan_after(&with_physio(true, None, shared));
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 1);
    // …and as her own sessions they move her own tilt.
    let mine = vec![
        own(day(1), &["pelvic-tilt-lying"], three),
        own(day(2), &["pelvic-tilt-lying"], three),
    ];
    let plan = plan_after(&with_physio(true, Some(strict()), mine));
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 1));
}

#[test]
fn the_physios_sessions_to_progress_apply() {
    let one = Thresholds {
        sessions_to_progress: 1,
        ..Thresholds::default()
    };
    let shared = vec![physio_session(day(1), &["knee-rolls"], comfy())];
    let plan = plan_after(&with_physio(true, Some(one), shared));
    assert_eq!(physio_item(&plan, "knee-rolls").dose_step, 1);
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 0);
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").last_done_ms, None);
}

#[test]
fn a_fixed_routine_never_moves() {
    let shared = vec![
        physio_session(day(1), &["pelvic-tilt-lying"], comfy()),
        physio_session(day(2), &["pelvic-tilt-lying"], comfy()),
        physio_session(day(3), &["pelvic-tilt-lying"], said(8, None)),
    ];
    let plan = plan_after(&with_physio(false, None, shared));
    assert!(plan.imported.is_empty());
    assert!(plan.changes.iter().all(|c| c.routine.is_none()));
    // Nor do its sessions move her own plan.
    assert_eq!(plan.items, placed().items);
}

#[test]
fn an_adjusting_routine_moves_doses_only_within_bounds() {
    let up: Vec<SessionLog> = (1..=12)
        .map(|n| physio_session(day(n), &["pelvic-tilt-lying"], comfy()))
        .collect();
    let plan = plan_after(&with_physio(true, None, up.clone()));
    let tilt = physio_item(&plan, "pelvic-tilt-lying");
    assert_eq!(
        (tilt.exercise.as_str(), tilt.dose_step),
        ("pelvic-tilt-lying", MAX_STEP)
    );
    let changes = physio_changes(&plan);
    assert_eq!(
        changes
            .iter()
            .filter(|c| c.verdict == Verdict::Progress)
            .count(),
        3
    );
    assert!(changes.iter().any(|c| c.reason == Reason::AtTop));
    assert!(changes
        .iter()
        .all(|c| c.to.exercise.as_str() == "pelvic-tilt-lying"));
    // Then sessions that hurt: down to the lowest step, never another variant.
    let mut down = up;
    down.extend((13..=22).map(|n| physio_session(day(n), &["pelvic-tilt-lying"], said(7, None))));
    let plan = plan_after(&with_physio(true, None, down));
    let tilt = physio_item(&plan, "pelvic-tilt-lying");
    assert_eq!(
        (tilt.exercise.as_str(), tilt.dose_step),
        ("pelvic-tilt-lying", MIN_STEP)
    );
    let last = *physio_changes(&plan).last().unwrap();
    assert_eq!(
        (last.verdict, last.reason),
        (Verdict::Hold, Reason::AtGentlest)
    );
    for c in physio_changes(&plan) {
        assert!((MIN_STEP..=MAX_STEP).contains(&c.to.dose_step), "{c:?}");
    }
}

#[test]
fn her_own_plan_and_the_physios_routine_move_apart() {
    let history = vec![
        physio_session(day(1), &["pelvic-tilt-lying", "knee-rolls"], comfy()),
        physio_session(day(2), &["pelvic-tilt-lying", "knee-rolls"], comfy()),
        own(day(3), &["pelvic-tilt-lying"], said(7, None)),
    ];
    let plan = plan_after(&with_physio(true, None, history));
    // The physio's sessions moved only the physio's routine…
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 1);
    assert_eq!(physio_item(&plan, "knee-rolls").dose_step, 1);
    assert_eq!(item(&plan, "knee-rolls"), item(&placed(), "knee-rolls"));
    // …and her own session moved only her own tilt.
    assert_eq!(
        pos(&plan, "pelvic-tilt-lying"),
        ("pelvic-tilt-wall".to_owned(), 0)
    );
    assert_eq!(
        physio_item(&plan, "pelvic-tilt-lying").last_done_ms,
        Some(day(2))
    );
}

#[test]
fn an_old_log_named_after_the_physios_routine_is_the_physios() {
    // Logged before starts were kept: no start, the routine's name.
    let legacy = |at| {
        let parts = vec![part("pelvic-tilt-lying", 60, 60)];
        log_of(at, parts, comfy(), PHYSIO, None)
    };
    let plan = plan_after(&with_physio(
        true,
        None,
        vec![legacy(day(1)), legacy(day(2))],
    ));
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 1);
    assert_eq!(
        item(&plan, "pelvic-tilt-lying"),
        item(&placed(), "pelvic-tilt-lying")
    );
    // Other old logs are hers.
    let mine = |at| {
        let parts = vec![part("pelvic-tilt-lying", 60, 60)];
        log_of(at, parts, comfy(), OWN, None)
    };
    let plan = plan_after(&with_physio(true, None, vec![mine(day(1)), mine(day(2))]));
    assert_eq!(physio_item(&plan, "pelvic-tilt-lying").dose_step, 0);
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 1));
}

#[test]
fn the_physios_routine_keeps_her_margin_and_time_away() {
    // The link carries no morning margin nor time away: hers apply.
    let history = vec![physio_session(
        day(1),
        &["knee-rolls"],
        said(2, Some((Same, 3))),
    )];
    let mut d = with_physio(true, Some(strict()), history);
    d.thresholds.morning_margin = 1;
    d.thresholds.away_days = 21;
    d.thresholds.away_days_two = 42;
    let plan = run(&d, day(1) + 20 * DAY).0.plan;
    let knee = physio_item(&plan, "knee-rolls");
    assert_eq!(
        (knee.dose_step, knee.streak),
        (0, 1),
        "morning within her margin"
    );
    assert!(physio_changes(&plan)
        .iter()
        .all(|c| !matches!(c.reason, Reason::Away { .. })));
    let plan = run(&d, day(1) + 21 * DAY).0.plan;
    let last = *physio_changes(&plan).last().unwrap();
    assert_eq!(last.reason, Reason::Away { days: 21 });
    assert_eq!(physio_item(&plan, "knee-rolls").dose_step, -1);
}

#[test]
fn time_away_before_she_kept_a_routine_does_not_ease_it() {
    // She did a routine of that name before (logged before starts were kept), then
    // kept the physio's routine on day 20 (an updated version, say).
    let legacy = log_of(
        day(1),
        vec![part("knee-rolls", 60, 60)],
        comfy(),
        PHYSIO,
        None,
    );
    let mut d = data(her(), vec![legacy]);
    let later = day(20);
    d.imported = vec![kept(
        routine(PHYSIO, true, None, &["pelvic-tilt-lying", "knee-rolls"]),
        later,
    )];
    let knee = |plan: &PlanState| {
        let i = plan.imported[0]
            .items
            .iter()
            .find(|i| i.exercise.as_str() == "knee-rolls");
        i.unwrap().dose_step
    };
    // The gap before she kept it does not count against the physio's doses.
    let plan = run(&d, day(21)).0.plan;
    assert_eq!(plan.imported[0].items[1].last_done_ms, Some(day(1)));
    assert_eq!(knee(&plan), 0);
    assert!(physio_changes_at(&plan, later)
        .iter()
        .all(|c| !matches!(c.reason, Reason::Away { .. })));
    // Fourteen days after she kept it, with nothing done, it eases off.
    let plan = run(&d, later + 14 * DAY - 1).0.plan;
    assert_eq!(knee(&plan), 0);
    let plan = run(&d, later + 14 * DAY).0.plan;
    assert_eq!(knee(&plan), -1);
    let c = *physio_changes_at(&plan, later).last().unwrap();
    assert_eq!(
        (c.at_ms, c.reason),
        (later + 14 * DAY, Reason::Away { days: 14 })
    );
}

fn physio_changes_at(plan: &PlanState, key: i64) -> Vec<&Change> {
    plan.changes
        .iter()
        .filter(|c| c.routine == Some(key))
        .collect()
}

#[test]
fn a_walk_in_an_adjusting_routine_stays_as_the_physio_set_it() {
    let mut d = data(her(), vec![]);
    d.imported = vec![kept(routine(PHYSIO, true, None, &["walk-10"]), IMPORTED)];
    d.history = (1..=4)
        .map(|n| physio_session(day(n), &["walk-10"], comfy()))
        .collect();
    let plan = plan_after(&d);
    let walk = physio_item(&plan, "walk-10");
    assert_eq!((walk.exercise.as_str(), walk.dose_step), ("walk-10", 0));
    assert!(physio_changes(&plan)
        .iter()
        .all(|c| c.verdict == Verdict::Hold));
}

// ---------------------------------------------------------------------------------
// Waiting for the morning, settling again
// ---------------------------------------------------------------------------------

#[test]
fn todays_session_waits_for_its_morning_check() {
    let now = day(5) + 8 * HOUR;
    let open = own(day(5), &[TILT], said(2, None));
    let d = data(her(), vec![own(day(1), &[TILT], comfy()), open.clone()]);
    let plan = run(&d, now).0.plan;
    assert_eq!(item(&plan, "pelvic-tilt-lying").streak, 1);
    assert_eq!(item(&plan, "pelvic-tilt-lying").last_done_ms, Some(day(1)));
    // A later session waits behind it, even one with its morning skipped.
    let mut behind = d.clone();
    let mut skipped = own(day(5) + 2 * HOUR, &["knee-to-chest"], said(2, None));
    skipped.comfort.morning_skipped = true;
    behind.history.push(skipped);
    let plan = run(&behind, now + 3 * HOUR).0.plan;
    assert_eq!(item(&plan, "knee-rolls"), item(&placed(), "knee-rolls"));
    // Answered the next morning: it counts.
    let mut answered = d.clone();
    answered.history[1].comfort = comfort(day(5), comfy());
    let plan = run(&answered, now + DAY).0.plan;
    assert_eq!(pos(&plan, "pelvic-tilt-lying"), (TILT.to_owned(), 1));
    // Never answered: once the check can no longer be given, it holds.
    let plan = run(&d, day(9)).0.plan;
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::MorningMissing
    );
    // A session that hurt too much cannot wait: it steps back at once.
    let mut hurt = d;
    hurt.history[1] = own(day(5), &[TILT], said(7, None));
    let plan = run(&hurt, now).0.plan;
    assert_eq!(
        last_change(&plan, "pelvic-tilt-lying").reason,
        Reason::PainTooHigh { pain: 7 }
    );
}

#[test]
fn settling_again_changes_nothing_and_reports_only_what_is_new() {
    let mut d = flagged(
        vec![
            own(day(1), &[TILT], comfy()),
            own(day(2), &[TILT, "walk-20"], comfy()),
            own(day(6), &["knee-to-chest"], said(6, None)),
        ],
        &[day(3)],
        &[day(5)],
    );
    d.imported = vec![kept(
        routine(PHYSIO, true, None, &["pelvic-tilt-lying"]),
        IMPORTED,
    )];
    d.history
        .push(physio_session(day(7), &["pelvic-tilt-lying"], comfy()));
    for now in [day(7) + HOUR, day(9), day(40)] {
        let (once, fresh) = run(&d, now);
        assert!(!fresh.is_empty());
        let (twice, again) = run(&once, now);
        assert_eq!(twice, once, "at {now}");
        assert!(again.is_empty(), "{again:?}");
    }
    // One more session: only its changes are new.
    let (once, _) = run(&d, day(9));
    let mut more = once.clone();
    more.history.push(own(day(10), &[TILT], comfy()));
    let (_, fresh) = run(&more, day(11));
    assert_eq!(fresh.len(), 1, "{fresh:?}");
    assert_eq!(fresh[0].at_ms, day(10));
}

#[test]
fn sessions_logged_out_of_order_land_where_they_belong() {
    let history = vec![
        own(day(1), &[TILT], said(7, None)),
        own(day(2), &[TILT], comfy()),
        own(day(3), &[TILT], comfy()),
    ];
    let mut shuffled = history.clone();
    shuffled.reverse();
    let a = plan_after(&data(her(), history));
    let b = plan_after(&data(her(), shuffled));
    assert_eq!(a, b);
    // Too much first (back to the wall tilt), then two comfortable (a step up on it).
    assert_eq!(
        pos(&a, "pelvic-tilt-lying"),
        ("pelvic-tilt-wall".to_owned(), 1)
    );
}

#[test]
fn the_plan_keeps_its_latest_changes_only() {
    let history: Vec<SessionLog> = (1..=60)
        .map(|n| own(day(n), &[TILT, "knee-to-chest"], comfy()))
        .collect();
    let plan = plan_after(&data(her(), history));
    assert_eq!(plan.changes.len(), MAX_CHANGES);
    assert_eq!(plan.changes.last().unwrap().at_ms, day(60));
    assert!(plan.changes.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
}

// ---------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------

/// Exercises sessions may include: members of every chain, and a lesson.
const POOL: [&str; 17] = [
    "pelvic-tilt-lying",
    "pelvic-tilt-wall",
    "pelvic-tilt-hands-knees",
    "bird-dog",
    "knee-rolls",
    "knee-to-chest",
    "walk-5",
    "walk-10",
    "walk-20",
    "brace-lying",
    "brace-standing",
    "glute-bridge",
    "heel-slides",
    "breathing-belly",
    "side-lying-clam",
    "hamstring-stretch",
    "lesson-lifting-baby",
];

#[derive(Clone, Debug)]
struct World {
    data: AppData,
    now: i64,
}

fn profile_strategy() -> impl Strategy<Value = Profile> {
    (
        0usize..4,
        0i64..20 * 7,
        proptest::bool::weighted(0.2),
        any::<bool>(),
        0usize..3,
        any::<bool>(),
        proptest::option::of(0u8..=10),
    )
        .prop_map(
            |(delivery, days_in, tear, back, activity, cleared, usual)| Profile {
                birth: Birth::Date {
                    day: START / DAY - days_in,
                },
                delivery: Delivery::ALL[delivery],
                severe_tear: tear,
                pregnancy_back_pain: back,
                activity: Activity::ALL[activity],
                cleared_at_ms: cleared.then_some(START - DAY),
                usual_pain: usual.map(pain),
                ..her()
            },
        )
}

fn said_strategy() -> impl Strategy<Value = Said> {
    let effort = prop_oneof![
        Just(Effort::Easy),
        Just(Effort::Moderate),
        Just(Effort::Hard),
        Just(Effort::TooHard)
    ];
    let compare = prop_oneof![Just(Better), Just(Same), Just(Worse)];
    (
        proptest::option::of(0u8..=6),
        proptest::option::weighted(0.9, 0u8..=8),
        effort,
        proptest::option::weighted(0.8, (compare, 0u8..=7)),
        proptest::bool::weighted(0.1),
    )
        .prop_map(|(before, worst, effort, morning, skipped)| Said {
            before,
            worst,
            effort,
            morning,
            skipped,
        })
}

/// One session: hours after the one before, its exercises (pool index, done of 60 s),
/// how it started, what she said.
fn session_strategy() -> impl Strategy<Value = (i64, Vec<(usize, u32)>, usize, Said)> {
    (
        prop_oneof![3 => 1i64..72, 1 => 72i64..800],
        proptest::collection::vec(
            (
                0..POOL.len(),
                prop_oneof![6 => Just(60u32), 1 => Just(30u32), 1 => Just(0u32)],
            ),
            0..4,
        ),
        0usize..6,
        said_strategy(),
    )
}

fn world_strategy() -> impl Strategy<Value = World> {
    (
        profile_strategy(),
        (1u8..=3, 0u8..=3),
        proptest::collection::vec(session_strategy(), 0..12),
        proptest::collection::vec((0i64..2000, any::<bool>()), 0..5),
        (0usize..3, any::<bool>(), any::<bool>()),
        0i64..40 * 24,
    )
        .prop_map(
            |(profile, (sessions_to_progress, margin), sessions, safety, physio, after_h)| {
                let (kind, physio_limits, started) = physio;
                let mut d = data(profile, Vec::new());
                d.thresholds.sessions_to_progress = sessions_to_progress;
                d.thresholds.morning_margin = margin;
                if !started {
                    d.plan.started_ms = None;
                }
                let limits = physio_limits.then(strict);
                let ids = ["pelvic-tilt-lying", "knee-rolls", "walk-10", "bird-dog"];
                match kind {
                    1 => d
                        .imported
                        .push(kept(routine(PHYSIO, true, limits, &ids), IMPORTED)),
                    2 => {
                        d.imported
                            .push(kept(routine(PHYSIO, true, limits, &ids), IMPORTED));
                        d.imported
                            .push(kept(routine(FIXED, false, None, &ids[..2]), IMPORTED_FIXED));
                    }
                    _ => {}
                }
                let mut hours = 0;
                for (i, (gap, parts, start, s)) in sessions.into_iter().enumerate() {
                    hours += gap;
                    // `i` ms apart as well, so no two moments coincide by chance.
                    let at = START + hours * HOUR + i as i64;
                    let parts = parts
                        .into_iter()
                        .map(|(p, done)| part(POOL[p], 60, done))
                        .collect();
                    let (name, start) = match start {
                        0 => (OWN, None),
                        1 => (PHYSIO, None),
                        2 => (OWN, Some(Start::Walk)),
                        3 => (PHYSIO, Some(Start::Shared(IMPORTED))),
                        4 => (FIXED, Some(Start::Shared(IMPORTED_FIXED))),
                        _ => (OWN, Some(Start::Today)),
                    };
                    d.history.push(log_of(at, parts, s, name, start));
                }
                let mut events: Vec<(i64, bool)> = safety
                    .into_iter()
                    .enumerate()
                    .map(|(k, (h, flag))| (START + h * HOUR + 500 + k as i64, flag))
                    .collect();
                events.sort_unstable();
                for (at, flag) in events {
                    if flag {
                        d.safety
                            .record(&[RedFlag::WorseningPain], Moment::BeforeSession, at);
                    } else {
                        d.safety.resume(at);
                    }
                }
                let last = d
                    .history
                    .iter()
                    .map(|l| l.started_at_ms)
                    .chain(d.safety.events.iter().map(|e| e.at_ms))
                    .chain(d.safety.resumed_at_ms.iter().copied())
                    .max()
                    .unwrap_or(START);
                World {
                    data: d,
                    now: last + after_h * HOUR,
                }
            },
        )
}

/// Changes that events other than a session make.
fn from_event(c: &Change) -> bool {
    matches!(
        c.reason,
        Reason::Away { .. } | Reason::Placed { .. } | Reason::NotForStageYet | Reason::RedFlag
    )
}

/// True when her own plan moves on `log`.
fn hers(log: &SessionLog, d: &AppData) -> bool {
    match &log.start {
        Some(Start::Shared(_)) => false,
        Some(_) => true,
        None => !d
            .imported
            .iter()
            .any(|k| k.routine.name.as_str() == log.routine),
    }
}

/// True when the routine kept at `key` moves on `log`.
fn theirs(log: &SessionLog, d: &AppData, key: i64) -> bool {
    let k = d.imported.iter().find(|k| k.imported_at_ms == key).unwrap();
    match &log.start {
        Some(Start::Shared(at)) => *at == key,
        Some(_) => false,
        None => log.routine == k.routine.name.as_str(),
    }
}

/// (place in its chain, dose step): larger is harder.
fn rank(p: &Position) -> (usize, i8) {
    let chain = cat().chain(&p.exercise);
    let place = chain.iter().position(|m| m.id == p.exercise).unwrap();
    (
        place,
        normal_step(cat().get(&p.exercise).unwrap(), p.dose_step),
    )
}

/// The spans during which her plan was paused: from a red flag to the next resume.
fn paused_spans(d: &AppData) -> Vec<(i64, i64)> {
    let mut events: Vec<(i64, bool)> = d
        .safety
        .events
        .iter()
        .map(|e| (e.at_ms, true))
        .chain(d.safety.resumed_at_ms.iter().map(|r| (*r, false)))
        .collect();
    events.sort_unstable();
    let mut spans = Vec::new();
    let mut since = None;
    for (at, flag) in events {
        match (flag, since) {
            (true, None) => since = Some(at),
            (false, Some(s)) => {
                spans.push((s, at));
                since = None;
            }
            _ => {}
        }
    }
    if let Some(s) = since {
        spans.push((s, i64::MAX));
    }
    spans
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_item_moves_only_on_sessions_that_included_it(w in world_strategy()) {
        let (out, _) = run(&w.data, w.now);
        for c in &out.plan.changes {
            if from_event(c) {
                continue;
            }
            let Some(log) = w.data.history.iter().find(|l| l.started_at_ms == c.at_ms) else {
                // No session then: only time away holding what cannot ease off.
                prop_assert_eq!((c.verdict, c.reason), (Verdict::Hold, Reason::AtGentlest));
                continue;
            };
            match c.routine {
                None => {
                    prop_assert!(hers(log, &w.data), "{:?} moved her plan", log.start);
                    let chain = cat().chain(&c.from.exercise);
                    prop_assert!(
                        log.exercises.iter().any(|x| x.done_work_s > 0
                            && chain.iter().any(|m| m.id == x.exercise)),
                        "{:?} moved on a session without it", c
                    );
                }
                Some(key) => {
                    prop_assert!(theirs(log, &w.data, key), "{:?} moved routine {}", log.start, key);
                    prop_assert!(
                        log.exercises.iter().any(|x| x.done_work_s > 0 && x.exercise == c.from.exercise),
                        "{:?} moved on a session without it", c
                    );
                }
            }
        }
    }

    #[test]
    fn nothing_in_her_plan_is_above_her_stage(w in world_strategy()) {
        let (out, _) = run(&w.data, w.now);
        let profile = w.data.profile.as_ref().unwrap();
        let th = w.data.thresholds;
        let stage = profile.stage(w.now, 0);
        let mut roots = Vec::new();
        for i in &out.plan.items {
            let e = cat().get(&i.exercise).unwrap();
            prop_assert!(suits(e, &stage, &th), "{} at {:?}", e.id, stage);
            prop_assert_eq!(normal_step(e, i.dose_step), i.dose_step);
            roots.push(root_of(&i.exercise));
        }
        let n = roots.len();
        roots.sort();
        roots.dedup();
        prop_assert_eq!(roots.len(), n, "two items of one chain");
        // Every move of her own plan went somewhere that suited her then.
        for c in out.plan.changes.iter().filter(|c| c.routine.is_none()) {
            let e = cat().get(&c.to.exercise).unwrap();
            prop_assert!(suits(e, &profile.stage(c.at_ms, 0), &th), "{:?}", c);
        }
    }

    #[test]
    fn no_item_moves_more_than_one_step_at_a_time(w in world_strategy()) {
        let (out, _) = run(&w.data, w.now);
        let mut seen = std::collections::BTreeSet::new();
        for c in &out.plan.changes {
            let (from, to) = (rank(&c.from), rank(&c.to));
            if c.verdict == Verdict::Start {
                prop_assert_eq!(&c.from, &c.to);
                continue;
            }
            if c.reason == Reason::NotForStageYet {
                continue;
            }
            if c.from.exercise == c.to.exercise {
                prop_assert!((i16::from(c.to.dose_step) - i16::from(c.from.dose_step)).abs() <= 1, "{:?}", c);
            } else {
                prop_assert!(c.routine.is_none(), "a physio's exercise was swapped: {:?}", c);
                prop_assert_eq!(from.0.abs_diff(to.0), 1, "{:?}", c);
                prop_assert_eq!(c.to.dose_step, 0);
            }
            match c.verdict {
                Verdict::Progress => prop_assert!(to > from, "{:?}", c),
                Verdict::StepBack => prop_assert!(to < from, "{:?}", c),
                _ => prop_assert_eq!(&c.from, &c.to),
            }
            prop_assert!((MIN_STEP..=MAX_STEP).contains(&c.to.dose_step));
            if !from_event(c) {
                // One change per item per session (a physio's items are exercises, hers
                // chains).
                let item = match c.routine {
                    Some(_) => c.from.exercise.clone(),
                    None => root_of(&c.from.exercise),
                };
                let key = (c.at_ms, c.routine, item);
                prop_assert!(seen.insert(key), "two changes for one item in one session: {:?}", c);
            }
        }
        for p in &out.plan.imported {
            let kept = w.data.imported.iter().find(|k| k.imported_at_ms == p.imported_at_ms).unwrap();
            prop_assert!(kept.routine.auto_progress, "a fixed routine has progress");
            for (i, x) in p.items.iter().zip(&kept.routine.exercises) {
                prop_assert_eq!(&i.exercise, &x.exercise);
                prop_assert!((MIN_STEP..=MAX_STEP).contains(&i.dose_step));
            }
        }
    }

    #[test]
    fn a_red_flag_clears_streaks_and_nothing_moves_while_paused(w in world_strategy()) {
        let (out, _) = run(&w.data, w.now);
        let spans = paused_spans(&w.data);
        for c in out.plan.changes.iter().filter(|c| !from_event(c)) {
            if w.data.history.iter().any(|l| l.started_at_ms == c.at_ms) {
                prop_assert!(
                    !spans.iter().any(|(a, b)| *a <= c.at_ms && c.at_ms < *b),
                    "moved while paused: {:?} in {:?}", c, spans
                );
            }
        }
        if w.data.safety.is_paused() {
            prop_assert!(out.plan.items.iter().all(|i| i.streak == 0));
            prop_assert!(out.plan.imported.iter().flat_map(|p| &p.items).all(|i| i.streak == 0));
        }
        // Just after each red flag, with only what came before it: no streak at all.
        for flag in &w.data.safety.events {
            let mut then = w.data.clone();
            then.history.retain(|l| l.started_at_ms <= flag.at_ms);
            then.safety.events.retain(|e| e.at_ms <= flag.at_ms);
            then.safety.resumed_at_ms.retain(|r| *r <= flag.at_ms);
            let (at_flag, _) = run(&then, flag.at_ms);
            prop_assert!(at_flag.plan.items.iter().all(|i| i.streak == 0));
            prop_assert!(at_flag.plan.imported.iter().flat_map(|p| &p.items).all(|i| i.streak == 0));
        }
    }

    #[test]
    fn settling_is_idempotent(w in world_strategy()) {
        let (once, fresh) = run(&w.data, w.now);
        prop_assert!(fresh.iter().all(|c| once.plan.changes.contains(c)));
        let (twice, again) = run(&once, w.now);
        prop_assert_eq!(&twice, &once);
        prop_assert!(again.is_empty(), "{:?}", again);
        // Nothing but the plan changes.
        let mut same = once.clone();
        same.plan = w.data.plan.clone();
        prop_assert_eq!(same, w.data);
        prop_assert!(once.plan.changes.len() <= MAX_CHANGES);
        prop_assert!(once.plan.changes.windows(2).all(|p| p[0].at_ms <= p[1].at_ms));
    }

    #[test]
    fn the_order_of_her_history_does_not_matter(w in world_strategy(), turn in 0usize..12) {
        let (out, _) = run(&w.data, w.now);
        let mut shuffled = w.data.clone();
        shuffled.history.reverse();
        let n = shuffled.history.len().max(1);
        shuffled.history.rotate_left(turn % n);
        shuffled.safety.events.reverse();
        shuffled.safety.resumed_at_ms.reverse();
        let (again, _) = run(&shuffled, w.now);
        prop_assert_eq!(again.plan, out.plan);
    }
}

// ---------------------------------------------------------------------------------
// The walk-run: opened by a passed return-to-running check, moved like any item
// ---------------------------------------------------------------------------------

mod walk_run {
    use super::*;
    use backcare::domain::running::{Answer, RunCheck, Symptoms, Test};

    /// A check finished (its last answer) at `at`: every test at its target, or with
    /// leaking after the first when `passed` is false.
    fn check(at: i64, passed: bool) -> RunCheck {
        let mut c = RunCheck::new(at - HOUR);
        let symptoms = Symptoms {
            leaking: !passed,
            ..Symptoms::default()
        };
        let tests: &[Test] = if passed { &Test::ALL } else { &[Test::Walk] };
        for (i, test) in tests.iter().enumerate() {
            let t = test.target();
            let when = at - (tests.len() - 1 - i) as i64 * 60_000;
            c.answers.push(Answer::new(*test, when, [t, t], symptoms));
        }
        c
    }

    fn runs(at: i64, s: Said) -> SessionLog {
        log_of(
            at,
            vec![part("walk-run-1", 1080, 1080)],
            s,
            "Walk-run",
            Some(Start::Run),
        )
    }

    /// 12 weeks after the birth: day 28 of the plan.
    const TWELVE_WEEKS: i64 = 28;

    #[test]
    fn a_passed_check_opens_the_walk_run_at_its_start_and_a_failed_one_closes_it() {
        let mut d = data(her(), vec![]);
        let before = run(&d, day(TWELVE_WEEKS + 3)).0.plan;
        d.run_checks = vec![check(day(TWELVE_WEEKS + 2), true)];
        assert!(before
            .items
            .iter()
            .all(|i| !i.exercise.as_str().starts_with("walk-run")));
        let after = run(&d, day(TWELVE_WEEKS + 3)).0.plan;
        assert_eq!(pos(&after, "walk-run-1"), ("walk-run-1".into(), 0));
        let placed = last_change(&after, "walk-run-1");
        assert_eq!(placed.verdict, Verdict::Start);
        assert_eq!(placed.at_ms, day(TWELVE_WEEKS + 2));
        // "Latest changes" shows it joining (it came after the plan began), and none of
        // the placements from the plan's start.
        let latest = backcare::domain::plan_view::latest_changes(&after, 12);
        assert_eq!(
            latest.first().map(|c| c.to.exercise.as_str()),
            Some("walk-run-1")
        );
        assert!(latest
            .iter()
            .all(|c| c.verdict != Verdict::Start || c.at_ms > START));
        assert!(backcare::domain::plan_view::latest_changes(&before, 12)
            .iter()
            .all(|c| c.verdict != Verdict::Start || c.at_ms > START));

        // A later check with a symptom takes it out of her plan again.
        d.run_checks.push(check(day(TWELVE_WEEKS + 10), false));
        let closed = run(&d, day(TWELVE_WEEKS + 11)).0.plan;
        assert!(closed
            .items
            .iter()
            .all(|i| !i.exercise.as_str().starts_with("walk-run")));
        // And nothing else in her plan changed because of it.
        let without: Vec<_> = after
            .items
            .iter()
            .filter(|i| !i.exercise.as_str().starts_with("walk-run"))
            .map(|i| (i.exercise.clone(), i.dose_step))
            .collect();
        let now: Vec<_> = closed
            .items
            .iter()
            .map(|i| (i.exercise.clone(), i.dose_step))
            .collect();
        assert_eq!(without, now);
    }

    #[test]
    fn walk_runs_move_by_the_same_pain_monitoring_rules() {
        let open = day(TWELVE_WEEKS + 1);
        let sessions: Vec<SessionLog> = (0..8)
            .map(|n| runs(open + (n + 1) * 2 * DAY, comfy()))
            .collect();
        let mut d = data(her(), sessions.clone());
        d.run_checks = vec![check(open, true)];
        let plan = plan_after(&d);
        let moved = changes_of(&plan, "walk-run-1");
        assert!(
            moved.iter().any(|c| c.verdict == Verdict::Progress),
            "comfortable walk-runs move it on: {moved:?}"
        );
        // The same sessions with too much pain during them never move it on.
        let painful: Vec<SessionLog> = (0..8)
            .map(|n| runs(open + (n + 1) * 2 * DAY, said(8, Some((Worse, 6)))))
            .collect();
        let mut d = data(her(), painful);
        d.run_checks = vec![check(open, true)];
        let plan = plan_after(&d);
        let moved = changes_of(&plan, "walk-run-1");
        assert!(
            moved.iter().all(|c| c.verdict != Verdict::Progress),
            "{moved:?}"
        );
        let (at, step) = pos(&plan, "walk-run-1");
        assert_eq!(
            at, "walk-run-1",
            "the first walk-run is as gentle as it goes"
        );
        assert!(step < 0, "its dose stepped back: {step}");
        assert!(moved.iter().any(|c| c.verdict == Verdict::StepBack));
        // Walk-runs move only the walk-run: every other item is where it was placed.
        let others = |p: &PlanState| -> Vec<(ExerciseId, i8)> {
            p.items
                .iter()
                .filter(|i| !i.exercise.as_str().starts_with("walk-run"))
                .map(|i| (i.exercise.clone(), i.dose_step))
                .collect()
        };
        let mut quiet = data(her(), vec![]);
        quiet.run_checks = vec![check(open, true)];
        assert_eq!(others(&plan), others(&run(&quiet, after_all(&d)).0.plan));
    }

    #[test]
    fn a_timed_running_test_moves_nothing_and_holds_nothing_up() {
        // A balance test with no report at all, then a routine of her own plan: the
        // routine still moves her plan as it would have without the test.
        let test = log_of(
            day(30),
            vec![part("run-test-balance", 20, 20)],
            Said {
                before: None,
                worst: None,
                effort: Effort::Moderate,
                morning: None,
                skipped: false,
            },
            "Single-leg balance",
            Some(Start::RunTest(Test::Balance)),
        );
        let routine: Vec<SessionLog> = (0..4)
            .map(|n| own(day(31 + n), &["breathing-belly"], comfy()))
            .collect();
        let with: Vec<SessionLog> = std::iter::once(test).chain(routine.clone()).collect();
        let now = day(40);
        let a = run(&data(her(), with), now).0.plan.items;
        let b = run(&data(her(), routine), now).0.plan.items;
        let strip = |items: Vec<PlanItem>| -> Vec<(ExerciseId, i8, u8)> {
            items
                .into_iter()
                .map(|i| (i.exercise, i.dose_step, i.streak))
                .collect()
        };
        assert_eq!(strip(a), strip(b));
    }
}
