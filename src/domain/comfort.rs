//! Comfort reports: pain before a session, the worst pain and effort during it, and how
//! her back felt the next morning. Progression reads these; nothing here decides.

use strum::{EnumString, IntoStaticStr, VariantArray};

use super::text::Msg;

/// Pain on the usual 0 (none) to 10 (worst imaginable) scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PainScore(u8);

impl PainScore {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// How hard the session felt.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, VariantArray, IntoStaticStr, EnumString,
)]
pub enum Effort {
    #[strum(serialize = "easy")]
    Easy,
    #[strum(serialize = "moderate")]
    Moderate,
    #[strum(serialize = "hard")]
    Hard,
    #[strum(serialize = "too-hard")]
    TooHard,
}

impl Effort {
    /// Every variant, in declaration order (strum's `VARIANTS` as an array).
    pub const ALL: [Self; Self::VARIANTS.len()] =
        *Self::VARIANTS.first_chunk().expect("all of them");

    /// Its key in saved documents (the `strum(serialize)` above; never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// Its name for people, as a message.
    pub fn label(self) -> Msg {
        match self {
            Effort::Easy => Msg::LabelEffortEasy,
            Effort::Moderate => Msg::LabelEffortModerate,
            Effort::Hard => Msg::LabelEffortHard,
            Effort::TooHard => Msg::LabelEffortTooHard,
        }
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

/// A short free-text note: trimmed, at most 500 characters, shown as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub const MAX_CHARS: usize = 500;

    pub fn new(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        (trimmed.chars().count() <= Self::MAX_CHARS).then(|| Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Straight after a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AfterReport {
    pub worst_pain: PainScore,
    pub effort: Effort,
    pub note: Note,
}

/// Back pain the morning after, compared with before the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray, IntoStaticStr, EnumString)]
pub enum MorningCompare {
    #[strum(serialize = "better")]
    Better,
    #[strum(serialize = "same")]
    Same,
    #[strum(serialize = "worse")]
    Worse,
}

impl MorningCompare {
    /// Every variant, in declaration order (strum's `VARIANTS` as an array).
    pub const ALL: [Self; Self::VARIANTS.len()] =
        *Self::VARIANTS.first_chunk().expect("all of them");

    /// Its key in saved documents (the `strum(serialize)` above; never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// Its name for people, as a message.
    pub fn label(self) -> Msg {
        match self {
            MorningCompare::Better => Msg::LabelMorningBetter,
            MorningCompare::Same => Msg::LabelMorningSame,
            MorningCompare::Worse => Msg::LabelMorningWorse,
        }
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MorningReport {
    pub compare: MorningCompare,
    pub pain: PainScore,
    pub at_ms: i64,
}

/// Everything she reported about one session. Any part may be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comfort {
    /// Pain just before starting.
    pub before: Option<PainScore>,
    pub after: Option<AfterReport>,
    pub morning: Option<MorningReport>,
    /// She said the morning check was not needed (skipped it).
    pub morning_skipped: bool,
}
