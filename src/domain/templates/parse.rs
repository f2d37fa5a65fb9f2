//! The template file format: `templates/<id>.toml`, one starting routine for the
//! physiotherapist's builder each, and every rule a template must meet.
//!
//! Not compiled into the app. `build.rs` includes this file (with `src/domain/exercise.rs`
//! as `crate::domain::exercise`) to check the templates against the validated library and
//! the English messages, and writes them out as static data (`$OUT_DIR/templates.rs`,
//! read by `templates`), so a bad file fails the build and no TOML parser ships in the
//! wasm. `tests/templates.rs` includes it too, to try the rules on bad input.
//!
//! ```toml
//! id = "caesarean-first-weeks"   # the file's name; its words are the messages
//!                                # `template-<id>` and `template-<id>-summary`
//! times = 2                      # sessions per `per` ("day" or "week")
//! per = "day"
//! weeks = 6                      # how long to follow it
//! auto_progress = false          # optional; let the app step doses by her comfort
//!
//! [stage]                        # the earliest week it suits, by kind of birth: never
//! vaginal_weeks = 0              # before any of its exercises' own stage
//! caesarean_weeks = 0
//!
//! [[exercise]]                   # in order, each with its dose (as in exercises/)
//! id = "brace-lying"
//! sets = 1
//! reps = 8
//! rep_s = 10
//! hold_s = 5
//! rest_s = 30                    # optional
//! note = "gently"                # optional: the message `template-<id>-note-gently`
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::domain::exercise::{Dose, Exercise, ExerciseId, Stage, Work};

/// Every template, by id (= file name), in the order the builder offers them. A file in
/// `templates/` that is not listed here fails the build.
pub const LISTING: &[&str] = &[
    "caesarean-first-weeks",
    "bracing-pelvic-floor",
    "upper-back-feeding",
    "low-back-from-6-weeks",
    "return-to-activity",
];

/// The most exercises a template may hold (a share link's limit).
pub const MAX_EXERCISES: usize = 20;
/// The longest programme, in weeks (a share link's limit).
pub const MAX_WEEKS: u8 = 52;
/// The most sessions a day, and a week (a share link's limits).
pub const MAX_PER_DAY: u8 = 5;
pub const MAX_PER_WEEK: u8 = 7;

/// One template, checked: plain data for the build to write out.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateSpec {
    pub id: String,
    /// The earliest weeks after the birth it suits.
    pub stage: Stage,
    /// Sessions per day, or per week when `per_week`.
    pub times: u8,
    pub per_week: bool,
    pub weeks: u8,
    pub auto_progress: bool,
    pub items: Vec<ItemSpec>,
}

/// One exercise of a template.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemSpec {
    pub exercise: ExerciseId,
    pub dose: Dose,
    /// The id of its note's message, if it has one.
    pub note: Option<String>,
}

/// Why a template is unusable: the file, and what is wrong in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    pub file: String,
    pub why: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.why)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireTemplate {
    id: String,
    times: u8,
    per: String,
    weeks: u8,
    #[serde(default)]
    auto_progress: bool,
    stage: WireStage,
    #[serde(default)]
    exercise: Vec<WireItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireStage {
    vaginal_weeks: u8,
    caesarean_weeks: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireItem {
    id: String,
    sets: u8,
    #[serde(default)]
    rest_s: u16,
    seconds: Option<u16>,
    reps: Option<u8>,
    rep_s: Option<u8>,
    #[serde(default)]
    hold_s: u8,
    note: Option<String>,
}

/// Reads every listed template from `dir` (the `templates` folder) as `(id, text)`, in
/// listing order, with every file that cannot be read or is not listed.
pub fn read_sources(dir: &Path) -> (Vec<(String, String)>, Vec<TemplateError>) {
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for &id in LISTING {
        let file = format!("templates/{id}.toml");
        match fs::read_to_string(dir.join(format!("{id}.toml"))) {
            Ok(text) => sources.push((id.to_owned(), text)),
            Err(err) => errors.push(TemplateError {
                file,
                why: format!("cannot be read: {err}"),
            }),
        }
    }
    let mut unlisted: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| {
                    name.strip_suffix(".toml")
                        .is_some_and(|stem| !LISTING.contains(&stem))
                })
                .collect()
        })
        .unwrap_or_default();
    unlisted.sort();
    errors.extend(unlisted.into_iter().map(|name| TemplateError {
        file: format!("templates/{name}"),
        why: "not in the templates' LISTING (src/domain/templates/parse.rs)".to_owned(),
    }));
    (sources, errors)
}

/// Checks `sources` (`(id, text)` pairs) against the validated `library` and the ids of
/// the English messages, returning the templates that passed, in order, and every
/// problem.
pub fn load(
    sources: &[(String, String)],
    library: &[Exercise],
    messages: &BTreeSet<String>,
) -> (Vec<TemplateSpec>, Vec<TemplateError>) {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for (id, text) in sources {
        let file = format!("templates/{id}.toml");
        if !seen.insert(id) {
            errors.push(TemplateError {
                file,
                why: "listed twice".to_owned(),
            });
            continue;
        }
        match parse_template(id, text, library, messages) {
            Ok(spec) => out.push(spec),
            Err(why) => errors.push(TemplateError { file, why }),
        }
    }
    (out, errors)
}

