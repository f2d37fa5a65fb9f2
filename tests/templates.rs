//! The builder's templates are valid and consistent with the library: every exercise
//! exists, every dose travels in a share link, every template is gated no earlier than
//! its exercises, its words exist in every language, and the data compiled in is what
//! the files say. A broken file is refused with a message naming the file and the fault.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::collections::BTreeSet;
use std::path::Path;

use backcare::domain::catalog::Catalog;
use backcare::domain::routine::RoutineName;
use backcare::domain::share::{self, Frequency, Shared, NOTE_MAX_CHARS};
use backcare::domain::templates::{template, templates, Template};
use backcare::domain::text::{plain, Lang, Text};

/// The file format and rules `build.rs` checks the templates with, included as it does.
#[path = "../src/domain/templates/parse.rs"]
mod parse;

/// Lets the shared file name the domain as the app does (`crate::domain::exercise`).
mod domain {
    pub(crate) use backcare::domain::exercise;
}

fn name() -> RoutineName {
    RoutineName::new("Home exercises").unwrap()
}

#[test]
fn there_are_a_handful_and_the_ones_physios_asked_for() {
    let all = templates();
    assert!((4..=8).contains(&all.len()), "{}", all.len());
    let ids: BTreeSet<&str> = all.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), all.len(), "two templates share an id");
    for id in [
        "caesarean-first-weeks",
        "low-back-from-6-weeks",
        "upper-back-feeding",
        "bracing-pelvic-floor",
        "return-to-activity",
    ] {
        assert!(template(id).is_some(), "{id}");
    }
    assert!(template("no-such-template").is_none());
}

#[test]
fn every_exercise_is_in_the_library_once() {
    for t in templates() {
        let mut seen = BTreeSet::new();
        for id in t.exercise_ids() {
            assert!(Catalog::builtin().find(id).is_some(), "{}: {id}", t.id);
            assert!(seen.insert(id), "{}: {id} twice", t.id);
        }
        assert!(!t.items.is_empty(), "{}", t.id);
    }
}

#[test]
fn every_template_travels_in_a_share_link_unchanged_in_every_language() {
    for t in templates() {
        for &lang in Lang::ALL {
            let routine = t.routine_in(lang, name());
            routine
                .check()
                .unwrap_or_else(|e| panic!("{} in {lang:?}: {e}", t.id));
            assert_eq!(routine.exercises.len(), t.items.len(), "{}", t.id);
            let shared = Shared::Routine(routine.clone());
            let link = share::encode(&shared);
            assert_eq!(share::decode(&link), Ok(shared), "{} in {lang:?}", t.id);
        }
    }
}

#[test]
fn a_template_becomes_a_routine_to_edit() {
    let t = template("caesarean-first-weeks").unwrap();
    let routine = t.routine(name());
    assert_eq!(routine.name, name());
    assert!(routine.clinician.is_empty() && routine.clinic.is_empty());
    assert_eq!(routine.thresholds, None);
    assert_eq!(routine.frequency, t.frequency);
    assert_eq!(routine.weeks, t.weeks);
    assert_eq!(routine.auto_progress, t.auto_progress);
    for (x, item) in routine.exercises.iter().zip(t.items) {
        assert_eq!(x.exercise.as_str(), item.exercise);
        assert_eq!(x.dose, item.dose);
        assert_eq!(x.note.is_empty(), item.note.is_none());
    }
    // The notes in the patient's language.
    let english = t.routine_in(Lang::En, name());
    let spanish = t.routine_in(Lang::Es, name());
    assert_eq!(english, routine);
    let notes = |r: &share::SharedRoutine| -> Vec<String> {
        r.exercises
            .iter()
            .map(|x| x.note.as_str().to_owned())
            .collect()
    };
    assert_ne!(notes(&english), notes(&spanish));
    assert!(notes(&english).iter().any(|n| !n.is_empty()));
}

#[test]
fn no_template_is_offered_before_any_of_its_exercises() {
    let catalog = Catalog::builtin();
    for t in templates() {
        assert!(t.caesarean_weeks >= t.vaginal_weeks, "{}", t.id);
        for id in t.exercise_ids() {
            let e = catalog.find(id).unwrap();
            assert!(
                t.vaginal_weeks >= e.stage.vaginal_weeks,
                "{}: {id} suits from week {} after a vaginal birth, the template from {}",
                t.id,
                e.stage.vaginal_weeks,
                t.vaginal_weeks
            );
            assert!(
                t.caesarean_weeks >= e.stage.caesarean_weeks,
                "{}: {id} suits from week {} after a caesarean, the template from {}",
                t.id,
                e.stage.caesarean_weeks,
                t.caesarean_weeks
            );
        }
    }
}

