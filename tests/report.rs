//! The progress summary's plan: `summary_plan` takes her settled plan into a summary,
//! and `summary_statuses` gives her physiotherapist the same statuses her own plan page
//! shows, after the link's round trip.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::ExerciseId;
use backcare::domain::plan_view::{chain_statuses_at, ChainStatus, Gate};
use backcare::domain::profile::StageNow;
use backcare::domain::progression::{PlanItem, MAX_STEP, MIN_STEP};
use backcare::domain::report::{progress_summary, summary_plan, summary_statuses};
use backcare::domain::routine::RoutineName;
use backcare::domain::safety::SafetyState;
use backcare::domain::settings::Thresholds;
use backcare::domain::share::{
    decode, encode, Frequency, ProgressSummary, Shared, SummaryItem, MAX_PLAN_ITEMS, MAX_STREAK,
};

const DAY: i64 = 86_400_000;
const HOUR: i64 = 3_600_000;
/// The summary's first day (a local day number).
const FROM: i64 = 20_000;
/// The summary's length in days.
const DAYS: u16 = 28;

/// Local days two hours ahead of UTC, so a session at 23:00 UTC is the next local day.
fn day_of(ms: i64) -> i64 {
    (ms + 2 * HOUR).div_euclid(DAY)
}

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

fn item(raw: &str, dose_step: i8, streak: u8, last_done_ms: Option<i64>) -> PlanItem {
    PlanItem {
        exercise: id(raw),
        dose_step,
        streak,
        last_done_ms,
    }
}

fn stage(weeks: u8, days: u8, caesarean: bool) -> StageNow {
    StageNow {
        weeks,
        days,
        caesarean,
        severe_tear: false,
        girdle_care: false,
    }
}

/// A summary of the 28 days from `FROM` carrying `items` at `stage`, through a link.
fn through_a_link(
    items: &[PlanItem],
    stage: &StageNow,
    th: &Thresholds,
    paused: bool,
) -> ProgressSummary {
    let mut summary = progress_summary(
        &[],
        &SafetyState::default(),
        RoutineName::new("Gentle Back routine").unwrap(),
        Frequency::PerDay(1),
        FROM + i64::from(DAYS) - 1,
        DAYS,
        day_of,
    );
    assert_eq!(summary.from_day, FROM);
    summary.plan = Some(summary_plan(
        items,
        stage,
        th,
        paused,
        summary.from_day,
        summary.days,
        day_of,
    ));
    assert_eq!(summary.check(), Ok(()));
    match decode(&encode(&Shared::Summary(summary.clone()))) {
        Ok(Shared::Summary(back)) => {
            assert_eq!(back, summary);
            back
        }
        other => panic!("the summary did not come back: {other:?}"),
    }
}

/// A status without the time she last did the item (the summary keeps only its day).
fn without_time(s: &ChainStatus) -> ChainStatus {
    ChainStatus {
        last_done_ms: None,
        ..s.clone()
    }
}

#[test]
fn items_are_kept_in_order_with_the_day_each_was_last_done() {
    let items = [
        // 09:00 UTC on the first day: day 0.
        item("breathing-belly", 3, 1, Some(FROM * DAY + 9 * HOUR)),
        // 23:00 UTC the day before the period is her local first day: day 0.
        item("brace-sitting", 2, 0, Some(FROM * DAY - HOUR)),
        // 21:00 UTC the day before, 23:00 local: before the period.
        item("pelvic-floor-hold", 1, 2, Some(FROM * DAY - 3 * HOUR)),
        // The period's last day: day 27.
        item("glute-bridge", -1, 0, Some((FROM + 27) * DAY + 12 * HOUR)),
        // The day after the period (a clock that ran ahead): not in it.
        item("cat-cow", 0, 0, Some((FROM + 28) * DAY + 12 * HOUR)),
        // Never done.
        item("walk-10", 0, 0, None),
        // Long before.
        item("knee-rolls", MIN_STEP, 0, Some(0)),
    ];
    let plan = summary_plan(
        &items,
        &stage(7, 3, true),
        &Thresholds::default(),
        false,
        FROM,
        DAYS,
        day_of,
    );
    let got: Vec<(&str, i8, u8, Option<u16>)> = plan
        .items
        .iter()
        .map(|i| (i.exercise.as_str(), i.dose_step, i.streak, i.last_done_day))
        .collect();
    assert_eq!(
        got,
        [
            ("breathing-belly", 3, 1, Some(0)),
            ("brace-sitting", 2, 0, Some(0)),
            ("pelvic-floor-hold", 1, 2, None),
            ("glute-bridge", -1, 0, Some(27)),
            ("cat-cow", 0, 0, None),
            ("walk-10", 0, 0, None),
            ("knee-rolls", MIN_STEP, 0, None),
        ]
    );
}

