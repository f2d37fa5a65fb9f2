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
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            comfortable_max: 3,
            acceptable_max: 5,
            sessions_to_progress: 2,
            tear_weeks: 6,
        }
    }
}

impl Thresholds {
    /// Keeps the thresholds ordered and in range: comfortable ≤ acceptable ≤ 7,
    /// 1–5 sessions, 0–12 weeks.
    pub fn check(&self) -> Result<(), &'static str> {
        if self.comfortable_max > self.acceptable_max {
            return Err("the comfortable limit must not be above the acceptable one");
        }
        if self.acceptable_max > 7 {
            return Err("pain above 7 out of 10 is never acceptable during exercise");
        }
        if !(1..=5).contains(&self.sessions_to_progress) {
            return Err("sessions before a step up must be 1 to 5");
        }
        if self.tear_weeks > 12 {
            return Err("weeks after a tear must be 0 to 12");
        }
        Ok(())
    }
}
