//! Merging: a backup into her data (`import`, as a table of cases), two tabs that saved
//! at once (`three_way`), and properties: merging with nothing or with itself changes
//! nothing, and no session, answer or red flag is ever lost.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod reference;

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::history::{SessionLog, MAX_LOGS};
use backcare::domain::imported::ImportedRoutine;
use backcare::domain::merge::{import, latest_activity, three_way, ImportReport, Side};
use backcare::domain::profile::{Birth, Delivery, Profile};
use backcare::domain::routine::{Plan, RoutineName};
use backcare::domain::safety::{Moment, RedFlag, SafetyState};
use backcare::domain::saved::{from_json, AppData, NoticeAck};
use backcare::domain::session::{ActiveSession, Command, Session};
use backcare::domain::settings::CueSettings;
use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
use backcare::domain::start::Start;
use backcare::domain::text::{plain, Lang};
use proptest::prelude::*;

const DAY: i64 = 86_400_000;
/// 2026-11-18 11:06:40 UTC; the builders count days from here.
const T: i64 = 1_795_000_000_000;

// ---- builders ----

fn pain(v: u8) -> PainScore {
    PainScore::new(v).unwrap()
}

fn at(day: i64) -> i64 {
    T + day * DAY
}

/// A ten-minute session on `day`, with no answers yet.
fn log(day: i64) -> SessionLog {
    SessionLog {
        routine: "Gentle starter routine".into(),
        started_at_ms: at(day),
        active_ms: 10 * 60_000,
        stopped_early: false,
        exercises: Vec::new(),
        comfort: Comfort::default(),
        start: Some(Start::Today),
    }
}

fn after(worst: u8) -> Option<AfterReport> {
    Some(AfterReport {
        worst_pain: pain(worst),
        effort: Effort::Moderate,
        note: Note::new("fine").unwrap(),
    })
}

fn morning(p: u8, day: i64) -> Option<MorningReport> {
    Some(MorningReport {
        compare: MorningCompare::Same,
        pain: pain(p),
        at_ms: at(day) + DAY / 2,
    })
}

fn answered(day: i64, comfort: Comfort) -> SessionLog {
    SessionLog {
        comfort,
        ..log(day)
    }
}

fn logs(days: &[i64]) -> Vec<SessionLog> {
    days.iter().map(|&d| log(d)).collect()
}

fn with_logs(days: &[i64]) -> AppData {
    AppData {
        history: logs(days),
        ..AppData::default()
    }
}

/// Session start days, relative to `T`.
fn days(data: &AppData) -> Vec<i64> {
    data.history
        .iter()
        .map(|l| (l.started_at_ms - T) / DAY)
        .collect()
}

fn profile(delivery: Delivery) -> Profile {
    Profile::new(Birth::Date { day: T / DAY - 60 }, delivery)
}

fn routine(name: &str) -> SharedRoutine {
    let catalog = Catalog::builtin();
    SharedRoutine {
        name: RoutineName::new(name).unwrap(),
        clinician: ShareText::new("Sam Physio", 60).unwrap(),
        clinic: ShareText::new("Riverside Clinic", 60).unwrap(),
        frequency: Frequency::PerWeek(3),
        weeks: 6,
        auto_progress: false,
        thresholds: None,
        exercises: vec![SharedExercise {
            exercise: backcare::domain::exercise::ExerciseId::new("knee-rolls").unwrap(),
            dose: catalog.find("knee-rolls").unwrap().dose,
            note: ShareText::new("Slowly", 120).unwrap(),
        }],
    }
}

fn kept(name: &str, day: i64, as_plan: bool) -> ImportedRoutine {
    ImportedRoutine {
        routine: routine(name),
        imported_at_ms: at(day),
        as_plan,
        cleared_above_stage: false,
    }
}

/// A session running since `day`.
fn running(day: i64) -> ActiveSession {
    let plan = Plan::new(reference::nap(), Catalog::builtin()).unwrap();
    let mut session = Session::new(plan);
    session.apply(Command::Start, at(day));
    ActiveSession::of(&session)
}

fn flagged(day: i64) -> SafetyState {
    let mut safety = SafetyState::default();
    safety.record(&[RedFlag::Leaking], Moment::BeforeSession, at(day));
    safety
}

/// Every part filled in (`saved.rs`'s `v4::full()`, as its fixture).
fn rich() -> AppData {
    from_json(&std::fs::read_to_string("tests/fixtures/saved/v4_full.json").unwrap()).unwrap()
}

// ---- import: the table ----

struct Case {
    name: &'static str,
    current: AppData,
    incoming: AppData,
    expected: AppData,
    added: usize,
    completed: usize,
    profile: Option<Side>,
    settings: Side,
}

