//! The physiotherapist's saved routines in this browser: kept under their own key, apart
//! from her patient's document, read and written as strictly as it is.

use crate::domain::physio_library::{self, LibraryError, PhysioLibrary};
use crate::domain::text::Msg;

use super::Store;

/// What `Store::physio_library` found: the physiotherapist's saved routines, kept apart
/// from her patient's document.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryLoad {
    /// Read (empty when nothing was saved yet); saves may be written.
    Ready(PhysioLibrary),
    /// Storage is missing or blocked: nothing can be saved in this browser.
    Unavailable,
    /// The stored value could not be read and was moved aside under its own key; the
    /// library starts empty and saves may be written.
    Quarantined(PhysioLibrary),
    /// The stored value could not be read, nor moved aside: it is left untouched and
    /// nothing is written over it.
    Unreadable,
    /// A newer version of the app wrote it: left untouched, never written over.
    Newer,
}

impl LibraryLoad {
    /// The routines to show (none when they could not be read).
    pub fn library(&self) -> PhysioLibrary {
        match self {
            LibraryLoad::Ready(lib) | LibraryLoad::Quarantined(lib) => lib.clone(),
            _ => PhysioLibrary::default(),
        }
    }

    /// Whether changes may be written back (`set_physio_library`).
    pub fn can_save(&self) -> bool {
        matches!(self, LibraryLoad::Ready(_) | LibraryLoad::Quarantined(_))
    }

    /// What to tell the physiotherapist, if anything.
    pub fn message(&self) -> Option<Msg> {
        match self {
            LibraryLoad::Ready(_) => None,
            LibraryLoad::Unavailable => Some(Msg::SavedStorageUnavailable),
            LibraryLoad::Quarantined(_) => Some(Msg::SavedStorageQuarantined),
            LibraryLoad::Unreadable => Some(Msg::SavedStorageUnreadable),
            LibraryLoad::Newer => Some(Msg::SavedStorageNewer),
        }
    }
}

/// Why `Store::set_physio_library` wrote nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibrarySaveError {
    /// Storage is missing or blocked.
    Unavailable,
    /// A newer version of the app wrote the stored routines; they are left as they are.
    Newer,
    /// A write failed (usually the storage is full).
    WriteFailed,
}

impl LibrarySaveError {
    /// What to tell the physiotherapist.
    pub fn message(self) -> Msg {
        match self {
            LibrarySaveError::Unavailable => Msg::SavedStorageUnavailable,
            LibrarySaveError::Newer => Msg::SavedStorageNewer,
            LibrarySaveError::WriteFailed => Msg::SavedStorageWriteFailed,
        }
    }
}

// The physiotherapist's saved routines: one key of their own, never her document's.
impl Store {
    /// The key of the saved routines (also what `storage` events name).
    pub fn physio_library_key(&self) -> String {
        format!("{}/physio-routines", self.namespace)
    }

    /// Where an unreadable value is moved aside.
    fn physio_corrupt_key(&self, now_ms: i64) -> String {
        format!("{}.corrupt-{now_ms}", self.physio_library_key())
    }

    /// Reads the saved routines. An unreadable value is moved aside (never overwritten);
    /// one from a newer app is left untouched.
    pub fn physio_library(&self) -> LibraryLoad {
        let Some(storage) = self.backend() else {
            return LibraryLoad::Unavailable;
        };
        let key = self.physio_library_key();
        let raw = match storage.get_item(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return LibraryLoad::Ready(PhysioLibrary::default()),
            Err(_) => return LibraryLoad::Unavailable,
        };
        match physio_library::from_json(&raw) {
            Ok(lib) => LibraryLoad::Ready(lib),
            Err(LibraryError::Newer { .. }) => LibraryLoad::Newer,
            Err(_) => {
                let aside = self.physio_corrupt_key(crate::web::clock::now_ms());
                // Only once the copy is safely aside may the key be reused.
                if storage.set_item(&aside, &raw).is_ok() && storage.remove_item(&key).is_ok() {
                    LibraryLoad::Quarantined(PhysioLibrary::default())
                } else {
                    LibraryLoad::Unreadable
                }
            }
        }
    }

    /// Writes the saved routines. A stored value from a newer app is never written over;
    /// an unreadable one is moved aside first.
    pub fn set_physio_library(&self, lib: &PhysioLibrary) -> Result<(), LibrarySaveError> {
        let storage = self.backend().ok_or(LibrarySaveError::Unavailable)?;
        let key = self.physio_library_key();
        if let Some(raw) = storage.get_item(&key).ok().flatten() {
            match physio_library::from_json(&raw) {
                Ok(_) => {}
                Err(LibraryError::Newer { .. }) => return Err(LibrarySaveError::Newer),
                Err(_) => {
                    let aside = self.physio_corrupt_key(crate::web::clock::now_ms());
                    storage
                        .set_item(&aside, &raw)
                        .map_err(|_| LibrarySaveError::WriteFailed)?;
                }
            }
        }
        storage
            .set_item(&key, &physio_library::to_json(lib))
            .map_err(|_| LibrarySaveError::WriteFailed)
    }
}
