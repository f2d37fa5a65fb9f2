//! Turns the exercise library (`exercises/*.toml`, `exercises/art/*.svg`) into static Rust
//! data at build time (`$OUT_DIR/catalog.rs`, included by `src/domain/catalog.rs`), and
//! with it the builder's templates (`templates/*.toml` → `$OUT_DIR/templates.rs`) and the
//! library's other names (`locales/*/synonyms.toml` → `$OUT_DIR/synonyms.rs`), each
//! checked against the library by its own format file under `src/domain/`.
//!
//! The files are checked with the app's own rules (`src/domain/catalog/parse.rs` and the
//! domain types of `src/domain/exercise.rs`, included here as they are), so a bad file
//! fails `cargo build` and `cargo test` with a message naming the file and the field,
//! and no TOML parser ships in the wasm.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process;

// The domain's exercise types; the build uses only what validation and output need.
#[allow(dead_code)]
#[path = "src/domain/exercise.rs"]
mod exercise;

#[path = "src/domain/catalog/parse.rs"]
mod parse;

// The message files' generator.
#[path = "build/messages.rs"]
mod messages;

// The synonyms files' format (`locales/<lang>/synonyms.toml`).
#[path = "src/domain/search/synonyms.rs"]
mod synonyms;

// The templates' file format (`templates/*.toml`).
#[path = "src/domain/templates/parse.rs"]
mod templates;

// A language's words file (`words-<lang>-<hash>.txt`); the build only writes it.
#[allow(dead_code)]
#[path = "src/domain/text/words.rs"]
mod words;

// The details file's format; the build only writes it.
#[allow(dead_code)]
#[path = "src/domain/catalog/details.rs"]
mod details;

/// Lets the shared files name the domain as the app does (`crate::domain::exercise`,
/// `crate::domain::text::words`).
mod domain {
    pub(crate) use super::exercise;

    pub(crate) mod text {
        pub(crate) use crate::words;
    }
}

use exercise::{Exercise, Sides, Work};