fn cases() -> Vec<Case> {
    let quiet = CueSettings {
        speech: false,
        ..CueSettings::default()
    };
    vec![
        Case {
            name: "overlapping",
            current: with_logs(&[0, 1, 2]),
            incoming: with_logs(&[1, 2, 3]),
            expected: with_logs(&[0, 1, 2, 3]),
            added: 1,
            completed: 0,
            profile: None,
            settings: Side::Incoming,
        },
        Case {
            name: "disjoint, the file newer",
            current: with_logs(&[0, 1]),
            incoming: with_logs(&[5, 6]),
            expected: with_logs(&[0, 1, 5, 6]),
            added: 2,
            completed: 0,
            profile: None,
            settings: Side::Incoming,
        },
        Case {
            name: "disjoint, the file older",
            current: AppData {
                cues: quiet,
                ..with_logs(&[5, 6])
            },
            incoming: with_logs(&[0, 1]),
            expected: AppData {
                cues: quiet,
                ..with_logs(&[0, 1, 5, 6])
            },
            added: 2,
            completed: 0,
            profile: None,
            settings: Side::Current,
        },
        Case {
            name: "the same session twice, with different answers",
            current: AppData {
                history: vec![
                    log(0),
                    answered(
                        1,
                        Comfort {
                            after: after(3),
                            ..Comfort::default()
                        },
                    ),
                ],
                ..AppData::default()
            },
            incoming: AppData {
                history: vec![answered(
                    1,
                    Comfort {
                        before: Some(pain(2)),
                        morning: morning(1, 1),
                        ..Comfort::default()
                    },
                )],
                ..AppData::default()
            },
            expected: AppData {
                history: vec![
                    log(0),
                    answered(
                        1,
                        Comfort {
                            before: Some(pain(2)),
                            after: after(3),
                            morning: morning(1, 1),
                            morning_skipped: false,
                        },
                    ),
                ],
                ..AppData::default()
            },
            added: 0,
            completed: 1,
            profile: None,
            // The morning answer in the file is the latest moment on either side.
            settings: Side::Incoming,
        },
        Case {
            name: "the same session twice, the same answers",
            current: with_logs(&[0, 1]),
            incoming: with_logs(&[1]),
            expected: with_logs(&[0, 1]),
            added: 0,
            completed: 0,
            profile: None,
            settings: Side::Current,
        },
        Case {
            name: "an older profile in the file",
            current: AppData {
                profile: Some(profile(Delivery::EmergencyCaesarean)),
                cues: quiet,
                target_min: 12,
                ..with_logs(&[4])
            },
            incoming: AppData {
                profile: Some(profile(Delivery::Vaginal)),
                target_min: 20,
                ..with_logs(&[0, 1])
            },
            expected: AppData {
                profile: Some(profile(Delivery::EmergencyCaesarean)),
                cues: quiet,
                target_min: 12,
                ..with_logs(&[0, 1, 4])
            },
            added: 2,
            completed: 0,
            profile: Some(Side::Current),
            settings: Side::Current,
        },
        Case {
            name: "a newer profile in the file",
            current: AppData {
                profile: Some(profile(Delivery::EmergencyCaesarean)),
                cues: quiet,
                ..with_logs(&[0])
            },
            incoming: AppData {
                profile: Some(profile(Delivery::Vaginal)),
                target_min: 20,
                ..with_logs(&[3])
            },
            expected: AppData {
                profile: Some(profile(Delivery::Vaginal)),
                target_min: 20,
                ..with_logs(&[0, 3])
            },
            added: 1,
            completed: 0,
            profile: Some(Side::Incoming),
            settings: Side::Incoming,
        },
        Case {
            name: "a profile only in the older file",
            current: AppData {
                cues: quiet,
                ..with_logs(&[4])
            },
            incoming: AppData {
                profile: Some(profile(Delivery::Vaginal)),
                ..with_logs(&[0])
            },
            expected: AppData {
                profile: Some(profile(Delivery::Vaginal)),
                cues: quiet,
                ..with_logs(&[0, 4])
            },
            added: 1,
            completed: 0,
            profile: Some(Side::Incoming),
            settings: Side::Current,
        },
        Case {
            name: "a profile only on this device, the file newer",
            current: AppData {
                profile: Some(profile(Delivery::PlannedCaesarean)),
                ..with_logs(&[0])
            },
            incoming: AppData {
                cues: quiet,
                ..with_logs(&[4])
            },
            expected: AppData {
                profile: Some(profile(Delivery::PlannedCaesarean)),
                cues: quiet,
                ..with_logs(&[0, 4])
            },
            added: 1,
            completed: 0,
            profile: Some(Side::Current),
            settings: Side::Incoming,
        },
        Case {
            name: "an empty app",
            current: AppData::default(),
            incoming: rich(),
            expected: rich(),
            added: 4,
            completed: 0,
            profile: Some(Side::Incoming),
            settings: Side::Incoming,
        },
        Case {
            name: "an empty file",
            current: rich(),
            incoming: AppData::default(),
            expected: rich(),
            added: 0,
            completed: 0,
            profile: Some(Side::Current),
            settings: Side::Current,
        },
        Case {
            name: "the same data",
            current: rich(),
            incoming: rich(),
            expected: rich(),
            added: 0,
            completed: 0,
            // A tie: this device's.
            profile: Some(Side::Current),
            settings: Side::Current,
        },
    ]
}

