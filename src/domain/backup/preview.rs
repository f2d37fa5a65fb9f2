//! What a backup holds, in a few words, before she chooses to merge or replace.

use super::{day_of, Backup};
use crate::domain::profile::{Birth, Profile, DAY_MS};
use crate::domain::text::{Msg, Text, When};
use crate::domain::wording::since_birth_text;

/// What a backup holds: typed fields, and `rows` ready to show as a short list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// When the file was made: her local date, with its year ("27 Nov 2026").
    pub exported: When,
    /// Finished sessions logged.
    pub sessions: usize,
    /// Her local day numbers of the first and last session (`None` without sessions).
    pub first_day: Option<i64>,
    pub last_day: Option<i64>,
    /// Whether it holds a profile.
    pub has_profile: bool,
    /// The profile's stage now, e.g. "10 weeks since the birth · Planned caesarean";
    /// `None` without a profile (or with a birth too far out of range to count from).
    pub stage: Option<Text>,
    /// Answers about sessions: after-session reports and next-morning answers.
    pub reports: usize,
    /// Times a red flag was recorded.
    pub red_flags: usize,
    /// Routines kept from a physiotherapist.
    pub imported: usize,
}

impl Preview {
    /// (label, value) pairs, in the order to show them, e.g.
    /// ("Sessions", "12, from 3 Mar 2026 to 27 Nov 2026").
    pub fn rows(&self) -> Vec<(Msg, Text)> {
        let value = |v: usize| Text::new(Msg::WordsValue).with("value", v);
        let sessions = match (self.sessions, self.first_day, self.last_day) {
            (0, _, _) => Text::new(Msg::WordsBackupSessionsNone),
            (n, Some(first), Some(last)) if first == last => Text::new(Msg::WordsBackupSessionsOn)
                .with("count", n)
                .with("date", dated(first)),
            (n, Some(first), Some(last)) => Text::new(Msg::WordsBackupSessionsSpan)
                .with("count", n)
                .with("from", dated(first))
                .with("to", dated(last)),
            (n, _, _) => value(n),
        };
        let profile = match (&self.stage, self.has_profile) {
            (Some(stage), _) => stage.clone(),
            (None, true) => Text::new(Msg::WordsBackupProfileYes),
            (None, false) => Text::new(Msg::WordsBackupProfileNone),
        };
        vec![
            (
                Msg::WordsBackupMadeOn,
                Text::new(Msg::WordsValue).with("value", self.exported),
            ),
            (Msg::WordsBackupSessions, sessions),
            (Msg::WordsBackupProfile, profile),
            (Msg::WordsBackupReports, value(self.reports)),
            (Msg::WordsBackupRedFlags, value(self.red_flags)),
            (Msg::WordsBackupRoutines, value(self.imported)),
        ]
    }

    /// One sentence for a screen reader or a confirmation, e.g. "12 sessions, 9
    /// comfort reports, 1 red flag record and 1 routine from a physiotherapist."
    pub fn summary(&self) -> Text {
        Text::new(Msg::WordsBackupSummary)
            .with("sessions", self.sessions)
            .with("reports", self.reports)
            .with("flags", self.red_flags)
            .with("routines", self.imported)
    }
}

/// What `backup` holds, with dates in her calendar (`offset_min` from UTC) and the
/// profile's stage as of `now_ms`.
pub fn preview(backup: &Backup, now_ms: i64, offset_min: i32) -> Preview {
    let data = &backup.data;
    let days = data
        .history
        .iter()
        .map(|l| day_of(l.started_at_ms, offset_min));
    let reports = data
        .history
        .iter()
        .map(|l| usize::from(l.comfort.after.is_some()) + usize::from(l.comfort.morning.is_some()))
        .sum();
    Preview {
        exported: dated(day_of(backup.exported_at_ms, offset_min)),
        sessions: data.history.len(),
        first_day: days.clone().min(),
        last_day: days.max(),
        has_profile: data.profile.is_some(),
        stage: data
            .profile
            .as_ref()
            .filter(|p| countable(p))
            .map(|p| since_birth_text(&p.stage(now_ms, offset_min), p.delivery)),
        reports,
        red_flags: data.safety.events.len(),
        imported: data.imported.len(),
    }
}

/// A day with its year ("27 Nov 2026"): a backup spans years, so the year is said. A
/// file may hold any time, so the day is kept within what a calendar can write (the
/// years ±270 000, as far as the browser's dates go).
fn dated(day: i64) -> When {
    const DAYS: i64 = 100_000_000;
    When::DayYear(day.clamp(-DAYS, DAYS))
}

/// A birth within a million days (about 2,700 years) of 1970, which `Profile::stage`
/// counts from without overflowing. A file may hold any number; the app never writes
/// one this far out.
fn countable(profile: &Profile) -> bool {
    const DAYS: i64 = 1_000_000;
    match profile.birth {
        Birth::Date { day } => (-DAYS..=DAYS).contains(&day),
        Birth::WeeksAgo { recorded_at_ms, .. } => {
            (-DAYS * DAY_MS..=DAYS * DAY_MS).contains(&recorded_at_ms)
        }
    }
}
