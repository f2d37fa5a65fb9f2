//! Everything History shows above its list of sessions, worked out in one pass over
//! her log: walking minutes this week, the calendar of the last five weeks, the pain
//! chart (day by day for the last 12 weeks, week by week before that, folded weeks
//! included) and the sentence that sums up the trend.
//!
//! Built once per change (the page memoises it, keyed by `fingerprint`), with day
//! numbers from plain arithmetic on her offset: no calendar lookups per session.

use super::dates::monday_of;
use super::fold::WeekSummary;
use super::{minutes_since, pain_points, trend_summary, PainPoint, SessionLog};
use crate::domain::catalog::Catalog;
use crate::domain::comfort::PainScore;
use crate::domain::profile::{DAY_MS, WEEK_MS};
use crate::domain::safety::SafetyEvent;
use crate::domain::text::Text;

/// The calendar shows this many whole weeks, Monday to Sunday, ending with this one.
pub const CALENDAR_WEEKS: i64 = 5;

/// The chart shows this many weeks day by day (this one and those before it); before
/// them, one point per week.
pub const DAILY_WEEKS: i64 = 12;

/// How many days back the trend sentence looks (two fortnights and a margin).
const TREND_DAYS: i64 = 40;

/// One day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    /// Her local day number.
    pub day: i64,
    /// Sessions started that day.
    pub sessions: u16,
    /// She reported a warning sign that day.
    pub flagged: bool,
}

/// The pain chart's points: week by week, then day by day up to today.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PainChart {
    /// Her local day number today.
    pub today: i64,
    /// The first day shown day by day: a Monday, `DAILY_WEEKS - 1` weeks before this
    /// week's.
    pub daily_from: i64,
    /// Before `daily_from`, one point per week with any pain reported (its `day` is the
    /// Monday), oldest first: the worst of the week, during sessions and the next
    /// morning. Folded weeks are among them.
    pub weekly: Vec<PainPoint>,
    /// From `daily_from` on, one point per day with any pain reported, oldest first:
    /// the worst of the day.
    pub daily: Vec<PainPoint>,
}

impl PainChart {
    /// Nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.weekly.is_empty() && self.daily.is_empty()
    }

    /// The first day the chart covers: the first week with a point, or `daily_from`.
    pub fn first_day(&self) -> i64 {
        self.weekly.first().map_or(self.daily_from, |p| p.day)
    }
}

/// What History shows about her log, at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// Her local day number.
    pub today: i64,
    /// Minutes of walking (and anything aerobic) in the last 7 days.
    pub week_min: u32,
    /// `CALENDAR_WEEKS` weeks of days, Monday first, ending with this week's Sunday.
    pub calendar: Vec<CalendarDay>,
    pub chart: PainChart,
    /// The trend in one or two sentences (see `trend_summary`).
    pub trend: Text,
}

/// Adds a session's (or a folded week's) pains to the point of its `day` (or week),
/// keeping `points` in order and the worst of each.
fn keep(points: &mut Vec<PainPoint>, day: i64, during: Option<u8>, morning: Option<u8>) {
    if during.is_none() && morning.is_none() {
        return;
    }
    // Sessions come oldest first, so this is nearly always a push at the end.
    match points.binary_search_by_key(&day, |p| p.day) {
        Ok(at) => {
            if let Some(p) = points.get_mut(at) {
                p.during = p.during.max(during);
                p.morning = p.morning.max(morning);
            }
        }
        Err(at) => points.insert(
            at,
            PainPoint {
                day,
                during,
                morning,
            },
        ),
    }
}

/// History's overview at `now_ms` (`offset_min`: her offset from UTC) of her `logs`,
/// the weeks folded out of them and her red flags. Linear in the number of logs.
pub fn overview(
    logs: &[SessionLog],
    folded: &[WeekSummary],
    flags: &[SafetyEvent],
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> Overview {
    // `profile::local_day`, saturating: a stored time may be anything.
    let offset_ms = i64::from(offset_min) * 60_000;
    let day_of = |ms: i64| ms.saturating_add(offset_ms).div_euclid(DAY_MS);
    let today = day_of(now_ms);
    let this_monday = monday_of(today);

    let first = this_monday - (CALENDAR_WEEKS - 1) * 7;
    let mut calendar: Vec<CalendarDay> = (0..CALENDAR_WEEKS * 7)
        .map(|d| CalendarDay {
            day: first + d,
            sessions: 0,
            flagged: false,
        })
        .collect();
    let cell = |day: i64| usize::try_from(day - first).ok();

    let daily_from = this_monday - (DAILY_WEEKS - 1) * 7;
    let mut daily = Vec::new();
    let mut weekly = Vec::new();
    for log in logs {
        let day = day_of(log.started_at_ms);
        if let Some(c) = cell(day).and_then(|i| calendar.get_mut(i)) {
            c.sessions = c.sessions.saturating_add(1);
        }
        let during = log.comfort.after.as_ref().map(|a| a.worst_pain.value());
        let morning = log.comfort.morning.map(|m| m.pain.value());
        if day >= daily_from {
            keep(&mut daily, day, during, morning);
        } else {
            keep(&mut weekly, monday_of(day), during, morning);
        }
    }
    for week in folded {
        let value = |p: Option<PainScore>| p.map(PainScore::value);
        keep(
            &mut weekly,
            week.monday,
            value(week.worst_pain),
            value(week.morning_pain),
        );
    }
    for event in flags {
        if let Some(c) = cell(day_of(event.at_ms)).and_then(|i| calendar.get_mut(i)) {
            c.flagged = true;
        }
    }

    Overview {
        today,
        week_min: minutes_since(logs, now_ms - WEEK_MS, catalog),
        calendar,
        chart: PainChart {
            today,
            daily_from,
            weekly,
            daily,
        },
        trend: trend_summary(&pain_points(logs, today - TREND_DAYS, day_of), today),
    }
}

/// A cheap summary of everything `overview` reads from her data, for keying a memo:
/// any change to a session's time, length, work or pains, to a folded week or to the
/// red flags changes it (barring a one-in-2⁶⁴ collision). Linear, no allocation.
pub fn fingerprint(logs: &[SessionLog], folded: &[WeekSummary], flags: &[SafetyEvent]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |word: u64| {
        for byte in word.to_le_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    };
    let pain = |p: Option<PainScore>| p.map_or(u64::MAX, |p| u64::from(p.value()));
    // Casts of `i64` to `u64` keep every bit, which is all a hash needs.
    let bits = |n: i64| u64::from_le_bytes(n.to_le_bytes());
    mix(logs.len() as u64);
    for log in logs {
        mix(bits(log.started_at_ms));
        mix(bits(log.active_ms));
        mix(log.exercises.len() as u64);
        mix(log.exercises.iter().map(|e| u64::from(e.done_work_s)).sum());
        mix(pain(log.comfort.after.as_ref().map(|a| a.worst_pain)));
        mix(pain(log.comfort.morning.map(|m| m.pain)));
    }
    mix(folded.len() as u64);
    for week in folded {
        mix(bits(week.monday));
        mix(u64::from(week.sessions) << 32 | u64::from(week.active_min));
        mix(pain(week.worst_pain) << 8 ^ pain(week.morning_pain));
    }
    mix(flags.len() as u64);
    for event in flags {
        mix(bits(event.at_ms));
    }
    hash
}
