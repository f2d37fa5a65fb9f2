//! What a session says and signals: the cues for entering each segment, the countdown,
//! rep counts and hold/relax inside a segment, and the finish. Pure: it reads the
//! session's state and returns cues as data.

use super::{Session, PHRASE_EVERY_MS};
use crate::domain::exercise::{Kind, Work};
use crate::domain::routine::{SegmentKind, Side};
use crate::domain::text::{Msg, Text};

/// A beep's meaning; the player picks the sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beep {
    /// One of the last three seconds.
    Count,
    /// Work begins.
    Go,
    /// Work ends; rest or move on.
    Rest,
    /// The routine is complete.
    Done,
}

/// An effect for the player to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    /// Words to say, in her language when they are played.
    Speak(Text),
    Beep(Beep),
    /// Vibrate for this many milliseconds.
    Vibrate(u32),
    /// Flash the screen (for noisy rooms).
    Flash,
}

impl Session {
    fn step_name(&self, step: usize) -> String {
        self.plan
            .steps
            .get(step)
            .map(|s| s.exercise.name.clone())
            .unwrap_or_default()
    }

    /// Cues for arriving at the current segment.
    pub(super) fn entry_cues(&self) -> Vec<Cue> {
        let Some(seg) = self.segment(self.timing.index) else {
            return Vec::new();
        };
        let name = self.step_name(seg.step);
        match seg.kind {
            SegmentKind::GetReady => vec![
                Cue::Beep(Beep::Rest),
                Cue::Speak(Text::new(Msg::CueFirstUp).with("name", name)),
            ],
            SegmentKind::Transition => vec![
                Cue::Beep(Beep::Rest),
                Cue::Vibrate(200),
                Cue::Speak(Text::new(Msg::CueNextUp).with("name", name)),
            ],
            SegmentKind::Rest { next_set } => {
                // A walk-run's rest is the walk between runs.
                let run = self
                    .plan
                    .steps
                    .get(seg.step)
                    .is_some_and(|s| s.exercise.kind == Kind::Run);
                let words = if run { Msg::RunSpeakWalk } else { Msg::CueRest };
                vec![
                    Cue::Beep(Beep::Rest),
                    Cue::Vibrate(200),
                    Cue::Speak(Text::new(words).with("round", next_set)),
                ]
            }
            SegmentKind::SwitchSide { .. } => {
                vec![Cue::Beep(Beep::Rest), Cue::Speak(Msg::CueSwitchSide.into())]
            }
            SegmentKind::Work { set, side } => {
                let sets = self.plan.steps.get(seg.step).map_or(1, |s| s.dose.sets);
                let side: u8 = match side {
                    Some(Side::Left) => 1,
                    Some(Side::Right) => 2,
                    None => 0,
                };
                let work = Text::new(Msg::CueWork)
                    .with("name", name)
                    .with("set", set)
                    .with("sets", sets)
                    .with("side", side);
                let words = match self.phrase_at(seg, 0) {
                    Some(first) => Text::new(Msg::CueWorkThen)
                        .with("work", work)
                        .with("phrase", first),
                    None => work,
                };
                vec![
                    Cue::Beep(Beep::Go),
                    Cue::Vibrate(300),
                    Cue::Flash,
                    Cue::Speak(words),
                ]
            }
        }
    }

    pub(super) fn finish_cues(&self) -> Vec<Cue> {
        vec![
            Cue::Beep(Beep::Done),
            Cue::Vibrate(600),
            Cue::Flash,
            Cue::Speak(Msg::CueFinished.into()),
        ]
    }

    /// Marks inside the current segment at time `t`: whole seconds remaining, the rep,
    /// the hold phase and the phrase slot. Cues fire when a mark changes.
    pub(super) fn marks(&self, t: i64) -> Marks {
        let Some(seg) = self.segment(self.timing.index) else {
            return Marks::default();
        };
        let into = (t - self.timing.segment_start_ms).max(0);
        let left = seg.duration_ms + self.timing.extra_ms - into;
        let mut marks = Marks {
            index: Some(self.timing.index),
            seconds_left: (left + 999) / 1000,
            ..Marks::default()
        };
        if let SegmentKind::Work { .. } = seg.kind {
            if let Some(step) = self.plan.steps.get(seg.step) {
                match step.dose.work {
                    Work::Reps { rep_s, hold_s, .. } => {
                        let rep_ms = i64::from(rep_s.max(1)) * 1000;
                        let within = into % rep_ms;
                        let hold_ms = i64::from(hold_s) * 1000;
                        let move_ms = (rep_ms - hold_ms + 1000) / 2 / 1000 * 1000;
                        marks.rep = Some(into / rep_ms);
                        marks.hold = hold_ms > 0 && within >= move_ms && within < move_ms + hold_ms;
                        marks.counted = false;
                    }
                    Work::Timed { .. } => {
                        marks.phrase = Some(into / PHRASE_EVERY_MS);
                        marks.counted = true;
                    }
                }
            }
        } else {
            marks.counted = true;
        }
        marks
    }

    /// Cues for what happened inside one segment between two close instants.
    pub(super) fn within_cues(&self, before: &Marks, after: &Marks) -> Vec<Cue> {
        let mut cues = Vec::new();
        if before.index != after.index || after.index.is_none() {
            return cues;
        }
        let Some(seg) = self.segment(self.timing.index) else {
            return cues;
        };
        if after.counted
            && after.seconds_left < before.seconds_left
            && (1..=3).contains(&after.seconds_left)
        {
            cues.push(Cue::Beep(Beep::Count));
            cues.push(Cue::Speak(
                Text::new(Msg::CueNumber).with("n", after.seconds_left),
            ));
        }
        if let (Some(b), Some(a)) = (before.rep, after.rep) {
            if a > b {
                cues.push(Cue::Beep(Beep::Count));
                cues.push(Cue::Speak(Text::new(Msg::CueNumber).with("n", a + 1)));
            }
        }
        if after.hold && !before.hold {
            cues.push(Cue::Speak(Msg::CueHold.into()));
        } else if before.hold && !after.hold && before.rep == after.rep {
            cues.push(Cue::Speak(Msg::CueRelax.into()));
        }
        if let (Some(b), Some(a)) = (before.phrase, after.phrase) {
            if a > b && after.seconds_left > 4 {
                let into = a * PHRASE_EVERY_MS;
                if let Some(phrase) = self.phrase_at(seg, into) {
                    cues.push(Cue::Speak(Text::new(Msg::CuePhrase).with("phrase", phrase)));
                }
            }
        }
        cues
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Marks {
    index: Option<usize>,
    seconds_left: i64,
    /// Whether the last three seconds are counted aloud in this segment.
    counted: bool,
    rep: Option<i64>,
    hold: bool,
    phrase: Option<i64>,
}
