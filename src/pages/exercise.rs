//! One exercise in full: picture, how to do it, what to avoid, when to stop.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::art::Art;
use crate::components::not_found::NotFound;
use crate::components::start_button::{routine_now, StartButton};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Exercise, ExerciseDetails};
use crate::domain::start::Start;
use crate::domain::wording::{dose_text, earliest_text};
use crate::hooks::use_details::{use_details, DetailsHandle, DetailsState};
use crate::route::Route;
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
    let Some(e) = Catalog::builtin().find(&props.id) else {
        return html! { <NotFound /> };
    };
    let details = handle.ready().and_then(|d| d.get(&e.id));
    let suits = state
        .and_then(|state| routine_now(&Start::Exercise(e.id.clone()), &state))
        .is_some();
    let regions = e
        .helps
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <article class="page exercise" aria-labelledby="exercise-title">
            <p class="page__back"><Link<Route> to={Route::Library}>{ "← All exercises" }</Link<Route>></p>
            <h1 id="exercise-title">{ &e.name }</h1>
            <p class="page__lead">{ &e.summary }</p>
            <Art id={e.id.clone()} label={AttrValue::from(format!("Drawing: {}", e.position))} class="exercise__art" />
            <dl class="facts">
                <div><dt>{ "Helps" }</dt><dd>{ regions }</dd></div>
                <div><dt>{ "Position" }</dt><dd>{ &e.position }</dd></div>
                <div><dt>{ "Dose" }</dt><dd>{ dose_text(e, &e.dose) }</dd></div>
                if let Some(d) = details.filter(|d| !d.equipment.is_empty()) {
                    <div><dt>{ "You need" }</dt><dd>{ d.equipment.join(", ") }</dd></div>
                }
                <div><dt>{ "From" }</dt><dd>{ earliest_text(e) }</dd></div>
            </dl>
            { chain_links(e) }
            { how_to(details, &handle) }
            if suits {
                <div class="action-bar">
                    <StartButton start={Start::Exercise(e.id.clone())} label="Try it now" primary=true />
                </div>
            } else {
                <div class="callout" role="note">
                    <p><strong>{ "This one is for a little later." }</strong>{ format!(" It usually suits from {}. Your routine on Today only includes what suits you now.", earliest_text(e)) }</p>
                </div>
            }
        </article>
    }
}

/// The steps, what to avoid, when to stop and the sources; while they load, a note
/// in their place, and if they cannot, why, with a way to try again.
fn how_to(details: Option<&ExerciseDetails>, handle: &DetailsHandle) -> Html {
    if let Some(d) = details {
        return html! {
            <>
                <h2>{ "How to do it" }</h2>
                <ol>{ for d.instructions.iter().map(|i| html! { <li>{ i }</li> }) }</ol>
                <h2>{ "Watch out for" }</h2>
                { bullet_list(&d.mistakes) }
                <h2>{ "Stop if" }</h2>
                <div class="callout callout--stop">{ bullet_list(&d.stop_if) }</div>
                <p class="exercise__source"><small>{ "Based on: " }{ &d.source }</small></p>
            </>
        };
    }
    match &handle.state {
        DetailsState::Failed(why) => {
            let retry = handle.retry.reform(|_: MouseEvent| ());
            html! {
                <div class="callout" role="alert">
                    <p>{ format!("The steps for this exercise could not be loaded: {why}. They need a connection the first time; after that they work offline.") }</p>
                    <button type="button" class="button" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
        _ => html! { <p class="exercise__loading" role="status">{ "Loading the steps…" }</p> },
    }
}

/// Links to the next easier and harder variants, when there are any.
fn chain_links(e: &Exercise) -> Html {
    let catalog = Catalog::builtin();
    let link = |label: &'static str, id: &Option<crate::domain::exercise::ExerciseId>| {
        id.as_ref().and_then(|id| catalog.get(id)).map(|other| {
            html! {
                <li>
                    { label }
                    <Link<Route> to={Route::Exercise { id: other.id.to_string() }}>{ &other.name }</Link<Route>>
                </li>
            }
        })
    };
    let items: Vec<Html> = [link("Easier: ", &e.easier), link("Harder: ", &e.harder)]
        .into_iter()
        .flatten()
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <ul class="exercise__chain" aria-label="Variants">{ for items }</ul> }
}
