//! The exercise file format: the TOML wire types, the library's listing, and every rule
//! an entry must meet to become an `Exercise`.
//!
//! Not compiled into the app. `build.rs` includes this file (with `src/domain/exercise.rs`
//! as `crate::domain::exercise`) to turn `exercises/*.toml` and `exercises/art/*.svg` into
//! static data at build time, so a bad file fails the build, never a user's browser, and
//! no TOML parser ships in the wasm. `tests/catalog.rs` includes it too, to check the
//! built-in data against the files and the rules against bad input: one set of rules.
//! The library's words in other languages are checked in `translate.rs`, and the listing
//! and the reading of the files are in `sources.rs`: children of this module
//! (`parse::translate`, `parse::read_sources`).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use thiserror::Error;

use crate::domain::exercise::{
    Dose, Exercise, ExerciseDetails, ExerciseId, Kind, Posture, Region, Sides, Stage, Work,
};

#[path = "sources.rs"]
mod sources;
pub use sources::{read_sources, Source};
// The listing itself is checked by tests/catalog.rs; the build script reads it only
// through `read_sources`.
#[allow(unused_imports)]
pub use sources::LISTING;

#[path = "translate.rs"]
mod translate;
pub use translate::translate;

/// Why one entry of the library is unusable. Each message names the file and the field.
#[derive(Debug, Error, PartialEq)]
pub enum CatalogError {
    #[error("{file}: cannot be read: {message}")]
    Read { file: String, message: String },
    #[error("{file}: not in the library's LISTING (src/domain/catalog/sources.rs)")]
    Unlisted { file: String },
    #[error("exercises/{id}.toml: the file does not parse: {message}")]
    Parse { id: String, message: String },
    #[error("exercises/{id}.toml: `id` is {found:?}, not the file's name")]
    IdMismatch { id: String, found: String },
    #[error("{}: `{field}` is invalid: {why}", file_of(.id, .field))]
    Field {
        id: String,
        field: &'static str,
        why: String,
    },
    #[error("exercises/{id}.toml: `{field}` points to {target:?}, which is not in the library")]
    Dangling {
        id: String,
        field: &'static str,
        target: String,
    },
    #[error("exercises/{id}.toml: `easier`/`harder` links are not mutual with {other}")]
    NotMutual { id: String, other: String },
    #[error("exercises/{id}.toml: its progression chain loops")]
    Cycle { id: String },
    #[error("{id}: listed twice in the library's LISTING (src/domain/catalog/sources.rs)")]
    Duplicate { id: String },
    #[error("{file}: {why}")]
    Translation { file: String, why: String },
}

/// The file a field lives in: the illustration is its own SVG file.
fn file_of(id: &str, field: &str) -> String {
    if field == "illustration" {
        format!("exercises/art/{id}.svg")
    } else {
        format!("exercises/{id}.toml")
    }
}

/// Parses and validates `sources`, returning the entries that passed, in order, and
/// every problem (including dangling, non-mutual and looping links).
pub fn load(sources: &[Source]) -> (Vec<(Exercise, ExerciseDetails)>, Vec<CatalogError>) {
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for source in sources {
        if !seen.insert(source.id) {
            errors.push(CatalogError::Duplicate {
                id: source.id.to_owned(),
            });
            continue;
        }
        match parse_entry(source) {
            Ok(entry) => entries.push(entry),
            Err(err) => errors.push(err),
        }
    }
    let exercises: Vec<Exercise> = entries.iter().map(|(e, _)| e.clone()).collect();
    errors.extend(link_errors(&exercises));
    (entries, errors)
}

