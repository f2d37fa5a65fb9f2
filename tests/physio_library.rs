//! The physiotherapist's saved routines: every operation, the stored document's round
//! trip and its golden form, the exchange file and its merge, every bad file refused with
//! its plain message and nothing changed, and no input whatever making reading panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

#[path = "fixtures/share/reference.rs"]
#[allow(dead_code)]
mod reference;

use backcare::domain::backup;
use backcare::domain::physio_library::{
    export_file, file_name, from_json, import_file, to_json, ImportSummary, LibraryError,
    PhysioLibrary, SavedRoutine, FILE_KIND, MAX_BYTES, MAX_SAVED,
};
use backcare::domain::routine::RoutineName;
use backcare::domain::saved::AppData;
use backcare::domain::share::{self, SharedRoutine};
use backcare::domain::templates::templates;
use backcare::domain::text::{plain, Lang, Text};
use proptest::prelude::*;

/// 2026-11-25 09:46:40 UTC.
const NOW: i64 = 1_795_600_000_000;

fn name(raw: &str) -> RoutineName {
    RoutineName::new(raw).unwrap()
}

/// A routine from the `n`th template, named `label`.
fn routine(n: usize, label: &str) -> SharedRoutine {
    templates()[n % templates().len()].routine(name(label))
}

/// A library of three routines saved a second apart (the last saved first).
fn three() -> (PhysioLibrary, [i64; 3]) {
    let mut lib = PhysioLibrary::default();
    let a = lib.save_new(routine(0, "A"), NOW);
    let b = lib.save_new(routine(1, "B"), NOW + 1000);
    let c = lib.save_new(routine(2, "C"), NOW + 2000);
    (lib, [a, b, c])
}

fn names(lib: &PhysioLibrary) -> Vec<&str> {
    lib.routines
        .iter()
        .map(|s| s.routine.name.as_str())
        .collect()
}

mod operations {
    use super::*;

    #[test]
    fn saving_gives_each_routine_its_own_id_newest_first() {
        let (lib, [a, b, c]) = three();
        assert_eq!([a, b, c], [NOW, NOW + 1000, NOW + 2000]);
        assert_eq!(names(&lib), ["C", "B", "A"]);
        assert_eq!(lib.get(b).unwrap().routine.name.as_str(), "B");
        assert_eq!(lib.get(b).unwrap().saved_at_ms, NOW + 1000);
        assert!(lib.get(NOW + 5).is_none());
        assert_eq!(lib.len(), 3);
    }

    #[test]
    fn two_saves_in_one_millisecond_or_a_clock_set_back_still_get_new_ids() {
        let mut lib = PhysioLibrary::default();
        let first = lib.save_new(routine(0, "A"), NOW);
        let same_ms = lib.save_new(routine(0, "B"), NOW);
        let earlier = lib.save_new(routine(0, "C"), NOW - 60_000);
        assert_eq!(first, NOW);
        assert_eq!(same_ms, NOW + 1);
        assert_eq!(earlier, NOW + 2);
        // Saved at the same moment: the newer id first.
        assert_eq!(names(&lib), ["B", "A", "C"]);
    }

    #[test]
    fn updating_replaces_the_routine_and_moves_it_to_the_top() {
        let (mut lib, [a, _, _]) = three();
        let edited = routine(3, "A, edited");
        assert!(lib.update(a, edited.clone(), NOW + 5000));
        assert_eq!(names(&lib), ["A, edited", "C", "B"]);
        let saved = lib.get(a).unwrap();
        assert_eq!((saved.id, saved.saved_at_ms), (a, NOW + 5000));
        assert_eq!(saved.routine, edited);
        assert!(!lib.update(42, routine(0, "X"), NOW));
        assert_eq!(lib.len(), 3);
    }

    #[test]
    fn duplicating_saves_a_renamed_copy_and_leaves_the_original() {
        let (mut lib, [a, _, _]) = three();
        let copy = lib.duplicate(a, name("A for twins"), NOW + 5000).unwrap();
        assert_ne!(copy, a);
        assert_eq!(names(&lib), ["A for twins", "C", "B", "A"]);
        let (original, dup) = (lib.get(a).unwrap(), lib.get(copy).unwrap());
        assert_eq!(original.routine.name.as_str(), "A");
        assert_eq!(original.saved_at_ms, NOW);
        assert_eq!(dup.routine.exercises, original.routine.exercises);
        assert_eq!(dup.routine.frequency, original.routine.frequency);
        assert_eq!(lib.duplicate(42, name("X"), NOW), None);
    }

