//! The progression engine: gating by stage, judging one session by the pain-monitoring
//! rules, dose steps, and sequences of sessions → progress, hold or step back.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::{Exercise, ExerciseId, Kind, Work};
use backcare::domain::history::SessionLog;
use backcare::domain::history::MORNING_CHECK_DAYS;
use backcare::domain::profile::StageNow;
use backcare::domain::progression::{
    allowed, apply, dose_at, judge, regate, Change, Judgement, PlanItem, PlanState, Reason,
    Verdict, MAX_STEP, MIN_STEP,
};
use backcare::domain::settings::Thresholds;
use proptest::prelude::*;

const DAY: i64 = 24 * 60 * 60 * 1000;
const HOUR: i64 = 60 * 60 * 1000;
/// Midnight starting "today" in the tests.
const TODAY: i64 = 1_795_000_000_000 - 1_795_000_000_000 % DAY;

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

fn item(raw: &str, dose_step: i8) -> PlanItem {
    PlanItem {
        exercise: id(raw),
        dose_step,
    }
}

fn state(items: &[(&str, i8)]) -> PlanState {
    PlanState {
        items: items.iter().map(|&(r, s)| item(r, s)).collect(),
        streak: 0,
        applied_through_ms: 0,
    }
}

const V: bool = false; // vaginal
const C: bool = true; // caesarean

fn stage(weeks: u8, caesarean: bool, severe_tear: bool) -> StageNow {
    StageNow {
        weeks,
        days: 0,
        caesarean,
        severe_tear,
    }
}

fn th() -> Thresholds {
    Thresholds::default()
}

fn pain(v: u8) -> PainScore {
    PainScore::new(v).unwrap()
}

/// What she reported. `worst` and `morning` are optional, like in the app.
#[derive(Clone, Copy, Debug)]
struct Said {
    before: Option<u8>,
    worst: Option<u8>,
    effort: Effort,
    morning: Option<(MorningCompare, u8)>,
    skipped: bool,
}

fn comfort(s: Said) -> Comfort {
    Comfort {
        before: s.before.map(pain),
        after: s.worst.map(|w| AfterReport {
            worst_pain: pain(w),
            effort: s.effort,
            note: Note::default(),
        }),
        morning: s.morning.map(|(compare, p)| MorningReport {
            compare,
            pain: pain(p),
            at_ms: 0,
        }),
        morning_skipped: s.skipped,
    }
}

use MorningCompare::{Better, Same, Worse};

/// Worst pain `worst`, a morning report `compare` at pain `morning`, pain 2 before.
fn said(worst: u8, morning: Option<(MorningCompare, u8)>) -> Said {
    Said {
        before: Some(2),
        worst: Some(worst),
        effort: Effort::Moderate,
        morning,
        skipped: false,
    }
}

fn comfy() -> Said {
    said(2, Some((Same, 2)))
}

fn log_at(at: i64, s: Said) -> SessionLog {
    SessionLog {
        routine: "Your routine for today".to_owned(),
        started_at_ms: at,
        active_ms: 15 * 60 * 1000,
        stopped_early: false,
        exercises: Vec::new(),
        comfort: comfort(s),
    }
}

/// One log per session, one per earlier day, the last of them just past the days in
/// which its next-morning check could still be answered (so every one is final).
fn logs_of(sessions: &[Said]) -> Vec<SessionLog> {
    let n = sessions.len() as i64;
    sessions
        .iter()
        .enumerate()
        .map(|(i, s)| {
            log_at(
                TODAY - (n - i as i64 + MORNING_CHECK_DAYS) * DAY + 9 * HOUR,
                *s,
            )
        })
        .collect()
}

fn run(start: &PlanState, sessions: &[Said], st: StageNow) -> (PlanState, Vec<Change>) {
    apply(start, &logs_of(sessions), cat(), &st, &th(), TODAY)
}

// ---------------------------------------------------------------------------------
// Gating
// ---------------------------------------------------------------------------------

