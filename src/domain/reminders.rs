//! Reminders without a server: her plan's frequency as repeating events in a calendar
//! file (`.ics`) she opens in her own calendar app, and whether her plan still has a
//! session to do today (the mark on the Today tab).
//!
//! Pure: the page supplies the clock, the time and days she picks, the app's own
//! address and a way to put messages into words. The file's grammar is `ics`'s; which
//! plan she follows, how often and for how long is decided here. Nothing is stored:
//! the calendar keeps the reminders, and a new file replaces them (stable UIDs).

pub mod ics;

use super::catalog::Catalog;
use super::history::{monday_of, SessionLog};
use super::imported::ImportedRoutine;
use super::profile::local_day;
use super::routine::planned_minutes;
use super::saved::AppData;
use super::share::Frequency;
use super::start::{shared_routine, Start};
use super::text::{Msg, Text};

pub use ics::{Calendar, Event, LocalDateTime, Repeat, Weekday};

/// The downloaded file's name.
pub const FILE_NAME: &str = "gentle-back-reminders.ics";

/// The file's media type (RFC 5545 §8.1): a phone opens it in its calendar.
pub const MEDIA_TYPE: &str = "text/calendar";

/// Shortest and longest event in her calendar, in minutes.
pub const EVENT_MINUTES: std::ops::RangeInclusive<u8> = 10..=15;

/// Hours from a day's first reminder to its last when the plan asks for several a day
/// (twice a day at 09:00: 09:00 and 19:00).
pub const SPREAD_HOURS: u16 = 10;

/// A time of day she picked for the reminders, in whole minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReminderTime(u16);

impl Default for ReminderTime {
    /// 09:00.
    fn default() -> Self {
        ReminderTime(9 * 60)
    }
}

impl ReminderTime {
    /// `minute` since midnight, 0 to 1439.
    pub fn new(minute: u16) -> Option<Self> {
        (minute < 24 * 60).then_some(ReminderTime(minute))
    }

    /// A time input's value: `HH:MM`, or `HH:MM:SS` (the seconds are dropped).
    pub fn parse(raw: &str) -> Option<Self> {
        let mut parts = raw.trim().split(':');
        let number = |p: Option<&str>| -> Option<u16> {
            let p = p?;
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let (hour, minute) = (number(parts.next())?, number(parts.next())?);
        if let Some(second) = parts.next() {
            number(Some(second)).filter(|s| *s < 60)?;
        }
        if parts.next().is_some() || hour > 23 || minute > 59 {
            return None;
        }
        ReminderTime::new(hour * 60 + minute)
    }

    pub fn minute(self) -> u16 {
        self.0
    }

    /// `HH:MM`, as a time input takes it and as the card shows it.
    pub fn hh_mm(self) -> String {
        format!("{:02}:{:02}", self.0 / 60, self.0 % 60)
    }

    /// `minutes` later on the clock, wrapping past midnight.
    fn later(self, minutes: u16) -> ReminderTime {
        ReminderTime(u16::try_from((u32::from(self.0) + u32::from(minutes)) % 1440).unwrap_or(0))
    }
}

/// Which plan the reminders are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanRef {
    /// The app's own plan for her.
    Own,
    /// A physiotherapist's routine she made her plan, by its `imported_at_ms`.
    Physio(i64),
}

/// Her plan, as far as reminders go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReminderPlan {
    pub plan: PlanRef,
    /// A physiotherapist's routine's name, as written; `None` for her own plan.
    pub name: Option<String>,
    pub frequency: Frequency,
    /// Each event's length, in minutes (within [`EVENT_MINUTES`]).
    pub minutes: u8,
    /// Her local day number of the last day of a physiotherapist's plan, when that is
    /// today or later; `None` repeats for ever.
    pub last_day: Option<i64>,
}

/// What the reminders card offers her.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// No plan yet (no profile): nothing to remind.
    NoPlan,
    /// Her plan is paused after a warning sign: remove the reminders, none to download.
    Paused,
    Plan(ReminderPlan),
}

/// The physiotherapist's routine that is her plan, if one is.
fn physio_plan(data: &AppData) -> Option<&ImportedRoutine> {
    data.imported.iter().find(|i| i.as_plan)
}

