//! The library's details file (`catalog::details`): what the build writes reads back the
//! same, its name follows its content, and a damaged, foreign or mismatched file is an
//! error naming the problem, never a panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::details::{self, HEADER};
use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{ExerciseDetails, ExerciseId};
use proptest::prelude::*;

fn id(raw: &str) -> ExerciseId {
    ExerciseId::new(raw).unwrap()
}

fn sample(tag: &str) -> ExerciseDetails {
    ExerciseDetails {
        equipment: vec![format!("a mat {tag}")],
        instructions: vec![
            "one".into(),
            "two\twith a tab".into(),
            "three \\ slash".into(),
        ],
        mistakes: vec!["rushing\nit".into()],
        stop_if: vec!["it hurts\r\n".into()],
        source: format!("a source for {tag}"),
        illustration: "<svg viewBox=\"0 0 240 160\">\n  <circle/>\n</svg>\n".into(),
    }
}

#[test]
fn what_is_written_reads_back_the_same() {
    let (a, b) = (sample("a"), sample("b"));
    let text = details::write([("walk-5", &a), ("cat-cow", &b)]);
    assert!(text.starts_with(HEADER));
    let (ia, ib) = (id("walk-5"), id("cat-cow"));
    let read = details::parse(&text, &[&ia, &ib]).unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read.get(&ia), Some(&a));
    assert_eq!(read.get(&ib), Some(&b));
}

#[test]
fn the_built_in_file_covers_the_whole_library() {
    let text = include_str!(concat!(env!("OUT_DIR"), "/exercise-details.txt"));
    let catalog = Catalog::builtin();
    let read = catalog.read_details(text).unwrap();
    assert_eq!(read.len(), catalog.len());
    for e in catalog.all() {
        let d = read.get(&e.id).unwrap();
        assert!(d.instructions.len() >= 3, "{}", e.id);
        assert!(d.illustration.trim_end().ends_with("</svg>"), "{}", e.id);
        assert!(!d.stop_if.is_empty(), "{}", e.id);
    }
    // Its name is its content's hash: another text, another name.
    assert_eq!(Catalog::details_file(), details::file_name(text));
    assert_ne!(
        details::file_name(text),
        details::file_name(&format!("{text} "))
    );
    assert!(Catalog::details_file().starts_with("exercise-details-"));
}

#[test]
fn damaged_or_mismatched_files_are_errors() {
    let a = sample("a");
    let good = details::write([("walk-5", &a)]);
    let walk = id("walk-5");
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "not an exercise details file"),
        (
            "<!doctype html><p>Not found".into(),
            "not an exercise details file",
        ),
        (good.replace("@walk-5", "@Walk 5"), "not an exercise id"),
        (good.replace("\nstep\t", "\nstep "), "no field name"),
        (good.replace("\nsource\t", "\nsauce\t"), "an unknown field"),
        (good.replace("two\\twith", "two\\qwith"), "a broken escape"),
        (good.replace("slash", "slash\\"), "a broken escape"),
        (
            format!("{HEADER}\nstep\tfirst\n"),
            "a field before any entry",
        ),
        (good.replace("@walk-5", "@walk-10"), "walk-5 is missing"),
        (
            format!("{good}@walk-5\n"),
            "walk-5 has no steps or no drawing",
        ),
        (
            format!("{good}{}", good.replace(&format!("{HEADER}\n"), "")),
            "walk-5 appears twice",
        ),
        (
            good.replace("art\t<svg", "art\t<div"),
            "walk-5 has no steps or no drawing",
        ),
    ];
    for (text, why) in cases {
        let err = details::parse(&text, &[&walk]).unwrap_err();
        assert!(err.contains(why), "{err:?} should say {why:?} for {text:?}");
    }
    let extra = details::write([("walk-5", &a), ("cat-cow", &a)]);
    assert!(details::parse(&extra, &[&walk]).is_err());
    // A truncated copy fails rather than loading half a library.
    let both = details::write([("walk-5", &a), ("cat-cow", &a)]);
    let cut = &both[..both.find("@cat-cow").unwrap()];
    let cat = id("cat-cow");
    assert!(details::parse(cut, &[&walk, &cat]).is_err());
}

proptest! {
    #[test]
    fn any_text_round_trips(values in proptest::collection::vec(".*", 1..6)) {
        let d = ExerciseDetails {
            equipment: values.clone(),
            instructions: values.clone(),
            mistakes: values.clone(),
            stop_if: values.clone(),
            source: values.concat(),
            illustration: format!("<svg>{}</svg>", values.concat()),
        };
        let text = details::write([("walk-5", &d)]);
        let walk = id("walk-5");
        let read = details::parse(&text, &[&walk]).unwrap();
        prop_assert_eq!(read.get(&walk), Some(&d));
    }

    #[test]
    fn no_input_panics(text in ".*") {
        let walk = id("walk-5");
        let _ = details::parse(&format!("{HEADER}\n{text}"), &[&walk]);
        let _ = details::parse(&text, &[&walk]);
    }
}
