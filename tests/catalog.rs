//! The built-in exercise library is complete and valid: every file listed, ids unique
//! and equal to file names, links resolve, chains acyclic, content present; and the data
//! `build.rs` compiled in is exactly what the files say.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{Kind, Region, Work};

/// The file format and rules `build.rs` checks the library with, included as it does.
#[path = "../src/domain/catalog/parse.rs"]
mod parse;

/// Lets the shared file name the domain as the app does (`crate::domain::exercise`).
mod domain {
    pub(crate) use backcare::domain::exercise;
}

use parse::{Source, LISTING};

fn stems(dir: &str, ext: &str) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some(ext))
        .map(|p| p.file_stem().unwrap().to_str().unwrap().to_owned())
        .collect()
}

/// The library's files, read now.
fn sources() -> Vec<Source> {
    let (sources, errors) = parse::read_sources(Path::new("exercises"));
    let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "cannot read the library:\n{}",
        listed.join("\n")
    );
    sources
}

#[test]
fn every_entry_is_valid() {
    let sources = sources();
    let (entries, errors) = parse::load(&sources);
    let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "catalogue problems:\n{}",
        listed.join("\n")
    );
    assert_eq!(entries.len(), LISTING.len());
}

#[test]
fn the_built_in_data_is_what_the_files_say() {
    let (parsed, errors) = parse::load(&sources());
    assert!(errors.is_empty(), "{errors:?}");
    let built = Catalog::builtin().all();
    let ids = |list: &[backcare::domain::exercise::Exercise]| -> Vec<String> {
        list.iter().map(|e| e.id.to_string()).collect()
    };
    let (exercises, details): (Vec<_>, Vec<_>) = parsed.into_iter().unzip();
    assert_eq!(ids(built), ids(&exercises), "entries or their order differ");
    for (built, parsed) in built.iter().zip(&exercises) {
        assert_eq!(built, parsed, "{} differs from its file", parsed.id);
    }
    assert_eq!(ids(built), LISTING, "listing order");
    // The details file the build wrote beside the app says what the files say too.
    let shipped = Catalog::builtin()
        .read_details(include_str!(concat!(
            env!("OUT_DIR"),
            "/exercise-details.txt"
        )))
        .unwrap();
    assert_eq!(shipped.len(), details.len());
    for (e, parsed) in exercises.iter().zip(&details) {
        assert_eq!(shipped.get(&e.id), Some(parsed), "{}: details differ", e.id);
    }
}

#[test]
fn the_shape_words_files_are_checked_against_is_the_librarys() {
    let library: Vec<(&str, usize)> = Catalog::builtin()
        .all()
        .iter()
        .map(|e| (e.id.as_str(), e.cues.len()))
        .collect();
    assert_eq!(backcare::domain::catalog::SHAPE, library.as_slice());
}

#[test]
fn every_file_is_registered_and_every_entry_has_art() {
    let registered: BTreeSet<String> = LISTING.iter().map(|&id| id.to_owned()).collect();
    assert_eq!(
        stems("exercises", "toml"),
        registered,
        "exercises/*.toml vs LISTING"
    );
    assert_eq!(
        stems("exercises/art", "svg"),
        registered,
        "exercises/art/*.svg vs LISTING"
    );
}

#[test]
fn library_is_large_and_covers_every_kind_and_region() {
    let catalog = Catalog::builtin();
    assert!(catalog.len() >= 24, "only {} entries", catalog.len());
    for kind in Kind::ALL {
        assert!(
            catalog.all().iter().any(|e| e.kind == kind),
            "no entry of kind {kind:?}"
        );
    }
    for region in Region::ALL {
        assert!(
            catalog.all().iter().any(|e| e.helps.contains(&region)),
            "nothing helps {region:?}"
        );
    }
}