/// What the reminders card offers at `now_ms` (`offset_min`: her local offset).
pub fn offer(data: &AppData, now_ms: i64, offset_min: i32, catalog: &Catalog) -> Offer {
    if data.profile.is_none() {
        return Offer::NoPlan;
    }
    if data.safety.is_paused() {
        return Offer::Paused;
    }
    let clamp = |m: i64| {
        let (lo, hi) = (*EVENT_MINUTES.start(), *EVENT_MINUTES.end());
        u8::try_from(m.clamp(i64::from(lo), i64::from(hi))).unwrap_or(hi)
    };
    let today = local_day(now_ms, offset_min);
    Offer::Plan(match physio_plan(data) {
        None => ReminderPlan {
            plan: PlanRef::Own,
            name: None,
            frequency: Frequency::PerDay(1),
            minutes: clamp(i64::from(data.target_min)),
            last_day: None,
        },
        Some(i) => ReminderPlan {
            plan: PlanRef::Physio(i.imported_at_ms),
            name: Some(i.routine.name.as_str().to_owned()),
            frequency: i.routine.frequency,
            minutes: clamp(planned_minutes(
                &shared_routine(i, &data.plan, catalog),
                catalog,
            )),
            last_day: Some(
                local_day(i.imported_at_ms, offset_min) + i64::from(i.routine.weeks) * 7 - 1,
            )
            .filter(|last| *last >= today),
        },
    })
}

/// `n` weekdays spread over the week from Monday (3: Monday, Wednesday, Friday).
pub fn spread_days(n: u8) -> Vec<Weekday> {
    let n = usize::from(n.clamp(1, 7));
    (0..n).map(|i| Weekday::ALL[i * 7 / n]).collect()
}

impl ReminderPlan {
    /// True when the reminders fall on some days of the week only (fewer than seven
    /// sessions a week), so she may choose which.
    pub fn is_weekly(&self) -> bool {
        matches!(self.frequency, Frequency::PerWeek(n) if n < 7)
    }

    /// The days a weekly plan's reminders fall on until she picks others.
    pub fn default_days(&self) -> Vec<Weekday> {
        match self.frequency {
            Frequency::PerWeek(n) if n < 7 => spread_days(n),
            _ => Weekday::ALL.to_vec(),
        }
    }

    /// The times of a day's reminders from `first`: one a session, spread over
    /// [`SPREAD_HOURS`] in whole half hours.
    pub fn times(&self, first: ReminderTime) -> Vec<ReminderTime> {
        let n = match self.frequency {
            Frequency::PerDay(n) => u16::from(n.max(1)),
            Frequency::PerWeek(_) => 1,
        };
        let gap = if n > 1 {
            SPREAD_HOURS * 60 / (n - 1) / 30 * 30
        } else {
            0
        };
        (0..n).map(|k| first.later(k * gap)).collect()
    }
}

/// What she asked for, and what the page knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
    /// The first reminder of the day.
    pub at: ReminderTime,
    /// The weekdays of a weekly plan; empty or ignored otherwise (see `default_days`).
    pub days: &'a [Weekday],
    /// Now, in milliseconds since the Unix epoch, and her offset from UTC.
    pub now_ms: i64,
    pub offset_min: i32,
    /// The app's own address, as `app_link` writes it.
    pub app_link: &'a str,
}

/// The app's address to open from an event: the page's address without any fragment,
/// then `#/` (Today).
pub fn app_link(href: &str) -> String {
    let base = href.split('#').next().unwrap_or(href);
    format!("{base}#/")
}

/// The host of a link (`example.org` in `https://example.org/app/`), for UIDs.
fn host(link: &str) -> &str {
    let rest = link.split_once("://").map_or(link, |(_, r)| r);
    let host = rest.split(['/', '#', '?']).next().unwrap_or("");
    if host.is_empty() {
        "gentle-back.local"
    } else {
        host
    }
}

