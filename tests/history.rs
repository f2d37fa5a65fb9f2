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

/// A session on `day` at 9:00 UTC with these pains: worst during (an after-session
/// report when given) and the next morning's.
fn with_pains(day: i64, during: Option<u8>, morning: Option<u8>) -> SessionLog {
    let mut l = log(day, during.is_some());
    if let (Some(after), Some(p)) = (l.comfort.after.as_mut(), during) {
        after.worst_pain = PainScore::new(p).unwrap();
    }
    l.comfort.morning = morning.map(|p| MorningReport {
        compare: MorningCompare::Same,
        pain: PainScore::new(p).unwrap(),
        at_ms: (day + 1) * DAY,
    });
    l
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
    use backcare::domain::text::{plain, Lang};

    fn reported(day: i64, during: u8, morning: Option<u8>) -> SessionLog {
        with_pains(day, Some(during), morning)
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
        let summary = trend_summary(&pain_points(&logs, 0, day_of), 96);
        assert_eq!(
            plain(Lang::En, &summary),
            "Over the last two weeks, the worst pain during sessions averaged 2.5 out of 10 \
             and next-morning pain 1.5. That is lower than the two weeks before."
        );
        // Each language writes its own decimal sign.
        let es = plain(Lang::Es, &summary);
        assert!(es.contains("2,5") && es.contains("1,5"), "{es}");
        assert_eq!(
            plain(Lang::En, &trend_summary(&[], 96)),
            "No pain reports in the last two weeks yet."
        );
        // Without next-morning reports or an earlier fortnight, the shorter sentence.
        let once = [reported(95, 3, None)];
        assert_eq!(
            plain(Lang::En, &trend_summary(&pain_points(&once, 0, day_of), 96)),
            "Over the last two weeks, the worst pain during sessions averaged 3.0 out of 10."
        );
    }
}

/// Folding the oldest sessions into weekly totals past the cap.
mod folding {
    use super::*;
    use backcare::domain::history::{fold, monday_of, WeekSummary, MAX_LOGS, WHOLE_WEEKS};
    use backcare::domain::report::{summary_for, REPORT_DAYS};
    use backcare::domain::saved::AppData;

    /// Day 20_003 (2024-10-07) was a Monday.
    const MONDAY: i64 = 20_003;

    /// A session on `day` at 9:00 UTC, `minutes` long, with these pains.
    fn session(day: i64, minutes: i64, during: Option<u8>, morning: Option<u8>) -> SessionLog {
        let mut l = with_pains(day, during, morning);
        l.active_ms = minutes * 60_000;
        l
    }

    /// One session a day for `days` days up to day `last`, pain 1 to 5 in turn.
    fn daily(days: i64, last: i64) -> Vec<SessionLog> {
        (last - days + 1..=last)
            .map(|d| {
                let p = u8::try_from(d.rem_euclid(5)).unwrap() + 1;
                session(d, 12, Some(p), Some(p - 1))
            })
            .collect()
    }

    fn sessions_in(history: &[SessionLog], weeks: &[WeekSummary]) -> usize {
        history.len() + weeks.iter().map(|w| usize::from(w.sessions)).sum::<usize>()
    }

    #[test]
    fn nothing_is_folded_within_the_cap() {
        let mut history = daily(30, MONDAY);
        let mut weeks = Vec::new();
        assert!(!fold(&mut history, &mut weeks, 30));
        assert_eq!(history.len(), 30);
        assert!(weeks.is_empty());
    }

