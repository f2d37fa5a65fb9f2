//! Her language's words come as a file beside the app (`text::words`). When it cannot be
//! downloaded, the app is in English and says so in her language, with a way to try
//! again; once the words are here, every screen is in her language.
//!
//! Its own test binary: installed words last for the page's life, and the other browser
//! tests install Spanish for their own screens.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use backcare::domain::text::{plain, Lang, Msg, Text};
use backcare::web::storage::Store;
use browser_support::{
    acknowledged, click_button, install_words, mount, namespace, set_hash, unmount, wait_for_text,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn label(lang: Lang, msg: Msg) -> String {
    plain(lang, &Text::new(msg))
}

fn document_lang() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn words_that_cannot_be_downloaded_leave_english_and_a_notice_in_her_language() {
    assert!(!Lang::Es.has_words(), "nothing has installed Spanish yet");
    assert!(Lang::Es
        .words_file()
        .is_some_and(|f| f.starts_with("words-es-")));
    let ns = namespace("words");
    acknowledged(&ns);
    Store::new(&ns).set_language("es");
    set_hash("#/");
    let (handle, root) = mount(&ns).await;

    // The test runner serves no words file: the download fails.
    let notice = wait_for_text(&root, ".notices__text", "No se han podido descargar").await;
    assert!(notice.contains("inglés"), "{notice}");
    assert_eq!(document_lang(), "en");
    let nav = root
        .query_selector("nav")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(nav.contains(&label(Lang::En, Msg::NavToday)), "{nav}");

    // Trying again without the file keeps the notice and English.
    click_button(&root, "Volver a intentarlo").await;
    wait_for_text(&root, ".notices__text", "No se han podido descargar").await;
    assert_eq!(document_lang(), "en");

    // With the words here, trying again puts every screen in Spanish.
    install_words();
    click_button(&root, "Volver a intentarlo").await;
    wait_for_text(&root, "nav", &label(Lang::Es, Msg::NavToday)).await;
    assert_eq!(document_lang(), "es");
    assert!(root
        .text_content()
        .unwrap()
        .find("No se han podido")
        .is_none());
    unmount(handle, root);
}
