//! One exercise in full: picture, how to do it, what to avoid, when to stop.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::art::Art;
use crate::components::not_found::NotFound;
use crate::components::start_button::{routine_now, StartButton};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Exercise, ExerciseDetails, Kind};
use crate::domain::start::Start;
use crate::domain::text::{Lang, Msg, Text};
use crate::domain::wording::{dose_text, earliest_text};
use crate::hooks::use_details::{use_details, DetailsHandle, DetailsState};
use crate::hooks::use_lang::{strong_marked, t, use_lang};
use crate::route::{carer_tab, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct ExerciseDetailProps {
    pub id: AttrValue,
}

fn bullet_list(items: &[String]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

#[component]
pub fn ExerciseDetail(props: &ExerciseDetailProps) -> Html {
    let state = use_context::<AppContext>();
    let handle = use_details();
    let lang = use_lang();
    let Some(e) = Catalog::builtin_in(lang).find(&props.id) else {
        return html! { <NotFound /> };
    };
    let details = handle.ready().and_then(|d| d.get(&e.id));
    // Opened from a carer's link in this tab: the way back is to the carers' page.
    let carer_tab = state.as_ref().is_some_and(|s| carer_tab(s));
    let for_carers = e.kind == Kind::Carer;
    let suits = state
        .and_then(|state| routine_now(&Start::Exercise(e.id.clone()), &state))
        .is_some();
    let (back, back_label) = if carer_tab {
        (Route::SharedEmpty, Msg::CarerBack)
    } else {
        (Route::Library, Msg::LibraryExerciseAll)
    };
    let regions = e
        .helps
        .iter()
        .map(|r| t(lang, r.label()))
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <article class="page exercise" aria-labelledby="exercise-title">
            <p class="page__back"><Link<Route> to={back}>{ t(lang, back_label) }</Link<Route>></p>
            <h1 id="exercise-title">{ &e.name }</h1>
            <p class="page__lead">{ &e.summary }</p>
            <Art id={e.id.clone()} label={AttrValue::from(t(lang, Text::new(Msg::LibraryExerciseDrawing).with("position", e.position.as_str())))} class="exercise__art" />
            <dl class="facts">
                <div><dt>{ t(lang, Msg::LibraryExerciseHelps) }</dt><dd>{ regions }</dd></div>
                <div><dt>{ t(lang, Msg::LibraryExercisePosition) }</dt><dd>{ &e.position }</dd></div>
                <div><dt>{ t(lang, Msg::LibraryExerciseDose) }</dt><dd>{ t(lang, dose_text(e, &e.dose)) }</dd></div>
                if let Some(d) = details.filter(|d| !d.equipment.is_empty()) {
                    <div><dt>{ t(lang, Msg::LibraryExerciseEquipment) }</dt><dd>{ d.equipment.join(", ") }</dd></div>
                }
                if !for_carers {
                    <div><dt>{ t(lang, Msg::LibraryExerciseFrom) }</dt><dd>{ t(lang, earliest_text(e)) }</dd></div>
                }
            </dl>
            { chain_links(lang, e) }
            { how_to(lang, details, &handle) }
            if for_carers || carer_tab {
                // A carer practises with their own routine, after a line for anyone.
                <div class="action-bar">
                    <StartButton start={Start::Carer} label={t(lang, Msg::CarerPracticeStart)} primary=true />
                </div>
            } else if suits {
                <div class="action-bar">
                    <StartButton start={Start::Exercise(e.id.clone())} label={t(lang, Msg::LibraryExerciseTry)} primary=true />
                </div>
            } else {
                <div class="callout" role="note">
                    <p>{ strong_marked(&t(lang, Text::new(Msg::LibraryExerciseLater).with("from", earliest_text(e)))) }</p>
                </div>
            }
        </article>
    }
}

/// The steps, what to avoid, when to stop and the sources; while they load, a note
/// in their place, and if they cannot, why, with a way to try again.
fn how_to(lang: Lang, details: Option<&ExerciseDetails>, handle: &DetailsHandle) -> Html {
    if let Some(d) = details {
        return html! {
            <>
                <h2>{ t(lang, Msg::LibraryExerciseHow) }</h2>
                <ol>{ for d.instructions.iter().map(|i| html! { <li>{ i }</li> }) }</ol>
                <h2>{ t(lang, Msg::LibraryExerciseWatch) }</h2>
                { bullet_list(&d.mistakes) }
                <h2>{ t(lang, Msg::LibraryExerciseStop) }</h2>
                <div class="callout callout--stop">{ bullet_list(&d.stop_if) }</div>
                <p class="exercise__source"><small>{ t(lang, Text::new(Msg::LibraryExerciseSource).with("source", d.source.as_str())) }</small></p>
            </>
        };
    }
    match &handle.state {
        DetailsState::Failed(why) => {
            let retry = handle.retry.reform(|_: MouseEvent| ());
            html! {
                <div class="callout" role="alert">
                    <p>{ t(lang, Text::new(Msg::LibraryExerciseFailed).with("why", why.as_str())) }</p>
                    <button type="button" class="button" onclick={retry}>{ t(lang, Msg::LibraryExerciseRetry) }</button>
                </div>
            }
        }
        _ => {
            html! { <p class="exercise__loading" role="status">{ t(lang, Msg::LibraryExerciseLoading) }</p> }
        }
    }
}

/// Links to the next easier and harder variants, when there are any.
fn chain_links(lang: Lang, e: &Exercise) -> Html {
    let catalog = Catalog::builtin_in(lang);
    let link = |label: Msg, id: &Option<crate::domain::exercise::ExerciseId>| {
        id.as_ref().and_then(|id| catalog.get(id)).map(|other| {
            html! {
                <li>
                    { t(lang, label) }
                    <Link<Route> to={Route::Exercise { id: other.id.to_string() }}>{ &other.name }</Link<Route>>
                </li>
            }
        })
    };
    let items: Vec<Html> = [
        link(Msg::LibraryExerciseEasier, &e.easier),
        link(Msg::LibraryExerciseHarder, &e.harder),
    ]
    .into_iter()
    .flatten()
    .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <ul class="exercise__chain" aria-label={t(lang, Msg::LibraryExerciseVariants)}>{ for items }</ul> }
}
