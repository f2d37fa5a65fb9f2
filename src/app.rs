//! The root component: opens storage, provides the app state, saves changes, follows
//! other tabs, and lays out the shell around the routed page.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::brand::Brand;
use crate::components::first_run::FirstRun;
use crate::components::nav::Nav;
use crate::components::notices::Notices;
use crate::components::persist_note::PersistNote;
use crate::components::update_prompt::UpdatePrompt;
use crate::components::words_notice::WordsNotice;
use crate::domain::catalog::details::Details;
use crate::domain::profile::local_day;
use crate::hooks::use_app::use_app;
use crate::hooks::use_details::{use_details_loader, DetailsHandle};
use crate::hooks::use_lang::{use_lang_provider, LangHandle};
use crate::hooks::use_session_lock::{use_session_lock_provider, SessionLockHandle};
use crate::hooks::use_ticker::use_ticker;
use crate::hooks::use_visible::use_on_visible;
use crate::pages::{self, Pages};
use crate::route::Route;
use crate::state::{Action, AppContext, AppState, Clock};
use crate::web::cues::CueOutput;
use crate::web::storage::{SaveMode, Store};
use crate::web::{clock, page};

/// How often the app looks whether her local day has turned over, in ms.
const MIDNIGHT_CHECK_MS: u32 = 60_000;

/// The time now, as the reducer is told it.
fn clock_now() -> Clock {
    let now_ms = clock::now_ms();
    Clock {
        now_ms,
        offset_min: clock::utc_offset_min(now_ms),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Prefix of every storage key; each browser test passes its own.
    #[prop_or(AttrValue::Static("backcare"))]
    pub namespace: AttrValue,
    /// Where cues go; the browser's speech, sound and vibration when not given.
    #[prop_or_default]
    pub cues: Option<CueOutput>,
    /// The library's details; fetched from the build's details file when not given.
    #[prop_or_default]
    pub details: Option<Rc<Details>>,
    /// The pages this build serves (`pages::app` or `pages::desk`); every page when not
    /// given (tests).
    #[prop_or(pages::EVERY)]
    pub pages: Pages,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.namespace.clone(), |ns| Store::new(ns));
    let state = use_reducer({
        let store = store.clone();
        move || {
            let now = clock_now();
            AppState::from_opened(store.open(now.now_ms), now)
        }
    });

    // The plan is settled in the reducer on start (above), whenever the page becomes
    // visible again, and at the first check after her local midnight.
    use_on_visible({
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::Settle(clock_now())))
    });
    {
        let dispatcher = state.dispatcher();
        let seen = state.clock;
        use_ticker(
            MIDNIGHT_CHECK_MS,
            true,
            Callback::from(move |()| {
                let now = clock_now();
                if local_day(now.now_ms, now.offset_min) != local_day(seen.now_ms, seen.offset_min)
                {
                    dispatcher.dispatch(Action::Settle(now));
                }
            }),
        );
    }

    {
        let state = state.clone();
        let store = store.clone();
        use_effect_with(state.revision, move |&revision| {
            // Nothing is written before the first-run notice is acknowledged: a carer
            // who opened her link (and never saw it) leaves no trace.
            if revision > 0 && state.mode == SaveMode::Persist && !state.data.needs_notice() {
                match store.save(&state.data) {
                    Ok(None) => {}
                    Ok(Some(merged)) => state.dispatch(Action::Merged(Box::new(merged))),
                    Err(problem) => state.dispatch(Action::Storage(problem)),
                }
            }
        });
    }

    {
        let dispatcher = state.dispatcher();
        let store = store.clone();
        let persisting = state.mode == SaveMode::Persist;
        use_effect_with((store, persisting), move |(store, persisting)| {
            let listener =
                persisting.then(|| follow_other_tabs(store.as_ref().clone(), dispatcher));
            move || drop(listener)
        });
    }

    use_effect_with((), |_| page::mark_ready());

    // After the first screen: `use_effect` runs once the app is on screen.
    let lang = use_lang_provider(Some((*store).clone()));
    let details = use_details_loader(props.details.clone(), lang.lang);
    let lock = use_session_lock_provider(props.namespace.clone());

    let sink = use_memo(props.cues.clone(), |given| {
        given.clone().unwrap_or_else(CueOutput::browser)
    });
    // The same sink (sound stays unlocked) speaking her language.
    let cues = use_memo((sink, lang.lang), |(sink, lang)| sink.speaking(*lang));

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<CueOutput> context={(*cues).clone()}>
                <ContextProvider<DetailsHandle> context={details}>
                    <ContextProvider<SessionLockHandle> context={lock}>
                        <ContextProvider<Store> context={(*store).clone()}>
                            <ContextProvider<LangHandle> context={lang}>
                                <HashRouter>
                                    <Shell pages={props.pages} />
                                </HashRouter>
                            </ContextProvider<LangHandle>>
                        </ContextProvider<Store>>
                    </ContextProvider<SessionLockHandle>>
                </ContextProvider<DetailsHandle>>
            </ContextProvider<CueOutput>>
        </ContextProvider<AppContext>>
    }
}

/// Removes its `storage` listener when dropped.
struct StorageListener {
    closure: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// When another tab saves, adopt its data so this tab never writes over it with older data.
fn follow_other_tabs(
    store: Store,
    dispatcher: UseReducerDispatcher<AppState>,
) -> Option<StorageListener> {
    let key = store.doc_key();
    let closure =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(key.as_str()) {
                if let Some((base, theirs)) = store.reload() {
                    dispatcher.dispatch(Action::ExternalChange {
                        base: Box::new(base),
                        theirs: Box::new(theirs),
                    });
                }
            }
        });
    let window = web_sys::window()?;
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(StorageListener { closure })
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    pages: Pages,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let route = use_route::<Route>();
    // A carer opening her link sees their own pages, not her first-run notice.
    let carer_visit =
        state.data.needs_notice() && route.as_ref().is_some_and(|r| r.open_to_carers(&state));
    // A route the other file serves (the desk's, or the app's from the desk) goes
    // straight to it; the notice is shown there if still due.
    let elsewhere = route.as_ref().is_some_and(|r| !(props.pages.serves)(r));
    let needs_notice = state.data.needs_notice() && !carer_visit && !elsewhere;
    let in_player = route == Some(Route::Player);
    // A new page starts at its top (the router keeps the old scroll position).
    use_effect_with(route, |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let content = if needs_notice {
        let dispatcher = state.dispatcher();
        let on_accept =
            Callback::from(move |at_ms| dispatcher.dispatch(Action::AcknowledgeNotice { at_ms }));
        html! { <FirstRun {on_accept} /> }
    } else {
        html! { <Switch<Route> render={props.pages.render} /> }
    };
    html! {
        <div class={classes!("shell", (needs_notice || in_player || carer_visit).then_some("shell--no-nav"))}>
            <header class="shell__header">
                <Brand />
            </header>
            <WordsNotice />
            <Notices />
            <UpdatePrompt />
            <PersistNote />
            <main class="shell__main" id="main">{ content }</main>
            if !needs_notice && !in_player && !carer_visit {
                <Nav />
            }
        </div>
    }
}
