//! The app reducer on the host: each action as table cases, and the plan settled by the
//! reducer itself (on start, on a new clock, after reports), never by a page.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::rc::Rc;

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::ExerciseId;
use backcare::domain::history::{ExerciseLog, SessionLog};
use backcare::domain::profile::{Birth, Delivery, PainSite, Profile};
use backcare::domain::progression::{Reason, Verdict};
use backcare::domain::safety::{Moment, RedFlag};
use backcare::domain::saved::AppData;
use backcare::domain::settings::{CueSettings, Thresholds};
use backcare::domain::start::Start;
use backcare::state::{Action, AppState, Clock};
use backcare::web::storage::{Opened, SaveMode, StorageProblem};
use yew::Reducible;

const DAY: i64 = 24 * 60 * 60 * 1000;
const HOUR: i64 = 60 * 60 * 1000;
/// A midnight (UTC), well after the birth below.
const T0: i64 = 1_795_000_000_000 - 1_795_000_000_000 % DAY;

fn clock(at: i64) -> Clock {
    Clock {
        now_ms: at,
        offset_min: 0,
    }
}

fn profile(weeks: u8) -> Profile {
    Profile {
        pain_sites: vec![PainSite::LowerBack],
        cleared_at_ms: Some(T0 - 30 * DAY),
        usual_pain: Some(PainScore::new(2).unwrap()),
        ..Profile::new(
            Birth::Date {
                day: T0 / DAY - i64::from(weeks) * 7,
            },
            Delivery::Vaginal,
        )
    }
}

fn opened(data: AppData) -> Opened {
    Opened {
        data,
        mode: SaveMode::Persist,
        problems: Vec::new(),
    }
}

fn with_profile(weeks: u8) -> AppData {
    AppData {
        profile: Some(profile(weeks)),
        ..AppData::default()
    }
}

fn start(data: AppData, at: i64) -> Rc<AppState> {
    Rc::new(AppState::from_opened(opened(data), clock(at)))
}

fn act(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    state.clone().reduce(action)
}

/// A finished session of the lying pelvic tilt alone, fully done, started at `at`.
fn tilt_log(at: i64) -> SessionLog {
    SessionLog {
        routine: "Your routine for today".to_owned(),
        started_at_ms: at,
        active_ms: 5 * 60 * 1000,
        stopped_early: false,
        exercises: vec![ExerciseLog {
            exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
            planned_sets: 2,
            done_sets: 2,
            planned_work_s: 100,
            done_work_s: 100,
        }],
        comfort: Default::default(),
        start: None,
    }
}

fn after(worst: u8) -> AfterReport {
    AfterReport {
        worst_pain: PainScore::new(worst).unwrap(),
        effort: Effort::Moderate,
        note: Note::default(),
    }
}

fn morning(pain: u8, at: i64) -> MorningReport {
    MorningReport {
        compare: MorningCompare::Same,
        pain: PainScore::new(pain).unwrap(),
        at_ms: at,
    }
}

fn tilt_step(state: &AppState) -> Option<(String, i8)> {
    let chain = Catalog::builtin().chain(&ExerciseId::new("pelvic-tilt-lying").unwrap());
    state
        .data
        .plan
        .items
        .iter()
        .find(|i| chain.iter().any(|m| m.id == i.exercise))
        .map(|i| (i.exercise.to_string(), i.dose_step))
}

#[test]
fn opening_settles_the_plan_before_the_first_screen() {
    let s = start(with_profile(10), T0 + 9 * HOUR);
    assert!(!s.data.plan.items.is_empty(), "placed on start");
    assert_eq!(s.data.plan.started_ms, Some(T0 + 9 * HOUR));
    assert!(s.revision > 0, "a settled plan is saved");
    // Without a profile nothing is placed and nothing needs saving.
    let empty = start(AppData::default(), T0);
    assert!(empty.data.plan.items.is_empty());
    assert_eq!(empty.revision, 0);
}

#[test]
fn settle_on_a_new_clock_applies_time_away() {
    let mut data = with_profile(10);
    data.history.push(tilt_log(T0 - 40 * DAY));
    let s = start(data, T0 - 39 * DAY);
    let before = tilt_step(&s).unwrap();
    let s2 = act(&s, Action::Settle(clock(T0)));
    let after = tilt_step(&s2).unwrap();
    assert_ne!(before, after, "a month away eases the plan off");
    assert!(s2
        .data
        .plan
        .changes
        .iter()
        .any(|c| matches!(c.reason, Reason::Away { .. }) && c.verdict == Verdict::StepBack));
    assert!(s2.revision > s.revision);
    // The same clock again changes nothing (idempotent) and keeps the same state.
    let s3 = act(&s2, Action::Settle(clock(T0)));
    assert!(Rc::ptr_eq(&s2, &s3));
}

