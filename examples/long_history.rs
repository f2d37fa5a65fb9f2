//! Prints a realistic saved document (this build's format) with years of history, for
//! `make bench` (`bench/history.mjs` puts it in the browser's storage) and for anyone
//! who wants to see how a long history reads and loads.
//!
//! Built through the domain, as the app builds it: a profile; every day, today's
//! routine from her settled plan played start to finish by the session state machine,
//! logged, with her comfort reports; the plan settled as she goes. Nothing here writes
//! JSON by hand.
//!
//! Run: `cargo run --release --example long_history [DAYS] [NOW_MS]`. DAYS defaults to
//! 730 (two years of daily sessions, ending yesterday); NOW_MS to the current time.
//! Pain and notes come from a fixed pseudo-random sequence, so the same arguments give
//! the same document.

use std::time::{SystemTime, UNIX_EPOCH};

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{
    AfterReport, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use backcare::domain::history::SessionLog;
use backcare::domain::profile::{Birth, Delivery, PainSite, Profile, DAY_MS};
use backcare::domain::routine::Plan;
use backcare::domain::saved::{to_json, AppData, NoticeAck, NOTICE_VERSION};
use backcare::domain::session::{Command, Session};
use backcare::domain::settle::settle;
use backcare::domain::start::{routine_for, Start};

/// How often the plan is settled while the history is built, in days (the app settles
/// on every report; weekly keeps the generator quick and the plan just as realistic).
const SETTLE_EVERY_DAYS: i64 = 7;

/// A small linear congruential generator: enough for varied, repeatable answers.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % sides
    }
}

fn pain(value: u64) -> PainScore {
    let value = u8::try_from(value.min(10)).unwrap_or(10);
    PainScore::new(value).unwrap_or_else(|| unreachable!("0 to 10 is a pain score"))
}

const NOTES: [&str; 6] = [
    "Felt easier than last week.",
    "Baby woke halfway, finished later.",
    "A bit stiff after the school run.",
    "Lower back tight in the morning.",
    "Good one.",
    "Did it with the baby on the mat beside me.",
];

/// One day's session at `at`: today's routine (a walk once a week), played to the end.
fn session(data: &AppData, at: i64, day: i64, dice: &mut Dice) -> Option<SessionLog> {
    let catalog = Catalog::builtin();
    let start = if day % 7 == 6 {
        Start::Walk
    } else {
        Start::Today
    };
    let routine = routine_for(&start, data, at, 0, catalog)
        .or_else(|| routine_for(&Start::Today, data, at, 0, catalog))?;
    let plan = Plan::new(routine, catalog).ok()?;
    let total = plan.total_ms();
    let mut s = Session::new(plan);
    s.apply(Command::Start, at);
    // Now and then she stops early.
    if dice.roll(40) == 0 {
        s.apply(Command::Tick, at + total / 2);
        s.apply(Command::Stop, at + total / 2);
    } else {
        s.apply(Command::Tick, at + total);
    }
    let mut log = SessionLog::from_session(&s)?;
    log.start = Some(start);
    // Pain eases over the months, with good and bad days.
    let months = u64::try_from(day / 30).unwrap_or(0);
    let usual = 4u64.saturating_sub(months / 4);
    let c = &mut log.comfort;
    if dice.roll(10) < 9 {
        c.before = Some(pain(usual + dice.roll(2)));
    }
    if dice.roll(20) < 19 {
        let note = if dice.roll(8) == 0 {
            NOTES[usize::try_from(dice.roll(6)).unwrap_or(0)]
        } else {
            ""
        };
        c.after = Some(AfterReport {
            worst_pain: pain(usual + dice.roll(3)),
            effort: [Effort::Easy, Effort::Moderate, Effort::Moderate]
                [usize::try_from(dice.roll(3)).unwrap_or(0)],
            note: Note::new(note).unwrap_or_default(),
        });
        if dice.roll(10) < 8 {
            c.morning = Some(MorningReport {
                compare: [
                    MorningCompare::Better,
                    MorningCompare::Same,
                    MorningCompare::Same,
                ][usize::try_from(dice.roll(3)).unwrap_or(0)],
                pain: pain(usual.saturating_sub(1) + dice.roll(2)),
                at_ms: at + 22 * 60 * 60 * 1000 + i64::try_from(dice.roll(3_600_000)).unwrap_or(0),
            });
        } else {
            c.morning_skipped = dice.roll(2) == 0;
        }
    }
    Some(log)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let days: i64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(730);
    let now: i64 = args.next().and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(0))
    });
    let today = now.div_euclid(DAY_MS);
    let first = today - days;
    let catalog = Catalog::builtin();
    let mut data = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION,
            at_ms: first * DAY_MS + 8 * 60 * 60 * 1000,
        }),
        profile: Some(Profile {
            pain_sites: vec![PainSite::LowerBack],
            ..Profile::new(Birth::Date { day: first - 42 }, Delivery::Vaginal)
        }),
        ..AppData::default()
    };
    let mut dice = Dice(20_26);
    for day in 0..days {
        // Mornings around half past nine, a little earlier or later each day.
        let at = (first + day) * DAY_MS
            + 9 * 60 * 60 * 1000
            + i64::try_from(dice.roll(3 * 60 * 60 * 1000)).unwrap_or(0);
        if day % SETTLE_EVERY_DAYS == 0 {
            data = settle(&data, at, 0, catalog).0;
        }
        if let Some(log) = session(&data, at, day, &mut dice) {
            data.finish_session(log);
        }
    }
    data = settle(&data, now, 0, catalog).0;
    println!("{}", to_json(&data));
}
