//! The session state machine: phases from timestamps, pauses, skips, jumps, cues, and
//! save → resume → continue.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod reference;

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::Work;
use backcare::domain::routine::{
    single, Plan, SegmentKind, Side, GET_READY_S, SWITCH_SIDE_S, TRANSITION_S,
};
use backcare::domain::session::{Beep, Command, Cue, Progress, Session, Status, ADD_REST_MS};
use backcare::domain::text::{render, Category, Lang};
use proptest::prelude::*;

const T0: i64 = 1_795_000_000_000;

fn starter() -> Plan {
    Plan::new(reference::starter(), Catalog::builtin()).unwrap()
}

fn plan_of(id: &str) -> Plan {
    let e = Catalog::builtin().find(id).unwrap();
    Plan::new(single(e), Catalog::builtin()).unwrap()
}

/// Index of the segment that contains `t` ms after the start, with no pauses.
fn expected_index(plan: &Plan, t: i64) -> usize {
    let mut end = 0;
    for (i, s) in plan.segments.iter().enumerate() {
        end += s.duration_ms;
        if t < end {
            return i;
        }
    }
    plan.segments.len()
}

/// What the cues say, in English (one is singular, all else plural, as English has it).
fn spoken(cues: &[Cue]) -> Vec<String> {
    spoken_in(Lang::En, cues)
}

