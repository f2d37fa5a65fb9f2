//! Browser storage: the only code that touches `localStorage`.
//!
//! Moves the saved document's string in and out under namespaced keys and turns every
//! browser failure into a `StorageProblem` the UI can explain. It never panics, never
//! writes over data it could not read, and decides nothing about the data itself
//! (that is `domain::saved`).

use web_sys::Storage;

use crate::domain::saved::{self, AppData, SavedError};

/// Something about storage she should know, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage is missing or blocked (private mode, site data blocked).
    Unavailable,
    /// The saved data could not be read; it was set aside under `key`.
    Quarantined { key: String },
    /// The saved data could not be read and could not even be set aside.
    Unreadable,
    /// A newer version of the app wrote the data; this one will not touch it.
    Newer,
    /// A write failed (usually the storage is full).
    WriteFailed,
}

impl StorageProblem {
    /// What to tell her.
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Unavailable => "This browser is not letting the app save anything \
                (private browsing or blocked site data?). You can still use it, but your \
                progress will be gone when you close the tab."
                .into(),
            StorageProblem::Quarantined { .. } => "Your saved progress could not be read, so \
                the app has started fresh. The damaged copy has been kept aside, not deleted."
                .into(),
            StorageProblem::Unreadable => "Your saved progress could not be read. It has been \
                left untouched, and nothing new will be saved in this tab."
                .into(),
            StorageProblem::Newer => "Your progress was saved by a newer version of this app. \
                To keep it safe, this version will not change it: reload the page to get the \
                newer version."
                .into(),
            StorageProblem::WriteFailed => "Your latest changes could not be saved, probably \
                because the browser's storage is full. They are kept while this tab stays open."
                .into(),
        }
    }
}

/// Whether changes may be written back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveMode {
    /// Storage works and holds (or will hold) our document.
    Persist,
    /// Keep everything in memory; storage is missing or holds something we must not touch.
    MemoryOnly,
}

/// The result of opening storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub data: AppData,
    pub mode: SaveMode,
    pub problems: Vec<StorageProblem>,
}

/// Namespaced access to the app's keys in `localStorage`.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    namespace: String,
}

impl Store {
    pub fn new(namespace: &str) -> Self {
        Self {
            namespace: namespace.to_owned(),
        }
    }

    /// The key of the saved document (also what `storage` events name).
    pub fn doc_key(&self) -> String {
        format!("{}/doc", self.namespace)
    }

    fn quarantine_key(&self, now_ms: i64) -> String {
        format!("{}/quarantine/{now_ms}", self.namespace)
    }

    /// `localStorage`, if the browser lets us have it and write to it.
    fn backend(&self) -> Option<Storage> {
        let storage = web_sys::window()?.local_storage().ok()??;
        let probe = format!("{}/probe", self.namespace);
        storage.set_item(&probe, "1").ok()?;
        storage.remove_item(&probe).ok()?;
        Some(storage)
    }

    /// Reads the saved document. A damaged one is moved aside (never overwritten).
    pub fn open(&self, now_ms: i64) -> Opened {
        let Some(storage) = self.backend() else {
            return Opened {
                data: AppData::default(),
                mode: SaveMode::MemoryOnly,
                problems: vec![StorageProblem::Unavailable],
            };
        };
        let raw = match storage.get_item(&self.doc_key()) {
            Ok(Some(raw)) => raw,
            Ok(None) => return fresh(SaveMode::Persist, Vec::new()),
            Err(_) => return fresh(SaveMode::MemoryOnly, vec![StorageProblem::Unavailable]),
        };
        match saved::from_json(&raw) {
            Ok(data) => Opened {
                data,
                mode: SaveMode::Persist,
                problems: Vec::new(),
            },
            Err(SavedError::NewerVersion { .. }) => {
                fresh(SaveMode::MemoryOnly, vec![StorageProblem::Newer])
            }
            Err(SavedError::Corrupt(_)) => {
                let key = self.quarantine_key(now_ms);
                // Only once the copy is safely aside may the original key be reused.
                if storage.set_item(&key, &raw).is_ok()
                    && storage.remove_item(&self.doc_key()).is_ok()
                {
                    fresh(SaveMode::Persist, vec![StorageProblem::Quarantined { key }])
                } else {
                    fresh(SaveMode::MemoryOnly, vec![StorageProblem::Unreadable])
                }
            }
        }
    }

    /// Reads the document again (after another tab changed it). `None` when it is
    /// missing or unreadable, in which case the caller keeps what it has.
    pub fn reload(&self) -> Option<AppData> {
        let raw = self.backend()?.get_item(&self.doc_key()).ok()??;
        saved::from_json(&raw).ok()
    }

    /// Writes the document.
    pub fn save(&self, data: &AppData) -> Result<(), StorageProblem> {
        let storage = self.backend().ok_or(StorageProblem::Unavailable)?;
        storage
            .set_item(&self.doc_key(), &saved::to_json(data))
            .map_err(|_| StorageProblem::WriteFailed)
    }

    /// Raw read of any key in this namespace (for tests and diagnostics).
    pub fn raw(&self, suffix: &str) -> Option<String> {
        let key = format!("{}/{suffix}", self.namespace);
        self.backend()?.get_item(&key).ok()?
    }

    /// Keys of this namespace currently in storage.
    pub fn keys(&self) -> Vec<String> {
        let Some(storage) = self.backend() else {
            return Vec::new();
        };
        let prefix = format!("{}/", self.namespace);
        let len = storage.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&prefix))
            .collect()
    }
}

fn fresh(mode: SaveMode, problems: Vec<StorageProblem>) -> Opened {
    Opened {
        data: AppData::default(),
        mode,
        problems,
    }
}