#[test]
fn gating_by_weeks_birth_and_tear() {
    // (id, weeks, caesarean, severe tear, allowed)
    let table: &[(&str, u8, bool, bool, bool)] = &[
        ("walk-5", 0, V, false, true),
        ("walk-5", 0, C, true, true),
        ("walk-10", 0, V, false, false),
        ("walk-10", 1, V, true, true),
        ("walk-10", 1, C, false, false),
        ("walk-10", 2, C, false, true),
        ("walk-30", 6, V, false, true),
        ("walk-30", 7, C, false, false),
        ("walk-30", 8, C, true, true),
        ("brace-lying", 0, V, false, true),
        ("brace-lying", 0, C, false, true),
        ("brace-lying", 0, V, true, false),
        ("brace-lying", 5, C, true, false),
        ("brace-lying", 6, V, true, true),
        ("pelvic-tilt-hands-knees", 2, V, false, false),
        ("pelvic-tilt-hands-knees", 3, V, false, true),
        ("pelvic-tilt-hands-knees", 3, C, false, false),
        ("pelvic-tilt-hands-knees", 5, C, false, false),
        ("pelvic-tilt-hands-knees", 6, C, false, true),
        ("pelvic-tilt-hands-knees", 3, V, true, false),
        ("pelvic-tilt-hands-knees", 6, V, true, true),
        ("bird-dog", 5, V, false, false),
        ("bird-dog", 6, V, false, true),
        ("bird-dog", 9, C, false, false),
        ("bird-dog", 10, C, false, true),
        ("bird-dog", 30, C, true, true),
        ("glute-bridge", 3, V, false, false),
        ("glute-bridge", 4, V, false, true),
        ("glute-bridge", 4, V, true, false),
        ("glute-bridge", 7, C, false, false),
        ("glute-bridge", 8, C, false, true),
        ("hip-flexor-stretch", 3, V, false, false),
        ("hip-flexor-stretch", 4, V, false, true),
        ("hip-flexor-stretch", 7, C, false, false),
        ("hip-flexor-stretch", 8, C, false, true),
        ("heel-slides", 0, V, false, false),
        ("heel-slides", 1, V, false, true),
        ("heel-slides", 2, C, false, false),
        ("heel-slides", 3, C, false, true),
        ("heel-slides", 3, C, true, false),
        ("chin-tuck", 0, V, false, true),
        ("chin-tuck", 0, C, false, true),
        ("chin-tuck", 0, V, true, false),
        ("chin-tuck", 6, C, true, true),
        ("pelvic-floor-hold", 0, C, true, true),
        ("pelvic-floor-quick", 0, V, true, true),
        ("breathing-relax", 0, C, true, true),
        ("heat-cold", 0, V, true, true),
        ("lesson-lifting-baby", 0, V, true, true),
        ("lesson-car-seat-buggy", 5, C, false, false),
        ("lesson-car-seat-buggy", 6, C, false, true),
        ("cat-cow", 3, V, false, true),
        ("cat-cow", 5, C, false, false),
    ];
    for &(raw, weeks, caesarean, tear, want) in table {
        assert_eq!(
            allowed(ex(raw), &stage(weeks, caesarean, tear), &th()),
            want,
            "{raw} at {weeks} weeks, caesarean {caesarean}, tear {tear}"
        );
    }
}

#[test]
fn the_tear_window_follows_the_threshold() {
    let brace = ex("brace-lying");
    let eight = Thresholds {
        tear_weeks: 8,
        ..th()
    };
    assert!(!allowed(brace, &stage(7, V, true), &eight));
    assert!(allowed(brace, &stage(8, V, true), &eight));
    let none = Thresholds {
        tear_weeks: 0,
        ..th()
    };
    assert!(allowed(brace, &stage(0, V, true), &none));
}

#[test]
fn every_kind_outside_the_tear_list_waits_after_a_tear() {
    let early = stage(2, V, true);
    for e in cat().all() {
        let gentle = matches!(
            e.kind,
            Kind::Walk | Kind::Breathing | Kind::PelvicFloor | Kind::Lesson | Kind::SelfCare
        );
        if !gentle {
            assert!(!allowed(e, &early, &th()), "{} allowed after a tear", e.id);
        }
    }
}

// ---------------------------------------------------------------------------------
// Judging one session
// ---------------------------------------------------------------------------------

#[test]
fn judging_at_and_around_every_threshold() {
    use Judgement::{Acceptable, Comfortable, TooMuch, Unknown};
    let e = Effort::Moderate;
    let s = |before, worst, effort, morning, skipped| Said {
        before,
        worst,
        effort,
        morning,
        skipped,
    };
    // (what she said, judgement with the default thresholds 3 / 5)
    let table: &[(Said, Judgement)] = &[
        (s(Some(0), Some(0), e, Some((Same, 0)), false), Comfortable),
        (
            s(Some(3), Some(3), e, Some((Better, 2)), false),
            Comfortable,
        ),
        (s(Some(3), Some(3), e, Some((Same, 3)), false), Comfortable),
        (s(None, Some(3), e, Some((Same, 6)), false), Comfortable),
        (
            s(Some(2), Some(1), Effort::Hard, Some((Same, 2)), false),
            Comfortable,
        ),
        (
            s(Some(2), Some(1), Effort::Easy, Some((Better, 0)), false),
            Comfortable,
        ),
        (s(Some(2), Some(4), e, Some((Same, 2)), false), Acceptable),
        (s(Some(2), Some(5), e, Some((Better, 1)), false), Acceptable),
        (s(Some(2), Some(4), e, None, false), Acceptable),
        (
            s(Some(2), Some(2), Effort::TooHard, Some((Same, 2)), false),
            Acceptable,
        ),
        (s(Some(2), Some(2), e, Some((Same, 3)), false), TooMuch),
        (s(Some(2), Some(5), e, Some((Same, 3)), false), TooMuch),
        (s(Some(2), Some(6), e, Some((Better, 0)), false), TooMuch),
        (s(Some(2), Some(6), e, None, false), TooMuch),
        (s(None, Some(10), e, None, true), TooMuch),
        (s(Some(2), Some(6), Effort::TooHard, None, false), TooMuch),
        (s(Some(2), Some(2), e, Some((Worse, 3)), false), TooMuch),
        (s(Some(2), Some(0), e, Some((Worse, 2)), false), TooMuch),
        (s(Some(2), Some(5), e, Some((Worse, 4)), false), TooMuch),
        (s(None, None, e, Some((Worse, 4)), false), TooMuch),
        (s(None, None, e, Some((Same, 1)), false), Unknown),
        (s(None, None, e, None, false), Unknown),
        (s(Some(2), Some(3), e, None, false), Unknown),
        (s(Some(2), Some(0), e, None, true), Unknown),
    ];
    for (said, want) in table {
        assert_eq!(judge(&comfort(*said), &th()), *want, "{said:?}");
    }
}