/// One template, or what is wrong with it (the first problem found).
fn parse_template(
    id: &str,
    text: &str,
    library: &[Exercise],
    messages: &BTreeSet<String>,
) -> Result<TemplateSpec, String> {
    let wire: WireTemplate = toml::from_str(text)
        .map_err(|e| format!("the file does not parse: {}", e.message().trim()))?;
    if wire.id != id {
        return Err(format!("`id` is {:?}, not the file's name", wire.id));
    }
    if ExerciseId::new(id).is_none() {
        return Err("the file's name is not lowercase words joined by hyphens".to_owned());
    }
    for message in [format!("template-{id}"), format!("template-{id}-summary")] {
        need_message(messages, &message)?;
    }
    let per_week = match wire.per.as_str() {
        "day" => false,
        "week" => true,
        other => return Err(format!("`per` is {other:?}, not \"day\" or \"week\"")),
    };
    let most = if per_week { MAX_PER_WEEK } else { MAX_PER_DAY };
    if !(1..=most).contains(&wire.times) {
        return Err(format!("`times` must be 1 to {most} a {}", wire.per));
    }
    if !(1..=MAX_WEEKS).contains(&wire.weeks) {
        return Err(format!("`weeks` must be 1 to {MAX_WEEKS}"));
    }
    let stage = Stage {
        vaginal_weeks: wire.stage.vaginal_weeks,
        caesarean_weeks: wire.stage.caesarean_weeks,
    };
    if stage.caesarean_weeks < stage.vaginal_weeks {
        return Err("`stage`: caesarean_weeks must be at least vaginal_weeks".to_owned());
    }
    if !(1..=MAX_EXERCISES).contains(&wire.exercise.len()) {
        return Err(format!("needs 1 to {MAX_EXERCISES} `[[exercise]]` entries"));
    }
    let mut items = Vec::new();
    for (n, item) in wire.exercise.into_iter().enumerate() {
        let at = format!("exercise {} ({:?})", n + 1, item.id);
        let Some(e) = library.iter().find(|e| e.id.as_str() == item.id) else {
            return Err(format!("{at} is not in the library"));
        };
        if items.iter().any(|i: &ItemSpec| i.exercise == e.id) {
            return Err(format!("{at} is in the template twice"));
        }
        for (caesarean, weeks, kind) in [
            (false, stage.vaginal_weeks, "vaginal_weeks"),
            (true, stage.caesarean_weeks, "caesarean_weeks"),
        ] {
            let gate = e.earliest_week(caesarean);
            if weeks < gate {
                return Err(format!(
                    "`stage.{kind}` is {weeks}, but {at} suits only from week {gate}"
                ));
            }
        }
        let work = match (item.seconds, item.reps, item.rep_s) {
            (Some(seconds), None, None) if item.hold_s == 0 => Work::Timed { seconds },
            (None, Some(reps), Some(rep_s)) => Work::Reps {
                reps,
                rep_s,
                hold_s: item.hold_s,
            },
            _ => {
                return Err(format!(
                    "{at}: give either `seconds`, or `reps` with `rep_s` (and optional `hold_s`)"
                ))
            }
        };
        let dose = Dose {
            sets: item.sets,
            work,
            rest_s: item.rest_s,
        };
        dose.check()
            .map_err(|why| format!("{at}: the dose is invalid: {why}"))?;
        let note = match item.note {
            Some(key) => {
                let message = format!("template-{id}-note-{key}");
                if ExerciseId::new(&key).is_none() {
                    return Err(format!(
                        "{at}: `note` {key:?} is not a short key like \"gently\""
                    ));
                }
                need_message(messages, &message)?;
                Some(message)
            }
            None => None,
        };
        items.push(ItemSpec {
            exercise: e.id.clone(),
            dose,
            note,
        });
    }
    Ok(TemplateSpec {
        id: id.to_owned(),
        stage,
        times: wire.times,
        per_week,
        weeks: wire.weeks,
        auto_progress: wire.auto_progress,
        items,
    })
}

fn need_message(messages: &BTreeSet<String>, id: &str) -> Result<(), String> {
    if messages.contains(id) {
        Ok(())
    } else {
        Err(format!(
            "its words need the message `{id}` in locales/en/templates.ftl (and every other language)"
        ))
    }
}

/// The ids of the messages in `locales/en/*.ftl`, for `load` (every line that starts a
/// message: `some-id = …`).
pub fn english_message_ids(locales: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let Ok(entries) = fs::read_dir(locales.join("en")) else {
        return ids;
    };
    for path in entries.filter_map(|e| Some(e.ok()?.path())) {
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let starts = id.starts_with(|c: char| c.is_ascii_lowercase());
            if starts && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// The `Msg` variant of a message id, as the message generator names it
/// (`build/messages.rs`: "template-first-weeks" → "TemplateFirstWeeks").
pub fn msg_variant(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}
