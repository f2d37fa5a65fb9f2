//! Spoken cues in her language: the app started in Spanish says its cues in Spanish,
//! marked as Spanish, and the utterance the browser is handed carries the language.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use std::rc::Rc;

use backcare::domain::session::Cue;
use backcare::domain::text::{plain, Lang, Msg, Text};
use backcare::web::cues::{utterance, CueOutput, RecordedCues};
use backcare::web::storage::Store;
use browser_support::{
    acknowledged, click_button, click_link, install_words, mount_with, namespace, set_hash,
    text_of, unmount, wait_for,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A label as the app shows it in `lang`.
fn label(lang: Lang, msg: Msg) -> String {
    plain(lang, &Text::new(msg))
}

#[wasm_bindgen_test]
fn an_utterance_carries_its_language_and_its_words() {
    install_words();
    let text = Text::new(Msg::CueFirstUp).with("name", "Báscula pélvica");
    let es = utterance(&text, Lang::Es, None).unwrap();
    assert_eq!(es.lang(), "es");
    assert_eq!(es.text(), plain(Lang::Es, &text));
    assert_ne!(es.text(), plain(Lang::En, &text));
    let en = utterance(&text, Lang::En, None).unwrap();
    assert_eq!(en.lang(), "en");
    assert_eq!(en.text(), plain(Lang::En, &text));
}

#[wasm_bindgen_test]
async fn a_routine_in_spanish_speaks_spanish() {
    install_words();
    let ns = namespace("speech-es");
    acknowledged(&ns);
    Store::new(&ns).set_language("es");
    set_hash("#/library/pelvic-tilt-lying");
    let recorder = Rc::new(RecordedCues::default());
    // The app is handed English; her stored choice of Spanish wins.
    let (handle, root) = mount_with(&ns, Some(CueOutput(recorder.clone(), Lang::En))).await;

    click_link(&root, &label(Lang::Es, Msg::LibraryExerciseTry)).await;
    let start = label(Lang::Es, Msg::SessionCheckStart);
    click_button(&root, &start).await;
    wait_for(&root, ".player__name").await;
    assert_eq!(
        text_of(&root, ".player__phase"),
        Some(label(Lang::Es, Msg::SessionPhaseGetReady))
    );

    let spoken = recorder.spoken.borrow().clone();
    assert!(!spoken.is_empty(), "something was said");
    assert!(
        spoken.iter().all(|(_, lang)| *lang == Lang::Es),
        "every cue in Spanish: {spoken:?}"
    );
    // The first cue names the exercise by its Spanish name.
    let name = text_of(&root, ".player__name").unwrap();
    let first = plain(
        Lang::Es,
        &Text::new(Msg::CueFirstUp).with("name", name.as_str()),
    );
    assert!(
        spoken.iter().any(|(said, _)| *said == first),
        "{first:?} in {spoken:?}"
    );
    assert!(recorder
        .played
        .borrow()
        .iter()
        .any(|c| matches!(c, Cue::Speak(_))));

    click_button(&root, &label(Lang::Es, Msg::SessionEnd)).await;
    click_button(&root, &label(Lang::Es, Msg::SessionStopNow)).await;
    unmount(handle, root);
    set_hash("#/");
}
