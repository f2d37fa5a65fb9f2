//! The physiotherapist's routine builder on the host: every edit is a plain action
//! applied to a plain draft, and every choice the builder offers is checked against what
//! a share link accepts (`SharedRoutine::check`) and carries (`encode`, `decode`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{Dose, ExerciseId, Work};
use backcare::domain::settings::Thresholds;
use backcare::domain::share::{
    decode, encode, Frequency, Shared, SharedRoutine, CODES, MAX_EXERCISES, MAX_PER_DAY,
    MAX_PER_WEEK, MAX_WEEKS, NOTE_MAX_CHARS, PERSON_MAX_CHARS,
};
use backcare::pages::physio::choices::{pain_limits_offered, Per, WEEK_CHOICES};
use backcare::pages::physio::dose_part::{DosePart, MAX_REPS, MAX_REST_S, MAX_SETS, MAX_TIMED_S};
use backcare::pages::physio::draft::{drop_index, BuilderAction as B, Draft};

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

/// A draft after `actions`, from a fresh one.
fn draft(actions: impl IntoIterator<Item = B>) -> Draft {
    let mut d = Draft::default();
    for a in actions {
        d.apply(a);
    }
    d
}

/// A fresh draft with two exercises (one timed, one in reps).
fn two() -> Draft {
    draft([
        B::AddExercise(id("breathing-belly")),
        B::AddExercise(id("pelvic-tilt-lying")),
    ])
}

/// The routine `d` builds, checked as a link would be, and read back from its link.
fn shared(d: &Draft) -> SharedRoutine {
    let routine = d.build().unwrap();
    routine.check().unwrap();
    let Shared::Routine(back) = decode(&encode(&Shared::Routine(routine.clone()))).unwrap() else {
        panic!("a routine link opened as something else");
    };
    assert_eq!(
        back, routine,
        "the link carries exactly what the builder built"
    );
    routine
}

#[test]
fn every_session_count_offered_is_carried_exactly() {
    for per in Per::ALL {
        for n in per.times_offered() {
            let d = draft([
                B::AddExercise(id("breathing-belly")),
                B::SetPer(per),
                B::SetTimes(n),
            ]);
            assert_eq!(shared(&d).frequency, per.frequency(n), "{per} {n}");
        }
    }
}

#[test]
fn one_more_session_than_offered_is_refused_by_the_link() {
    // The builder used to offer 1–7 a day while links carry at most 5 a day: a physio
    // who chose 7 a day sent a link that said 5. Now what is offered stops at the limit.
    assert_eq!(Per::Day.times_offered(), 1..=MAX_PER_DAY);
    assert_eq!(Per::Week.times_offered(), 1..=MAX_PER_WEEK);
    assert_eq!(MAX_PER_DAY, 5);
    assert_eq!(MAX_PER_WEEK, 7);
    for (per, past) in [(Per::Day, MAX_PER_DAY + 1), (Per::Week, MAX_PER_WEEK + 1)] {
        let mut r = shared(&two());
        r.frequency = per.frequency(past);
        assert!(r.check().is_err(), "{past} a {per} passed the link's check");
        r.frequency = per.frequency(0);
        assert!(r.check().is_err(), "0 a {per} passed the link's check");
    }
}

#[test]
fn switching_to_per_day_brings_seven_down_to_what_is_offered_and_sent() {
    let d = draft([
        B::AddExercise(id("breathing-belly")),
        B::SetPer(Per::Week),
        B::SetTimes(7),
        B::SetPer(Per::Day),
    ]);
    assert_eq!(
        d.times, MAX_PER_DAY,
        "the select shows what the link will say"
    );
    assert!(Per::Day.times_offered().contains(&d.times));
    assert_eq!(shared(&d).frequency, Frequency::PerDay(MAX_PER_DAY));
    // Asking for more than offered (a stale select, a crafted event) clamps, visibly.
    let d = draft([B::AddExercise(id("breathing-belly")), B::SetTimes(7)]);
    assert_eq!(d.times, MAX_PER_DAY);
    assert_eq!(shared(&d).frequency, Frequency::PerDay(MAX_PER_DAY));
}

#[test]
fn per_reads_back_what_it_writes() {
    for per in Per::ALL {
        assert_eq!(per.to_string().parse::<Per>(), Ok(per));
    }
    assert!("fortnight".parse::<Per>().is_err());
}

