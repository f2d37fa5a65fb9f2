//! The builder's form as typed, and turning it into a routine to share (or saying
//! what to fix first).

use crate::domain::exercise::{Dose, ExerciseId};
use crate::domain::routine::RoutineName;
use crate::domain::settings::Thresholds;
use crate::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};

#[derive(Clone, PartialEq)]
pub(super) struct Item {
    pub(super) id: ExerciseId,
    pub(super) dose: Dose,
    pub(super) note: String,
}

/// The form as typed, before validation.
#[derive(Clone, PartialEq)]
pub(super) struct Draft {
    pub(super) name: String,
    pub(super) clinician: String,
    pub(super) clinic: String,
    pub(super) per_week: bool,
    pub(super) times: u8,
    pub(super) weeks: u8,
    pub(super) auto: bool,
    pub(super) limits: bool,
    pub(super) comfortable: u8,
    pub(super) acceptable: u8,
    pub(super) items: Vec<Item>,
}

impl Draft {
    pub(super) fn from(saved: Option<&SharedRoutine>) -> Self {
        let Some(r) = saved else {
            return Draft {
                name: "Home exercises".into(),
                clinician: String::new(),
                clinic: String::new(),
                per_week: false,
                times: 1,
                weeks: 6,
                auto: false,
                limits: false,
                comfortable: 3,
                acceptable: 5,
                items: Vec::new(),
            };
        };
        let (per_week, times) = match r.frequency {
            Frequency::PerDay(n) => (false, n),
            Frequency::PerWeek(n) => (true, n),
        };
        Draft {
            name: r.name.as_str().to_owned(),
            clinician: r.clinician.as_str().to_owned(),
            clinic: r.clinic.as_str().to_owned(),
            per_week,
            times,
            weeks: r.weeks,
            auto: r.auto_progress,
            limits: r.thresholds.is_some(),
            comfortable: r.thresholds.map_or(3, |t| t.comfortable_max),
            acceptable: r.thresholds.map_or(5, |t| t.acceptable_max),
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

    /// The routine to share, or what to fix first.
    pub(super) fn build(&self) -> Result<SharedRoutine, String> {
        if self.items.is_empty() {
            return Err("Add at least one exercise.".into());
        }
        let name =
            RoutineName::new(&self.name).ok_or("Give the routine a name (up to 60 characters).")?;
        let text = |raw: &str, max, what: &str| {
            ShareText::new(raw, max).ok_or(format!("{what} is too long or has line breaks."))
        };
        let thresholds = self
            .limits
            .then(|| Thresholds {
                comfortable_max: self.comfortable,
                acceptable_max: self.acceptable,
                ..Thresholds::default()
            })
            .filter(|t| t.check().is_ok());
        if self.limits && thresholds.is_none() {
            return Err("The comfortable pain limit must not be above the acceptable one.".into());
        }
        Ok(SharedRoutine {
            name,
            clinician: text(&self.clinician, 60, "Your name")?,
            clinic: text(&self.clinic, 60, "The clinic")?,
            frequency: if self.per_week {
                Frequency::PerWeek(self.times.clamp(1, 7))
            } else {
                Frequency::PerDay(self.times.clamp(1, 5))
            },
            weeks: self.weeks.clamp(1, 52),
            auto_progress: self.auto,
            thresholds,
            exercises: self
                .items
                .iter()
                .map(|i| {
                    Ok(SharedExercise {
                        exercise: i.id.clone(),
                        dose: i.dose,
                        note: text(&i.note, 120, "A note")?,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?,
        })
    }
}