    #[test]
    fn the_oldest_whole_weeks_are_folded_and_every_session_still_counts() {
        assert_eq!(monday_of(MONDAY), MONDAY);
        let mut history = daily(200, MONDAY + 199);
        let before = history.clone();
        let mut weeks = Vec::new();
        assert!(fold(&mut history, &mut weeks, 150));
        assert!(
            history.len() <= 150 && history.len() > 143,
            "{}",
            history.len()
        );
        assert_eq!(sessions_in(&history, &weeks), 200);
        // Whole weeks: the first log left starts a week, right after the last folded.
        let first_left = history[0].started_at_ms.div_euclid(DAY);
        assert_eq!(monday_of(first_left), first_left);
        assert_eq!(weeks.last().unwrap().monday + 7, first_left);
        // The logs left are the newest, in their order.
        assert_eq!(history[..], before[before.len() - history.len()..]);
        // Each week: its sessions, minutes, and worst pains.
        assert!(weeks.windows(2).all(|w| w[0].monday + 7 == w[1].monday));
        let first = weeks[0];
        assert_eq!(first.sessions, 7);
        assert_eq!(first.active_min, 7 * 12);
        assert_eq!(first.worst_pain, Some(PainScore::new(5).unwrap()));
        assert_eq!(first.morning_pain, Some(PainScore::new(4).unwrap()));
        // Folding again changes nothing.
        let (kept, folded) = (history.clone(), weeks.clone());
        assert!(!fold(&mut history, &mut weeks, 150));
        assert_eq!((history, weeks), (kept, folded));
    }

    #[test]
    fn a_week_without_pain_reports_keeps_none_and_minutes_round_per_session() {
        let mut history: Vec<SessionLog> = (0..7)
            .map(|d| {
                let mut l = session(MONDAY + d, 0, None, None);
                l.active_ms = 90_000; // 1.5 minutes, shown as 2
                l
            })
            .chain(daily(WHOLE_WEEKS * 7, MONDAY + 400))
            .collect();
        let mut weeks = Vec::new();
        assert!(fold(&mut history, &mut weeks, 10));
        assert_eq!(
            weeks[0],
            WeekSummary {
                monday: MONDAY,
                sessions: 7,
                active_min: 14,
                worst_pain: None,
                morning_pain: None,
            }
        );
    }

    #[test]
    fn the_newest_weeks_are_never_folded_even_past_the_cap() {
        let mut history: Vec<SessionLog> = (0..WHOLE_WEEKS * 7)
            .flat_map(|d| {
                [
                    session(MONDAY + d, 5, None, None),
                    session(MONDAY + d, 5, None, None),
                ]
            })
            .collect();
        let mut weeks = Vec::new();
        assert!(!fold(&mut history, &mut weeks, 10));
        assert_eq!(history.len(), usize::try_from(WHOLE_WEEKS * 14).unwrap());
        // One week more, and only that week goes.
        history.insert(0, session(MONDAY - 7, 5, Some(2), None));
        assert!(fold(&mut history, &mut weeks, 10));
        assert_eq!(weeks.len(), 1);
        assert_eq!(weeks[0].monday, MONDAY - 7);
        assert_eq!(weeks[0].sessions, 1);
    }

    #[test]
    fn a_late_session_of_a_folded_week_joins_its_total() {
        let mut history = daily(200, MONDAY + 199);
        let mut weeks = Vec::new();
        fold(&mut history, &mut weeks, 150);
        let first = weeks[0];
        // Logged out of order (say, merged from another device): it joins its week.
        history.push(session(first.monday + 2, 30, Some(9), None));
        assert!(fold(&mut history, &mut weeks, 150));
        assert_eq!(weeks[0].sessions, first.sessions + 1);
        assert_eq!(weeks[0].active_min, first.active_min + 30);
        assert_eq!(weeks[0].worst_pain, Some(PainScore::new(9).unwrap()));
        assert_eq!(sessions_in(&history, &weeks), 201);
    }

    /// Finishing a session past the cap folds, it never drops.
    #[test]
    fn finishing_a_session_past_the_cap_folds_the_oldest_week() {
        let cap = i64::try_from(MAX_LOGS).unwrap();
        let mut data = AppData {
            history: daily(cap, MONDAY + cap - 1),
            ..AppData::default()
        };
        assert!(data.finish_session(session(MONDAY + cap, 10, None, None)));
        assert!(data.history.len() <= MAX_LOGS);
        assert!(!data.folded_weeks.is_empty());
        assert_eq!(sessions_in(&data.history, &data.folded_weeks), MAX_LOGS + 1);
    }