#[test]
fn judging_follows_her_own_thresholds() {
    let strict = Thresholds {
        comfortable_max: 2,
        acceptable_max: 4,
        ..th()
    };
    let table: &[(u8, Judgement)] = &[
        (2, Judgement::Comfortable),
        (3, Judgement::Acceptable),
        (4, Judgement::Acceptable),
        (5, Judgement::TooMuch),
    ];
    for &(worst, want) in table {
        assert_eq!(
            judge(&comfort(said(worst, Some((Same, 1)))), &strict),
            want,
            "worst {worst}"
        );
    }
}

// ---------------------------------------------------------------------------------
// Dose steps
// ---------------------------------------------------------------------------------

fn reps(e: &Exercise, step: i8) -> u8 {
    match dose_at(e, step).work {
        Work::Reps { reps, .. } => reps,
        Work::Timed { .. } => panic!("{} is timed", e.id),
    }
}

fn seconds(e: &Exercise, step: i8) -> u16 {
    match dose_at(e, step).work {
        Work::Timed { seconds } => seconds,
        Work::Reps { .. } => panic!("{} is counted", e.id),
    }
}

#[test]
fn dose_steps_add_reps_or_seconds_within_bounds() {
    let tilt = ex("pelvic-tilt-lying"); // 10 reps
    let got: Vec<u8> = (MIN_STEP..=MAX_STEP).map(|s| reps(tilt, s)).collect();
    assert_eq!(got, vec![6, 8, 10, 12, 14, 16]);
    let hug = ex("knee-to-chest"); // 3 reps: never below 3
    assert_eq!(reps(hug, -1), 3);
    assert_eq!(reps(hug, 1), 5);
    let belly = ex("breathing-belly"); // 120 s
    assert_eq!(seconds(belly, -2), 90);
    assert_eq!(seconds(belly, 0), 120);
    assert_eq!(seconds(belly, 3), 165);
    let thigh = ex("hamstring-stretch"); // 30 s: never below 15
    assert_eq!(seconds(thigh, -1), 15);
    assert_eq!(seconds(thigh, -2), 15);
    assert_eq!(seconds(thigh, 1), 45);
    // Out-of-range steps are clamped.
    assert_eq!(reps(tilt, 100), 16);
    assert_eq!(reps(tilt, -100), 6);
}

#[test]
fn walks_never_change_with_dose_steps() {
    for raw in ["walk-5", "walk-10", "walk-20", "walk-30"] {
        let e = ex(raw);
        for step in MIN_STEP..=MAX_STEP {
            assert_eq!(dose_at(e, step), e.dose, "{raw} at step {step}");
        }
    }
}

proptest! {
    #[test]
    fn every_dose_is_valid_and_keeps_sets_and_rest(index in 0usize..35, step in any::<i8>()) {
        let e = &cat().all()[index % cat().len()];
        let d = dose_at(e, step);
        prop_assert_eq!(d.check(), Ok(()));
        prop_assert_eq!(d.sets, e.dose.sets);
        prop_assert_eq!(d.rest_s, e.dose.rest_s);
        prop_assert_eq!(dose_at(e, 0), e.dose);
    }
}

// ---------------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------------

