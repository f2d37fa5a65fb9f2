//! One exercise or lesson of the library: what it is, who it suits, and its default dose.
//!
//! Owns the validated domain types for exercise content. It does not know where the
//! content comes from (see `catalog`) nor how a session plays it (see `session`).

use std::fmt;

use strum::{Display, EnumString, IntoStaticStr, VariantArray};

/// A stable exercise identifier: lowercase ASCII letters, digits and single hyphens,
/// 2 to 40 characters. Ids appear in saved data and share links, so they never change.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExerciseId(String);

impl ExerciseId {
    /// Longest id accepted, in bytes.
    pub const MAX_LEN: usize = 40;

    /// Validates an id; `None` when it is not of the stable form.
    pub fn new(raw: &str) -> Option<Self> {
        let ok_len = (2..=Self::MAX_LEN).contains(&raw.len());
        let ok_chars = raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let ok_hyphens = !raw.starts_with('-') && !raw.ends_with('-') && !raw.contains("--");
        (ok_len && ok_chars && ok_hyphens).then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ExerciseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `ALL`, `key()` and `from_key()` for an enum spelt in exercise files by its
/// `strum(serialize)` names.
macro_rules! keyed {
    ($t:ty) => {
        impl $t {
            /// Every variant, in declaration order (strum's `VARIANTS` as an array).
            pub const ALL: [Self; Self::VARIANTS.len()] =
                *Self::VARIANTS.first_chunk().expect("all of them");

            /// The spelling used in exercise files (its `strum(serialize)`; never change one).
            pub fn key(self) -> &'static str {
                self.into()
            }

            /// The variant with this key, exactly as spelt.
            pub fn from_key(key: &str) -> Option<Self> {
                key.parse().ok()
            }
        }
    };
}

/// What sort of activity an entry is; drives library filters and routine building. Its
/// label for people is in `catalog` (this file is shared with the build script, which
/// has no messages).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    VariantArray,
    IntoStaticStr,
    EnumString,
    Display,
)]
pub enum Kind {
    #[strum(serialize = "walk")]
    Walk,
    #[strum(serialize = "breathing")]
    Breathing,
    #[strum(serialize = "bracing")]
    Bracing,
    #[strum(serialize = "pelvic-floor")]
    PelvicFloor,
    #[strum(serialize = "tilt")]
    Tilt,
    #[strum(serialize = "stretch")]
    Stretch,
    #[strum(serialize = "strength")]
    Strength,
    /// A short posture or body-mechanics lesson, practised rather than counted.
    #[strum(serialize = "lesson")]
    Lesson,
    /// Heat, cold and rest advice.
    #[strum(serialize = "self-care")]
    SelfCare,
    /// Running broken up by walking, opened only by a passed return-to-running check.
    #[strum(serialize = "run")]
    Run,
    /// One test of the return-to-running check; played or counted there, never planned.
    #[strum(serialize = "run-test")]
    RunTest,
    /// A lesson written for a partner, grandparent or other carer, not for her.
    #[strum(serialize = "carer")]
    Carer,
}

keyed!(Kind);

impl Kind {
    /// True when the planner may put an entry of this kind in today's routine: walks
    /// are suggested on their own, lessons and self-care come as tips, a walk-run has
    /// its own card, the running tests belong to their check, and a carer's lessons
    /// are not for her.
    pub fn routine_part(self) -> bool {
        !matches!(
            self,
            Kind::Walk | Kind::SelfCare | Kind::Lesson | Kind::Run | Kind::RunTest | Kind::Carer
        )
    }

    /// True when a physiotherapist's builder offers entries of this kind: everything
    /// but the return-to-running check's tests (they belong to the check) and the
    /// lessons written for carers (a patient's routine is hers).
    pub fn prescribable(self) -> bool {
        !matches!(self, Kind::RunTest | Kind::Carer)
    }
}

/// Where an entry helps: a back region, or a birth-related site. Its label for people
/// is in `catalog`, as `Kind`'s is.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    VariantArray,
    IntoStaticStr,
    EnumString,
    Display,
)]
pub enum Region {
    #[strum(serialize = "lower-back")]
    LowerBack,
    #[strum(serialize = "middle-back")]
    MiddleBack,
    #[strum(serialize = "upper-back")]
    UpperBack,
    /// Recovery after a caesarean birth.
    #[strum(serialize = "caesarean")]
    Caesarean,
    /// Soreness around where an epidural or spinal was placed.
    #[strum(serialize = "epidural-site")]
    EpiduralSite,
}

keyed!(Region);

/// Where an entry is mainly done, for the builder's filter: its file's `posture`, read
/// from its position line (a lesson or self-care entry takes its main posture; walks are
/// `Walking`). Its label for people is in `search`, as `Kind`'s is in `catalog`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    VariantArray,
    IntoStaticStr,
    EnumString,
    Display,
)]
pub enum Posture {
    /// On the back.
    #[strum(serialize = "lying")]
    Lying,
    #[strum(serialize = "side-lying")]
    SideLying,
    #[strum(serialize = "sitting")]
    Sitting,
    #[strum(serialize = "standing")]
    Standing,
    /// On one or both knees, upright or sitting back.
    #[strum(serialize = "kneeling")]
    Kneeling,
    #[strum(serialize = "hands-and-knees")]
    HandsAndKnees,
    #[strum(serialize = "walking")]
    Walking,
}

keyed!(Posture);

/// Whether a set is done once, or once on the left and once on the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    Both,
    EachSide,
}