    #[test]
    fn renaming_changes_only_the_name() {
        let (mut lib, [_, b, _]) = three();
        let before = lib.get(b).unwrap().routine.clone();
        assert!(lib.rename(b, name("B renamed"), NOW + 5000));
        let after = &lib.get(b).unwrap().routine;
        assert_eq!(after.name.as_str(), "B renamed");
        assert_eq!(after.exercises, before.exercises);
        assert_eq!(names(&lib)[0], "B renamed");
        assert!(!lib.rename(42, name("X"), NOW));
    }

    #[test]
    fn deleting_removes_only_that_one() {
        let (mut lib, [a, b, c]) = three();
        assert!(lib.delete(b));
        assert!(!lib.delete(b));
        assert_eq!(names(&lib), ["C", "A"]);
        assert!(lib.get(a).is_some() && lib.get(c).is_some());
        assert!(lib.delete(a) && lib.delete(c));
        assert!(lib.is_empty());
    }

    #[test]
    fn the_library_says_when_it_is_full() {
        let mut lib = PhysioLibrary::default();
        for i in 0..MAX_SAVED {
            assert!(!lib.is_full());
            lib.save_new(routine(i, &format!("R{i}")), NOW);
        }
        assert!(lib.is_full());
        let ids: std::collections::BTreeSet<i64> = lib.routines.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), MAX_SAVED);
    }

    #[test]
    fn a_hostile_largest_id_cannot_make_two_routines_share_one() {
        let mut lib = PhysioLibrary {
            routines: vec![SavedRoutine {
                id: i64::MAX,
                saved_at_ms: NOW,
                routine: routine(0, "A"),
            }],
        };
        let next = lib.save_new(routine(0, "B"), NOW);
        assert_ne!(next, i64::MAX);
        let again = lib.save_new(routine(0, "C"), NOW);
        assert!(again != next && again != i64::MAX);
    }
}

mod stored_document {
    use super::*;

    #[test]
    fn it_round_trips() {
        assert_eq!(
            from_json(&to_json(&PhysioLibrary::default())),
            Ok(PhysioLibrary::default())
        );
        let (lib, _) = three();
        assert_eq!(from_json(&to_json(&lib)).unwrap(), lib);
        // Every template, with notes in Spanish, and the reference routines.
        let mut lib = PhysioLibrary::default();
        for (i, t) in templates().iter().enumerate() {
            lib.save_new(t.routine_in(Lang::Es, name(t.id)), NOW + i as i64);
        }
        lib.save_new(reference::typical_routine(), NOW + 100);
        lib.save_new(reference::large_routine(), NOW + 200);
        assert_eq!(from_json(&to_json(&lib)).unwrap(), lib);
    }

