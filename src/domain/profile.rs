//! Her profile: the birth, where it hurts, how active she was, and who to call. Weeks
//! since the birth are computed from the clock the caller passes, so they advance on
//! their own.

use strum::{EnumString, IntoStaticStr, VariantArray};
use time::{Date, Month};

use super::comfort::PainScore;
use super::progression::GIRDLE_WEEKS;
use super::text::Msg;

/// How she gave birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray, IntoStaticStr, EnumString)]
pub enum Delivery {
    #[strum(serialize = "vaginal")]
    Vaginal,
    /// Forceps or ventouse.
    #[strum(serialize = "assisted")]
    AssistedVaginal,
    #[strum(serialize = "planned-caesarean")]
    PlannedCaesarean,
    #[strum(serialize = "emergency-caesarean")]
    EmergencyCaesarean,
}

impl Delivery {
    /// Every variant, in declaration order (strum's `VARIANTS` as an array).
    pub const ALL: [Self; Self::VARIANTS.len()] =
        *Self::VARIANTS.first_chunk().expect("all of them");

    pub fn is_caesarean(self) -> bool {
        matches!(
            self,
            Delivery::PlannedCaesarean | Delivery::EmergencyCaesarean
        )
    }

    /// Its key in saved documents (the `strum(serialize)` above; never change one).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// Its name for people, as a message.
    pub fn label(self) -> Msg {
        match self {
            Delivery::Vaginal => Msg::LabelDeliveryVaginal,
            Delivery::AssistedVaginal => Msg::LabelDeliveryAssisted,
            Delivery::PlannedCaesarean => Msg::LabelDeliveryPlannedCaesarean,
            Delivery::EmergencyCaesarean => Msg::LabelDeliveryEmergencyCaesarean,
        }
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

/// Where her back (or a birth-related site) hurts.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, VariantArray, IntoStaticStr, EnumString,
)]
pub enum PainSite {
    #[strum(serialize = "lower-back")]
    LowerBack,
    #[strum(serialize = "middle-back")]
    MiddleBack,
    #[strum(serialize = "upper-back")]
    UpperBack,
    #[strum(serialize = "epidural-site")]
    EpiduralSite,
    /// Around a caesarean scar.
    #[strum(serialize = "scar")]
    Scar,
}

impl PainSite {
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
            PainSite::LowerBack => Msg::LabelSiteLowerBack,
            PainSite::MiddleBack => Msg::LabelSiteMiddleBack,
            PainSite::UpperBack => Msg::LabelSiteUpperBack,
            PainSite::EpiduralSite => Msg::LabelSiteEpidural,
            PainSite::Scar => Msg::LabelSiteScar,
        }
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

/// How active she was before the pregnancy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray, IntoStaticStr, EnumString)]
pub enum Activity {
    #[strum(serialize = "low")]
    Low,
    #[strum(serialize = "moderate")]
    Moderate,
    #[strum(serialize = "high")]
    High,
}

impl Activity {
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
            Activity::Low => Msg::LabelActivityLow,
            Activity::Moderate => Msg::LabelActivityModerate,
            Activity::High => Msg::LabelActivityHigh,
        }
    }

    /// The variant with this key, exactly as spelt.
    pub fn from_key(key: &str) -> Option<Self> {
        key.parse().ok()
    }
}

/// A day, in milliseconds.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// A week, in milliseconds.
pub const WEEK_MS: i64 = 7 * DAY_MS;

/// The most weeks "about N weeks ago" may say (two years).
pub const MAX_WEEKS_AGO: u8 = 104;

/// When the baby was born: a date, or "about N weeks ago" if she prefers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Birth {
    /// The birth date as days since 1970-01-01 (in her local calendar).
    Date { day: i64 },
    /// "About `weeks` weeks ago", said at `recorded_at_ms`; advances from then.
    WeeksAgo { weeks: u8, recorded_at_ms: i64 },
}

/// Text fields she may fill in: trimmed, at most 80 characters, no control characters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactText(String);

impl ContactText {
    pub const MAX_CHARS: usize = 80;

