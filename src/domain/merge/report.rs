//! What `import` did, in numbers and in words.

use super::Side;
use crate::domain::text::{Msg, Text};

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
    pub fn lines(&self) -> Vec<Text> {
        let count = |n: usize, msg: Msg| (n > 0).then(|| Text::new(msg).with("count", n));
        let mut lines = vec![count(self.sessions_added, Msg::WordsImportSessionsAdded)
            .unwrap_or_else(|| Text::new(Msg::WordsImportNoNewSessions))];
        lines.extend(count(
            self.sessions_completed,
            Msg::WordsImportSessionsCompleted,
        ));
        lines.extend(count(self.red_flags_added, Msg::WordsImportRedFlagsAdded));
        lines.extend(count(self.routines_added, Msg::WordsImportRoutinesAdded));
        lines.push(Text::new(match (self.profile, self.newer) {
            (None, _) => Msg::WordsImportNoProfile,
            (Some(Side::Incoming), Side::Incoming) => Msg::WordsImportProfileFromFileNewer,
            (Some(Side::Incoming), Side::Current) => Msg::WordsImportProfileFromFileNoneHere,
            (Some(Side::Current), Side::Current) => Msg::WordsImportProfileKeptNewer,
            (Some(Side::Current), Side::Incoming) => Msg::WordsImportProfileKeptNoneInFile,
        }));
        lines.push(Text::new(match self.settings {
            Side::Incoming => Msg::WordsImportSettingsFromFile,
            Side::Current => Msg::WordsImportSettingsKept,
        }));
        lines
    }
}