    #[test]
    fn each_routine_is_stored_as_its_share_link() {
        let mut lib = PhysioLibrary::default();
        lib.save_new(reference::small_routine(), NOW);
        let text = to_json(&lib);
        let link = share::encode(&share::Shared::Routine(reference::small_routine()));
        assert_eq!(
            text,
            format!(r#"{{"v":1,"routines":[{{"id":{NOW},"saved_at_ms":{NOW},"link":"{link}"}}]}}"#)
        );
    }

    /// Written by the first build that saved routines: must load forever.
    const GOLDEN_V1: &str = concat!(
        r#"{"v":1,"routines":["#,
        r#"{"id":1795600000500,"saved_at_ms":1795600000900,"link":"AQABLwQV2EAlaECJOL1YhFS1w3GcDwAJ2BrQa2EkTBDcUVJGSBk1t58SQ4AkNggFAXgH8ggKBR4N2ohH6RPUmAWsDdIKBgMUGXIIBhQW3Kbn6QXUzk1IQI6fRa5AGvMICAMtF9hiQEzk06k9AlrDqaWgsxvSCgQBFBRyCAgUD9yW62gNHoxGzWQCAdgEIpSykQ"},"#,
        r#"{"id":1795600000000,"saved_at_ms":1795600000000,"link":"AQEB42Diudlxc82sKQclGxgYWFgZK9gvcXCxyvGASd5LXGzMIgCmvAs8"}"#,
        r#"]}"#
    );

    #[test]
    fn the_first_version_keeps_loading() {
        let lib = from_json(GOLDEN_V1).unwrap();
        assert_eq!(lib.len(), 2);
        assert_eq!(lib.routines[0].id, 1_795_600_000_500);
        assert_eq!(lib.routines[0].saved_at_ms, 1_795_600_000_900);
        assert_eq!(lib.routines[0].routine, reference::typical_routine());
        assert_eq!(lib.routines[1].routine, reference::small_routine());
        assert_eq!(to_json(&lib), GOLDEN_V1);
    }

    #[test]
    fn it_is_read_newest_first_whatever_the_stored_order() {
        let reversed = GOLDEN_V1.replace("1795600000900", "1795500000000");
        let lib = from_json(&reversed).unwrap();
        assert_eq!(lib.routines[0].routine, reference::small_routine());
    }

    fn damaged(text: &str) -> String {
        match from_json(text) {
            Err(LibraryError::Damaged(detail)) => detail,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn a_damaged_document_is_refused_and_says_where() {
        assert!(damaged("").contains("not JSON"));
        assert!(damaged(r#"{"v":1,"routines":["#).contains("not JSON"));
        assert!(damaged("[]").contains("v: missing"));
        assert!(damaged(r#"{"routines":[]}"#).contains("v: missing"));
        assert!(damaged(r#"{"v":"1","routines":[]}"#).contains("v: expected"));
        assert!(damaged(r#"{"v":0,"routines":[]}"#).contains("v: 0"));
        assert!(damaged(r#"{"v":1}"#).contains("routines: missing"));
        assert!(damaged(r#"{"v":1,"routines":[],"extra":1}"#).contains("extra: unknown field"));
        let link = r#""link":"AQEB42Diudlxc82sKQclGxgYWFgZK9gvcXCxyvGASd5LXGzMIgCmvAs8""#;
        let one = |fields: &str| format!(r#"{{"v":1,"routines":[{{{fields}}}]}}"#);
        assert!(damaged(&one(r#""id":1,"saved_at_ms":2,"link":"AQEB42""#))
            .contains("routines[0].link: not a routine's link"));
        assert!(damaged(&one(&format!(r#""id":1,"saved_at_ms":-2,{link}"#)))
            .contains("saved_at_ms: before 1970"));
        assert!(damaged(&one(&format!(r#""id":1.5,"saved_at_ms":2,{link}"#))).contains("id"));
        assert!(damaged(&one(r#""id":1,"saved_at_ms":2"#)).contains("link: missing"));
        let twice = format!(
            r#"{{"v":1,"routines":[{{"id":7,"saved_at_ms":2,{link}}},{{"id":7,"saved_at_ms":3,{link}}}]}}"#
        );
        assert!(damaged(&twice).contains("id 7 twice"));
        // A progress summary's link is a link, but not a routine.
        let summary = std::fs::read_to_string("tests/fixtures/share/summary-v1.txt").unwrap();
        let summary = summary.trim();
        assert!(damaged(&one(&format!(
            r#""id":1,"saved_at_ms":2,"link":"{summary}""#
        )))
        .contains("not a routine"));
    }

    #[test]
    fn a_newer_document_is_newer_not_damaged() {
        assert_eq!(
            from_json(r#"{"v":2,"routines":[{"future":true}],"more":{}}"#),
            Err(LibraryError::Newer { version: 2 })
        );
    }

    #[test]
    fn a_huge_value_is_refused_before_it_is_read() {
        let huge = format!(
            r#"{{"v":1,"routines":[],"pad":"{}"}}"#,
            "x".repeat(MAX_BYTES)
        );
        assert!(matches!(
            from_json(&huge),
            Err(LibraryError::TooLarge { .. })
        ));
    }
}

mod exchange_file {
    use super::*;

    #[test]
    fn an_exported_file_imports_into_an_empty_library_unchanged() {
        let (lib, _) = three();
        let file = export_file(&lib, NOW + 9000);
        assert!(file.starts_with(&format!(
            r#"{{"kind":"{FILE_KIND}","v":1,"exported_at_ms":{}"#,
            NOW + 9000
        )));
        let mut other = PhysioLibrary::default();
        let summary = import_file(&mut other, &file, NOW + 10_000).unwrap();
        assert_eq!(
            summary,
            ImportSummary {
                added: 3,
                skipped: 0
            }
        );
        assert_eq!(other, lib);
    }

    #[test]
    fn importing_the_same_file_again_adds_nothing() {
        let (mut lib, _) = three();
        let file = export_file(&lib, NOW);
        let before = lib.clone();
        let summary = import_file(&mut lib, &file, NOW + 1).unwrap();
        assert_eq!(
            summary,
            ImportSummary {
                added: 0,
                skipped: 3
            }
        );
        assert_eq!(lib, before);
    }

    #[test]
    fn a_colleagues_file_is_merged_and_nothing_is_lost() {
        // Hers: A, B, C. The colleague had imported them, then edited B, deleted C and
        // saved D of her own.
        let (mut mine, [a, b, c]) = three();
        let mut theirs = mine.clone();
        theirs.update(b, routine(4, "B, their version"), NOW + 5000);
        theirs.delete(c);
        let d = theirs.save_new(routine(3, "D"), NOW + 6000);
        let summary =
            import_file(&mut mine, &export_file(&theirs, NOW + 7000), NOW + 8000).unwrap();
        assert_eq!(
            summary,
            ImportSummary {
                added: 2,
                skipped: 1
            }
        );
        assert_eq!(mine.len(), 5);
        // Her B is kept as it was; theirs comes in beside it, under a new id.
        assert_eq!(mine.get(b).unwrap().routine.name.as_str(), "B");
        let theirs_b = mine
            .routines
            .iter()
            .find(|s| s.routine.name.as_str() == "B, their version")
            .unwrap();
        assert!(![a, b, c, d].contains(&theirs_b.id));
        assert_eq!(theirs_b.saved_at_ms, NOW + 5000);
        // C is not removed; D keeps its id.
        assert!(mine.get(c).is_some());
        assert_eq!(mine.get(d).unwrap().routine.name.as_str(), "D");
        assert_eq!(names(&mine), ["D", "B, their version", "C", "B", "A"]);
    }

    #[test]
    fn an_import_that_would_pass_the_limit_changes_nothing() {
        let mut full = PhysioLibrary::default();
        for i in 0..MAX_SAVED - 1 {
            full.save_new(routine(i, &format!("R{i}")), NOW);
        }
        let (others, _) = three();
        let before = full.clone();
        let err = import_file(&mut full, &export_file(&others, NOW), NOW + 10).unwrap_err();
        assert_eq!(err, LibraryError::TooMany { adding: 3, room: 1 });
        assert_eq!(full, before);
        // What fits goes in.
        let mut one = PhysioLibrary::default();
        one.save_new(routine(0, "Last"), NOW - 5);
        assert_eq!(
            import_file(&mut full, &export_file(&one, NOW), NOW)
                .unwrap()
                .added,
            1
        );
        assert!(full.is_full());
    }

    fn refused(text: &str) -> LibraryError {
        let (mut lib, _) = three();
        let before = lib.clone();
        let err = import_file(&mut lib, text, NOW).unwrap_err();
        assert_eq!(lib, before, "an error changed the library");
        err
    }

    #[test]
    fn a_patient_backup_is_never_taken_for_routines() {
        let backup = backup::export(&AppData::default(), NOW);
        assert_eq!(refused(&backup), LibraryError::PatientBackup);
        // Cut short, it is still recognised by its mark.
        assert_eq!(
            refused(&backup[..backup.len() / 2]),
            LibraryError::PatientBackup
        );
        // And a file of routines is not a backup.
        let (lib, _) = three();
        assert_eq!(
            backup::read(&export_file(&lib, NOW)).unwrap_err(),
            backup::BackupError::NotABackup
        );
    }

    #[test]
    fn other_files_are_not_routines() {
        assert_eq!(refused(""), LibraryError::Empty);
        assert_eq!(refused(" \n"), LibraryError::Empty);
        assert_eq!(refused("hello"), LibraryError::NotALibraryFile);
        assert_eq!(refused("{}"), LibraryError::NotALibraryFile);
        assert_eq!(refused("[1,2]"), LibraryError::NotALibraryFile);
        assert_eq!(
            refused(r#"{"kind":"something-else","v":1}"#),
            LibraryError::NotALibraryFile
        );
        // The stored document on its own is not the exchange file.
        let (lib, _) = three();
        assert_eq!(refused(&to_json(&lib)), LibraryError::NotALibraryFile);
    }

    #[test]
    fn damaged_newer_and_huge_files_are_refused() {
        let (lib, _) = three();
        let file = export_file(&lib, NOW);
        assert!(matches!(
            refused(&file[..file.len() - 3]),
            LibraryError::Damaged(_)
        ));
        let broken_link = file.replacen("\"link\":\"AQ", "\"link\":\"ZZ", 1);
        assert!(matches!(refused(&broken_link), LibraryError::Damaged(d) if d.contains("link")));
        let unknown = file.replacen("\"v\":1,", "\"v\":1,\"colour\":\"blue\",", 1);
        assert!(matches!(refused(&unknown), LibraryError::Damaged(d) if d.contains("colour")));
        let newer = file.replacen("\"v\":1,", "\"v\":3,", 1);
        assert_eq!(refused(&newer), LibraryError::Newer { version: 3 });
        let huge = format!("{file}{}", " ".repeat(MAX_BYTES));
        assert!(matches!(refused(&huge), LibraryError::TooLarge { .. }));
        // A byte-order mark, which some editors add, is fine.
        let mut empty = PhysioLibrary::default();
        assert_eq!(
            import_file(&mut empty, &format!("\u{feff}{file}"), NOW)
                .unwrap()
                .added,
            3
        );
    }

    #[test]
    fn the_file_is_named_for_the_local_date() {
        assert_eq!(file_name(NOW, 0), "gentle-back-routines-2026-11-25.json");
        // 09:46 UTC is already the next day sixteen hours east.
        assert_eq!(
            file_name(NOW, 16 * 60),
            "gentle-back-routines-2026-11-26.json"
        );
    }
}

#[test]
fn every_message_is_plain_words_in_every_language() {
    let errors = [
        LibraryError::Empty,
        LibraryError::NotALibraryFile,
        LibraryError::PatientBackup,
        LibraryError::Damaged("x".into()),
        LibraryError::Newer { version: 2 },
        LibraryError::TooLarge { bytes: 1 },
        LibraryError::TooMany { adding: 3, room: 1 },
    ];
    for &lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for e in &errors {
            let text = plain(lang, &e.text());
            assert!(
                !text.is_empty() && !text.contains("{$"),
                "{e:?} in {lang:?}: {text}"
            );
            assert!(seen.insert(text.clone()), "{e:?} says what another says");
        }
        for (added, skipped) in [(0, 0), (0, 2), (1, 0), (3, 1), (2, 5)] {
            let text = plain(lang, &ImportSummary { added, skipped }.text());
            assert!(!text.contains("{$"), "{text}");
        }
    }
    let en = |t: Text| plain(Lang::En, &t);
    assert_eq!(
        en(ImportSummary {
            added: 2,
            skipped: 1
        }
        .text()),
        "Added 2 routines; 1 was already saved here."
    );
    assert_eq!(
        en(ImportSummary {
            added: 1,
            skipped: 0
        }
        .text()),
        "Added 1 routine."
    );
    assert_eq!(
        en(ImportSummary {
            added: 0,
            skipped: 4
        }
        .text()),
        "No new routines in this file; 4 were already saved here."
    );
    assert!(en(LibraryError::TooMany { adding: 3, room: 1 }.text()).contains("only 1 more fit"));
}

fn consistent(result: Result<PhysioLibrary, LibraryError>) {
    if let Ok(lib) = result {
        // Whatever reads also writes back to the same.
        assert_eq!(from_json(&to_json(&lib)), Ok(lib));
    }
}

/// Text shaped like the document, with arbitrary bits in it.
fn jsonish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("{".to_owned()),
            Just("}".to_owned()),
            Just("[".to_owned()),
            Just("]".to_owned()),
            Just(",".to_owned()),
            Just(":".to_owned()),
            Just("\"v\"".to_owned()),
            Just("1".to_owned()),
            Just("\"routines\"".to_owned()),
            Just("\"id\"".to_owned()),
            Just("\"saved_at_ms\"".to_owned()),
            Just("\"link\"".to_owned()),
            Just("\"AQEB42Diudlxc82sKQclGxgYWFgZK9gvcXCxyvGASd5LXGzMIgCmvAs8\"".to_owned()),
            Just(format!("\"{FILE_KIND}\"")),
            Just("\"kind\"".to_owned()),
            "-?[0-9]{1,20}",
            "\"[ -~]{0,12}\"",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        consistent(from_json(&text));
        let mut lib = PhysioLibrary::default();
        let _ = import_file(&mut lib, &text, NOW);
    }

    #[test]
    fn jsonish_text_never_panics(body in jsonish()) {
        consistent(from_json(&body));
        consistent(from_json(&format!(r#"{{"v":1,"routines":[{body}]}}"#)));
        let mut lib = PhysioLibrary::default();
        let _ = import_file(&mut lib, &body, NOW);
        let _ = import_file(&mut lib, &format!(r#"{{"kind":"{FILE_KIND}","v":1,"exported_at_ms":1,"routines":[{body}]}}"#), NOW);
    }

    #[test]
    fn a_changed_byte_never_panics(at in 0usize..400, byte in any::<u8>()) {
        let (lib, _) = three();
        for text in [to_json(&lib), export_file(&lib, NOW)] {
            let mut bytes = text.into_bytes();
            let i = at % bytes.len();
            bytes[i] = byte;
            if let Ok(changed) = String::from_utf8(bytes) {
                consistent(from_json(&changed));
                let mut other = lib.clone();
                let before = other.clone();
                if import_file(&mut other, &changed, NOW).is_err() {
                    prop_assert_eq!(other, before);
                }
            }
        }
    }
}
