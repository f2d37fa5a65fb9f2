//! `use_cues()`: plays what the session says (speech, beeps, vibration, as her
//! settings allow), counts screen flashes for the player to draw, and knows when the
//! browser is holding sound back until a tap (after a reload). It never touches the
//! session; the sound itself is `web::cues`.

use yew::prelude::*;

use crate::domain::session::Cue;
use crate::domain::settings::CueSettings;
use crate::web::cues::CueOutput;

/// The player's cues, as the page needs them.
#[derive(Clone, PartialEq)]
pub struct Cues {
    /// Plays the cues one session command returned.
    pub play: Callback<Vec<Cue>>,
    /// How many screen flashes have played; each change draws the flash once.
    pub flash: u32,
    /// She wants sound, but the browser blocks it until she taps (after a reload).
    pub sound_locked: bool,
    /// Lets sound play from now on. Call it inside a tap: phones allow sound only then.
    pub unlock: Callback<()>,
}

/// Cues played through the app's `CueOutput` with her `settings`. Without an output
/// (outside `<App>`) nothing sounds and nothing is reported locked.
#[hook]
pub fn use_cues(settings: CueSettings) -> Cues {
    let output = use_context::<CueOutput>();
    let flash = use_state(|| 0u32);
    let redraw = use_force_update();
    let play = {
        let output = output.clone();
        let flash = flash.clone();
        Callback::from(move |played: Vec<Cue>| {
            if let Some(output) = &output {
                output.play_all(settings, &played);
            }
            if settings.flash && played.contains(&Cue::Flash) {
                flash.set(*flash + 1);
            }
        })
    };
    let is_unlocked = output.as_ref().is_none_or(|o| o.0.is_unlocked());
    let unlock = {
        let output = output.clone();
        Callback::from(move |()| {
            let Some(output) = &output else {
                return;
            };
            let was_unlocked = output.0.is_unlocked();
            output.0.unlock();
            // Redraw only when "Turn sound back on" may have to go.
            if !was_unlocked {
                redraw.force_update();
            }
        })
    };
    Cues {
        play,
        flash: *flash,
        sound_locked: (settings.speech || settings.beeps) && !is_unlocked,
        unlock,
    }
}
