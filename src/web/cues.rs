//! Playing cues: speech synthesis, Web Audio beeps and vibration. Each is optional;
//! a missing API is skipped silently. The screen flash is drawn by the player page.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{AudioContext, OscillatorType, SpeechSynthesisUtterance};

use crate::domain::session::{Beep, Cue};
use crate::domain::settings::CueSettings;

/// Where cues go. The browser plays them; tests record them.
pub trait CueSink {
    /// Called inside a tap, so phones allow sound from now on.
    fn unlock(&self);
    /// Plays one cue, honouring her settings.
    fn play(&self, cue: &Cue, settings: CueSettings);
    /// Whether a tap has unlocked sound since the page loaded.
    fn is_unlocked(&self) -> bool;
}

/// A shareable cue sink, compared by identity (for component props and context).
#[derive(Clone)]
pub struct CueOutput(pub Rc<dyn CueSink>);

impl PartialEq for CueOutput {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl CueOutput {
    pub fn browser() -> Self {
        CueOutput(Rc::new(BrowserCues::default()))
    }

    /// Plays each cue a session command returned, as her settings allow.
    pub fn play_all(&self, settings: CueSettings, played: &[Cue]) {
        for cue in played {
            self.0.play(cue, settings);
        }
    }
}

/// The real thing.
#[derive(Default)]
pub struct BrowserCues {
    audio: RefCell<Option<AudioContext>>,
}

impl BrowserCues {
    fn beep(&self, beep: Beep) {
        let audio = self.audio.borrow();
        let Some(ctx) = audio.as_ref() else {
            return;
        };
        let (hz, seconds) = match beep {
            Beep::Count => (880.0, 0.09),
            Beep::Go => (1320.0, 0.22),
            Beep::Rest => (660.0, 0.22),
            Beep::Done => (990.0, 0.5),
        };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(hz);
        let now = ctx.current_time();
        let level = gain.gain();
        let _ = level.set_value_at_time(0.0001, now);
        let _ = level.exponential_ramp_to_value_at_time(0.3, now + 0.02);
        let _ = level.exponential_ramp_to_value_at_time(0.0001, now + seconds);
        let connected = osc
            .connect_with_audio_node(&gain)
            .and_then(|_| gain.connect_with_audio_node(&ctx.destination()));
        if connected.is_ok() {
            let _ = osc.start();
            let _ = osc.stop_with_when(now + seconds + 0.05);
        }
    }
}

fn speak(text: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_rate(0.95);
    // A countdown number queues behind what is being said; anything else replaces it,
    // so speech never lags behind the timer.
    if !text.chars().all(|c| c.is_ascii_digit()) {
        synth.cancel();
    }
    synth.speak(&utterance);
}

impl CueSink for BrowserCues {
    fn unlock(&self) {
        let mut audio = self.audio.borrow_mut();
        if audio.is_none() {
            *audio = AudioContext::new().ok();
        }
        if let Some(ctx) = audio.as_ref() {
            let _ = ctx.resume();
        }
    }

    fn is_unlocked(&self) -> bool {
        self.audio.borrow().is_some()
    }

    fn play(&self, cue: &Cue, settings: CueSettings) {
        match cue {
            Cue::Speak(text) if settings.speech => speak(text),
            Cue::Beep(beep) if settings.beeps => self.beep(*beep),
            Cue::Vibrate(ms) if settings.vibration => {
                if let Some(window) = web_sys::window() {
                    let navigator = window.navigator();
                    // Not every browser has vibrate(); look before calling.
                    let has = js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false);
                    if has {
                        let _ = navigator.vibrate_with_duration(*ms);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Records cues instead of playing them (for tests and for anyone who wants silence).
#[derive(Default)]
pub struct RecordedCues {
    pub played: RefCell<Vec<Cue>>,
    pub unlocked: RefCell<u32>,
}

impl CueSink for RecordedCues {
    fn unlock(&self) {
        *self.unlocked.borrow_mut() += 1;
    }

    fn play(&self, cue: &Cue, _settings: CueSettings) {
        self.played.borrow_mut().push(cue.clone());
    }

    fn is_unlocked(&self) -> bool {
        *self.unlocked.borrow() > 0
    }
}
