//! Playing cues: speech synthesis, Web Audio beeps and vibration. Each is optional;
//! a missing API is skipped silently. The screen flash is drawn by the player page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{
    AudioContext, OscillatorType, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice,
};

use crate::domain::session::{Beep, Cue};
use crate::domain::settings::CueSettings;
use crate::domain::text::{render, Lang, Text};
use crate::web::intl;

/// Where cues go. The browser plays them; tests record them.
pub trait CueSink {
    /// Called inside a tap, so phones allow sound from now on.
    fn unlock(&self);
    /// Plays one cue, honouring her settings, with words in `lang`.
    fn play(&self, cue: &Cue, settings: CueSettings, lang: Lang);
    /// Whether a tap has unlocked sound since the page loaded.
    fn is_unlocked(&self) -> bool;
}

/// A shareable cue sink and the language its words are said in, compared by identity
/// and language (for component props and context).
#[derive(Clone)]
pub struct CueOutput(pub Rc<dyn CueSink>, pub Lang);

impl PartialEq for CueOutput {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && self.1 == other.1
    }
}

impl CueOutput {
    pub fn browser() -> Self {
        CueOutput(Rc::new(BrowserCues::default()), Lang::default())
    }

    /// The same sink, speaking `lang`.
    pub fn speaking(&self, lang: Lang) -> Self {
        CueOutput(self.0.clone(), lang)
    }

    /// Plays each cue a session command returned, as her settings allow.
    pub fn play_all(&self, settings: CueSettings, played: &[Cue]) {
        for cue in played {
            self.0.play(cue, settings, self.1);
        }
    }
}

/// Whether this browser has a speech voice for `lang` (Settings says so when not).
/// `None` while the browser has not listed its voices yet.
pub fn has_voice(lang: Lang) -> Option<bool> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    let voices = synth.get_voices();
    if voices.length() == 0 {
        return None;
    }
    Some(voice_for(&voices, lang).is_some())
}

/// A voice for `lang`: the browser's default one if it speaks it, else the first.
fn voice_for(voices: &js_sys::Array, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let speaks = |v: &SpeechSynthesisVoice| {
        let tag = v.lang().replace('_', "-").to_ascii_lowercase();
        tag == lang.code() || tag.starts_with(&format!("{}-", lang.code()))
    };
    let all: Vec<SpeechSynthesisVoice> = voices
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|v| speaks(v))
        .collect();
    all.iter()
        .find(|v| v.default())
        .or_else(|| all.first())
        .cloned()
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

/// What `text` is said as: its words in `lang`, marked as that language, with one of
/// its voices where the browser has one (`synth`'s), a little slower than usual.
pub fn utterance(
    text: &Text,
    lang: Lang,
    synth: Option<&SpeechSynthesis>,
) -> Option<SpeechSynthesisUtterance> {
    let words = render(lang, text, &intl::Browser);
    let utterance = SpeechSynthesisUtterance::new_with_text(&words).ok()?;
    utterance.set_lang(lang.code());
    if let Some(voice) = synth.and_then(|s| voice_for(&s.get_voices(), lang)) {
        utterance.set_voice(Some(&voice));
    }
    utterance.set_rate(0.95);
    Some(utterance)
}

fn speak(text: &Text, lang: Lang) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    let Some(utterance) = utterance(text, lang, Some(&synth)) else {
        return;
    };
    let text = utterance.text();
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

    fn play(&self, cue: &Cue, settings: CueSettings, lang: Lang) {
        match cue {
            Cue::Speak(text) if settings.speech => speak(text, lang),
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
    /// What would have been said, and in which language.
    pub spoken: RefCell<Vec<(String, Lang)>>,
    pub unlocked: RefCell<u32>,
}

impl CueSink for RecordedCues {
    fn unlock(&self) {
        *self.unlocked.borrow_mut() += 1;
    }

    fn play(&self, cue: &Cue, _settings: CueSettings, lang: Lang) {
        if let Cue::Speak(text) = cue {
            let said = render(lang, text, &intl::Browser);
            self.spoken.borrow_mut().push((said, lang));
        }
        self.played.borrow_mut().push(cue.clone());
    }

    fn is_unlocked(&self) -> bool {
        *self.unlocked.borrow() > 0
    }
}