#[test]
fn suits_follows_the_weeks_and_the_kind_of_birth() {
    let low_back = template("low-back-from-6-weeks").unwrap();
    assert_eq!((low_back.vaginal_weeks, low_back.caesarean_weeks), (6, 8));
    assert!(!low_back.suits(5, false));
    assert!(low_back.suits(6, false));
    assert!(!low_back.suits(6, true));
    assert!(!low_back.suits(7, true));
    assert!(low_back.suits(8, true));
    assert!(low_back.suits(52, true));
    let first = template("caesarean-first-weeks").unwrap();
    assert!(first.suits(0, true) && first.suits(0, false));
    // Something suits the first days after either birth.
    assert!(templates().iter().any(|t| t.suits(0, true)));
}

#[test]
fn doses_and_schedules_are_sensible() {
    for t in templates() {
        match t.frequency {
            Frequency::PerDay(n) => assert!((1..=share::MAX_PER_DAY).contains(&n), "{}", t.id),
            Frequency::PerWeek(n) => assert!((1..=share::MAX_PER_WEEK).contains(&n), "{}", t.id),
        }
        assert!((1..=share::MAX_WEEKS).contains(&t.weeks), "{}", t.id);
        // A session fits a busy day: at most 45 minutes planned.
        let catalog = Catalog::builtin();
        let seconds: u32 = t
            .items
            .iter()
            .map(|i| {
                i.dose
                    .total_seconds(catalog.find(i.exercise).unwrap().sides)
            })
            .sum();
        assert!(seconds <= 45 * 60, "{}: {seconds} s", t.id);
        for item in t.items {
            item.dose.check().unwrap();
        }
    }
}

#[test]
fn names_summaries_and_notes_exist_in_every_language() {
    for t in templates() {
        for &lang in Lang::ALL {
            for msg in [Some(t.name), Some(t.summary)]
                .into_iter()
                .chain(t.items.iter().map(|i| i.note))
                .flatten()
            {
                let text = plain(lang, &Text::new(msg));
                assert!(
                    !text.trim().is_empty() && !text.contains("{$"),
                    "{} {msg:?} in {lang:?}",
                    t.id
                );
            }
            for item in t.items {
                if let Some(note) = item.note {
                    let text = plain(lang, &Text::new(note));
                    assert!(
                        text.chars().count() <= NOTE_MAX_CHARS,
                        "{}: {note:?} in {lang:?} is longer than a note may be",
                        t.id
                    );
                }
            }
        }
        let en = plain(Lang::En, &Text::new(t.name));
        let es = plain(Lang::Es, &Text::new(t.name));
        assert_ne!(en, es, "{}: not translated", t.id);
    }
}

/// The library and messages the build checks templates against.
fn library() -> Vec<backcare::domain::exercise::Exercise> {
    Catalog::builtin().all().to_vec()
}

fn messages() -> BTreeSet<String> {
    parse::english_message_ids(Path::new("locales"))
}

#[test]
fn the_built_in_data_is_what_the_files_say() {
    let (sources, errors) = parse::read_sources(Path::new("templates"));
    assert!(errors.is_empty(), "{errors:?}");
    let (specs, errors) = parse::load(&sources, &library(), &messages());
    let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(listed.is_empty(), "{}", listed.join("\n"));
    let built: Vec<&Template> = templates().iter().collect();
    assert_eq!(
        built.iter().map(|t| t.id).collect::<Vec<_>>(),
        parse::LISTING,
        "listing order"
    );
    assert_eq!(specs.len(), built.len());
    for (spec, t) in specs.iter().zip(built) {
        assert_eq!(spec.id, t.id);
        assert_eq!(
            (spec.stage.vaginal_weeks, spec.stage.caesarean_weeks),
            (t.vaginal_weeks, t.caesarean_weeks)
        );
        let frequency = if spec.per_week {
            Frequency::PerWeek(spec.times)
        } else {
            Frequency::PerDay(spec.times)
        };
        assert_eq!(frequency, t.frequency);
        assert_eq!((spec.weeks, spec.auto_progress), (t.weeks, t.auto_progress));
        assert_eq!(spec.items.len(), t.items.len());
        for (s, i) in spec.items.iter().zip(t.items) {
            assert_eq!(s.exercise.as_str(), i.exercise);
            assert_eq!(s.dose, i.dose);
            assert_eq!(s.note.as_deref(), i.note.map(|m| m.id()));
        }
        assert_eq!(t.name.id(), format!("template-{}", t.id));
        assert_eq!(t.summary.id(), format!("template-{}-summary", t.id));
    }
}

mod broken_files {
    use super::{library, messages, parse};

    const GOOD: &str = r#"
id = "caesarean-first-weeks"
times = 2
per = "day"
weeks = 6

[stage]
vaginal_weeks = 0
caesarean_weeks = 0

[[exercise]]
id = "brace-lying"
sets = 1
reps = 8
rep_s = 10
hold_s = 5
note = "gently"
"#;

