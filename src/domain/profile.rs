//! Her profile: the birth, where it hurts, how active she was, and who to call. Weeks
//! since the birth are computed from the clock the caller passes, so they advance on
//! their own.

/// How she gave birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    Vaginal,
    /// Forceps or ventouse.
    AssistedVaginal,
    PlannedCaesarean,
    EmergencyCaesarean,
}

impl Delivery {
    pub const ALL: [Delivery; 4] = [
        Delivery::Vaginal,
        Delivery::AssistedVaginal,
        Delivery::PlannedCaesarean,
        Delivery::EmergencyCaesarean,
    ];

    pub fn is_caesarean(self) -> bool {
        matches!(
            self,
            Delivery::PlannedCaesarean | Delivery::EmergencyCaesarean
        )
    }

    pub fn key(self) -> &'static str {
        match self {
            Delivery::Vaginal => "vaginal",
            Delivery::AssistedVaginal => "assisted",
            Delivery::PlannedCaesarean => "planned-caesarean",
            Delivery::EmergencyCaesarean => "emergency-caesarean",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Delivery::Vaginal => "Vaginal birth",
            Delivery::AssistedVaginal => "Assisted vaginal birth (forceps or ventouse)",
            Delivery::PlannedCaesarean => "Planned caesarean",
            Delivery::EmergencyCaesarean => "Emergency caesarean",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// Where her back (or a birth-related site) hurts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PainSite {
    LowerBack,
    MiddleBack,
    UpperBack,
    EpiduralSite,
    /// Around a caesarean scar.
    Scar,
}

impl PainSite {
    pub const ALL: [PainSite; 5] = [
        PainSite::LowerBack,
        PainSite::MiddleBack,
        PainSite::UpperBack,
        PainSite::EpiduralSite,
        PainSite::Scar,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PainSite::LowerBack => "lower-back",
            PainSite::MiddleBack => "middle-back",
            PainSite::UpperBack => "upper-back",
            PainSite::EpiduralSite => "epidural-site",
            PainSite::Scar => "scar",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PainSite::LowerBack => "Lower back",
            PainSite::MiddleBack => "Middle back",
            PainSite::UpperBack => "Upper back, shoulders or neck",
            PainSite::EpiduralSite => "Where the epidural or spinal went in",
            PainSite::Scar => "Around the caesarean scar",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// How active she was before the pregnancy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activity {
    Low,
    Moderate,
    High,
}

impl Activity {
    pub const ALL: [Activity; 3] = [Activity::Low, Activity::Moderate, Activity::High];

    pub fn key(self) -> &'static str {
        match self {
            Activity::Low => "low",
            Activity::Moderate => "moderate",
            Activity::High => "high",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Activity::Low => "Not very active",
            Activity::Moderate => "Active now and then",
            Activity::High => "Very active",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

use super::comfort::PainScore;
use super::progression::GIRDLE_WEEKS;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

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
    /// Whole days since the birth at `now_ms` (0 on the day itself; never negative).
    /// `utc_offset_min` is her local offset, so a date birth turns over at her midnight.
    pub fn days_postpartum(&self, now_ms: i64, utc_offset_min: i32) -> i64 {
        let local_ms = now_ms + i64::from(utc_offset_min) * 60_000;
        let today = local_ms.div_euclid(DAY_MS);
        let days = match self.birth {
            Birth::Date { day } => today - day,
            Birth::WeeksAgo {
                weeks,
                recorded_at_ms,
            } => {
                let recorded_day =
                    (recorded_at_ms + i64::from(utc_offset_min) * 60_000).div_euclid(DAY_MS);
                i64::from(weeks) * 7 + (today - recorded_day)
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

/// Days since 1970-01-01 for an ISO date "YYYY-MM-DD" (as a date input gives it).
pub fn day_from_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// "YYYY-MM-DD" for days since 1970-01-01.
pub fn iso_from_day(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Today's day number in her local calendar.
pub fn local_day(now_ms: i64, utc_offset_min: i32) -> i64 {
    (now_ms + i64::from(utc_offset_min) * 60_000).div_euclid(DAY_MS)
}
