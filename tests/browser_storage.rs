//! Real `localStorage`: round trips, a damaged value set aside, newer data left alone.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use backcare::domain::saved::{AppData, NoticeAck};
use backcare::web::storage::{SaveMode, StorageProblem, Store};
use browser_support::{namespace, storage};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_saved_document_opens_again() {
    let store = Store::new(&namespace("roundtrip"));
    let fresh = store.open(1);
    assert_eq!(fresh.mode, SaveMode::Persist);
    assert!(fresh.problems.is_empty());
    assert_eq!(fresh.data, AppData::default());

    let data = AppData {
        notice: Some(NoticeAck {
            version: 1,
            at_ms: 1_795_000_000_000,
        }),
        ..AppData::default()
    };
    store.save(&data).unwrap();
    let opened = store.open(2);
    assert_eq!(opened.data, data);
    assert!(opened.problems.is_empty());
}

#[wasm_bindgen_test]
fn a_damaged_value_is_moved_aside_and_reported() {
    let ns = namespace("corrupt");
    let store = Store::new(&ns);
    storage()
        .set_item(&store.doc_key(), "{\"version\":1,")
        .unwrap();

    let opened = store.open(1234);
    assert_eq!(opened.data, AppData::default());
    assert_eq!(opened.mode, SaveMode::Persist);
    let expected_key = format!("{ns}/quarantine/1234");
    assert_eq!(
        opened.problems,
        vec![StorageProblem::Quarantined {
            key: expected_key.clone()
        }]
    );
    assert_eq!(
        storage().get_item(&expected_key).unwrap().as_deref(),
        Some("{\"version\":1,")
    );
    assert_eq!(storage().get_item(&store.doc_key()).unwrap(), None);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_written_over() {
    let store = Store::new(&namespace("newer"));
    let newer = r#"{"version":999,"future":"data"}"#;
    storage().set_item(&store.doc_key(), newer).unwrap();

    let opened = store.open(1);
    assert_eq!(opened.mode, SaveMode::MemoryOnly);
    assert_eq!(opened.problems, vec![StorageProblem::Newer]);
    assert_eq!(
        storage().get_item(&store.doc_key()).unwrap().as_deref(),
        Some(newer)
    );
    assert!(store.keys().iter().all(|k| !k.contains("quarantine")));
}

#[wasm_bindgen_test]
fn a_save_over_another_tabs_newer_document_merges_instead_of_overwriting() {
    // Two stores on one namespace are two tabs: each remembers what it last read.
    let ns = namespace("two-tabs");
    let first = Store::new(&ns);
    let second = Store::new(&ns);
    let base = AppData {
        notice: Some(NoticeAck {
            version: 1,
            at_ms: 1_795_000_000_000,
        }),
        ..AppData::default()
    };
    first.save(&base).unwrap();
    assert_eq!(second.open(1).data, base);

    // The second tab changes the routine's length and saves; the first, not having
    // heard, changes the cues and saves.
    let theirs = AppData {
        target_min: 12,
        ..base.clone()
    };
    assert_eq!(second.save(&theirs).unwrap(), None, "nothing to merge");
    let mut mine = base.clone();
    mine.cues.speech = false;
    let merged = first.save(&mine).unwrap().expect("a merge to adopt");
    assert_eq!(merged.target_min, 12);
    assert!(!merged.cues.speech);
    assert_eq!(
        Store::new(&ns).open(2).data,
        merged,
        "the merge is what is stored"
    );

    // Hearing the first tab's save, the second gets its base and the stored data.
    let (heard_base, heard) = second.reload().unwrap();
    assert_eq!(heard_base, theirs);
    assert_eq!(heard, merged);

    // A document from a newer app is never written over.
    storage()
        .set_item(&first.doc_key(), "{\"version\":999}")
        .unwrap();
    assert_eq!(first.save(&mine), Err(StorageProblem::Newer));
    assert_eq!(
        storage().get_item(&first.doc_key()).unwrap().as_deref(),
        Some("{\"version\":999}")
    );
}
