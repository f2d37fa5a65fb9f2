//! The builder's library search: names and other names in either language, accents and
//! case ignored, best matches first; each entry's posture; the synonyms files' rules.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::collections::{BTreeSet, HashSet};
use std::fs;

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::Kind;
use backcare::domain::search::{posture, search, synonyms, Posture};
use backcare::domain::text::{plain, Lang, Msg, Text};

/// The synonyms file format and rules `build.rs` checks them with, included as it does.
#[path = "../src/domain/search/synonyms.rs"]
mod synonyms_file;

fn ids(found: &[&backcare::domain::exercise::Exercise]) -> Vec<String> {
    found.iter().map(|e| e.id.to_string()).collect()
}

fn find(lang: Lang, query: &str) -> Vec<String> {
    ids(&search(Catalog::builtin_in(lang), lang, query))
}

fn first(lang: Lang, query: &str) -> String {
    find(lang, query)
        .first()
        .cloned()
        .unwrap_or_else(|| panic!("{query:?} finds nothing"))
}

const EN: Lang = Lang::En;
const ES: Lang = Lang::Es;

#[test]
fn a_blank_query_lists_everything_in_library_order() {
    let all: Vec<String> = Catalog::builtin()
        .all()
        .iter()
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(find(EN, ""), all);
    assert_eq!(find(EN, "   "), all);
    assert_eq!(find(ES, "\t"), all);
}

#[test]
fn the_names_people_use_find_the_exercise() {
    for (query, id) in [
        ("bridge", "glute-bridge"),
        ("glute bridge", "glute-bridge"),
        ("tilt", "pelvic-tilt-lying"),
        ("pelvic rock", "pelvic-tilt-lying"),
        ("cat cow", "cat-cow"),
        ("Kegel", "pelvic-floor-quick"),
        ("pelvic floor", "pelvic-floor-quick"),
        ("TA", "brace-lying"),
        ("transversus", "brace-lying"),
        ("clam", "side-lying-clam"),
        ("bird dog", "bird-dog"),
        ("heel slide", "heel-slides"),
        ("chin tuck", "chin-tuck"),
        ("child's pose", "childs-pose"),
        ("knee hug", "knee-to-chest"),
        ("hamstring", "hamstring-stretch"),
        ("hip flexor", "hip-flexor-stretch"),
        ("sit to stand", "sit-to-stand"),
        ("stroll", "walk-5"),
        ("C-section", "lesson-caesarean-recovery"),
    ] {
        assert!(
            find(EN, query).contains(&id.to_owned()),
            "{query:?} should find {id}: {:?}",
            find(EN, query)
        );
    }
    let squats = find(EN, "squat");
    assert!(squats.contains(&"sit-to-stand".to_owned()), "{squats:?}");
    assert!(squats.contains(&"brace-lifting".to_owned()), "{squats:?}");
    let walks = find(EN, "walking");
    for walk in ["walk-5", "walk-10", "walk-20", "walk-30"] {
        assert!(walks.contains(&walk.to_owned()), "{walks:?}");
    }
}

#[test]
fn spanish_names_find_the_exercise_and_english_names_still_work() {
    for (query, id) in [
        ("puente", "glute-bridge"),
        ("gato-vaca", "cat-cow"),
        ("gato vaca", "cat-cow"),
        ("Kegel", "pelvic-floor-quick"),
        ("almeja", "side-lying-clam"),
        ("perro de caza", "bird-dog"),
        ("suelo pelvico", "pelvic-floor-quick"),
        ("basculacion", "pelvic-tilt-lying"),
        ("cesarea", "lesson-caesarean-recovery"),
        // A Spanish-speaking physio may know the English name.
        ("bridge", "glute-bridge"),
        ("bird dog", "bird-dog"),
    ] {
        assert!(
            find(ES, query).contains(&id.to_owned()),
            "{query:?} should find {id} in Spanish: {:?}",
            find(ES, query)
        );
    }
}