#[test]
fn reports_settle_the_plan_in_the_reducer() {
    let t1 = T0 - 3 * DAY + 9 * HOUR;
    let t2 = T0 - 2 * DAY + 9 * HOUR;
    let s = start(with_profile(10), T0 - 3 * DAY);
    let placed = tilt_step(&s).unwrap();
    let mut s = s;
    for t in [t1, t2] {
        s = act(&s, Action::SaveSession(active_for(t)));
        s = act(&s, Action::FinishSession(tilt_log(t)));
        s = act(
            &s,
            Action::AfterReport {
                started_at_ms: t,
                report: after(1),
            },
        );
        s = act(
            &s,
            Action::MorningReport {
                started_at_ms: t,
                report: Some(morning(2, t + DAY - 2 * HOUR)),
                usual_pain: None,
            },
        );
    }
    let moved = tilt_step(&s).unwrap();
    assert_ne!(placed, moved, "two comfortable sessions step the tilt up");
    assert_eq!(
        s.data.history.last().unwrap().start,
        Some(Start::Today),
        "the log keeps what started it"
    );
}

fn active_for(at: i64) -> backcare::domain::session::ActiveSession {
    use backcare::domain::routine::{single, Plan};
    use backcare::domain::session::{ActiveSession, Command, Session};
    let e = Catalog::builtin().find("pelvic-tilt-lying").unwrap();
    let mut session = Session::new(Plan::new(single(e), Catalog::builtin()).unwrap());
    session.apply(Command::Start, at);
    ActiveSession::of(&session).with_start(Some(Start::Today))
}

#[test]
fn a_red_flag_pauses_and_resuming_is_recorded() {
    let s = start(with_profile(10), T0);
    let flagged = act(
        &s,
        Action::RedFlags {
            flags: vec![RedFlag::PosturalHeadache],
            moment: Moment::BeforeSession,
            at_ms: T0 + HOUR,
        },
    );
    assert!(flagged.data.safety.is_paused());
    assert_eq!(
        flagged.clock.now_ms,
        T0 + HOUR,
        "the action's time moves the clock"
    );
    let resumed = act(
        &flagged,
        Action::ResumePlan {
            at_ms: T0 + 2 * HOUR,
        },
    );
    assert!(!resumed.data.safety.is_paused());
    // No flags ticked: nothing recorded, nothing to save.
    let none = act(
        &s,
        Action::RedFlags {
            flags: Vec::new(),
            moment: Moment::BeforeSession,
            at_ms: T0 + HOUR,
        },
    );
    assert!(!none.data.safety.is_paused());
}

#[test]
fn the_morning_check_can_record_her_usual_pain() {
    let t = T0 - DAY + 9 * HOUR;
    let mut data = with_profile(10);
    if let Some(p) = data.profile.as_mut() {
        p.usual_pain = None;
    }
    data.history.push(tilt_log(t));
    let s = start(data, T0);
    let s = act(
        &s,
        Action::MorningReport {
            started_at_ms: t,
            report: Some(morning(3, T0 + 7 * HOUR)),
            usual_pain: Some(PainScore::new(1).unwrap()),
        },
    );
    assert_eq!(
        s.data.profile.as_ref().unwrap().usual_pain,
        Some(PainScore::new(1).unwrap())
    );
    assert!(s.data.history[0].comfort.morning.is_some());
    // Skipping records the skip, and keeps the usual pain unchanged when none is given.
    let skipped = act(
        &s,
        Action::MorningReport {
            started_at_ms: t,
            report: None,
            usual_pain: None,
        },
    );
    assert!(skipped.data.history[0].comfort.morning_skipped);
    assert_eq!(
        skipped.data.profile.as_ref().unwrap().usual_pain,
        Some(PainScore::new(1).unwrap())
    );
}

