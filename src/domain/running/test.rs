//! The eleven tests of the return-to-running check: their order, what each asks for
//! (the guidance's numbers), its library entry and what builds it. Part of `running`.

use strum::{EnumString, IntoStaticStr, VariantArray};

use super::MAX_COUNT;
use crate::domain::text::Msg;

/// One test of the check, in the order the check runs them: the load and impact tests,
/// then the strength tests.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    VariantArray,
    IntoStaticStr,
    EnumString,
)]
pub enum Test {
    #[strum(serialize = "walk")]
    Walk,
    #[strum(serialize = "balance")]
    Balance,
    #[strum(serialize = "squat")]
    Squat,
    #[strum(serialize = "jog")]
    Jog,
    #[strum(serialize = "bounds")]
    Bounds,
    #[strum(serialize = "hop")]
    Hop,
    #[strum(serialize = "running-man")]
    RunningMan,
    #[strum(serialize = "calf-raise")]
    CalfRaise,
    #[strum(serialize = "bridge")]
    Bridge,
    #[strum(serialize = "sit-to-stand")]
    SitToStand,
    #[strum(serialize = "leg-lift")]
    LegLift,
}

/// How a test is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Played in the player for `seconds` (each side when `each_side`); she then says
    /// whether she managed the whole time.
    Timed { seconds: u16, each_side: bool },
    /// She says how many she managed (each side when `each_side`), out of `target`.
    Counted {
        target: u8,
        each_side: bool,
        unit: Unit,
    },
}

/// What a count counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Reps,
    Minutes,
}

/// Which half of the check a test belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    LoadAndImpact,
    Strength,
}

impl Test {
    /// Every test, in the order the check runs them.
    pub const ALL: [Self; Self::VARIANTS.len()] =
        *Self::VARIANTS.first_chunk().expect("all of them");

    /// Its key in saved documents (never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The test with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }

    /// Its library entry (drawing, steps, cues and when to stop).
    pub fn exercise(self) -> &'static str {
        match self {
            Test::Walk => "run-test-walk",
            Test::Balance => "run-test-balance",
            Test::Squat => "run-test-squat",
            Test::Jog => "run-test-jog",
            Test::Bounds => "run-test-bounds",
            Test::Hop => "run-test-hop",
            Test::RunningMan => "run-test-running-man",
            Test::CalfRaise => "run-test-calf-raise",
            Test::Bridge => "run-test-bridge",
            Test::SitToStand => "run-test-sit-to-stand",
            Test::LegLift => "run-test-leg-lift",
        }
    }

    pub fn group(self) -> Group {
        match self {
            Test::CalfRaise | Test::Bridge | Test::SitToStand | Test::LegLift => Group::Strength,
            _ => Group::LoadAndImpact,
        }
    }

    /// What passing asks for (the guidance's numbers).
    pub fn measure(self) -> Measure {
        let counted = |target, each_side| Measure::Counted {
            target,
            each_side,
            unit: Unit::Reps,
        };
        match self {
            Test::Walk => Measure::Counted {
                target: 30,
                each_side: false,
                unit: Unit::Minutes,
            },
            Test::Balance => Measure::Timed {
                seconds: 10,
                each_side: true,
            },
            Test::Jog => Measure::Timed {
                seconds: 60,
                each_side: false,
            },
            Test::Squat | Test::Hop | Test::RunningMan => counted(10, true),
            Test::Bounds => counted(10, false),
            Test::CalfRaise | Test::Bridge | Test::SitToStand | Test::LegLift => counted(20, true),
        }
    }

    /// True when she answers for each side.
    pub fn each_side(self) -> bool {
        match self.measure() {
            Measure::Timed { each_side, .. } | Measure::Counted { each_side, .. } => each_side,
        }
    }

    /// The most a count may be for this test (a timed test's "count" is 1 for the
    /// whole time, 0 for less).
    pub fn most(self) -> u8 {
        match self.measure() {
            Measure::Timed { .. } => 1,
            Measure::Counted { .. } => MAX_COUNT,
        }
    }

    /// What passing needs on each side: the target count, or 1 (the whole time).
    pub fn target(self) -> u8 {
        match self.measure() {
            Measure::Timed { .. } => 1,
            Measure::Counted { target, .. } => target,
        }
    }

    /// Library entries that build what this test needs, gentlest first; the test's own
    /// entry comes last, to practise it.
    pub fn work_on(self) -> &'static [&'static str] {
        match self {
            Test::Walk => &["walk-20", "walk-30"],
            Test::Balance => &["side-lying-clam", "bird-dog", "run-test-balance"],
            Test::Squat => &["sit-to-stand", "glute-bridge", "run-test-squat"],
            Test::Jog => &["pelvic-floor-quick", "walk-30", "run-test-jog"],
            Test::Bounds => &["pelvic-floor-quick", "sit-to-stand", "run-test-bounds"],
            Test::Hop => &["pelvic-floor-quick", "run-test-calf-raise", "run-test-hop"],
            Test::RunningMan => &["bird-dog", "side-lying-clam", "run-test-running-man"],
            Test::CalfRaise => &["sit-to-stand", "run-test-calf-raise"],
            Test::Bridge => &["glute-bridge", "run-test-bridge"],
            Test::SitToStand => &["sit-to-stand", "run-test-sit-to-stand"],
            Test::LegLift => &["side-lying-clam", "run-test-leg-lift"],
        }
    }

    /// What to do, in one line (with the numbers).
    pub fn task(self) -> Msg {
        match self {
            Test::Walk => Msg::RunTaskWalk,
            Test::Balance => Msg::RunTaskBalance,
            Test::Squat => Msg::RunTaskSquat,
            Test::Jog => Msg::RunTaskJog,
            Test::Bounds => Msg::RunTaskBounds,
            Test::Hop => Msg::RunTaskHop,
            Test::RunningMan => Msg::RunTaskRunningMan,
            Test::CalfRaise => Msg::RunTaskCalfRaise,
            Test::Bridge => Msg::RunTaskBridge,
            Test::SitToStand => Msg::RunTaskSitToStand,
            Test::LegLift => Msg::RunTaskLegLift,
        }
    }
}