#[test]
fn case_and_accents_do_not_matter() {
    assert_eq!(find(ES, "BÁSCULA PÉLVICA"), find(ES, "bascula pelvica"));
    assert_eq!(find(ES, "Cesárea"), find(ES, "cesarea"));
    assert_eq!(find(EN, "CHILDS POSE"), find(EN, "child’s pose"));
    assert!(!find(ES, "bascula pelvica").is_empty());
}

#[test]
fn every_word_must_match() {
    assert!(find(EN, "bridge zebra").is_empty());
    assert!(find(EN, "xyzzy").is_empty());
    // "pelvic" alone finds tilts and the pelvic floor; with "floor" only the floor.
    let floor = find(EN, "pelvic floor");
    assert_eq!(
        floor.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        BTreeSet::from(["pelvic-floor-quick", "pelvic-floor-hold"]),
    );
}

#[test]
fn names_come_before_other_names() {
    // "Bridge" is the bridge's name; nothing else is called that.
    assert_eq!(first(EN, "bridge"), "glute-bridge");
    assert_eq!(first(EN, "brid"), "glute-bridge");
    // "Brisk walk" starts with "bri"; the bridge is still found.
    assert_eq!(first(EN, "bri"), "walk-30");
    assert!(find(EN, "bri").contains(&"glute-bridge".to_owned()));
    // Named "Pelvic tilt …" beats a synonym "tilt".
    let tilts = find(EN, "tilt");
    assert_eq!(
        &tilts[..3],
        [
            "pelvic-tilt-lying",
            "pelvic-tilt-wall",
            "pelvic-tilt-hands-knees"
        ]
    );
    // A name starting with the query beats a name merely containing it: "Sit to stand"
    // first, then entries found only through "squat".
    assert_eq!(first(EN, "sit"), "sit-to-stand");
    let walk = find(EN, "walk");
    assert_eq!(&walk[..4], ["walk-5", "walk-10", "walk-20", "walk-30"]);
    // In Spanish, the Spanish name first.
    assert_eq!(first(ES, "puente"), "glute-bridge");
    // Punctuation in a name does not stop it from starting with the query.
    assert_eq!(first(EN, "pelvic floor quick"), "pelvic-floor-quick");
    assert_eq!(
        first(ES, "suelo pelvico contracciones largas"),
        "pelvic-floor-hold"
    );
}

#[test]
fn a_query_is_matched_at_the_start_of_words_as_it_is_typed() {
    for partial in ["k", "ke", "keg", "kege", "kegel"] {
        assert!(
            find(EN, partial).contains(&"pelvic-floor-hold".to_owned()),
            "{partial:?}"
        );
    }
    // "ta" is the start of "TA" (transversus), not the middle of "stand".
    assert!(find(EN, "ta").contains(&"brace-lying".to_owned()));
    assert!(!find(EN, "tand").contains(&"sit-to-stand".to_owned()));
}

#[test]
fn every_entry_has_a_posture_and_every_posture_is_used() {
    let catalog = Catalog::builtin();
    let used: BTreeSet<Posture> = catalog.all().iter().map(posture).collect();
    assert_eq!(
        used,
        Posture::ALL.into_iter().collect(),
        "a posture with nothing in it"
    );
    for e in catalog.all() {
        let p = posture(e);
        // Walks, walk-runs and the running check's 30-minute walk are done on the move.
        if matches!(e.kind, Kind::Walk | Kind::Run) || e.id.as_str() == "run-test-walk" {
            assert_eq!(p, Posture::Walking, "{}", e.id);
        } else {
            assert_ne!(
                p,
                Posture::Walking,
                "{}: only walks, walk-runs and the walking test are walking",
                e.id
            );
        }
        // The posture agrees with the position line's first words.
        let position = e.position.to_lowercase();
        let fits = match p {
            Posture::Lying => position.starts_with("lying on your back"),
            Posture::SideLying => position.starts_with("lying on your side"),
            Posture::Sitting => position.starts_with("sitting"),
            Posture::Standing => {
                position.starts_with("standing") || position.starts_with("squatting")
            }
            Posture::Kneeling => position.starts_with("kneeling"),
            Posture::HandsAndKnees => position.starts_with("on hands and knees"),
            Posture::Walking => position.contains("walking"),
        };
        assert!(fits, "{}: {p:?} but {:?}", e.id, e.position);
    }
    // The same in every language.
    for e in Catalog::builtin_in(ES).all() {
        assert_eq!(e.posture, Catalog::builtin().get(&e.id).unwrap().posture);
    }
}

