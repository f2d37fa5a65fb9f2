//! The built-in exercise library is complete and valid: every file registered, ids
//! unique and equal to file names, links resolve, chains acyclic, content present.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::collections::BTreeSet;
use std::fs;

use backcare::domain::catalog::{Catalog, SOURCES};
use backcare::domain::exercise::{Kind, Region, Work};

fn stems(dir: &str, ext: &str) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some(ext))
        .map(|p| p.file_stem().unwrap().to_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_entry_is_valid() {
    let (catalog, errors) = Catalog::load(SOURCES);
    let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "catalogue problems:\n{}",
        listed.join("\n")
    );
    assert_eq!(catalog.len(), SOURCES.len());
}

#[test]
fn every_file_is_registered_and_every_entry_has_art() {
    let registered: BTreeSet<String> = SOURCES.iter().map(|s| s.id.to_owned()).collect();
    assert_eq!(
        stems("exercises", "toml"),
        registered,
        "exercises/*.toml vs SOURCES"
    );
    assert_eq!(
        stems("exercises/art", "svg"),
        registered,
        "exercises/art/*.svg vs SOURCES"
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
    for e in Catalog::builtin().all() {
        if let Work::Reps { rep_s, hold_s, .. } = e.dose.work {
            assert!(rep_s >= 2, "{}: a rep under 2 s cannot be cued", e.id);
            assert!(hold_s <= rep_s, "{}", e.id);
        }
    }
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
