//! The saved document: round trips, every fixture of every version keeps loading, and
//! damaged or newer documents are reported, never misread.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod reference;

use backcare::domain::saved::{
    from_json, to_json, AppData, NoticeAck, SavedError, CURRENT_VERSION, NOTICE_VERSION,
};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/saved/{name}")).unwrap()
}

#[test]
fn empty_data_round_trips() {
    let data = AppData::default();
    assert_eq!(from_json(&to_json(&data)), Ok(data));
}

#[test]
fn acknowledged_notice_round_trips() {
    let data = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION,
            at_ms: 1_795_000_000_000,
        }),
        ..AppData::default()
    };
    let json = to_json(&data);
    assert!(json.contains(&format!("\"version\":{CURRENT_VERSION}")));
    assert_eq!(from_json(&json), Ok(data));
}

#[test]
fn v1_fixtures_load() {
    assert_eq!(from_json(&fixture("v1_empty.json")), Ok(AppData::default()));
    let data = from_json(&fixture("v1_notice.json")).unwrap();
    assert_eq!(
        data.notice,
        Some(NoticeAck {
            version: 1,
            at_ms: 1_795_000_000_000
        })
    );
    assert!(!data.needs_notice());
}

#[test]
fn fresh_data_needs_the_notice_and_an_old_ack_asks_again() {
    assert!(AppData::default().needs_notice());
    let old = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION - 1,
            at_ms: 0,
        }),
        ..AppData::default()
    };
    assert!(old.needs_notice());
}

#[test]
fn damaged_documents_are_corrupt() {
    for raw in [
        "",
        "{",
        "null",
        "[]",
        "42",
        "{}",
        r#"{"version":"1"}"#,
        r#"{"version":0}"#,
        r#"{"version":-1}"#,
        r#"{"version":1,"notice":"yes"}"#,
        r#"{"version":1,"notice":{"version":1}}"#,
        r#"{"version":1,"surprise":true}"#,
        r#"{"version":99999999999}"#,
    ] {
        assert!(
            matches!(from_json(raw), Err(SavedError::Corrupt(_))),
            "{raw:?} gave {:?}",
            from_json(raw)
        );
    }
}

#[test]
fn a_newer_document_is_recognised_not_misread() {
    let raw = format!(
        r#"{{"version":{},"anything":[1,2,3]}}"#,
        CURRENT_VERSION + 1
    );
    assert_eq!(
        from_json(&raw),
        Err(SavedError::NewerVersion {
            found: CURRENT_VERSION + 1
        })
    );
}

mod v2 {
    use super::*;
    use backcare::domain::catalog::Catalog;
    use backcare::domain::history::SessionLog;
    use backcare::domain::routine::Plan;
    use backcare::domain::session::{ActiveSession, Command, Session, Status};
    use backcare::domain::settings::CueSettings;

    const T0: i64 = 1_795_000_000_000;

    /// A document with every part filled: a paused session and one finished log.
    fn full() -> AppData {
        let catalog = Catalog::builtin();
        let plan = Plan::new(reference::nap(), catalog).unwrap();
        let mut done = Session::new(plan.clone());
        done.apply(Command::Start, T0);
        done.apply(Command::Tick, T0 + plan.total_ms());
        let mut running = Session::new(plan);
        running.apply(Command::Start, T0 + 86_400_000);
        running.apply(Command::Tick, T0 + 86_400_000 + 65_000);
        running.apply(Command::Pause, T0 + 86_400_000 + 65_500);
        AppData {
            notice: Some(NoticeAck {
                version: NOTICE_VERSION,
                at_ms: T0 - 1000,
            }),
            cues: CueSettings {
                speech: false,
                beeps: true,
                vibration: false,
                flash: true,
            },
            active: Some(ActiveSession::of(&running)),
            history: vec![SessionLog::from_session(&done).unwrap()],
            ..AppData::default()
        }
    }

