//! The library's words in other languages: `exercises/<lang>/<id>.toml` holds one entry's
//! text fields (name, position, equipment, summary, instructions, cues, mistakes,
//! stop_if, source), line for line with the English file, and `translate` checks them
//! against the validated English entries and puts them in their place.
//!
//! Part of the file format in `parse.rs` (a child module of it, so `parse::translate`
//! is what `build.rs` and `tests/catalog.rs` call): not compiled into the app.

use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::CatalogError;
use crate::domain::exercise::{Exercise, ExerciseDetails};

/// One entry's words in another language (`exercises/<lang>/<id>.toml`): only the text
/// fields, line for line with the English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireWords {
    id: String,
    name: String,
    position: String,
    #[serde(default)]
    equipment: Vec<String>,
    summary: String,
    instructions: Vec<String>,
    cues: Vec<String>,
    mistakes: Vec<String>,
    stop_if: Vec<String>,
    /// What the entry is based on, in this language (organisations and titles kept).
    source: String,
}

/// The library in another language: `entries` (the English, validated) with their words
/// from `dir/<lang>/<id>.toml`. Everything else (ids, doses, stages, links, drawings) is
/// the English entry's. Every entry must be there with every field, the same number of
/// lines in each list, none empty, within the English limits plus a quarter
/// (translations run longer).
pub fn translate(
    dir: &Path,
    lang: &str,
    entries: &[(Exercise, ExerciseDetails)],
) -> (Vec<(Exercise, ExerciseDetails)>, Vec<CatalogError>) {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (exercise, details) in entries {
        let id = exercise.id.as_str();
        let file = format!("exercises/{lang}/{id}.toml");
        let fail = |why: String| CatalogError::Translation {
            file: file.clone(),
            why,
        };
        let words: WireWords = match fs::read_to_string(dir.join(lang).join(format!("{id}.toml")))
            .map_err(|e| fail(format!("cannot be read: {e}")))
            .and_then(|text| {
                toml::from_str(&text).map_err(|e| fail(format!("does not parse: {}", e.message())))
            }) {
            Ok(words) => words,
            Err(err) => {
                errors.push(err);
                continue;
            }
        };
        if words.id != id {
            errors.push(fail(format!("`id` is {:?}, not {id:?}", words.id)));
            continue;
        }
        let one = |field: &'static str, value: String, max: usize| {
            let value = value.trim().to_owned();
            if value.is_empty() || value.chars().count() > max + max / 4 {
                Err(fail(format!("`{field}` is empty or too long")))
            } else {
                Ok(value)
            }
        };
        let many = |field: &'static str, values: Vec<String>, english: &[String], max: usize| {
            if values.len() != english.len() {
                return Err(fail(format!(
                    "`{field}` has {} lines, the English {}",
                    values.len(),
                    english.len()
                )));
            }
            values.into_iter().map(|v| one(field, v, max)).collect()
        };
        let translated = (|| {
            let mut e = exercise.clone();
            e.name = one("name", words.name, 48)?;
            e.position = one("position", words.position, 160)?;
            e.summary = one("summary", words.summary, 200)?;
            e.cues = many("cues", words.cues, &exercise.cues, 80)?;
            let mut d = details.clone();
            d.equipment = many("equipment", words.equipment, &details.equipment, 60)?;
            d.instructions = many(
                "instructions",
                words.instructions,
                &details.instructions,
                300,
            )?;
            d.mistakes = many("mistakes", words.mistakes, &details.mistakes, 240)?;
            d.stop_if = many("stop_if", words.stop_if, &details.stop_if, 240)?;
            d.source = one("source", words.source, 300)?;
            Ok((e, d))
        })();
        match translated {
            Ok(entry) => out.push(entry),
            Err(err) => errors.push(err),
        }
    }
    (out, errors)
}
