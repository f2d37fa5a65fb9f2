//! Starts as a type: the text form the route carries, and the routine each start plays
//! from her settled plan.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::PainScore;
use backcare::domain::exercise::{ExerciseId, Kind};
use backcare::domain::imported::ImportedRoutine;
use backcare::domain::profile::{Birth, Delivery, PainSite, Profile};
use backcare::domain::progression::suits;
use backcare::domain::routine::RoutineName;
use backcare::domain::saved::AppData;
use backcare::domain::settle::settle;
use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
use backcare::domain::start::{routine_for, shared_routine, Start};
use proptest::prelude::*;

const DAY: i64 = 24 * 60 * 60 * 1000;
const NOW: i64 = 20_400 * DAY + 9 * 60 * 60 * 1000;

use backcare::domain::running::Test;

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

#[test]
fn starts_read_and_write_as_the_route_carries_them() {
    let cases = [
        ("today", Some(Start::Today)),
        ("short", Some(Start::Short)),
        ("walk", Some(Start::Walk)),
        ("ex-glute-bridge", Some(Start::Exercise(id("glute-bridge")))),
        (
            "shared-1795000000000",
            Some(Start::Shared(1_795_000_000_000)),
        ),
        ("shared-0", Some(Start::Shared(0))),
        ("run", Some(Start::Run)),
        ("run-test-balance", Some(Start::RunTest(Test::Balance))),
        (
            "run-test-running-man",
            Some(Start::RunTest(Test::RunningMan)),
        ),
        ("run-test-", None),
        ("run-test-sprint", None),
        ("running", None),
        ("", None),
        ("Today", None),
        ("ex-", None),
        ("ex-Glute", None),
        ("ex-a--b", None),
        ("shared-", None),
        ("shared--5", None),
        ("shared-+5", None),
        ("shared- 5", None),
        ("shared-99999999999999999999", None),
        ("walking", None),
    ];
    for (text, want) in cases {
        let got: Option<Start> = text.parse().ok();
        assert_eq!(got, want, "{text:?}");
        if let Some(start) = got {
            assert_eq!(start.to_string(), text, "round trip of {text:?}");
        }
    }
}

proptest! {
    #[test]
    fn every_start_round_trips(at in 0i64..i64::MAX, pick in 0usize..7, e in 0usize..37) {
        let ids: Vec<ExerciseId> = Catalog::builtin().all().iter().map(|x| x.id.clone()).collect();
        let start = match pick {
            0 => Start::Today,
            1 => Start::Short,
            2 => Start::Walk,
            3 => Start::Exercise(ids[e % ids.len()].clone()),
            4 => Start::Run,
            5 => Start::RunTest(Test::ALL[e % Test::ALL.len()]),
            _ => Start::Shared(at),
        };
        prop_assert_eq!(start.to_string().parse::<Start>(), Ok(start));
    }

    #[test]
    fn parsing_any_text_never_panics(text in ".{0,60}") {
        let _ = text.parse::<Start>();
    }
}

fn profile(weeks: i64, delivery: Delivery) -> Profile {
    Profile {
        pain_sites: vec![PainSite::LowerBack],
        usual_pain: PainScore::new(2),
        ..Profile::new(
            Birth::Date {
                day: NOW / DAY - weeks * 7,
            },
            delivery,
        )
    }
}

fn settled(p: Profile) -> AppData {
    let data = AppData {
        profile: Some(p),
        ..AppData::default()
    };
    settle(&data, NOW, 0, Catalog::builtin()).0
}

fn physio(auto_progress: bool) -> ImportedRoutine {
    ImportedRoutine {
        routine: SharedRoutine {
            name: RoutineName::new("Clinic plan").unwrap(),
            clinician: ShareText::new("", 60).unwrap(),
            clinic: ShareText::new("", 60).unwrap(),
            frequency: Frequency::PerDay(1),
            weeks: 4,
            auto_progress,
            thresholds: None,
            exercises: vec![SharedExercise {
                exercise: id("glute-bridge"),
                dose: Catalog::builtin().find("glute-bridge").unwrap().dose,
                note: ShareText::new("", 120).unwrap(),
            }],
        },
        imported_at_ms: NOW - DAY,
        as_plan: false,
        cleared_above_stage: true,
    }
}