    /// The physiotherapist's summary covers four weeks: never folded, so it is the same.
    #[test]
    fn the_progress_summary_is_the_same_after_folding() {
        let last = MONDAY + 1400;
        let whole = AppData {
            history: daily(1400, last),
            ..AppData::default()
        };
        let mut folded = whole.clone();
        fold(&mut folded.history, &mut folded.folded_weeks, MAX_LOGS);
        assert!(!folded.folded_weeks.is_empty());
        for (now_day, offset) in [(last, 0), (last + 1, 120), (last + 10, -300)] {
            let now = now_day * DAY + 18 * 3_600_000;
            assert_eq!(
                summary_for(&folded, now, offset, REPORT_DAYS, "Gentle Back routine"),
                summary_for(&whole, now, offset, REPORT_DAYS, "Gentle Back routine")
            );
        }
    }
}

/// What History shows above its list, built once.
mod overview {
    use super::*;
    use backcare::domain::comfort::PainScore;
    use backcare::domain::history::{
        fingerprint, monday_of, overview, PainPoint, WeekSummary, CALENDAR_WEEKS, DAILY_WEEKS,
    };
    use backcare::domain::safety::{Moment, RedFlag, SafetyState};

    /// A session on `day` at `hour` UTC with these pains.
    fn at(day: i64, hour: i64, during: Option<u8>, morning: Option<u8>) -> SessionLog {
        let mut l = with_pains(day, during, morning);
        l.started_at_ms = day * DAY + hour * 3_600_000;
        l
    }

    // Day 20_005 (2024-10-09) was a Wednesday; its week started on day 20_003.
    const TODAY: i64 = 20_005;
    const NOW: i64 = TODAY * DAY + 15 * 3_600_000;

    #[test]
    fn the_calendar_counts_sessions_and_marks_warning_signs_by_her_day() {
        let logs = vec![
            at(TODAY, 9, None, None),
            at(TODAY, 10, None, None),
            at(TODAY - 1, 23, None, None), // 00:30 today at UTC+1:30
            at(TODAY - 40, 9, None, None), // before the calendar
        ];
        let mut safety = SafetyState::default();
        safety.record(
            &[RedFlag::Leaking],
            Moment::BeforeSession,
            (TODAY - 3) * DAY + 3_600_000,
        );
        let view = overview(&logs, &[], &safety.events, NOW, 0, Catalog::builtin());
        assert_eq!(view.today, TODAY);
        assert_eq!(
            view.calendar.len(),
            usize::try_from(CALENDAR_WEEKS * 7).unwrap()
        );
        let first = view.calendar[0].day;
        assert_eq!(first, monday_of(TODAY) - (CALENDAR_WEEKS - 1) * 7);
        let day = |d: i64| view.calendar[usize::try_from(d - first).unwrap()];
        assert_eq!(day(TODAY).sessions, 2);
        assert_eq!(day(TODAY - 1).sessions, 1);
        assert!(day(TODAY - 3).flagged && !day(TODAY).flagged);
        let total: u16 = view.calendar.iter().map(|c| c.sessions).sum();
        assert_eq!(total, 3);
        // Ninety minutes east of UTC, the late session falls on today.
        let east = overview(&logs, &[], &safety.events, NOW, 90, Catalog::builtin());
        let first = east.calendar[0].day;
        assert_eq!(
            east.calendar[usize::try_from(TODAY - first).unwrap()].sessions,
            3
        );
    }

    #[test]
    fn the_chart_is_daily_for_twelve_weeks_then_weekly_with_the_folded_weeks() {
        let daily_from = monday_of(TODAY) - (DAILY_WEEKS - 1) * 7;
        let old_week = daily_from - 14;
        let logs = vec![
            at(old_week + 1, 9, Some(3), Some(2)),
            at(old_week + 4, 9, Some(6), None),
            at(old_week + 5, 9, None, None),
            at(daily_from - 1, 9, Some(1), Some(1)), // the week just before
            at(daily_from, 9, Some(2), None),
            at(TODAY, 8, Some(4), Some(3)),
            at(TODAY, 18, Some(5), Some(1)),
        ];
        let folded = [
            WeekSummary {
                monday: old_week - 70,
                sessions: 4,
                active_min: 40,
                worst_pain: Some(PainScore::new(7).unwrap()),
                morning_pain: None,
            },
            // Folded in UTC weeks; a live session of the same week joins it.
            WeekSummary {
                monday: old_week,
                sessions: 1,
                active_min: 10,
                worst_pain: Some(PainScore::new(2).unwrap()),
                morning_pain: Some(PainScore::new(5).unwrap()),
            },
            WeekSummary {
                monday: old_week - 7,
                sessions: 2,
                active_min: 20,
                worst_pain: None,
                morning_pain: None,
            },
        ];
        let view = overview(&logs, &folded, &[], NOW, 0, Catalog::builtin());
        let chart = &view.chart;
        assert_eq!(chart.daily_from, daily_from);
        assert_eq!(chart.first_day(), old_week - 70);
        let point = |day, during, morning| PainPoint {
            day,
            during,
            morning,
        };
        assert_eq!(
            chart.weekly,
            vec![
                point(old_week - 70, Some(7), None),
                point(old_week, Some(6), Some(5)),
                point(daily_from - 7, Some(1), Some(1)),
            ],
            "a point a week with pain, its worst; a week without pain has none"
        );
        assert_eq!(
            chart.daily,
            vec![
                point(daily_from, Some(2), None),
                point(TODAY, Some(5), Some(3))
            ],
            "a point a day, its worst"
        );
    }

