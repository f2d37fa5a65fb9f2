//! What `import` did, in numbers and in words.

use super::Side;

/// What `import` did, to tell her.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// The side with the latest recorded activity (see `latest_activity`).
    pub newer: Side,
    /// Whose profile (and plan) was kept; `None` when neither side has a profile.
    pub profile: Option<Side>,
    /// Whose settings were kept: cues, pain thresholds, routine length (the newer).
    pub settings: Side,
    /// Sessions from the file that this device did not have.
    pub sessions_added: usize,
    /// Sessions both had, where the file's copy added answers this device lacked.
    pub sessions_completed: usize,
    /// Red-flag records from the file that this device did not have.
    pub red_flags_added: usize,
    /// Routines from a physiotherapist that this device did not have.
    pub routines_added: usize,
}

impl ImportReport {
    /// What happened, as short sentences to show her.
    pub fn lines(&self) -> Vec<String> {
        let count = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        let mut lines = vec![match count(self.sessions_added, "session", "sessions") {
            Some(n) => format!("{n} added from the file."),
            None => {
                "No new sessions: this device already had every session in the file.".to_owned()
            }
        }];
        if let Some(n) = count(self.sessions_completed, "session", "sessions") {
            lines.push(format!("{n} you already had gained answers from the file."));
        }
        if let Some(n) = count(self.red_flags_added, "red flag record", "red flag records") {
            lines.push(format!("{n} added from the file."));
        }
        let routines = (
            "routine from a physiotherapist",
            "routines from a physiotherapist",
        );
        if let Some(n) = count(self.routines_added, routines.0, routines.1) {
            lines.push(format!("{n} added from the file."));
        }
        lines.push(match (self.profile, self.newer) {
            (None, _) => "Neither this device nor the file has a profile yet.".to_owned(),
            (Some(Side::Incoming), Side::Incoming) => {
                "Your profile and plan are now the ones from the file, as it is newer.".to_owned()
            }
            (Some(Side::Incoming), Side::Current) => {
                "Your profile and plan are now the ones from the file, as this device had none."
                    .to_owned()
            }
            (Some(Side::Current), Side::Current) => {
                "Your profile and plan on this device were kept, as they are newer than the file's."
                    .to_owned()
            }
            (Some(Side::Current), Side::Incoming) => {
                "Your profile and plan on this device were kept, as the file has none.".to_owned()
            }
        });
        lines.push(match self.settings {
            Side::Incoming => "Your settings (cues, pain limits and routine length) are now \
                               the ones from the file, as it is newer."
                .to_owned(),
            Side::Current => "Your settings on this device were kept, as they are newer \
                              than the file's."
                .to_owned(),
        });
        lines
    }
}
