//! The return-to-running check's rules: what each test asks for, what passes, when a
//! symptom stops it, when it is offered, and when the walk-run plan is open.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::profile::StageNow;
use backcare::domain::running::{
    begin, in_progress, offer, record, run_open_at, run_open_changes, Answer, Group, Measure,
    Offer, RunCheck, Symptoms, Test, Unit, FROM_WEEK, MAX_CHECKS,
};
use backcare::domain::safety::{Moment, RedFlag, SafetyState};

const NONE: Symptoms = Symptoms {
    pain: false,
    heaviness: false,
    leaking: false,
};

fn full(test: Test, at_ms: i64) -> Answer {
    let t = test.target();
    Answer::new(test, at_ms, [t, t], NONE)
}

fn passed_check(start: i64) -> RunCheck {
    let mut c = RunCheck::new(start);
    for (i, t) in Test::ALL.into_iter().enumerate() {
        c.answers.push(full(t, start + i as i64 + 1));
    }
    c
}

fn stage(weeks: u8) -> StageNow {
    StageNow {
        weeks,
        days: 0,
        caesarean: false,
        severe_tear: false,
        girdle_care: false,
    }
}

#[test]
fn the_tests_are_the_guidance_s_eleven_with_its_numbers() {
    use Measure::*;
    let expected: [(Test, Measure); 11] = [
        (
            Test::Walk,
            Counted {
                target: 30,
                each_side: false,
                unit: Unit::Minutes,
            },
        ),
        (
            Test::Balance,
            Timed {
                seconds: 10,
                each_side: true,
            },
        ),
        (
            Test::Squat,
            Counted {
                target: 10,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::Jog,
            Timed {
                seconds: 60,
                each_side: false,
            },
        ),
        (
            Test::Bounds,
            Counted {
                target: 10,
                each_side: false,
                unit: Unit::Reps,
            },
        ),
        (
            Test::Hop,
            Counted {
                target: 10,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::RunningMan,
            Counted {
                target: 10,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::CalfRaise,
            Counted {
                target: 20,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::Bridge,
            Counted {
                target: 20,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::SitToStand,
            Counted {
                target: 20,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
        (
            Test::LegLift,
            Counted {
                target: 20,
                each_side: true,
                unit: Unit::Reps,
            },
        ),
    ];
    assert_eq!(Test::ALL.len(), expected.len());
    for (test, (want_test, want)) in Test::ALL.into_iter().zip(expected) {
        assert_eq!(test, want_test, "the check's order");
        assert_eq!(test.measure(), want, "{test:?}");
        assert_eq!(Test::from_key(test.key()), Some(test));
    }
    let strength: Vec<Test> = Test::ALL
        .into_iter()
        .filter(|t| t.group() == Group::Strength)
        .collect();
    assert_eq!(
        strength,
        [
            Test::CalfRaise,
            Test::Bridge,
            Test::SitToStand,
            Test::LegLift
        ]
    );
}

#[test]
fn every_test_and_what_to_work_on_is_in_the_library_and_timed_tests_play_as_set() {
    let catalog = Catalog::builtin();
    for test in Test::ALL {
        let e = catalog
            .find(test.exercise())
            .unwrap_or_else(|| panic!("{test:?} has no library entry"));
        assert_eq!(e.stage.vaginal_weeks, FROM_WEEK, "{test:?}");
        assert_eq!(e.stage.caesarean_weeks, FROM_WEEK, "{test:?}");
        if let Measure::Timed { seconds, each_side } = test.measure() {
            // The player plays the entry's own dose: it must be the test's time.
            assert_eq!(u32::from(seconds), e.dose.work.seconds(), "{test:?}");
            assert_eq!(e.dose.sets, 1, "{test:?}");
            assert_eq!(
                each_side,
                e.sides == backcare::domain::exercise::Sides::EachSide,
                "{test:?}"
            );
        }
        assert!(!test.work_on().is_empty(), "{test:?}");
        for id in test.work_on() {
            assert!(catalog.find(id).is_some(), "{test:?} works on {id}");
        }
    }
}

/// (test, done, symptoms, passes)
#[test]
fn a_test_passes_only_at_the_full_count_on_every_side_with_no_symptom() {
    let pain = Symptoms { pain: true, ..NONE };
    let heavy = Symptoms {
        heaviness: true,
        ..NONE
    };
    let leak = Symptoms {
        leaking: true,
        ..NONE
    };
    let cases: &[(Test, [u8; 2], Symptoms, bool)] = &[
        (Test::Walk, [30, 0], NONE, true),
        (Test::Walk, [45, 0], NONE, true),
        (Test::Walk, [29, 0], NONE, false),
        (Test::Walk, [30, 0], leak, false),
        (Test::Balance, [1, 1], NONE, true),
        (Test::Balance, [1, 0], NONE, false),
        (Test::Balance, [0, 1], NONE, false),
        (Test::Jog, [1, 0], NONE, true),
        (Test::Jog, [0, 0], NONE, false),
        (Test::Jog, [1, 0], heavy, false),
        (Test::Squat, [10, 10], NONE, true),
        (Test::Squat, [10, 9], NONE, false),
        (Test::Bounds, [10, 0], NONE, true),
        (Test::Hop, [12, 10], NONE, true),
        (Test::Hop, [10, 10], pain, false),
        (Test::RunningMan, [9, 10], NONE, false),
        (Test::CalfRaise, [20, 20], NONE, true),
        (Test::CalfRaise, [14, 20], NONE, false),
        (Test::Bridge, [20, 20], NONE, true),
        (Test::SitToStand, [20, 19], NONE, false),
        (Test::LegLift, [25, 20], NONE, true),
    ];
    for (test, done, symptoms, passes) in cases {
        let a = Answer::new(*test, 0, *done, *symptoms);
        assert_eq!(a.passed(), *passes, "{test:?} {done:?} {symptoms:?}");
    }
}

#[test]
fn counts_are_kept_within_range_and_a_test_without_sides_keeps_one() {
    assert_eq!(Answer::new(Test::Jog, 0, [7, 9], NONE).done, [1, 0]);
    assert_eq!(Answer::new(Test::Bounds, 0, [12, 9], NONE).done, [12, 0]);
    assert_eq!(Answer::new(Test::Walk, 0, [250, 0], NONE).done, [99, 0]);
    assert_eq!(Answer::new(Test::Squat, 0, [3, 200], NONE).done, [3, 99]);
}

#[test]
fn all_passed_opens_the_walk_run_plan_and_nothing_else_does() {
    let c = passed_check(1000);
    let r = c.result();
    assert!(r.ready && !r.see_physio);
    assert_eq!(r.passed, Test::ALL.to_vec());
    assert!(r.work_on.is_empty() && r.not_tried.is_empty());
    assert_eq!(c.finished_at_ms(), Some(1011));
    assert!(run_open_at(std::slice::from_ref(&c), 1011));
    assert!(!run_open_at(std::slice::from_ref(&c), 1010));

    // One test short of its count: finished, not ready, that test to work on, no physio.
    let mut short = passed_check(2000);
    short.answers[7] = Answer::new(Test::CalfRaise, 2008, [14, 20], NONE);
    let r = short.result();
    assert!(short.finished() && !r.ready && !r.see_physio);
    assert_eq!(r.work_on, vec![Test::CalfRaise]);
    assert_eq!(r.passed.len(), 10);

    // A redo counts by its latest answer.
    short
        .answers
        .push(Answer::new(Test::CalfRaise, 2020, [20, 20], NONE));
    assert!(short.result().ready);
}

#[test]
fn a_symptom_stops_the_check_and_sends_her_to_a_physiotherapist() {
    let mut c = RunCheck::new(0);
    c.answers.push(full(Test::Walk, 1));
    c.answers.push(full(Test::Balance, 2));
    assert_eq!(c.next(), Some(Test::Squat));
    assert!(!c.finished());
    c.answers.push(Answer::new(
        Test::Squat,
        3,
        [10, 10],
        Symptoms {
            leaking: true,
            ..NONE
        },
    ));
    assert!(c.finished() && c.stopped_by_symptom());
    assert_eq!(c.next(), None);
    let r = c.result();
    assert!(r.see_physio && !r.ready);
    assert_eq!(r.passed, vec![Test::Walk, Test::Balance]);
    assert_eq!(r.work_on, vec![Test::Squat]);
    assert_eq!(r.not_tried.len(), 8);
    assert_eq!(c.finished_at_ms(), Some(3));
}

#[test]
fn offered_from_twelve_weeks_never_before_and_not_while_paused() {
    let clear = SafetyState::default();
    assert_eq!(offer(None, &clear), Offer::NoProfile);
    assert_eq!(
        offer(Some(&stage(0)), &clear),
        Offer::TooEarly { weeks_left: 12 }
    );
    assert_eq!(
        offer(Some(&stage(11)), &clear),
        Offer::TooEarly { weeks_left: 1 }
    );
    assert_eq!(offer(Some(&stage(12)), &clear), Offer::Open);
    assert_eq!(offer(Some(&stage(40)), &clear), Offer::Open);
    let caesarean = StageNow {
        caesarean: true,
        ..stage(12)
    };
    assert_eq!(offer(Some(&caesarean), &clear), Offer::Open);

    let mut paused = SafetyState::default();
    paused.record(&[RedFlag::Leaking], Moment::BeforeSession, 5);
    assert_eq!(offer(Some(&stage(14)), &paused), Offer::Paused);
    // Too early says so first, paused or not.
    assert_eq!(
        offer(Some(&stage(10)), &paused),
        Offer::TooEarly { weeks_left: 2 }
    );
    paused.resume(6);
    assert_eq!(offer(Some(&stage(14)), &paused), Offer::Open);
}

#[test]
fn a_later_failed_check_closes_the_walk_run_plan_again() {
    let pass = passed_check(100);
    let mut fail = RunCheck::new(500);
    fail.answers.push(Answer::new(
        Test::Walk,
        510,
        [30, 0],
        Symptoms {
            heaviness: true,
            ..NONE
        },
    ));
    let checks = vec![pass, fail];
    assert_eq!(run_open_changes(&checks), vec![(111, true), (510, false)]);
    assert!(run_open_at(&checks, 200));
    assert!(!run_open_at(&checks, 510));
    assert!(!run_open_at(&checks, 50));
}

#[test]
fn begin_and_record_keep_one_check_in_progress_and_a_bounded_list() {
    let mut checks = Vec::new();
    for i in 0..(MAX_CHECKS as i64 + 3) {
        checks = begin(&checks, i * 100);
        checks = record(
            &checks,
            Answer::new(
                Test::Walk,
                i * 100 + 1,
                [0, 0],
                Symptoms { pain: true, ..NONE },
            ),
        );
    }
    assert_eq!(checks.len(), MAX_CHECKS);
    assert!(in_progress(&checks).is_none());
    // An unfinished check is replaced by a new one, never stacked.
    checks = begin(&checks, 10_000);
    checks = begin(&checks, 10_001);
    assert_eq!(in_progress(&checks).unwrap().started_at_ms, 10_001);
    assert_eq!(checks.iter().filter(|c| !c.finished()).count(), 1);
    assert!(checks.len() <= MAX_CHECKS);
    // Recording with no check in progress changes nothing.
    let done = vec![passed_check(0)];
    assert_eq!(record(&done, full(Test::Jog, 99)), done);
}

#[test]
fn checks_from_two_devices_or_tabs_join_without_losing_an_answer() {
    use backcare::domain::running::join_checks;
    let pass = passed_check(100);
    let mut here = RunCheck::new(500);
    here.answers.push(full(Test::Walk, 510));
    let mut there = here.clone();
    there.answers.push(full(Test::Balance, 520));
    let joined = join_checks(&[pass.clone(), here.clone()], std::slice::from_ref(&there));
    assert_eq!(joined.len(), 2);
    assert_eq!(joined[0], pass);
    assert_eq!(joined[1].answers, there.answers);
    // The same on both sides is kept once; the join does not depend on the order.
    assert_eq!(join_checks(&joined, &joined), joined);
    assert_eq!(
        join_checks(std::slice::from_ref(&there), &[pass.clone(), here]),
        joined
    );
    // Two unfinished checks: only the latest stays in progress.
    let older = RunCheck::new(50);
    let joined = join_checks(&[older], &[RunCheck::new(60)]);
    assert_eq!(joined, vec![RunCheck::new(60)]);
}

#[test]
fn after_a_symptom_the_check_waits_a_day_before_it_can_be_taken_again() {
    use backcare::domain::running::{wait_until, AFTER_SYMPTOM_MS};
    let mut stopped = RunCheck::new(0);
    stopped.answers.push(Answer::new(
        Test::Walk,
        100,
        [30, 0],
        Symptoms {
            heaviness: true,
            ..NONE
        },
    ));
    let checks = vec![stopped];
    assert_eq!(wait_until(&checks, 101), Some(100 + AFTER_SYMPTOM_MS));
    assert_eq!(wait_until(&checks, 100 + AFTER_SYMPTOM_MS), None);
    // Falling short without a symptom never makes her wait; nor does a check in progress.
    let mut short = passed_check(0);
    short.answers[0] = Answer::new(Test::Walk, 1, [20, 0], NONE);
    assert_eq!(wait_until(&[short], 20), None);
    assert_eq!(wait_until(&[RunCheck::new(0)], 1), None);
    assert_eq!(wait_until(&[], 1), None);
}

#[test]
fn she_can_begin_a_check_only_when_it_is_offered() {
    use backcare::domain::profile::{Birth, Delivery, Profile};
    use backcare::domain::saved::AppData;
    const DAY: i64 = 24 * 60 * 60 * 1000;
    let birth = 20_000;
    let her = |weeks: i64| (birth + weeks * 7) * DAY + 9 * 3_600_000;
    let mut data = AppData {
        profile: Some(Profile::new(
            Birth::Date { day: birth },
            Delivery::EmergencyCaesarean,
        )),
        ..AppData::default()
    };
    assert!(!data.begin_run_check(her(11), 0), "before 12 weeks");
    assert!(data.run_checks.is_empty());
    assert!(data.begin_run_check(her(12), 0));
    assert_eq!(data.run_checks.len(), 1);
    // A symptom at the first test: not again that day, again the next.
    let at = her(12) + 60_000;
    assert!(data.answer_run_test(Answer::new(
        Test::Walk,
        at,
        [30, 0],
        Symptoms { pain: true, ..NONE },
    )));
    assert!(!data.begin_run_check(at + 3_600_000, 0));
    assert!(data.begin_run_check(at + DAY, 0));
    // Paused after a warning sign: not offered.
    data.safety.record(
        &[RedFlag::PelvicHeaviness],
        Moment::BeforeSession,
        at + DAY + 1,
    );
    assert!(!data.begin_run_check(at + DAY + 2, 0));
    // No profile: not offered.
    assert!(!AppData::default().begin_run_check(her(20), 0));
}

#[test]
fn each_test_s_status_as_the_check_lists_it() {
    use backcare::domain::running::Status;
    let mut c = RunCheck::new(0);
    assert_eq!(c.status(Test::Walk), Status::ToDo);
    c.answers.push(full(Test::Walk, 1));
    c.answers.push(Answer::new(Test::Balance, 2, [1, 0], NONE));
    assert_eq!(c.answered(), 2);
    assert_eq!(c.status(Test::Walk), Status::Passed);
    assert_eq!(c.status(Test::Balance), Status::NotYet);
    assert_eq!(c.status(Test::Squat), Status::ToDo);
    c.answers.push(Answer::new(
        Test::Squat,
        3,
        [10, 10],
        Symptoms { pain: true, ..NONE },
    ));
    assert_eq!(c.status(Test::Jog), Status::NotTried, "a symptom ended it");
    assert_eq!(c.answered(), 3);
}
