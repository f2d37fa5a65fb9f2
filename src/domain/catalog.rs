//! The built-in exercise library: `exercises/*.toml` and `exercises/art/*.svg`,
//! compiled in and validated once at start-up.
//!
//! Owns the file format (a wire type apart from the domain types) and every rule the
//! content must meet. Bad content fails the host tests, never a user's browser: at run
//! time an entry that fails validation is left out rather than crashing the app.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use thiserror::Error;

mod parse;

use parse::parse_entry;

use super::exercise::{Exercise, ExerciseId, Kind, Region};

/// Registers each entry by id: its TOML and its SVG illustration are compiled in.
macro_rules! entries {
    ($($id:literal),* $(,)?) => {
        &[$(Source {
            id: $id,
            toml: include_str!(concat!("../../exercises/", $id, ".toml")),
            svg: include_str!(concat!("../../exercises/art/", $id, ".svg")),
        }),*]
    };
}

/// One registered file pair, before parsing.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub id: &'static str,
    pub toml: &'static str,
    pub svg: &'static str,
}

/// Every registered entry. Keep in the order the library lists them.
pub const SOURCES: &[Source] = entries![
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
    "lesson-caesarean-recovery",
    "lesson-epidural-site",
    "heat-cold",
];

/// Why one entry of the library is unusable.
#[derive(Debug, Error, PartialEq)]
pub enum CatalogError {
    #[error("{id}: the file does not parse: {message}")]
    Parse { id: String, message: String },
    #[error("{id}: the id inside the file is {found:?}")]
    IdMismatch { id: String, found: String },
    #[error("{id}: {field} is invalid: {why}")]
    Field {
        id: String,
        field: &'static str,
        why: String,
    },
    #[error("{id}: {field} points to {target:?}, which is not in the library")]
    Dangling {
        id: String,
        field: &'static str,
        target: String,
    },
    #[error("{id}: easier/harder links are not mutual with {other}")]
    NotMutual { id: String, other: String },
    #[error("{id}: its progression chain loops")]
    Cycle { id: String },
    #[error("{id}: listed twice")]
    Duplicate { id: String },
}

/// The library: every valid entry, in listing order, looked up by id.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    entries: Vec<Exercise>,
    index: BTreeMap<ExerciseId, usize>,
}

impl Catalog {
    /// Parses and validates `sources`, returning the entries that passed and every problem.
    pub fn load(sources: &[Source]) -> (Catalog, Vec<CatalogError>) {
        let mut errors = Vec::new();
        let mut entries: Vec<Exercise> = Vec::new();
        let mut seen = BTreeSet::new();
        for source in sources {
            if !seen.insert(source.id) {
                errors.push(CatalogError::Duplicate {
                    id: source.id.to_owned(),
                });
                continue;
            }
            match parse_entry(source) {
                Ok(exercise) => entries.push(exercise),
                Err(err) => errors.push(err),
            }
        }
        let catalog = Catalog::from_entries(entries);
        errors.extend(catalog.link_errors());
        (catalog, errors)
    }

    /// The built-in library, parsed on first use. Entries with problems are left out
    /// (the host tests make sure there are none).
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| Catalog::load(SOURCES).0)
    }

    fn from_entries(entries: Vec<Exercise>) -> Catalog {
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Catalog { entries, index }
    }

    pub fn all(&self) -> &[Exercise] {
        &self.entries
    }

    pub fn get(&self, id: &ExerciseId) -> Option<&Exercise> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// Looks an entry up by a raw string (for routes and links).
    pub fn find(&self, raw: &str) -> Option<&Exercise> {
        ExerciseId::new(raw).and_then(|id| self.get(&id))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The progression chain an entry belongs to, easiest first.
    pub fn chain(&self, id: &ExerciseId) -> Vec<&Exercise> {
        let mut start = match self.get(id) {
            Some(e) => e,
            None => return Vec::new(),
        };
        let mut guard = 0;
        while let Some(prev) = start.easier.as_ref().and_then(|p| self.get(p)) {
            start = prev;
            guard += 1;
            if guard > self.entries.len() {
                return Vec::new();
            }
        }
        let mut chain = vec![start];
        while let Some(next) = chain
            .last()
            .and_then(|e| e.harder.as_ref())
            .and_then(|n| self.get(n))
        {
            if chain.len() > self.entries.len() {
                return Vec::new();
            }
            chain.push(next);
        }
        chain
    }

    /// Dangling, non-mutual and looping easier/harder links.
    fn link_errors(&self) -> Vec<CatalogError> {
        let mut errors = Vec::new();
        for e in &self.entries {
            for (field, target, back) in [("easier", &e.easier, true), ("harder", &e.harder, false)]
            {
                let Some(target) = target else { continue };
                match self.get(target) {
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
                cursor = self.get(next).and_then(|n| n.harder.as_ref());
            }
        }
        errors
    }
}

/// What the library page filters on; `None` means any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub region: Option<Region>,
    pub kind: Option<Kind>,
    /// Weeks since the birth: only entries suitable by then.
    pub weeks: Option<u8>,
    /// How she gave birth. Unknown with `weeks` set uses the caesarean (later) stage,
    /// so the filter never shows something too early.
    pub caesarean: Option<bool>,
}

impl Filter {
    pub fn matches(&self, e: &Exercise) -> bool {
        let region = self.region.is_none_or(|r| e.helps.contains(&r));
        let kind = self.kind.is_none_or(|k| e.kind == k);
        let stage = self
            .weeks
            .is_none_or(|w| e.earliest_week(self.caesarean.unwrap_or(true)) <= w);
        region && kind && stage
    }
}