fn spoken_in(lang: Lang, cues: &[Cue]) -> Vec<String> {
    let plural = |_: Lang, n: i64| {
        if n == 1 {
            Category::One
        } else {
            Category::Other
        }
    };
    cues.iter()
        .filter_map(|c| match c {
            Cue::Speak(t) => Some(render(lang, t, &plural)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_plan_adds_up_to_the_doses_plus_fixed_segments() {
    let plan = starter();
    let steps = &plan.steps;
    let mut expected_s = GET_READY_S + TRANSITION_S * (steps.len() as u32 - 1);
    for s in steps {
        let sides = if s.exercise.sides == backcare::domain::exercise::Sides::EachSide {
            2
        } else {
            1
        };
        let sets = u32::from(s.dose.sets);
        expected_s += s.dose.total_seconds(s.exercise.sides);
        if sides == 2 {
            expected_s += sets * SWITCH_SIDE_S;
        }
    }
    assert_eq!(plan.total_ms(), i64::from(expected_s) * 1000);
    let minutes = plan.total_ms() as f64 / 60_000.0;
    assert!(
        (10.0..=15.0).contains(&minutes),
        "starter is {minutes:.1} min"
    );
}

#[test]
fn the_nap_routine_is_about_five_minutes() {
    let plan = Plan::new(reference::nap(), Catalog::builtin()).unwrap();
    let minutes = plan.total_ms() as f64 / 60_000.0;
    assert!((3.5..=6.5).contains(&minutes), "nap is {minutes:.1} min");
}

#[test]
fn start_gets_ready_then_works_naming_the_exercise() {
    let plan = starter();
    let first = plan.steps[0].exercise.name.clone();
    let mut s = Session::new(plan);
    assert!(
        s.apply(Command::Tick, T0).is_empty(),
        "nothing before start"
    );
    let cues = s.apply(Command::Start, T0);
    assert!(spoken(&cues)[0].contains(&first), "{cues:?}");
    assert_eq!(s.view(T0).segment.unwrap().kind, SegmentKind::GetReady);
    assert_eq!(s.view(T0).remaining_ms, i64::from(GET_READY_S) * 1000);

    let cues = s.apply(Command::Tick, T0 + i64::from(GET_READY_S) * 1000);
    let view = s.view(T0 + i64::from(GET_READY_S) * 1000);
    assert!(matches!(
        view.segment.unwrap().kind,
        SegmentKind::Work { set: 1, .. }
    ));
    assert!(cues.contains(&Cue::Beep(Beep::Go)));
    assert!(cues.contains(&Cue::Flash));
    assert!(spoken(&cues)[0].starts_with(&first));
}

#[test]
fn cues_are_said_in_her_language() {
    let plan = plan_of("knee-to-chest");
    let name = plan.steps[0].exercise.name.clone();
    let sets = plan.steps[0].dose.sets;
    let mut s = Session::new(plan);
    let start = s.apply(Command::Start, T0);
    assert_eq!(
        spoken_in(Lang::Es, &start)[0],
        format!("Prepárate. Empezamos con: {name}.")
    );
    assert_eq!(spoken(&start)[0], format!("Get ready. First up: {name}."));
    let work = s.apply(Command::Tick, T0 + i64::from(GET_READY_S) * 1000);
    let round = if sets > 1 {
        format!(", serie 1 de {sets}")
    } else {
        String::new()
    };
    let es = &spoken_in(Lang::Es, &work)[0];
    assert!(
        es.starts_with(&format!("{name}{round}, lado izquierdo.")),
        "{es}"
    );
    assert_eq!(
        spoken_in(Lang::Es, &s.apply(Command::Pause, T0 + 12_000)),
        ["En pausa."]
    );
}

#[test]
fn the_more_time_button_says_what_the_time_is_for() {
    use backcare::domain::text::Msg;
    let plan = plan_of("pelvic-tilt-lying");
    let kinds: Vec<SegmentKind> = plan.segments.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[0].more_time(false), Some(Msg::SessionMoreReady));
    for kind in &kinds[1..] {
        let expected = match kind {
            SegmentKind::Work { .. } => None,
            SegmentKind::GetReady => Some(Msg::SessionMoreReady),
            _ => Some(Msg::SessionMoreRest),
        };
        assert_eq!(kind.more_time(false), expected, "{kind:?}");
    }
    // Between a walk-run's runs, the extra time is walking.
    let rest = SegmentKind::Rest { next_set: 2 };
    assert_eq!(rest.more_time(true), Some(Msg::RunMoreWalk));
    assert_eq!(
        SegmentKind::GetReady.more_time(true),
        Some(Msg::SessionMoreReady)
    );
    assert_eq!(
        SegmentKind::Work { set: 1, side: None }.more_time(true),
        None
    );
}

#[test]
fn the_last_three_seconds_are_counted_aloud() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    let mut said = Vec::new();
    let mut t = T0;
    while t < T0 + 9_750 {
        t += 250;
        said.extend(spoken(&s.apply(Command::Tick, t)));
    }
    assert_eq!(said, vec!["3", "2", "1"]);
}

#[test]
fn reps_are_counted_with_hold_and_relax() {
    let plan = plan_of("pelvic-floor-hold");
    let Work::Reps {
        reps,
        rep_s,
        hold_s,
    } = plan.steps[0].dose.work
    else {
        panic!("pelvic-floor-hold should be reps");
    };
    assert!(hold_s > 0);
    let mut s = Session::new(plan);
    s.apply(Command::Start, T0);
    let work_start = T0 + i64::from(GET_READY_S) * 1000;
    s.apply(Command::Tick, work_start);
    let mut said = Vec::new();
    let mut t = work_start;
    let rep_ms = i64::from(rep_s) * 1000;
    while t < work_start + 2 * rep_ms + 100 {
        t += 200;
        said.extend(spoken(&s.apply(Command::Tick, t)));
    }
    assert!(said.contains(&"2".to_owned()), "{said:?}");
    assert!(said.contains(&"3".to_owned()), "{said:?}");
    assert!(
        said.iter().filter(|w| *w == "And hold.").count() >= 2,
        "{said:?}"
    );
    assert_eq!(s.view(t).rep, Some((3, reps)));
}

#[test]
fn one_sided_work_switches_sides() {
    let plan = plan_of("knee-to-chest");
    let kinds: Vec<_> = plan.segments.iter().map(|s| s.kind).collect();
    assert!(kinds.contains(&SegmentKind::Work {
        set: 1,
        side: Some(Side::Left)
    }));
    assert!(kinds.contains(&SegmentKind::SwitchSide { set: 1 }));
    assert!(kinds.contains(&SegmentKind::Work {
        set: 1,
        side: Some(Side::Right)
    }));
}

#[test]
fn a_jump_of_minutes_lands_in_the_right_phase_and_announces_only_it() {
    let plan = starter();
    for minutes in [1, 2, 3, 5, 7, 10] {
        let mut s = Session::new(plan.clone());
        s.apply(Command::Start, T0);
        let t = minutes * 60_000;
        let cues = s.apply(Command::Tick, T0 + t);
        let want = expected_index(&plan, t);
        assert_eq!(s.view(T0 + t).index, want, "after {minutes} min");
        assert!(spoken(&cues).len() <= 1, "{minutes} min: {cues:?}");
    }
}

#[test]
fn a_jump_past_the_end_finishes_with_the_full_plan_done() {
    let plan = starter();
    let total = plan.total_ms();
    let mut s = Session::new(plan);
    s.apply(Command::Start, T0);
    let cues = s.apply(Command::Tick, T0 + total + 60 * 60_000);
    assert_eq!(s.status(), Status::Finished);
    assert!(cues.contains(&Cue::Beep(Beep::Done)));
    assert_eq!(s.timing().finished_at_ms, Some(T0 + total));
    assert_eq!(s.elapsed_ms(T0 + total * 3), total);
    assert!(s.timing().completed.iter().all(|&c| c));
    assert_eq!(s.timing().done_ms.iter().sum::<i64>(), total);
}

#[test]
fn pause_time_is_excluded() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Tick, T0 + 4_000);
    s.apply(Command::Pause, T0 + 4_000);
    let paused = s.view(T0 + 4_000);
    assert_eq!(s.view(T0 + 600_000), paused, "frozen while paused");
    assert!(
        s.apply(Command::Skip, T0 + 200_000).is_empty(),
        "paused ignores skip"
    );
    s.apply(Command::Tick, T0 + 300_000);
    assert_eq!(s.status(), Status::Paused);
    s.apply(Command::Resume, T0 + 304_000);
    let resumed = s.view(T0 + 304_000);
    assert_eq!(resumed.index, paused.index);
    assert_eq!(resumed.remaining_ms, paused.remaining_ms);
    assert_eq!(s.elapsed_ms(T0 + 304_000), 4_000);
    assert_eq!(s.elapsed_ms(T0 + 305_000), 5_000);
}

