//! The progress summary she can send back to her physiotherapist: sessions done
//! against the plan, minutes, the pain trend, red flags and her notes, for a period.
//! Built here from her history; carried in a link by `share`.

use super::history::SessionLog;
use super::routine::RoutineName;
use super::safety::SafetyState;
use super::share::{
    Frequency, ProgressSummary, ShareText, SummaryFlag, SummaryNote, SummaryPain, MAX_FLAGS,
    MAX_NOTES, MAX_PAIN_ENTRIES as MAX_PAIN, SUMMARY_NOTE_MAX_CHARS as NOTE_CHARS,
};

/// Sessions the plan asks for over `days` days.
pub fn planned_sessions(frequency: Frequency, days: u16) -> u16 {
    match frequency {
        Frequency::PerDay(n) => u16::from(n).saturating_mul(days),
        Frequency::PerWeek(n) => (u16::from(n).saturating_mul(days)).div_ceil(7),
    }
}

/// The summary of the `days` days ending with `today` (local day numbers; `day_of`
/// maps a timestamp to one).
pub fn progress_summary(
    logs: &[SessionLog],
    safety: &SafetyState,
    routine: RoutineName,
    frequency: Frequency,
    today: i64,
    days: u16,
    day_of: impl Fn(i64) -> i64,
) -> ProgressSummary {
    let days = days.clamp(1, 366);
    let from_day = today - i64::from(days) + 1;
    let offset = |day: i64| u16::try_from(day - from_day).ok().filter(|d| *d < days);
    let in_period: Vec<(u16, &SessionLog)> = logs
        .iter()
        .filter_map(|l| offset(day_of(l.started_at_ms)).map(|d| (d, l)))
        .collect();
    let newest = |n: usize, len: usize| len.saturating_sub(n);
    let mut pain: Vec<SummaryPain> = in_period
        .iter()
        .map(|(day, l)| SummaryPain {
            day: *day,
            during: l.comfort.after.as_ref().map(|a| a.worst_pain.value()),
            morning: l.comfort.morning.map(|m| m.pain.value()),
        })
        .filter(|p| p.during.is_some() || p.morning.is_some())
        .collect();
    pain.drain(..newest(MAX_PAIN, pain.len()));
    let mut flags: Vec<SummaryFlag> = safety
        .events
        .iter()
        .filter_map(|e| offset(day_of(e.at_ms)).map(|day| SummaryFlag { day, tier: e.tier }))
        .collect();
    flags.drain(..newest(MAX_FLAGS, flags.len()));
    let mut notes: Vec<SummaryNote> = in_period
        .iter()
        .filter_map(|(day, l)| {
            let text = l.comfort.after.as_ref()?.note.as_str();
            let cut: String = text
                .chars()
                .take(NOTE_CHARS)
                .collect::<String>()
                .replace(['\n', '\r'], " ");
            let text = ShareText::new(&cut, NOTE_CHARS).filter(|t| !t.as_str().is_empty())?;
            Some(SummaryNote { day: *day, text })
        })
        .collect();
    notes.drain(..newest(MAX_NOTES, notes.len()));
    let minutes: i64 = in_period.iter().map(|(_, l)| l.active_ms).sum::<i64>() / 60_000;
    ProgressSummary {
        routine,
        from_day,
        days,
        sessions_done: u16::try_from(in_period.len()).unwrap_or(u16::MAX),
        sessions_planned: planned_sessions(frequency, days),
        minutes: u32::try_from(minutes.max(0)).unwrap_or(u32::MAX),
        pain,
        flags,
        notes,
    }
}