#[test]
fn something_suits_the_first_days_after_either_birth() {
    let catalog = Catalog::builtin();
    let early: Vec<_> = catalog
        .all()
        .iter()
        .filter(|e| e.stage.caesarean_weeks == 0)
        .map(|e| e.kind)
        .collect();
    for kind in [
        Kind::Walk,
        Kind::Breathing,
        Kind::Bracing,
        Kind::PelvicFloor,
    ] {
        assert!(
            early.contains(&kind),
            "nothing of kind {kind:?} from day one"
        );
    }
}

#[test]
fn chains_run_easiest_to_hardest_and_never_get_easier_in_stage() {
    let catalog = Catalog::builtin();
    for e in catalog.all() {
        let chain = catalog.chain(&e.id);
        assert!(
            chain.iter().any(|c| c.id == e.id),
            "{} missing from own chain",
            e.id
        );
        for pair in chain.windows(2) {
            assert!(
                pair[1].stage.vaginal_weeks >= pair[0].stage.vaginal_weeks
                    && pair[1].stage.caesarean_weeks >= pair[0].stage.caesarean_weeks,
                "{} is harder than {} but suits an earlier stage",
                pair[1].id,
                pair[0].id
            );
        }
    }
}

#[test]
fn walking_is_graded_by_duration() {
    let catalog = Catalog::builtin();
    let walks: Vec<u32> = catalog
        .all()
        .iter()
        .filter(|e| e.kind == Kind::Walk)
        .map(|e| e.dose.work.seconds())
        .collect();
    assert!(walks.len() >= 3, "walks: {walks:?}");
    let distinct: BTreeSet<u32> = walks.iter().copied().collect();
    assert_eq!(
        distinct.len(),
        walks.len(),
        "walk durations repeat: {walks:?}"
    );
}

#[test]
fn reps_doses_have_a_workable_tempo() {
    let mut one_a_second = Vec::new();
    for e in Catalog::builtin().all() {
        if let Work::Reps { rep_s, hold_s, .. } = e.dose.work {
            assert!(hold_s <= rep_s, "{}", e.id);
            if rep_s < 2 {
                one_a_second.push(e.id.as_str());
                assert!(
                    e.kind == Kind::RunTest && hold_s == 0,
                    "{}: a rep under 2 s cannot be cued",
                    e.id
                );
            }
        }
    }
    // The one exception: the hop test counts a hop a second, each a single spoken
    // number with no hold, as Goom et al. 2019 has it hopped.
    assert_eq!(one_a_second, ["run-test-hop"]);
}

mod filter {
    use backcare::domain::catalog::{Catalog, Filter};
    use backcare::domain::exercise::{Kind, Region};

    fn ids(filter: Filter) -> Vec<String> {
        Catalog::builtin()
            .all()
            .iter()
            .filter(|e| filter.matches(e))
            .map(|e| e.id.to_string())
            .collect()
    }

    #[test]
    fn no_filter_lists_everything() {
        assert_eq!(ids(Filter::default()).len(), Catalog::builtin().len());
    }

    #[test]
    fn region_and_kind_narrow_the_list() {
        let upper = ids(Filter {
            region: Some(Region::UpperBack),
            ..Filter::default()
        });
        assert!(upper.contains(&"chin-tuck".to_owned()));
        assert!(!upper.contains(&"walk-30".to_owned()));
        let walks = ids(Filter {
            kind: Some(Kind::Walk),
            ..Filter::default()
        });
        assert_eq!(walks, ["walk-5", "walk-10", "walk-20", "walk-30"]);
    }

    #[test]
    fn the_stage_filter_follows_birth_type_and_is_cautious_when_unknown() {
        let at = |weeks, caesarean| {
            ids(Filter {
                weeks: Some(weeks),
                caesarean,
                ..Filter::default()
            })
        };
        let bird_dog = "bird-dog".to_owned();
        assert!(at(6, Some(false)).contains(&bird_dog));
        assert!(!at(6, Some(true)).contains(&bird_dog));
        assert!(
            !at(6, None).contains(&bird_dog),
            "unknown birth type uses the later stage"
        );
        assert!(at(10, Some(true)).contains(&bird_dog));
        for e in Catalog::builtin().all() {
            let shown_early = at(0, Some(true)).contains(&e.id.to_string());
            assert_eq!(shown_early, e.stage.caesarean_weeks == 0, "{}", e.id);
        }
    }
}