#[test]
fn import_cases() {
    for case in cases() {
        let (merged, report) = import(&case.current, &case.incoming);
        assert_eq!(merged, case.expected, "{}", case.name);
        assert_eq!(report.sessions_added, case.added, "{}", case.name);
        assert_eq!(report.sessions_completed, case.completed, "{}", case.name);
        assert_eq!(report.profile, case.profile, "{}", case.name);
        assert_eq!(report.settings, case.settings, "{}", case.name);
        assert_eq!(report.newer, case.settings, "{}", case.name);
        assert!(report.lines().len() >= 2, "{}", case.name);
    }
}

#[test]
fn newer_is_decided_by_the_latest_activity_anywhere() {
    let mut a = with_logs(&[0]);
    assert_eq!(latest_activity(&a), Some(at(0) + 10 * 60_000));
    assert_eq!(latest_activity(&AppData::default()), None);
    let mut b = with_logs(&[1]);
    assert_eq!(import(&a, &b).1.newer, Side::Incoming);
    // Each kind of moment counts.
    let later = at(5);
    let bumps: [Change; 8] = [
        |d| d.history[0].comfort.morning = morning(2, 5),
        |d| d.safety = flagged(5),
        |d| d.safety.resumed_at_ms.push(at(5)),
        |d| {
            d.notice = Some(NoticeAck {
                version: 1,
                at_ms: at(5),
            })
        },
        |d| {
            d.profile = Some(Profile {
                cleared_at_ms: Some(at(5)),
                ..profile(Delivery::Vaginal)
            })
        },
        |d| {
            d.profile = Some(Profile::new(
                Birth::WeeksAgo {
                    weeks: 6,
                    recorded_at_ms: at(5),
                },
                Delivery::Vaginal,
            ))
        },
        |d| d.imported = vec![kept("Back routine", 5, false)],
        |d| d.active = Some(running(5)),
    ];
    for (k, bump) in bumps.into_iter().enumerate() {
        let mut bumped = a.clone();
        bump(&mut bumped);
        assert!(latest_activity(&bumped) >= Some(later), "bump {k}");
        assert_eq!(import(&bumped, &b).1.newer, Side::Current, "bump {k}");
        assert_eq!(import(&b, &bumped).1.newer, Side::Incoming, "bump {k}");
    }
    // With no times at all, a side with something set up is newer than an empty one.
    a = AppData {
        target_min: 20,
        ..AppData::default()
    };
    b = AppData::default();
    assert_eq!(import(&a, &b).1.newer, Side::Current);
    assert_eq!(import(&b, &a).1.newer, Side::Incoming);
    assert_eq!(import(&b, &a).0.target_min, 20);
}

/// The report's sentences, in English.
fn lines(report: &ImportReport) -> Vec<String> {
    report
        .lines()
        .iter()
        .map(|line| plain(Lang::En, line))
        .collect()
}

#[test]
fn the_report_says_what_happened() {
    let current = AppData {
        profile: Some(profile(Delivery::Vaginal)),
        ..with_logs(&[0])
    };
    // The file has the session of day 0 too, with answers.
    let (_, report) = import(&current, &rich());
    assert_eq!(
        report,
        ImportReport {
            newer: Side::Incoming,
            profile: Some(Side::Incoming),
            settings: Side::Incoming,
            sessions_added: 3,
            sessions_completed: 1,
            red_flags_added: 1,
            routines_added: 1,
        }
    );
    assert_eq!(
        lines(&report),
        vec![
            "3 sessions added from the file.",
            "1 session you already had gained answers from the file.",
            "1 red flag record added from the file.",
            "1 routine from a physiotherapist added from the file.",
            "Your profile and plan are now the ones from the file, as it is newer.",
            "Your settings (cues, pain limits and routine length) are now the ones from the \
             file, as it is newer.",
        ]
    );
    let (_, report) = import(&rich(), &with_logs(&[-30]));
    assert_eq!(
        lines(&report),
        vec![
            "1 session added from the file.",
            "Your profile and plan on this device were kept, as they are newer than the file's.",
            "Your settings on this device were kept, as they are newer than the file's.",
        ]
    );
    let (_, report) = import(&with_logs(&[0]), &with_logs(&[0]));
    assert_eq!(
        lines(&report)[..2],
        [
            "No new sessions: this device already had every session in the file.",
            "Neither this device nor the file has a profile yet.",
        ]
    );
}

