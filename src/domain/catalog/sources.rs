//! Which files make the library: the listing of every entry in the library's order, and
//! reading each listed entry's TOML and SVG, with every file that cannot be read or is
//! not listed.
//!
//! Part of the file format in `parse.rs` (a child module of it, so `parse::LISTING` and
//! `parse::read_sources` are what `build.rs` and `tests/catalog.rs` use): not compiled
//! into the app.

use std::fs;
use std::path::Path;

use super::CatalogError;

/// Every entry of the library, by id (= file name), in the order the library lists them.
/// A file in `exercises/` that is not listed here fails the build.
pub const LISTING: &[&str] = &[
    "walk-5",
    "walk-10",
    "walk-20",
    "walk-30",
    "breathing-belly",
    "breathing-relax",
    "brace-lying",
    "brace-sitting",
    "brace-standing",
    "brace-lifting",
    "pelvic-floor-quick",
    "pelvic-floor-hold",
    "pelvic-tilt-lying",
    "pelvic-tilt-wall",
    "pelvic-tilt-hands-knees",
    "knee-rolls",
    "knee-to-chest",
    "hamstring-stretch",
    "hip-flexor-stretch",
    "tummy-stretch",
    "cat-cow",
    "childs-pose",
    "chest-opener",
    "chin-tuck",
    "shoulder-blade-squeeze",
    "heel-slides",
    "glute-bridge",
    "side-lying-clam",
    "bird-dog",
    "sit-to-stand",
    "lesson-lifting-baby",
    "lesson-car-seat-buggy",
    "lesson-feeding-posture",
    "lesson-changing-height",
    "lesson-sitting-support",
    "lesson-standing-posture",
    "lesson-carrying-baby",
    "lesson-caesarean-recovery",
    "lesson-wound-support",
    "lesson-epidural-site",
    "heat-cold",
    "partner-massage",
    "carer-bracing",
    "carer-lifting",
    "carer-car-seat-buggy",
    "carer-bathing",
    "carer-carrying",
    "run-test-walk",
    "run-test-balance",
    "run-test-squat",
    "run-test-jog",
    "run-test-bounds",
    "run-test-hop",
    "run-test-running-man",
    "run-test-calf-raise",
    "run-test-bridge",
    "run-test-sit-to-stand",
    "run-test-leg-lift",
    "walk-run-1",
    "walk-run-2",
    "walk-run-3",
];

/// One entry's file pair, before parsing.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub id: &'static str,
    pub toml: &'static str,
    pub svg: &'static str,
}

/// Reads every listed entry's TOML and SVG from `dir` (the `exercises` folder), in
/// listing order, with every file that cannot be read or is not listed. The text is
/// leaked to `'static` (it lives as long as the build script or test that reads it).
pub fn read_sources(dir: &Path) -> (Vec<Source>, Vec<CatalogError>) {
    let mut errors = Vec::new();
    let mut read = |rel: String| match fs::read_to_string(dir.join(&rel)) {
        Ok(text) => Some(&*text.leak()),
        Err(err) => {
            errors.push(CatalogError::Read {
                file: format!("exercises/{rel}"),
                message: err.to_string(),
            });
            None
        }
    };
    let mut sources = Vec::new();
    for &id in LISTING {
        let toml = read(format!("{id}.toml"));
        let svg = read(format!("art/{id}.svg"));
        if let (Some(toml), Some(svg)) = (toml, svg) {
            sources.push(Source { id, toml, svg });
        }
    }
    for (sub, ext) in [("", "toml"), ("art/", "svg")] {
        let entries = match fs::read_dir(dir.join(sub)) {
            Ok(entries) => entries,
            Err(err) => {
                errors.push(CatalogError::Read {
                    file: format!("exercises/{sub}"),
                    message: err.to_string(),
                });
                continue;
            }
        };
        let mut unlisted: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| {
                name.strip_suffix(ext)
                    .and_then(|stem| stem.strip_suffix('.'))
                    .is_some_and(|stem| !LISTING.contains(&stem))
            })
            .collect();
        unlisted.sort();
        errors.extend(unlisted.into_iter().map(|name| CatalogError::Unlisted {
            file: format!("exercises/{sub}{name}"),
        }));
    }
    (sources, errors)
}
