//! Browser storage: the only code that touches `localStorage`.
//!
//! Moves the saved document's string in and out under namespaced keys and turns every
//! browser failure into a `StorageProblem` the UI can explain. It never panics, never
//! writes over data it could not read, and decides nothing about the data itself
//! (that is `domain::saved`).

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Storage;

mod physio;

pub use physio::{LibraryLoad, LibrarySaveError};

use crate::domain::merge;
use crate::domain::saved::{self, AppData, NoticeAck, SavedError};
use crate::domain::text::Msg;

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
    /// What to tell her, as a message to show in her language.
    pub fn message(&self) -> Msg {
        match self {
            StorageProblem::Unavailable => Msg::StorageUnavailable,
            StorageProblem::Quarantined { .. } => Msg::StorageQuarantined,
            StorageProblem::Unreadable => Msg::StorageUnreadable,
            StorageProblem::Newer => Msg::StorageNewer,
            StorageProblem::WriteFailed => Msg::StorageWriteFailed,
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

/// This browser's record of backups (not part of her data: another phone has its own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BackupRecord {
    pub exported_ms: Option<i64>,
    pub dismissed_ms: Option<i64>,
}

/// The result of opening storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub data: AppData,
    pub mode: SaveMode,
    pub problems: Vec<StorageProblem>,
}

/// Namespaced access to the app's keys in `localStorage`.
///
/// It remembers the document as this tab last read or wrote it (shared by its clones),
/// so a save over a document another tab has written since merges the two instead of
/// overwriting (`merge::three_way`), and a change heard from another tab can be merged
/// with this tab's own.
#[derive(Clone, Debug)]
pub struct Store {
    namespace: String,
    synced: Rc<RefCell<Option<Synced>>>,
}

/// The document as this tab last read or wrote it, as text: parsed again only when
/// another tab has written since (rare), so no save or start-up copies her data.
#[derive(Debug)]
struct Synced {
    raw: String,
}

impl Synced {
    /// What this tab last had, as data (the base of a merge).
    fn data(&self) -> AppData {
        saved::from_json(&self.raw).unwrap_or_default()
    }
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.namespace == other.namespace
    }
}

impl Store {
    pub fn new(namespace: &str) -> Self {
        Self {
            namespace: namespace.to_owned(),
            synced: Rc::default(),
        }
    }

