//! The app wired to real storage: the first-run notice, every route, storage notices.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use backcare::domain::saved::{self, NOTICE_VERSION};
use backcare::web::storage::Store;
use browser_support::{
    acknowledged, click_button, go, mount, namespace, set_hash, storage, text_of, unmount,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn first_run_notice_is_acknowledged_once_and_stored() {
    set_hash("#/");
    let ns = namespace("first-run");
    let (handle, root) = mount(&ns).await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Before you begin"));
    assert!(root.query_selector("nav").unwrap().is_none());

    click_button(&root, "I understand").await;
    assert_eq!(
        text_of(&root, "h1").as_deref(),
        Some("About you and your baby")
    );
    assert!(root.query_selector("nav").unwrap().is_some());
    let stored = storage()
        .get_item(&Store::new(&ns).doc_key())
        .unwrap()
        .unwrap();
    let data = saved::from_json(&stored).unwrap();
    assert_eq!(data.notice.map(|n| n.version), Some(NOTICE_VERSION));
    unmount(handle, root);

    // A second visit goes straight on to the profile questions.
    let (handle, root) = mount(&ns).await;
    assert_eq!(
        text_of(&root, "h1").as_deref(),
        Some("About you and your baby")
    );
    unmount(handle, root);
}

#[wasm_bindgen_test]
async fn every_route_renders_its_page() {
    let ns = namespace("routes");
    acknowledged(&ns);
    for (hash, heading) in [
        ("#/", "Today"),
        ("#/library", "Exercises"),
        ("#/library/breathing-belly", "Belly breathing"),
        ("#/library/no-such-exercise", "Page not found"),
        ("#/check/today", "Before you start"),
        ("#/history", "History"),
        ("#/settings", "Settings"),
        ("#/shared/AbC123", "This link can't be opened"),
        ("#/shared", "Nothing to open"),
        ("#/physio", "For physiotherapists"),
        ("#/somewhere/else", "Page not found"),
    ] {
        go(hash).await;
        let (handle, root) = mount(&ns).await;
        assert_eq!(
            text_of(&root, "h1").as_deref(),
            Some(heading),
            "route {hash}"
        );
        unmount(handle, root);
    }
    set_hash("#/");
}

#[wasm_bindgen_test]
async fn a_damaged_save_is_reported_on_screen_and_kept() {
    set_hash("#/");
    let ns = namespace("corrupt-ui");
    storage()
        .set_item(&Store::new(&ns).doc_key(), "not json at all")
        .unwrap();
    let (handle, root) = mount(&ns).await;
    let notices = text_of(&root, ".notices").unwrap_or_default();
    assert!(
        notices.contains("could not be read"),
        "notices: {notices:?}"
    );
    let kept = Store::new(&ns)
        .keys()
        .into_iter()
        .find(|k| k.contains("/quarantine/"));
    let kept = kept.expect("quarantine key");
    assert_eq!(
        storage().get_item(&kept).unwrap().as_deref(),
        Some("not json at all")
    );

    click_button(&root, "Dismiss").await;
    assert!(!text_of(&root, ".notices")
        .unwrap_or_default()
        .contains("could not be read"));
    unmount(handle, root);
}
