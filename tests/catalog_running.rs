//! The library's entries for the return-to-running check and the walk-run plan (Goom,
//! Donnelly & Brockwell 2019): every test of the check, in its order, with the count,
//! time and sides the guidance gives; the walk-run steps as one chain that runs and then
//! walks; all from 12 weeks after either birth and never in a routine; and the warnings
//! each entry must carry, in every language.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::fs;

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{Dose, Kind, Posture, Region, Sides, Stage, Work};

const fn timed(seconds: u16) -> Dose {
    Dose {
        sets: 1,
        work: Work::Timed { seconds },
        rest_s: 0,
    }
}

const fn reps(reps: u8, rep_s: u8) -> Dose {
    Dose {
        sets: 1,
        work: Work::Reps {
            reps,
            rep_s,
            hold_s: 0,
        },
        rest_s: 0,
    }
}

/// Runs of `run_s` with walks of `walk_s` between them, `sets` times.
const fn walk_run(sets: u8, run_s: u16, walk_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Timed { seconds: run_s },
        rest_s: walk_s,
    }
}

/// The check's tests, in the order the guidance lists them.
const TESTS: [(&str, Sides, Posture, Dose); 11] = [
    ("run-test-walk", Sides::Both, Posture::Walking, timed(1800)),
    (
        "run-test-balance",
        Sides::EachSide,
        Posture::Standing,
        timed(10),
    ),
    (
        "run-test-squat",
        Sides::EachSide,
        Posture::Standing,
        reps(10, 3),
    ),
    ("run-test-jog", Sides::Both, Posture::Standing, timed(60)),
    (
        "run-test-bounds",
        Sides::Both,
        Posture::Standing,
        reps(10, 2),
    ),
    (
        "run-test-hop",
        Sides::EachSide,
        Posture::Standing,
        reps(10, 1),
    ),
    (
        "run-test-running-man",
        Sides::EachSide,
        Posture::Standing,
        reps(10, 2),
    ),
    (
        "run-test-calf-raise",
        Sides::EachSide,
        Posture::Standing,
        reps(20, 2),
    ),
    (
        "run-test-bridge",
        Sides::EachSide,
        Posture::Lying,
        reps(20, 3),
    ),
    (
        "run-test-sit-to-stand",
        Sides::EachSide,
        Posture::Sitting,
        reps(20, 3),
    ),
    (
        "run-test-leg-lift",
        Sides::EachSide,
        Posture::SideLying,
        reps(20, 2),
    ),
];

/// The walk-run plan, easiest first: runs of 1 to 3 minutes between walks.
const PLAN: [(&str, Dose); 3] = [
    ("walk-run-1", walk_run(6, 60, 120)),
    ("walk-run-2", walk_run(5, 120, 120)),
    ("walk-run-3", walk_run(5, 180, 60)),
];

fn ids_of(kind: Kind) -> Vec<&'static str> {
    Catalog::builtin()
        .all()
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.id.as_str())
        .collect()
}

/// One text list of an entry's file: `exercises/<id>.toml`, or the Spanish file.
fn lines(id: &str, spanish: bool, field: &str) -> Vec<String> {
    let path = if spanish {
        format!("exercises/es/{id}.toml")
    } else {
        format!("exercises/{id}.toml")
    };
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
    match &table[field] {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Array(a) => a.iter().map(|v| v.as_str().unwrap().to_owned()).collect(),
        other => panic!("{path}: {field} is {other:?}"),
    }
}

#[test]
fn the_check_has_every_test_in_order_with_its_dose() {
    let catalog = Catalog::builtin();
    let listed: Vec<&str> = TESTS.iter().map(|t| t.0).collect();
    assert_eq!(ids_of(Kind::RunTest), listed);
    for (id, sides, posture, dose) in TESTS {
        let e = catalog.find(id).unwrap();
        assert_eq!((e.sides, e.posture, e.dose), (sides, posture, dose), "{id}");
        assert!(
            e.easier.is_none() && e.harder.is_none(),
            "{id}: a test stands alone"
        );
    }
    // The half-hour brisk walk counts toward her weekly minutes; the rest is too short.
    assert!(catalog.find("run-test-walk").unwrap().is_aerobic());
}

