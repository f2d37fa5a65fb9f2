//! Safety: the red-flag questions, which tier of care each routes to, and the pause
//! that any red flag puts on her plan. It routes to care; it never names a condition.

use strum::{EnumString, IntoStaticStr, VariantArray};

use super::text::{Msg, Text};

/// Where to send her, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, EnumString)]
pub enum Tier {
    /// Call the emergency number now.
    #[strum(serialize = "emergency")]
    Emergency,
    /// Contact the midwife, doctor or maternity unit today.
    #[strum(serialize = "today")]
    Today,
    /// Ease off and see a pelvic-health physiotherapist (not an emergency).
    #[strum(serialize = "physio")]
    Physio,
    /// See a GP or a physiotherapist soon (not an emergency): back pain that is getting
    /// in the way of everyday life.
    #[strum(serialize = "gp-or-physio")]
    GpOrPhysio,
}

impl Tier {
    /// Its key in saved documents (the `strum(serialize)` above; never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }

    /// The heading of the guidance screen.
    pub fn heading(self) -> Msg {
        match self {
            Tier::Emergency => Msg::SafetyTierEmergency,
            Tier::Today => Msg::SafetyTierToday,
            Tier::Physio => Msg::SafetyTierPhysio,
            Tier::GpOrPhysio => Msg::SafetyTierGpOrPhysio,
        }
    }

    /// What to do, in plain words, one line each. `number` is her emergency number, if
    /// she set one.
    pub fn advice(self, number: Option<&str>) -> Vec<Text> {
        let call = match number {
            Some(n) if !n.is_empty() => Text::new(Msg::SafetyAdviceCallNumber).with("number", n),
            _ => Text::new(Msg::SafetyAdviceCallLocal),
        };
        match self {
            Tier::Emergency => vec![
                call,
                Msg::SafetyAdviceEmergencySomeone.into(),
                Msg::SafetyAdviceEmergencyNoDrive.into(),
            ],
            Tier::Today => vec![
                Msg::SafetyAdviceTodayStop.into(),
                Msg::SafetyAdviceTodayContact.into(),
                Msg::SafetyAdviceTodayWorse.into(),
            ],
            Tier::Physio => vec![
                Msg::SafetyAdvicePhysioNotEmergency.into(),
                Msg::SafetyAdvicePhysioBook.into(),
                Msg::SafetyAdvicePhysioMeanwhile.into(),
            ],
            Tier::GpOrPhysio => vec![
                Msg::SafetyAdviceGpNotEmergency.into(),
                Msg::SafetyAdviceGpBook.into(),
                Msg::SafetyAdviceGpMeanwhile.into(),
            ],
        }
    }
}

/// A warning sign she can tick. Each belongs to one tier.
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
pub enum RedFlag {
    #[strum(serialize = "chest-pain")]
    ChestPain,
    #[strum(serialize = "breathless")]
    Breathless,
    #[strum(serialize = "seizure")]
    Seizure,
    #[strum(serialize = "harm-thoughts")]
    HarmThoughts,
    #[strum(serialize = "saddle-numbness")]
    SaddleNumbness,
    #[strum(serialize = "bladder-bowel")]
    BladderBowelChange,
    #[strum(serialize = "both-legs")]
    BothLegsWeak,
    #[strum(serialize = "heavy-bleeding")]
    HeavyBleeding,
    #[strum(serialize = "wound")]
    WoundProblem,
    #[strum(serialize = "calf")]
    SwollenCalf,
    #[strum(serialize = "fever")]
    Fever,
    #[strum(serialize = "headache")]
    SevereHeadache,
    #[strum(serialize = "postural-headache")]
    PosturalHeadache,
    #[strum(serialize = "dizzy")]
    DizzyOrWeak,
    #[strum(serialize = "leg-numbness")]
    LegNumbnessOrFever,
    #[strum(serialize = "heaviness")]
    PelvicHeaviness,
    #[strum(serialize = "leaking")]
    Leaking,
    #[strum(serialize = "tummy-bulge")]
    TummyBulge,
    #[strum(serialize = "worsening-pain")]
    WorseningPain,
    /// Back pain that stops her doing everyday things or looking after her baby: see a
    /// GP or physiotherapist, not an emergency.
    #[strum(serialize = "daily-life-pain")]
    DailyLifePain,
    #[strum(serialize = "bleeding-returned")]
    BleedingReturned,
}

impl RedFlag {
    /// In the order the checklist shows them (most urgent first): the declaration order,
    /// as strum's `VARIANTS`.
    pub const ALL: [Self; Self::VARIANTS.len()] =
        *Self::VARIANTS.first_chunk().expect("all of them");