    fn remember(&self, raw: String) {
        *self.synced.borrow_mut() = Some(Synced { raw });
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
            Ok(None) => {
                let mut opened = fresh(SaveMode::Persist, Vec::new());
                opened.data.notice = storage
                    .get_item(&self.first_run_key())
                    .ok()
                    .flatten()
                    .and_then(|record| NoticeAck::from_record(&record));
                return opened;
            }
            Err(_) => return fresh(SaveMode::MemoryOnly, vec![StorageProblem::Unavailable]),
        };
        match saved::from_json(&raw) {
            Ok(data) => {
                self.remember(raw);
                Opened {
                    data,
                    mode: SaveMode::Persist,
                    problems: Vec::new(),
                }
            }
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

    /// Reads the document another tab has just written: what this tab last had (the
    /// base to merge from) and theirs. `None` when it is missing or unreadable, in which
    /// case the caller keeps what it has.
    pub fn reload(&self) -> Option<(AppData, AppData)> {
        let raw = self.backend()?.get_item(&self.doc_key()).ok()??;
        let theirs = saved::from_json(&raw).ok()?;
        let base = self
            .synced
            .borrow()
            .as_ref()
            .map_or_else(AppData::default, Synced::data);
        self.remember(raw);
        Some((base, theirs))
    }

    /// Writes the document. If another tab has written since this one last read or
    /// wrote it, the two are merged and the merge is written: `Ok(Some(merged))`, for
    /// this tab to adopt. A document from a newer app is never written over.
    pub fn save(&self, data: &AppData) -> Result<Option<AppData>, StorageProblem> {
        let storage = self.backend().ok_or(StorageProblem::Unavailable)?;
        let stored = storage.get_item(&self.doc_key()).ok().flatten();
        let moved_on = {
            let synced = self.synced.borrow();
            match (&stored, synced.as_ref()) {
                (Some(raw), Some(s)) if *raw != s.raw => Some(s.data()),
                (Some(_), None) => Some(AppData::default()),
                _ => None,
            }
        };
        let merged = match (moved_on, stored) {
            (Some(base), Some(raw)) => match saved::from_json(&raw) {
                Ok(theirs) => Some(merge::three_way(&base, data, &theirs)),
                Err(SavedError::NewerVersion { .. }) => return Err(StorageProblem::Newer),
                // Unreadable: keep it aside, then this tab's data is all there is.
                Err(SavedError::Corrupt(_)) => {
                    let key = self.quarantine_key(crate::web::clock::now_ms());
                    storage
                        .set_item(&key, &raw)
                        .map_err(|_| StorageProblem::WriteFailed)?;
                    None
                }
            },
            _ => None,
        };
        let to_write = merged.as_ref().unwrap_or(data);
        let raw = saved::to_json(to_write);
        storage
            .set_item(&self.doc_key(), &raw)
            .map_err(|_| StorageProblem::WriteFailed)?;
        self.remember(raw);
        Ok(merged.filter(|m| m != data))
    }

    /// Keeps her acknowledgement of the first-run notice given on the first visit's page
    /// (`first_visit`), before she has a document. Like her language, a record of this
    /// browser beside her document: `open` puts it into a fresh one, and the app's first
    /// save keeps it there.
    pub fn keep_first_run(&self, ack: NoticeAck) -> Result<(), StorageProblem> {
        let storage = self.backend().ok_or(StorageProblem::Unavailable)?;
        storage
            .set_item(&self.first_run_key(), &ack.to_record())
            .map_err(|_| StorageProblem::WriteFailed)
    }

    /// The key `keep_first_run` writes (the release build's `index.html` reads it too,
    /// with the document's, to choose between the first visit's page and the app).
    fn first_run_key(&self) -> String {
        format!("{}/first-run", self.namespace)
    }

    /// Keeps a copy of `data` under its own key before a restore replaces it, so a
    /// replace never loses anything. The key, or why it could not be kept.
    pub fn set_aside(&self, data: &AppData, now_ms: i64) -> Result<String, StorageProblem> {
        let storage = self.backend().ok_or(StorageProblem::Unavailable)?;
        let key = format!("{}/set-aside/{now_ms}", self.namespace);
        storage
            .set_item(&key, &saved::to_json(data))
            .map_err(|_| StorageProblem::WriteFailed)?;
        Ok(key)
    }

    /// Copies kept aside (set aside before a restore, or moved aside when damaged).
    pub fn kept_copies(&self) -> usize {
        self.keys()
            .iter()
            .filter(|k| k.contains("/set-aside/") || k.contains("/quarantine/"))
            .count()
    }

    /// Removes every key of this namespace: the document, copies kept aside, and the
    /// backup reminder's record. `false` if some could not be removed.
    pub fn delete_everything(&self) -> bool {
        let Some(storage) = self.backend() else {
            return false;
        };
        *self.synced.borrow_mut() = None;
        self.keys()
            .iter()
            .all(|key| storage.remove_item(key).is_ok())
    }

    /// When she last saved a backup, and when she last put the reminder away (ms).
    pub fn backup_record(&self) -> BackupRecord {
        let raw = self.raw("backup").unwrap_or_default();
        let mut parts = raw.split(',').map(|p| p.parse::<i64>().ok());
        BackupRecord {
            exported_ms: parts.next().flatten(),
            dismissed_ms: parts.next().flatten(),
        }
    }

    pub fn set_backup_record(&self, record: BackupRecord) {
        let text = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        if let Some(storage) = self.backend() {
            let value = format!("{},{}", text(record.exported_ms), text(record.dismissed_ms));
            let _ = storage.set_item(&format!("{}/backup", self.namespace), &value);
        }
    }

    /// The language she chose (a BCP 47 code), if she chose one in this browser.
    pub fn language(&self) -> Option<String> {
        self.raw("lang")
    }

    /// Keeps her choice of language (a preference of this browser, like the backup
    /// record, not part of her data). A failed write only means asking again next time.
    pub fn set_language(&self, code: &str) {
        if let Some(storage) = self.backend() {
            let _ = storage.set_item(&format!("{}/lang", self.namespace), code);
        }
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