#[test]
fn the_walk_run_plan_is_one_chain_that_runs_then_walks() {
    let catalog = Catalog::builtin();
    let listed: Vec<&str> = PLAN.iter().map(|p| p.0).collect();
    assert_eq!(ids_of(Kind::Run), listed);
    for (id, dose) in PLAN {
        let e = catalog.find(id).unwrap();
        assert_eq!(e.dose, dose, "{id}");
        assert!(e.is_aerobic(), "{id}");
        assert_eq!(e.posture, Posture::Walking, "{id}");
        let chain: Vec<&str> = catalog.chain(&e.id).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(chain, listed, "{id}");
    }
    // Each step runs longer in all, and the first runs start at 1-2 minutes.
    let run_s: Vec<u32> = PLAN
        .iter()
        .map(|(_, d)| u32::from(d.sets) * d.work.seconds())
        .collect();
    assert!(run_s.windows(2).all(|w| w[0] < w[1]), "{run_s:?}");
    assert!(PLAN[0].1.work.seconds() <= 120);
}

#[test]
fn running_waits_until_twelve_weeks_and_stays_out_of_routines() {
    let twelve = Stage {
        vaginal_weeks: 12,
        caesarean_weeks: 12,
    };
    for id in TESTS.iter().map(|t| t.0).chain(PLAN.iter().map(|p| p.0)) {
        let e = Catalog::builtin().find(id).unwrap();
        assert_eq!(e.stage, twelve, "{id}");
        assert!(!e.kind.routine_part(), "{id}");
        assert!(e.helps.contains(&Region::LowerBack), "{id}");
    }
}

/// What each test says passing is, and when it must stop: pain, heaviness or dragging,
/// leaking, each sending her to a pelvic-health physiotherapist before she runs.
#[test]
fn every_test_says_what_passing_is_and_when_to_stop() {
    for (id, ..) in TESTS {
        let summary = &lines(id, false, "summary")[0];
        assert!(
            summary.contains("Pass:") && summary.contains("no leaking"),
            "{id}: {summary:?}"
        );
        for (spanish, signs, physio) in [
            (
                false,
                ["pain", "Heaviness, dragging", "Leaking urine or stool"],
                "pelvic-health physiotherapist before you run",
            ),
            (
                true,
                [
                    "dolor",
                    "Peso, sensación de arrastre",
                    "Pérdidas de orina o de heces",
                ],
                "especialista en suelo pélvico antes de correr",
            ),
        ] {
            let stop = lines(id, spanish, "stop_if");
            for sign in signs {
                assert!(
                    stop.iter().any(|l| l.contains(sign) && l.contains(physio)),
                    "{id} (Spanish: {spanish}): no {sign:?} line sending her to a physio"
                );
            }
        }
    }
}

/// The walk-run steps say the rest is the walk, warm up and cool down, and stop for
/// pain, heaviness, leaking, returning bleeding and chest pain.
#[test]
fn every_walk_run_step_walks_between_runs_and_says_when_to_stop() {
    for (id, _) in PLAN {
        let steps = lines(id, false, "instructions").join(" ");
        for said in [
            "warm up",
            "cool down",
            "the rest between rounds is your walk",
        ] {
            assert!(steps.contains(said), "{id}: instructions lack {said:?}");
        }
        let cues = lines(id, false, "cues");
        assert!(cues.iter().any(|c| c.contains("run")), "{id}: {cues:?}");
        assert!(cues.iter().any(|c| c.contains("walk")), "{id}: {cues:?}");
        let stop = lines(id, false, "stop_if").join("\n");
        for sign in [
            "Pain",
            "Heaviness, dragging",
            "Leaking",
            "Bleeding comes back",
            "Chest pain",
            "emergency number",
        ] {
            assert!(stop.contains(sign), "{id}: stop_if lacks {sign:?}");
        }
    }
}

#[test]
fn every_entry_names_the_guidance_it_follows() {
    for id in TESTS.iter().map(|t| t.0).chain(PLAN.iter().map(|p| p.0)) {
        let english = &lines(id, false, "source")[0];
        let spanish = &lines(id, true, "source")[0];
        assert!(
            english.starts_with("Goom, Donnelly & Brockwell 2019, Returning to running postnatal"),
            "{id}: {english:?}"
        );
        assert!(
            spanish.starts_with("Goom, Donnelly y Brockwell 2019, Returning to running postnatal"),
            "{id}: {spanish:?}"
        );
    }
}

#[test]
fn the_builder_offers_walk_runs_but_not_the_tests_nor_the_carers_lessons() {
    use backcare::domain::exercise::Kind;
    assert!(Kind::Run.prescribable());
    assert!(!Kind::RunTest.prescribable());
    assert!(!Kind::Carer.prescribable());
    let offered: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.prescribable()).collect();
    assert_eq!(offered.len(), Kind::ALL.len() - 2);
}
