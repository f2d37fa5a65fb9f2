//! The builder's form as typed, every edit to it as a [`BuilderAction`], and turning it
//! into a routine to share (or saying, as a message, what to fix first). Plain Rust, host-tested in
//! `tests/physio_builder.rs`; its limits are the share link's own, so the draft never
//! holds what a link cannot carry.

use std::ops::RangeInclusive;

use super::choices::Per;
use super::dose_part::DosePart;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Dose, ExerciseId};
use crate::domain::routine::RoutineName;
use crate::domain::settings::Thresholds;
use crate::domain::share::{
    Frequency, ShareText, SharedExercise, SharedRoutine, MAX_EXERCISES, MAX_WEEKS, NOTE_MAX_CHARS,
    PERSON_MAX_CHARS,
};
use crate::domain::text::{render, Lang, Msg, Plain, Text};

/// One chosen exercise, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: ExerciseId,
    pub dose: Dose,
    pub note: String,
}

/// The form as typed, before validation.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub name: String,
    pub clinician: String,
    pub clinic: String,
    pub per: Per,
    /// Sessions per `per`; always one of `per.times_offered()`.
    pub times: u8,
    pub weeks: u8,
    pub auto: bool,
    pub limits: bool,
    pub comfortable: u8,
    pub acceptable: u8,
    pub items: Vec<Item>,
}

/// One edit to the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum BuilderAction {
    SetName(String),
    SetClinician(String),
    SetClinic(String),
    SetTimes(u8),
    SetPer(Per),
    SetWeeks(u8),
    SetAuto(bool),
    SetLimits(bool),
    SetComfortable(u8),
    SetAcceptable(u8),
    /// Adds a library exercise at its own dose (not twice, and not past the limit).
    AddExercise(ExerciseId),
    Remove(usize),
    MoveUp(usize),
    MoveDown(usize),
    /// Takes the exercise at `from` out and puts it back so it ends at `to` (a `to`
    /// past the end means last). Drag and drop and the move buttons both come here.
    Move {
        from: usize,
        to: usize,
    },
    SetDose {
        index: usize,
        part: DosePart,
        value: u32,
    },
    SetNote {
        index: usize,
        note: String,
    },
    /// Starts a new routine.
    Clear,
    /// Replaces the whole draft with a routine (a template, a saved routine).
    Load(Box<SharedRoutine>),
}

impl Default for Draft {
    fn default() -> Self {
        let thresholds = Thresholds::default();
        Draft {
            name: english(&Msg::PhysioRoutineDefaultName.into()),
            clinician: String::new(),
            clinic: String::new(),
            per: Per::Day,
            times: 1,
            weeks: 6,
            auto: false,
            limits: false,
            comfortable: thresholds.comfortable_max,
            acceptable: thresholds.acceptable_max,
            items: Vec::new(),
        }
    }
}

impl Draft {
    /// The draft for the routine kept from last time, or a fresh one.
    pub fn from_saved(saved: Option<&SharedRoutine>) -> Self {
        let Some(r) = saved else {
            return Draft::default();
        };
        let (per, times) = match r.frequency {
            Frequency::PerDay(n) => (Per::Day, n),
            Frequency::PerWeek(n) => (Per::Week, n),
        };
        let fresh = Draft::default();
        Draft {
            name: r.name.as_str().to_owned(),
            clinician: r.clinician.as_str().to_owned(),
            clinic: r.clinic.as_str().to_owned(),
            per,
            times,
            weeks: r.weeks,
            auto: r.auto_progress,
            limits: r.thresholds.is_some(),
            comfortable: r
                .thresholds
                .map_or(fresh.comfortable, |t| t.comfortable_max),
            acceptable: r.thresholds.map_or(fresh.acceptable, |t| t.acceptable_max),
            items: r
                .exercises
                .iter()
                .map(|x| Item {
                    id: x.exercise.clone(),
                    dose: x.dose,
                    note: x.note.as_str().to_owned(),
                })
                .collect(),
        }
    }

    /// Whether another exercise may be added.
    pub fn is_full(&self) -> bool {
        self.items.len() >= MAX_EXERCISES
    }

    pub fn has(&self, id: &ExerciseId) -> bool {
        self.items.iter().any(|i| i.id == *id)
    }

