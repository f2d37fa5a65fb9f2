//! The shared wording: doses and how often, as whole messages in each language (the
//! English as it always read), and dates as days in her calendar.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{Dose, Exercise, ExerciseId, Work};
use backcare::domain::share::Frequency;
use backcare::domain::text::{plain, plain_date, Lang};
use backcare::domain::wording::{dose_text, frequency_text, short_date};

fn exercise(id: &str) -> &'static Exercise {
    Catalog::builtin()
        .get(&ExerciseId::new(id).unwrap())
        .unwrap()
}

fn timed(seconds: u16) -> Work {
    Work::Timed { seconds }
}

fn reps(reps: u8, hold_s: u8) -> Work {
    Work::Reps {
        reps,
        rep_s: hold_s.max(3),
        hold_s,
    }
}

#[test]
fn doses_read_as_one_sentence_in_each_language() {
    let both = exercise("breathing-belly");
    let each = exercise("bird-dog");
    let once = |work| Dose {
        sets: 1,
        work,
        rest_s: 0,
    };
    let twice = |work| Dose {
        sets: 2,
        work,
        rest_s: 30,
    };
    let cases = [
        (both, once(timed(120)), "2 minutes", "2 minutos"),
        (both, once(timed(90)), "1 min 30 s", "1 min y 30 s"),
        (both, once(timed(45)), "45 seconds", "45 segundos"),
        (both, once(timed(60)), "1 minute", "1 minuto"),
        (both, once(reps(8, 0)), "8 times", "8 veces"),
        (both, once(reps(1, 0)), "1 time", "1 vez"),
        (
            both,
            once(reps(8, 5)),
            "8 times, holding 5 s",
            "8 veces, manteniendo 5 s",
        ),
        (
            each,
            once(reps(6, 0)),
            "6 times each side",
            "6 veces a cada lado",
        ),
        (
            each,
            twice(reps(6, 5)),
            "2 rounds of 6 times, holding 5 s each side, 30 s rest between",
            "2 series de 6 veces, manteniendo 5 s a cada lado, con 30 s de descanso entre series",
        ),
        (
            both,
            twice(timed(180)),
            "2 rounds of 3 minutes, 30 s rest between",
            "2 series de 3 minutos, con 30 s de descanso entre series",
        ),
    ];
    for (e, dose, en, es) in cases {
        let text = dose_text(e, &dose);
        assert_eq!(plain(Lang::En, &text), en);
        assert_eq!(plain(Lang::Es, &text), es);
    }
}

#[test]
fn a_walk_run_reads_as_runs_and_walks() {
    let e = exercise("walk-run-1");
    let text = dose_text(e, &e.dose);
    assert_eq!(
        plain(Lang::En, &text),
        "Run 1 minute, then walk 2 minutes: 6 times"
    );
    assert_eq!(
        plain(Lang::Es, &text),
        "Corre 1 minuto y camina 2 minutos: 6 veces"
    );
    let longer = Dose {
        work: timed(75),
        ..e.dose
    };
    assert_eq!(
        plain(Lang::En, &dose_text(e, &longer)),
        "Run 1 min 15 s, then walk 2 minutes: 6 times"
    );
}

#[test]
fn how_often_reads_naturally() {
    let cases = [
        (Frequency::PerDay(1), "once a day", "una vez al día"),
        (Frequency::PerDay(2), "twice a day", "dos veces al día"),
        (Frequency::PerDay(3), "3 times a day", "3 veces al día"),
        (Frequency::PerWeek(1), "once a week", "una vez a la semana"),
        (
            Frequency::PerWeek(4),
            "4 times a week",
            "4 veces a la semana",
        ),
    ];
    for (f, en, es) in cases {
        assert_eq!(plain(Lang::En, &frequency_text(f)), en);
        assert_eq!(plain(Lang::Es, &frequency_text(f)), es);
    }
}

#[test]
fn a_short_date_is_her_local_day() {
    // 2026-11-18 23:30 UTC: still the 18th in London, already the 19th in Paris.
    let at = 1_795_044_600_000;
    assert_eq!(plain_date(short_date(at, 0)), "18 Nov");
    assert_eq!(plain_date(short_date(at, 60)), "19 Nov");
}
