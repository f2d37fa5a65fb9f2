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
fn the_first_visits_record_of_the_notice_reads_back_and_nothing_else_does() {
    let ack = NoticeAck::current(1_795_000_000_000);
    assert_eq!(ack.version, NOTICE_VERSION);
    assert_eq!(ack.to_record(), format!("{NOTICE_VERSION},1795000000000"));
    assert_eq!(NoticeAck::from_record(&ack.to_record()), Some(ack));
    let before_1970 = NoticeAck {
        version: 1,
        at_ms: -5,
    };
    assert_eq!(NoticeAck::from_record("1,-5"), Some(before_1970));
    for bad in [
        "",
        "1",
        "1,",
        ",5",
        "a,5",
        "1,b",
        "1,5,6",
        " 1,5",
        "1,5 ",
        "+1,5",
        "1,+5",
        "-1,5",
        "1,--5",
        "1,-",
        "99999999999,5",
        "1,99999999999999999999",
        "1;5",
    ] {
        assert_eq!(NoticeAck::from_record(bad), None, "{bad:?}");
    }
    // An old version's record asks again, as an old acknowledgement in her data does.
    let old = AppData {
        notice: NoticeAck::from_record(&format!("{},5", NOTICE_VERSION - 1)),
        ..AppData::default()
    };
    assert!(old.needs_notice());
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
    pub(super) fn full() -> AppData {
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
    use backcare::domain::comfort::{Comfort, MorningCompare, PainScore};
    use backcare::domain::exercise::ExerciseId;
    use backcare::domain::profile::{Activity, Birth, Delivery, PainSite};
    use backcare::domain::progression::{PlanItem, PlanState};
    use backcare::domain::safety::{Moment, RedFlag, Tier};
    use backcare::domain::settings::Thresholds;

    fn pain(v: u8) -> PainScore {
        PainScore::new(v).unwrap()
    }

    /// The format 3 fixture was written by the last build of format 3; it never changes.
    #[test]
    fn the_v3_fixture_migrates_to_format_4() {
        let raw = fixture("v3_full.json");
        assert!(raw.starts_with(r#"{"version":3,"#));
        assert!(raw.contains(r#""notes":[{"#) && raw.contains(r#""streak":1"#));
        let data = from_json(&raw).unwrap();

        // The plan: items keep their place; the plan-wide streak, the sentences and
        // when it was last applied go (settling rebuilds the rest from her history).
        assert_eq!(
            data.plan,
            PlanState {
                items: vec![PlanItem {
                    exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
                    dose_step: 1,
                    streak: 0,
                    last_done_ms: None,
                }],
                started_ms: None,
                changes: vec![],
                imported: vec![],
            }
        );

        // Everything else is kept.
        let profile = data.profile.clone().unwrap();
        assert_eq!(profile.birth, Birth::Date { day: 20_750 });
        assert_eq!(profile.delivery, Delivery::EmergencyCaesarean);
        assert!(!profile.severe_tear && profile.epidural && profile.pregnancy_back_pain);
        assert_eq!(
            profile.pain_sites,
            vec![PainSite::LowerBack, PainSite::Scar]
        );
        assert_eq!(profile.activity, Activity::Low);
        assert_eq!(profile.cleared_at_ms, None);
        assert_eq!(profile.emergency_number.as_str(), "999");
        assert_eq!(profile.care_contact.as_str(), "Midwife Jo 01234 567890");
        // Format 4's new profile fields start empty.
        assert_eq!(profile.usual_pain, None);
        assert!(!profile.lifting_pain);

        assert_eq!(data.history.len(), 1);
        let log = &data.history[0];
        assert_eq!(log.routine, "5 minutes while the baby naps");
        assert_eq!(log.started_at_ms, 1_795_000_000_000);
        assert_eq!(log.exercises.len(), 4);
        assert_eq!(log.start, None);
        assert_eq!(log.comfort.before, Some(pain(2)));
        let after = log.comfort.after.as_ref().unwrap();
        assert_eq!(after.worst_pain, pain(3));
        assert_eq!(after.note.as_str(), "Felt <b>fine</b>, baby slept");
        let morning = log.comfort.morning.unwrap();
        assert_eq!(morning.compare, MorningCompare::Better);
        assert_eq!((morning.pain, morning.at_ms), (pain(1), 1_795_086_400_000));

        let active = data.active.clone().unwrap();
        assert_eq!(active.before, Some(pain(4)));
        assert_eq!(active.start, None);
        assert!(active.restore(Catalog::builtin()).is_some());

        assert_eq!(data.safety.events.len(), 1);
        assert_eq!(data.safety.events[0].tier, Tier::Physio);
        assert_eq!(data.safety.events[0].flags, vec![RedFlag::Leaking]);
        assert_eq!(data.safety.events[0].moment, Moment::DuringSession);
        assert_eq!(data.safety.resumed_at_ms, vec![1_795_345_600_000]);
        assert!(!data.safety.is_paused());
        // Format 3 thresholds, with format 4's new ones at their defaults.
        assert_eq!(
            data.thresholds,
            Thresholds {
                comfortable_max: 2,
                ..Thresholds::default()
            }
        );
        assert_eq!(data.target_min, 20);
        assert!(data.imported.is_empty());

        // Written back it is the current format, without the sentences, and reads back
        // the same.
        let json = to_json(&data);
        assert!(json.starts_with(&format!(r#"{{"version":{CURRENT_VERSION},"#)));
        assert!(!json.contains("notes") && !json.contains("+2 reps"));
        assert_eq!(from_json(&json), Ok(data));
    }

    #[test]
    fn a_format_3_plan_with_bad_items_is_still_corrupt() {
        let raw = fixture("v3_full.json");
        for (from, to) in [
            (r#""dose_step":1"#, r#""dose_step":99"#),
            (
                r#""exercise":"pelvic-tilt-lying","dose_step""#,
                r#""exercise":"Pelvic Tilt","dose_step""#,
            ),
            (r#""streak":1"#, r#""streak":"one""#),
        ] {
            assert!(raw.contains(from), "fixture lacks {from}");
            let bad = raw.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                "{to} was accepted"
            );
        }
    }

    #[test]
    fn version_2_migrates_with_an_empty_personal_plan() {
        let data = from_json(&fixture("v2_full.json")).unwrap();
        assert_eq!(data.profile, None);
        assert_eq!(data.plan, PlanState::default());
        assert_eq!(data.thresholds, Thresholds::default());
        assert!(data.history.iter().all(|l| l.comfort == Comfort::default()));
        assert!(data.history.iter().all(|l| l.start.is_none()));
        assert_eq!(data.active.unwrap().before, None);
    }
}

mod v4 {
    use super::*;
    use backcare::domain::catalog::Catalog;
    use backcare::domain::comfort::{
        AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
    };
    use backcare::domain::exercise::ExerciseId;
    use backcare::domain::history::SessionLog;
    use backcare::domain::imported::ImportedRoutine;
    use backcare::domain::profile::{Activity, Birth, ContactText, Delivery, PainSite, Profile};
    use backcare::domain::progression::{
        Change, ImportedProgress, PlanItem, PlanState, Position, Reason, Verdict,
    };
    use backcare::domain::routine::{Plan, RoutineName};
    use backcare::domain::safety::{Moment, RedFlag, SafetyState};
    use backcare::domain::session::{ActiveSession, Command, Session};
    use backcare::domain::settings::Thresholds;
    use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
    use backcare::domain::start::Start;

    const T0: i64 = 1_795_000_000_000;
    const DAY: i64 = 86_400_000;
    /// When she kept the physiotherapist's routine.
    const KEPT: i64 = T0 - 3 * DAY;

    fn pain(v: u8) -> PainScore {
        PainScore::new(v).unwrap()
    }

    fn at(raw: &str, dose_step: i8) -> Position {
        Position {
            exercise: ExerciseId::new(raw).unwrap(),
            dose_step,
        }
    }

    fn change(
        at_ms: i64,
        from: Position,
        to: Position,
        verdict: Verdict,
        reason: Reason,
    ) -> Change {
        Change {
            at_ms,
            from,
            to,
            verdict,
            reason,
            routine: None,
        }
    }

    fn physio_routine() -> SharedRoutine {
        let catalog = Catalog::builtin();
        SharedRoutine {
            name: RoutineName::new("Back routine from Sam").unwrap(),
            clinician: ShareText::new("Sam Physio", 60).unwrap(),
            clinic: ShareText::new("Riverside Clinic", 60).unwrap(),
            frequency: Frequency::PerWeek(3),
            weeks: 6,
            auto_progress: true,
            // Only what a link carries: the rest are the defaults.
            thresholds: Some(Thresholds {
                comfortable_max: 2,
                acceptable_max: 4,
                sessions_to_progress: 3,
                tear_weeks: 6,
                ..Thresholds::default()
            }),
            exercises: ["pelvic-tilt-lying", "knee-rolls"]
                .iter()
                .map(|raw| SharedExercise {
                    exercise: ExerciseId::new(raw).unwrap(),
                    dose: catalog.find(raw).unwrap().dose,
                    note: ShareText::new("Slowly", 120).unwrap(),
                })
                .collect(),
        }
    }

    /// A format 4 document with every part filled in.
    pub(super) fn full() -> AppData {
        let catalog = Catalog::builtin();
        let plan = Plan::new(reference::nap(), catalog).unwrap();
        let mut done = Session::new(plan.clone());
        done.apply(Command::Start, T0);
        done.apply(Command::Tick, T0 + plan.total_ms());
        let mut today = SessionLog::from_session(&done).unwrap();
        today.start = Some(Start::Today);
        today.comfort = Comfort {
            before: Some(pain(2)),
            after: Some(AfterReport {
                worst_pain: pain(3),
                effort: Effort::Moderate,
                note: Note::new("Felt fine").unwrap(),
            }),
            morning: Some(MorningReport {
                compare: MorningCompare::Same,
                pain: pain(2),
                at_ms: T0 + DAY,
            }),
            morning_skipped: false,
        };
        let mut shared = SessionLog::from_session(&done).unwrap();
        shared.started_at_ms = T0 - 2 * DAY;
        shared.routine = "Back routine from Sam".into();
        shared.start = Some(Start::Shared(KEPT));
        shared.comfort.morning_skipped = true;
        let mut walk = SessionLog::from_session(&done).unwrap();
        walk.started_at_ms = T0 - DAY;
        walk.start = Some(Start::Walk);
        let mut tried = SessionLog::from_session(&done).unwrap();
        tried.started_at_ms = T0 + 2 * DAY;
        tried.start = Some(Start::Exercise(ExerciseId::new("cat-cow").unwrap()));

        let mut running = Session::new(plan);
        running.apply(Command::Start, T0 + 3 * DAY);
        let mut safety = SafetyState::default();
        safety.record(&[RedFlag::Leaking], Moment::BeforeSession, T0 + DAY / 2);
        safety.resume(T0 + DAY);

        let placed = change(
            T0 - 10 * DAY,
            at("pelvic-tilt-wall", 0),
            at("pelvic-tilt-wall", 0),
            Verdict::Start,
            Reason::Placed { level: 2 },
        );
        let changes = vec![
            placed,
            change(
                T0 - 8 * DAY,
                at("walk-10", 0),
                at("walk-10", 0),
                Verdict::Start,
                Reason::Placed { level: 1 },
            ),
            Change {
                routine: Some(KEPT),
                ..change(
                    T0 - 2 * DAY,
                    at("pelvic-tilt-lying", 1),
                    at("pelvic-tilt-lying", 2),
                    Verdict::Progress,
                    Reason::ComfortableStreak { sessions: 3 },
                )
            },
            change(
                T0 - DAY,
                at("walk-10", 0),
                at("walk-10", 0),
                Verdict::Hold,
                Reason::BuildingStreak { have: 1, need: 2 },
            ),
            change(
                T0,
                at("pelvic-tilt-wall", 0),
                at("pelvic-tilt-wall", 1),
                Verdict::Progress,
                Reason::ComfortableStreak { sessions: 2 },
            ),
            change(
                T0 + DAY / 2,
                at("walk-10", 0),
                at("walk-10", 0),
                Verdict::Hold,
                Reason::RedFlag,
            ),
            change(
                T0 + DAY,
                at("pelvic-tilt-wall", 1),
                at("pelvic-tilt-wall", 1),
                Verdict::Hold,
                Reason::AfterCheck,
            ),
            change(
                T0 + DAY,
                at("pelvic-tilt-wall", 1),
                at("pelvic-tilt-wall", 0),
                Verdict::StepBack,
                Reason::MorningHigher {
                    baseline: 2,
                    morning: 4,
                },
            ),
            change(
                T0 + DAY,
                at("pelvic-tilt-wall", 0),
                at("pelvic-tilt-lying", 0),
                Verdict::StepBack,
                Reason::PainTooHigh { pain: 7 },
            ),
            change(
                T0 + 2 * DAY,
                at("walk-20", 0),
                at("walk-10", 0),
                Verdict::StepBack,
                Reason::Away { days: 14 },
            ),
            change(
                T0 + 2 * DAY,
                at("walk-10", 0),
                at("walk-10", 0),
                Verdict::Hold,
                Reason::StageLocked,
            ),
        ];
        AppData {
            notice: Some(NoticeAck {
                version: NOTICE_VERSION,
                at_ms: T0 - 20 * DAY,
            }),
            active: Some(
                ActiveSession::of(&running)
                    .with_before(Some(pain(4)))
                    .with_start(Some(Start::Short)),
            ),
            history: vec![shared, walk, today, tried],
            profile: Some(Profile {
                birth: Birth::WeeksAgo {
                    weeks: 9,
                    recorded_at_ms: T0 - 30 * DAY,
                },
                delivery: Delivery::AssistedVaginal,
                severe_tear: true,
                epidural: false,
                pain_sites: vec![PainSite::LowerBack, PainSite::UpperBack],
                pregnancy_back_pain: false,
                activity: Activity::High,
                cleared_at_ms: Some(T0 - 5 * DAY),
                usual_pain: Some(pain(3)),
                lifting_pain: true,
                emergency_number: ContactText::new("112").unwrap(),
                care_contact: ContactText::new("Dr Ana 555 0100").unwrap(),
            }),
            plan: PlanState {
                items: vec![
                    PlanItem {
                        exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
                        dose_step: 0,
                        streak: 1,
                        last_done_ms: Some(T0 + DAY),
                    },
                    PlanItem {
                        exercise: ExerciseId::new("walk-10").unwrap(),
                        dose_step: 0,
                        streak: 0,
                        last_done_ms: None,
                    },
                    PlanItem {
                        exercise: ExerciseId::new("chin-tuck").unwrap(),
                        dose_step: -2,
                        streak: 0,
                        last_done_ms: Some(T0 - DAY),
                    },
                ],
                started_ms: Some(T0 - 10 * DAY),
                changes,
                imported: vec![ImportedProgress {
                    imported_at_ms: KEPT,
                    items: vec![
                        PlanItem {
                            exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
                            dose_step: 2,
                            streak: 0,
                            last_done_ms: Some(T0 - 2 * DAY),
                        },
                        PlanItem {
                            exercise: ExerciseId::new("knee-rolls").unwrap(),
                            dose_step: -1,
                            streak: 2,
                            last_done_ms: None,
                        },
                    ],
                }],
            },
            safety,
            thresholds: Thresholds {
                comfortable_max: 2,
                acceptable_max: 4,
                sessions_to_progress: 3,
                tear_weeks: 8,
                morning_margin: 1,
                away_days: 21,
                away_days_two: 35,
            },
            target_min: 12,
            imported: vec![ImportedRoutine {
                routine: physio_routine(),
                imported_at_ms: KEPT,
                as_plan: false,
                cleared_above_stage: true,
            }],
            physio_draft: Some(SharedRoutine {
                auto_progress: false,
                thresholds: None,
                ..physio_routine()
            }),
            ..AppData::default()
        }
    }

    #[test]
    fn everything_round_trips() {
        let data = full();
        let json = to_json(&data);
        assert!(json.starts_with(&format!(r#"{{"version":{CURRENT_VERSION},"#)));
        assert_eq!(from_json(&json), Ok(data));
    }

    /// The format 4 fixture was written by the last build of format 4; it never changes
    /// (this build writes format 5).
    #[test]
    fn the_v4_fixture_loads_as_written() {
        let raw = fixture("v4_full.json");
        let data = from_json(&raw).unwrap();
        assert_eq!(data, full());
        // Spot checks, so a change to `full` cannot quietly rewrite what the file says.
        let profile = data.profile.as_ref().unwrap();
        assert_eq!(profile.usual_pain, Some(pain(3)));
        assert!(profile.lifting_pain);
        let starts: Vec<Option<Start>> = data.history.iter().map(|l| l.start.clone()).collect();
        assert_eq!(
            starts,
            vec![
                Some(Start::Shared(KEPT)),
                Some(Start::Walk),
                Some(Start::Today),
                Some(Start::Exercise(ExerciseId::new("cat-cow").unwrap())),
            ]
        );
        assert_eq!(data.active.as_ref().unwrap().start, Some(Start::Short));
        let reasons: Vec<Reason> = data.plan.changes.iter().map(|c| c.reason).collect();
        for r in [
            Reason::Placed { level: 2 },
            Reason::ComfortableStreak { sessions: 3 },
            Reason::RedFlag,
            Reason::AfterCheck,
            Reason::MorningHigher {
                baseline: 2,
                morning: 4,
            },
            Reason::PainTooHigh { pain: 7 },
            Reason::Away { days: 14 },
        ] {
            assert!(reasons.contains(&r), "{r:?}");
        }
        assert_eq!(data.plan.changes[2].routine, Some(KEPT));
        assert_eq!(data.plan.imported[0].items[1].dose_step, -1);
        assert_eq!(data.plan.started_ms, Some(T0 - 10 * DAY));
        assert_eq!(data.thresholds.away_days, 21);
        assert_eq!(data.thresholds.morning_margin, 1);
        assert!(data.imported[0].routine.auto_progress);
        for key in [
            r#""usual_pain":3"#,
            r#""lifting_pain":true"#,
            r#""start":"shared-"#,
            r#""reason":"morning-higher","n":[2,4]"#,
            r#""reason":"away","n":[14]"#,
            r#""started_ms":"#,
        ] {
            assert!(raw.contains(key), "the fixture lacks {key}");
        }
    }

    /// The format 4 fixture and what this build writes of the same data.
    fn both_formats() -> [String; 2] {
        [fixture("v4_full.json"), to_json(&full())]
    }

    #[test]
    fn changes_that_do_not_read_back_are_corrupt() {
        for good in both_formats() {
            for (from, to) in [
                // Unknown keys.
                (r#""reason":"placed""#, r#""reason":"teleported""#),
                (r#""reason":"red-flag""#, r#""reason":"Red flag""#),
                (r#""verdict":"progress""#, r#""verdict":"leap""#),
                // Numbers out of range, missing or of the wrong size.
                (
                    r#""reason":"pain-too-high","n":[7]"#,
                    r#""reason":"pain-too-high","n":[11]"#,
                ),
                (
                    r#""reason":"pain-too-high","n":[7]"#,
                    r#""reason":"pain-too-high""#,
                ),
                (
                    r#""reason":"morning-higher","n":[2,4]"#,
                    r#""reason":"morning-higher","n":[2]"#,
                ),
                (
                    r#""reason":"morning-higher","n":[2,4]"#,
                    r#""reason":"morning-higher","n":[2,40]"#,
                ),
                (
                    r#""reason":"placed","n":[2]"#,
                    r#""reason":"placed","n":[4]"#,
                ),
                (
                    r#""reason":"away","n":[14]"#,
                    r#""reason":"away","n":[5000]"#,
                ),
                (
                    r#""reason":"away","n":[14]"#,
                    r#""reason":"away","n":[70000]"#,
                ),
                (r#""reason":"away","n":[14]"#, r#""reason":"away","n":[-1]"#),
                (
                    r#""reason":"comfortable-streak","n":[3]"#,
                    r#""reason":"comfortable-streak","n":[300]"#,
                ),
                (r#""from_step":0"#, r#""from_step":99"#),
                (r#""to":"walk-10""#, r#""to":"Walk ten""#),
                // Items, their progress and where sessions came from.
                (r#""dose_step":-2"#, r#""dose_step":-20"#),
                (r#""streak":2"#, r#""streak":256"#),
                (r#""start":"walk""#, r#""start":"running""#),
                (r#""start":"shared-"#, r#""start":"shared--"#),
                (r#""usual_pain":3"#, r#""usual_pain":11"#),
                (r#""morning_margin":1"#, r#""morning_margin":4"#),
                (r#""away_days":21"#, r#""away_days":3"#),
                (r#""away_days_two":35"#, r#""away_days_two":20"#),
            ] {
                assert!(good.contains(from), "the document lacks {from}");
                let bad = good.replacen(from, to, 1);
                assert!(
                    matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                    "{to} was accepted: {:?}",
                    from_json(&bad).map(|d| d.plan.changes.len())
                );
            }
        }
    }

    #[test]
    fn hostile_personal_values_are_rejected() {
        let good = fixture("v4_full.json");
        for (from, to) in [
            (r#""worst_pain":3"#, r#""worst_pain":11"#),
            (r#""delivery":"assisted""#, r#""delivery":"stork""#),
            (r#""comfortable_max":2"#, r#""comfortable_max":9"#),
            (r#""tier":"physio""#, r#""tier":"later""#),
            (r#""target_min":12"#, r#""target_min":200"#),
        ] {
            assert!(good.contains(from), "the document lacks {from}");
            let bad = good.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                "{to} was accepted"
            );
        }
    }

    #[test]
    fn a_plan_keeps_at_most_its_latest_changes() {
        use backcare::domain::progression::MAX_CHANGES;
        let mut data = full();
        let one = data.plan.changes[0].clone();
        data.plan.changes = (0..MAX_CHANGES as i64 + 5)
            .map(|k| Change {
                at_ms: k,
                ..one.clone()
            })
            .collect();
        let back = from_json(&to_json(&data)).unwrap();
        assert_eq!(back.plan.changes.len(), MAX_CHANGES);
        assert_eq!(back.plan.changes[0].at_ms, 5);
    }
}

mod v5 {
    use super::*;
    use backcare::domain::comfort::{AfterReport, Effort, Note, PainScore};
    use backcare::domain::history::{monday_of, SessionLog, WeekSummary, MAX_LOGS};
    use backcare::domain::profile::DAY_MS;

    const T0: i64 = 1_795_000_000_000;

    fn pain(v: u8) -> PainScore {
        PainScore::new(v).unwrap()
    }

    /// A format 5 document with every part filled in: format 4's, an exercise not done
    /// in full, a session stopped early, an after-session report without a note, and
    /// two folded weeks (one with pain reported, one without).
    pub(super) fn full() -> AppData {
        let mut data = super::v4::full();
        let walk = &mut data.history[1];
        walk.comfort.after = Some(AfterReport {
            worst_pain: pain(1),
            effort: Effort::Easy,
            note: Note::default(),
        });
        let tried = &mut data.history[3];
        tried.stopped_early = true;
        tried.exercises[1].done_sets = 0;
        tried.exercises[1].done_work_s = 12;
        let monday = monday_of(T0 / DAY_MS) - 30 * 7;
        data.folded_weeks = vec![
            WeekSummary {
                monday,
                sessions: 5,
                active_min: 62,
                worst_pain: Some(pain(4)),
                morning_pain: Some(pain(3)),
            },
            WeekSummary {
                monday: monday + 7,
                sessions: 1,
                active_min: 6,
                worst_pain: None,
                morning_pain: None,
            },
        ];
        data
    }

    #[test]
    fn everything_round_trips() {
        let data = full();
        let json = to_json(&data);
        assert!(json.starts_with(r#"{"version":6,"#));
        assert_eq!(from_json(&json), Ok(data));
    }

    /// The format 5 fixture was written by the last build of format 5; it never changes.
    #[test]
    fn the_v5_fixture_loads_as_written() {
        let raw = fixture("v5_full.json");
        assert!(raw.starts_with(r#"{"version":5,"#));
        let data = from_json(&raw).unwrap();
        assert_eq!(data, full());
        // Spot checks, so a change to `full` cannot quietly rewrite what the file says.
        assert_eq!(data.history.len(), 4);
        assert_eq!(data.folded_weeks.len(), 2);
        assert_eq!(data.folded_weeks[0].worst_pain, Some(pain(4)));
        assert!(data.history[3].stopped_early);
        assert_eq!(data.history[3].exercises[1].done_work_s, 12);
        for key in [
            r#""exercise_ids":["breathing-belly","brace-lying","pelvic-tilt-lying","shoulder-blade-squeeze"]"#,
            r#""exercises":[[0,1,60],[1,1,80],[2,1,60],[3,1,60]]"#,
            r#""exercises":[[0,1,60],[1,1,80,0,12],"#,
            r#""after":[3,"moderate","Felt fine"]"#,
            r#""after":[1,"easy"]"#,
            r#""morning":["same",2,"#,
            r#""morning_skipped":true"#,
            r#""stopped_early":true"#,
            r#""folded_weeks":[{"monday":"#,
            r#""sessions":1,"active_min":6}]"#,
        ] {
            assert!(raw.contains(key), "the fixture lacks {key}");
        }
        // In the logs, nothing the library already knows, and no defaults spelt out.
        let logs =
            &raw[raw.find(r#""history":"#).unwrap()..raw.find(r#""folded_weeks":"#).unwrap()];
        for absent in [
            "Belly breathing",
            r#""name":"Deep"#,
            r#""stopped_early":false"#,
            r#""morning_skipped":false"#,
            r#""note":"#,
            r#""comfort":"#,
        ] {
            assert!(!logs.contains(absent), "the fixture's logs have {absent}");
        }
    }

    /// Format 4's logs move to format 5 unchanged but for the names.
    #[test]
    fn the_v4_fixture_becomes_format_5() {
        let v4 = fixture("v4_full.json");
        let data = from_json(&v4).unwrap();
        let v5 = to_json(&data);
        assert!(
            v5.len() < v4.len() * 3 / 4,
            "{} bytes of {}",
            v5.len(),
            v4.len()
        );
        assert_eq!(from_json(&v5), Ok(data.clone()));
        assert!(data.folded_weeks.is_empty());
        let catalog = backcare::domain::catalog::Catalog::builtin();
        let names: Vec<&str> = data.history[0]
            .exercises
            .iter()
            .map(|e| e.name(catalog))
            .collect();
        assert_eq!(
            names,
            [
                "Belly breathing",
                "Deep tummy brace, lying",
                "Pelvic tilt, lying",
                "Shoulder blade squeeze"
            ]
        );
    }

    #[test]
    fn hostile_values_are_rejected() {
        let good = to_json(&full());
        for (from, to) in [
            // The exercises and their list.
            (r#"[[0,1,60],[1,1,80]"#, r#"[[4,1,60],[1,1,80]"#),
            (r#"[[0,1,60],[1,1,80]"#, r#"[[0,1,60,1],[1,1,80]"#),
            (r#"[[0,1,60],[1,1,80]"#, r#"[[0,1],[1,1,80]"#),
            (r#"[[0,1,60],[1,1,80]"#, r#"[[0,1,60,1,60,1],[1,1,80]"#),
            (
                r#""exercise_ids":["breathing-belly""#,
                r#""exercise_ids":["Breathing""#,
            ),
            (
                r#""exercise_ids":["breathing-belly","brace-lying""#,
                r#""exercise_ids":["brace-lying","brace-lying""#,
            ),
            (r#""exercise_ids":["#, r#""exercise_ids":{"#),
            // Comfort reports.
            (r#""after":[1,"easy"]"#, r#""after":[11,"easy"]"#),
            (r#""after":[1,"easy"]"#, r#""after":[1,"breezy"]"#),
            (r#""after":[1,"easy"]"#, r#""after":[1]"#),
            (r#""after":[1,"easy"]"#, r#""after":[1,"easy","",""]"#),
            (r#""morning":["same",2,"#, r#""morning":["lovely",2,"#),
            (r#""morning":["same",2,"#, r#""morning":["same",12,"#),
            (r#""before":2"#, r#""before":11"#),
            (r#""active_ms":"#, r#""active_ms":-1,"x":"#),
            // Folded weeks.
            (r#""sessions":1,"#, r#""sessions":0,"#),
            (r#""worst_pain":4"#, r#""worst_pain":11"#),
            (r#""morning_pain":3"#, r#""morning_pain":11"#),
        ] {
            assert!(good.contains(from), "the document lacks {from}");
            let bad = good.replacen(from, to, 1);
            assert!(
                matches!(from_json(&bad), Err(SavedError::Corrupt(_))),
                "{to} was accepted"
            );
        }
        // A week that does not start on a Monday, and weeks out of order.
        let data = full();
        let monday = data.folded_weeks[0].monday;
        for (first, second) in [
            (monday + 1, monday + 7),
            (monday + 7, monday),
            (monday, monday),
        ] {
            let mut bad = data.clone();
            bad.folded_weeks[0].monday = first;
            bad.folded_weeks[1].monday = second;
            assert!(
                matches!(from_json(&to_json(&bad)), Err(SavedError::Corrupt(_))),
                "weeks {first}, {second} were accepted"
            );
        }
    }

    /// Daily sessions for `days` days up to `T0`, each with pain reported.
    fn daily(days: i64) -> Vec<SessionLog> {
        let one = full().history[2].clone();
        (0..days)
            .map(|d| SessionLog {
                started_at_ms: T0 - (days - d) * DAY_MS,
                ..one.clone()
            })
            .collect()
    }

    /// A document holding more logs than the cap (a format 4 document could hold
    /// 2000) loads with its oldest weeks folded: nothing is dropped.
    #[test]
    fn a_long_log_is_folded_when_read_never_cut() {
        let long = AppData {
            history: daily(1500),
            ..AppData::default()
        };
        let data = from_json(&to_json(&long)).unwrap();
        assert!(data.history.len() <= MAX_LOGS);
        let folded: u32 = data
            .folded_weeks
            .iter()
            .map(|w| u32::from(w.sessions))
            .sum();
        assert_eq!(data.history.len() + folded as usize, 1500);
        assert_eq!(data.history.last(), long.history.last());
        // Read again, it stays as it is.
        assert_eq!(from_json(&to_json(&data)), Ok(data.clone()));
    }

    /// Two years of daily sessions of a realistic routine (nine exercises, the three
    /// comfort reports) stay small.
    #[test]
    fn two_years_of_daily_sessions_stay_under_250_kb() {
        use backcare::domain::exercise::ExerciseId;
        use backcare::domain::history::ExerciseLog;
        let routine = [
            ("breathing-belly", 1, 90),
            ("brace-lying", 1, 70),
            ("pelvic-floor-quick", 1, 18),
            ("pelvic-tilt-lying", 2, 120),
            ("knee-rolls", 2, 96),
            ("chin-tuck", 2, 72),
            ("heel-slides", 1, 72),
            ("side-lying-clam", 1, 48),
            ("hamstring-stretch", 2, 60),
        ];
        let mut history = daily(730);
        for log in &mut history {
            log.routine = "Your routine for today".into();
            log.exercises = routine
                .iter()
                .map(|&(id, sets, work)| ExerciseLog {
                    exercise: ExerciseId::new(id).unwrap(),
                    planned_sets: sets,
                    done_sets: sets,
                    planned_work_s: work,
                    done_work_s: work,
                })
                .collect();
        }
        let data = AppData {
            history,
            folded_weeks: Vec::new(),
            ..full()
        };
        let json = to_json(&data);
        assert!(json.len() < 250_000, "{} bytes", json.len());
        assert_eq!(from_json(&json), Ok(data));
    }
}

/// Format 6: format 5 with her return-to-running checks.
mod v6 {
    use super::*;
    use backcare::domain::running::{Answer, RunCheck, Symptoms, Test};

    const T0: i64 = 1_795_000_000_000;

    /// The full format 5 document with two checks: one finished with every test
    /// passed, and one in progress where she reported leaking after a test.
    pub(super) fn full() -> AppData {
        let mut data = super::v5::full();
        let none = Symptoms::default();
        let mut passed = RunCheck::new(T0);
        for (i, test) in Test::ALL.into_iter().enumerate() {
            let t = test.target();
            passed.answers.push(Answer::new(
                test,
                T0 + 60_000 * (i as i64 + 1),
                [t, t],
                none,
            ));
        }
        let mut second = RunCheck::new(T0 + 86_400_000);
        second.answers.push(Answer::new(
            Test::Balance,
            T0 + 86_460_000,
            [1, 0],
            Symptoms {
                leaking: true,
                ..none
            },
        ));
        data.run_checks = vec![passed, second];
        data
    }

    #[test]
    fn everything_round_trips() {
        let data = full();
        let json = to_json(&data);
        assert!(json.starts_with(r#"{"version":6,"#));
        assert!(json.contains(r#""run_checks":[{"started_at_ms":1795000000000,"answers":[["walk",1795000060000,30,0,0]"#));
        assert!(json.contains(r#"["balance",1795086460000,1,0,4]"#));
        assert_eq!(from_json(&json), Ok(data));
    }

    #[test]
    fn a_format_5_document_may_not_hold_running_checks() {
        let json = to_json(&full()).replacen(r#"{"version":6,"#, r#"{"version":5,"#, 1);
        assert_eq!(
            from_json(&json),
            Err(SavedError::Corrupt(
                "format 5: run_checks: unknown field".into()
            ))
        );
    }

    #[test]
    fn answers_the_app_never_writes_are_corrupt() {
        let good = to_json(&full());
        for (from, to, why) in [
            (r#"["walk","#, r#"["sprint","#, "unknown running test"),
            (
                r#",1,0,4]"#,
                r#",1,0,8]"#,
                "unknown symptom in a running check",
            ),
            (
                r#",1,0,4]"#,
                r#",2,0,4]"#,
                "a running test's count is out of range",
            ),
            (
                r#",30,0,0]"#,
                r#",100,0,0]"#,
                "a running test's count is out of range",
            ),
            (
                r#",30,0,0]"#,
                r#",30,5,0]"#,
                "a running test's count is out of range",
            ),
        ] {
            assert!(good.contains(from), "{from}");
            assert_eq!(
                from_json(&good.replacen(from, to, 1)),
                Err(SavedError::Corrupt(why.into())),
                "{to}"
            );
        }
    }
}

/// What earlier builds wrote, byte for byte. The `written_*` files of formats 1 to 4
/// were written by the last build with serde_json, before the hand-written codec
/// replaced it, and read back as the data they were written from; never regenerate
/// them. The `written_v5_*` files were written by the last build of format 5, and
/// the `written_v6_*` files are what this build writes (format 6), byte for byte: the
/// next build must keep reading them.
mod written {
    use super::*;
    use backcare::domain::comfort::Note;
    use backcare::domain::profile::ContactText;
    use backcare::domain::running::Symptoms;

    /// Every control character, quotes, backslashes, the separators JavaScript treats
    /// specially, a byte-order mark and non-ASCII of every width.
    fn awkward_text() -> String {
        let mut s: String = (0u8..0x20).map(char::from).collect();
        s.push_str("\"\\/\u{7f} é ß € 😀 \u{2028}\u{2029}\u{feff} <b>&amp;</b> '");
        s
    }

    /// The data `written_v4_edges.json` was written from: the full format 4 document
    /// with awkward text and extreme numbers wherever format 4 takes them, and the
    /// optional fields the others leave out. (The file also has an awkward exercise
    /// name, which format 5 no longer keeps.)
    pub(super) fn edges_v4() -> AppData {
        let mut data = super::v4::full();
        data.notice = Some(NoticeAck {
            version: u32::MAX,
            at_ms: i64::MIN,
        });
        data.history[0].routine = awkward_text();
        data.history[0].exercises[0].planned_work_s = u32::MAX;
        data.history[1].started_at_ms = i64::MAX;
        data.history[1].active_ms = i64::MAX;
        data.history[2].comfort.after.as_mut().unwrap().note =
            Note::new("Felt \"fine\"\n\tthen \\ sore é 😀 \u{1}\u{1f}.").unwrap();
        data.profile.as_mut().unwrap().care_contact =
            ContactText::new("Ana Ñúñez ☎ 555 / \"clinic\" \\ 1").unwrap();
        data.safety.resumed_at_ms.push(i64::MIN);
        data.plan.items[0].last_done_ms = Some(i64::MAX);
        data.safety.paused_since_ms = Some(1_795_300_000_000);
        let timing = &mut data.active.as_mut().unwrap().timing;
        timing.finished_at_ms = Some(1_795_300_000_001);
        timing.paused_at_ms = Some(1_795_300_000_002);
        timing.index = 3;
        data
    }

    /// Format 5 at its edges: the awkward text and extreme numbers of `edges_v4`, on
    /// the full format 5 document, with extremes in what format 5 added (folded weeks,
    /// an exercise's done figures).
    pub(super) fn edges() -> AppData {
        let v4 = edges_v4();
        let mut data = super::v5::full();
        data.notice = v4.notice;
        data.history[0].routine = awkward_text();
        data.history[0].exercises[0].planned_work_s = u32::MAX;
        data.history[1].started_at_ms = i64::MAX;
        data.history[1].active_ms = i64::MAX;
        data.history[2]
            .comfort
            .after
            .clone_from(&v4.history[2].comfort.after);
        data.history[3].exercises[1].done_sets = u8::MAX;
        data.history[3].exercises[1].done_work_s = u32::MAX;
        data.profile.clone_from(&v4.profile);
        data.safety = v4.safety;
        data.plan.items[0].last_done_ms = Some(i64::MAX);
        data.active = v4.active;
        let first = &mut data.folded_weeks[0];
        first.monday = i64::MIN + (4 - i64::MIN.rem_euclid(7)).rem_euclid(7);
        first.sessions = u16::MAX;
        first.active_min = u32::MAX;
        data
    }

    fn written(name: &str) -> String {
        fixture(&format!("written_{name}.json"))
    }

    #[test]
    fn every_file_the_serde_build_wrote_reads_back_as_what_it_was_written_from() {
        for name in ["v1_empty", "v1_notice", "v2_full", "v3_full", "v4_full"] {
            let data = from_json(&fixture(&format!("{name}.json"))).unwrap();
            assert_eq!(from_json(&written(name)), Ok(data.clone()), "{name}");
            // Written again, it is format 6 and reads back the same.
            let json = to_json(&data);
            assert!(json.starts_with(r#"{"version":6,"#), "{name}");
            assert_eq!(from_json(&json), Ok(data), "{name}");
        }
        for (name, data) in [
            ("default", AppData::default()),
            ("v2_rich", super::v2::full()),
            ("v4_rich", super::v4::full()),
            ("v4_edges", edges_v4()),
        ] {
            assert_eq!(from_json(&written(name)), Ok(data.clone()), "{name}");
            assert_eq!(from_json(&to_json(&data)), Ok(data), "{name}");
        }
    }

    /// The `written_v5_*` files were written by the last build of format 5; they never
    /// change, and read back as the data they were written from.
    #[test]
    fn every_file_format_5_wrote_reads_back_as_what_it_was_written_from() {
        for (name, data) in [
            ("default", AppData::default()),
            ("rich", super::v5::full()),
            ("edges", edges()),
        ] {
            let raw = written(&format!("v5_{name}"));
            assert!(raw.starts_with(r#"{"version":5,"#), "{name}");
            assert_eq!(from_json(&raw), Ok(data.clone()), "{name}");
            // Written again, it is the same but for the version.
            let json = to_json(&data);
            assert_eq!(
                json.replacen(r#"{"version":6,"#, r#"{"version":5,"#, 1) + "\n",
                raw
            );
        }
    }

    /// Format 6 at its edges: format 5's, with running checks at the extremes of what
    /// an answer takes (the earliest and latest times, the largest count, every symptom).
    pub(super) fn edges_v6() -> AppData {
        let mut data = edges();
        data.run_checks = super::v6::full().run_checks;
        data.run_checks[0].started_at_ms = i64::MIN;
        data.run_checks[0].answers[0].at_ms = i64::MAX;
        data.run_checks[0].answers[0].done = [99, 0];
        data.run_checks[1].answers[0].symptoms = Symptoms {
            pain: true,
            heaviness: true,
            leaking: true,
        };
        data
    }

    /// With `WRITE_FIXTURES` set, (re)writes a `written_v6_*` file: only when format 6
    /// itself changes, which it must not once released.
    fn written_v6(name: &str, data: &AppData) -> String {
        let path = format!("tests/fixtures/saved/written_v6_{name}.json");
        if std::env::var_os("WRITE_FIXTURES").is_some() {
            std::fs::write(&path, to_json(data) + "\n").unwrap();
        }
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn this_build_writes_format_6_byte_for_byte() {
        for (name, data) in [
            ("default", AppData::default()),
            ("rich", super::v6::full()),
            ("edges", edges_v6()),
        ] {
            let json = to_json(&data);
            assert_eq!(json.clone() + "\n", written_v6(name, &data), "{name}");
            assert_eq!(from_json(&json), Ok(data), "{name}");
        }
    }

    #[test]
    fn text_is_escaped_as_serde_json_escaped_it() {
        for raw in [written("v4_edges"), to_json(&edges())] {
            for escaped in [
                r#"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e"#,
                r#"\u001f\"\\/"#,
                "\u{7f} é ß € 😀 \u{2028}\u{2029}\u{feff} <b>&amp;</b> '",
                r#"Felt \"fine\"\n\tthen \\ sore é 😀 \u0001\u001f.""#,
            ] {
                assert!(raw.contains(escaped), "{escaped}");
            }
        }
    }
}

/// Every level of the document is checked: an unknown field, a value of the wrong
/// type or an integer out of its range anywhere makes it corrupt, with a message that
/// says where.
mod strict {
    use super::*;
    use backcare::domain::json::{self, Value};

    /// One document of each version; between them they hold every struct of every
    /// format, and every optional field.
    fn documents() -> Vec<(u32, Value)> {
        [
            (1, fixture("v1_notice.json")),
            (2, fixture("v2_full.json")),
            (3, fixture("v3_full.json")),
            (4, fixture("written_v4_edges.json")),
            (5, fixture("written_v5_edges.json")),
            (6, to_json(&super::written::edges_v6())),
        ]
        .into_iter()
        .map(|(version, raw)| (version, json::parse(&raw).unwrap()))
        .collect()
    }

    #[derive(Clone, Debug)]
    enum Step {
        Key(String),
        Item(usize),
    }

    /// `history[2].exercises`, as the errors write it.
    fn show(path: &[Step]) -> String {
        let mut out = String::new();
        for step in path {
            match step {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => out.push_str(&format!(".{k}")),
                Step::Item(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// Every value of `v` with its path, outermost first.
    fn walk<'a>(v: &'a Value, at: &mut Vec<Step>, out: &mut Vec<(Vec<Step>, &'a Value)>) {
        out.push((at.clone(), v));
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.push(Step::Item(i));
                    walk(item, at, out);
                    at.pop();
                }
            }
            Value::Object(entries) => {
                for (k, item) in entries {
                    at.push(Step::Key(k.clone()));
                    walk(item, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }

    fn values(doc: &Value) -> Vec<(Vec<Step>, &Value)> {
        let mut out = Vec::new();
        walk(doc, &mut Vec::new(), &mut out);
        out
    }

    fn at_mut<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
        path.iter().fold(v, |v, step| match (v, step) {
            (Value::Object(entries), Step::Key(k)) => {
                &mut entries.iter_mut().find(|(key, _)| key == k).unwrap().1
            }
            (Value::Array(items), Step::Item(i)) => &mut items[*i],
            (v, step) => panic!("{step:?} is not in {v:?}"),
        })
    }

    /// The document with the value at `path` replaced by the JSON text `with`.
    fn replaced(doc: &Value, path: &[Step], with: &str) -> String {
        let mut doc = doc.clone();
        *at_mut(&mut doc, path) = Value::String("\u{1}here".into());
        json::write(&doc).replacen(r#""\u0001here""#, with, 1)
    }

    /// Corrupt, and (below the version) saying where, in which format.
    fn assert_corrupt_at(raw: &str, version: u32, path: &[Step]) -> String {
        let Err(SavedError::Corrupt(message)) = from_json(raw) else {
            panic!("{} was accepted: {raw}", show(path));
        };
        if !matches!(path, [] | [Step::Key(_)] if show(path) == "version" || path.is_empty()) {
            let prefix = format!("format {version}: {}: ", show(path));
            assert!(message.starts_with(&prefix), "{message:?} for {prefix:?}");
        }
        message
    }

    #[test]
    fn an_unknown_field_is_refused_in_every_struct() {
        let mut checked = 0;
        for (version, doc) in documents() {
            for (path, value) in values(&doc) {
                let Value::Object(_) = value else { continue };
                let mut bad = doc.clone();
                let Value::Object(entries) = at_mut(&mut bad, &path) else {
                    unreachable!()
                };
                entries.push(("surprise".into(), Value::Bool(true)));
                let mut field = path.clone();
                field.push(Step::Key("surprise".into()));
                let message = assert_corrupt_at(&json::write(&bad), version, &field);
                assert!(message.ends_with("surprise: unknown field"), "{message}");
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} objects");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_refused_everywhere() {
        let mut checked = 0;
        for (version, doc) in documents() {
            for (path, value) in values(&doc).into_iter().skip(1) {
                let wrong = match value {
                    Value::Null | Value::U64(_) | Value::I64(_) | Value::Number(_) => r#""7""#,
                    Value::Bool(_) | Value::String(_) => "7",
                    Value::Array(_) => "{}",
                    Value::Object(_) => "[]",
                };
                assert_corrupt_at(&replaced(&doc, &path, wrong), version, &path);
                // Floats are never integers, not even whole ones.
                if matches!(value, Value::U64(_) | Value::I64(_)) {
                    for float in ["1.0", "1e2", "-0", "0.5"] {
                        assert_corrupt_at(&replaced(&doc, &path, float), version, &path);
                    }
                }
                checked += 1;
            }
        }
        assert!(checked > 500, "only {checked} values");
    }

    /// Each integer's range on the wire, by its field's name, or for an item of one of
    /// format 5's short arrays, by the array's name and the item's place.
    fn range(path: &[Step]) -> (i128, i128) {
        const I64: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
        let key = path.iter().rev().find_map(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            Step::Item(_) => None,
        });
        let place = match path.last() {
            Some(Step::Item(i)) => Some(*i),
            _ => None,
        };
        match (key.unwrap(), place) {
            ("exercises", Some(0)) => (0, u64::MAX.into()),
            ("exercises", Some(1 | 3)) | ("after", Some(0)) | ("morning", Some(1)) => {
                (0, u8::MAX.into())
            }
            ("exercises", Some(2 | 4)) => (0, u32::MAX.into()),
            ("answers", Some(1)) => I64,
            ("answers", Some(2..=4)) => (0, u8::MAX.into()),
            ("morning", Some(2)) => I64,
            (key, _) => range_of(key),
        }
    }

    fn range_of(key: &str) -> (i128, i128) {
        const I64: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
        match key {
            "version" | "planned_work_s" | "done_work_s" | "active_min" => (0, u32::MAX.into()),
            "sets"
            | "reps"
            | "rep_s"
            | "hold_s"
            | "planned_sets"
            | "done_sets"
            | "before"
            | "before_pain"
            | "worst_pain"
            | "pain"
            | "weeks_ago"
            | "usual_pain"
            | "morning_pain"
            | "streak"
            | "comfortable_max"
            | "acceptable_max"
            | "sessions_to_progress"
            | "tear_weeks"
            | "morning_margin"
            | "target_min" => (0, u8::MAX.into()),
            "seconds" | "rest_s" | "n" | "away_days" | "away_days_two" | "sessions" => {
                (0, u16::MAX.into())
            }
            "dose_step" | "from_step" | "to_step" => (i8::MIN.into(), i8::MAX.into()),
            "index" => (0, u64::MAX.into()),
            "at_ms" | "segment_start_ms" | "extra_ms" | "paused_at_ms" | "started_at_ms"
            | "paused_total_ms" | "finished_at_ms" | "done_ms" | "last_ms" | "active_ms"
            | "birth_day" | "recorded_at_ms" | "cleared_at_ms" | "started_ms" | "last_done_ms"
            | "imported_at_ms" | "routine" | "paused_since_ms" | "resumed_at_ms"
            | "applied_through_ms" | "monday" => I64,
            _ => panic!("no range for the integer field {key}"),
        }
    }

    #[test]
    fn an_integer_out_of_its_range_is_refused_everywhere() {
        let mut checked = 0;
        for (version, doc) in documents() {
            for (path, value) in values(&doc) {
                let (Value::U64(_) | Value::I64(_)) = value else {
                    continue;
                };
                let (min, max) = range(&path);
                for outside in [min - 1, max + 1] {
                    let raw = replaced(&doc, &path, &outside.to_string());
                    assert_corrupt_at(&raw, version, &path);
                }
                checked += 1;
            }
        }
        assert!(checked > 300, "only {checked} integers");
    }

    #[test]
    fn messages_say_where_and_what() {
        for (version, doc) in [
            (4, fixture("v4_full.json")),
            (5, fixture("written_v5_rich.json")),
            (6, to_json(&super::v4::full())),
        ] {
            let mut value = json::parse(&doc).unwrap();
            let Value::Object(top) = &mut value else {
                unreachable!()
            };
            let history = &mut top.iter_mut().find(|(k, _)| k == "history").unwrap().1;
            let Value::Array(logs) = history else {
                unreachable!()
            };
            let Value::Object(log) = &mut logs[2] else {
                unreachable!()
            };
            log.iter_mut().find(|(k, _)| k == "exercises").unwrap().1 = Value::Object(vec![]);
            assert_eq!(
                from_json(&json::write(&value)),
                Err(SavedError::Corrupt(format!(
                    "format {version}: history[2].exercises: expected an array"
                )))
            );
        }
        let good = to_json(&super::v4::full());
        for (from, to, message) in [
            (
                r#""exercises":[[0,1,60]"#,
                r#""exercises":[[0,1,"60"]"#,
                "format 6: history[0].exercises[0][2]: expected an integer",
            ),
            (
                r#""exercises":[[0,1,60]"#,
                r#""exercises":[[0,1,60,1]"#,
                "format 6: history[0].exercises[0]: wrong number of items",
            ),
            (
                r#""after":[3,"moderate","#,
                r#""after":[3,7,"#,
                "format 6: history[2].after[1]: expected a string",
            ),
        ] {
            assert!(good.contains(from), "the document lacks {from}");
            assert_eq!(
                from_json(&good.replacen(from, to, 1)),
                Err(SavedError::Corrupt(message.into()))
            );
        }
        for (raw, message) in [
            (
                r#"{"version":1,"notice":{"version":1}}"#,
                "format 1: notice.at_ms: missing field",
            ),
            (
                r#"{"version":2,"cues":{"speech":true,"beeps":true,"vibration":true,"flash":1}}"#,
                "format 2: cues.flash: expected true or false",
            ),
            (
                r#"{"version":4,"target_min":256}"#,
                "format 4: target_min: integer out of range",
            ),
            (
                r#"{"version":4,"cues":null}"#,
                "format 4: cues: expected an object",
            ),
            (
                r#"{"version":3,"surprise":1}"#,
                "format 3: surprise: unknown field",
            ),
            (
                r#"{"version":5,"folded_weeks":[{"monday":4,"sessions":1}]}"#,
                "format 5: folded_weeks[0].active_min: missing field",
            ),
        ] {
            assert_eq!(from_json(raw), Err(SavedError::Corrupt(message.into())));
        }
    }

    #[test]
    fn null_is_none_for_optional_fields_only() {
        for version in [4, 5] {
            let all_null = format!(
                r#"{{"version":{version},"notice":null,"active":null,"profile":null,
                "thresholds":null,"target_min":null,"physio_draft":null}}"#
            );
            assert_eq!(from_json(&all_null), Ok(AppData::default()));
            let bare = format!(r#"{{"version":{version}}}"#);
            assert_eq!(from_json(&bare), Ok(AppData::default()));
            for field in ["cues", "history", "plan", "safety", "imported"] {
                let raw = format!(r#"{{"version":{version},"{field}":null}}"#);
                assert!(
                    matches!(from_json(&raw), Err(SavedError::Corrupt(_))),
                    "{field}"
                );
            }
        }
        for field in ["exercise_ids", "folded_weeks"] {
            let raw = format!(r#"{{"version":5,"{field}":null}}"#);
            assert!(
                matches!(from_json(&raw), Err(SavedError::Corrupt(_))),
                "{field}"
            );
        }
        // A log's optional parts may be null, its required ones may not.
        let log = r#"{"started_at_ms":1,"active_ms":1,"routine":"r","exercises":[]"#;
        for (extra, ok) in [
            (
                r#","start":null,"before":null,"after":null,"morning":null"#,
                true,
            ),
            (r#","stopped_early":null"#, false),
            (r#","morning_skipped":null"#, false),
        ] {
            let raw = format!(r#"{{"version":5,"history":[{log}{extra}}}]}}"#);
            assert_eq!(from_json(&raw).is_ok(), ok, "{raw}");
        }
    }

    /// Format 5's short arrays take exactly their items.
    #[test]
    fn an_item_too_many_or_too_few_is_refused_in_every_array() {
        let good = to_json(&super::written::edges());
        for (from, to) in [
            (r#"[[0,1,60],"#, r#"[[0,1,60,7],"#),
            (r#"[[0,1,60],"#, r#"[[0,1],"#),
            (r#"[[0,1,60],"#, r#"[[],"#),
            (r#",255,4294967295]"#, r#",255,4294967295,7]"#),
            (r#""after":[1,"easy"]"#, r#""after":[1,"easy","",7]"#),
            (r#""after":[1,"easy"]"#, r#""after":[]"#),
            (r#""morning":["same",2,"#, r#""morning":["same","#),
            (r#""morning":["same",2,"#, r#""morning":["same",2,0,"#),
        ] {
            assert!(good.contains(from), "the document lacks {from}");
            let message = match from_json(&good.replacen(from, to, 1)) {
                Err(SavedError::Corrupt(message)) => message,
                other => panic!("{to} gave {other:?}"),
            };
            assert!(message.ends_with("wrong number of items"), "{message}");
        }
    }

    #[test]
    fn text_that_is_not_exactly_json_is_corrupt() {
        let good = to_json(&super::v4::full());
        let bad_texts = [
            format!("\u{feff}{good}"),
            format!("{good},"),
            format!("{good}{{}}"),
            format!("{good} x"),
            good.replacen(r#""history":["#, r#""history":[,"#, 1),
            good.replacen(r#"],"profile""#, r#",],"profile""#, 1),
            good.replacen(r#""cues":{"#, r#""cues":{,"#, 1),
            good.replacen(r#""flash":false}"#, r#""flash":false,}"#, 1),
            good.replacen(r#""at_ms":"#, r#""at_ms":01"#, 1),
            good.replacen(r#""at_ms":"#, r#""at_ms":+"#, 1),
            good.replacen(r#""at_ms":"#, r#""at_ms":1e400,"x":"#, 1),
            good.replacen(r#""at_ms":"#, r#"'at_ms':"#, 1),
            good.replacen(r#""at_ms":"#, r#"at_ms:"#, 1),
            good.replacen(r#""at_ms":"#, r#"/* c */"at_ms":"#, 1),
            good.replacen(r#""speech":true"#, r#""speech":True"#, 1),
            good.replacen(r#""speech":true"#, r#""speech":NaN"#, 1),
            good.replacen(r#""name":"5"#, "\"name\":\"\u{1}5", 1),
            good.replacen(r#""name":"5"#, r#""name":"\ud8005"#, 1),
            good.replacen(r#""name":"5"#, r#""name":"\x35"#, 1),
            good.replacen(r#""version":6"#, r#""version":6.0"#, 1),
            good.replacen(r#""version":6"#, "\"version\":\u{a0}6", 1),
            good[..good.len() - 1].to_owned(),
            good[..good.len() / 2].to_owned(),
        ];
        for (i, raw) in bad_texts.into_iter().enumerate() {
            assert!(raw != good, "damage {i} found nothing to damage");
            assert!(
                matches!(from_json(&raw), Err(SavedError::Corrupt(_))),
                "accepted: {raw}"
            );
        }
    }

    /// A newer build's document is recognised whatever valid JSON it holds (floats,
    /// integers beyond 64 bits, deep nesting), so it is never moved aside as damaged.
    #[test]
    fn any_newer_json_is_newer_not_corrupt() {
        let deep = format!("{}{}", "[".repeat(126), "]".repeat(126));
        for extra in [
            "1.5",
            "-0",
            "1e300",
            "18446744073709551616",
            "-9223372036854775809",
            r#""\ud83d\ude00""#,
            &deep,
        ] {
            let raw = format!(r#"{{"version":{},"x":{extra}}}"#, CURRENT_VERSION + 1);
            assert_eq!(
                from_json(&raw),
                Err(SavedError::NewerVersion {
                    found: CURRENT_VERSION + 1
                }),
                "{extra}"
            );
        }
    }
}
