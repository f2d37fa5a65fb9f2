//! The built-in exercise library: `exercises/*.toml` and `exercises/art/*.svg`, parsed
//! and validated at build time by `build.rs` into static data, included here.
//!
//! The file format and every rule the content must meet live in `catalog/parse.rs`, which
//! the build script and the host tests include (the app does not: it ships no TOML
//! parser). Bad content fails the build, never a user's browser.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::exercise::{Dose, Exercise, ExerciseId, Kind, Posture, Region, Sides, Stage, Work};
use super::text::{self, Lang, Msg, LANG_COUNT};

pub mod details;

/// One entry as `build.rs` writes it out: validated, in static form.
struct Builtin {
    id: &'static str,
    name: &'static str,
    kind: Kind,
    helps: &'static [Region],
    position: &'static str,
    posture: Posture,
    summary: &'static str,
    cues: &'static [&'static str],
    stage: Stage,
    dose: Dose,
    sides: Sides,
    aerobic: bool,
    easier: Option<&'static str>,
    harder: Option<&'static str>,
}

// `DETAILS_FILE`, the name of the built details file (see `details`),
// `static ENTRIES: &[Builtin]`, every entry in listing order (in English; other
// languages' words come from their words files, `text::words`), and
// `pub static SHAPE: &[(&str, usize)]`, each entry's id and number of cues in the same
// order (what `text::loaded` checks a words file against, so checking one does not
// bring the library's English along).
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

impl Builtin {
    /// The entry as the domain type. The build checked every id, so none is `None`.
    fn exercise(&self) -> Option<Exercise> {
        Some(Exercise {
            id: ExerciseId::new(self.id)?,
            name: self.name.to_owned(),
            kind: self.kind,
            helps: self.helps.to_vec(),
            position: self.position.to_owned(),
            posture: self.posture,
            summary: self.summary.to_owned(),
            cues: owned(self.cues),
            stage: self.stage,
            dose: self.dose,
            sides: self.sides,
            aerobic: self.aerobic,
            easier: self.easier.and_then(ExerciseId::new),
            harder: self.harder.and_then(ExerciseId::new),
        })
    }
}

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The library: every entry, in listing order, looked up by id.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    entries: Vec<Exercise>,
    index: BTreeMap<ExerciseId, usize>,
    /// Each entry's progression chain, easiest first, as entry positions (worked out
    /// once: settling a long history asks for chains thousands of times).
    chains: Vec<Vec<usize>>,
}

impl Catalog {
    /// The built-in library, built from the compiled-in data on first use.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Catalog::from_entries(ENTRIES.iter().filter_map(Builtin::exercise).collect())
        })
    }

    /// The built-in library with its words in `lang` (ids, doses, stages and links are
    /// the same in every language): English until `lang`'s words file is installed
    /// (`text::install`).
    pub fn builtin_in(lang: Lang) -> &'static Catalog {
        static TRANSLATED: [OnceLock<Catalog>; LANG_COUNT] =
            [const { OnceLock::new() }; LANG_COUNT];
        let (Some(words), Some(cell)) = (text::loaded(lang), TRANSLATED.get(lang as usize)) else {
            return Catalog::builtin();
        };
        cell.get_or_init(|| {
            let mut entries = Catalog::builtin().all().to_vec();
            // `install` checked the file lists every entry, in this order.
            for (e, w) in entries.iter_mut().zip(&words.words.entries) {
                e.name.clone_from(&w.name);
                e.position.clone_from(&w.position);
                e.summary.clone_from(&w.summary);
                e.cues.clone_from(&w.cues);
            }
            Catalog::from_entries(entries)
        })
    }

    /// The name of the details file with the library's words in `lang` (English's until
    /// `lang`'s words are installed).
    pub fn details_file_in(lang: Lang) -> &'static str {
        text::loaded(lang).map_or(DETAILS_FILE, |l| l.words.details.as_str())
    }

    fn from_entries(entries: Vec<Exercise>) -> Catalog {
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut catalog = Catalog {
            entries,
            index,
            chains: Vec::new(),
        };
        catalog.chains = catalog
            .entries
            .iter()
            .map(|e| catalog.walk_chain(&e.id))
            .collect();
        catalog
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

    /// Reads the built-in library's details file (`details_file()`) against this library.
    pub fn read_details(&self, text: &str) -> Result<details::Details, String> {
        let ids: Vec<&ExerciseId> = self.entries.iter().map(|e| &e.id).collect();
        details::parse(text, &ids)
    }

    /// The name of the built-in library's details file, beside `index.html`.
    pub fn details_file() -> &'static str {
        DETAILS_FILE
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The progression chain an entry belongs to, easiest first.
    pub fn chain(&self, id: &ExerciseId) -> Vec<&Exercise> {
        let Some(&i) = self.index.get(id) else {
            return Vec::new();
        };
        self.chains
            .get(i)
            .map(|chain| chain.iter().map(|&j| &self.entries[j]).collect())
            .unwrap_or_default()
    }

    /// Follows the easier and harder links from `id` (a loop gives an empty chain).
    fn walk_chain(&self, id: &ExerciseId) -> Vec<usize> {
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
        let position = |e: &Exercise| self.index.get(&e.id).copied();
        let mut chain: Vec<usize> = position(start).into_iter().collect();
        let mut last = start;
        while let Some(next) = last.harder.as_ref().and_then(|n| self.get(n)) {
            if chain.len() > self.entries.len() {
                return Vec::new();
            }
            chain.extend(position(next));
            last = next;
        }
        chain
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

// The library's groups and filters, named for people. Here rather than beside the
// types: `exercise.rs` is shared with the build script, which has no messages.
impl Kind {
    /// A short label for people.
    pub fn label(self) -> Msg {
        match self {
            Kind::Walk => Msg::LabelKindWalk,
            Kind::Breathing => Msg::LabelKindBreathing,
            Kind::Bracing => Msg::LabelKindBracing,
            Kind::PelvicFloor => Msg::LabelKindPelvicFloor,
            Kind::Tilt => Msg::LabelKindTilt,
            Kind::Stretch => Msg::LabelKindStretch,
            Kind::Strength => Msg::LabelKindStrength,
            Kind::Lesson => Msg::LabelKindLesson,
            Kind::SelfCare => Msg::LabelKindSelfCare,
            Kind::Run => Msg::LabelKindRun,
            Kind::RunTest => Msg::LabelKindRunTest,
            Kind::Carer => Msg::LabelKindCarer,
        }
    }
}

impl Region {
    /// A short label for people.
    pub fn label(self) -> Msg {
        match self {
            Region::LowerBack => Msg::LabelRegionLowerBack,
            Region::MiddleBack => Msg::LabelRegionMiddleBack,
            Region::UpperBack => Msg::LabelRegionUpperBack,
            Region::Caesarean => Msg::LabelRegionCaesarean,
            Region::EpiduralSite => Msg::LabelRegionEpiduralSite,
        }
    }
}
