//! The first visit's page: the first-run notice on its own, in a wasm a fraction of the
//! app's size (`src/bin/first.rs`), so on a slow network she is reading it while the
//! app itself downloads behind it (the service worker caches every file).
//!
//! The release build's `index.html` loads it only at the bare address (no route) with
//! no saved document (`scripts/first-visit.mjs`); any other visit loads the app.
//! Accepting the notice keeps her acknowledgement (`Store::keep_first_run`, which the
//! app puts into her document) and, once the app's files are cached, reloads at Today's
//! address (`#/`), a route, so the page loads the app, which goes on to the questions
//! about her (and shows the notice again, with what went wrong, if storage would not
//! keep it).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::components::brand::Brand;
use crate::components::first_run::FirstRun;
use crate::components::words_notice::WordsNotice;
use crate::domain::saved::NoticeAck;
use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang_provider, LangHandle};
use crate::web::storage::Store;
use crate::web::{page, service_worker};

/// How long accepting waits for the app's files to be cached before reloading anyway
/// (the reload then downloads what is missing itself), in ms.
const SETTLE_LIMIT_MS: i32 = 20_000;

/// Whether `hash` names a route (Today's `#/` included), which this page does not serve:
/// `index.html` loads it only at the bare address.
fn is_route(hash: &str) -> bool {
    !matches!(hash, "" | "#")
}

/// Removes its window event listener when dropped.
struct WindowListener {
    kind: &'static str,
    closure: Closure<dyn Fn()>,
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                self.kind,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `then` on each of the window's `kind` events, until the listener is dropped.
fn listen(kind: &'static str, then: impl Fn() + 'static) -> Option<WindowListener> {
    let closure = Closure::<dyn Fn()>::new(then);
    web_sys::window()?
        .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(WindowListener { kind, closure })
}

/// Whether the browser says it has a network. It can say so wrongly (a network with no
/// way out), but when it says there is none, there is none.
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Where the page is: the notice, the app on its way, or waiting for a network.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Reading,
    Opening,
    /// Accepted with no network and the app not yet cached: a reload would show the
    /// browser's error page, so the page waits, and says so.
    Offline,
}

/// Opens the app once it is cached (or the network can bring it), or says it is
/// waiting for a network.
async fn go_on(phase: UseStateHandle<Phase>) {
    phase.set(Phase::Opening);
    let limit = if online() { SETTLE_LIMIT_MS } else { 0 };
    if service_worker::settled(limit).await || online() {
        open_the_app();
    } else {
        phase.set(Phase::Offline);
    }
}

/// Reloads at Today's address, which `index.html` loads the app for. The address is
/// changed in place (no `hashchange`, no history entry), then the page reloads.
fn open_the_app() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("#/"));
    }
    let _ = window.location().reload();
}

#[derive(Properties, PartialEq)]
pub struct FirstVisitProps {
    /// Prefix of every storage key; each browser test passes its own.
    #[prop_or(AttrValue::Static("backcare"))]
    pub namespace: AttrValue,
    /// What happens once her acceptance is kept: opening the app (when it is cached, or
    /// the network can bring it) when not given; browser tests pass their own.
    #[prop_or_default]
    pub on_begun: Option<Callback<()>>,
}

#[component]
pub fn FirstVisit(props: &FirstVisitProps) -> Html {
    let store = use_memo(props.namespace.clone(), |ns| Store::new(ns));
    let lang = use_lang_provider(Some((*store).clone()));
    let phase = use_state_eq(|| Phase::Reading);
    use_effect_with((), |_| {
        service_worker::register(|| ());
        page::mark_ready();
        // A link opened in this tab (only its hash differs, so the page stays): the app's.
        let listener = listen("hashchange", || {
            let window = web_sys::window();
            let hash = window.as_ref().and_then(|w| w.location().hash().ok());
            if let (Some(window), Some(hash)) = (window, hash) {
                if is_route(&hash) {
                    let _ = window.location().reload();
                }
            }
        });
        move || drop(listener)
    });
    // Back online while waiting for a network: go on at once.
    use_effect_with(*phase, {
        let phase = phase.clone();
        move |&now| {
            let listener = (now == Phase::Offline).then(|| {
                listen("online", move || {
                    wasm_bindgen_futures::spawn_local(go_on(phase.clone()));
                })
            });
            move || drop(listener)
        }
    });
    let on_accept = {
        let store = store.clone();
        let phase = phase.clone();
        let on_begun = props.on_begun.clone();
        Callback::from(move |at_ms| {
            // Whatever storage says, the app opens next: it shows any storage problem
            // itself, and the notice again if it could not be kept.
            let _ = store.keep_first_run(NoticeAck::current(at_ms));
            match on_begun.clone() {
                Some(on_begun) => {
                    phase.set(Phase::Opening);
                    on_begun.emit(());
                }
                None => wasm_bindgen_futures::spawn_local(go_on(phase.clone())),
            }
        })
    };
    let retry = {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| wasm_bindgen_futures::spawn_local(go_on(phase.clone())))
    };
    let shown = lang.lang;
    html! {
        <ContextProvider<LangHandle> context={lang}>
            <div class="shell shell--no-nav">
                <header class="shell__header">
                    <Brand linked={false} />
                </header>
                <WordsNotice />
                <main class="shell__main" id="main">
                    {
                        match *phase {
                            Phase::Reading => html! { <FirstRun {on_accept} /> },
                            Phase::Opening => html! {
                                <div aria-busy="true">
                                    <p class="skeleton__text" role="status">{ t(shown, Msg::FirstVisitOpening) }</p>
                                    <div class="skeleton skeleton--title"></div>
                                    <div class="skeleton skeleton--card"></div>
                                </div>
                            },
                            Phase::Offline => html! {
                                <section class="first-run" aria-labelledby="first-visit-offline">
                                    <h1 id="first-visit-offline">{ t(shown, Msg::FirstVisitOfflineTitle) }</h1>
                                    <p role="status">{ t(shown, Msg::FirstVisitOffline) }</p>
                                    <div class="action-bar">
                                        <button class="button button--primary button--wide" onclick={retry}>
                                            { t(shown, Msg::FirstVisitRetry) }
                                        </button>
                                    </div>
                                </section>
                            },
                        }
                    }
                </main>
            </div>
        </ContextProvider<LangHandle>>
    }
}