#[test]
fn every_length_offered_is_carried_and_the_longest_is_the_limit() {
    assert_eq!(WEEK_CHOICES.last(), Some(&MAX_WEEKS));
    for weeks in WEEK_CHOICES {
        let d = draft([B::AddExercise(id("breathing-belly")), B::SetWeeks(weeks)]);
        assert_eq!(shared(&d).weeks, weeks);
    }
    let d = draft([
        B::AddExercise(id("breathing-belly")),
        B::SetWeeks(MAX_WEEKS + 1),
    ]);
    assert_eq!(d.weeks, MAX_WEEKS);
}

#[test]
fn every_pain_limit_offered_is_carried_and_one_more_is_refused() {
    let offered = pain_limits_offered();
    assert_eq!(*offered.start(), 0);
    for v in offered.clone() {
        let d = draft([
            B::AddExercise(id("breathing-belly")),
            B::SetLimits(true),
            B::SetComfortable(v),
            B::SetAcceptable(v),
        ]);
        let t = shared(&d).thresholds.unwrap();
        assert_eq!((t.comfortable_max, t.acceptable_max), (v, v));
    }
    let mut r = shared(&two());
    r.thresholds = Some(Thresholds {
        acceptable_max: offered.end() + 1,
        ..Thresholds::default()
    });
    assert!(r.check().is_err());
}

#[test]
fn comfortable_above_acceptable_says_what_to_fix() {
    let d = draft([
        B::AddExercise(id("breathing-belly")),
        B::SetLimits(true),
        B::SetComfortable(5),
        B::SetAcceptable(3),
    ]);
    assert!(d.build().unwrap_err().contains("comfortable pain limit"));
}

#[test]
fn texts_at_the_link_limits_build_and_one_more_character_does_not() {
    let mut d = two();
    d.apply(B::SetClinician("a".repeat(PERSON_MAX_CHARS)));
    d.apply(B::SetClinic("b".repeat(PERSON_MAX_CHARS)));
    d.apply(B::SetNote {
        index: 0,
        note: "c".repeat(NOTE_MAX_CHARS),
    });
    shared(&d);
    let mut long = d.clone();
    long.apply(B::SetClinic("b".repeat(PERSON_MAX_CHARS + 1)));
    assert!(long.build().is_err());
    let mut long = d.clone();
    long.apply(B::SetNote {
        index: 1,
        note: "c".repeat(NOTE_MAX_CHARS + 1),
    });
    assert!(long.build().is_err());
    let mut unnamed = d;
    unnamed.apply(B::SetName("  ".into()));
    assert!(unnamed.build().unwrap_err().contains("name"));
}

#[test]
fn no_more_exercises_than_a_link_carries_and_none_twice() {
    let shareable: Vec<_> = CODES.iter().map(|(_, raw)| id(raw)).collect();
    assert!(
        shareable.len() > MAX_EXERCISES,
        "enough exercises to fill a routine"
    );
    let mut d = Draft::default();
    for x in &shareable {
        d.apply(B::AddExercise(x.clone()));
        d.apply(B::AddExercise(x.clone()));
    }
    assert_eq!(d.items.len(), MAX_EXERCISES);
    assert!(d.is_full());
    let ids: Vec<_> = d.items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(ids, shareable[..MAX_EXERCISES]);
    assert_eq!(shared(&d).exercises.len(), MAX_EXERCISES);
    // Unknown ids add nothing.
    let mut d = Draft::default();
    d.apply(B::AddExercise(id("no-such-exercise")));
    assert!(d.items.is_empty());
}

#[test]
fn added_exercises_start_at_their_library_dose() {
    let d = two();
    let catalog = Catalog::builtin();
    for item in &d.items {
        assert_eq!(item.dose, catalog.get(&item.id).unwrap().dose);
        assert_eq!(item.note, "");
    }
}

