//! How long `settle` takes to replay a long history, so `make bench` shows when bringing
//! the plan up to date gets heavier. The reducer settles on start and after every
//! report, so this is paid on each of those (in wasm, expect a few times the host
//! figure).
//!
//! Run: `cargo run --release --example settle_timing`. Prints one line per history
//! length: sessions, median and slowest of the runs, in milliseconds.

use std::time::Instant;

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::exercise::ExerciseId;
use backcare::domain::history::{ExerciseLog, SessionLog};
use backcare::domain::profile::{Birth, Delivery, PainSite, Profile};
use backcare::domain::saved::AppData;
use backcare::domain::settle::settle;
use backcare::domain::start::Start;

const DAY: i64 = 24 * 60 * 60 * 1000;
const RUNS: usize = 15;

/// One session a day for `days` days before `now`: today's routine of the usual
/// exercises, comfortable, with a next-morning answer.
fn history(days: i64, now: i64) -> Vec<SessionLog> {
    let ids = [
        "breathing-belly",
        "brace-lying",
        "pelvic-floor-quick",
        "pelvic-tilt-lying",
        "knee-rolls",
        "heel-slides",
        "hamstring-stretch",
    ];
    let pain = |v| PainScore::new(v).unwrap_or(PainScore::new(0).expect("0 is a pain score"));
    (0..days)
        .map(|d| {
            let at = now - (days - d) * DAY;
            SessionLog {
                routine: "Your routine for today".to_owned(),
                started_at_ms: at,
                active_ms: 15 * 60 * 1000,
                stopped_early: false,
                exercises: ids
                    .iter()
                    .filter_map(|id| ExerciseId::new(id))
                    .map(|exercise| ExerciseLog {
                        exercise,
                        planned_sets: 2,
                        done_sets: 2,
                        planned_work_s: 100,
                        done_work_s: 100,
                    })
                    .collect(),
                comfort: Comfort {
                    before: Some(pain(2)),
                    after: Some(AfterReport {
                        worst_pain: pain(u8::try_from(d % 5).unwrap_or(0)),
                        effort: Effort::Moderate,
                        note: Note::default(),
                    }),
                    morning: Some(MorningReport {
                        compare: MorningCompare::Same,
                        pain: pain(2),
                        at_ms: at + 20 * 60 * 60 * 1000,
                    }),
                    morning_skipped: false,
                },
                start: Some(Start::Today),
            }
        })
        .collect()
}

fn main() {
    let now = 20_800 * DAY;
    let profile = Profile {
        pain_sites: vec![PainSite::LowerBack],
        ..Profile::new(Birth::Date { day: 20_800 - 760 }, Delivery::Vaginal)
    };
    println!("settle: replaying a history (host, release build)");
    for days in [30, 365, 730] {
        let data = AppData {
            profile: Some(profile.clone()),
            history: history(days, now),
            ..AppData::default()
        };
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let (out, _) = settle(&data, now, 0, Catalog::builtin());
                std::hint::black_box(out);
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "{days:>5} sessions   median {:>7.2} ms   slowest {:>7.2} ms",
            times[RUNS / 2],
            times[RUNS - 1]
        );
    }
}