#[test]
fn postures_have_keys_and_labels_in_every_language() {
    for p in Posture::ALL {
        assert_eq!(Posture::from_key(p.key()), Some(p));
        for &lang in Lang::ALL {
            let label = plain(lang, &Text::new(p.label()));
            assert!(
                !label.is_empty() && !label.contains('{'),
                "{p:?} in {lang:?}"
            );
        }
    }
    assert_eq!(Posture::from_key("Lying"), None);
    let labels: HashSet<Msg> = Posture::ALL.iter().map(|p| p.label()).collect();
    assert_eq!(
        labels.len(),
        Posture::ALL.len(),
        "two postures share a label"
    );
}

#[test]
fn every_entry_has_other_names_in_every_language() {
    for &lang in Lang::ALL {
        for e in Catalog::builtin().all() {
            assert!(
                !synonyms(lang, e.id.as_str()).is_empty(),
                "{} has no other names in {lang:?}",
                e.id
            );
        }
    }
    assert!(synonyms(EN, "glute-bridge").contains(&"bridge"));
    assert!(synonyms(ES, "cat-cow").contains(&"gato-vaca"));
    assert!(synonyms(EN, "no-such-entry").is_empty());
}

#[test]
fn the_synonyms_files_are_what_was_built_in() {
    let library: Vec<&str> = Catalog::builtin()
        .all()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    for &lang in Lang::ALL {
        let file = format!("locales/{}/synonyms.toml", lang.code());
        let text = fs::read_to_string(&file).unwrap();
        let parsed = synonyms_file::parse(&file, &text, &library).unwrap();
        for (id, names) in parsed {
            let built: Vec<String> = synonyms(lang, &id)
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
            assert_eq!(built, names, "{file}: {id}");
        }
    }
}

mod bad_synonyms_files {
    use super::synonyms_file::parse;

    const IDS: &[&str] = &["glute-bridge", "cat-cow"];

    fn errors(text: &str) -> String {
        parse("locales/xx/synonyms.toml", text, IDS)
            .unwrap_err()
            .join("\n")
    }

    #[test]
    fn a_good_file_comes_back_in_library_order() {
        let parsed = parse(
            "f",
            "cat-cow = [\"cat camel\"]\nglute-bridge = [\"bridge\"]\n",
            IDS,
        )
        .unwrap();
        assert_eq!(
            parsed,
            vec![
                ("glute-bridge".to_owned(), vec!["bridge".to_owned()]),
                ("cat-cow".to_owned(), vec!["cat camel".to_owned()]),
            ]
        );
    }

    #[test]
    fn an_unknown_entry_is_named() {
        let e = errors("glute-brige = [\"bridge\"]\n");
        assert!(
            e.contains("locales/xx/synonyms.toml") && e.contains("`glute-brige`"),
            "{e}"
        );
    }

    #[test]
    fn bad_toml_and_wrong_types_do_not_parse() {
        assert!(errors("glute-bridge = [\"bridge\"").contains("does not parse"));
        assert!(errors("glute-bridge = \"bridge\"\n").contains("does not parse"));
        assert!(errors("glute-bridge = [1]\n").contains("does not parse"));
    }

    #[test]
    fn empty_padded_long_and_repeated_names_are_caught() {
        assert!(errors("glute-bridge = []\n").contains("needs 1 to"));
        assert!(errors("glute-bridge = [\"\"]\n").contains("empty"));
        assert!(errors("glute-bridge = [\" bridge\"]\n").contains("padded"));
        let long = format!("glute-bridge = [\"{}\"]\n", "a".repeat(41));
        assert!(errors(&long).contains("longer than 40"));
        assert!(errors("glute-bridge = [\"bridge\", \"Bridge\"]\n").contains("twice"));
    }
}