#[test]
fn skip_ends_the_segment_and_keeps_what_was_done() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Skip, T0 + 2_000);
    assert_eq!(s.view(T0 + 2_000).index, 1);
    assert_eq!(s.timing().done_ms[0], 2_000);
    assert!(!s.timing().completed[0]);
    // The next segment runs its full length from the skip.
    let work = s.plan().segments[1].duration_ms;
    assert_eq!(s.view(T0 + 2_000).remaining_ms, work);
}

#[test]
fn back_restarts_or_goes_to_the_previous_segment() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Skip, T0 + 1_000);
    s.apply(Command::Back, T0 + 2_000);
    assert_eq!(s.view(T0 + 2_000).index, 0, "within 3 s: previous");
    s.apply(Command::Skip, T0 + 3_000);
    s.apply(Command::Back, T0 + 10_000);
    let view = s.view(T0 + 10_000);
    assert_eq!(view.index, 1, "after 3 s: restart");
    assert_eq!(view.remaining_ms, s.plan().segments[1].duration_ms);
}

#[test]
fn thirty_more_seconds_only_during_rest() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    let before = s.view(T0 + 1_000).remaining_ms;
    s.apply(Command::AddRest, T0 + 1_000);
    assert_eq!(s.view(T0 + 1_000).remaining_ms, before + ADD_REST_MS);
    s.apply(Command::Skip, T0 + 2_000);
    let work = s.view(T0 + 2_000).remaining_ms;
    assert!(s.apply(Command::AddRest, T0 + 2_000).is_empty());
    assert_eq!(
        s.view(T0 + 2_000).remaining_ms,
        work,
        "work is not lengthened"
    );
}

#[test]
fn stopping_early_finishes_and_keeps_what_was_done() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Tick, T0 + 30_000);
    let cues = s.apply(Command::Stop, T0 + 30_000);
    assert!(cues.contains(&Cue::Beep(Beep::Done)));
    assert_eq!(s.status(), Status::Finished);
    assert!(s.timing().stopped_early);
    assert_eq!(s.timing().done_ms.iter().sum::<i64>(), 30_000);
    assert_eq!(s.elapsed_ms(T0 + 90_000), 30_000);
    assert!(s.apply(Command::Resume, T0 + 91_000).is_empty());
}

#[test]
fn stopping_while_paused_counts_no_paused_time() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Pause, T0 + 5_000);
    s.apply(Command::Stop, T0 + 65_000);
    assert_eq!(s.elapsed_ms(T0 + 99_000), 5_000);
    assert_eq!(s.timing().done_ms[0], 5_000);
}