/// Simple settings actions: (action, what must hold afterwards).
#[test]
fn settings_actions_table() {
    type Check = fn(&AppState) -> bool;
    let cases: Vec<(&str, Action, Check)> = vec![
        (
            "cues saved",
            Action::SetCues(CueSettings {
                speech: false,
                ..CueSettings::default()
            }),
            |s| !s.data.cues.speech,
        ),
        (
            "thresholds within range saved",
            Action::SetThresholds(Thresholds {
                comfortable_max: 2,
                ..Thresholds::default()
            }),
            |s| s.data.thresholds.comfortable_max == 2,
        ),
        (
            "thresholds out of range refused",
            Action::SetThresholds(Thresholds {
                acceptable_max: 9,
                ..Thresholds::default()
            }),
            |s| s.data.thresholds == Thresholds::default(),
        ),
        (
            "routine length clamped high",
            Action::SetTargetMin(45),
            |s| s.data.target_min == 20,
        ),
        ("routine length clamped low", Action::SetTargetMin(2), |s| {
            s.data.target_min == 10
        }),
        (
            "notice acknowledged",
            Action::AcknowledgeNotice { at_ms: T0 },
            |s| !s.data.needs_notice(),
        ),
        (
            "erase all forgets the profile and the plan",
            Action::EraseAll,
            |s| s.data.profile.is_none() && s.data.plan.items.is_empty(),
        ),
        (
            "a storage problem becomes one notice",
            Action::Storage(StorageProblem::WriteFailed),
            |s| s.notices.len() == 1,
        ),
        (
            "a profile saved re-places a plan",
            Action::SaveProfile(Box::new(Profile {
                delivery: Delivery::EmergencyCaesarean,
                ..profile(2)
            })),
            |s| {
                let th = Thresholds::default();
                let stage = s.data.profile.as_ref().unwrap().stage(T0, 0);
                s.data.plan.items.iter().all(|i| {
                    let e = Catalog::builtin().get(&i.exercise).unwrap();
                    backcare::domain::progression::suits(e, &stage, &th)
                })
            },
        ),
    ];
    for (name, action, check) in cases {
        let s = start(with_profile(10), T0);
        let next = act(&s, action);
        assert!(check(&next), "{name}");
    }
}

#[test]
fn a_repeated_storage_problem_is_listed_once_and_dismissed() {
    let s = start(with_profile(10), T0);
    let s = act(&s, Action::Storage(StorageProblem::WriteFailed));
    let s = act(&s, Action::Storage(StorageProblem::WriteFailed));
    assert_eq!(s.notices.len(), 1);
    let id = s.notices[0].id;
    let s = act(&s, Action::DismissNotice(id));
    assert!(s.notices.is_empty());
}

#[test]
fn another_tabs_data_is_adopted_without_being_saved_back() {
    let s = start(with_profile(10), T0);
    let base = Box::new(s.data.clone());
    let mut other = s.data.clone();
    other.target_min = 12;
    let next = act(
        &s,
        Action::ExternalChange {
            base: base.clone(),
            theirs: Box::new(other.clone()),
        },
    );
    assert_eq!(next.data, other);
    assert_eq!(next.revision, s.revision, "not written back");
    let same = act(
        &next,
        Action::ExternalChange {
            base: Box::new(other.clone()),
            theirs: Box::new(other),
        },
    );
    assert!(Rc::ptr_eq(&next, &same));
}

#[test]
fn news_from_another_tab_is_listed_once_however_often_it_saves() {
    let mut s = start(with_profile(10), T0);
    for minutes in [12, 14, 16] {
        let base = Box::new(s.data.clone());
        let mut theirs = s.data.clone();
        theirs.target_min = minutes;
        s = act(
            &s,
            Action::ExternalChange {
                base,
                theirs: Box::new(theirs),
            },
        );
    }
    assert_eq!(s.data.target_min, 16);
    assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
    assert!(
        s.notices[0].problem.is_none(),
        "news, not a storage problem"
    );
}

#[test]
fn another_tabs_change_is_merged_with_this_tabs_own() {
    let s = start(with_profile(10), T0);
    let base = Box::new(s.data.clone());
    // This tab turned speech off; the other tab changed the routine's length.
    let mine = act(
        &s,
        Action::SetCues(CueSettings {
            speech: false,
            ..CueSettings::default()
        }),
    );
    let mut theirs = s.data.clone();
    theirs.target_min = 12;
    let next = act(
        &mine,
        Action::ExternalChange {
            base,
            theirs: Box::new(theirs),
        },
    );
    assert_eq!(next.data.target_min, 12, "their change");
    assert!(!next.data.cues.speech, "and this tab's");
    assert!(next.revision > mine.revision, "the merge is written back");
}

#[test]
fn finishing_a_session_keeps_its_before_pain_and_start() {
    let t = T0 + 9 * HOUR;
    let s = start(with_profile(10), T0);
    let active = active_for(t).with_before(Some(PainScore::new(2).unwrap()));
    let s = act(&s, Action::SaveSession(active));
    // A later command re-saves the timing without them; they stay.
    let s = act(&s, Action::SaveSession(active_for(t).with_start(None)));
    let a = s.data.active.as_ref().unwrap();
    assert_eq!(a.before, Some(PainScore::new(2).unwrap()));
    assert_eq!(a.start, Some(Start::Today));
    let s = act(&s, Action::FinishSession(tilt_log(t)));
    assert!(s.data.active.is_none());
    let log = s.data.history.last().unwrap();
    assert_eq!(log.comfort.before, Some(PainScore::new(2).unwrap()));
    assert_eq!(log.start, Some(Start::Today));
    let s = act(&s, Action::DiscardSession);
    assert!(s.data.active.is_none());
}

