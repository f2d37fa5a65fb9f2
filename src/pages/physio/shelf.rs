//! The physiotherapist's saved routines as the builder holds them: what is stored, what
//! this browser's storage said, and which routine is open in the builder (so "Save"
//! updates it). Every change re-reads what is stored first (another tab may have saved
//! since), applies one `PhysioLibrary` operation and writes the result back; when
//! storage refuses, nothing changes here and the reason comes back to say.

use std::rc::Rc;

use super::draft::Draft;
use crate::domain::physio_library::{PhysioLibrary, SavedRoutine};
use crate::domain::share::SharedRoutine;
use crate::domain::text::{Msg, Text};
use crate::web::storage::Store;

/// The saved routines, as the builder shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct Shelf {
    pub lib: Rc<PhysioLibrary>,
    /// What to tell her about this browser's storage, if anything.
    pub problem: Option<Msg>,
    /// Whether anything may be saved here.
    pub can_save: bool,
    /// The saved routine open in the builder.
    pub open: Option<i64>,
}

impl Shelf {
    /// What is stored, with `draft` open when it is exactly one of the saved routines
    /// (so after a reload "Save" still updates the one she opened).
    pub fn load(store: Option<&Store>, draft: Option<&SharedRoutine>) -> Shelf {
        let Some(store) = store else {
            return Shelf::unavailable();
        };
        let load = store.physio_library();
        let lib = load.library();
        let open = draft.and_then(|d| lib.routines.iter().find(|s| s.routine == *d).map(|s| s.id));
        Shelf {
            lib: Rc::new(lib),
            problem: load.message(),
            can_save: load.can_save(),
            open,
        }
    }

    fn unavailable() -> Shelf {
        Shelf {
            lib: Rc::default(),
            problem: Some(Msg::SavedStorageUnavailable),
            can_save: false,
            open: None,
        }
    }

    /// The saved routine open in the builder, if it is still saved.
    pub fn opened(&self) -> Option<&SavedRoutine> {
        self.open.and_then(|id| self.lib.get(id))
    }

    /// Whether replacing the draft would lose work: it has exercises and is not exactly
    /// the saved routine that is open.
    pub fn would_lose(&self, draft: &Draft) -> bool {
        let saved = self
            .opened()
            .is_some_and(|s| draft.build_text().ok().as_ref() == Some(&s.routine));
        !draft.items.is_empty() && !saved
    }

    /// This shelf after a change: the library written, `open` as given.
    pub fn with(&self, lib: PhysioLibrary, open: Option<i64>) -> Shelf {
        Shelf {
            lib: Rc::new(lib),
            open,
            ..self.clone()
        }
    }
}

/// Applies `op` to what is stored now and writes it back: the new library and what `op`
/// returned, or what to tell her (from `op`, or from storage) with nothing changed.
pub fn change<R>(
    store: Option<&Store>,
    op: impl FnOnce(&mut PhysioLibrary) -> Result<R, Text>,
) -> Result<(PhysioLibrary, R), Text> {
    let store = store.ok_or(Text::new(Msg::SavedStorageUnavailable))?;
    let load = store.physio_library();
    if !load.can_save() {
        return Err(load
            .message()
            .unwrap_or(Msg::SavedStorageUnavailable)
            .into());
    }
    let mut lib = load.library();
    let out = op(&mut lib)?;
    store
        .set_physio_library(&lib)
        .map_err(|e| Text::new(e.message()))?;
    Ok((lib, out))
}