#[test]
fn reasons_read_as_one_plain_line() {
    let table: &[(Reason, &str)] = &[
        (
            Reason::ComfortableStreak { sessions: 2 },
            "the last two sessions were comfortable and your back was fine the next morning",
        ),
        (
            Reason::PainTooHigh { pain: 7 },
            "pain reached 7 out of 10, so this eases off a step",
        ),
        (
            Reason::MorningWorse,
            "your back felt worse the next morning, so this eases off a step",
        ),
        (
            Reason::MorningMissing,
            "no next-morning check yet, so this stays the same",
        ),
        (
            Reason::PainModerate { pain: 4 },
            "pain reached 4 out of 10, which is fine, so this stays the same for now",
        ),
        (
            Reason::BuildingStreak { have: 1, need: 2 },
            "that session was comfortable; one more like it and this moves up a step",
        ),
    ];
    for (reason, want) in table {
        assert_eq!(reason.text(), *want);
    }
    let all = [
        Reason::ComfortableStreak { sessions: 1 },
        Reason::ComfortableStreak { sessions: 3 },
        Reason::BuildingStreak { have: 1, need: 3 },
        Reason::PainModerate { pain: 5 },
        Reason::PainTooHigh { pain: 9 },
        Reason::MorningWorse,
        Reason::MorningHigher {
            before: 2,
            morning: 4,
        },
        Reason::MorningMissing,
        Reason::MorningSkipped,
        Reason::NoReport,
        Reason::EffortTooHard,
        Reason::StoppedEarly,
        Reason::AtTop,
        Reason::StageLocked,
        Reason::AtGentlest,
        Reason::NotForStageYet,
    ];
    for reason in all {
        let text = reason.text();
        assert!(!text.is_empty() && !text.contains('\n'), "{reason:?}");
        assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
        assert!(!text.to_lowercase().contains("diagnos"), "{text}");
        assert!(text.len() < 140, "too long: {text}");
    }
}

// ---------------------------------------------------------------------------------
// Sequences of sessions
// ---------------------------------------------------------------------------------