#[test]
fn import_joins_red_flags_and_keeps_a_pause_they_call_for() {
    // Paused on 1 Dec, then "I've been checked" on day 3: the file, made before she
    // was checked, does not pause her again.
    let mut here = flagged(1);
    here.resume(at(3));
    let old_file = AppData {
        safety: flagged(1),
        ..AppData::default()
    };
    let current = AppData {
        safety: here.clone(),
        ..with_logs(&[4])
    };
    let (merged, report) = import(&current, &old_file);
    assert_eq!(merged.safety, here);
    assert_eq!(report.red_flags_added, 0);

    // A red flag in the file after she was checked here: paused again, since then.
    let mut file_safety = flagged(1);
    file_safety.record(&[RedFlag::Fever], Moment::DuringSession, at(5));
    let (merged, report) = import(
        &current,
        &AppData {
            safety: file_safety,
            ..AppData::default()
        },
    );
    assert_eq!(merged.safety.events.len(), 2);
    assert_eq!(merged.safety.paused_since_ms, Some(at(5)));
    assert_eq!(merged.safety.resumed_at_ms, vec![at(3)]);
    assert_eq!(report.red_flags_added, 1);

    // Red flags on both sides, never checked: paused since the first.
    let (merged, _) = import(
        &AppData {
            safety: flagged(2),
            ..AppData::default()
        },
        &AppData {
            safety: flagged(1),
            ..AppData::default()
        },
    );
    assert_eq!(merged.safety.events.len(), 2);
    assert_eq!(merged.safety.events[0].at_ms, at(1));
    assert_eq!(merged.safety.paused_since_ms, Some(at(1)));
}

#[test]
fn import_keeps_the_running_session_here() {
    let here = AppData {
        active: Some(running(9)),
        ..AppData::default()
    };
    let file = AppData {
        active: Some(running(2)),
        ..AppData::default()
    };
    assert_eq!(import(&here, &file).0.active, Some(running(9)));
    // None here: the file's, unless this device has logged that session since.
    assert_eq!(
        import(&AppData::default(), &file).0.active,
        Some(running(2))
    );
    assert_eq!(import(&with_logs(&[2]), &file).0.active, None);
}

#[test]
fn import_joins_kept_routines() {
    let here = AppData {
        imported: vec![kept("Back routine", 1, true)],
        ..AppData::default()
    };
    let file = AppData {
        imported: vec![kept("Neck routine", 2, false), kept("Hips", 3, true)],
        ..AppData::default()
    };
    let (merged, report) = import(&here, &file);
    // Joined by time; at most one is her plan (the latest chosen).
    assert_eq!(
        merged.imported,
        vec![
            kept("Back routine", 1, false),
            kept("Neck routine", 2, false),
            kept("Hips", 3, true)
        ]
    );
    assert_eq!(report.routines_added, 2);
    // An update of the same routine (same name, same physio): the latest kept, as
    // when she keeps an update from a link.
    let update = AppData {
        imported: vec![kept("Back routine", 4, false)],
        ..AppData::default()
    };
    assert_eq!(
        import(&here, &update).0.imported,
        vec![kept("Back routine", 4, false)]
    );
}

#[test]
fn import_keeps_the_latest_notice_and_any_draft() {
    let ack = |at_ms| NoticeAck { version: 1, at_ms };
    let here = AppData {
        notice: Some(ack(at(0))),
        physio_draft: Some(routine("Draft")),
        ..with_logs(&[0])
    };
    let file = AppData {
        notice: Some(ack(at(-3))),
        ..with_logs(&[5])
    };
    let (merged, _) = import(&here, &file);
    assert_eq!(merged.notice, Some(ack(at(0))));
    assert_eq!(merged.physio_draft, Some(routine("Draft")));
}