    pub fn tier(self) -> Tier {
        use RedFlag::*;
        match self {
            ChestPain | Breathless | Seizure | HarmThoughts | SaddleNumbness
            | BladderBowelChange | BothLegsWeak => Tier::Emergency,
            HeavyBleeding | WoundProblem | SwollenCalf | Fever | SevereHeadache
            | PosturalHeadache | DizzyOrWeak | LegNumbnessOrFever => Tier::Today,
            PelvicHeaviness | Leaking | TummyBulge | WorseningPain | BleedingReturned => {
                Tier::Physio
            }
            DailyLifePain => Tier::GpOrPhysio,
        }
    }

    /// Its key in saved documents (the `strum(serialize)` above; never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }

    /// The checklist wording: what she might notice, in her words.
    pub fn question(self) -> Msg {
        use RedFlag::*;
        match self {
            ChestPain => Msg::SafetyFlagChestPain,
            Breathless => Msg::SafetyFlagBreathless,
            Seizure => Msg::SafetyFlagSeizure,
            HarmThoughts => Msg::SafetyFlagHarmThoughts,
            SaddleNumbness => Msg::SafetyFlagSaddleNumbness,
            BladderBowelChange => Msg::SafetyFlagBladderBowel,
            BothLegsWeak => Msg::SafetyFlagBothLegs,
            HeavyBleeding => Msg::SafetyFlagHeavyBleeding,
            WoundProblem => Msg::SafetyFlagWound,
            SwollenCalf => Msg::SafetyFlagCalf,
            Fever => Msg::SafetyFlagFever,
            SevereHeadache => Msg::SafetyFlagHeadache,
            PosturalHeadache => Msg::SafetyFlagPosturalHeadache,
            DizzyOrWeak => Msg::SafetyFlagDizzy,
            LegNumbnessOrFever => Msg::SafetyFlagLegNumbness,
            PelvicHeaviness => Msg::SafetyFlagHeaviness,
            Leaking => Msg::SafetyFlagLeaking,
            TummyBulge => Msg::SafetyFlagTummyBulge,
            WorseningPain => Msg::SafetyFlagWorseningPain,
            DailyLifePain => Msg::SafetyFlagDailyLifePain,
            BleedingReturned => Msg::SafetyFlagBleedingReturned,
        }
    }
}

/// The outcome of a safety check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assessment {
    Clear,
    /// Stop: the most urgent tier among the ticked flags.
    Stop {
        tier: Tier,
        flags: Vec<RedFlag>,
    },
}

/// Any flag stops; the most urgent tier decides the guidance.
pub fn assess(flags: &[RedFlag]) -> Assessment {
    match flags.iter().map(|f| f.tier()).min() {
        None => Assessment::Clear,
        Some(tier) => {
            let mut flags = flags.to_vec();
            flags.sort();
            flags.dedup();
            Assessment::Stop { tier, flags }
        }
    }
}

/// When a check found a red flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    BeforeSession,
    DuringSession,
}

/// A recorded red flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyEvent {
    pub at_ms: i64,
    pub tier: Tier,
    pub flags: Vec<RedFlag>,
    pub moment: Moment,
}

/// Red flags so far and whether her plan is paused.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafetyState {
    pub events: Vec<SafetyEvent>,
    /// Set by any red flag; cleared only by her explicit "I've been checked".
    pub paused_since_ms: Option<i64>,
    /// Each time she said she had been checked and could continue.
    pub resumed_at_ms: Vec<i64>,
}

impl SafetyState {
    /// Records a stop and pauses the plan. Returns the guidance tier.
    pub fn record(&mut self, flags: &[RedFlag], moment: Moment, at_ms: i64) -> Option<Tier> {
        match assess(flags) {
            Assessment::Clear => None,
            Assessment::Stop { tier, flags } => {
                self.events.push(SafetyEvent {
                    at_ms,
                    tier,
                    flags,
                    moment,
                });
                self.paused_since_ms.get_or_insert(at_ms);
                Some(tier)
            }
        }
    }

    /// She confirmed she has been checked and can carry on.
    pub fn resume(&mut self, at_ms: i64) {
        if self.paused_since_ms.take().is_some() {
            self.resumed_at_ms.push(at_ms);
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused_since_ms.is_some()
    }

    /// The most recent event, for showing its guidance again.
    pub fn latest(&self) -> Option<&SafetyEvent> {
        self.events.last()
    }
}