    /// Applies one edit. Edits that make no sense (an index past the end, a dose outside
    /// the rules, a count the link cannot carry) leave the draft as it was or clamp.
    pub fn apply(&mut self, action: BuilderAction) {
        use BuilderAction as A;
        match action {
            A::SetName(v) => self.name = v,
            A::SetClinician(v) => self.clinician = v,
            A::SetClinic(v) => self.clinic = v,
            A::SetTimes(n) => self.times = clamp_to(n, self.per.times_offered()),
            A::SetPer(per) => {
                self.per = per;
                self.times = clamp_to(self.times, per.times_offered());
            }
            A::SetWeeks(w) => self.weeks = w.clamp(1, MAX_WEEKS),
            A::SetAuto(on) => self.auto = on,
            A::SetLimits(on) => self.limits = on,
            A::SetComfortable(v) => self.comfortable = v,
            A::SetAcceptable(v) => self.acceptable = v,
            A::AddExercise(id) => self.add(id),
            A::Remove(i) if i < self.items.len() => {
                self.items.remove(i);
            }
            A::MoveUp(i) if i > 0 && i < self.items.len() => self.items.swap(i - 1, i),
            A::MoveDown(i) if i + 1 < self.items.len() => self.items.swap(i, i + 1),
            A::Move { from, to } if from < self.items.len() => {
                let item = self.items.remove(from);
                let to = to.min(self.items.len());
                self.items.insert(to, item);
            }
            A::SetDose { index, part, value } => {
                if let Some(it) = self.items.get_mut(index) {
                    it.dose = part.set(it.dose, value);
                }
            }
            A::SetNote { index, note } => {
                if let Some(it) = self.items.get_mut(index) {
                    it.note = note;
                }
            }
            A::Clear => *self = Draft::default(),
            A::Load(routine) => *self = Draft::from_saved(Some(&routine)),
            A::Remove(_) | A::MoveUp(_) | A::MoveDown(_) | A::Move { .. } => {}
        }
    }

    fn add(&mut self, id: ExerciseId) {
        if self.has(&id) || self.is_full() {
            return;
        }
        if let Some(e) = Catalog::builtin().get(&id) {
            self.items.push(Item {
                id,
                dose: e.dose,
                note: String::new(),
            });
        }
    }

    /// [`build_text`](Self::build_text), with what to fix first in English.
    pub fn build(&self) -> Result<SharedRoutine, String> {
        self.build_text().map_err(|why| english(&why))
    }

    /// The routine to share, or what to fix first, as a message.
    pub fn build_text(&self) -> Result<SharedRoutine, Text> {
        if self.items.is_empty() {
            return Err(Msg::PhysioNeedExercise.into());
        }
        let name = RoutineName::new(&self.name)
            .ok_or_else(|| Text::new(Msg::PhysioNeedName).with("max", RoutineName::MAX_CHARS))?;
        let text =
            |raw: &str, max, too_long: Msg| ShareText::new(raw, max).ok_or(Text::new(too_long));
        let thresholds = self
            .limits
            .then(|| Thresholds {
                comfortable_max: self.comfortable,
                acceptable_max: self.acceptable,
                ..Thresholds::default()
            })
            .filter(|t| t.check().is_ok());
        if self.limits && thresholds.is_none() {
            return Err(Msg::PhysioLimitsOrder.into());
        }
        Ok(SharedRoutine {
            name,
            clinician: text(
                &self.clinician,
                PERSON_MAX_CHARS,
                Msg::PhysioClinicianTooLong,
            )?,
            clinic: text(&self.clinic, PERSON_MAX_CHARS, Msg::PhysioClinicTooLong)?,
            frequency: self
                .per
                .frequency(clamp_to(self.times, self.per.times_offered())),
            weeks: self.weeks.clamp(1, MAX_WEEKS),
            auto_progress: self.auto,
            thresholds,
            exercises: self
                .items
                .iter()
                .map(|i| {
                    Ok(SharedExercise {
                        exercise: i.id.clone(),
                        dose: i.dose,
                        note: text(&i.note, NOTE_MAX_CHARS, Msg::PhysioNoteTooLong)?,
                    })
                })
                .collect::<Result<Vec<_>, Text>>()?,
        })
    }

    /// What to keep as the saved draft now, given what is kept: `Some(new)` when that
    /// should change (every valid routine is kept, so a closed tab loses nothing; an
    /// emptied one clears it), `None` to leave it.
    pub fn to_keep(&self, kept: Option<&SharedRoutine>) -> Option<Option<SharedRoutine>> {
        match self.build_text() {
            Ok(routine) if kept != Some(&routine) => Some(Some(routine)),
            Ok(_) => None,
            Err(_) if self.items.is_empty() && kept.is_some() => Some(None),
            Err(_) => None,
        }
    }
}

/// Where an exercise dragged from `from` ends when dropped in `gap` (the gap before the
/// exercise now at `gap`; `len` is after the last): the `to` of [`BuilderAction::Move`].
pub fn drop_index(from: usize, gap: usize) -> usize {
    if gap > from {
        gap - 1
    } else {
        gap
    }
}

/// A message in English, for the host and the draft's own defaults. These messages pick
/// no words by a number, so no plural rules are needed.
fn english(text: &Text) -> String {
    render(Lang::En, text, &Plain)
}

fn clamp_to(n: u8, range: RangeInclusive<u8>) -> u8 {
    n.clamp(*range.start(), *range.end())
}