#[test]
fn import_keeps_at_most_the_logs_the_app_keeps() {
    let here = AppData {
        history: (0..MAX_LOGS as i64).map(log).collect(),
        ..AppData::default()
    };
    let file = with_logs(&[-1, 5000, 5001]);
    let (merged, report) = import(&here, &file);
    // Past the limit the oldest whole weeks are folded into weekly totals, as when she
    // logs a session past it: nothing is dropped.
    assert!(merged.history.len() <= MAX_LOGS, "{}", merged.history.len());
    let folded: usize = merged
        .folded_weeks
        .iter()
        .map(|w| usize::from(w.sessions))
        .sum();
    assert_eq!(merged.history.len() + folded, MAX_LOGS + 3);
    assert_eq!(days(&merged)[merged.history.len() - 2..], [5000, 5001]);
    assert_eq!(report.sessions_added, 3);
}

// ---- three_way: each part ----

type Change = fn(&mut AppData);

/// Per part: two different changes to it (this tab's, the other tab's).
fn part_changes() -> Vec<(&'static str, Change, Change)> {
    vec![
        (
            "notice",
            |d| d.notice = None,
            |d| {
                d.notice = Some(NoticeAck {
                    version: 1,
                    at_ms: at(9),
                })
            },
        ),
        ("cues", |d| d.cues.speech = false, |d| d.cues.flash = true),
        (
            "active",
            |d| d.active = None,
            |d| {
                if let Some(a) = d.active.as_mut() {
                    a.before = Some(pain(7));
                }
            },
        ),
        (
            "profile",
            |d| d.profile.as_mut().unwrap().usual_pain = Some(pain(5)),
            |d| d.profile.as_mut().unwrap().delivery = Delivery::Vaginal,
        ),
        (
            "thresholds",
            |d| d.thresholds.comfortable_max = 1,
            |d| d.thresholds.sessions_to_progress = 4,
        ),
        ("target_min", |d| d.target_min = 10, |d| d.target_min = 20),
        (
            "physio_draft",
            |d| d.physio_draft = None,
            |d| d.physio_draft.as_mut().unwrap().weeks = 2,
        ),
        (
            "plan",
            |d| d.plan.started_ms = Some(at(1)),
            |d| d.plan.items.clear(),
        ),
    ]
}

fn changed(base: &AppData, change: Change) -> AppData {
    let mut d = base.clone();
    change(&mut d);
    assert_ne!(&d, base, "a change that changes nothing");
    d
}

#[test]
fn a_part_changed_on_one_side_takes_that_change() {
    let base = rich();
    for (name, mine, theirs) in part_changes() {
        let m = changed(&base, mine);
        let t = changed(&base, theirs);
        assert_eq!(three_way(&base, &m, &base), m, "{name}: changed here");
        assert_eq!(three_way(&base, &base, &t), t, "{name}: changed there");
        assert_eq!(three_way(&base, &m, &m), m, "{name}: the same change");
    }
}

#[test]
fn a_part_changed_on_both_sides_takes_this_tabs() {
    let base = rich();
    for (name, mine, theirs) in part_changes() {
        let m = changed(&base, mine);
        let t = changed(&base, theirs);
        assert_eq!(three_way(&base, &m, &t), m, "{name}");
    }
}

#[test]
fn different_parts_changed_on_each_side_keep_both() {
    let base = rich();
    let changes = part_changes();
    for (i, (mine_name, mine, _)) in changes.iter().enumerate() {
        for (theirs_name, _, theirs) in changes.iter().skip(i + 1) {
            let m = changed(&base, *mine);
            let t = changed(&base, *theirs);
            let both = changed(&m, *theirs);
            assert_eq!(
                three_way(&base, &m, &t),
                both,
                "{mine_name} here, {theirs_name} there"
            );
        }
    }
}

// ---- three_way: lists ----

#[test]
fn sessions_from_both_tabs_are_joined() {
    let base = rich();
    let mut m = base.clone();
    m.history.push(log(10));
    let mut t = base.clone();
    t.history.push(log(11));
    t.history.push(log(-20));
    let merged = three_way(&base, &m, &t);
    let mut expected: Vec<i64> = days(&base);
    expected.extend([10, 11, -20]);
    expected.sort();
    assert_eq!(days(&merged), expected);
    assert_eq!(merged.profile, base.profile);
}