#[test]
fn each_start_plays_what_it_names() {
    let cat = Catalog::builtin();
    let p = profile(10, Delivery::Vaginal);
    let stage = p.stage(NOW, 0);
    let mut data = settled(p);
    data.imported.push(physio(false));
    let play = |s: &Start| routine_for(s, &data, NOW, 0, cat);

    let today = play(&Start::Today).unwrap();
    let short = play(&Start::Short).unwrap();
    assert!(!today.steps.is_empty());
    assert!(short.steps.len() <= today.steps.len());
    assert!(
        short.steps.iter().all(|s| s.dose.sets == 1),
        "the short one: one set each"
    );
    for step in today.steps.iter().chain(&short.steps) {
        let e = cat.get(&step.exercise).unwrap();
        assert!(suits(e, &stage, &data.thresholds), "{}", e.id);
        assert!(!matches!(
            e.kind,
            Kind::Walk | Kind::Lesson | Kind::SelfCare
        ));
    }

    let walk = play(&Start::Walk).unwrap();
    assert_eq!(walk.steps.len(), 1);
    assert_eq!(cat.get(&walk.steps[0].exercise).unwrap().kind, Kind::Walk);

    let bridge = play(&Start::Exercise(id("glute-bridge"))).unwrap();
    assert_eq!(bridge.steps[0].exercise, id("glute-bridge"));

    let kept = play(&Start::Shared(NOW - DAY)).unwrap();
    assert_eq!(kept.name.as_str(), "Clinic plan");
    assert_eq!(
        play(&Start::Shared(NOW)),
        None,
        "no kept routine at that time"
    );
}

#[test]
fn what_does_not_suit_her_cannot_start() {
    let cat = Catalog::builtin();
    // Two weeks after a caesarean: the bridge waits until 8 weeks.
    let data = settled(profile(2, Delivery::EmergencyCaesarean));
    assert_eq!(
        routine_for(&Start::Exercise(id("glute-bridge")), &data, NOW, 0, cat),
        None
    );
    assert!(routine_for(&Start::Exercise(id("knee-rolls")), &data, NOW, 0, cat).is_some());
    // Before any profile only what suits the first days after a caesarean can be tried,
    // and nothing else starts.
    let empty = AppData::default();
    assert!(routine_for(&Start::Exercise(id("knee-rolls")), &empty, NOW, 0, cat).is_some());
    assert_eq!(
        routine_for(&Start::Exercise(id("glute-bridge")), &empty, NOW, 0, cat),
        None
    );
    for s in [Start::Today, Start::Short, Start::Walk, Start::Shared(1)] {
        assert_eq!(routine_for(&s, &empty, NOW, 0, cat), None, "{s}");
    }
}

#[test]
fn a_physio_routine_plays_her_doses_or_its_progress() {
    let cat = Catalog::builtin();
    let data = settled(profile(10, Delivery::Vaginal));
    let fixed = physio(false);
    let set = fixed.routine.exercises[0].dose;
    assert_eq!(shared_routine(&fixed, &data.plan, cat).steps[0].dose, set);
    // An auto-adjusting routine moved two dose steps: two more reps a step.
    let auto = physio(true);
    let mut plan = data.plan.clone();
    plan.imported
        .push(backcare::domain::progression::ImportedProgress {
            imported_at_ms: auto.imported_at_ms,
            items: vec![backcare::domain::progression::PlanItem::new(
                id("glute-bridge"),
                2,
            )],
        });
    let played = shared_routine(&auto, &plan, cat).steps[0].dose;
    let reps = |d: backcare::domain::exercise::Dose| match d.work {
        backcare::domain::exercise::Work::Reps { reps, .. } => reps,
        backcare::domain::exercise::Work::Timed { .. } => 0,
    };
    assert_eq!(reps(played), reps(set) + 4);
    // Without progress of its own yet it plays as set.
    assert_eq!(shared_routine(&auto, &data.plan, cat).steps[0].dose, set);
}