#[test]
fn a_clock_that_runs_backwards_does_not_move_the_session_back() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Tick, T0 + 20_000);
    let at = s.view(T0 + 20_000);
    s.apply(Command::Tick, T0 + 5_000);
    assert_eq!(s.view(T0 + 5_000), at);
}

#[test]
fn a_saved_timing_resumes_exactly() {
    let mut s = Session::new(starter());
    s.apply(Command::Start, T0);
    s.apply(Command::Tick, T0 + 95_000);
    let resumed = Session::resume(starter(), s.timing().clone()).unwrap();
    assert_eq!(resumed.view(T0 + 95_000), s.view(T0 + 95_000));
    // A plan of another shape does not accept the timing.
    assert!(Session::resume(plan_of("walk-5"), s.timing().clone()).is_none());
}

/// Planned length of the segments before `index`.
fn planned_before(plan: &Plan, index: usize) -> i64 {
    plan.segments[..index].iter().map(|s| s.duration_ms).sum()
}

#[test]
fn progress_starts_at_nothing_done_of_the_whole_plan() {
    let plan = starter();
    let (total_ms, steps) = (plan.total_ms(), plan.steps.len());
    let mut s = Session::new(plan);
    let none = Progress {
        done_ms: 0,
        total_ms,
        step: 0,
        steps,
    };
    assert_eq!(s.progress(T0), none, "not started");
    s.apply(Command::Start, T0);
    assert_eq!(s.progress(T0), none);
    assert_eq!(s.progress(T0).percent(), 0);
    assert_eq!(s.view(T0).progress, s.progress(T0), "the view carries it");
}

#[test]
fn progress_follows_the_clock_across_jumps_naming_the_exercise() {
    let plan = starter();
    for t in [1_000, 9_999, 60_000, 200_000, 420_000, plan.total_ms() - 1] {
        let mut s = Session::new(plan.clone());
        s.apply(Command::Start, T0);
        s.apply(Command::Tick, T0 + t);
        let progress = s.progress(T0 + t);
        assert_eq!(progress.done_ms, t, "after {t} ms");
        let index = expected_index(&plan, t);
        assert_eq!(progress.step, plan.segments[index].step, "after {t} ms");
        assert_eq!(progress.percent(), t * 100 / plan.total_ms());
    }
}

#[test]
fn progress_between_ticks_counts_the_current_segment_up_to_its_end() {
    let plan = starter();
    let first = plan.segments[0].duration_ms;
    let mut s = Session::new(plan);
    s.apply(Command::Start, T0);
    // Not ticked for a while: the segment shows as run out, never past it.
    assert_eq!(s.progress(T0 + first + 5_000).done_ms, first);
}

#[test]
fn progress_holds_while_paused_and_jumps_on_skip() {
    let plan = starter();
    let mut s = Session::new(plan.clone());
    s.apply(Command::Start, T0);
    s.apply(Command::Pause, T0 + 4_000);
    assert_eq!(
        s.progress(T0 + 600_000).done_ms,
        4_000,
        "frozen while paused"
    );
    s.apply(Command::Resume, T0 + 600_000);
    s.apply(Command::Skip, T0 + 601_000);
    let progress = s.progress(T0 + 601_000);
    assert_eq!(
        progress.done_ms,
        planned_before(&plan, 1),
        "at the next segment"
    );
    assert_eq!(progress.step, plan.segments[1].step);
}

#[test]
fn added_rest_holds_the_bar_back_by_the_rest_added() {
    let plan = starter();
    let mut s = Session::new(plan.clone());
    s.apply(Command::Start, T0);
    // Get ready is a rest: 30 s more at 8 s in puts the bar back to its start.
    s.apply(Command::AddRest, T0 + 8_000);
    assert_eq!(s.progress(T0 + 8_000).done_ms, 0);
    let get_ready = plan.segments[0].duration_ms;
    let at = T0 + ADD_REST_MS + get_ready - 1_000;
    assert_eq!(s.progress(at).done_ms, get_ready - 1_000);
}

