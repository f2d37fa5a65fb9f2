//! Backups: everything she saved, as one file she keeps (`export`), and reading such a
//! file back (`read`, `read_bytes`) with a preview of what it holds (`preview`).
//!
//! The file wraps the saved document, byte for byte as `saved::to_json` writes it:
//!
//! ```text
//! {"backup":"gentle-back","format":1,"exported_at_ms":1795000000000,"document":{"version":4,…}}
//! ```
//!
//! `format` versions the wrapper; the document keeps its own `version`, so every saved
//! format this build reads (and its migrations) is a backup format too. Reading is
//! strict and never panics: a file that is not a backup, is damaged, comes from a
//! newer app or is too large is a `BackupError` with a plain message (`text`), and
//! nothing is changed. Merging what was read into her data is `merge::import`.

use thiserror::Error;

use super::json::{self, read_i64, read_str, read_u32, Fields, Value};
use super::profile::{iso_from_day, DAY_MS};
use super::saved::{self, AppData, SavedError};
use super::text::Msg;

mod preview;

pub use preview::{preview, Preview};

/// The wrapper's version, the file's `format`. Files of a higher format are refused
/// as "from a newer version"; earlier ones (none yet) would be read as they were.
pub const FORMAT: u32 = 1;

/// The file's `backup` field: what says "this is a backup of this app".
pub const MARK: &str = "gentle-back";

/// The largest file read, in bytes (8 MiB), checked before anything is parsed.
///
/// Two years of daily sessions make a file of about 200 KB (format 5). The most the app
/// keeps, `history::MAX_LOGS` (1000) sessions each with a 500-character note, plus
/// weekly totals for older ones, is well under 2 MB. The true ceiling is local storage itself,
/// about 5 million characters per site in current browsers: a document that fills it,
/// with every note and name in a script of 3-byte characters, is still under about
/// 7.5 MB in the file. So every backup the app can make reads back, while a wrong file
/// (a video, an archive) is refused before it costs a phone memory and time. The UI
/// may check a picked file's size against it before reading the file at all.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// A backup read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// When the file was made, in milliseconds since the Unix epoch.
    pub exported_at_ms: i64,
    /// Everything it holds, migrated to the current version.
    pub data: AppData,
}

/// Why a file could not be read as a backup. `text` is the message to show her;
/// `Display` (and `detail`) what exactly went wrong, for the log.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum BackupError {
    #[error("empty file")]
    Empty,
    /// Not text, not JSON, or JSON that is not a backup of this app (a photo, another
    /// app's file, a saved document on its own).
    #[error("not a backup of this app")]
    NotABackup,
    /// A backup, but it cannot be read: the detail says where, for the log.
    #[error("damaged: {0}")]
    Damaged(String),
    /// The file's own format is newer than this build reads.
    #[error("backup format {format} (newer)")]
    NewerFormat { format: u32 },
    /// The saved document inside is of a newer version than this build reads.
    #[error("saved document version {version} (newer)")]
    NewerDocument { version: u32 },
    #[error("{bytes} bytes (at most {max})", max = MAX_BYTES)]
    TooLarge { bytes: usize },
}

impl BackupError {
    /// What to tell her: what is wrong, in plain words, and that nothing was changed.
    pub fn text(&self) -> Msg {
        match self {
            BackupError::Empty => Msg::WordsBackupEmpty,
            BackupError::NotABackup => Msg::WordsBackupNotABackup,
            BackupError::Damaged(_) => Msg::WordsBackupDamaged,
            BackupError::NewerFormat { .. } | BackupError::NewerDocument { .. } => {
                Msg::WordsBackupNewer
            }
            BackupError::TooLarge { .. } => Msg::WordsBackupTooLarge,
        }
    }

    /// What exactly went wrong, for the log (never shown to her).
    pub fn detail(&self) -> String {
        self.to_string()
    }

    /// True for a file from a newer version of the app (either part of it).
    pub fn is_newer(&self) -> bool {
        matches!(
            self,
            BackupError::NewerFormat { .. } | BackupError::NewerDocument { .. }
        )
    }
}