/// Dangling, non-mutual and looping easier/harder links.
fn link_errors(entries: &[Exercise]) -> Vec<CatalogError> {
    let by_id: BTreeMap<&ExerciseId, &Exercise> = entries.iter().map(|e| (&e.id, e)).collect();
    let mut errors = Vec::new();
    for e in entries {
        for (field, target, back) in [("easier", &e.easier, true), ("harder", &e.harder, false)] {
            let Some(target) = target else { continue };
            match by_id.get(target) {
                None => errors.push(CatalogError::Dangling {
                    id: e.id.to_string(),
                    field,
                    target: target.to_string(),
                }),
                Some(other) => {
                    let points_back = if back { &other.harder } else { &other.easier };
                    if points_back.as_ref() != Some(&e.id) {
                        errors.push(CatalogError::NotMutual {
                            id: e.id.to_string(),
                            other: other.id.to_string(),
                        });
                    }
                }
            }
        }
        let mut seen = BTreeSet::from([&e.id]);
        let mut cursor = e.harder.as_ref();
        while let Some(next) = cursor {
            if !seen.insert(next) {
                errors.push(CatalogError::Cycle {
                    id: e.id.to_string(),
                });
                break;
            }
            cursor = by_id.get(next).and_then(|n| n.harder.as_ref());
        }
    }
    errors
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireExercise {
    id: String,
    name: String,
    kind: String,
    helps: Vec<String>,
    position: String,
    /// Where it is mainly done: a `Posture` key.
    posture: String,
    #[serde(default)]
    equipment: Vec<String>,
    summary: String,
    instructions: Vec<String>,
    cues: Vec<String>,
    mistakes: Vec<String>,
    stop_if: Vec<String>,
    #[serde(default = "default_sides")]
    sides: String,
    /// Counts toward the weekly minutes of moderate activity (walks always do).
    #[serde(default)]
    aerobic: bool,
    easier: Option<String>,
    harder: Option<String>,
    source: String,
    stage: WireStage,
    dose: WireDose,
}

fn default_sides() -> String {
    "both".to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireStage {
    vaginal_weeks: u8,
    caesarean_weeks: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireDose {
    sets: u8,
    #[serde(default)]
    rest_s: u16,
    seconds: Option<u16>,
    reps: Option<u8>,
    rep_s: Option<u8>,
    #[serde(default)]
    hold_s: u8,
}

fn field_err(id: &str, field: &'static str, why: impl Into<String>) -> CatalogError {
    CatalogError::Field {
        id: id.to_owned(),
        field,
        why: why.into(),
    }
}

fn text(id: &str, field: &'static str, value: String, max: usize) -> Result<String, CatalogError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(field_err(id, field, "empty"));
    }
    if trimmed.chars().count() > max {
        return Err(field_err(
            id,
            field,
            format!("longer than {max} characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

fn list(
    id: &str,
    field: &'static str,
    values: Vec<String>,
    min: usize,
    max_each: usize,
) -> Result<Vec<String>, CatalogError> {
    if values.len() < min {
        return Err(field_err(id, field, format!("needs at least {min}")));
    }
    values
        .into_iter()
        .map(|v| text(id, field, v, max_each))
        .collect()
}

fn link(
    id: &str,
    field: &'static str,
    raw: Option<String>,
) -> Result<Option<ExerciseId>, CatalogError> {
    raw.map(|r| {
        ExerciseId::new(&r).ok_or_else(|| field_err(id, field, format!("{r:?} is not an id")))
    })
    .transpose()
}

fn parse_dose(id: &str, wire: WireDose) -> Result<Dose, CatalogError> {
    let work = match (wire.seconds, wire.reps, wire.rep_s) {
        (Some(seconds), None, None) if wire.hold_s == 0 => Work::Timed { seconds },
        (None, Some(reps), Some(rep_s)) => Work::Reps {
            reps,
            rep_s,
            hold_s: wire.hold_s,
        },
        _ => {
            return Err(field_err(
                id,
                "dose",
                "give either `seconds`, or `reps` with `rep_s` (and optional `hold_s`)",
            ))
        }
    };
    let dose = Dose {
        sets: wire.sets,
        work,
        rest_s: wire.rest_s,
    };
    dose.check().map_err(|why| field_err(id, "dose", why))?;
    Ok(dose)
}

/// True when SVG markup scripts, links out, or carries an event handler.
fn svg_is_active(svg: &str) -> bool {
    let lower = svg.to_ascii_lowercase();
    let handler = lower.match_indices(" on").any(|(at, _)| {
        let rest = &lower[at + 3..];
        let name_len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        name_len > 0 && rest[name_len..].trim_start().starts_with('=')
    });
    handler || lower.contains("<script") || lower.contains("href") || lower.contains("javascript:")
}

/// A TOML error on one line: where it is, then what is wrong.
fn parse_message(text: &str, err: &toml::de::Error) -> String {
    let what = err.message().trim();
    match err.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: {what}")
        }
        None => what.to_owned(),
    }
}

fn parse_entry(source: &Source) -> Result<(Exercise, ExerciseDetails), CatalogError> {
    let sid = source.id;
    let wire: WireExercise = toml::from_str(source.toml).map_err(|e| CatalogError::Parse {
        id: sid.to_owned(),
        message: parse_message(source.toml, &e),
    })?;
    if wire.id != sid {
        return Err(CatalogError::IdMismatch {
            id: sid.to_owned(),
            found: wire.id,
        });
    }
    let id = ExerciseId::new(sid).ok_or_else(|| field_err(sid, "id", "not of the stable form"))?;
    let kind = Kind::from_key(&wire.kind)
        .ok_or_else(|| field_err(sid, "kind", format!("unknown kind {:?}", wire.kind)))?;
    let helps = wire
        .helps
        .iter()
        .map(|h| {
            Region::from_key(h)
                .ok_or_else(|| field_err(sid, "helps", format!("unknown region {h:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if helps.is_empty() {
        return Err(field_err(sid, "helps", "needs at least one region"));
    }
    let posture = Posture::from_key(&wire.posture).ok_or_else(|| {
        field_err(
            sid,
            "posture",
            format!("unknown posture {:?}", wire.posture),
        )
    })?;
    let sides = match wire.sides.as_str() {
        "both" => Sides::Both,
        "each-side" => Sides::EachSide,
        other => return Err(field_err(sid, "sides", format!("unknown {other:?}"))),
    };
    let stage = Stage {
        vaginal_weeks: wire.stage.vaginal_weeks,
        caesarean_weeks: wire.stage.caesarean_weeks,
    };
    if stage.caesarean_weeks < stage.vaginal_weeks || stage.caesarean_weeks > 52 {
        return Err(field_err(
            sid,
            "stage",
            "caesarean_weeks must be at least vaginal_weeks and at most 52",
        ));
    }
    let svg = source.svg.trim();
    if !(svg.starts_with("<svg") && svg.ends_with("</svg>") && svg.contains("viewBox")) {
        return Err(field_err(
            sid,
            "illustration",
            "not a single <svg> element with a viewBox",
        ));
    }
    if svg_is_active(svg) {
        return Err(field_err(
            sid,
            "illustration",
            "must not script or link out",
        ));
    }
    let easier = link(sid, "easier", wire.easier)?;
    let harder = link(sid, "harder", wire.harder)?;
    if easier.as_ref() == Some(&id) || harder.as_ref() == Some(&id) {
        return Err(CatalogError::Cycle { id: sid.to_owned() });
    }
    let exercise = Exercise {
        name: text(sid, "name", wire.name, 48)?,
        kind,
        helps,
        position: text(sid, "position", wire.position, 160)?,
        posture,
        summary: text(sid, "summary", wire.summary, 200)?,
        cues: list(sid, "cues", wire.cues, 2, 80)?,
        stage,
        dose: parse_dose(sid, wire.dose)?,
        sides,
        aerobic: wire.aerobic,
        easier,
        harder,
        id,
    };
    let details = ExerciseDetails {
        equipment: list(sid, "equipment", wire.equipment, 0, 60)?,
        instructions: list(sid, "instructions", wire.instructions, 3, 300)?,
        mistakes: list(sid, "mistakes", wire.mistakes, 1, 240)?,
        stop_if: list(sid, "stop_if", wire.stop_if, 1, 240)?,
        source: text(sid, "source", wire.source, 300)?,
        illustration: source.svg.to_owned(),
    };
    Ok((exercise, details))
}
