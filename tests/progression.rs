//! The progression rules for one item: gating by stage, judging one session against
//! her baseline by the pain-monitoring rules, dose steps, what a session asks of an
//! item (`call_for`), moving it one step (`move_by`) and when a log is ready to judge.
//! Replaying a whole history is `settle`'s (see `tests/settle.rs`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::{Exercise, ExerciseId, Kind, Work};
use backcare::domain::history::{SessionLog, MORNING_CHECK_DAYS};
use backcare::domain::profile::StageNow;
use backcare::domain::progression::{
    allowed, assess, call_for, dose_at, judge, move_by, normal_step, ready, suits, Bounds, Call,
    Judgement, Position, Reason, Verdict, GIRDLE_AVOID, MAX_STEP, MIN_STEP,
};
use backcare::domain::settings::Thresholds;
use backcare::domain::text::{plain, Lang};
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

fn at(raw: &str, dose_step: i8) -> Position {
    Position {
        exercise: id(raw),
        dose_step,
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
        girdle_care: false,
    }
}

/// The same, in the first weeks after back or pelvic pain in pregnancy.
fn girdle(weeks: u8, caesarean: bool) -> StageNow {
    StageNow {
        girdle_care: true,
        ..stage(weeks, caesarean, false)
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
        ("lesson-caesarean-recovery", 0, C, false, true),
        ("cat-cow", 3, V, false, true),
        ("cat-cow", 5, C, false, false),
        // The abdominal stretch: after the first weeks, and late after a caesarean.
        ("tummy-stretch", 2, V, false, false),
        ("tummy-stretch", 3, V, false, true),
        ("tummy-stretch", 3, V, true, false),
        ("tummy-stretch", 7, C, false, false),
        ("tummy-stretch", 8, C, false, true),
        ("lesson-wound-support", 0, C, false, true),
        ("lesson-carrying-baby", 0, C, false, true),
        ("lesson-standing-posture", 0, V, true, true),
        ("partner-massage", 0, C, true, true),
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

#[test]
fn pelvic_girdle_care_keeps_one_sided_work_out() {
    // (id, stage, suits)
    let table: &[(&str, StageNow, bool)] = &[
        ("bird-dog", girdle(8, V), false),
        ("bird-dog", stage(8, V, false), true),
        ("hip-flexor-stretch", girdle(8, V), false),
        ("hip-flexor-stretch", stage(8, V, false), true),
        ("pelvic-tilt-hands-knees", girdle(8, V), true),
        ("glute-bridge", girdle(8, V), true),
        ("sit-to-stand", girdle(8, V), true),
        ("hamstring-stretch", girdle(3, V), true),
        // Not allowed at all: girdle care changes nothing.
        ("bird-dog", girdle(3, V), false),
    ];
    for (raw, st, want) in table {
        assert_eq!(suits(ex(raw), st, &th()), *want, "{raw} at {st:?}");
    }
    // `suits` is never looser than `allowed`, and differs only on the avoided list.
    for e in cat().all() {
        for st in [girdle(8, V), girdle(11, C), stage(8, V, false)] {
            let (s, a) = (suits(e, &st, &th()), allowed(e, &st, &th()));
            assert!(!s || a, "{} suits but is not allowed", e.id);
            if s != a {
                assert!(GIRDLE_AVOID.contains(&e.id.as_str()), "{}", e.id);
            }
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
    // (what she said, baseline, judgement and reason with the default thresholds 3 / 5)
    let table: &[(Said, Option<u8>, Judgement, Option<Reason>)] = &[
        (
            s(Some(0), Some(0), e, Some((Same, 0)), false),
            Some(0),
            Comfortable,
            None,
        ),
        (
            s(Some(3), Some(3), e, Some((Better, 2)), false),
            Some(3),
            Comfortable,
            None,
        ),
        (
            s(Some(3), Some(3), e, Some((Same, 3)), false),
            Some(3),
            Comfortable,
            None,
        ),
        // "The same" at 6 with nothing to compare with is not comfortable (it used to be).
        (
            s(None, Some(3), e, Some((Same, 6)), false),
            None,
            TooMuch,
            Some(Reason::MorningHigh { pain: 6 }),
        ),
        // With a usual 6, a morning at 6 is where she was.
        (
            s(None, Some(3), e, Some((Same, 6)), false),
            Some(6),
            Comfortable,
            None,
        ),
        (
            s(Some(2), Some(1), Effort::Hard, Some((Same, 2)), false),
            Some(2),
            Comfortable,
            None,
        ),
        (
            s(Some(2), Some(1), Effort::Easy, Some((Better, 0)), false),
            Some(2),
            Comfortable,
            None,
        ),
        (
            s(Some(2), Some(4), e, Some((Same, 2)), false),
            Some(2),
            Acceptable,
            Some(Reason::PainModerate { pain: 4 }),
        ),
        (
            s(Some(2), Some(5), e, Some((Better, 1)), false),
            Some(2),
            Acceptable,
            Some(Reason::PainModerate { pain: 5 }),
        ),
        (
            s(Some(2), Some(4), e, None, false),
            Some(2),
            Acceptable,
            Some(Reason::PainModerate { pain: 4 }),
        ),
        (
            s(Some(2), Some(2), Effort::TooHard, Some((Same, 2)), false),
            Some(2),
            Acceptable,
            Some(Reason::EffortTooHard),
        ),
        (
            s(Some(2), Some(2), e, Some((Same, 3)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningHigher {
                baseline: 2,
                morning: 3,
            }),
        ),
        (
            s(Some(2), Some(5), e, Some((Same, 3)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningHigher {
                baseline: 2,
                morning: 3,
            }),
        ),
        (
            s(Some(2), Some(6), e, Some((Better, 0)), false),
            Some(2),
            TooMuch,
            Some(Reason::PainTooHigh { pain: 6 }),
        ),
        (
            s(Some(2), Some(6), e, None, false),
            Some(2),
            TooMuch,
            Some(Reason::PainTooHigh { pain: 6 }),
        ),
        (
            s(None, Some(10), e, None, true),
            None,
            TooMuch,
            Some(Reason::PainTooHigh { pain: 10 }),
        ),
        (
            s(Some(2), Some(6), Effort::TooHard, None, false),
            Some(2),
            TooMuch,
            Some(Reason::PainTooHigh { pain: 6 }),
        ),
        (
            s(Some(2), Some(2), e, Some((Worse, 3)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningWorse),
        ),
        (
            s(Some(2), Some(0), e, Some((Worse, 2)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningWorse),
        ),
        (
            s(Some(2), Some(5), e, Some((Worse, 4)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningWorse),
        ),
        (
            s(None, None, e, Some((Worse, 4)), false),
            None,
            TooMuch,
            Some(Reason::MorningWorse),
        ),
        (
            s(None, None, e, Some((Same, 1)), false),
            None,
            Unknown,
            Some(Reason::NoReport),
        ),
        (
            s(None, None, e, None, false),
            None,
            Unknown,
            Some(Reason::NoReport),
        ),
        (
            s(Some(2), Some(3), e, None, false),
            Some(2),
            Unknown,
            Some(Reason::MorningMissing),
        ),
        (
            s(Some(2), Some(0), e, None, true),
            Some(2),
            Unknown,
            Some(Reason::MorningSkipped),
        ),
        // No baseline: the morning alone, against the pain bands.
        (
            s(None, Some(2), e, Some((Same, 4)), false),
            None,
            Acceptable,
            Some(Reason::MorningUnsettled { pain: 4 }),
        ),
        (
            s(None, Some(2), e, Some((Better, 5)), false),
            None,
            Acceptable,
            Some(Reason::MorningUnsettled { pain: 5 }),
        ),
        (
            s(None, Some(2), e, Some((Same, 3)), false),
            None,
            Comfortable,
            None,
        ),
        (
            s(None, None, e, Some((Same, 6)), false),
            None,
            TooMuch,
            Some(Reason::MorningHigh { pain: 6 }),
        ),
        // The morning comes before the pain during: a higher morning steps back even
        // when the session itself was only moderate.
        (
            s(Some(2), Some(4), e, Some((Same, 4)), false),
            Some(2),
            TooMuch,
            Some(Reason::MorningHigher {
                baseline: 2,
                morning: 4,
            }),
        ),
        // A lower morning than the baseline is fine.
        (
            s(Some(5), Some(3), e, Some((Better, 1)), false),
            Some(5),
            Comfortable,
            None,
        ),
        // The baseline passed in is what counts, not the before-pain in the report.
        (
            s(Some(6), Some(2), e, Some((Same, 6)), false),
            Some(6),
            Comfortable,
            None,
        ),
        (
            s(Some(6), Some(2), e, Some((Same, 6)), false),
            Some(4),
            TooMuch,
            Some(Reason::MorningHigher {
                baseline: 4,
                morning: 6,
            }),
        ),
    ];
    for (said, baseline, want, reason) in table {
        let c = comfort(*said);
        assert_eq!(
            assess(&c, *baseline, &th()),
            (*want, *reason),
            "{said:?} baseline {baseline:?}"
        );
        assert_eq!(judge(&c, *baseline, &th()), *want, "{said:?}");
    }
}

#[test]
fn the_morning_margin_is_hers_to_set() {
    // (margin, morning pain, judgement) with a baseline of 2 and a comfortable session.
    let table: &[(u8, u8, Judgement)] = &[
        (0, 2, Judgement::Comfortable),
        (0, 3, Judgement::TooMuch),
        (1, 3, Judgement::Comfortable),
        (1, 4, Judgement::TooMuch),
        (2, 4, Judgement::Comfortable),
        (2, 5, Judgement::TooMuch),
        (3, 5, Judgement::Comfortable),
        (3, 6, Judgement::TooMuch),
    ];
    for &(margin, morning, want) in table {
        let t = Thresholds {
            morning_margin: margin,
            ..th()
        };
        let c = comfort(said(2, Some((Same, morning))));
        assert_eq!(
            judge(&c, Some(2), &t),
            want,
            "margin {margin}, morning {morning}"
        );
    }
    // The margin never applies without a baseline: the bands decide.
    let t = Thresholds {
        morning_margin: 3,
        ..th()
    };
    let c = comfort(said(2, Some((Same, 6))));
    assert_eq!(judge(&c, None, &t), Judgement::TooMuch);
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
            judge(&comfort(said(worst, Some((Same, 1)))), Some(2), &strict),
            want,
            "worst {worst}"
        );
    }
    // Without a baseline her bands judge the morning too.
    let c = comfort(said(1, Some((Same, 3))));
    assert_eq!(judge(&c, None, &strict), Judgement::Acceptable);
    let c = comfort(said(1, Some((Same, 5))));
    assert_eq!(judge(&c, None, &strict), Judgement::TooMuch);
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

#[test]
fn normal_steps_are_in_range_and_zero_for_walks() {
    // (id, step, normal)
    let table: &[(&str, i8, i8)] = &[
        ("walk-10", 2, 0),
        ("walk-10", -2, 0),
        ("pelvic-tilt-lying", 2, 2),
        ("pelvic-tilt-lying", 9, MAX_STEP),
        ("pelvic-tilt-lying", -9, MIN_STEP),
        ("breathing-belly", -1, -1),
    ];
    for &(raw, step, want) in table {
        assert_eq!(normal_step(ex(raw), step), want, "{raw} {step}");
    }
}

proptest! {
    #[test]
    fn every_dose_is_valid_and_keeps_sets_and_rest(index in 0usize..64, step in any::<i8>()) {
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
        (
            Reason::MorningHigher {
                baseline: 2,
                morning: 4,
            },
            "your back was at 4 out of 10 the next morning, up from your usual 2, so this \
             eases off a step",
        ),
        (
            Reason::Away { days: 14 },
            "eased off a step after two weeks away",
        ),
        (
            Reason::Away { days: 10 },
            "eased off a step after 10 days away",
        ),
        (
            Reason::Placed { level: 0 },
            "starts at the gentlest level for where you are now",
        ),
        (
            Reason::Placed { level: 3 },
            "starts at a fuller level for where you are now",
        ),
    ];
    for (reason, want) in table {
        assert_eq!(plain(Lang::En, &reason.text()), *want);
    }
    let all = [
        Reason::ComfortableStreak { sessions: 1 },
        Reason::ComfortableStreak { sessions: 3 },
        Reason::BuildingStreak { have: 1, need: 3 },
        Reason::PainModerate { pain: 5 },
        Reason::PainTooHigh { pain: 9 },
        Reason::MorningWorse,
        Reason::MorningHigher {
            baseline: 2,
            morning: 4,
        },
        Reason::MorningHigh { pain: 7 },
        Reason::MorningUnsettled { pain: 4 },
        Reason::MorningMissing,
        Reason::MorningSkipped,
        Reason::NoReport,
        Reason::EffortTooHard,
        Reason::StoppedEarly,
        Reason::AtTop,
        Reason::StageLocked,
        Reason::AtGentlest,
        Reason::NotForStageYet,
        Reason::KeptSymmetric,
        Reason::Away { days: 28 },
        Reason::Away { days: 3000 },
        Reason::RedFlag,
        Reason::AfterCheck,
        Reason::Placed { level: 1 },
        Reason::Placed { level: 2 },
    ];
    for reason in all {
        let text = plain(Lang::En, &reason.text());
        assert!(!text.is_empty() && !text.contains('\n'), "{reason:?}");
        assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
        assert!(!text.to_lowercase().contains("diagnos"), "{text}");
        assert!(text.len() < 140, "too long: {text}");
        // Every language follows a dash or a colon the same way.
        for lang in Lang::ALL {
            let text = plain(*lang, &reason.text());
            assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
            assert!(!text.contains('{'), "{text}");
        }
    }
}

// ---------------------------------------------------------------------------------
// What one session asks of one item
// ---------------------------------------------------------------------------------

#[test]
fn call_for_one_item() {
    use Judgement::{Acceptable, Comfortable, TooMuch, Unknown};
    let three = Thresholds {
        sessions_to_progress: 3,
        ..th()
    };
    let one = Thresholds {
        sessions_to_progress: 1,
        ..th()
    };
    // A stored 0 (damaged settings) still needs one session.
    let zero = Thresholds {
        sessions_to_progress: 0,
        ..th()
    };
    // (streak, judged, completed, after a check, thresholds → call, new streak)
    #[allow(clippy::type_complexity)]
    let table: &[(
        u8,
        (Judgement, Option<Reason>),
        bool,
        bool,
        Thresholds,
        Call,
        u8,
    )] = &[
        (
            0,
            (Comfortable, None),
            true,
            false,
            th(),
            Call::Stay(Reason::BuildingStreak { have: 1, need: 2 }),
            1,
        ),
        (
            1,
            (Comfortable, None),
            true,
            false,
            th(),
            Call::Up(Reason::ComfortableStreak { sessions: 2 }),
            0,
        ),
        (
            5,
            (Comfortable, None),
            true,
            false,
            th(),
            Call::Up(Reason::ComfortableStreak { sessions: 6 }),
            0,
        ),
        (
            255,
            (Comfortable, None),
            true,
            false,
            th(),
            Call::Up(Reason::ComfortableStreak { sessions: 255 }),
            0,
        ),
        (
            1,
            (Comfortable, None),
            false,
            false,
            th(),
            Call::Stay(Reason::StoppedEarly),
            0,
        ),
        (
            1,
            (Comfortable, None),
            true,
            true,
            th(),
            Call::Stay(Reason::AfterCheck),
            0,
        ),
        (
            0,
            (Comfortable, None),
            true,
            true,
            one,
            Call::Stay(Reason::AfterCheck),
            0,
        ),
        // Stopping early does not spare a step back, nor does a check.
        (
            1,
            (TooMuch, Some(Reason::PainTooHigh { pain: 7 })),
            false,
            true,
            th(),
            Call::Down(Reason::PainTooHigh { pain: 7 }),
            0,
        ),
        (
            1,
            (TooMuch, None),
            true,
            false,
            th(),
            Call::Down(Reason::MorningWorse),
            0,
        ),
        (
            1,
            (Acceptable, Some(Reason::PainModerate { pain: 4 })),
            true,
            false,
            th(),
            Call::Stay(Reason::PainModerate { pain: 4 }),
            0,
        ),
        (
            1,
            (Unknown, Some(Reason::MorningMissing)),
            true,
            false,
            th(),
            Call::Stay(Reason::MorningMissing),
            0,
        ),
        (
            1,
            (Unknown, None),
            true,
            false,
            th(),
            Call::Stay(Reason::NoReport),
            0,
        ),
        (
            1,
            (Comfortable, None),
            true,
            false,
            three,
            Call::Stay(Reason::BuildingStreak { have: 2, need: 3 }),
            2,
        ),
        (
            2,
            (Comfortable, None),
            true,
            false,
            three,
            Call::Up(Reason::ComfortableStreak { sessions: 3 }),
            0,
        ),
        (
            0,
            (Comfortable, None),
            true,
            false,
            one,
            Call::Up(Reason::ComfortableStreak { sessions: 1 }),
            0,
        ),
        (
            0,
            (Comfortable, None),
            true,
            false,
            zero,
            Call::Up(Reason::ComfortableStreak { sessions: 1 }),
            0,
        ),
    ];
    for (streak, judged, completed, after_check, t, call, new) in table {
        assert_eq!(
            call_for(*streak, *judged, *completed, *after_check, t),
            (*call, *new),
            "streak {streak}, {judged:?}, completed {completed}, after check {after_check}"
        );
    }
}

#[test]
fn a_log_waits_while_its_morning_check_is_open() {
    let today = TODAY;
    let log = |start: i64, s: Said| SessionLog {
        routine: "Your routine for today".to_owned(),
        started_at_ms: start,
        active_ms: 15 * 60 * 1000,
        stopped_early: false,
        exercises: Vec::new(),
        comfort: comfort(s),
        start: None,
    };
    let open = TODAY - MORNING_CHECK_DAYS * DAY; // the earliest start still asked about
                                                 // (log, ready)
    let table: &[(SessionLog, bool)] = &[
        (log(today + 9 * HOUR, comfy()), true),
        (
            log(
                today + 9 * HOUR,
                Said {
                    skipped: true,
                    ..said(2, None)
                },
            ),
            true,
        ),
        (log(today + 9 * HOUR, said(3, None)), false),
        (log(today + 9 * HOUR, said(5, None)), false),
        (log(today + 9 * HOUR, said(6, None)), true),
        (log(today - DAY, said(2, None)), false),
        (log(open, said(2, None)), false),
        (log(open - 1, said(2, None)), true),
        (
            log(
                open - 1,
                Said {
                    worst: None,
                    ..said(2, None)
                },
            ),
            true,
        ),
        (
            log(
                today,
                Said {
                    worst: None,
                    ..said(2, None)
                },
            ),
            false,
        ),
    ];
    for (l, want) in table {
        assert_eq!(ready(l, today, &th()), *want, "{l:?}");
    }
    // Her own acceptable limit decides what cannot wait.
    let strict = Thresholds {
        comfortable_max: 2,
        acceptable_max: 4,
        ..th()
    };
    assert!(ready(&log(today + HOUR, said(5, None)), today, &strict));
}

// ---------------------------------------------------------------------------------
// Moving one item
// ---------------------------------------------------------------------------------

fn bounds<'a>(st: &'a StageNow, t: &'a Thresholds, dose_only: bool) -> Bounds<'a> {
    Bounds {
        catalog: cat(),
        stage: st,
        th: t,
        dose_only,
    }
}

#[test]
fn moving_one_item_one_step() {
    let up = Call::Up(Reason::ComfortableStreak { sessions: 2 });
    let down = Call::Down(Reason::PainTooHigh { pain: 7 });
    let stay = Call::Stay(Reason::PainModerate { pain: 4 });
    let w10 = stage(10, V, false);
    let progress = |to| {
        (
            to,
            Verdict::Progress,
            Reason::ComfortableStreak { sessions: 2 },
        )
    };
    let back = |to| (to, Verdict::StepBack, Reason::PainTooHigh { pain: 7 });
    let hold = |to, r| (to, Verdict::Hold, r);
    // (from, call, stage, dose only → position, verdict, reason)
    #[allow(clippy::type_complexity)]
    let table: Vec<(Position, Call, StageNow, bool, (Position, Verdict, Reason))> = vec![
        (
            at("pelvic-tilt-lying", 0),
            up,
            w10,
            false,
            progress(at("pelvic-tilt-lying", 1)),
        ),
        (
            at("pelvic-tilt-lying", MAX_STEP),
            up,
            w10,
            false,
            progress(at("pelvic-tilt-wall", 0)),
        ),
        (
            at("pelvic-tilt-wall", MAX_STEP),
            up,
            stage(2, V, false),
            false,
            hold(at("pelvic-tilt-wall", MAX_STEP), Reason::StageLocked),
        ),
        (
            at("pelvic-tilt-wall", MAX_STEP),
            up,
            stage(5, C, false),
            false,
            hold(at("pelvic-tilt-wall", MAX_STEP), Reason::StageLocked),
        ),
        (
            at("pelvic-tilt-hands-knees", MAX_STEP),
            up,
            girdle(8, V),
            false,
            hold(
                at("pelvic-tilt-hands-knees", MAX_STEP),
                Reason::KeptSymmetric,
            ),
        ),
        (
            at("pelvic-tilt-hands-knees", MAX_STEP),
            up,
            stage(8, V, false),
            false,
            progress(at("bird-dog", 0)),
        ),
        (
            at("hamstring-stretch", MAX_STEP),
            up,
            girdle(8, C),
            false,
            hold(at("hamstring-stretch", MAX_STEP), Reason::KeptSymmetric),
        ),
        (
            at("bird-dog", MAX_STEP),
            up,
            w10,
            false,
            hold(at("bird-dog", MAX_STEP), Reason::AtTop),
        ),
        (at("walk-5", 0), up, w10, false, progress(at("walk-10", 0))),
        (
            at("walk-10", 0),
            up,
            stage(1, V, false),
            false,
            hold(at("walk-10", 0), Reason::StageLocked),
        ),
        (
            at("walk-30", 0),
            up,
            w10,
            false,
            hold(at("walk-30", 0), Reason::AtTop),
        ),
        (at("walk-20", 0), down, w10, false, back(at("walk-10", 0))),
        (
            at("walk-5", 0),
            down,
            w10,
            false,
            hold(at("walk-5", 0), Reason::AtGentlest),
        ),
        (
            at("pelvic-tilt-lying", 2),
            down,
            w10,
            false,
            back(at("pelvic-tilt-lying", 1)),
        ),
        (
            at("pelvic-tilt-wall", 0),
            down,
            w10,
            false,
            back(at("pelvic-tilt-lying", 0)),
        ),
        (
            at("pelvic-tilt-lying", 0),
            down,
            w10,
            false,
            back(at("pelvic-tilt-lying", -1)),
        ),
        (
            at("pelvic-tilt-lying", MIN_STEP),
            down,
            w10,
            false,
            hold(at("pelvic-tilt-lying", MIN_STEP), Reason::AtGentlest),
        ),
        // The easier variant is used only when it suits her.
        (
            at("brace-sitting", 0),
            down,
            stage(1, C, false),
            false,
            back(at("brace-lying", 0)),
        ),
        (
            at("knee-to-chest", 0),
            down,
            stage(2, V, true),
            false,
            back(at("knee-to-chest", -1)),
        ),
        (
            at("bird-dog", 0),
            down,
            girdle(8, V),
            false,
            back(at("pelvic-tilt-hands-knees", 0)),
        ),
        (
            at("pelvic-tilt-lying", 1),
            stay,
            w10,
            false,
            hold(at("pelvic-tilt-lying", 1), Reason::PainModerate { pain: 4 }),
        ),
        // Dose only (a physiotherapist chose the exercise): never another variant.
        (
            at("pelvic-tilt-lying", 0),
            up,
            w10,
            true,
            progress(at("pelvic-tilt-lying", 1)),
        ),
        (
            at("pelvic-tilt-lying", MAX_STEP),
            up,
            w10,
            true,
            hold(at("pelvic-tilt-lying", MAX_STEP), Reason::AtTop),
        ),
        (
            at("pelvic-tilt-wall", 0),
            down,
            w10,
            true,
            back(at("pelvic-tilt-wall", -1)),
        ),
        (
            at("pelvic-tilt-lying", MIN_STEP),
            down,
            w10,
            true,
            hold(at("pelvic-tilt-lying", MIN_STEP), Reason::AtGentlest),
        ),
        // Dose only, above her stage (her physio cleared it): the dose still moves.
        (
            at("bird-dog", 0),
            up,
            stage(2, C, false),
            true,
            progress(at("bird-dog", 1)),
        ),
        // A walk's dose never changes, so a dose-only walk stays put.
        (
            at("walk-10", 0),
            up,
            w10,
            true,
            hold(at("walk-10", 0), Reason::AtTop),
        ),
        (
            at("walk-10", 0),
            down,
            w10,
            true,
            hold(at("walk-10", 0), Reason::AtGentlest),
        ),
        // Not in the library: it stays.
        (
            at("no-such-exercise", 1),
            up,
            w10,
            false,
            hold(at("no-such-exercise", 1), Reason::AtTop),
        ),
    ];
    for (from, call, st, dose_only, want) in &table {
        let t = th();
        assert_eq!(
            move_by(from, *call, &bounds(st, &t, *dose_only)),
            *want,
            "{from:?} {call:?} at {st:?}, dose only {dose_only}"
        );
    }
}

// ---------------------------------------------------------------------------------
// Sequences of sessions for one item
// ---------------------------------------------------------------------------------

/// Plays sessions on one item the way `settle` does for a session that included it:
/// judge against her before-pain, ask `call_for`, move by one call. Returns the end
/// position, the end streak and the last move.
fn drive(
    start: Position,
    sessions: &[Said],
    st: StageNow,
    t: &Thresholds,
) -> (Position, u8, Vec<(Position, Verdict, Reason)>) {
    let mut pos = start;
    let mut streak = 0;
    let mut moves = Vec::new();
    for s in sessions {
        let judged = assess(&comfort(*s), s.before, t);
        let (call, new) = call_for(streak, judged, true, false, t);
        let m = move_by(&pos, call, &bounds(&st, t, false));
        streak = if m.1 == Verdict::Hold { new } else { 0 };
        pos = m.0.clone();
        moves.push(m);
    }
    (pos, streak, moves)
}

/// A sequence: start, sessions, stage → the end, the last verdict and reason, the streak.
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
            name: "missing morning check → hold",
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
                baseline: 2,
                morning: 4,
            },
            streak: 0,
        },
        Case {
            name: "no pain before, a 6/10 'same' morning → step back",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![Said {
                before: None,
                ..said(2, Some((Same, 6)))
            }],
            stage: w10,
            end: ("pelvic-tilt-lying", 0),
            verdict: Verdict::StepBack,
            reason: Reason::MorningHigh { pain: 6 },
            streak: 0,
        },
        Case {
            name: "no pain before, a 4/10 morning → hold until it settles",
            start: ("pelvic-tilt-lying", 1),
            sessions: vec![
                comfy(),
                Said {
                    before: None,
                    ..said(2, Some((Better, 4)))
                },
            ],
            stage: w10,
            end: ("pelvic-tilt-lying", 1),
            verdict: Verdict::Hold,
            reason: Reason::MorningUnsettled { pain: 4 },
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
            name: "one-sided work waits while pelvic care applies",
            start: ("pelvic-tilt-hands-knees", MAX_STEP),
            sessions: vec![comfy(), comfy()],
            stage: girdle(10, V),
            end: ("pelvic-tilt-hands-knees", MAX_STEP),
            verdict: Verdict::Hold,
            reason: Reason::KeptSymmetric,
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
        Case {
            name: "a step up blocked at the top does not keep the streak",
            start: ("bird-dog", MAX_STEP),
            sessions: vec![comfy(), comfy(), comfy()],
            stage: w10,
            end: ("bird-dog", MAX_STEP),
            verdict: Verdict::Hold,
            reason: Reason::BuildingStreak { have: 1, need: 2 },
            streak: 1,
        },
    ];
    assert!(cases.len() >= 25);
    for case in cases {
        let start = at(case.start.0, case.start.1);
        let (end, streak, moves) = drive(start, &case.sessions, case.stage, &th());
        assert_eq!(end, at(case.end.0, case.end.1), "{}", case.name);
        assert_eq!(streak, case.streak, "{}", case.name);
        assert_eq!(moves.len(), case.sessions.len(), "{}", case.name);
        let last = moves.last().unwrap();
        assert_eq!(last.1, case.verdict, "{}", case.name);
        assert_eq!(last.2, case.reason, "{}", case.name);
    }
}

#[test]
fn sessions_to_progress_is_hers_to_set() {
    let three = Thresholds {
        sessions_to_progress: 3,
        ..th()
    };
    let start = at("knee-rolls", 0);
    let (two, streak, _) = drive(
        start.clone(),
        &[comfy(), comfy()],
        stage(10, V, false),
        &three,
    );
    assert_eq!(two, start);
    assert_eq!(streak, 2);
    let (after, _, moves) = drive(
        start,
        &[comfy(), comfy(), comfy()],
        stage(10, V, false),
        &three,
    );
    assert_eq!(after, at("knee-rolls", 1));
    assert_eq!(
        moves.last().unwrap().2,
        Reason::ComfortableStreak { sessions: 3 }
    );
}

// ---------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------

/// Chain members that can hold a plan item (lessons and self-care stand alone).
fn members() -> Vec<&'static Exercise> {
    cat()
        .all()
        .iter()
        .filter(|e| !matches!(e.kind, Kind::Lesson | Kind::SelfCare))
        .collect()
}

/// (position in its chain, dose step): larger is harder. Walk dose steps don't count.
fn rank(p: &Position) -> (usize, i8) {
    let chain = cat().chain(&p.exercise);
    let pos = chain.iter().position(|m| m.id == p.exercise).unwrap();
    let e = cat().get(&p.exercise).unwrap();
    (pos, normal_step(e, p.dose_step))
}

fn stage_strategy() -> impl Strategy<Value = StageNow> {
    (0u8..=30, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(w, c, t, g)| StageNow {
        girdle_care: g && w < 12,
        ..stage(w, c, t)
    })
}

fn call_strategy() -> impl Strategy<Value = Call> {
    prop_oneof![
        Just(Call::Up(Reason::ComfortableStreak { sessions: 2 })),
        Just(Call::Down(Reason::PainTooHigh { pain: 7 })),
        Just(Call::Down(Reason::Away { days: 14 })),
        Just(Call::Stay(Reason::PainModerate { pain: 4 })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn one_call_moves_at_most_one_step(
        index in 0usize..64,
        step in MIN_STEP..=MAX_STEP,
        call in call_strategy(),
        st in stage_strategy(),
        dose_only in any::<bool>(),
    ) {
        let ms = members();
        let e = ms[index % ms.len()];
        let from = Position { exercise: e.id.clone(), dose_step: normal_step(e, step) };
        let t = th();
        let (to, verdict, _) = move_by(&from, call, &bounds(&st, &t, dose_only));
        let (a, b) = (rank(&from), rank(&to));
        if from.exercise == to.exercise {
            prop_assert!((i16::from(to.dose_step) - i16::from(from.dose_step)).abs() <= 1);
        } else {
            prop_assert!(!dose_only, "a dose-only move changed the variant");
            prop_assert_eq!(a.0.abs_diff(b.0), 1);
            prop_assert_eq!(to.dose_step, 0);
            prop_assert!(suits(cat().get(&to.exercise).unwrap(), &st, &t), "{:?}", to);
        }
        prop_assert!((MIN_STEP..=MAX_STEP).contains(&to.dose_step));
        match verdict {
            Verdict::Progress => {
                prop_assert!(b > a, "{:?} → {:?}", from, to);
                prop_assert!(matches!(call, Call::Up(_)));
            }
            Verdict::StepBack => {
                prop_assert!(b < a, "{:?} → {:?}", from, to);
                prop_assert!(matches!(call, Call::Down(_)));
            }
            Verdict::Hold => prop_assert_eq!(&from, &to),
            Verdict::Start => prop_assert!(false, "move_by never starts an item"),
        }
    }

    #[test]
    fn too_much_never_steps_up_and_only_a_comfortable_session_can(
        streak in 0u8..5,
        before in proptest::option::of(0u8..=10),
        worst in proptest::option::of(0u8..=10),
        morning in proptest::option::of((0u8..=10, 0usize..3)),
        completed in any::<bool>(),
        after_check in any::<bool>(),
    ) {
        let s = Said {
            before,
            worst,
            effort: Effort::Moderate,
            morning: morning.map(|(p, c)| (MorningCompare::ALL[c], p)),
            skipped: false,
        };
        let judged = assess(&comfort(s), before, &th());
        let (call, new) = call_for(streak, judged, completed, after_check, &th());
        match judged.0 {
            Judgement::TooMuch => prop_assert!(matches!(call, Call::Down(_))),
            Judgement::Comfortable => prop_assert!(!matches!(call, Call::Down(_))),
            _ => prop_assert!(matches!(call, Call::Stay(_))),
        }
        if matches!(call, Call::Up(_)) {
            prop_assert!(completed && !after_check && judged.0 == Judgement::Comfortable);
        }
        if new > 0 {
            prop_assert_eq!(new, streak + 1);
        }
    }
}
