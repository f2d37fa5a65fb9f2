//! The saved routines as text: the document kept in storage (`to_json`, `from_json`) and
//! the file colleagues exchange (`export_file`, `import_file`).
//!
//! ```text
//! stored: {"v":1,"routines":[{"id":1795000000000,"saved_at_ms":1795000000000,"link":"AQ…"}]}
//! file:   {"kind":"gentle-back-routines","v":1,"exported_at_ms":1795000000000,"routines":[…]}
//! ```
//!
//! `link` is the routine's share-link code (`share::encode`), read back with
//! `share::decode`, so every rule of a shared routine applies. `v` versions the wrapper;
//! a higher one is "newer" and never written over. The file's `kind` tells it from a
//! patient's backup (`{"backup":"gentle-back",…}`) and any other file. Reading is
//! strict and never panics: an unknown field, a duplicate id or an unreadable link is
//! "damaged", and nothing is changed.

use super::{ImportSummary, LibraryError, PhysioLibrary, SavedRoutine, MAX_BYTES, MAX_SAVED};
use crate::domain::backup;
use crate::domain::json::{self, read_i64, read_str, Fields, Value, Writer};
use crate::domain::profile::iso_from_day;
use crate::domain::share::{self, Shared};

/// The wrapper's version this build writes (and the newest it reads).
pub const VERSION: u64 = 1;

/// The exchange file's `kind`: what says "saved routines of this app".
pub const FILE_KIND: &str = "gentle-back-routines";

/// The document kept in storage.
pub fn to_json(lib: &PhysioLibrary) -> String {
    let mut w = Writer::new();
    w.begin_object();
    w.key("v").u64(VERSION);
    write_routines(&mut w, lib);
    w.end_object();
    w.finish()
}

/// Reads the stored document back.
pub fn from_json(text: &str) -> Result<PhysioLibrary, LibraryError> {
    if text.len() > MAX_BYTES {
        return Err(LibraryError::TooLarge { bytes: text.len() });
    }
    let value = json::parse(text).map_err(|e| damaged(&format!("not JSON ({e})")))?;
    check_version(&value)?;
    let read = |value: &Value| -> Result<Vec<SavedRoutine>, json::Error> {
        let fields = Fields::of(value)?;
        fields.req("v", read_version)?;
        let routines = fields.list("routines", read_routine)?;
        fields.end()?;
        Ok(routines)
    };
    let routines = read(&value).map_err(|e| damaged(&e.to_string()))?;
    library(routines)
}

/// The exchange file: every saved routine, with the kind marker and the time.
pub fn export_file(lib: &PhysioLibrary, now_ms: i64) -> String {
    let mut w = Writer::new();
    w.begin_object();
    w.key("kind").str(FILE_KIND);
    w.key("v").u64(VERSION);
    w.key("exported_at_ms").i64(now_ms);
    write_routines(&mut w, lib);
    w.end_object();
    w.finish()
}

/// "gentle-back-routines-2026-11-27.json": her local date at `now_ms` (`offset_min`
/// from UTC).
pub fn file_name(now_ms: i64, offset_min: i32) -> String {
    format!(
        "{FILE_KIND}-{}.json",
        iso_from_day(backup::day_of(now_ms, offset_min))
    )
}

/// Adds the routines of an exchange file that `lib` does not have. One with the same id
/// and the same routine is skipped; one with a taken id but another routine is added
/// under a new id. Nothing is ever removed or replaced, and on any error nothing changes.
pub fn import_file(
    lib: &mut PhysioLibrary,
    text: &str,
    now_ms: i64,
) -> Result<ImportSummary, LibraryError> {
    let incoming = read_file(text)?;
    let mut summary = ImportSummary::default();
    let mut fresh = Vec::new();
    for saved in incoming {
        match lib.get(saved.id) {
            Some(have) if have.routine == saved.routine => summary.skipped += 1,
            _ => fresh.push(saved),
        }
    }
    let room = MAX_SAVED.saturating_sub(lib.len());
    if fresh.len() > room {
        return Err(LibraryError::TooMany {
            adding: fresh.len(),
            room,
        });
    }
    for mut saved in fresh {
        if lib.get(saved.id).is_some() {
            saved.id = lib.fresh_id(now_ms);
        }
        lib.routines.push(saved);
        summary.added += 1;
    }
    lib.sort();
    Ok(summary)
}