fn kept_routine(at: i64, as_plan: bool) -> backcare::domain::imported::ImportedRoutine {
    use backcare::domain::routine::RoutineName;
    use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
    let e = Catalog::builtin().find("knee-rolls").unwrap();
    backcare::domain::imported::ImportedRoutine {
        routine: SharedRoutine {
            name: RoutineName::new("Clinic plan").unwrap(),
            clinician: ShareText::new("A. Physio", 60).unwrap(),
            clinic: ShareText::new("", 60).unwrap(),
            frequency: Frequency::PerDay(1),
            weeks: 4,
            auto_progress: false,
            thresholds: None,
            exercises: vec![SharedExercise {
                exercise: e.id.clone(),
                dose: e.dose,
                note: ShareText::new("", 120).unwrap(),
            }],
        },
        imported_at_ms: at,
        as_plan,
        cleared_above_stage: false,
    }
}

/// Every action that changes her data bumps the revision (so it is saved); those that
/// do not, don't. (action, saves, what must hold afterwards)
#[test]
fn every_action_saves_exactly_when_it_changes_her_data() {
    type Check = fn(&AppState) -> bool;
    let t = T0 + 9 * HOUR;
    let cases: Vec<(&str, Action, bool, Check)> = vec![
        (
            "start: logs the one running and saves the new one",
            Action::StartSession {
                stopped: Some(tilt_log(t - HOUR)),
                active: active_for(t),
            },
            true,
            |s| s.data.history.len() == 1 && s.data.active.is_some(),
        ),
        (
            "start with nothing running",
            Action::StartSession {
                stopped: None,
                active: active_for(t),
            },
            true,
            |s| s.data.history.is_empty() && s.data.active.is_some(),
        ),
        (
            "discard with nothing running changes nothing",
            Action::DiscardSession,
            false,
            |s| s.data.active.is_none(),
        ),
        (
            "the same cues again change nothing",
            Action::SetCues(CueSettings::default()),
            false,
            |s| s.data.cues == CueSettings::default(),
        ),
        (
            "a draft saved",
            Action::SaveDraft(Some(Box::new(kept_routine(1, false).routine))),
            true,
            |s| s.data.physio_draft.is_some(),
        ),
        (
            "no draft to clear changes nothing",
            Action::SaveDraft(None),
            false,
            |s| s.data.physio_draft.is_none(),
        ),
        (
            "a routine kept as her plan",
            Action::Import(Box::new(kept_routine(5, true))),
            true,
            |s| s.data.imported.len() == 1 && s.data.imported[0].as_plan,
        ),
        (
            "removing what is not there changes nothing",
            Action::RemoveImported { imported_at_ms: 99 },
            false,
            |s| s.data.imported.is_empty(),
        ),
        (
            "a link arriving is held, not saved",
            Action::Incoming(yew::AttrValue::from("AbC")),
            false,
            |s| s.incoming.as_deref() == Some("AbC"),
        ),
        (
            "resuming when not paused changes nothing",
            Action::ResumePlan { at_ms: t },
            false,
            |s| !s.data.safety.is_paused(),
        ),
        (
            "an after-report for no such session changes nothing",
            Action::AfterReport {
                started_at_ms: 1,
                report: after(2),
            },
            false,
            |s| s.data.history.is_empty(),
        ),
        (
            "the same routine length changes nothing",
            Action::SetTargetMin(15),
            false,
            |s| s.data.target_min == 15,
        ),
        (
            "a new clock on the same day changes nothing",
            Action::Settle(Clock {
                now_ms: T0 + HOUR,
                offset_min: 0,
            }),
            false,
            |s| s.clock.now_ms == T0 + HOUR,
        ),
    ];
    for (name, action, saves, check) in cases {
        let s = start(with_profile(10), T0);
        let next = act(&s, action);
        assert!(check(&next), "{name}");
        assert_eq!(next.revision > s.revision, saves, "{name}: saved?");
    }
}

#[test]
fn keeping_an_update_replaces_the_copy_and_one_plan_at_most() {
    let s = start(with_profile(10), T0);
    let s = act(&s, Action::Import(Box::new(kept_routine(5, true))));
    // The same routine from the same person again: an update, not a second copy.
    let s = act(&s, Action::Import(Box::new(kept_routine(6, true))));
    assert_eq!(s.data.imported.len(), 1);
    assert_eq!(s.data.imported[0].imported_at_ms, 6);
    let s = act(&s, Action::RemoveImported { imported_at_ms: 6 });
    assert!(s.data.imported.is_empty());
}