fn main() {
    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = root.join("exercises");
    watch(&dir);
    let (sources, mut errors) = parse::read_sources(&dir);
    let (entries, invalid) = parse::load(&sources);
    errors.extend(invalid);
    if !errors.is_empty() {
        fail(&errors);
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let locales = root.join("locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    println!("cargo::rerun-if-changed=build/messages.rs");
    let (mut messages_source, others) = match messages::generate(&locales) {
        Ok(generated) => generated,
        Err(errors) => {
            for error in errors {
                println!("cargo::error={error}");
            }
            process::exit(1);
        }
    };
    let ids: Vec<&str> = entries.iter().map(|(e, _)| e.id.as_str()).collect();
    let (synonyms_source, mut synonyms) = generate_synonyms(&locales, &ids);
    write(&out_dir.join("synonyms.rs"), &synonyms_source);
    let library: Vec<Exercise> = entries.iter().map(|(e, _)| e.clone()).collect();
    write(
        &out_dir.join("templates.rs"),
        &generate_templates(&root, &library),
    );
    let text = details::write(entries.iter().map(|(e, d)| (e.id.as_str(), d)));
    let name = details::file_name(&text);
    let exercises: Vec<&Exercise> = entries.iter().map(|(e, _)| e).collect();
    let mut shipped_files = vec![(name.clone(), text.clone())];
    // Each other language's words file: its messages, and the library's words from its
    // subfolder of exercises/ (with that language's details file beside it).
    let mut words_files = vec![String::new()];
    let mut built_words = vec!["\"\"".to_owned()];
    let folders = word_folders(&dir);
    if let Some(lost) = folders
        .iter()
        .find(|f| !others.iter().any(|(c, _)| c == *f))
    {
        stop(&format!(
            "exercises/{lost}/: no locales/{lost}/ for its messages"
        ));
    }
    for (code, messages) in others {
        if !folders.contains(&code) {
            stop(&format!(
                "locales/{code}/: no exercises/{code}/ with the library in it"
            ));
        }
        let (translated, errors) = parse::translate(&dir, &code, &entries);
        if !errors.is_empty() {
            fail(&errors);
        }
        let details_text = details::write(translated.iter().map(|(e, d)| (e.id.as_str(), d)));
        let details_file = details::file_name(&details_text);
        shipped_files.push((details_file.clone(), details_text));
        let mut also = synonyms.remove(&code).unwrap_or_default();
        let words = words::Words {
            lang: code.clone(),
            details: details_file,
            messages,
            entries: translated
                .iter()
                .map(|(e, _)| words::Entry {
                    id: e.id.as_str().to_owned(),
                    name: e.name.clone(),
                    position: e.position.clone(),
                    summary: e.summary.clone(),
                    cues: e.cues.clone(),
                    also: also.remove(e.id.as_str()).unwrap_or_default(),
                })
                .collect(),
        };
        let words_text = words::write(&words);
        let words_file = words::file_name(&code, &words_text);
        let local = format!("words-{code}.txt");
        write(&out_dir.join(&local), &words_text);
        built_words.push(format!(
            "include_str!(concat!(env!(\"OUT_DIR\"), \"/{local}\"))"
        ));
        words_files.push(words_file.clone());
        shipped_files.push((words_file, words_text));
    }
    messages_source.push_str(&format!(
        "\n/// How many languages the app speaks.\npub const LANG_COUNT: usize = {n};\n\n\
         /// Each language's words file, by `Lang` (English's words are in the wasm).\n\
         static WORDS_FILES: [&str; {n}] = {files:?};\n\n\
         /// The words files' text, for host builds (tests); the app fetches them.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         static BUILT_WORDS: [&str; {n}] = [{built}];\n",
        n = words_files.len(),
        files = words_files,
        built = built_words.join(", "),
    ));
    write(&out_dir.join("messages.rs"), &messages_source);
    write(&out_dir.join("catalog.rs"), &generate(&exercises, &name));
    write(&out_dir.join("exercise-details.txt"), &text);
    // Where Trunk's post-build hook (scripts/sw.sh) picks the files up (the details and
    // words files) for the build's folder: `<target>/<triple>/<profile>/beside-wasm/`,
    // holding this build's only.
    if let Some(profile_dir) = out_dir.ancestors().nth(3) {
        let shipped = profile_dir.join("beside-wasm");
        let _ = fs::remove_dir_all(&shipped);
        if let Err(err) = fs::create_dir_all(&shipped) {
            eprintln!("cannot create {}: {err}", shipped.display());
            process::exit(1);
        }
        for (file, text) in &shipped_files {
            write(&shipped.join(file), text);
        }
    }
}

fn write(path: &Path, text: &str) {
    if let Err(err) = fs::write(path, text) {
        eprintln!("cannot write {}: {err}", path.display());
        process::exit(1);
    }
}

/// Reruns on any change to the rules or in the library's folder (a folder is watched
/// with everything in it, so an added, edited or removed file reruns the build).
fn watch(dir: &Path) {
    for path in [
        "build.rs",
        "src/domain/exercise.rs",
        "src/domain/catalog/parse.rs",
        "src/domain/catalog/sources.rs",
        "src/domain/catalog/translate.rs",
        "src/domain/search/synonyms.rs",
        "src/domain/templates/parse.rs",
        "src/domain/text/words.rs",
        "templates",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    println!("cargo::rerun-if-changed={}", dir.display());
}

/// Stops the build, listing every problem (one line each, naming the file and field).
fn fail(errors: &[parse::CatalogError]) -> ! {
    for error in errors {
        println!("cargo::error={}", error.to_string().replace('\n', " "));
    }
    process::exit(1);
}

fn stop(error: &str) -> ! {
    println!("cargo::error={error}");
    process::exit(1);
}

/// `ENTRIES`, every validated entry in listing order, as `Builtin` values; `SHAPE`, each
/// one's id and number of cues (what a words file is checked against, without the
/// library's English); and `DETAILS_FILE`, the name of the details file written beside it.
fn generate(entries: &[&Exercise], details_file: &str) -> String {
    format!(
        "// @generated by build.rs from exercises/*.toml and exercises/art/*.svg; do not edit.\n\
         pub const DETAILS_FILE: &str = {details_file:?};\n\
         static ENTRIES: &[Builtin] = &{};\n\
         pub static SHAPE: &[(&str, usize)] = &[{}];\n",
        entries_literal(entries),
        entries
            .iter()
            .map(|e| format!("({:?}, {})", e.id.as_str(), e.cues.len()))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// A `[Builtin]` array literal of `entries`.
fn entries_literal(entries: &[&Exercise]) -> String {
    let mut out = String::from("[\n");
    for e in entries {
        // Destructured in full, so a new field of `Exercise` fails here until it is written out.
        let Exercise {
            id,
            name,
            kind,
            helps,
            position,
            posture,
            summary,
            cues,
            stage,
            dose,
            sides,
            aerobic,
            easier,
            harder,
        } = e;
        let helps: Vec<String> = helps.iter().map(|r| format!("Region::{r:?}")).collect();
        let sides = match sides {
            Sides::Both => "Sides::Both",
            Sides::EachSide => "Sides::EachSide",
        };
        let link = |l: &Option<exercise::ExerciseId>| match l {
            Some(l) => format!("Some({:?})", l.as_str()),
            None => "None".to_owned(),
        };
        let fields = [
            ("id", format!("{:?}", id.as_str())),
            ("name", format!("{name:?}")),
            ("kind", format!("Kind::{kind:?}")),
            ("helps", format!("&[{}]", helps.join(", "))),
            ("position", format!("{position:?}")),
            ("posture", format!("Posture::{posture:?}")),
            ("summary", format!("{summary:?}")),
            ("cues", strs(cues)),
            (
                "stage",
                format!(
                    "Stage {{ vaginal_weeks: {}, caesarean_weeks: {} }}",
                    stage.vaginal_weeks, stage.caesarean_weeks
                ),
            ),
            ("dose", dose_literal(dose)),
            ("sides", sides.to_owned()),
            ("aerobic", aerobic.to_string()),
            ("easier", link(easier)),
            ("harder", link(harder)),
        ];
        out.push_str("    Builtin {\n");
        for (field, value) in fields {
            out.push_str(&format!("        {field}: {value},\n"));
        }
        out.push_str("    },\n");
    }
    out.push(']');
    out
}

/// The folders of `exercises/` holding the library's words in another language (every
/// subfolder but `art/`), sorted.
fn word_folders(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| name != "art")
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// `SYNONYMS`: the other names of the library's entries in English, from
/// `locales/en/synonyms.toml`; and every other language's, by code and id, for its words
/// file. Each file is checked (a folder without one, or a bad file, stops the build).
fn generate_synonyms(
    locales: &Path,
    ids: &[&str],
) -> (String, BTreeMap<String, BTreeMap<String, Vec<String>>>) {
    let mut errors = Vec::new();
    let mut out = String::from(
        "// @generated by build.rs from locales/en/synonyms.toml; do not edit.\n\
         static SYNONYMS: &[Names] = &[",
    );
    let mut others = BTreeMap::new();
    for lang in word_folders(locales) {
        let file = format!("locales/{lang}/synonyms.toml");
        let text = match fs::read_to_string(locales.join(&lang).join("synonyms.toml")) {
            Ok(text) => text,
            Err(err) => {
                errors.push(format!("{file}: cannot be read: {err}"));
                continue;
            }
        };
        match synonyms::parse(&file, &text, ids) {
            Ok(entries) if lang == "en" => {
                let list: Vec<String> = entries
                    .iter()
                    .map(|(id, names)| format!("({id:?}, {})", strs(names)))
                    .collect();
                out.push_str(&list.join(", "));
            }
            Ok(entries) => {
                others.insert(lang, entries.into_iter().collect());
            }
            Err(problems) => errors.extend(problems),
        }
    }
    if !errors.is_empty() {
        for error in errors {
            println!("cargo::error={error}");
        }
        process::exit(1);
    }
    out.push_str("];\n");
    (out, others)
}

/// A `Dose` literal.
fn dose_literal(dose: &exercise::Dose) -> String {
    let work = match dose.work {
        Work::Timed { seconds } => format!("Work::Timed {{ seconds: {seconds} }}"),
        Work::Reps {
            reps,
            rep_s,
            hold_s,
        } => format!("Work::Reps {{ reps: {reps}, rep_s: {rep_s}, hold_s: {hold_s} }}"),
    };
    format!(
        "Dose {{ sets: {}, work: {work}, rest_s: {} }}",
        dose.sets, dose.rest_s
    )
}

/// `TEMPLATES`: every template of `templates/`, checked against the library and the
/// English messages (a bad one stops the build, naming the file), in listing order.
fn generate_templates(root: &Path, library: &[Exercise]) -> String {
    let (sources, mut errors) = templates::read_sources(&root.join("templates"));
    let messages = templates::english_message_ids(&root.join("locales"));
    let (specs, invalid) = templates::load(&sources, library, &messages);
    errors.extend(invalid);
    if !errors.is_empty() {
        for error in errors {
            println!("cargo::error={}", error.to_string().replace('\n', " "));
        }
        process::exit(1);
    }
    let msg = |id: &str| format!("Msg::{}", templates::msg_variant(id));
    let mut out = String::from(
        "// @generated by build.rs from templates/*.toml; do not edit.\n\
         static TEMPLATES: &[Template] = &[\n",
    );
    for spec in &specs {
        let id = &spec.id;
        let frequency = if spec.per_week {
            format!("Frequency::PerWeek({})", spec.times)
        } else {
            format!("Frequency::PerDay({})", spec.times)
        };
        let items: Vec<String> = spec
            .items
            .iter()
            .map(|item| {
                let note = item
                    .note
                    .as_deref()
                    .map_or_else(|| "None".to_owned(), |n| format!("Some({})", msg(n)));
                format!(
                    "TemplateItem {{ exercise: {:?}, dose: {}, note: {note} }}",
                    item.exercise.as_str(),
                    dose_literal(&item.dose)
                )
            })
            .collect();
        out.push_str(&format!(
            "    Template {{ id: {id:?}, name: {}, summary: {}, vaginal_weeks: {}, \
             caesarean_weeks: {}, frequency: {frequency}, weeks: {}, auto_progress: {}, \
             items: &[{}] }},\n",
            msg(&format!("template-{id}")),
            msg(&format!("template-{id}-summary")),
            spec.stage.vaginal_weeks,
            spec.stage.caesarean_weeks,
            spec.weeks,
            spec.auto_progress,
            items.join(", "),
        ));
    }
    out.push_str("];\n");
    out
}

/// A `&[&str]` literal.
fn strs(list: &[String]) -> String {
    let items: Vec<String> = list.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", items.join(", "))
}
