//! The player wired to the app: Start shows the first phase, the controls change the
//! state, cues are emitted (recorded, not played) and the session is saved.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

mod browser_support;

use std::rc::Rc;

use backcare::domain::saved;
use backcare::domain::session::{Beep, Cue, Status};
use backcare::domain::text::Lang;
use backcare::web::cues::{CueOutput, RecordedCues};
use backcare::web::storage::Store;
use browser_support::{
    acknowledged, click_button, click_link, mount_with, namespace, set_hash, storage, text_of,
    unmount, wait_for, wait_for_text,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn saved_status(ns: &str) -> Option<Status> {
    let raw = storage().get_item(&Store::new(ns).doc_key()).unwrap()?;
    saved::from_json(&raw)
        .unwrap()
        .active
        .map(|a| a.timing.status)
}

#[wasm_bindgen_test]
async fn try_it_now_runs_the_player_and_its_controls() {
    let ns = namespace("player");
    acknowledged(&ns);
    set_hash("#/library/pelvic-tilt-lying");
    let recorder = Rc::new(RecordedCues::default());
    let (handle, root) = mount_with(&ns, Some(CueOutput(recorder.clone(), Lang::En))).await;

    // "Try it now" goes through the safety check; with nothing ticked it is one tap.
    click_link(&root, "Try it now").await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Before you start"));
    click_button(&root, "All clear").await;
    // The player waits for this tab to hold the routine lock (a moment).
    wait_for(&root, ".player__name").await;
    assert_eq!(
        text_of(&root, ".player__phase").as_deref(),
        Some("Get ready")
    );
    assert_eq!(
        text_of(&root, ".player__name").as_deref(),
        Some("Pelvic tilt, lying")
    );
    assert_eq!(text_of(&root, "[role=timer]").as_deref(), Some("0:10"));
    assert!(
        *recorder.unlocked.borrow() >= 1,
        "sound unlocked inside the tap"
    );
    assert!(recorder
        .played
        .borrow()
        .iter()
        .any(|c| matches!(c, Cue::Speak(_))));
    assert!(recorder
        .spoken
        .borrow()
        .iter()
        .any(|(s, lang)| s.contains("Get ready") && *lang == Lang::En));
    assert_eq!(saved_status(&ns), Some(Status::Running));

    click_button(&root, "Pause").await;
    assert_eq!(text_of(&root, ".player__phase").as_deref(), Some("Paused"));
    assert_eq!(saved_status(&ns), Some(Status::Paused));
    click_button(&root, "Resume").await;
    assert_eq!(
        text_of(&root, ".player__phase").as_deref(),
        Some("Get ready")
    );

    // Skip (by its accessible name) moves into the first round of work.
    let skip = root
        .query_selector("button[aria-label=Skip]")
        .unwrap()
        .unwrap();
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(skip)
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, ".player__phase").as_deref(),
        Some("Round 1 of 2")
    );
    assert_eq!(
        text_of(&root, ".player__reps").as_deref(),
        Some("Rep 1 of 10")
    );
    assert!(recorder.played.borrow().contains(&Cue::Beep(Beep::Go)));

    click_button(&root, "End session").await;
    click_button(&root, "Stop now").await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Session stopped"));
    let raw = storage()
        .get_item(&Store::new(&ns).doc_key())
        .unwrap()
        .unwrap();
    let data = saved::from_json(&raw).unwrap();
    assert!(data.active.is_none());
    assert_eq!(data.history.len(), 1);
    assert!(data.history[0].stopped_early);
    unmount(handle, root);
    set_hash("#/");
}

fn has_button(root: &web_sys::Element, label: &str) -> bool {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .any(|b| b.text_content().unwrap_or_default().contains(label))
}

