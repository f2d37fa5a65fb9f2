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