/// The routines of an exchange file, strictly.
fn read_file(text: &str) -> Result<Vec<SavedRoutine>, LibraryError> {
    if text.len() > MAX_BYTES {
        return Err(LibraryError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LibraryError::Empty);
    }
    let value = match json::parse(text) {
        Ok(value) => value,
        // A file of routines cut short or garbled still starts with its kind.
        Err(e) if mentions(text, FILE_KIND) => return Err(damaged(&format!("not JSON ({e})"))),
        Err(_) if mentions(text, backup::MARK) => return Err(LibraryError::PatientBackup),
        Err(_) => return Err(LibraryError::NotALibraryFile),
    };
    if value.get("backup") == Some(&Value::String(backup::MARK.to_owned())) {
        return Err(LibraryError::PatientBackup);
    }
    if value.get("kind") != Some(&Value::String(FILE_KIND.to_owned())) {
        return Err(LibraryError::NotALibraryFile);
    }
    check_version(&value)?;
    let read = |value: &Value| -> Result<Vec<SavedRoutine>, json::Error> {
        let fields = Fields::of(value)?;
        fields.req("kind", read_str)?;
        fields.req("v", read_version)?;
        fields.req("exported_at_ms", read_i64)?;
        let routines = fields.list("routines", read_routine)?;
        fields.end()?;
        Ok(routines)
    };
    let routines = read(&value).map_err(|e| damaged(&e.to_string()))?;
    Ok(library(routines)?.routines)
}

/// The version first: a newer document may hold fields this build does not know, and
/// is "newer", not "damaged".
fn check_version(value: &Value) -> Result<(), LibraryError> {
    match value.get("v").map(Value::as_u64) {
        None => Err(damaged("v: missing field")),
        Some(None) => Err(damaged("v: expected a whole number")),
        Some(Some(0)) => Err(damaged("v: 0 was never written")),
        Some(Some(version)) if version > VERSION => Err(LibraryError::Newer { version }),
        Some(Some(_)) => Ok(()),
    }
}

/// `"routines":[…]`, in the library's order.
fn write_routines(w: &mut Writer, lib: &PhysioLibrary) {
    w.key("routines").begin_array();
    for saved in &lib.routines {
        w.begin_object();
        w.key("id").i64(saved.id);
        w.key("saved_at_ms").i64(saved.saved_at_ms);
        w.key("link")
            .str(&share::encode(&Shared::Routine(saved.routine.clone())));
        w.end_object();
    }
    w.end_array();
}

fn read_version(value: &Value) -> Result<u64, json::Error> {
    value
        .as_u64()
        .ok_or_else(|| json::Error::new("expected a whole number"))
}

fn read_routine(value: &Value) -> Result<SavedRoutine, json::Error> {
    let fields = Fields::of(value)?;
    let id = fields.req("id", read_i64)?;
    let saved_at_ms = fields.req("saved_at_ms", read_i64)?;
    let link = fields.req("link", read_str)?;
    fields.end()?;
    if saved_at_ms < 0 {
        return Err(json::Error::new("before 1970").in_field("saved_at_ms"));
    }
    let routine = match share::decode(link) {
        Ok(Shared::Routine(routine)) => routine,
        Ok(Shared::Summary(_)) => {
            return Err(json::Error::new("a progress summary, not a routine").in_field("link"))
        }
        Ok(Shared::Carer(_)) => {
            return Err(json::Error::new("a carer's link, not a routine").in_field("link"))
        }
        Err(_) => return Err(json::Error::new("not a routine's link").in_field("link")),
    };
    Ok(SavedRoutine {
        id,
        saved_at_ms,
        routine,
    })
}

/// The routines read, checked for repeated ids, newest saved first.
fn library(routines: Vec<SavedRoutine>) -> Result<PhysioLibrary, LibraryError> {
    let mut ids: Vec<i64> = routines.iter().map(|saved| saved.id).collect();
    ids.sort_unstable();
    if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(damaged(&format!("routines: id {} twice", pair[0])));
    }
    let mut lib = PhysioLibrary { routines };
    lib.sort();
    Ok(lib)
}

fn damaged(detail: &str) -> LibraryError {
    LibraryError::Damaged(detail.to_owned())
}

/// True when the start of `text` names `mark` in quotes, as the first field of a file of
/// routines (or of a patient's backup) does.
fn mentions(text: &str, mark: &str) -> bool {
    let head = text.as_bytes().get(..256).unwrap_or(text.as_bytes());
    let needle = format!("\"{mark}\"");
    head.windows(needle.len()).any(|w| w == needle.as_bytes())
}