#[wasm_bindgen_test]
async fn more_rest_keep_going_sound_after_a_reload_and_something_not_right() {
    let ns = namespace("player-more");
    acknowledged(&ns);
    set_hash("#/library/pelvic-tilt-lying");
    let recorder = Rc::new(RecordedCues::default());
    let (handle, root) = mount_with(&ns, Some(CueOutput(recorder.clone(), Lang::En))).await;
    click_link(&root, "Try it now").await;
    click_button(&root, "All clear").await;
    // The player waits for this tab to hold the routine lock (a moment).
    wait_for(&root, ".player__name").await;
    assert_eq!(
        text_of(&root, ".player__meta span").as_deref(),
        Some("Exercise 1 of 1")
    );

    // Getting ready can be lengthened, with words for getting ready.
    click_button(&root, "+30 s to get ready").await;
    assert_eq!(text_of(&root, "[role=timer]").as_deref(), Some("0:40"));
    assert!(recorder
        .spoken
        .borrow()
        .iter()
        .any(|(s, _)| s == "Thirty more seconds."));
    // "End session" asks first; "Keep going" carries on.
    click_button(&root, "End session").await;
    assert!(text_of(&root, "#stop-q").is_some());
    click_button(&root, "Keep going").await;
    assert!(text_of(&root, "#stop-q").is_none());
    assert_eq!(saved_status(&ns), Some(Status::Running));
    assert!(
        !has_button(&root, "Turn sound back on"),
        "sound was unlocked"
    );
    unmount(handle, root);

    // As after a reload: the session resumes, and sound waits for a tap.
    let reloaded = Rc::new(RecordedCues::default());
    let (handle, root) = mount_with(&ns, Some(CueOutput(reloaded.clone(), Lang::En))).await;
    wait_for(&root, ".player__name").await;
    assert_eq!(
        text_of(&root, ".player__name").as_deref(),
        Some("Pelvic tilt, lying")
    );
    click_button(&root, "Turn sound back on").await;
    assert_eq!(*reloaded.unlocked.borrow(), 1);
    assert!(!has_button(&root, "Turn sound back on"));

    // "Something's not right" stops at once and asks what happened.
    click_button(&root, "Something's not right").await;
    assert_eq!(
        text_of(&root, "h1").as_deref(),
        Some("Stopped. What happened?")
    );
    assert_eq!(saved_status(&ns), None, "the session is over and logged");
    click_button(&root, "The pain got too much").await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Session stopped"));
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("Stopping was the right thing to do."));
    let raw = storage()
        .get_item(&Store::new(&ns).doc_key())
        .unwrap()
        .unwrap();
    let data = saved::from_json(&raw).unwrap();
    assert_eq!(data.history.len(), 1);
    assert!(data.history[0].stopped_early);
    unmount(handle, root);
    set_hash("#/");
}

#[wasm_bindgen_test]
async fn a_red_flag_before_a_session_stops_it_and_pauses_the_plan() {
    let ns = namespace("red-flag");
    acknowledged(&ns);
    set_hash("#/check/today");
    let recorder = Rc::new(RecordedCues::default());
    let (handle, root) = mount_with(&ns, Some(CueOutput(recorder.clone(), Lang::En))).await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Before you start"));
    let calf = root.query_selector("#flag-calf").unwrap().unwrap();
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(calf)
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    click_button(&root, "Stop and show me").await;
    assert_eq!(
        text_of(&root, "h1").as_deref(),
        Some("Contact your midwife or doctor today")
    );
    assert!(recorder.played.borrow().is_empty(), "no session started");
    let raw = storage()
        .get_item(&Store::new(&ns).doc_key())
        .unwrap()
        .unwrap();
    let data = saved::from_json(&raw).unwrap();
    assert!(data.safety.is_paused());
    assert!(data.active.is_none());
    unmount(handle, root);

    // Today now shows the paused plan, with no way to start.
    set_hash("#/");
    let (handle, root) = mount_with(&ns, None).await;
    assert_eq!(text_of(&root, "h1").as_deref(), Some("Your plan is paused"));
    assert!(root
        .query_selector("a[href='#/check/today']")
        .unwrap()
        .is_none());
    unmount(handle, root);
    set_hash("#/");
}

#[wasm_bindgen_test]
async fn a_routine_plays_in_one_app_at_a_time_and_can_move() {
    // Two apps on one storage namespace stand in for two tabs: they ask for the same
    // Web Lock, as two tabs of the app do.
    let ns = namespace("two-tabs");
    acknowledged(&ns);
    set_hash("#/library/pelvic-tilt-lying");
    let first_cues = Rc::new(RecordedCues::default());
    let (first, first_root) = mount_with(&ns, Some(CueOutput(first_cues.clone(), Lang::En))).await;
    click_link(&first_root, "Try it now").await;
    click_button(&first_root, "All clear").await;
    wait_for(&first_root, ".player__name").await;

    // The second one, on the player, says where the routine is and does not play it.
    let second_cues = Rc::new(RecordedCues::default());
    let (second, second_root) =
        mount_with(&ns, Some(CueOutput(second_cues.clone(), Lang::En))).await;
    wait_for_text(&second_root, "h1", "A routine is running in another tab").await;
    assert!(second_root
        .query_selector(".player__name")
        .unwrap()
        .is_none());
    assert!(second_cues.played.borrow().is_empty());

    // "Continue here instead" moves it: the second plays, the first says where it went.
    click_button(&second_root, "Continue here instead").await;
    wait_for(&second_root, ".player__name").await;
    wait_for_text(&first_root, "h1", "Your routine moved to another tab").await;
    assert!(first_root
        .query_selector(".player__name")
        .unwrap()
        .is_none());
    assert_eq!(saved_status(&ns), Some(Status::Running), "it kept running");

    // And back again.
    click_button(&first_root, "Continue here instead").await;
    wait_for(&first_root, ".player__name").await;
    wait_for_text(&second_root, "h1", "Your routine moved to another tab").await;
    unmount(second, second_root);
    unmount(first, first_root);
    set_hash("#/");
}