/// The earliest week after the birth an entry suits, by how she gave birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stage {
    /// Weeks after a vaginal birth (0 = from the first days).
    pub vaginal_weeks: u8,
    /// Weeks after a caesarean birth; never earlier than `vaginal_weeks`.
    pub caesarean_weeks: u8,
}

/// The work of one set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// A continuous timed block: a hold, a stretch, a walk, a lesson to practise.
    Timed { seconds: u16 },
    /// Counted repetitions at a steady tempo.
    Reps {
        reps: u8,
        /// Seconds one repetition takes, including any hold.
        rep_s: u8,
        /// Seconds of hold inside each repetition (0 = no hold); at most `rep_s`.
        hold_s: u8,
    },
}

impl Work {
    /// Length of one set's work in seconds (one side).
    pub fn seconds(self) -> u32 {
        match self {
            Work::Timed { seconds } => u32::from(seconds),
            Work::Reps { reps, rep_s, .. } => u32::from(reps) * u32::from(rep_s),
        }
    }
}

/// How much of an entry to do: sets of work with rest between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dose {
    /// At least 1.
    pub sets: u8,
    pub work: Work,
    /// Rest between sets, in seconds.
    pub rest_s: u16,
}

impl Dose {
    /// The most sets a dose may have.
    pub const MAX_SETS: u8 = 10;
    /// The most reps in a set.
    pub const MAX_REPS: u8 = 50;
    /// The longest a rep may take, in seconds.
    pub const MAX_REP_S: u8 = 60;
    /// The shortest and longest timed work, in seconds.
    pub const MIN_TIMED_S: u16 = 5;
    pub const MAX_TIMED_S: u16 = 3600;
    /// The longest rest between sets, in seconds.
    pub const MAX_REST_S: u16 = 300;

    /// Checks the sane bounds every dose must meet, wherever it comes from (the
    /// library, saved data or a shared link): 1–10 sets, rest up to 5 minutes, timed
    /// work of 5 s to 1 hour, 1–50 reps of 1–60 s with a hold no longer than the rep.
    pub fn check(&self) -> Result<(), &'static str> {
        if !(1..=Self::MAX_SETS).contains(&self.sets) {
            return Err("sets must be 1 to 10");
        }
        if self.rest_s > Self::MAX_REST_S {
            return Err("rest must be at most 5 minutes");
        }
        match self.work {
            Work::Timed { seconds }
                if !(Self::MIN_TIMED_S..=Self::MAX_TIMED_S).contains(&seconds) =>
            {
                Err("timed work must be 5 seconds to 1 hour")
            }
            Work::Reps { reps, .. } if !(1..=Self::MAX_REPS).contains(&reps) => {
                Err("reps must be 1 to 50")
            }
            Work::Reps { rep_s, .. } if !(1..=Self::MAX_REP_S).contains(&rep_s) => {
                Err("a rep must take 1 to 60 seconds")
            }
            Work::Reps { rep_s, hold_s, .. } if hold_s > rep_s => {
                Err("a hold cannot be longer than the rep")
            }
            _ => Ok(()),
        }
    }

    /// One set, and at most a minute of timed work: the dose for a short routine.
    pub fn shortened(self) -> Dose {
        let work = match self.work {
            Work::Timed { seconds } => Work::Timed {
                seconds: seconds.min(60),
            },
            reps => reps,
        };
        Dose {
            sets: 1,
            work,
            ..self
        }
    }

    /// Planned seconds for the whole dose, including rests between sets and the
    /// second side where the entry is done on each side.
    pub fn total_seconds(&self, sides: Sides) -> u32 {
        let side_count = match sides {
            Sides::Both => 1,
            Sides::EachSide => 2,
        };
        let sets = u32::from(self.sets);
        sets * side_count * self.work.seconds() + sets.saturating_sub(1) * u32::from(self.rest_s)
    }
}

/// One entry of the library, validated: what the app needs to plan, list and play it.
/// Its reading matter (steps, drawing, sources) is `ExerciseDetails`, shipped beside
/// the app and loaded when first needed.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: String,
    pub kind: Kind,
    pub helps: Vec<Region>,
    /// One line: how to position the body.
    pub position: String,
    /// Where it is mainly done (for filters).
    pub posture: Posture,
    /// One sentence shown in lists.
    pub summary: String,
    /// Short phrases spoken during the work, in order.
    pub cues: Vec<String>,
    pub stage: Stage,
    pub dose: Dose,
    pub sides: Sides,
    /// Marked as aerobic in its file (walks count as aerobic whatever the mark).
    pub aerobic: bool,
    /// The next easier entry of its progression chain.
    pub easier: Option<ExerciseId>,
    /// The next harder entry of its progression chain.
    pub harder: Option<ExerciseId>,
}

/// The reading matter of one entry: the exercise page's steps and advice, and the
/// drawing. Not compiled into the app (see `catalog::details`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExerciseDetails {
    /// What she needs; empty when nothing.
    pub equipment: Vec<String>,
    pub instructions: Vec<String>,
    pub mistakes: Vec<String>,
    /// When to stop this exercise.
    pub stop_if: Vec<String>,
    /// What the entry rests on, in words.
    pub source: String,
    /// SVG markup, checked at build time (no scripts, no links out).
    pub illustration: String,
}

impl Exercise {
    /// True when its minutes count toward the weekly 150 minutes of moderate activity:
    /// walks, and anything marked aerobic.
    pub fn is_aerobic(&self) -> bool {
        self.kind == Kind::Walk || self.aerobic
    }

    /// The earliest week this suits after a birth of the given kind.
    pub fn earliest_week(&self, caesarean: bool) -> u8 {
        if caesarean {
            self.stage.caesarean_weeks
        } else {
            self.stage.vaginal_weeks
        }
    }
}
