//! The session log: logging a finished session, weekly minutes, and when the
//! next-morning check is due.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod reference;

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::ExerciseId;
use backcare::domain::history::{minutes_since, morning_check_due, ExerciseLog, SessionLog};
use backcare::domain::routine::Plan;
use backcare::domain::session::{Command, Session};

const DAY: i64 = 86_400_000;

fn log(day: i64, after: bool) -> SessionLog {
    SessionLog {
        routine: "r".into(),
        started_at_ms: day * DAY + 9 * 3_600_000,
        active_ms: 10 * 60_000,
        stopped_early: false,
        exercises: vec![],
        comfort: Comfort {
            after: after.then(|| AfterReport {
                worst_pain: PainScore::new(2).unwrap(),
                effort: Effort::Moderate,
                note: Note::default(),
            }),
            ..Comfort::default()
        },
        start: None,
    }
}

#[test]
fn the_morning_check_is_due_the_next_day_only_once() {
    let day_of = |ms: i64| ms.div_euclid(DAY);
    let mut logs = vec![log(100, true)];
    assert!(
        morning_check_due(&logs, 100, day_of).is_none(),
        "not the same day"
    );
    assert!(
        morning_check_due(&logs, 101, day_of).is_some(),
        "the next day"
    );
    assert!(
        morning_check_due(&logs, 102, day_of).is_some(),
        "still the day after"
    );
    assert!(
        morning_check_due(&logs, 103, day_of).is_none(),
        "too late to remember"
    );
    logs[0].comfort.morning = Some(MorningReport {
        compare: MorningCompare::Same,
        pain: PainScore::new(1).unwrap(),
        at_ms: 101 * DAY,
    });
    assert!(morning_check_due(&logs, 101, day_of).is_none(), "answered");
    let mut skipped = vec![log(100, true)];
    skipped[0].comfort.morning_skipped = true;
    assert!(
        morning_check_due(&skipped, 101, day_of).is_none(),
        "skipped"
    );
    assert!(
        morning_check_due(&[log(100, false)], 101, day_of).is_none(),
        "no after-report"
    );
}

/// A log on `day` with `done` seconds of work of each exercise.
fn worked(day: i64, done: &[(&str, u32)]) -> SessionLog {
    SessionLog {
        exercises: done
            .iter()
            .map(|(raw, s)| ExerciseLog {
                exercise: ExerciseId::new(raw).unwrap(),
                name: (*raw).to_owned(),
                planned_sets: 1,
                done_sets: 1,
                planned_work_s: *s,
                done_work_s: *s,
            })
            .collect(),
        ..log(day, true)
    }
}

#[test]
fn weekly_minutes_count_only_walking_and_aerobic_work() {
    let catalog = Catalog::builtin();
    // (logs, since day → minutes)
    let table: &[(Vec<SessionLog>, i64, u32)] = &[
        (vec![], 0, 0),
        // A session with no exercise logged counts nothing, however long it ran.
        (vec![log(100, true)], 95, 0),
        (vec![worked(100, &[("walk-10", 600)])], 95, 10),
        (
            vec![worked(100, &[("walk-20", 1200), ("walk-10", 300)])],
            95,
            25,
        ),
        // Breathing, pelvic-floor work, stretches and strength do not count.
        (vec![worked(100, &[("breathing-belly", 600)])], 95, 0),
        (
            vec![worked(100, &[("breathing-relax", 180), ("walk-5", 300)])],
            95,
            5,
        ),
        (
            vec![worked(
                100,
                &[
                    ("pelvic-floor-hold", 240),
                    ("glute-bridge", 300),
                    ("hamstring-stretch", 120),
                    ("brace-lying", 160),
                ],
            )],
            95,
            0,
        ),
        // Nor does an exercise the library no longer has.
        (vec![worked(100, &[("old-exercise", 900)])], 95, 0),
        // Seconds add up across sessions before whole minutes are taken.
        (
            vec![
                worked(98, &[("walk-5", 90)]),
                worked(100, &[("walk-5", 90)]),
            ],
            95,
            3,
        ),
        // Only sessions started at or after `since`.
        (
            vec![
                worked(90, &[("walk-30", 1800)]),
                worked(98, &[("walk-10", 600)]),
                worked(100, &[("walk-10", 600)]),
            ],
            95,
            20,
        ),
        (vec![worked(94, &[("walk-10", 600)])], 95, 0),
    ];
    for (logs, since_day, want) in table {
        // 9:00 on the day is the log's start: `since` at 9:00 includes it.
        let since = since_day * DAY + 9 * 3_600_000;
        assert_eq!(minutes_since(logs, since, catalog), *want, "{logs:?}");
    }
    // Since just after the start leaves it out.
    let logs = [worked(95, &[("walk-10", 600)])];
    assert_eq!(
        minutes_since(&logs, 95 * DAY + 9 * 3_600_000 + 1, catalog),
        0
    );
    assert_eq!(minutes_since(&logs, 95 * DAY + 9 * 3_600_000, catalog), 10);
}

#[test]
fn a_finished_session_logs_planned_and_done() {
    let catalog = Catalog::builtin();
    let plan = Plan::new(reference::nap(), catalog).unwrap();
    let mut s = Session::new(plan.clone());
    s.apply(Command::Start, 0);
    s.apply(Command::Tick, 100_000);
    assert!(SessionLog::from_session(&s).is_none(), "not finished yet");
    s.apply(Command::Stop, 100_000);
    let log = SessionLog::from_session(&s).unwrap();
    assert!(log.stopped_early);
    assert_eq!(log.active_ms, 100_000);
    assert_eq!(log.exercises[0].done_sets, 1, "breathing finished");
    assert!(log.exercises[1].done_work_s > 0 && log.exercises[1].done_sets == 0);
    assert_eq!(log.exercises_done(), 2);
}

mod trend {
    use super::*;
    use backcare::domain::history::{pain_points, trend_summary};

    fn reported(day: i64, during: u8, morning: Option<u8>) -> SessionLog {
        let mut l = log(day, true);
        l.comfort.after.as_mut().unwrap().worst_pain = PainScore::new(during).unwrap();
        l.comfort.morning = morning.map(|m| MorningReport {
            compare: MorningCompare::Same,
            pain: PainScore::new(m).unwrap(),
            at_ms: (day + 1) * DAY,
        });
        l
    }

    #[test]
    fn points_and_summary_follow_the_reports() {
        let day_of = |ms: i64| ms.div_euclid(DAY);
        let logs = vec![
            reported(70, 6, Some(5)),
            reported(75, 5, None),
            reported(90, 2, Some(1)),
            reported(95, 3, Some(2)),
            log(96, false),
        ];
        let points = pain_points(&logs, 72, day_of);
        assert_eq!(points.len(), 3, "from day 72, with reports only");
        assert_eq!(points[0].during, Some(5));
        assert_eq!(points[1].morning, Some(1));
        let text = trend_summary(&pain_points(&logs, 0, day_of), 96);
        assert!(text.contains("averaged 2.5 out of 10"), "{text}");
        assert!(text.contains("next-morning pain 1.5"), "{text}");
        assert!(text.contains("lower than the two weeks before"), "{text}");
        assert_eq!(
            trend_summary(&[], 96),
            "No pain reports in the last two weeks yet."
        );
    }
}