/// A sequence: start, sessions, stage → the tilt item's end, the last change, the streak.
struct Case {
    name: &'static str,
    start: (&'static str, i8),
    sessions: Vec<Said>,
    stage: StageNow,
    end: (&'static str, i8),
    verdict: Verdict,
    reason: Reason,
    streak: u8,
}

#[test]
fn sequences_of_sessions() {
    let w10 = stage(10, V, false);
    let cases = vec![
        Case {
            name: "one comfortable session builds the streak",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![comfy()],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::BuildingStreak { have: 1, need: 2 },
            streak: 1,
        },
        Case {
            name: "two comfortable sessions → progress",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![comfy(), comfy()],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::Progress,
            reason: Reason::ComfortableStreak { sessions: 2 },
            streak: 0,
        },
        Case {
            name: "comfortable then 4/10 → hold, streak reset",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![comfy(), said(4, Some((Same, 2)))],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::Hold,
            reason: Reason::PainModerate { pain: 4 },
            streak: 0,
        },
        Case {
            name: "5/10 is still acceptable",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![said(5, Some((Better, 1)))],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::Hold,
            reason: Reason::PainModerate { pain: 5 },
            streak: 0,
        },
        Case {
            name: "6/10 → step back",
            start: ("pelvic-tilt-lying", 2),
            sessions: vec![said(6, Some((Same, 2)))],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::StepBack,
            reason: Reason::PainTooHigh { pain: 6 },
            streak: 0,
        },
        Case {
            name: "7/10 → step back, even with no morning check",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![said(7, None)],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::StepBack,
            reason: Reason::PainTooHigh { pain: 7 },
            streak: 0,
        },
        Case {
            name: "comfortable but worse the next morning → step back",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![comfy(), said(1, Some((Worse, 4)))],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::StepBack,
            reason: Reason::MorningWorse,
            streak: 0,
        },
        Case {
            name: "missing morning check on an earlier day → hold",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![comfy(), said(2, None)],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::MorningMissing,
            streak: 0,
        },
        Case {
            name: "skipped morning check → hold",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![Said {
                skipped: true,
                ..said(1, None)
            }],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::MorningSkipped,
            streak: 0,
        },
        Case {
            name: "no after-session report → hold",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![Said {
                worst: None,
                ..comfy()
            }],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::NoReport,
            streak: 0,
        },
        Case {
            name: "too hard though pain was low → hold",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![Said {
                effort: Effort::TooHard,
                ..comfy()
            }],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::EffortTooHard,
            streak: 0,
        },
        Case {
            name: "morning pain above the pain before → step back",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![said(2, Some((Same, 4)))],
            stage: w10,
            end: ("pelvic-tilt-lying", -1),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigher {
                before: 2,
                morning: 4,
            },
            streak: 0,
        },
        Case {
            name: "top dose step → the harder variant at step 0",
            start: ("pelvic-tilt-lying", MAX_STEP),
            sessions: vec![comfy(), comfy()],
            stage: w10,
            end: ("pelvic-tilt-wall", 0),
            verdict: Verdict::Progress,
            reason: Reason::ComfortableStreak { sessions: 2 },
            streak: 0,
        },
        Case {
            name: "top of what her stage allows → stays, StageLocked",
            start: ("pelvic-tilt-wall", MAX_STEP),
            sessions: vec![comfy(), comfy()],
            stage: stage(2, V, false),
            end: ("pelvic-tilt-wall", MAX_STEP),
            verdict: Verdict::Hold,
            reason: Reason::StageLocked,
            streak: 0,
        },
        Case {
            name: "the same after a caesarean waits until 6 weeks",
            start: ("pelvic-tilt-wall", MAX_STEP),
            sessions: vec![comfy(), comfy()],
            stage: stage(5, C, false),
            end: ("pelvic-tilt-wall", MAX_STEP),
            verdict: Verdict::Hold,
            reason: Reason::StageLocked,
            streak: 0,
        },
        Case {
            name: "top of the chain → stays, AtTop",
            start: ("bird-dog", MAX_STEP),
            sessions: vec![comfy(), comfy()],
            stage: w10,
            end: ("bird-dog", MAX_STEP),
            verdict: Verdict::Hold,
            reason: Reason::AtTop,
            streak: 0,
        },
        Case {
            name: "step back at dose step 0 → the easier variant",
            start: ("pelvic-tilt-wall", 0),
            sessions: vec![said(8, None)],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::StepBack,
            reason: Reason::PainTooHigh { pain: 8 },
            streak: 0,
        },
        Case {
            name: "step back at the bottom of the chain → below the default dose",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![said(7, None)],
            stage: w10,
            end: ("pelvic-tilt-lying", -1),
            verdict: Verdict::StepBack,
            reason: Reason::PainTooHigh { pain: 7 },
            streak: 0,
        },
        Case {
            name: "at the gentlest already → stays, AtGentlest",
            start: ("pelvic-tilt-lying", MIN_STEP),
            sessions: vec![said(7, None)],
            stage: w10,
            end: ("pelvic-tilt-lying", MIN_STEP),
            verdict: Verdict::Hold,
            reason: Reason::AtGentlest,
            streak: 0,
        },
        Case {
            name: "walks skip dose steps and move along the chain",
            start: ("walk-5", 0),
            sessions: vec![comfy(), comfy()],
            stage: w10,
            end: ("walk-10", 0),
            verdict: Verdict::Progress,
            reason: Reason::ComfortableStreak { sessions: 2 },
            streak: 0,
        },
        Case {
            name: "the next walk waits for her stage",
            start: ("walk-10", 0),
            sessions: vec![comfy(), comfy()],
            stage: stage(1, V, false),
            end: ("walk-10", 0),
            verdict: Verdict::Hold,
            reason: Reason::StageLocked,
            streak: 0,
        },
        Case {
            name: "a walk steps back along the chain",
            start: ("walk-20", 0),
            sessions: vec![said(2, Some((Worse, 5)))],
            stage: w10,
            end: ("walk-10", 0),
            verdict: Verdict::StepBack,
            reason: Reason::MorningWorse,
            streak: 0,
        },
        Case {
            name: "the shortest walk stays the shortest",
            start: ("walk-5", 0),
            sessions: vec![said(9, None)],
            stage: w10,
            end: ("walk-5", 0),
            verdict: Verdict::Hold,
            reason: Reason::AtGentlest,
            streak: 0,
        },
        Case {
            name: "four comfortable sessions → two steps, one at a time",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![comfy(), comfy(), comfy(), comfy()],
            stage: w10,
            end: ("pelvic-tilt-lying", 2),
            verdict: Verdict::Progress,
            reason: Reason::ComfortableStreak { sessions: 2 },
            streak: 0,
        },
        Case {
            name: "three comfortable sessions → one step and a new streak",
            start: ("pelvic-tilt-lying", 0),
            sessions: vec![comfy(), comfy(), comfy()],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::Hold,
            reason: Reason::BuildingStreak { have: 1, need: 2 },
            streak: 1,
        },
        Case {
            name: "too much resets a streak",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![comfy(), said(6, None), comfy()],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::Hold,
            reason: Reason::BuildingStreak { have: 1, need: 2 },
            streak: 1,
        },
    ];
    assert!(cases.len() >= 20);
    for case in cases {
        let start = state(&[case.start]);
        let (end, changes) = run(&start, &case.sessions, case.stage);
        assert_eq!(
            end.items,
            vec![item(case.end.0, case.end.1)],
            "{}",
            case.name
        );
        assert_eq!(end.streak, case.streak, "{}", case.name);
        assert_eq!(changes.len(), case.sessions.len(), "{}", case.name);
        let last = changes.last().unwrap();
        assert_eq!(last.verdict, case.verdict, "{}", case.name);
        assert_eq!(last.reason, case.reason, "{}", case.name);
        assert_eq!(last.to, end.items[0], "{}", case.name);
    }
}

#[test]
fn sessions_to_progress_is_hers_to_set() {
    let three = Thresholds {
        sessions_to_progress: 3,
        ..th()
    };
    let start = state(&[("knee-rolls", 0)]);
    let logs = logs_of(&[comfy(), comfy()]);
    let (two, _) = apply(&start, &logs, cat(), &stage(10, V, false), &three, TODAY);
    assert_eq!(two.items[0].dose_step, 0);
    assert_eq!(two.streak, 2);
    let logs = logs_of(&[comfy(), comfy(), comfy()]);
    let (after, changes) = apply(&start, &logs, cat(), &stage(10, V, false), &three, TODAY);
    assert_eq!(after.items[0].dose_step, 1);
    assert_eq!(
        changes.last().unwrap().reason,
        Reason::ComfortableStreak { sessions: 3 }
    );
}

#[test]
fn todays_log_without_a_morning_check_waits() {
    let start = state(&[("pelvic-tilt-lying", 0)]);
    let today = log_at(TODAY + 9 * HOUR, said(2, None));
    let (after, changes) = apply(
        &start,
        std::slice::from_ref(&today),
        cat(),
        &stage(10, V, false),
        &th(),
        TODAY,
    );
    assert_eq!(after, start);
    assert!(changes.is_empty());
    // A later log the same day waits behind it, even with a skipped morning check.
    let later = log_at(
        TODAY + 15 * HOUR,
        Said {
            skipped: true,
            ..said(2, None)
        },
    );
    let logs = [today.clone(), later];
    let (after, changes) = apply(&start, &logs, cat(), &stage(10, V, false), &th(), TODAY);
    assert_eq!(after, start);
    assert!(changes.is_empty());
    // Tomorrow its morning check is open on screen: it still waits for the answer.
    let (after, _) = apply(
        &start,
        std::slice::from_ref(&today),
        cat(),
        &stage(10, V, false),
        &th(),
        TODAY + DAY,
    );
    assert_eq!(after, start);
    // Once the check can no longer be answered, it is applied, and it holds.
    let (after, changes) = apply(
        &start,
        std::slice::from_ref(&today),
        cat(),
        &stage(10, V, false),
        &th(),
        TODAY + (MORNING_CHECK_DAYS + 1) * DAY,
    );
    assert_eq!(after.applied_through_ms, today.started_at_ms);
    assert_eq!(changes[0].verdict, Verdict::Hold);
    assert_eq!(changes[0].reason, Reason::MorningMissing);
}

#[test]
fn todays_log_with_a_skipped_or_given_morning_check_is_applied() {
    let start = state(&[("pelvic-tilt-lying", 0)]);
    let skipped = log_at(
        TODAY + 9 * HOUR,
        Said {
            skipped: true,
            ..said(2, None)
        },
    );
    let (after, changes) = apply(
        &start,
        &[skipped],
        cat(),
        &stage(10, V, false),
        &th(),
        TODAY,
    );
    assert_eq!(after.applied_through_ms, TODAY + 9 * HOUR);
    assert_eq!(changes[0].reason, Reason::MorningSkipped);
    let worse = log_at(TODAY + HOUR, said(1, Some((Worse, 5))));
    let start = state(&[("pelvic-tilt-lying", 1)]);
    let (after, _) = apply(&start, &[worse], cat(), &stage(10, V, false), &th(), TODAY);
    assert_eq!(after.items[0].dose_step, 0);
}

#[test]
fn todays_session_that_hurt_too_much_eases_off_at_once() {
    let start = state(&[("pelvic-tilt-lying", 2)]);
    let today = log_at(TODAY + 9 * HOUR, said(7, None));
    let (after, changes) = run_logs(&start, &[today]);
    assert_eq!(after.items, vec![item("pelvic-tilt-lying", 1)]);
    assert_eq!(after.applied_through_ms, TODAY + 9 * HOUR);
    assert_eq!(changes[0].reason, Reason::PainTooHigh { pain: 7 });
    // At exactly the acceptable limit it waits for the morning.
    let five = log_at(TODAY + 9 * HOUR, said(5, None));
    let (after, changes) = run_logs(&start, &[five]);
    assert_eq!(after, start);
    assert!(changes.is_empty());
}

#[test]
fn logs_are_applied_oldest_first_whatever_their_order() {
    let start = state(&[("pelvic-tilt-lying", 1)]);
    let mut logs = logs_of(&[said(7, None), comfy(), comfy()]);
    logs.reverse();
    let (after, changes) = run_logs(&start, &logs);
    // 7/10 first (→ 0), then two comfortable sessions (→ 1).
    assert_eq!(after.items[0].dose_step, 1);
    let verdicts: Vec<Verdict> = changes.iter().map(|c| c.verdict).collect();
    assert_eq!(
        verdicts,
        vec![Verdict::StepBack, Verdict::Hold, Verdict::Progress]
    );
}

fn run_logs(start: &PlanState, logs: &[SessionLog]) -> (PlanState, Vec<Change>) {
    apply(start, logs, cat(), &stage(10, V, false), &th(), TODAY)
}

#[test]
fn already_applied_logs_are_skipped() {
    let logs = logs_of(&[comfy(), comfy()]);
    let start = PlanState {
        applied_through_ms: logs[0].started_at_ms,
        ..state(&[("knee-rolls", 0)])
    };
    let (after, changes) = run_logs(&start, &logs);
    assert_eq!(changes.len(), 1);
    assert_eq!(after.items[0].dose_step, 0);
    assert_eq!(after.streak, 1);
    assert_eq!(after.applied_through_ms, logs[1].started_at_ms);
}

#[test]
fn a_session_stopped_early_holds() {
    let start = PlanState {
        streak: 1,
        ..state(&[("knee-rolls", 0)])
    };
    let mut log = logs_of(&[comfy()]);
    log[0].stopped_early = true;
    let (after, changes) = run_logs(&start, &log);
    assert_eq!(after.items, start.items);
    assert_eq!(after.streak, 0);
    assert_eq!(changes[0].reason, Reason::StoppedEarly);
}

#[test]
fn every_item_moves_and_has_one_change_per_session() {
    let start = state(&[
        ("breathing-belly", 0),
        ("brace-lying", 3),
        ("walk-5", 0),
        ("cat-cow", MAX_STEP),
    ]);
    let (after, changes) = run(&start, &[comfy(), comfy()], stage(10, V, false));
    assert_eq!(changes.len(), 8);
    assert_eq!(
        after.items,
        vec![
            item("breathing-belly", 1),
            item("brace-sitting", 0),
            item("walk-10", 0),
            item("cat-cow", MAX_STEP),
        ]
    );
    assert_eq!(changes[7].reason, Reason::AtTop);
}

#[test]
fn items_missing_from_the_catalogue_are_dropped_silently() {
    let start = state(&[("no-such-exercise", 1), ("knee-rolls", 0)]);
    let (after, changes) = run(&start, &[comfy()], stage(10, V, false));
    assert_eq!(after.items, vec![item("knee-rolls", 0)]);
    assert_eq!(changes.len(), 1);
}

#[test]
fn items_her_stage_no_longer_allows_go_back_or_go() {
    // Her birth date was corrected: 3 weeks after a caesarean, not 10.
    let start = state(&[("bird-dog", 2), ("glute-bridge", 1), ("knee-rolls", 1)]);
    let (after, changes) = regate(&start, cat(), &stage(3, C, false), &th());
    assert_eq!(
        after.items,
        vec![
            item("pelvic-tilt-lying", 0),
            item("heel-slides", 0),
            item("knee-rolls", 1)
        ]
    );
    assert_eq!(changes.len(), 2);
    assert!(changes
        .iter()
        .all(|c| c.verdict == Verdict::StepBack && c.reason == Reason::NotForStageYet));
    // After a severe tear at 2 weeks no strength work is allowed: the chain is dropped.
    let (after, _) = regate(&start, cat(), &stage(2, V, true), &th());
    assert!(after.items.is_empty(), "{:?}", after.items);
    // `apply` re-gates first, even with no logs.
    let (after, changes) = apply(&start, &[], cat(), &stage(3, C, false), &th(), TODAY);
    assert_eq!(after.items[0], item("pelvic-tilt-lying", 0));
    assert_eq!(changes.len(), 2);
}

#[test]
fn the_easier_variant_is_used_only_when_allowed() {
    // Stepping back from the sitting brace goes to the lying one, allowed everywhere.
    let start = state(&[("brace-sitting", 0)]);
    let (after, _) = run(&start, &[said(6, None)], stage(1, C, false));
    assert_eq!(after.items, vec![item("brace-lying", 0)]);
}

// ---------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------

/// Chain members that can hold a plan item.
fn members() -> Vec<&'static Exercise> {
    cat()
        .all()
        .iter()
        .filter(|e| e.easier.is_some() || e.harder.is_some() || e.kind != Kind::Lesson)
        .collect()
}

/// (position in its chain, dose step): larger is harder.
fn rank(i: &PlanItem) -> (usize, i8) {
    let chain = cat().chain(&i.exercise);
    let pos = chain.iter().position(|m| m.id == i.exercise).unwrap();
    (pos, i.dose_step)
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
        proptest::option::of(0u8..=10),
        proptest::option::weighted(0.9, 0u8..=10),
        effort,
        proptest::option::weighted(0.8, (compare, 0u8..=10)),
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

fn stage_strategy() -> impl Strategy<Value = StageNow> {
    (0u8..=30, any::<bool>(), any::<bool>()).prop_map(|(w, c, t)| stage(w, c, t))
}

fn state_strategy() -> impl Strategy<Value = PlanState> {
    let n = members().len();
    (
        proptest::collection::vec((0..n, MIN_STEP..=MAX_STEP), 0..8),
        0u8..4,
    )
        .prop_map(|(picks, streak)| PlanState {
            items: picks
                .into_iter()
                .map(|(i, s)| {
                    let e = members()[i];
                    PlanItem {
                        exercise: e.id.clone(),
                        dose_step: if e.kind == Kind::Walk { 0 } else { s },
                    }
                })
                .collect(),
            streak,
            applied_through_ms: 0,
        })
}

/// Logs one to three days apart, some of them today.
fn logs_strategy() -> impl Strategy<Value = Vec<SessionLog>> {
    proptest::collection::vec((said_strategy(), 1i64..72, any::<bool>()), 0..10).prop_map(
        |sessions| {
            let mut at = TODAY - 12 * DAY;
            sessions
                .into_iter()
                .map(|(s, gap_h, stopped)| {
                    at += gap_h * HOUR;
                    let mut log = log_at(at, s);
                    log.stopped_early = stopped;
                    log
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_item_moves_more_than_one_step_per_session(
        start in state_strategy(),
        logs in logs_strategy(),
        st in stage_strategy(),
    ) {
        let (start, _) = regate(&start, cat(), &st, &th());
        let (end, changes) = apply(&start, &logs, cat(), &st, &th(), TODAY);
        let applied = logs.iter().filter(|l| l.started_at_ms <= end.applied_through_ms).count();
        prop_assert_eq!(changes.len(), applied * start.items.len());
        for c in &changes {
            let (from, to) = (rank(&c.from), rank(&c.to));
            if c.from.exercise == c.to.exercise {
                prop_assert!((i16::from(c.to.dose_step) - i16::from(c.from.dose_step)).abs() <= 1, "{:?}", c);
            } else {
                prop_assert!(from.0.abs_diff(to.0) == 1, "{:?}", c);
                prop_assert_eq!(c.to.dose_step, 0);
            }
            match c.verdict {
                Verdict::Progress => prop_assert!(to > from, "{:?}", c),
                Verdict::StepBack => prop_assert!(to < from, "{:?}", c),
                Verdict::Hold => prop_assert_eq!(&c.from, &c.to),
            }
            prop_assert!((MIN_STEP..=MAX_STEP).contains(&c.to.dose_step));
        }
        for i in &end.items {
            prop_assert!(allowed(cat().get(&i.exercise).unwrap(), &st, &th()), "{:?}", i);
        }
    }

    #[test]
    fn a_session_that_was_too_much_never_increases_anything(
        start in state_strategy(),
        logs in logs_strategy(),
        st in stage_strategy(),
    ) {
        let mut state = regate(&start, cat(), &st, &th()).0;
        // One log at a time, so each change belongs to a known session.
        for log in &logs {
            let before = state.clone();
            let (after, changes) = apply(&state, std::slice::from_ref(log), cat(), &st, &th(), TODAY);
            let applied = after.applied_through_ms == log.started_at_ms;
            if applied && judge(&log.comfort, &th()) == Judgement::TooMuch {
                for c in &changes {
                    prop_assert!(rank(&c.to) <= rank(&c.from), "{:?}", c);
                    prop_assert_ne!(c.verdict, Verdict::Progress);
                }
                prop_assert_eq!(after.streak, 0);
                prop_assert_eq!(after.items.len(), before.items.len());
            }
            state = after;
        }
    }

    #[test]
    fn applying_the_same_logs_twice_changes_nothing_the_second_time(
        start in state_strategy(),
        logs in logs_strategy(),
        st in stage_strategy(),
        today_offset_h in 0i64..48,
    ) {
        let today = TODAY + (today_offset_h / 24) * DAY;
        let (once, _) = apply(&start, &logs, cat(), &st, &th(), today);
        let (twice, changes) = apply(&once, &logs, cat(), &st, &th(), today);
        prop_assert_eq!(&twice, &once);
        prop_assert!(changes.is_empty(), "{:?}", changes);
    }

    #[test]
    fn one_by_one_is_the_same_as_all_at_once(
        start in state_strategy(),
        logs in logs_strategy(),
        st in stage_strategy(),
    ) {
        let (all, _) = apply(&start, &logs, cat(), &st, &th(), TODAY);
        let mut state = start;
        for k in 1..=logs.len() {
            state = apply(&state, &logs[..k], cat(), &st, &th(), TODAY).0;
        }
        if logs.is_empty() {
            state = apply(&state, &logs, cat(), &st, &th(), TODAY).0;
        }
        prop_assert_eq!(state, all);
    }
}
