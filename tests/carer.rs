//! The carer's side of a carer link: the lessons and routine it offers, the start that
//! plays it for anyone (no profile, no plan), and the rule that a carer's practice is
//! never kept: not while it runs, not as a log.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::carer::{lessons, open_to_carers, routine, ROUTINE};
use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::Kind;
use backcare::domain::history::SessionLog;
use backcare::domain::routine::Plan;
use backcare::domain::saved::{from_json, to_json, AppData};
use backcare::domain::session::{ActiveSession, Command, Session};
use backcare::domain::start::{routine_for, Start};

const NOW_MS: i64 = 1_795_000_000_000;

#[test]
fn the_carer_start_is_written_and_read_as_carer() {
    assert_eq!(Start::Carer.to_string(), "carer");
    assert_eq!("carer".parse::<Start>(), Ok(Start::Carer));
    assert!("carers".parse::<Start>().is_err());
    assert!("Carer".parse::<Start>().is_err());
}

#[test]
fn the_lessons_are_the_five_for_carers_in_library_order() {
    let catalog = Catalog::builtin();
    let ids: Vec<&str> = lessons(catalog).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "carer-bracing",
            "carer-lifting",
            "carer-car-seat-buggy",
            "carer-bathing",
            "carer-carrying",
        ]
    );
    for e in lessons(catalog) {
        assert!(open_to_carers(e), "{}", e.id);
    }
    // Her own lessons are not theirs to open without the notice.
    let hers = catalog.find("lesson-lifting-baby").unwrap();
    assert_eq!(hers.kind, Kind::Lesson);
    assert!(!open_to_carers(hers));
}

#[test]
fn the_routine_plays_for_anyone_with_no_profile() {
    let catalog = Catalog::builtin();
    let data = AppData::default();
    assert!(data.profile.is_none());
    let r = routine_for(&Start::Carer, &data, NOW_MS, 0, catalog).unwrap();
    let ids: Vec<&str> = r.steps.iter().map(|s| s.exercise.as_str()).collect();
    assert_eq!(ids, ROUTINE);
    assert_eq!(Some(r.clone()), routine(catalog));
    // Short: a few minutes, and every step is open to carers.
    let plan = Plan::new(r, catalog).unwrap();
    let total_ms: i64 = plan.segments.iter().map(|s| s.duration_ms).sum();
    assert!(total_ms <= 4 * 60_000, "{total_ms} ms");
    for step in &plan.steps {
        assert!(open_to_carers(&step.exercise), "{}", step.exercise.id);
    }
}

/// A carer's practice running since `NOW_MS`.
fn practice() -> (Session, ActiveSession) {
    let catalog = Catalog::builtin();
    let r = routine(catalog).unwrap();
    let mut session = Session::new(Plan::new(r, catalog).unwrap());
    session.apply(Command::Start, NOW_MS);
    let active = ActiveSession::of(&session).with_start(Some(Start::Carer));
    (session, active)
}

#[test]
fn a_running_practice_is_never_written() {
    let (_, active) = practice();
    assert!(active.is_carers());
    let mut data = AppData::default();
    data.start_session(None, active);
    assert!(data.active.is_some(), "kept in memory to play");
    let json = to_json(&data);
    assert!(!json.contains("carer"), "{json}");
    assert_eq!(from_json(&json).unwrap().active, None);
    assert_eq!(from_json(&json).unwrap(), AppData::default());
}

#[test]
fn a_finished_practice_leaves_no_log() {
    let (mut session, active) = practice();
    let mut data = AppData::default();
    data.start_session(None, active);
    session.apply(Command::Tick, NOW_MS + 3_600_000);
    let log = SessionLog::from_session(&session).unwrap();
    data.finish_session(log);
    assert_eq!(data.active, None);
    assert!(data.history.is_empty());
    assert_eq!(data, AppData::default());
}

#[test]
fn her_own_sessions_are_still_kept() {
    let (mut session, active) = practice();
    let mut data = AppData::default();
    let hers = active.with_start(Some(Start::Short));
    assert!(!hers.is_carers());
    data.start_session(None, hers);
    assert!(to_json(&data).contains("\"active\""));
    session.apply(Command::Tick, NOW_MS + 3_600_000);
    data.finish_session(SessionLog::from_session(&session).unwrap());
    assert_eq!(data.history.len(), 1);
}
