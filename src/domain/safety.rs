//! Safety: the red-flag questions, which tier of care each routes to, and the pause
//! that any red flag puts on her plan. It routes to care; it never names a condition.

use strum::{EnumString, IntoStaticStr, VariantArray};

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
    pub fn heading(self) -> &'static str {
        match self {
            Tier::Emergency => "Call for emergency help now",
            Tier::Today => "Contact your midwife or doctor today",
            Tier::Physio => "Ease off and see a pelvic-health physiotherapist",
        }
    }

    /// What to do, in plain words. `number` is her emergency number, if she set one.
    pub fn advice(self, number: Option<&str>) -> Vec<String> {
        let call = match number {
            Some(n) if !n.is_empty() => format!("Call {n} now."),
            _ => "Call your local emergency number now.".to_owned(),
        };
        match self {
            Tier::Emergency => vec![
                call,
                "If you can't make the call yourself, ask someone near you to do it.".to_owned(),
                "Don't exercise, and don't drive yourself.".to_owned(),
            ],
            Tier::Today => vec![
                "Stop exercising for today.".to_owned(),
                "Contact your midwife, doctor or maternity unit today and tell them what you noticed."
                    .to_owned(),
                "If it gets worse quickly, or you feel very unwell, treat it as an emergency."
                    .to_owned(),
            ],
            Tier::Physio => vec![
                "This isn't an emergency, but it's a sign to ease off for now.".to_owned(),
                "Book an appointment with a pelvic-health (women's health) physiotherapist, or ask your doctor or midwife to refer you."
                    .to_owned(),
                "Gentle walking and breathing are usually fine meanwhile; stop anything that makes it worse."
                    .to_owned(),
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
    pub fn question(self) -> &'static str {
        use RedFlag::*;
        match self {
            ChestPain => "Pain or tightness in the chest",
            Breathless => "Trouble breathing, or suddenly short of breath",
            Seizure => "A fit or seizure",
            HarmThoughts => "Thoughts of hurting yourself or your baby",
            SaddleNumbness => "Numbness around your genitals, bottom or inner thighs",
            BladderBowelChange => "New trouble passing or holding wee or poo",
            BothLegsWeak => "Weakness or numbness in both legs",
            HeavyBleeding => "Bleeding that soaks a pad in an hour, or clots the size of an egg or bigger",
            WoundProblem => "A caesarean or tear wound that is red, oozing, opening or more and more painful",
            SwollenCalf => "A calf or leg that is painful, red, swollen or warm",
            Fever => "A temperature of 38 °C (100.4 °F) or more",
            SevereHeadache => "A bad headache that painkillers don't help, or a headache with blurred vision",
            PosturalHeadache => "Since an epidural or spinal: a headache that is worse sitting or standing and eases lying down",
            DizzyOrWeak => "Feeling dizzy or faint, or muscle weakness that upsets your balance",
            LegNumbnessOrFever => "Back pain with numbness or tingling down a leg, or with a fever",
            PelvicHeaviness => "Heaviness or dragging in your pelvis or vagina",
            Leaking => "Leaking wee or poo",
            TummyBulge => "A bulge or doming down the middle of your tummy when you move",
            WorseningPain => "Pelvic or lower-back pain that keeps getting worse",
            BleedingReturned => "Bleeding that came back or got heavier after 8 weeks (not a period), or brighter red after exercise",
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