#[test]
fn comfort_answers_from_both_tabs_are_kept() {
    let base = with_logs(&[0, 1]);
    let here = |comfort| AppData {
        history: vec![log(0), answered(1, comfort)],
        ..AppData::default()
    };
    let cases = [
        // After-session report here, the morning there.
        (
            Comfort {
                after: after(3),
                ..Comfort::default()
            },
            Comfort {
                morning: morning(2, 1),
                ..Comfort::default()
            },
            Comfort {
                after: after(3),
                morning: morning(2, 1),
                ..Comfort::default()
            },
        ),
        // Skipped here, answered there: the answer stays.
        (
            Comfort {
                morning_skipped: true,
                ..Comfort::default()
            },
            Comfort {
                morning: morning(2, 1),
                ..Comfort::default()
            },
            Comfort {
                morning: morning(2, 1),
                ..Comfort::default()
            },
        ),
        (
            Comfort {
                before: Some(pain(4)),
                morning: morning(2, 1),
                ..Comfort::default()
            },
            Comfort {
                after: after(5),
                morning_skipped: true,
                ..Comfort::default()
            },
            Comfort {
                before: Some(pain(4)),
                after: after(5),
                morning: morning(2, 1),
                morning_skipped: false,
            },
        ),
        // The same answer given differently in each tab: this tab's.
        (
            Comfort {
                after: after(3),
                ..Comfort::default()
            },
            Comfort {
                after: after(6),
                ..Comfort::default()
            },
            Comfort {
                after: after(3),
                ..Comfort::default()
            },
        ),
    ];
    for (mine, theirs, expected) in cases {
        let merged = three_way(&base, &here(mine.clone()), &here(theirs.clone()));
        assert_eq!(merged.history[1].comfort, expected, "{mine:?} / {theirs:?}");
        assert_eq!(merged.history[0], log(0));
        // The other way round, every answer is still there.
        let merged = three_way(&base, &here(theirs), &here(mine));
        let c = &merged.history[1].comfort;
        assert_eq!(c.after.is_some(), expected.after.is_some());
        assert_eq!(c.morning.is_some(), expected.morning.is_some());
        assert_eq!(c.before, expected.before);
    }
}

#[test]
fn a_deleted_session_stays_deleted_unless_the_other_tab_changed_it() {
    // The oldest logs go past `MAX_LOGS` (and only then, or when she erases all).
    let base = with_logs(&[0, 1, 2]);
    let mine = with_logs(&[1, 2, 3]);
    let theirs = with_logs(&[0, 1, 2, 4]);
    assert_eq!(days(&three_way(&base, &mine, &theirs)), [1, 2, 3, 4]);
    // The other tab answered about it meanwhile: kept, answers and all.
    let mut theirs = theirs;
    theirs.history[0].comfort.morning = morning(1, 0);
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(days(&merged), [0, 1, 2, 3, 4]);
    assert_eq!(merged.history[0].comfort.morning, morning(1, 0));
}

#[test]
fn erasing_everything_in_one_tab_stands_where_the_other_added_nothing() {
    let base = rich();
    assert_eq!(
        three_way(&base, &base, &AppData::default()),
        AppData::default()
    );
    // This tab logged a session meanwhile: that session survives the erase.
    let mut mine = base.clone();
    mine.history.push(log(30));
    let merged = three_way(&base, &mine, &AppData::default());
    assert_eq!(merged, with_logs(&[30]));
}

#[test]
fn red_flags_from_both_tabs_are_joined_and_pause_the_plan() {
    let base = AppData {
        safety: flagged(1),
        ..AppData::default()
    };
    // Checked here on day 3; a new red flag there on day 5.
    let mut mine = base.clone();
    mine.resume_plan(at(3));
    let mut theirs = base.clone();
    theirs.record_red_flags(&[RedFlag::Fever], Moment::DuringSession, at(5));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.safety.events.len(), 2);
    assert_eq!(merged.safety.resumed_at_ms, vec![at(3)]);
    assert_eq!(merged.safety.paused_since_ms, Some(at(5)));
    // The red flag there came before she said here she had been checked: not paused.
    let mut theirs = base.clone();
    theirs.record_red_flags(&[RedFlag::Fever], Moment::DuringSession, at(2));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.safety.events.len(), 2);
    assert_eq!(merged.safety.paused_since_ms, None);
    // A red flag in each tab, from unpaused: paused since the first.
    let base = AppData::default();
    let mine = AppData {
        safety: flagged(4),
        ..AppData::default()
    };
    let theirs = AppData {
        safety: flagged(2),
        ..AppData::default()
    };
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.safety.events.len(), 2);
    assert_eq!(merged.safety.paused_since_ms, Some(at(2)));
}

#[test]
fn kept_routines_from_both_tabs() {
    let base = AppData {
        imported: vec![kept("Back routine", 1, true), kept("Neck", 2, false)],
        ..AppData::default()
    };
    // Removed here, untouched there: removed.
    let mut mine = base.clone();
    mine.remove_imported(at(1));
    assert_eq!(
        three_way(&base, &mine, &base).imported,
        vec![kept("Neck", 2, false)]
    );
    // Removed here, changed there (it stopped being her plan): kept as changed.
    let mut theirs = base.clone();
    theirs.import(kept("Hips", 3, true));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(
        merged.imported,
        vec![
            kept("Back routine", 1, false),
            kept("Neck", 2, false),
            kept("Hips", 3, true)
        ]
    );
    // Each tab chose a new routine as her plan: the later choice is the plan.
    let mut mine = base.clone();
    mine.import(kept("Shoulders", 4, true));
    let merged = three_way(&base, &mine, &theirs);
    let plans: Vec<&str> = merged
        .imported
        .iter()
        .filter(|i| i.as_plan)
        .map(|i| i.routine.name.as_str())
        .collect();
    assert_eq!(plans, ["Shoulders"]);
    assert_eq!(merged.imported.len(), 4);
}