/// The rules `build.rs` enforces reject bad content with the file and field named.
mod rules {
    use super::parse::{self, CatalogError, Source};
    use super::sources;

    /// The library with one entry's TOML or SVG edited. Edit an entry without links
    /// (`heat-cold`): an entry that fails is left out, so links to it would dangle too.
    fn edited(id: &str, edit: impl Fn(&str) -> String, svg: bool) -> Vec<Source> {
        sources()
            .into_iter()
            .map(|mut s| {
                if s.id == id {
                    if svg {
                        s.svg = edit(s.svg).leak();
                    } else {
                        s.toml = edit(s.toml).leak();
                    }
                }
                s
            })
            .collect()
    }

    fn errors(sources: &[Source]) -> Vec<String> {
        parse::load(sources)
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn an_unknown_kind_names_the_file_and_field() {
        let bad = edited(
            "heat-cold",
            |t| t.replace("kind = \"self-care\"", "kind = \"self\""),
            false,
        );
        assert_eq!(
            errors(&bad),
            ["exercises/heat-cold.toml: `kind` is invalid: unknown kind \"self\""]
        );
    }

    #[test]
    fn a_missing_or_unknown_posture_names_the_file_and_field() {
        let bad = edited(
            "heat-cold",
            |t| t.replace("posture = \"sitting\"", "posture = \"lounging\""),
            false,
        );
        assert_eq!(
            errors(&bad),
            ["exercises/heat-cold.toml: `posture` is invalid: unknown posture \"lounging\""]
        );
        let missing = edited(
            "heat-cold",
            |t| t.replace("posture = \"sitting\"\n", ""),
            false,
        );
        let found = errors(&missing);
        assert!(
            found.len() == 1 && found[0].contains("missing field `posture`"),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_field_or_bad_toml_does_not_parse() {
        let bad = edited("heat-cold", |t| format!("{t}\nfavourite = true\n"), false);
        let found = errors(&bad);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("exercises/heat-cold.toml: the file does not parse: line ")
                && found[0].contains("unknown field `favourite`"),
            "{found:?}"
        );
    }

    #[test]
    fn a_bad_dose_and_a_short_list_are_caught() {
        let bad = edited(
            "heat-cold",
            |t| t.replace("seconds = 900", "seconds = 3"),
            false,
        );
        assert_eq!(
            errors(&bad),
            ["exercises/heat-cold.toml: `dose` is invalid: timed work must be 5 seconds to 1 hour"]
        );
        let bad = edited(
            "heat-cold",
            |t| {
                let start = t.find("cues = [").unwrap();
                let end = start + t[start..].find(']').unwrap();
                format!("{}cues = [\"Walk\"{}", &t[..start], &t[end..])
            },
            false,
        );
        assert_eq!(
            errors(&bad),
            ["exercises/heat-cold.toml: `cues` is invalid: needs at least 2"]
        );
    }

    #[test]
    fn active_art_names_the_svg_file() {
        let bad = edited(
            "heat-cold",
            |s| s.replace("<circle", "<circle onclick=\"x()\""),
            true,
        );
        assert_eq!(
            errors(&bad),
            ["exercises/art/heat-cold.svg: `illustration` is invalid: must not script or link out"]
        );
    }

    #[test]
    fn links_must_resolve_and_be_mutual() {
        let bad = edited(
            "walk-5",
            |t| t.replace("harder = \"walk-10\"", "harder = \"walk-11\""),
            false,
        );
        assert_eq!(
            errors(&bad),
            [
                "exercises/walk-5.toml: `harder` points to \"walk-11\", which is not in the library",
                "exercises/walk-10.toml: `easier`/`harder` links are not mutual with walk-5",
            ]
        );
    }

    #[test]
    fn an_entry_listed_twice_is_reported() {
        let mut twice = sources();
        twice.push(twice[0]);
        assert_eq!(
            parse::load(&twice).1,
            [CatalogError::Duplicate {
                id: "walk-5".to_owned()
            }]
        );
    }

    #[test]
    fn unlisted_and_missing_files_are_reported() {
        let dir = std::env::temp_dir().join(format!("backcare-catalog-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("art")).unwrap();
        for s in sources() {
            std::fs::write(dir.join(format!("{}.toml", s.id)), s.toml).unwrap();
            if s.id != "walk-5" {
                std::fs::write(dir.join(format!("art/{}.svg", s.id)), s.svg).unwrap();
            }
        }
        std::fs::write(dir.join("new-stretch.toml"), "").unwrap();
        let (read, errors) = parse::read_sources(&dir);
        assert_eq!(read.len(), parse::LISTING.len() - 1);
        let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].starts_with("exercises/art/walk-5.svg: cannot be read"),
            "{found:?}"
        );
        assert_eq!(
            found[1],
            "exercises/new-stretch.toml: not in the library's LISTING (src/domain/catalog/sources.rs)"
        );
    }
}

/// Spanish (issue 12, in progress): every exercise has its words in `exercises/es/`,
/// field for field and line for line with the English, none empty or left in English.
#[test]
fn every_exercise_has_its_words_in_spanish() {
    const TEXT: [&str; 9] = [
        "name",
        "position",
        "equipment",
        "summary",
        "instructions",
        "cues",
        "mistakes",
        "stop_if",
        "source",
    ];
    let read = |path: String| -> toml::Table {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.parse().unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let english = stems("exercises", "toml");
    assert_eq!(english, stems("exercises/es", "toml"), "the same files");
    let mut problems = Vec::new();
    for stem in &english {
        let en = read(format!("exercises/{stem}.toml"));
        let es = read(format!("exercises/es/{stem}.toml"));
        let fields: BTreeSet<&str> = es.keys().map(String::as_str).collect();
        let wanted: BTreeSet<&str> = std::iter::once("id")
            .chain(TEXT.into_iter().filter(|f| en.contains_key(*f)))
            .collect();
        if fields != wanted {
            problems.push(format!("{stem}: fields {fields:?}, want {wanted:?}"));
        }
        if es.get("id") != en.get("id") {
            problems.push(format!("{stem}: the id differs"));
        }
        for field in TEXT {
            let (Some(e), Some(s)) = (en.get(field), es.get(field)) else {
                continue;
            };
            let lines = |v: &toml::Value| -> Vec<String> {
                match v {
                    toml::Value::String(s) => vec![s.clone()],
                    toml::Value::Array(a) => a
                        .iter()
                        .map(|x| x.as_str().unwrap_or_default().to_owned())
                        .collect(),
                    _ => Vec::new(),
                }
            };
            let (e, s) = (lines(e), lines(s));
            if e.len() != s.len() {
                problems.push(format!(
                    "{stem}.{field}: {} lines, English {}",
                    s.len(),
                    e.len()
                ));
            }
            for (e, s) in e.iter().zip(&s) {
                if s.trim().is_empty() || s == e {
                    problems.push(format!("{stem}.{field}: {s:?} is empty or English"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The library in Spanish is the same library (ids, doses, stages, links) with its words
/// from `exercises/es/`, and its own details file.
#[test]
fn the_library_in_spanish_is_the_same_library_in_other_words() {
    use backcare::domain::text::Lang;
    let (en, es) = (Catalog::builtin(), Catalog::builtin_in(Lang::Es));
    assert_eq!(en.len(), es.len());
    for (e, s) in en.all().iter().zip(es.all()) {
        assert_eq!(e.id, s.id);
        assert_eq!(
            (e.kind, &e.helps, e.stage, e.dose, e.sides, e.aerobic),
            (s.kind, &s.helps, s.stage, s.dose, s.sides, s.aerobic)
        );
        assert_eq!((&e.easier, &e.harder), (&s.easier, &s.harder));
        assert_ne!(e.name, s.name, "{}", e.id);
        assert_eq!(e.cues.len(), s.cues.len(), "{}", e.id);
    }
    assert_eq!(es.find("glute-bridge").unwrap().name, "Puente");
    assert_ne!(Catalog::details_file_in(Lang::Es), Catalog::details_file());
    assert_eq!(Catalog::details_file_in(Lang::En), Catalog::details_file());
    assert!(std::ptr::eq(Catalog::builtin_in(Lang::En), en));
}

/// The Spanish details (what an exercise's page reads) carry the Spanish words, the
/// clinical basis (`source`) included, and the English drawings.
#[test]
fn the_spanish_details_say_what_the_spanish_files_say() {
    let (entries, _) = parse::load(&sources());
    let (spanish, errors) = parse::translate(Path::new("exercises"), "es", &entries);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(spanish.len(), entries.len());
    for ((e, en), (s, es)) in entries.iter().zip(&spanish) {
        assert_eq!(e.id, s.id);
        let file = fs::read_to_string(format!("exercises/es/{}.toml", e.id)).unwrap();
        let words: toml::Table = file.parse().unwrap();
        assert_eq!(
            words["source"].as_str(),
            Some(es.source.as_str()),
            "{}",
            e.id
        );
        assert_ne!(en.source, es.source, "{}: the source is in English", e.id);
        assert_ne!(en.instructions, es.instructions, "{}", e.id);
        assert_eq!(en.illustration, es.illustration, "{}", e.id);
    }
    let pelvic = &spanish[LISTING
        .iter()
        .position(|&id| id == "pelvic-tilt-lying")
        .unwrap()];
    assert!(pelvic.1.source.starts_with("Documento de partida: "));
}

/// The diastasis sign: wherever a "stop if" line names a tummy that bulges or domes, it
/// names a visible gap down the middle too, in each language; and every bracing and
/// trunk-loading entry has that line.
#[test]
fn every_bulging_line_also_names_a_visible_gap() {
    let (entries, _) = parse::load(&sources());
    let (spanish, errors) = parse::translate(Path::new("exercises"), "es", &entries);
    assert!(errors.is_empty(), "{errors:?}");
    let mut with_line = BTreeSet::new();
    for (words, bulge, gap) in [
        (&entries, "bulges or domes", "visible gap down the middle"),
        (&spanish, "se abomba", "separación por el centro"),
    ] {
        for (e, d) in words {
            for line in d.stop_if.iter().filter(|l| l.contains(bulge)) {
                assert!(line.contains(gap), "{}: {line:?}", e.id);
                with_line.insert(e.id.to_string());
            }
        }
    }
    for id in [
        "brace-lying",
        "brace-sitting",
        "brace-standing",
        "brace-lifting",
        "heel-slides",
        "glute-bridge",
        "bird-dog",
        "tummy-stretch",
        "run-test-bridge",
    ] {
        assert!(with_line.contains(id), "{id} has no bulge-or-gap line");
    }
}

/// The gaps found in review, each an entry of its kind: an abdominal stretch, carrying
/// the baby, standing, holding a caesarean wound, and a partner's back rub.
#[test]
fn the_entries_added_in_review_are_of_their_kind() {
    let catalog = Catalog::builtin();
    for (id, kind, region) in [
        ("tummy-stretch", Kind::Stretch, Region::LowerBack),
        ("lesson-carrying-baby", Kind::Lesson, Region::UpperBack),
        ("lesson-standing-posture", Kind::Lesson, Region::LowerBack),
        ("lesson-wound-support", Kind::Lesson, Region::Caesarean),
        ("partner-massage", Kind::SelfCare, Region::MiddleBack),
    ] {
        let e = catalog
            .find(id)
            .unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(e.kind, kind, "{id}");
        assert!(e.helps.contains(&region), "{id}");
        // Only the stretch waits; the lessons and the back rub suit the first days.
        assert_eq!(e.stage.caesarean_weeks == 0, kind != Kind::Stretch, "{id}");
    }
}

/// A translation with a line missing, a wrong id or a missing file fails the build,
/// naming the file.
#[test]
fn a_translation_must_match_the_english_line_for_line() {
    let (entries, _) = parse::load(&sources());
    let first = &entries[..1];
    let id = first[0].0.id.as_str();
    let dir = std::env::temp_dir().join(format!("backcare-words-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("xx")).unwrap();
    let good = fs::read_to_string(format!("exercises/es/{id}.toml")).unwrap();
    let errors = |text: Option<&str>| {
        let path = dir.join("xx").join(format!("{id}.toml"));
        match text {
            Some(text) => fs::write(&path, text).unwrap(),
            None => {
                let _ = fs::remove_file(&path);
            }
        }
        let (_, errors) = parse::translate(&dir, "xx", first);
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(errors(Some(&good)), "");
    let file = format!("exercises/xx/{id}.toml");
    let missing = errors(None);
    assert!(
        missing.starts_with(&file) && missing.contains("cannot be read"),
        "{missing}"
    );
    let wrong_id = errors(Some(&good.replacen(&format!("\"{id}\""), "\"other\"", 1)));
    assert!(wrong_id.contains("`id`"), "{wrong_id}");
    // The clinical basis is required and must not be empty.
    let source_line = good
        .lines()
        .find(|l| l.starts_with("source = "))
        .unwrap()
        .to_owned();
    let no_source = errors(Some(&good.replace(&source_line, "")));
    assert!(
        no_source.starts_with(&file) && no_source.contains("`source`"),
        "{no_source}"
    );
    let empty_source = errors(Some(&good.replace(&source_line, "source = \" \"")));
    assert!(
        empty_source.contains("`source` is empty or too long"),
        "{empty_source}"
    );
    // The first cue's line taken out.
    let mut lines: Vec<&str> = good.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("cues = ["))
        .unwrap();
    assert!(!lines[at].ends_with(']'), "cues on their own lines");
    lines.remove(at + 1);
    let short = errors(Some(&lines.join("\n")));
    assert!(short.contains("`cues` has"), "{short}");
    let _ = fs::remove_dir_all(&dir);
}

/// The lessons for carers (a partner, a grandparent): of their kind, open from the first
/// day, with a drawing, sources and "stop if" lines for anyone, and not a word that
/// takes the reader for the mother (birth, pelvic floor, wound, midwife).
#[test]
fn the_carer_lessons_are_for_anyone() {
    const CARER: [&str; 5] = [
        "carer-bracing",
        "carer-lifting",
        "carer-car-seat-buggy",
        "carer-bathing",
        "carer-carrying",
    ];
    let catalog = Catalog::builtin();
    let carers: Vec<&str> = catalog
        .all()
        .iter()
        .filter(|e| e.kind == Kind::Carer)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(carers, CARER);
    for id in CARER {
        let e = catalog.find(id).unwrap();
        assert_eq!(
            (e.stage.vaginal_weeks, e.stage.caesarean_weeks),
            (0, 0),
            "{id}"
        );
        assert!(!e.kind.routine_part(), "{id}");
        for (path, banned) in [
            (
                format!("exercises/{id}.toml"),
                &[
                    "birth",
                    "pelvi",
                    "wound",
                    "caesarean",
                    "midwife",
                    "postpartum",
                    "postnatal",
                    "leak",
                ][..],
            ),
            (
                format!("exercises/es/{id}.toml"),
                &[
                    "parto", "pelvi", "herida", "cesárea", "matrona", "posparto", "escape",
                ][..],
            ),
        ] {
            let file = fs::read_to_string(&path).unwrap().to_lowercase();
            // The words, not the `[stage]` table's field names.
            let text = file.split("[stage]").next().unwrap_or_default();
            for word in banned {
                assert!(!text.contains(word), "{path} says {word:?}");
            }
            for must in [["doctor", "médico"], ["emergency", "emergencias"]] {
                assert!(must.iter().any(|m| text.contains(m)), "{path}: no {must:?}");
            }
        }
    }
}
