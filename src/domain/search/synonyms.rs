//! The synonyms files' format: `locales/<lang>/synonyms.toml` lists, for entries of the
//! library, other names people use for them (`glute-bridge = ["bridge", "hip lift"]`).
//!
//! Not compiled into the app. `build.rs` includes this file to check each language's
//! file and write it out as static data (`$OUT_DIR/synonyms.rs`, read by `search`), so a
//! bad file fails the build and no TOML parser ships in the wasm. `tests/search.rs`
//! includes it too, to try the rules on bad input.

use std::collections::BTreeMap;

/// Longest name, in characters.
pub const MAX_CHARS: usize = 40;
/// Most names for one entry.
pub const MAX_PER_ENTRY: usize = 12;

/// The names in `text` (the file `file`), checked against the library's `ids`: each
/// entry with names, in the library's order (`ids`' order). Every problem otherwise,
/// one line each, naming the file and the entry.
pub fn parse(
    file: &str,
    text: &str,
    ids: &[&str],
) -> Result<Vec<(String, Vec<String>)>, Vec<String>> {
    let table: BTreeMap<String, Vec<String>> = toml::from_str(text)
        .map_err(|e| vec![format!("{file}: does not parse: {}", e.message().trim())])?;
    let mut errors = Vec::new();
    for id in table.keys() {
        if !ids.contains(&id.as_str()) {
            errors.push(format!("{file}: `{id}` is not an entry of the library"));
        }
    }
    let mut out = Vec::new();
    for &id in ids {
        let Some(names) = table.get(id) else {
            continue;
        };
        if names.is_empty() || names.len() > MAX_PER_ENTRY {
            errors.push(format!(
                "{file}: `{id}` needs 1 to {MAX_PER_ENTRY} names, has {}",
                names.len()
            ));
        }
        let mut seen: Vec<String> = Vec::new();
        for name in names {
            let trimmed = name.trim();
            let bad = trimmed.is_empty()
                || trimmed.chars().count() > MAX_CHARS
                || trimmed.chars().any(char::is_control)
                || trimmed != name;
            if bad {
                errors.push(format!(
                    "{file}: `{id}`: {name:?} is empty, padded, or longer than {MAX_CHARS} characters"
                ));
            }
            let lower = trimmed.to_lowercase();
            if seen.contains(&lower) {
                errors.push(format!("{file}: `{id}`: {name:?} is listed twice"));
            }
            seen.push(lower);
        }
        out.push((id.to_owned(), names.clone()));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
