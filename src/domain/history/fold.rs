//! Folding the oldest sessions into weekly totals, so that years of history stay small
//! and quick to load while nothing she did disappears without a trace.
//!
//! Past `MAX_LOGS` session logs, the oldest whole weeks become one `WeekSummary` each
//! (sessions, active minutes, the worst pain during and the next morning), until the
//! log is back within the cap. The newest `WHOLE_WEEKS` weeks are never folded: History's
//! calendar and daily chart, the physiotherapist's four-week summary and the
//! next-morning check read only whole sessions.
//!
//! `settle` replays whole sessions only: once folded, a session no longer counts toward
//! her plan, so an exercise whose step was last earned that long ago may settle a step
//! lower than before (today, past the cap, the oldest sessions were simply dropped).

use super::dates::{dated, monday_of};
use super::SessionLog;
use crate::domain::comfort::PainScore;
use crate::domain::profile::DAY_MS;
use crate::domain::text::{Msg, Text};

/// Most session logs kept whole. A day's routine takes about 250 bytes in saved format
/// 5, so the log stays near 250 KB (the whole document about a quarter of a megabyte,
/// a twentieth of what a browser allows a site) and reading and settling it stay within
/// the app-ready budget (about 70 ms at 4x CPU slowdown). 1000 daily sessions are two
/// and three-quarter years: two years of daily sessions (730) are never folded.
pub const MAX_LOGS: usize = 1000;

/// The newest weeks never folded, counted back from the week of the newest session
/// (that week included): History shows the last 12 weeks day by day, and a day may
/// fall in a different week in her time zone than in UTC.
pub const WHOLE_WEEKS: i64 = 14;

/// One week of sessions folded into totals.
///
/// Weeks are UTC weeks from Monday (a log keeps no time zone): a session late on a
/// Sunday evening west of Greenwich counts in the next week. For sessions months old
/// that matters to nobody.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekSummary {
    /// The day number (days since 1970-01-01) of the Monday it starts on.
    pub monday: i64,
    /// Sessions folded into it; at least 1.
    pub sessions: u16,
    /// Their active time (pauses excluded), each session to the nearest minute.
    pub active_min: u32,
    /// The worst pain during any of them, when she reported one.
    pub worst_pain: Option<PainScore>,
    /// The highest next-morning pain after any of them, when she gave one.
    pub morning_pain: Option<PainScore>,
}

impl WeekSummary {
    /// "Week of 3 Mar 2025".
    pub fn heading(&self) -> Text {
        Text::new(Msg::WordsWeekOf).with("date", dated(self.monday))
    }

    /// An empty week starting on `monday`, to `add` sessions to.
    fn empty(monday: i64) -> Self {
        WeekSummary {
            monday,
            sessions: 0,
            active_min: 0,
            worst_pain: None,
            morning_pain: None,
        }
    }

    /// Counts `minutes` more of one session with these pains.
    fn count(&mut self, minutes: u32, during: Option<PainScore>, morning: Option<PainScore>) {
        self.sessions = self.sessions.saturating_add(1);
        self.active_min = self.active_min.saturating_add(minutes);
        self.worst_pain = self.worst_pain.max(during);
        self.morning_pain = self.morning_pain.max(morning);
    }
}

/// The UTC Monday of the week a session started in.
fn week_of(log: &SessionLog) -> i64 {
    monday_of(log.started_at_ms.div_euclid(DAY_MS))
}

/// Folds the oldest whole weeks of `history` into `weeks` while it holds more than
/// `max_logs` logs, never one of the newest `WHOLE_WEEKS` weeks; and any session of a
/// week already folded (one logged late, say) joins its week's totals, so every folded
/// week stays older than every session left. `weeks` stays in order, one summary per
/// week; the logs left keep their order. True when anything was folded.
pub fn fold(history: &mut Vec<SessionLog>, weeks: &mut Vec<WeekSummary>, max_logs: usize) -> bool {
    let folded_through = weeks.last().map(|w| w.monday);
    if history.len() <= max_logs && folded_through.is_none() {
        return false;
    }
    let Some(newest) = history.iter().map(week_of).max() else {
        return false;
    };
    let last_foldable = newest - WHOLE_WEEKS * 7;
    // Week by week from the oldest, while one more week may go: a pass over the log
    // per week folded (about one when a session is finished).
    let mut left = history.len();
    let mut through = None;
    loop {
        let next = history
            .iter()
            .map(week_of)
            .filter(|w| through.is_none_or(|t| *w > t))
            .min();
        let Some(monday) = next else {
            break;
        };
        let over_cap = left > max_logs && monday <= last_foldable;
        if !(over_cap || folded_through.is_some_and(|f| monday <= f)) {
            break;
        }
        left -= history.iter().filter(|l| week_of(l) == monday).count();
        through = Some(monday);
    }
    let Some(through) = through else {
        return false;
    };
    let (old, kept): (Vec<SessionLog>, Vec<SessionLog>) = std::mem::take(history)
        .into_iter()
        .partition(|l| week_of(l) <= through);
    *history = kept;
    for log in &old {
        let monday = week_of(log);
        let at = match weeks.binary_search_by_key(&monday, |w| w.monday) {
            Ok(at) => at,
            Err(at) => {
                weeks.insert(at, WeekSummary::empty(monday));
                at
            }
        };
        if let Some(week) = weeks.get_mut(at) {
            week.count(
                nearest_minute(log.active_ms),
                log.comfort.after.as_ref().map(|a| a.worst_pain),
                log.comfort.morning.map(|m| m.pain),
            );
        }
    }
    true
}

/// `ms` to the nearest minute, as History shows each session (never negative).
fn nearest_minute(ms: i64) -> u32 {
    u32::try_from(ms.max(0).saturating_add(30_000) / 60_000).unwrap_or(u32::MAX)
}
