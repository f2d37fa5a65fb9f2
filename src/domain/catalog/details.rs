//! The library's reading matter (`ExerciseDetails`: steps, advice, sources, drawings) as
//! one text file shipped beside the app instead of inside the wasm, so the first visit
//! downloads only what the first screens need.
//!
//! `build.rs` includes this file to write the text (`write`), named by a hash of its
//! content (`file_name`), so a cached copy can never belong to another build. The app
//! fetches it after the first screen is up and reads it with `parse`, which checks it as
//! strictly as any stored data: a damaged or mismatched file is an error, never a panic.
//!
//! The format, one field per line:
//! ```text
//! @walk-5
//! equipment<TAB>comfortable shoes
//! step<TAB>Walk slowly around your home…
//! mistake<TAB>…
//! stop<TAB>…
//! source<TAB>…
//! art<TAB><svg …>…</svg>
//! ```
//! Lists repeat their key, in order. Values escape `\` as `\\`, and a newline, carriage
//! return and tab as `\n`, `\r` and `\t`, so every value is one line.

use std::collections::BTreeMap;

use crate::domain::exercise::{ExerciseDetails, ExerciseId};
use crate::domain::text::words;

/// The first line of every details file; a file without it is not ours.
pub const HEADER: &str = "gentle-back exercise details 1";

/// Every entry's details, by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Details {
    entries: BTreeMap<ExerciseId, ExerciseDetails>,
}

impl Details {
    pub fn get(&self, id: &ExerciseId) -> Option<&ExerciseDetails> {
        self.entries.get(id)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The text of a details file for these entries, in the order given.
pub fn write<'a>(entries: impl IntoIterator<Item = (&'a str, &'a ExerciseDetails)>) -> String {
    let mut out = format!("{HEADER}\n");
    for (id, d) in entries {
        out.push('@');
        out.push_str(id);
        out.push('\n');
        let lists = [
            ("equipment", &d.equipment),
            ("step", &d.instructions),
            ("mistake", &d.mistakes),
            ("stop", &d.stop_if),
        ];
        for (key, values) in lists {
            for value in values {
                line(&mut out, key, value);
            }
        }
        line(&mut out, "source", &d.source);
        line(&mut out, "art", &d.illustration);
    }
    out
}

fn line(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push('\t');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('\n');
}

/// The file's name in the build: its content's FNV-1a hash, so each build's text has
/// its own address and no cache can hand one build another's.
pub fn file_name(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("exercise-details-{hash:016x}.txt")
}

/// Reads a details file. Every id in `expected` must appear exactly once, with its
/// instructions and drawing; anything unknown or malformed is an error naming the line.
pub fn parse(text: &str, expected: &[&ExerciseId]) -> Result<Details, String> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, HEADER)) => {}
        _ => return Err("not an exercise details file".into()),
    }
    let mut entries = BTreeMap::new();
    let mut current: Option<(ExerciseId, ExerciseDetails)> = None;
    for (i, raw) in lines {
        let at = |why: &str| format!("line {}: {why}", i + 1);
        if let Some(id) = raw.strip_prefix('@') {
            let id = ExerciseId::new(id).ok_or_else(|| at("not an exercise id"))?;
            finish(&mut entries, current.take()).map_err(|why| at(&why))?;
            current = Some((id, ExerciseDetails::default()));
            continue;
        }
        let (_, d) = current
            .as_mut()
            .ok_or_else(|| at("a field before any entry"))?;
        let (key, value) = raw.split_once('\t').ok_or_else(|| at("no field name"))?;
        let value = words::unescape(value, &[]).ok_or_else(|| at("a broken escape"))?;
        match key {
            "equipment" => d.equipment.push(value),
            "step" => d.instructions.push(value),
            "mistake" => d.mistakes.push(value),
            "stop" => d.stop_if.push(value),
            "source" => d.source = value,
            "art" => d.illustration = value,
            _ => return Err(at("an unknown field")),
        }
    }
    finish(&mut entries, current)?;
    if let Some(missing) = expected.iter().find(|id| !entries.contains_key(**id)) {
        return Err(format!("{missing} is missing"));
    }
    if entries.len() != expected.len() {
        return Err("it lists entries this build does not have".into());
    }
    Ok(Details { entries })
}

/// Files a finished entry: complete and new, or an error.
fn finish(
    entries: &mut BTreeMap<ExerciseId, ExerciseDetails>,
    entry: Option<(ExerciseId, ExerciseDetails)>,
) -> Result<(), String> {
    let Some((id, d)) = entry else { return Ok(()) };
    if d.instructions.is_empty() || !d.illustration.starts_with("<svg") {
        return Err(format!("{id} has no steps or no drawing"));
    }
    if entries.insert(id.clone(), d).is_some() {
        return Err(format!("{id} appears twice"));
    }
    Ok(())
}
