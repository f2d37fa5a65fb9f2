//! The physiotherapist's saved routines: the routines she built at her desk, kept in her
//! own browser to open, edit, duplicate, rename and delete, and shared between colleagues
//! as a file.
//!
//! Owns the list and its operations, the stored document and the exchange file (both in
//! `physio_library/file.rs`), and what to say when a file cannot be read. It is never
//! part of a patient's saved document (`saved`): the browser layer keeps it under its
//! own key. Each routine is stored as its share-link code (`share::encode`), so its
//! format is the link's: versioned, checked, and golden-tested already.

use thiserror::Error;

use super::routine::RoutineName;
use super::share::SharedRoutine;
use super::text::{Msg, Text};

mod file;

pub use file::{export_file, file_name, from_json, import_file, to_json, FILE_KIND, VERSION};

/// The most routines the library holds: the builder offers no new save beyond it
/// (`is_full`), and an import that would pass it is refused.
pub const MAX_SAVED: usize = 200;

/// The largest stored document or file read, in bytes (4 MiB), checked before anything
/// is parsed. `MAX_SAVED` routines at the longest a link can be (12 KiB each) take
/// about 2.4 MB; a typical routine takes about 200 bytes.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// One saved routine.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedRoutine {
    /// Unique in the library and kept in files, so an import recognises it: the
    /// milliseconds it was first saved, moved on when that is taken.
    pub id: i64,
    /// When it was last saved (created, edited or renamed), in ms since the Unix epoch.
    pub saved_at_ms: i64,
    /// A routine that passes `SharedRoutine::check` (the builder saves only those).
    pub routine: SharedRoutine,
}

/// Her saved routines, newest saved first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhysioLibrary {
    pub routines: Vec<SavedRoutine>,
}

/// What an import added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Routines added to the library.
    pub added: usize,
    /// Routines already there (same id, same routine), left as they were.
    pub skipped: usize,
}

impl ImportSummary {
    /// What to tell her after an import.
    pub fn text(&self) -> Text {
        Text::new(Msg::SavedImported)
            .with("added", self.added)
            .with("skipped", self.skipped)
    }
}

/// Why a stored document or a file could not be read. `text` is the message to show;
/// `Display` says exactly what went wrong, for the log.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LibraryError {
    #[error("empty file")]
    Empty,
    /// Not JSON, or JSON that is not this app's set of routines (a photo, another app's
    /// file).
    #[error("not a file of saved routines")]
    NotALibraryFile,
    /// A patient's backup of her own data (`backup`), not routines.
    #[error("a patient's backup, not saved routines")]
    PatientBackup,
    /// Routines, but they cannot be read: the detail says where, for the log.
    #[error("damaged: {0}")]
    Damaged(String),
    /// Written by a newer version of the app; never written over.
    #[error("version {version} (newer)")]
    Newer { version: u64 },
    #[error("{bytes} bytes (at most {max})", max = MAX_BYTES)]
    TooLarge { bytes: usize },
    /// Adding the file's routines would pass `MAX_SAVED`.
    #[error("{adding} routines to add, room for {room}")]
    TooMany { adding: usize, room: usize },
}

impl LibraryError {
    /// What to tell her: what is wrong, and that nothing was changed.
    pub fn text(&self) -> Text {
        match self {
            LibraryError::Empty => Text::new(Msg::SavedErrorEmpty),
            LibraryError::NotALibraryFile => Text::new(Msg::SavedErrorNotALibrary),
            LibraryError::PatientBackup => Text::new(Msg::SavedErrorPatientBackup),
            LibraryError::Damaged(_) => Text::new(Msg::SavedErrorDamaged),
            LibraryError::Newer { .. } => Text::new(Msg::SavedErrorNewer),
            LibraryError::TooLarge { .. } => Text::new(Msg::SavedErrorTooLarge),
            LibraryError::TooMany { adding, room } => Text::new(Msg::SavedErrorTooMany)
                .with("adding", *adding)
                .with("room", *room)
                .with("max", MAX_SAVED),
        }
    }
}

impl PhysioLibrary {
    /// Saves `routine` as a new entry; its id.
    pub fn save_new(&mut self, routine: SharedRoutine, now_ms: i64) -> i64 {
        let id = self.fresh_id(now_ms);
        self.routines.push(SavedRoutine {
            id,
            saved_at_ms: now_ms,
            routine,
        });
        self.sort();
        id
    }

    /// Replaces the routine saved as `id`; `false` when there is none.
    pub fn update(&mut self, id: i64, routine: SharedRoutine, now_ms: i64) -> bool {
        self.touch(id, now_ms, |saved| saved.routine = routine)
    }

    /// Saves a copy of `id` named `name`; the copy's id, or `None` when there is no `id`.
    pub fn duplicate(&mut self, id: i64, name: RoutineName, now_ms: i64) -> Option<i64> {
        let mut routine = self.get(id)?.routine.clone();
        routine.name = name;
        Some(self.save_new(routine, now_ms))
    }

    /// Renames `id`; `false` when there is none.
    pub fn rename(&mut self, id: i64, name: RoutineName, now_ms: i64) -> bool {
        self.touch(id, now_ms, |saved| saved.routine.name = name)
    }

    /// Deletes `id`; `false` when there is none.
    pub fn delete(&mut self, id: i64) -> bool {
        let before = self.routines.len();
        self.routines.retain(|saved| saved.id != id);
        self.routines.len() != before
    }

    pub fn get(&self, id: i64) -> Option<&SavedRoutine> {
        self.routines.iter().find(|saved| saved.id == id)
    }

    pub fn len(&self) -> usize {
        self.routines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.routines.is_empty()
    }

    /// True when it holds `MAX_SAVED` routines: delete some before saving another.
    pub fn is_full(&self) -> bool {
        self.routines.len() >= MAX_SAVED
    }

    /// Changes `id` with `change` and marks it saved at `now_ms`.
    fn touch(&mut self, id: i64, now_ms: i64, change: impl FnOnce(&mut SavedRoutine)) -> bool {
        let Some(saved) = self.routines.iter_mut().find(|saved| saved.id == id) else {
            return false;
        };
        change(saved);
        saved.saved_at_ms = now_ms;
        self.sort();
        true
    }

    /// An id no entry has: `now_ms`, or just past the largest id when that is taken (two
    /// saves in one millisecond, or a clock set back).
    fn fresh_id(&self, now_ms: i64) -> i64 {
        let taken = |id: i64| self.routines.iter().any(|saved| saved.id == id);
        let next = match self.routines.iter().map(|saved| saved.id).max() {
            Some(max) if max >= now_ms => max.checked_add(1),
            _ => Some(now_ms),
        };
        // Past the largest id there is always room, unless a file brought in the largest
        // integer: then the first free one from `now_ms` (at most `len` are taken).
        next.filter(|&id| !taken(id)).unwrap_or_else(|| {
            (0..=self.routines.len() as i64)
                .map(|k| now_ms.wrapping_add(k))
                .find(|&id| !taken(id))
                .unwrap_or(now_ms)
        })
    }

    /// Newest saved first; the newer id first on a tie.
    fn sort(&mut self) {
        self.routines
            .sort_by_key(|s| std::cmp::Reverse((s.saved_at_ms, s.id)));
    }
}