#[test]
fn progress_is_full_when_finished_and_stops_where_she_stopped() {
    let plan = starter();
    let (total, steps) = (plan.total_ms(), plan.steps.len());
    let mut s = Session::new(plan.clone());
    s.apply(Command::Start, T0);
    s.apply(Command::Tick, T0 + total + 1);
    let done = s.progress(T0 + total + 1);
    assert_eq!(
        (done.done_ms, done.step, done.percent()),
        (total, steps, 100)
    );

    let mut s = Session::new(plan.clone());
    s.apply(Command::Start, T0);
    s.apply(Command::Skip, T0 + 1_000);
    s.apply(Command::Stop, T0 + 2_000);
    let stopped = s.progress(T0 + 2_000);
    assert_eq!(stopped.done_ms, planned_before(&plan, 1));
    assert_eq!(stopped.step, plan.segments[1].step);
}

#[test]
fn a_session_shares_its_plan_rather_than_copying_it() {
    let s = Session::new(starter());
    assert!(std::rc::Rc::ptr_eq(&s.shared_plan(), &s.shared_plan()));
    assert_eq!(*s.shared_plan(), *s.plan());
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        6 => Just(Command::Tick),
        1 => Just(Command::Pause),
        1 => Just(Command::Resume),
        1 => Just(Command::Skip),
        1 => Just(Command::Back),
        1 => Just(Command::AddRest),
    ]
}

/// Steps of time: mostly small ticks, sometimes a long hidden-tab jump.
fn jump() -> impl Strategy<Value = i64> {
    prop_oneof![8 => 0i64..2_000, 2 => 2_000i64..120_000, 1 => 120_000i64..1_800_000]
}

proptest! {
    #[test]
    fn elapsed_never_goes_backwards_and_resume_is_faithful(
        steps in proptest::collection::vec((command(), jump()), 1..80)
    ) {
        let plan = starter();
        let mut s = Session::new(plan.clone());
        s.apply(Command::Start, T0);
        let mut now = T0;
        let mut last_elapsed = 0;
        for (cmd, dt) in steps {
            now += dt;
            s.apply(cmd, now);
            let elapsed = s.elapsed_ms(now);
            prop_assert!(elapsed >= last_elapsed, "elapsed went back: {} -> {}", last_elapsed, elapsed);
            prop_assert!(elapsed <= now - T0);
            last_elapsed = elapsed;
            let view = s.view(now);
            prop_assert!(view.remaining_ms >= 0);
            prop_assert!((0..=view.progress.total_ms).contains(&view.progress.done_ms));
            prop_assert!(view.progress.step <= view.progress.steps);
            // Save and resume at any point gives the same session, and the same future.
            let mut copy = Session::resume(plan.clone(), s.timing().clone()).unwrap();
            prop_assert_eq!(copy.view(now), view);
            let later = now + 7_000;
            let mut original = s.clone();
            prop_assert_eq!(copy.apply(Command::Tick, later), original.apply(Command::Tick, later));
            prop_assert_eq!(copy.view(later), original.view(later));
        }
    }

    #[test]
    fn without_skips_the_phases_sum_to_the_plan(
        steps in proptest::collection::vec((prop_oneof![Just(Command::Tick), Just(Command::Pause), Just(Command::Resume)], jump()), 1..60)
    ) {
        let plan = starter();
        let total = plan.total_ms();
        let mut s = Session::new(plan.clone());
        s.apply(Command::Start, T0);
        let mut now = T0;
        for (cmd, dt) in steps {
            now += dt;
            s.apply(cmd, now);
            // Unpaused, the position is exactly where the clock says.
            if s.status() == Status::Running {
                let t = s.elapsed_ms(now);
                prop_assert_eq!(s.view(now).index, expected_index(&plan, t));
                prop_assert_eq!(s.progress(now).done_ms, t);
            }
        }
        s.apply(Command::Resume, now);
        now += total + 1;
        s.apply(Command::Tick, now);
        prop_assert_eq!(s.status(), Status::Finished);
        prop_assert_eq!(s.elapsed_ms(now), total);
        prop_assert_eq!(s.timing().done_ms.iter().sum::<i64>(), total);
    }

    #[test]
    fn a_single_jump_lands_where_the_clock_says(t in 0i64..1_500_000) {
        let plan = starter();
        let mut s = Session::new(plan.clone());
        s.apply(Command::Start, T0);
        s.apply(Command::Tick, T0 + t);
        prop_assert_eq!(s.view(T0 + t).index, expected_index(&plan, t).min(plan.segments.len()));
    }
}