    #[test]
    fn minutes_and_the_trend_are_as_before() {
        let logs: Vec<SessionLog> = (0..20)
            .map(|d| at(TODAY - d, 9, Some(2), Some(1)))
            .collect();
        let view = overview(&logs, &[], &[], NOW, 0, Catalog::builtin());
        assert_eq!(
            view.week_min,
            minutes_since(&logs, NOW - 7 * DAY, Catalog::builtin())
        );
        let day_of = |ms: i64| ms.div_euclid(DAY);
        let points = backcare::domain::history::pain_points(&logs, TODAY - 40, day_of);
        assert_eq!(
            view.trend,
            backcare::domain::history::trend_summary(&points, TODAY)
        );
        let trend = backcare::domain::text::plain(backcare::domain::text::Lang::En, &view.trend);
        assert!(trend.contains("averaged 2.0"), "{trend}");
    }

    #[test]
    fn nothing_to_chart_without_pain_reports() {
        let view = overview(
            &[at(TODAY, 9, None, None)],
            &[],
            &[],
            NOW,
            0,
            Catalog::builtin(),
        );
        assert!(view.chart.is_empty());
        let empty = overview(&[], &[], &[], NOW, 0, Catalog::builtin());
        assert!(empty.chart.is_empty() && empty.calendar.iter().all(|c| c.sessions == 0));
    }

    /// Stored times may be anything: the overview never overflows.
    #[test]
    fn extreme_times_do_not_panic() {
        let mut far = at(TODAY, 9, Some(2), Some(2));
        far.started_at_ms = i64::MAX;
        let mut early = far.clone();
        early.started_at_ms = i64::MIN;
        for offset in [-720, 0, 840] {
            let view = overview(
                &[far.clone(), early.clone()],
                &[],
                &[],
                NOW,
                offset,
                Catalog::builtin(),
            );
            assert_eq!(view.chart.daily.len() + view.chart.weekly.len(), 2);
        }
    }

    #[test]
    fn the_fingerprint_follows_what_the_overview_reads() {
        let logs = vec![at(TODAY, 9, Some(2), None), at(TODAY - 1, 9, None, None)];
        let base = fingerprint(&logs, &[], &[]);
        assert_eq!(base, fingerprint(&logs.clone(), &[], &[]));
        let mut answered = logs.clone();
        answered[1].comfort.morning = Some(MorningReport {
            compare: MorningCompare::Better,
            pain: PainScore::new(1).unwrap(),
            at_ms: TODAY * DAY,
        });
        let mut worse = logs.clone();
        worse[0].comfort.after.as_mut().unwrap().worst_pain = PainScore::new(3).unwrap();
        let mut safety = SafetyState::default();
        safety.record(&[RedFlag::Leaking], Moment::BeforeSession, NOW);
        let week = WeekSummary {
            monday: 19_000,
            sessions: 1,
            active_min: 1,
            worst_pain: None,
            morning_pain: None,
        };
        for other in [
            fingerprint(&answered, &[], &[]),
            fingerprint(&worse, &[], &[]),
            fingerprint(&logs[..1], &[], &[]),
            fingerprint(&logs, &[week], &[]),
            fingerprint(&logs, &[], &safety.events),
        ] {
            assert_ne!(base, other);
        }
    }
}