    #[test]
    fn everything_round_trips() {
        let data = full();
        assert_eq!(from_json(&to_json(&data)), Ok(data));
    }

    #[test]
    fn the_v2_fixture_loads_and_its_session_resumes() {
        let data = from_json(&fixture("v2_full.json")).unwrap();
        assert!(!data.cues.speech && data.cues.beeps && !data.cues.vibration && data.cues.flash);
        let active = data.active.clone().unwrap();
        assert_eq!(
            active.routine.name.as_str(),
            "5 minutes while the baby naps"
        );
        assert_eq!(active.routine.steps.len(), 4);
        let session = data.active.unwrap().restore(Catalog::builtin()).unwrap();
        assert_eq!(session.status(), Status::Paused);
        assert_eq!(session.view(T0 + 99 * 86_400_000).elapsed_ms, 65_500);
        let log = &data.history[0];
        assert!(!log.stopped_early);
        assert_eq!(log.exercises.len(), 4);
        assert!(log.exercises.iter().all(|e| e.done_sets == e.planned_sets));
    }

    #[test]
    fn version_1_migrates_with_defaults() {
        let data = from_json(&fixture("v1_notice.json")).unwrap();
        assert_eq!(data.cues, CueSettings::default());
        assert_eq!(data.active, None);
        assert!(data.history.is_empty());
        // Written back, it is the current version.
        assert!(to_json(&data).starts_with(&format!(r#"{{"version":{CURRENT_VERSION}"#)));
    }

    #[test]
    fn hostile_values_inside_a_valid_shape_are_rejected() {
        let good = to_json(&full());
        for (from, to) in [
            (
                r#""exercise":"breathing-belly""#,
                r#""exercise":"<script>""#,
            ),
            (r#""sets":1"#, r#""sets":200"#),
            (r#""status":"paused""#, r#""status":"exploded""#),
            (r#""name":"5 minutes while the baby naps""#, r#""name":"""#),
        ] {
            assert!(good.contains(from), "fixture lacks {from}");
            let bad = good.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                "{to} was accepted"
            );
        }
    }
}

mod v3 {
    use super::*;
    use backcare::domain::catalog::Catalog;
    use backcare::domain::comfort::{
        AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
    };
    use backcare::domain::exercise::ExerciseId;
    use backcare::domain::history::SessionLog;
    use backcare::domain::planner::WhyLine;
    use backcare::domain::profile::{Activity, Birth, ContactText, Delivery, PainSite, Profile};
    use backcare::domain::progression::{PlanItem, PlanState};
    use backcare::domain::routine::Plan;
    use backcare::domain::safety::{Moment, RedFlag, SafetyState};
    use backcare::domain::session::{ActiveSession, Command, Session};
    use backcare::domain::settings::Thresholds;

    const T0: i64 = 1_795_000_000_000;

    fn pain(v: u8) -> PainScore {
        PainScore::new(v).unwrap()
    }

    /// A document with every part of the personal plan filled in.
    fn full() -> AppData {
        let catalog = Catalog::builtin();
        let plan = Plan::new(reference::nap(), catalog).unwrap();
        let mut done = Session::new(plan.clone());
        done.apply(Command::Start, T0);
        done.apply(Command::Tick, T0 + plan.total_ms());
        let mut log = SessionLog::from_session(&done).unwrap();
        log.comfort = Comfort {
            before: Some(pain(2)),
            after: Some(AfterReport {
                worst_pain: pain(3),
                effort: Effort::Moderate,
                note: Note::new("Felt <b>fine</b>, baby slept").unwrap(),
            }),
            morning: Some(MorningReport {
                compare: MorningCompare::Better,
                pain: pain(1),
                at_ms: T0 + 86_400_000,
            }),
            morning_skipped: false,
        };
        let mut running = Session::new(plan);
        running.apply(Command::Start, T0 + 2 * 86_400_000);
        let mut safety = SafetyState::default();
        safety.record(
            &[RedFlag::Leaking],
            Moment::DuringSession,
            T0 + 3 * 86_400_000,
        );
        safety.resume(T0 + 4 * 86_400_000);
        AppData {
            active: Some(ActiveSession::of(&running).with_before(Some(pain(4)))),
            history: vec![log],
            profile: Some(Profile {
                birth: Birth::Date { day: 20_750 },
                delivery: Delivery::EmergencyCaesarean,
                severe_tear: false,
                epidural: true,
                pain_sites: vec![PainSite::LowerBack, PainSite::Scar],
                pregnancy_back_pain: true,
                activity: Activity::Low,
                cleared_at_ms: None,
                emergency_number: ContactText::new("999").unwrap(),
                care_contact: ContactText::new("Midwife Jo 01234 567890").unwrap(),
            }),
            plan: PlanState {
                items: vec![PlanItem {
                    exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
                    dose_step: 1,
                }],
                streak: 1,
                applied_through_ms: T0,
            },
            plan_notes: vec![WhyLine {
                exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
                text: "Pelvic tilt, lying: +2 reps".into(),
            }],
            safety,
            thresholds: Thresholds {
                comfortable_max: 2,
                ..Thresholds::default()
            },
            target_min: 20,
            ..AppData::default()
        }
    }

    #[test]
    fn everything_round_trips() {
        let data = full();
        assert_eq!(from_json(&to_json(&data)), Ok(data));
    }

    #[test]
    fn the_v3_fixture_loads() {
        let path = "tests/fixtures/saved/v3_full.json";
        if std::env::var_os("WRITE_FIXTURES").is_some() {
            std::fs::write(path, to_json(&full()) + "\n").unwrap();
        }
        let data = from_json(&fixture("v3_full.json")).unwrap();
        let profile = data.profile.unwrap();
        assert_eq!(profile.delivery, Delivery::EmergencyCaesarean);
        assert_eq!(profile.emergency_number.as_str(), "999");
        assert_eq!(
            data.history[0]
                .comfort
                .after
                .as_ref()
                .unwrap()
                .note
                .as_str(),
            "Felt <b>fine</b>, baby slept"
        );
        assert_eq!(
            data.history[0].comfort.morning.unwrap().compare,
            MorningCompare::Better
        );
        assert_eq!(data.active.unwrap().before, Some(pain(4)));
        assert_eq!(data.plan.items[0].dose_step, 1);
        assert_eq!(data.plan_notes.len(), 1);
        assert!(!data.safety.is_paused());
        assert_eq!(data.safety.events.len(), 1);
        assert_eq!(data.thresholds.comfortable_max, 2);
        assert_eq!(data.target_min, 20);
    }

    #[test]
    fn version_2_migrates_with_an_empty_personal_plan() {
        let data = from_json(&fixture("v2_full.json")).unwrap();
        assert_eq!(data.profile, None);
        assert_eq!(data.plan, PlanState::default());
        assert_eq!(data.thresholds, Thresholds::default());
        assert!(data.history.iter().all(|l| l.comfort == Comfort::default()));
        assert_eq!(data.active.unwrap().before, None);
    }

    #[test]
    fn hostile_personal_values_are_rejected() {
        let good = to_json(&full());
        for (from, to) in [
            (r#""worst_pain":3"#, r#""worst_pain":11"#),
            (
                r#""delivery":"emergency-caesarean""#,
                r#""delivery":"stork""#,
            ),
            (r#""comfortable_max":2"#, r#""comfortable_max":9"#),
            (r#""tier":"physio""#, r#""tier":"later""#),
            (r#""dose_step":1"#, r#""dose_step":99"#),
            (r#""target_min":20"#, r#""target_min":200"#),
        ] {
            assert!(good.contains(from), "fixture lacks {from}");
            let bad = good.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                "{to} was accepted"
            );
        }
    }
}