#[test]
fn a_session_finished_in_the_other_tab_is_over_here() {
    let base = AppData {
        active: Some(running(0)),
        ..AppData::default()
    };
    // Paused here (its timing changed), finished and logged there.
    let mut mine = base.clone();
    let mut paused = running(0);
    paused.timing.paused_at_ms = Some(at(0) + 60_000);
    mine.active = Some(paused);
    let theirs = AppData {
        history: vec![log(0)],
        ..AppData::default()
    };
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.active, None);
    assert_eq!(days(&merged), [0]);
    // Started a new one here, the old one finished there: the new one runs.
    mine.active = Some(running(1));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.active, Some(running(1)));
    assert_eq!(days(&merged), [0]);
}

// ---- properties ----

fn arb_comfort() -> impl Strategy<Value = Comfort> {
    let morning_answer = prop_oneof![
        Just((None, false)),
        Just((None, true)),
        (0..=10u8, 0..40i64).prop_map(|(p, day)| (morning(p, day), false)),
    ];
    (
        prop::option::of(0..=10u8),
        prop::option::of(0..=10u8),
        morning_answer,
    )
        .prop_map(|(before, worst, (morning, morning_skipped))| Comfort {
            before: before.map(pain),
            after: worst.and_then(after),
            morning,
            morning_skipped,
        })
}

fn arb_history() -> impl Strategy<Value = Vec<SessionLog>> {
    prop::collection::btree_map(0..40i64, (arb_comfort(), any::<bool>()), 0..12).prop_map(|logs| {
        logs.into_iter()
            .map(|(day, (comfort, stopped_early))| SessionLog {
                stopped_early,
                ..answered(day, comfort)
            })
            .collect()
    })
}

fn arb_safety() -> impl Strategy<Value = SafetyState> {
    prop::collection::vec((0..40i64, any::<bool>()), 0..4).prop_map(|mut steps| {
        // In the order they happened, as the app records them.
        steps.sort();
        let mut safety = SafetyState::default();
        for (day, flag) in steps {
            if flag {
                safety.record(&[RedFlag::Fever], Moment::BeforeSession, at(day));
            } else {
                safety.resume(at(day));
            }
        }
        safety
    })
}

fn arb_data() -> impl Strategy<Value = AppData> {
    let names = ["Back routine", "Neck", "Hips", "Shoulders"];
    (
        arb_history(),
        arb_safety(),
        prop::collection::btree_map(0..40i64, (0..4usize, any::<bool>()), 0..3),
        prop::option::of(0..4usize),
        (any::<bool>(), any::<bool>(), 10..=20u8),
        prop::option::of(0..40i64),
        prop::option::of(40..50i64),
        any::<bool>(),
    )
        .prop_map(
            move |(
                history,
                safety,
                imported,
                delivery,
                (speech, flash, target_min),
                notice,
                active,
                draft,
            )| {
                let mut data = AppData {
                    history,
                    safety,
                    profile: delivery.map(|k| profile(Delivery::ALL[k])),
                    cues: CueSettings {
                        speech,
                        flash,
                        ..CueSettings::default()
                    },
                    target_min,
                    notice: notice.map(|day| NoticeAck {
                        version: 1,
                        at_ms: at(day),
                    }),
                    active: active.map(running),
                    physio_draft: draft.then(|| routine("Draft")),
                    ..AppData::default()
                };
                for (day, (name, as_plan)) in imported {
                    data.import(kept(names[name], day, as_plan));
                }
                data
            },
        )
}

fn answers_of(data: &AppData) -> Vec<(i64, bool, bool, bool)> {
    data.history
        .iter()
        .map(|l| {
            let c = &l.comfort;
            (
                l.started_at_ms,
                c.before.is_some(),
                c.after.is_some(),
                c.morning.is_some(),
            )
        })
        .collect()
}

