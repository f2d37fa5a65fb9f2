//! What a backup holds, in a few words, before she chooses to merge or replace.

use super::{day_of, Backup};
use crate::domain::profile::{date_from_day, Birth, Profile, DAY_MS};
use crate::domain::wording::{count_text, day_label, since_birth_text};

/// What a backup holds: typed fields, and `rows` ready to show as a short list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// When the file was made, e.g. "27 Nov 2026" (her local date).
    pub exported: String,
    /// Finished sessions logged.
    pub sessions: usize,
    /// Her local day numbers of the first and last session (`None` without sessions).
    pub first_day: Option<i64>,
    pub last_day: Option<i64>,
    /// Whether it holds a profile.
    pub has_profile: bool,
    /// The profile's stage now, e.g. "10 weeks since the birth · Planned caesarean";
    /// `None` without a profile (or with a birth too far out of range to count from).
    pub stage: Option<String>,
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
    pub fn rows(&self) -> Vec<(&'static str, String)> {
        let sessions = match (self.sessions, self.first_day, self.last_day) {
            (0, _, _) => "None".to_owned(),
            (n, Some(first), Some(last)) if first == last => {
                format!("{n}, on {}", long_date(first))
            }
            (n, Some(first), Some(last)) => {
                format!("{n}, from {} to {}", long_date(first), long_date(last))
            }
            (n, _, _) => n.to_string(),
        };
        let profile = match (&self.stage, self.has_profile) {
            (Some(stage), _) => stage.clone(),
            (None, true) => "Yes".to_owned(),
            (None, false) => "None".to_owned(),
        };
        vec![
            ("Made on", self.exported.clone()),
            ("Sessions", sessions),
            ("Profile", profile),
            ("Comfort reports", self.reports.to_string()),
            ("Red flags recorded", self.red_flags.to_string()),
            ("Routines from a physiotherapist", self.imported.to_string()),
        ]
    }

    /// One sentence for a screen reader or a confirmation, e.g. "12 sessions, 9
    /// comfort reports, 1 red flag record and 1 routine from a physiotherapist."
    pub fn summary(&self) -> String {
        format!(
            "{}, {}, {} and {}.",
            count_text(self.sessions, "session", "sessions"),
            count_text(self.reports, "comfort report", "comfort reports"),
            count_text(self.red_flags, "red flag record", "red flag records"),
            count_text(
                self.imported,
                "routine from a physiotherapist",
                "routines from a physiotherapist"
            ),
        )
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
        exported: long_date(day_of(backup.exported_at_ms, offset_min)),
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

/// "27 Nov 2026": a backup spans years, so the year is said.
fn long_date(day: i64) -> String {
    format!("{} {}", day_label(day), date_from_day(day).year())
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