/// The file's text: her saved document, wrapped with the mark, the format and the time.
pub fn export(data: &AppData, now_ms: i64) -> String {
    // The document is embedded exactly as `saved` writes it (already compact JSON).
    let document = saved::to_json(data);
    format!(
        r#"{{"backup":"{MARK}","format":{FORMAT},"exported_at_ms":{now_ms},"document":{document}}}"#
    )
}

/// "gentle-back-2026-11-27.json": her local date at `now_ms` (`offset_min` from UTC).
pub fn file_name(now_ms: i64, offset_min: i32) -> String {
    format!("{MARK}-{}.json", iso_from_day(day_of(now_ms, offset_min)))
}

/// Her local day number at `at_ms`, saturating instead of overflowing: times read
/// from a file can be anything.
pub(crate) fn day_of(at_ms: i64, offset_min: i32) -> i64 {
    at_ms
        .saturating_add(i64::from(offset_min) * 60_000)
        .div_euclid(DAY_MS)
}

/// Reads a backup from a file's bytes: the size first, then text, then `read`.
pub fn read_bytes(bytes: &[u8]) -> Result<Backup, BackupError> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes: bytes.len() });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => read(text),
        Err(e) if mentions_mark(bytes) => Err(BackupError::Damaged(format!(
            "not UTF-8 text at byte {}",
            e.valid_up_to()
        ))),
        Err(_) => Err(BackupError::NotABackup),
    }
}

/// Reads a backup from a file's text. A leading byte-order mark (which some editors
/// add) is allowed; everything else must be exactly what `export` writes (fields in
/// any order, whitespace anywhere JSON allows it).
pub fn read(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    let value = match json::parse(text) {
        Ok(value) => value,
        // A backup cut short or garbled still starts with its mark.
        Err(e) if mentions_mark(text.as_bytes()) => {
            return Err(BackupError::Damaged(format!("not JSON ({e})")))
        }
        Err(_) => return Err(BackupError::NotABackup),
    };
    if value.get("backup") != Some(&Value::String(MARK.to_owned())) {
        return Err(BackupError::NotABackup);
    }
    // The format before anything else: a newer file may have fields this build does
    // not know, and is "newer", not "damaged".
    match value.get("format").map(Value::as_u64) {
        None => return Err(damaged("format: missing field")),
        Some(None) => return Err(damaged("format: expected a whole number")),
        Some(Some(0)) => return Err(damaged("format: 0 was never written")),
        Some(Some(format)) if format > u64::from(FORMAT) => {
            return Err(BackupError::NewerFormat {
                format: u32::try_from(format).unwrap_or(u32::MAX),
            })
        }
        Some(Some(_)) => {}
    }
    let (exported_at_ms, document) = outer(&value).map_err(|e| damaged(&e.to_string()))?;
    if exported_at_ms < 0 {
        return Err(damaged("exported_at_ms: before 1970"));
    }
    if !matches!(document, Value::Object(_)) {
        return Err(damaged("document: expected an object"));
    }
    let data = saved::from_json(&json::write(document)).map_err(|e| match e {
        SavedError::NewerVersion { found } => BackupError::NewerDocument { version: found },
        SavedError::Corrupt(detail) => BackupError::Damaged(format!("document: {detail}")),
    })?;
    Ok(Backup {
        exported_at_ms,
        data,
    })
}

/// The wrapper's fields, strictly: each of the right type, none missing, none unknown.
fn outer(value: &Value) -> Result<(i64, &Value), json::Error> {
    let fields = Fields::of(value)?;
    fields.req("backup", read_str)?;
    fields.req("format", read_u32)?;
    let exported_at_ms = fields.req("exported_at_ms", read_i64)?;
    let document = fields.req("document", Ok)?;
    fields.end()?;
    Ok((exported_at_ms, document))
}

fn damaged(detail: &str) -> BackupError {
    BackupError::Damaged(detail.to_owned())
}

/// True when the start of the file names this app's mark in quotes, as every backup
/// does in its first field: then a file that cannot be read is a damaged backup, not
/// some other file.
fn mentions_mark(bytes: &[u8]) -> bool {
    let head = bytes.get(..256).unwrap_or(bytes);
    let needle = format!("\"{MARK}\"");
    head.windows(needle.len()).any(|w| w == needle.as_bytes())
}