    /// What the build would say about `text` as `templates/caesarean-first-weeks.toml`.
    fn errors(text: &str) -> Vec<String> {
        let sources = vec![("caesarean-first-weeks".to_owned(), text.to_owned())];
        parse::load(&sources, &library(), &messages())
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn one_error(text: &str) -> String {
        let found = errors(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let error = found[0].clone();
        assert!(
            error.starts_with("templates/caesarean-first-weeks.toml: "),
            "{error}"
        );
        error
    }

    #[test]
    fn the_good_one_passes() {
        assert!(errors(GOOD).is_empty(), "{:?}", errors(GOOD));
    }

    #[test]
    fn bad_toml_and_unknown_fields_do_not_parse() {
        assert!(one_error("id = ").contains("does not parse"));
        let e = one_error(&format!("{GOOD}\ncolour = \"blue\"\n"));
        assert!(e.contains("does not parse") && e.contains("colour"), "{e}");
        let e = one_error(&GOOD.replace("times = 2", ""));
        assert!(e.contains("missing field `times`"), "{e}");
    }

    #[test]
    fn an_exercise_not_in_the_library_is_named() {
        let e = one_error(&GOOD.replace("\"brace-lying\"", "\"brace-flying\""));
        assert!(
            e.contains("exercise 1 (\"brace-flying\") is not in the library"),
            "{e}"
        );
    }

    #[test]
    fn a_template_earlier_than_its_exercises_is_refused() {
        let e = one_error(&GOOD.replace(
            "[[exercise]]\nid = \"brace-lying\"",
            "[[exercise]]\nid = \"glute-bridge\"",
        ));
        assert!(
            e.contains("`stage.vaginal_weeks` is 0") && e.contains("from week 4"),
            "{e}"
        );
        let e = one_error(
            &GOOD
                .replace("vaginal_weeks = 0", "vaginal_weeks = 4")
                .replace("caesarean_weeks = 0", "caesarean_weeks = 4")
                .replace("id = \"brace-lying\"", "id = \"glute-bridge\""),
        );
        assert!(
            e.contains("`stage.caesarean_weeks` is 4") && e.contains("from week 8"),
            "{e}"
        );
        let e = one_error(
            &GOOD
                .replace("caesarean_weeks = 0", "caesarean_weeks = 0\n")
                .replace("vaginal_weeks = 0", "vaginal_weeks = 2"),
        );
        assert!(
            e.contains("caesarean_weeks must be at least vaginal_weeks"),
            "{e}"
        );
    }

    #[test]
    fn doses_and_schedules_outside_a_share_links_bounds_are_refused() {
        let e = one_error(&GOOD.replace("reps = 8", "reps = 80"));
        assert!(
            e.contains("the dose is invalid: reps must be 1 to 50"),
            "{e}"
        );
        let e = one_error(&GOOD.replace("reps = 8\nrep_s = 10", "seconds = 30"));
        assert!(e.contains("give either `seconds`, or `reps`"), "{e}");
        assert!(
            one_error(&GOOD.replace("times = 2", "times = 6")).contains("`times` must be 1 to 5")
        );
        assert!(one_error(&GOOD.replace("per = \"day\"", "per = \"month\"")).contains("`per`"));
        assert!(
            one_error(&GOOD.replace("weeks = 6", "weeks = 60")).contains("`weeks` must be 1 to 52")
        );
        let empty = GOOD.split("[[exercise]]").next().unwrap();
        assert!(one_error(empty).contains("needs 1 to 20"));
        let twice = format!("{GOOD}\n[[exercise]]\nid = \"brace-lying\"\nsets = 1\nseconds = 30\n");
        assert!(one_error(&twice).contains("twice"));
    }

    #[test]
    fn words_missing_from_the_messages_are_named() {
        let e = one_error(&GOOD.replace("note = \"gently\"", "note = \"loudly\""));
        assert!(
            e.contains("template-caesarean-first-weeks-note-loudly")
                && e.contains("locales/en/templates.ftl"),
            "{e}"
        );
        let sources = vec![(
            "new-template".to_owned(),
            GOOD.replace("caesarean-first-weeks", "new-template")
                .replace("note = \"gently\"\n", ""),
        )];
        let found: Vec<String> = parse::load(&sources, &library(), &messages())
            .1
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.len() == 1 && found[0].contains("`template-new-template`"),
            "{found:?}"
        );
    }

    #[test]
    fn an_id_unlike_the_file_name_is_refused() {
        let e = one_error(&GOOD.replacen("caesarean-first-weeks", "first-weeks", 1));
        assert!(e.contains("not the file's name"), "{e}");
    }

    #[test]
    fn unlisted_files_are_reported() {
        let dir = std::env::temp_dir().join(format!("backcare-templates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("extra.toml"), GOOD).unwrap();
        let (sources, errors) = parse::read_sources(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        assert!(sources.is_empty());
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            listed
                .iter()
                .any(|e| e.starts_with("templates/extra.toml: not in the templates' LISTING")),
            "{listed:?}"
        );
        assert!(
            listed
                .iter()
                .any(|e| e.contains("caesarean-first-weeks.toml: cannot be read")),
            "{listed:?}"
        );
    }

    #[test]
    fn message_ids_become_the_generators_variant_names() {
        assert_eq!(
            parse::msg_variant("template-low-back-from-6-weeks"),
            "TemplateLowBackFrom6Weeks"
        );
    }
}
