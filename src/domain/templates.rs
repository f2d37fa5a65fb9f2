//! The builder's templates: a handful of starting routines (`templates/*.toml`), each
//! gated like the library, which the physiotherapist edits before sharing.
//!
//! The files are checked at build time against the library and the English messages
//! (the format and its rules: `templates/parse.rs`, not part of the app) and compiled in
//! here. Owns the templates and turning one into a routine to edit; it does not know
//! the builder's screens.

use super::exercise::{Dose, ExerciseId, Work};
use super::routine::RoutineName;
use super::share::{Frequency, ShareText, SharedExercise, SharedRoutine, NOTE_MAX_CHARS};
use super::text::{plain, Lang, Msg, Text};

/// One exercise of a template, at the template's dose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TemplateItem {
    /// A library id (checked at build time).
    pub exercise: &'static str,
    pub dose: Dose,
    /// A word for the patient, in every language (at most `NOTE_MAX_CHARS` characters).
    pub note: Option<Msg>,
}

/// A starting routine for the builder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Template {
    /// Its file's name; stable.
    pub id: &'static str,
    pub name: Msg,
    /// One line saying what it holds.
    pub summary: Msg,
    /// The earliest week after a vaginal birth it suits (never before any of its
    /// exercises' own stage).
    pub vaginal_weeks: u8,
    /// The earliest week after a caesarean it suits (never before `vaginal_weeks`).
    pub caesarean_weeks: u8,
    pub frequency: Frequency,
    /// How long to follow it, in weeks.
    pub weeks: u8,
    /// Whether the app may step doses by her comfort reports.
    pub auto_progress: bool,
    /// In order; 1 to 20.
    pub items: &'static [TemplateItem],
}

// `static TEMPLATES: &[Template]`, in the order the builder offers them.
include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// Every template, in the order the builder offers them (static data: cheap to call).
pub fn templates() -> &'static [Template] {
    TEMPLATES
}

/// The template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

impl Template {
    /// The template as a routine to edit, named `name` (the physio edits it before sharing).
    ///
    /// The notes are in English; `routine_in` writes them in the patient's language.
    pub fn routine(&self, name: RoutineName) -> SharedRoutine {
        self.routine_in(Lang::default(), name)
    }

    /// The template as a routine to edit, named `name`, with its notes in `lang`.
    /// Clinician and clinic are empty and the pain thresholds hers (`None`).
    pub fn routine_in(&self, lang: Lang, name: RoutineName) -> SharedRoutine {
        SharedRoutine {
            name,
            clinician: ShareText::default(),
            clinic: ShareText::default(),
            frequency: self.frequency,
            weeks: self.weeks,
            auto_progress: self.auto_progress,
            thresholds: None,
            exercises: self
                .items
                .iter()
                .filter_map(|item| {
                    Some(SharedExercise {
                        exercise: ExerciseId::new(item.exercise)?,
                        dose: item.dose,
                        note: item
                            .note
                            .and_then(|n| {
                                ShareText::new(&plain(lang, &Text::new(n)), NOTE_MAX_CHARS)
                            })
                            .unwrap_or_default(),
                    })
                })
                .collect(),
        }
    }

    /// Whether it suits someone `weeks` after a birth of this kind (caesarean or not).
    pub fn suits(&self, weeks: u8, caesarean: bool) -> bool {
        weeks >= self.earliest_week(caesarean)
    }

    /// The earliest week it suits after a birth of this kind.
    pub fn earliest_week(&self, caesarean: bool) -> u8 {
        if caesarean {
            self.caesarean_weeks
        } else {
            self.vaginal_weeks
        }
    }

    /// The library ids of its exercises, in order.
    pub fn exercise_ids(&self) -> impl Iterator<Item = &'static str> {
        self.items.iter().map(|item| item.exercise)
    }
}
