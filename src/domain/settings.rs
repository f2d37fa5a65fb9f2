//! Her preferences, with safe defaults.

/// Which cues the player gives. Everything is on by default; each can be switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueSettings {
    pub speech: bool,
    pub beeps: bool,
    pub vibration: bool,
    /// A brief screen flash with each phase change, for noisy rooms.
    pub flash: bool,
}

impl Default for CueSettings {
    fn default() -> Self {
        CueSettings {
            speech: true,
            beeps: true,
            vibration: true,
            flash: false,
        }
    }
}

/// The pain-monitoring thresholds progression uses. Defaults follow the cautious end
/// of the clinical reference (Silbernagel's model: 0–3 safe, 4–5 acceptable, above 5
/// too much; settle by the next morning). She or her physiotherapist may change them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// Worst pain during a session that still counts as comfortable (0–10).
    pub comfortable_max: u8,
    /// Worst pain that is acceptable without stepping back; above it is too much.
    pub acceptable_max: u8,
    /// Comfortable sessions in a row (with a good next morning) before a step up.
    pub sessions_to_progress: u8,
    /// Weeks after a third- or fourth-degree tear before anything beyond walking,
    /// breathing, pelvic-floor work and posture lessons.
    pub tear_weeks: u8,
    /// Points of next-morning pain above her baseline still counted as settled (0–3).
    pub morning_margin: u8,
    /// Days without any session after which each item steps back one step (7–60).
    pub away_days: u16,
    /// Days without any session after which each item steps back a second step
    /// (more than `away_days`, at most 120).
    pub away_days_two: u16,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            comfortable_max: 3,
            acceptable_max: 5,
            sessions_to_progress: 2,
            tear_weeks: 6,
            morning_margin: 0,
            away_days: 14,
            away_days_two: 28,
        }
    }
}

impl Thresholds {
    /// Pain above this is never acceptable during exercise (0–10 scale).
    pub const MAX_ACCEPTABLE: u8 = 7;
    /// Comfortable sessions in a row before a step up, at least and at most.
    pub const SESSIONS_RANGE: std::ops::RangeInclusive<u8> = 1..=5;
    /// Weeks after a severe tear, at most.
    pub const MAX_TEAR_WEEKS: u8 = 12;

    /// Keeps the thresholds ordered and in range: comfortable ≤ acceptable ≤ 7,
    /// 1–5 sessions, 0–12 weeks, a morning margin of 0–3, and time away of 7–60 days
    /// then more than that up to 120.
    pub fn check(&self) -> Result<(), &'static str> {
        if self.comfortable_max > self.acceptable_max {
            return Err("the comfortable limit must not be above the acceptable one");
        }
        if self.acceptable_max > Self::MAX_ACCEPTABLE {
            return Err("pain above 7 out of 10 is never acceptable during exercise");
        }
        if !Self::SESSIONS_RANGE.contains(&self.sessions_to_progress) {
            return Err("sessions before a step up must be 1 to 5");
        }
        if self.tear_weeks > Self::MAX_TEAR_WEEKS {
            return Err("weeks after a tear must be 0 to 12");
        }
        if self.morning_margin > 3 {
            return Err("the next-morning margin must be 0 to 3 points");
        }
        if !(7..=60).contains(&self.away_days) {
            return Err("days away before easing off must be 7 to 60");
        }
        if self.away_days_two <= self.away_days || self.away_days_two > 120 {
            return Err("the second step back must come later than the first, within 120 days");
        }
        Ok(())
    }
}