/// The calendar for her plan: one repeating event per session of the day (a weekly
/// plan: one event on her days), starting today or on her next chosen day. `words`
/// puts a message into her language.
pub fn calendar(plan: &ReminderPlan, req: &Request, words: &dyn Fn(Text) -> String) -> Calendar {
    let today = local_day(req.now_ms, req.offset_min);
    let (repeat, first_day) = if plan.is_weekly() {
        let days = if req.days.is_empty() {
            plan.default_days()
        } else {
            req.days.to_vec()
        };
        let first = (today..today + 7)
            .find(|d| days.contains(&Weekday::of_day(*d)))
            .unwrap_or(today);
        (Repeat::Weekly(days), first)
    } else {
        (Repeat::Daily, today)
    };
    let start = LocalDateTime {
        day: first_day,
        minute: req.at.minute(),
    };
    // A plan whose end comes before its first reminder (a weekly plan ending this
    // week) repeats without an end rather than leaving her calendar empty.
    let until = plan
        .last_day
        .map(|day| LocalDateTime {
            day,
            minute: 23 * 60 + 59,
        })
        .filter(|until| *until >= start);
    let title = match &plan.name {
        None => Text::new(Msg::RemindersEventTitle),
        Some(name) => Text::new(Msg::RemindersEventTitlePhysio).with("name", name.as_str()),
    };
    let summary = words(title);
    let body = words(
        Text::new(Msg::RemindersEventBody)
            .with("minutes", plan.minutes)
            .with("link", req.app_link),
    );
    let uid_base = match plan.plan {
        PlanRef::Own => "gentle-back-own-plan".to_owned(),
        PlanRef::Physio(at) => format!("gentle-back-physio-{at}"),
    };
    let times = plan.times(req.at);
    let count = times.len();
    let events = times
        .iter()
        .enumerate()
        .map(|(k, time)| {
            let description = if count > 1 {
                let which = Text::new(Msg::RemindersEventWhich)
                    .with("number", k + 1)
                    .with("count", count);
                format!("{body}\n{}", words(which))
            } else {
                body.clone()
            };
            Event {
                uid: format!("{uid_base}-{}@{}", k + 1, host(req.app_link)),
                // Later sessions of the day: the same day, or the next when past midnight.
                start: start
                    .plus_minutes(u32::from((time.minute() + 1440 - req.at.minute()) % 1440)),
                duration_min: u16::from(plan.minutes),
                repeat: repeat.clone(),
                until,
                summary: summary.clone(),
                description,
                url: req.app_link.to_owned(),
            }
        })
        .collect();
    Calendar {
        stamp_ms: req.now_ms,
        events,
    }
}

/// The calendar file's text (see [`calendar`]).
pub fn calendar_file(plan: &ReminderPlan, req: &Request, words: &dyn Fn(Text) -> String) -> String {
    ics::write(&calendar(plan, req, words))
}

/// Whether a session of her plan is still to do today at `now_ms` (`offset_min`: her
/// local offset): she has a plan, it is not paused, and she has done fewer of its
/// sessions today than it asks for a day, or, for a plan of some days a week, none
/// today and fewer this week (Monday to Sunday) than it asks for a week.
///
/// Her plan's sessions are those started as today's routine (or its short version), or
/// as the physiotherapist's routine that is her plan; a walk or one exercise tried from
/// the library is not one. A session logged before starts were kept counts by its name.
pub fn due_today(data: &AppData, now_ms: i64, offset_min: i32) -> bool {
    if data.profile.is_none() || data.safety.is_paused() {
        return false;
    }
    let physio = physio_plan(data);
    // A session of her plan: as the plan counts it, except that a walk or a single
    // exercise is not one of her own plan's sessions.
    let of_plan = |log: &&SessionLog| {
        log.belongs_to(physio, &data.imported)
            && (physio.is_some()
                || !matches!(
                    log.start,
                    Some(Start::Walk | Start::Exercise(_) | Start::Run | Start::RunTest(_))
                ))
    };
    let today = local_day(now_ms, offset_min);
    let days: Vec<i64> = data
        .history
        .iter()
        .filter(of_plan)
        .map(|l| local_day(l.started_at_ms, offset_min))
        .collect();
    let on = |pred: &dyn Fn(i64) -> bool| days.iter().filter(|d| pred(**d)).count();
    let done_today = on(&|d| d == today);
    match physio.map_or(Frequency::PerDay(1), |r| r.routine.frequency) {
        Frequency::PerDay(n) => done_today < usize::from(n),
        Frequency::PerWeek(n) => {
            done_today == 0 && on(&|d| monday_of(d) == monday_of(today)) < usize::from(n)
        }
    }
}