#[test]
fn moving_and_removing_keep_the_order_and_ignore_the_impossible() {
    let ids = ["breathing-belly", "brace-lying", "pelvic-tilt-lying"];
    let start = draft(ids.map(|x| B::AddExercise(id(x))));
    let order = |d: &Draft| {
        d.items
            .iter()
            .map(|i| i.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let cases: [(Vec<B>, [&str; 3]); 4] = [
        (
            vec![B::MoveUp(1)],
            ["brace-lying", "breathing-belly", "pelvic-tilt-lying"],
        ),
        (
            vec![B::MoveDown(1)],
            ["breathing-belly", "pelvic-tilt-lying", "brace-lying"],
        ),
        (
            vec![B::MoveUp(0), B::MoveDown(2), B::MoveUp(9), B::Remove(3)],
            ids,
        ),
        (
            vec![B::MoveDown(0), B::MoveDown(1)],
            ["brace-lying", "pelvic-tilt-lying", "breathing-belly"],
        ),
    ];
    for (actions, want) in cases {
        let mut d = start.clone();
        for a in actions.clone() {
            d.apply(a);
        }
        assert_eq!(order(&d), want, "{actions:?}");
    }
    let mut d = start;
    d.apply(B::Remove(1));
    assert_eq!(order(&d), ["breathing-belly", "pelvic-tilt-lying"]);
}

#[test]
fn move_puts_an_exercise_where_it_is_dropped_and_ignores_the_impossible() {
    let ids = [
        "breathing-belly",
        "brace-lying",
        "pelvic-tilt-lying",
        "knee-rolls",
    ];
    let start = draft(ids.map(|x| B::AddExercise(id(x))));
    let order = |d: &Draft| {
        d.items
            .iter()
            .map(|i| i.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let cases: [(usize, usize, [&str; 4]); 7] = [
        (
            0,
            3,
            [
                "brace-lying",
                "pelvic-tilt-lying",
                "knee-rolls",
                "breathing-belly",
            ],
        ),
        (
            3,
            0,
            [
                "knee-rolls",
                "breathing-belly",
                "brace-lying",
                "pelvic-tilt-lying",
            ],
        ),
        (
            1,
            2,
            [
                "breathing-belly",
                "pelvic-tilt-lying",
                "brace-lying",
                "knee-rolls",
            ],
        ),
        (
            2,
            1,
            [
                "breathing-belly",
                "pelvic-tilt-lying",
                "brace-lying",
                "knee-rolls",
            ],
        ),
        (2, 2, ids),
        // Past the end means last; from past the end changes nothing.
        (
            0,
            99,
            [
                "brace-lying",
                "pelvic-tilt-lying",
                "knee-rolls",
                "breathing-belly",
            ],
        ),
        (4, 0, ids),
    ];
    for (from, to, want) in cases {
        let mut d = start.clone();
        d.apply(B::Move { from, to });
        assert_eq!(order(&d), want, "move {from} to {to}");
    }
}

#[test]
fn a_moved_exercise_keeps_its_own_dose_and_note() {
    let mut d = two();
    d.apply(B::SetNote {
        index: 0,
        note: "Slowly".into(),
    });
    d.apply(B::SetDose {
        index: 0,
        part: DosePart::Sets,
        value: 3,
    });
    let moved = d.items[0].clone();
    d.apply(B::Move { from: 0, to: 1 });
    assert_eq!(d.items[1], moved);
    assert_eq!(shared(&d).exercises[1].note.as_str(), "Slowly");
}

#[test]
fn a_drop_in_any_gap_lands_where_the_indicator_showed() {
    // The gap before item `gap` (or after the last): the item ends up right there,
    // whichever way it travelled.
    let n = 5;
    for from in 0..n {
        for gap in 0..=n {
            let mut order: Vec<usize> = (0..n).collect();
            order.insert(gap, usize::MAX);
            order.retain(|&x| x != from);
            let want = order.iter().position(|&x| x == usize::MAX).unwrap();
            assert_eq!(drop_index(from, gap), want, "from {from} into gap {gap}");
            let mut d: Vec<usize> = (0..n).collect();
            let item = d.remove(from);
            d.insert(drop_index(from, gap), item);
            assert_eq!(d.iter().position(|&x| x == from), Some(want));
        }
    }
}

#[test]
fn loading_a_routine_replaces_the_whole_draft_with_it() {
    let mut other = two();
    other.apply(B::SetClinician("Sam".into()));
    other.apply(B::SetWeeks(12));
    let routine = shared(&other);
    let mut d = draft([B::AddExercise(id("knee-rolls")), B::SetName("Old".into())]);
    d.apply(B::Load(Box::new(routine.clone())));
    assert_eq!(d, Draft::from_saved(Some(&routine)));
    assert_eq!(shared(&d), routine);
}

#[test]
fn dose_edits_are_capped_and_invalid_doses_are_not_kept() {
    let d = two();
    let timed = d.items[0].dose;
    let reps = d.items[1].dose;
    assert!(matches!(timed.work, Work::Timed { .. }));
    let Work::Reps { rep_s, .. } = reps.work else {
        panic!("pelvic tilts are counted in reps");
    };
    let edit = |index, part, value| {
        let mut d = two();
        d.apply(B::SetDose { index, part, value });
        d.items[index].dose
    };
    // Over the maximum is capped at it.
    assert_eq!(edit(0, DosePart::Sets, 99).sets, MAX_SETS);
    assert_eq!(edit(0, DosePart::Rest, 9999).rest_s, MAX_REST_S);
    assert_eq!(
        DosePart::Seconds.get(&edit(0, DosePart::Seconds, 99_999)),
        u32::from(MAX_TIMED_S)
    );
    assert_eq!(
        DosePart::Reps.get(&edit(1, DosePart::Reps, 500)),
        u32::from(MAX_REPS)
    );
    assert_eq!(
        DosePart::Hold.get(&edit(1, DosePart::Hold, 200)),
        u32::from(rep_s)
    );
    // A value the dose rules refuse leaves the dose as it was.
    assert_eq!(edit(0, DosePart::Sets, 0), timed);
    assert_eq!(edit(1, DosePart::Reps, 0), reps);
    assert_eq!(edit(0, DosePart::Seconds, 1), timed);
    // A part that does not apply, or an index past the end, changes nothing.
    assert_eq!(edit(0, DosePart::Reps, 3), timed);
    assert_eq!(edit(1, DosePart::Seconds, 30), reps);
    let mut d = two();
    d.apply(B::SetDose {
        index: 5,
        part: DosePart::Sets,
        value: 2,
    });
    assert_eq!(d, two());
    // A valid edit is kept and carried.
    let mut d = two();
    d.apply(B::SetDose {
        index: 1,
        part: DosePart::Sets,
        value: 3,
    });
    assert_eq!(shared(&d).exercises[1].dose.sets, 3);
}

#[test]
fn the_dose_limits_are_exactly_the_dose_rules() {
    let timed = |sets, seconds, rest_s| Dose {
        sets,
        work: Work::Timed { seconds },
        rest_s,
    };
    let reps = |n| Dose {
        sets: 1,
        work: Work::Reps {
            reps: n,
            rep_s: 4,
            hold_s: 0,
        },
        rest_s: 0,
    };
    assert!(timed(MAX_SETS, MAX_TIMED_S, MAX_REST_S).check().is_ok());
    assert!(timed(MAX_SETS + 1, 60, 0).check().is_err());
    assert!(timed(1, MAX_TIMED_S + 1, 0).check().is_err());
    assert!(timed(1, 60, MAX_REST_S + 1).check().is_err());
    assert!(reps(MAX_REPS).check().is_ok());
    assert!(reps(MAX_REPS + 1).check().is_err());
}

#[test]
fn a_kept_routine_reopens_as_the_same_draft() {
    let mut d = two();
    for a in [
        B::SetName("Lower back".into()),
        B::SetClinician("Sam".into()),
        B::SetPer(Per::Week),
        B::SetTimes(3),
        B::SetWeeks(8),
        B::SetAuto(true),
        B::SetLimits(true),
        B::SetComfortable(2),
        B::SetAcceptable(4),
        B::SetNote {
            index: 1,
            note: "Keep it small".into(),
        },
    ] {
        d.apply(a);
    }
    let routine = shared(&d);
    assert_eq!(Draft::from_saved(Some(&routine)), d);
    assert_eq!(Draft::from_saved(None), Draft::default());
}

#[test]
fn every_valid_change_is_kept_and_an_emptied_routine_clears_what_was_kept() {
    let d = two();
    let routine = d.build().unwrap();
    assert_eq!(d.to_keep(None), Some(Some(routine.clone())));
    assert_eq!(
        d.to_keep(Some(&routine)),
        None,
        "unchanged: nothing to save"
    );
    let mut invalid = d.clone();
    invalid.apply(B::SetName(String::new()));
    assert_eq!(
        invalid.to_keep(Some(&routine)),
        None,
        "an invalid edit keeps the last good one"
    );
    let mut cleared = d;
    cleared.apply(B::Clear);
    assert_eq!(cleared, Draft::default());
    assert_eq!(cleared.to_keep(Some(&routine)), Some(None));
    assert_eq!(cleared.to_keep(None), None);
}