/// Every session of `side` is in `merged`, with at least the answers `side` gave
/// that `base` did not have.
fn keeps_sessions(merged: &AppData, side: &AppData, base: &AppData) {
    let merged = answers_of(merged);
    let base = answers_of(base);
    for (start, before, after, morning) in answers_of(side) {
        let had = base.iter().find(|a| a.0 == start);
        if had == Some(&(start, before, after, morning)) {
            continue; // unchanged from the base: the other side may have deleted it
        }
        let Some(m) = merged.iter().find(|a| a.0 == start) else {
            panic!("the session at {start} was lost");
        };
        let new =
            |now: bool, then: fn(&(i64, bool, bool, bool)) -> bool| now && !had.is_some_and(then);
        assert!(
            m.1 || !new(before, |a| a.1),
            "a before-pain was lost at {start}"
        );
        assert!(
            m.2 || !new(after, |a| a.2),
            "an after report was lost at {start}"
        );
        assert!(
            m.3 || !new(morning, |a| a.3),
            "a morning answer was lost at {start}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn importing_nothing_or_itself_changes_nothing(x in arb_data()) {
        let empty = AppData::default();
        prop_assert_eq!(&import(&empty, &x).0, &x);
        prop_assert_eq!(&import(&x, &empty).0, &x);
        prop_assert_eq!(&import(&x, &x).0, &x);
    }

    #[test]
    fn import_never_loses_a_session_an_answer_or_a_red_flag(a in arb_data(), b in arb_data()) {
        let (merged, report) = import(&a, &b);
        let empty = AppData::default();
        keeps_sessions(&merged, &a, &empty);
        keeps_sessions(&merged, &b, &empty);
        let mut starts: Vec<i64> = a.history.iter().chain(&b.history).map(|l| l.started_at_ms).collect();
        starts.sort();
        starts.dedup();
        prop_assert_eq!(merged.history.iter().map(|l| l.started_at_ms).collect::<Vec<_>>(), starts);
        prop_assert_eq!(report.sessions_added, merged.history.len() - a.history.len());
        for e in a.safety.events.iter().chain(&b.safety.events) {
            prop_assert!(merged.safety.events.contains(e));
        }
        // Paused whenever a red flag came after the last "I've been checked".
        let last = merged.safety.resumed_at_ms.iter().max().copied();
        let due = merged.safety.events.iter().any(|e| last.is_none_or(|r| e.at_ms > r));
        prop_assert!(!due || merged.safety.is_paused());
        prop_assert!(merged.imported.iter().filter(|i| i.as_plan).count() <= 1);
    }

    #[test]
    fn three_way_with_one_side_unchanged_is_the_other(b in arb_data(), x in arb_data()) {
        prop_assert_eq!(&three_way(&b, &x, &b), &x);
        prop_assert_eq!(&three_way(&b, &b, &x), &x);
        prop_assert_eq!(&three_way(&b, &x, &x), &x);
        prop_assert_eq!(&three_way(&x, &x, &x), &x);
    }

    #[test]
    fn three_way_never_loses_a_new_session_or_answer(b in arb_data(), m in arb_data(), t in arb_data()) {
        let merged = three_way(&b, &m, &t);
        keeps_sessions(&merged, &m, &b);
        keeps_sessions(&merged, &t, &b);
        for e in m.safety.events.iter().chain(&t.safety.events) {
            prop_assert!(merged.safety.events.contains(e) || b.safety.events.contains(e));
        }
        let last = merged.safety.resumed_at_ms.iter().max().copied();
        let due = merged.safety.events.iter().any(|e| last.is_none_or(|r| e.at_ms > r));
        prop_assert!(!due || merged.safety.is_paused());
    }
}

#[test]
fn weeks_folded_on_either_side_are_joined_one_per_monday() {
    use backcare::domain::history::WeekSummary;
    let week = |monday: i64, sessions: u16| WeekSummary {
        monday,
        sessions,
        active_min: u32::from(sessions) * 10,
        worst_pain: None,
        morning_pain: None,
    };
    let current = AppData {
        folded_weeks: vec![week(100, 3), week(107, 2)],
        ..AppData::default()
    };
    let incoming = AppData {
        folded_weeks: vec![week(107, 5), week(114, 1)],
        ..AppData::default()
    };
    let (merged, _) = import(&current, &incoming);
    assert_eq!(
        merged.folded_weeks,
        vec![week(100, 3), week(107, 5), week(114, 1)],
        "joined, the fuller copy of a week both had"
    );
    // Two tabs: a week folded in one tab is kept when the other saves.
    let base = AppData::default();
    let theirs = AppData {
        folded_weeks: vec![week(100, 3)],
        ..AppData::default()
    };
    let mine = AppData {
        target_min: 12,
        ..AppData::default()
    };
    let both = three_way(&base, &mine, &theirs);
    assert_eq!(both.folded_weeks, vec![week(100, 3)]);
    assert_eq!(both.target_min, 12);
}