#[test]
fn her_stage_thresholds_and_pause_are_carried() {
    let th = Thresholds {
        sessions_to_progress: 4,
        tear_weeks: 9,
        ..Thresholds::default()
    };
    let stage = StageNow {
        weeks: 5,
        days: 6,
        caesarean: true,
        severe_tear: true,
        girdle_care: true,
    };
    let plan = summary_plan(&[], &stage, &th, true, FROM, DAYS, day_of);
    assert_eq!(plan.stage(), stage);
    assert_eq!(plan.days_now(), 41);
    assert!(plan.paused);
    assert_eq!(
        (plan.sessions_to_progress, plan.tear_weeks),
        (4, 9),
        "her own thresholds"
    );
    assert_eq!(plan.thresholds().sessions_to_progress, 4);
    assert_eq!(plan.thresholds().tear_weeks, 9);
    assert!(plan.items.is_empty());
}

#[test]
fn out_of_range_items_are_clamped_and_the_plan_always_checks() {
    let mut items = vec![
        item("glute-bridge", MAX_STEP + 4, 9, None),
        item("heel-slides", MIN_STEP - 4, MAX_STREAK, None),
        // No share code: left out, so the link still opens.
        item("not-in-the-table", 0, 0, None),
    ];
    items.extend((0..20).map(|_| item("cat-cow", 0, 0, None)));
    let plan = summary_plan(
        &items,
        &stage(12, 0, false),
        &Thresholds::default(),
        false,
        FROM,
        DAYS,
        day_of,
    );
    assert_eq!(plan.items.len(), MAX_PLAN_ITEMS);
    assert_eq!(
        plan.items[..2],
        [
            SummaryItem {
                exercise: id("glute-bridge"),
                dose_step: MAX_STEP,
                streak: MAX_STREAK,
                last_done_day: None,
            },
            SummaryItem {
                exercise: id("heel-slides"),
                dose_step: MIN_STEP,
                streak: MAX_STREAK,
                last_done_day: None,
            },
        ]
    );
    assert!(plan.items[2..].iter().all(|i| i.exercise == id("cat-cow")));
    through_a_link(&items, &stage(12, 0, false), &Thresholds::default(), false);
}

#[test]
fn a_summary_is_made_without_a_plan_until_one_is_given() {
    let summary = progress_summary(
        &[],
        &SafetyState::default(),
        RoutineName::new("Gentle Back routine").unwrap(),
        Frequency::PerDay(1),
        FROM + 27,
        DAYS,
        day_of,
    );
    assert_eq!(summary.plan, None);
}

/// Her items at a stage where every kind of gate shows.
fn her_plan(done: i64) -> Vec<PlanItem> {
    vec![
        // Dose steps to go: a fuller dose next, the harder variant later.
        item("breathing-belly", 1, 1, Some(done)),
        item("heel-slides", 2, 2, Some(done)),
        // At the top of its doses: the harder variant, gated by stage.
        item("glute-bridge", MAX_STEP, 0, Some(done)),
        item("pelvic-tilt-hands-knees", MAX_STEP, 1, None),
        item("hamstring-stretch", MAX_STEP, 0, Some(done - 3 * DAY)),
        item("brace-standing", MAX_STEP, 0, Some(done)),
        // Walks move along their chain.
        item("walk-20", 0, 1, Some(done)),
        // The top of a chain.
        item("walk-30", 0, 0, None),
        item("side-lying-clam", MAX_STEP, 0, None),
        item("lesson-lifting-baby", 0, 0, Some(done)),
    ]
}

