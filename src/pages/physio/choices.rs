//! What the builder offers: sessions per day or per week (and how many each allows),
//! programme lengths and pain limits. Each stops where the share link stops, so the form
//! never offers what a link cannot carry; tests/physio_builder.rs checks every choice
//! against `SharedRoutine::check`.

use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use crate::domain::settings::Thresholds;
use crate::domain::share::{Frequency, MAX_PER_DAY, MAX_PER_WEEK, MAX_WEEKS};

/// Programme lengths offered, in weeks; the longest is the link's limit.
pub const WEEK_CHOICES: [u8; 11] = [1, 2, 3, 4, 6, 8, 10, 12, 16, 24, MAX_WEEKS];

/// Whether the sessions are counted per day or per week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Day,
    Week,
}

impl Per {
    pub const ALL: [Per; 2] = [Per::Day, Per::Week];

    /// The session counts a shared routine may ask for, per this unit.
    pub fn times_offered(self) -> RangeInclusive<u8> {
        match self {
            Per::Day => 1..=MAX_PER_DAY,
            Per::Week => 1..=MAX_PER_WEEK,
        }
    }

    pub fn frequency(self, times: u8) -> Frequency {
        match self {
            Per::Day => Frequency::PerDay(times),
            Per::Week => Frequency::PerWeek(times),
        }
    }
}

/// The select's value: a key, not words (the labels shown are messages).
impl fmt::Display for Per {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Per::Day => "day",
            Per::Week => "week",
        })
    }
}

impl FromStr for Per {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Per::ALL.into_iter().find(|p| p.to_string() == s).ok_or(())
    }
}

/// The pain limits a physiotherapist may set (either limit): 0 to the highest pain
/// `Thresholds` ever accepts.
pub fn pain_limits_offered() -> RangeInclusive<u8> {
    0..=Thresholds::MAX_ACCEPTABLE
}
