//! What Today shows, decided by `domain::today`: the open morning check (and when it
//! asks her usual pain), the welcome back after time away, the routine and its lines.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::ExerciseId;
use backcare::domain::history::{ExerciseLog, SessionLog};
use backcare::domain::profile::{Birth, Delivery, PainSite, Profile};
use backcare::domain::saved::AppData;
use backcare::domain::settle::settle;
use backcare::domain::today::today_view;

const DAY: i64 = 24 * 60 * 60 * 1000;
const HOUR: i64 = 60 * 60 * 1000;
const MIDNIGHT: i64 = 20_400 * DAY;
const NOW: i64 = MIDNIGHT + 8 * HOUR;

fn profile(usual: Option<u8>) -> Profile {
    Profile {
        pain_sites: vec![PainSite::LowerBack],
        usual_pain: usual.and_then(PainScore::new),
        ..Profile::new(
            Birth::Date {
                day: MIDNIGHT / DAY - 70,
            },
            Delivery::Vaginal,
        )
    }
}

fn log(at: i64, before: Option<u8>, morning: Option<u8>) -> SessionLog {
    SessionLog {
        routine: "Your routine for today".to_owned(),
        started_at_ms: at,
        active_ms: 10 * 60 * 1000,
        stopped_early: false,
        exercises: vec![ExerciseLog {
            exercise: ExerciseId::new("pelvic-tilt-lying").unwrap(),
            planned_sets: 2,
            done_sets: 2,
            planned_work_s: 100,
            done_work_s: 100,
        }],
        comfort: Comfort {
            before: before.and_then(PainScore::new),
            after: Some(AfterReport {
                worst_pain: PainScore::new(2).unwrap(),
                effort: Effort::Moderate,
                note: Note::default(),
            }),
            morning: morning.map(|p| MorningReport {
                compare: MorningCompare::Same,
                pain: PainScore::new(p).unwrap(),
                at_ms: at + 20 * HOUR,
            }),
            morning_skipped: false,
        },
        start: None,
    }
}

fn view(p: Profile, history: Vec<SessionLog>, now: i64) -> backcare::domain::today::TodayView {
    let data = AppData {
        profile: Some(p.clone()),
        history,
        ..AppData::default()
    };
    let (data, _) = settle(&data, now, 0, Catalog::builtin());
    today_view(&data, &p, now, 0, Catalog::builtin())
}

/// (case, usual pain, history, morning asked, usual pain asked)
type MorningCase = (&'static str, Option<u8>, Vec<SessionLog>, bool, bool);

#[test]
fn the_morning_check_and_when_it_asks_her_usual_pain() {
    let yesterday = MIDNIGHT - DAY + 18 * HOUR;
    let cases: Vec<MorningCase> = vec![
        ("nothing yet", None, vec![], false, false),
        (
            "nothing known: asks both",
            None,
            vec![log(yesterday, None, None)],
            true,
            true,
        ),
        (
            "before-pain given",
            None,
            vec![log(yesterday, Some(2), None)],
            true,
            false,
        ),
        (
            "usual pain known",
            Some(2),
            vec![log(yesterday, None, None)],
            true,
            false,
        ),
        (
            "an earlier morning known",
            None,
            vec![
                log(yesterday - 2 * DAY, None, Some(2)),
                log(yesterday, None, None),
            ],
            true,
            false,
        ),
        (
            "already answered",
            None,
            vec![log(yesterday, None, Some(2))],
            false,
            false,
        ),
        (
            "today's own session waits",
            None,
            vec![log(NOW - HOUR, None, None)],
            false,
            false,
        ),
    ];
    for (name, usual, history, asked, usual_asked) in cases {
        let v = view(profile(usual), history, NOW);
        assert_eq!(v.morning.is_some(), asked, "{name}");
        assert_eq!(
            v.morning.is_some_and(|m| m.ask_usual),
            usual_asked,
            "{name}"
        );
    }
}

#[test]
fn a_welcome_back_after_time_away_until_she_is_back() {
    let last = NOW - 30 * DAY;
    let history = vec![
        log(last - DAY, Some(2), Some(2)),
        log(last, Some(2), Some(2)),
    ];
    let away = view(profile(Some(2)), history.clone(), NOW);
    let text = away.welcome_back.unwrap();
    let en = backcare::domain::text::plain(backcare::domain::text::Lang::En, &text);
    assert_eq!(
        en,
        "Welcome back! It has been four weeks since your last session, so today's routine \
         restarts a little gentler."
    );
    let es = backcare::domain::text::plain(backcare::domain::text::Lang::Es, &text);
    assert!(es.contains("cuatro semanas"), "{es}");
    // Ten days away is not yet time away.
    let soon = view(profile(Some(2)), history.clone(), last + 10 * DAY);
    assert_eq!(soon.welcome_back, None);
    // Once she has done a session again, no more welcome.
    let mut back = history;
    back.push(log(NOW - HOUR, Some(2), None));
    assert_eq!(view(profile(Some(2)), back, NOW).welcome_back, None);
}

#[test]
fn today_has_a_routine_its_lines_and_the_last_session() {
    let v = view(
        profile(Some(1)),
        vec![log(NOW - 2 * DAY, Some(1), Some(1))],
        NOW,
    );
    assert!(!v.routine.steps.is_empty());
    assert_eq!(v.why.len(), v.routine.steps.len(), "one line per exercise");
    assert!(v.minutes >= 5);
    assert_eq!(
        backcare::domain::text::plain(backcare::domain::text::Lang::En, &v.stage_line),
        "10 weeks since the birth · Vaginal birth"
    );
    let last = v.last_line.unwrap();
    let in_lang = |lang| backcare::domain::text::plain(lang, &last);
    assert!(
        in_lang(backcare::domain::text::Lang::En).starts_with("Last time: Your routine for today")
    );
    // The app's own routine is saved under its English name, and shown in her language.
    assert!(
        in_lang(backcare::domain::text::Lang::Es).starts_with("La última vez: Tu rutina de hoy")
    );
    assert!(v.walk.is_some());
}

#[test]
fn a_running_test_is_not_what_last_time_means() {
    use backcare::domain::running::Test;
    use backcare::domain::start::Start;
    let mut jog = log(NOW - DAY, None, None);
    jog.routine = "Jog on the spot test".into();
    jog.start = Some(Start::RunTest(Test::Jog));
    assert!(jog.is_running_test());
    let v = view(
        profile(Some(1)),
        vec![log(NOW - 2 * DAY, Some(1), Some(1)), jog.clone()],
        NOW,
    );
    let last =
        backcare::domain::text::plain(backcare::domain::text::Lang::En, &v.last_line.unwrap());
    assert!(
        last.starts_with("Last time: Your routine for today"),
        "{last}"
    );
    // With only tests logged, there is no "last time" to speak of.
    assert_eq!(view(profile(Some(1)), vec![jog], NOW).last_line, None);
}
