//! The physiotherapist's saved routines in real `localStorage`: a round trip under their
//! own key, a damaged value moved aside, a newer one left alone, and blocked storage.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use backcare::domain::physio_library::{self, PhysioLibrary};
use backcare::domain::routine::RoutineName;
use backcare::domain::templates::templates;
use backcare::web::storage::{LibraryLoad, LibrarySaveError, Store};
use browser_support::{namespace, storage};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn two_routines() -> PhysioLibrary {
    let mut lib = PhysioLibrary::default();
    for (i, t) in templates().iter().take(2).enumerate() {
        lib.save_new(
            t.routine(RoutineName::new(t.id).unwrap()),
            1_795_600_000_000 + i as i64,
        );
    }
    lib
}

#[wasm_bindgen_test]
fn saved_routines_open_again_under_their_own_key() {
    let store = Store::new(&namespace("physio-roundtrip"));
    assert_eq!(
        store.physio_library(),
        LibraryLoad::Ready(PhysioLibrary::default())
    );
    let lib = two_routines();
    store.set_physio_library(&lib).unwrap();
    let loaded = store.physio_library();
    assert_eq!(loaded, LibraryLoad::Ready(lib.clone()));
    assert!(loaded.can_save() && loaded.message().is_none());
    // Apart from her document: nothing else was written.
    assert_eq!(store.keys(), vec![store.physio_library_key()]);
    assert_eq!(store.raw("doc"), None);
    // Her document and the routines do not disturb each other.
    let opened = store.open(1);
    assert!(opened.problems.is_empty());
    store.save(&opened.data).unwrap();
    assert_eq!(store.physio_library(), LibraryLoad::Ready(lib));
}

#[wasm_bindgen_test]
fn a_damaged_value_is_moved_aside_and_the_list_starts_empty() {
    let store = Store::new(&namespace("physio-corrupt"));
    let key = store.physio_library_key();
    storage().set_item(&key, "{\"v\":1,\"routines\":[").unwrap();

    let loaded = store.physio_library();
    assert_eq!(loaded, LibraryLoad::Quarantined(PhysioLibrary::default()));
    assert!(loaded.can_save() && loaded.message().is_some());
    assert_eq!(storage().get_item(&key).unwrap(), None);
    let aside: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(&format!("{key}.corrupt-")))
        .collect();
    assert_eq!(aside.len(), 1, "{:?}", store.keys());
    assert_eq!(
        storage().get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"v\":1,\"routines\":[")
    );
    // Saving afterwards works, and the copy aside stays.
    store.set_physio_library(&two_routines()).unwrap();
    assert_eq!(store.physio_library(), LibraryLoad::Ready(two_routines()));
    assert!(storage().get_item(&aside[0]).unwrap().is_some());
}

#[wasm_bindgen_test]
fn a_save_over_a_damaged_value_keeps_a_copy_first() {
    let store = Store::new(&namespace("physio-corrupt-save"));
    let key = store.physio_library_key();
    storage().set_item(&key, "not json").unwrap();
    store.set_physio_library(&two_routines()).unwrap();
    let kept: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(&format!("{key}.corrupt-")))
        .map(|k| storage().get_item(&k).unwrap().unwrap())
        .collect();
    assert_eq!(kept, vec!["not json".to_owned()]);
}

#[wasm_bindgen_test]
fn routines_from_a_newer_version_are_never_written_over() {
    let store = Store::new(&namespace("physio-newer"));
    let key = store.physio_library_key();
    let newer = r#"{"v":9,"routines":[],"future":true}"#;
    storage().set_item(&key, newer).unwrap();

    let loaded = store.physio_library();
    assert_eq!(loaded, LibraryLoad::Newer);
    assert!(!loaded.can_save() && loaded.message().is_some());
    assert_eq!(
        store.set_physio_library(&two_routines()),
        Err(LibrarySaveError::Newer)
    );
    assert_eq!(storage().get_item(&key).unwrap().as_deref(), Some(newer));
    assert_eq!(store.keys(), vec![key]);
}

/// Runs `body` with `window.localStorage` throwing, as when site data is blocked, and
/// puts it back afterwards.
fn with_storage_blocked(body: impl FnOnce()) {
    // `localStorage` is the window's own accessor (WebIDL puts a global's attributes on
    // the object itself); a throwing one stands in for it, then the original goes back.
    let block = js_sys::Function::new_no_args(
        "window.__ownLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', {
           configurable: true,
           get() { throw new DOMException('blocked', 'SecurityError'); },
         });",
    );
    let restore = js_sys::Function::new_no_args(
        "const own = window.__ownLocalStorage;
         delete window.__ownLocalStorage;
         if (own) Object.defineProperty(window, 'localStorage', own);
         else delete window.localStorage;",
    );
    block.call0(&JsValue::NULL).unwrap();
    body();
    restore.call0(&JsValue::NULL).unwrap();
    assert!(web_sys::window().unwrap().local_storage().is_ok());
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_and_nothing_panics() {
    let store = Store::new(&namespace("physio-blocked"));
    with_storage_blocked(|| {
        assert!(web_sys::window().unwrap().local_storage().is_err());
        let loaded = store.physio_library();
        assert_eq!(loaded, LibraryLoad::Unavailable);
        assert!(!loaded.can_save() && loaded.message().is_some());
        assert_eq!(loaded.library(), PhysioLibrary::default());
        assert_eq!(
            store.set_physio_library(&two_routines()),
            Err(LibrarySaveError::Unavailable)
        );
    });
    // Storage is back: the store works again, and nothing was written while blocked.
    assert_eq!(
        store.physio_library(),
        LibraryLoad::Ready(PhysioLibrary::default())
    );
    assert!(physio_library::from_json(&physio_library::to_json(&two_routines())).is_ok());
}