    /// `None` when too long or containing control characters; empty is allowed.
    pub fn new(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        let ok =
            trimmed.chars().count() <= Self::MAX_CHARS && !trimmed.chars().any(char::is_control);
        ok.then(|| Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Her profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub birth: Birth,
    pub delivery: Delivery,
    /// A third- or fourth-degree tear.
    pub severe_tear: bool,
    /// An epidural or spinal during the birth.
    pub epidural: bool,
    pub pain_sites: Vec<PainSite>,
    pub pregnancy_back_pain: bool,
    pub activity: Activity,
    /// When a clinician cleared her for more exercise, if they have.
    pub cleared_at_ms: Option<i64>,
    /// Her usual resting back pain (0–10), the baseline when nothing newer is known.
    pub usual_pain: Option<PainScore>,
    /// It hurts when she lifts or carries the baby.
    pub lifting_pain: bool,
    /// Her local emergency number; empty means "your local emergency number".
    pub emergency_number: ContactText,
    /// Her midwife, doctor or physiotherapist (name and number), optional.
    pub care_contact: ContactText,
}

/// What gating and planning need to know about where she is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageNow {
    /// Whole weeks since the birth.
    pub weeks: u8,
    /// Days past the whole weeks (0–6).
    pub days: u8,
    pub caesarean: bool,
    pub severe_tear: bool,
    /// Back or pelvic pain in pregnancy, in the first `GIRDLE_WEEKS` weeks: exercises
    /// that load the pelvis unevenly wait.
    pub girdle_care: bool,
}

impl Profile {
    /// A profile with only the two answers onboarding requires (when and how she gave
    /// birth); everything else at its cautious default: no tear, no epidural, no pain
    /// site, moderately active, not cleared, no usual pain known.
    pub fn new(birth: Birth, delivery: Delivery) -> Self {
        Profile {
            birth,
            delivery,
            severe_tear: false,
            epidural: false,
            pain_sites: Vec::new(),
            pregnancy_back_pain: false,
            activity: Activity::Moderate,
            cleared_at_ms: None,
            usual_pain: None,
            lifting_pain: false,
            emergency_number: ContactText::default(),
            care_contact: ContactText::default(),
        }
    }

    /// Whole days since the birth at `now_ms` (0 on the day itself; never negative).
    /// `utc_offset_min` is her local offset, so a date birth turns over at her midnight.
    pub fn days_postpartum(&self, now_ms: i64, utc_offset_min: i32) -> i64 {
        // Saturating: a stored time can be anything, and must not overflow.
        let today = local_day(now_ms, utc_offset_min);
        let days = match self.birth {
            Birth::Date { day } => today.saturating_sub(day),
            Birth::WeeksAgo {
                weeks,
                recorded_at_ms,
            } => {
                let recorded_day = local_day(recorded_at_ms, utc_offset_min);
                (i64::from(weeks) * 7).saturating_add(today.saturating_sub(recorded_day))
            }
        };
        days.max(0)
    }

    pub fn stage(&self, now_ms: i64, utc_offset_min: i32) -> StageNow {
        let days = self.days_postpartum(now_ms, utc_offset_min);
        let weeks = u8::try_from(days / 7).unwrap_or(u8::MAX);
        StageNow {
            weeks,
            days: u8::try_from(days % 7).unwrap_or(0),
            caesarean: self.delivery.is_caesarean(),
            severe_tear: self.severe_tear,
            girdle_care: self.pregnancy_back_pain && weeks < GIRDLE_WEEKS,
        }
    }
}

/// Birth dates are accepted in these years.
const BIRTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The Julian day number of 1970-01-01, the app's day 0.
const EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// Days since 1970-01-01 for an ISO date "YYYY-MM-DD" (as a date input gives it).
pub fn day_from_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.trim().splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let d: u8 = parts.next()?.parse().ok()?;
    if !BIRTH_YEARS.contains(&y) {
        return None;
    }
    let date = Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()?;
    Some(i64::from(date.to_julian_day()) - EPOCH_JULIAN_DAY)
}

/// The calendar date of a day number (days since 1970-01-01). Days beyond the years
/// -9999 to 9999 that `time::Date` holds give its first or last date.
pub fn date_from_day(day: i64) -> Date {
    i32::try_from(day.saturating_add(EPOCH_JULIAN_DAY))
        .ok()
        .and_then(|julian| Date::from_julian_day(julian).ok())
        .unwrap_or(if day < 0 { Date::MIN } else { Date::MAX })
}

/// "YYYY-MM-DD" for days since 1970-01-01.
pub fn iso_from_day(day: i64) -> String {
    let date = date_from_day(day);
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Today's day number in her local calendar.
pub fn local_day(now_ms: i64, utc_offset_min: i32) -> i64 {
    now_ms
        .saturating_add(i64::from(utc_offset_min) * 60_000)
        .div_euclid(DAY_MS)
}
