//! Shared helpers for the browser tests: fresh namespaces, mounting, querying, clicking.
#![allow(dead_code)]

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use backcare::app::{App, AppProps};
use backcare::domain::catalog::details::Details;
use backcare::domain::catalog::Catalog;
use backcare::pages;
use backcare::web::cues::CueOutput;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A storage namespace no other test uses.
pub fn namespace(tag: &str) -> String {
    format!(
        "test-{tag}-{}-{}",
        js_sys::Date::now() as u64,
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub fn set_hash(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// Mounts the app in a fresh `<div>` on `<body>` and lets it render.
pub async fn mount(namespace: &str) -> (AppHandle<App>, Element) {
    mount_with(namespace, None).await
}

/// Mounts the app with cues going to `cues` instead of the speakers.
pub async fn mount_with(namespace: &str, cues: Option<CueOutput>) -> (AppHandle<App>, Element) {
    mount_props(AppProps {
        namespace: AttrValue::from(namespace.to_owned()),
        cues,
        details: Some(built_details()),
        pages: pages::EVERY,
    })
    .await
}

/// Mounts the app with the given props and lets it render.
pub async fn mount_props(props: AppProps) -> (AppHandle<App>, Element) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (handle, root)
}

/// The library's details as this build wrote them (the test runner does not serve the
/// app's files, so the app is handed them instead of fetching them).
pub fn built_details() -> Rc<Details> {
    let text = include_str!(concat!(env!("OUT_DIR"), "/exercise-details.txt"));
    Rc::new(Catalog::builtin().read_details(text).unwrap())
}

/// Installs the other languages' words as this build wrote them (the test runner does
/// not serve the app's files, so the app cannot download them).
pub fn install_words() {
    let text = include_str!(concat!(env!("OUT_DIR"), "/words-es.txt"));
    backcare::domain::text::install(backcare::domain::text::Lang::Es, text).unwrap();
}

pub fn unmount(handle: AppHandle<App>, root: Element) {
    handle.destroy();
    root.remove();
}

pub fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
}

/// Clicks the first button whose text contains `label`.
pub async fn click_button(root: &Element, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("no button labelled {label:?}"));
    button.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Writes a saved document past the first-run notice and onboarding: a vaginal birth
/// ten weeks ago, so every route shows its ordinary page.
pub fn acknowledged(ns: &str) {
    use backcare::domain::profile::{Birth, Delivery, Profile};
    use backcare::domain::saved::{self, AppData, NoticeAck, NOTICE_VERSION};
    let now = js_sys::Date::now() as i64;
    let data = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION,
            at_ms: 1_795_000_000_000,
        }),
        profile: Some(Profile::new(
            Birth::WeeksAgo {
                weeks: 10,
                recorded_at_ms: now,
            },
            Delivery::Vaginal,
        )),
        ..AppData::default()
    };
    storage()
        .set_item(
            &backcare::web::storage::Store::new(ns).doc_key(),
            &saved::to_json(&data),
        )
        .unwrap();
}

/// Clicks the first link whose text contains `label`.
pub async fn click_link(root: &Element, label: &str) {
    let links = root.query_selector_all("a").unwrap();
    let link = (0..links.length())
        .filter_map(|i| links.item(i))
        .find(|b| b.text_content().unwrap_or_default().contains(label))
        .unwrap_or_else(|| panic!("no link labelled {label:?}"));
    link.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Sets the hash and lets its `hashchange` event arrive before anything is mounted, so
/// a late event cannot re-route the next app (as it never would after a page load).
pub async fn go(hash: &str) {
    set_hash(hash);
    gloo_timers::future::TimeoutFuture::new(20).await;
}

/// Waits (up to about two seconds) until `selector` holds text containing `wanted`.
pub async fn wait_for_text(root: &Element, selector: &str, wanted: &str) -> String {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        let text = text_of(root, selector).unwrap_or_default();
        if text.contains(wanted) {
            return text;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    panic!(
        "{selector} never said {wanted:?}: {:?}",
        text_of(root, selector)
    );
}

/// Waits (up to about two seconds) until `selector` matches something.
pub async fn wait_for(root: &Element, selector: &str) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if root.query_selector(selector).unwrap().is_some() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    panic!("{selector} never appeared");
}