#[test]
fn her_physiotherapist_sees_the_statuses_her_plan_page_shows() {
    let catalog = Catalog::builtin();
    let done = (FROM + 20) * DAY + 10 * HOUR;
    let items = her_plan(done);
    let custom = Thresholds {
        sessions_to_progress: 4,
        tear_weeks: 9,
        ..Thresholds::default()
    };
    let cases = [
        (stage(7, 3, true), Thresholds::default(), false),
        (stage(7, 3, true), custom, false),
        (stage(2, 1, false), Thresholds::default(), false),
        (
            StageNow {
                severe_tear: true,
                girdle_care: true,
                ..stage(7, 0, false)
            },
            custom,
            false,
        ),
        (
            StageNow {
                girdle_care: true,
                ..stage(7, 0, false)
            },
            Thresholds::default(),
            false,
        ),
        (stage(30, 6, true), Thresholds::default(), true),
    ];
    let mut gates = Vec::new();
    for (stage, th, paused) in cases {
        let hers = chain_statuses_at(
            &items,
            &stage,
            i64::from(stage.weeks) * 7 + i64::from(stage.days),
            catalog,
            &th,
            paused,
        );
        assert_eq!(hers.len(), items.len());
        let summary = through_a_link(&items, &stage, &th, paused);
        let theirs = summary_statuses(summary.plan.as_ref().unwrap(), summary.from_day, catalog);
        assert_eq!(
            theirs.iter().map(without_time).collect::<Vec<_>>(),
            hers.iter().map(without_time).collect::<Vec<_>>(),
            "{stage:?} {th:?} paused {paused}"
        );
        for (a, b) in theirs.iter().zip(&hers) {
            assert_eq!(a.gate.text(), b.gate.text());
            // The summary keeps the day she last did it, in the period.
            let day = |ms: Option<i64>| ms.map(|ms| ms.div_euclid(DAY));
            match b.last_done_ms {
                Some(ms) if day_of(ms) >= FROM => {
                    assert_eq!(day(a.last_done_ms), Some(day_of(ms)), "{}", a.name);
                }
                _ => assert_eq!(a.last_done_ms, None, "{}", a.name),
            }
        }
        gates.extend(theirs.iter().map(|s| s.gate));
    }
    // The cases reach every kind of gate.
    let kinds = |pick: fn(&Gate) -> bool| gates.iter().any(pick);
    assert!(kinds(|g| matches!(g, Gate::Sessions { .. })));
    assert!(kinds(|g| matches!(g, Gate::OpensAt { .. })));
    assert!(kinds(|g| matches!(g, Gate::Symmetric { .. })));
    assert!(kinds(|g| matches!(g, Gate::AfterTear { .. })));
    assert!(kinds(|g| matches!(g, Gate::Paused)));
    assert!(kinds(|g| matches!(g, Gate::Top)));
}

#[test]
fn her_own_thresholds_change_what_the_physiotherapist_reads() {
    let catalog = Catalog::builtin();
    let items = [item("heel-slides", 0, 1, None)];
    let more = |th: Thresholds| {
        let summary = through_a_link(&items, &stage(7, 0, false), &th, false);
        summary_statuses(summary.plan.as_ref().unwrap(), FROM, catalog)[0].gate
    };
    assert_eq!(more(Thresholds::default()), Gate::Sessions { more: 1 });
    assert_eq!(
        more(Thresholds {
            sessions_to_progress: 4,
            ..Thresholds::default()
        }),
        Gate::Sessions { more: 3 }
    );
}
