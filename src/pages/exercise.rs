//! One exercise in full: picture, how to do it, what to avoid, when to stop.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::art::Art;
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{Dose, Exercise, Sides, Work};
use crate::pages::not_found::NotFound;
use crate::pages::today::{routine_for, StartButton};
use crate::route::Route;
use crate::state::AppContext;
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct ExerciseDetailProps {
    pub id: AttrValue,
}

/// The exercise's default dose in words.
pub fn dose_text(e: &Exercise) -> String {
    dose_text_for(e, &e.dose)
}

/// "2 rounds of 8 times, holding 5 s, 30 s rest between" in words.
pub fn dose_text_for(e: &Exercise, dose: &Dose) -> String {
    let d = *dose;
    let work = match d.work {
        Work::Timed { seconds } if seconds >= 120 && seconds % 60 == 0 => {
            format!("{} minutes", seconds / 60)
        }
        Work::Timed { seconds } if seconds >= 60 => {
            format!("{} min {} s", seconds / 60, seconds % 60)
        }
        Work::Timed { seconds } => format!("{seconds} seconds"),
        Work::Reps {
            reps, hold_s: 0, ..
        } => format!("{reps} times"),
        Work::Reps { reps, hold_s, .. } => format!("{reps} times, holding {hold_s} s"),
    };
    let side = if e.sides == Sides::EachSide {
        " each side"
    } else {
        ""
    };
    if d.sets > 1 {
        format!(
            "{} rounds of {work}{side}, {} s rest between",
            d.sets, d.rest_s
        )
    } else {
        format!("{work}{side}")
    }
}

fn bullet_list(items: &[String]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

#[component]
pub fn ExerciseDetail(props: &ExerciseDetailProps) -> Html {
    let state = use_context::<AppContext>();
    let Some(e) = Catalog::builtin().find(&props.id) else {
        return html! { <NotFound /> };
    };
    let suits = state
        .and_then(|state| routine_for(&format!("ex-{}", e.id), &state.data, clock::now_ms()))
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
            <Art svg={e.illustration} label={AttrValue::from(format!("Drawing: {}", e.position))} class="exercise__art" />
            <dl class="facts">
                <div><dt>{ "Helps" }</dt><dd>{ regions }</dd></div>
                <div><dt>{ "Position" }</dt><dd>{ &e.position }</dd></div>
                <div><dt>{ "Dose" }</dt><dd>{ dose_text(e) }</dd></div>
                if !e.equipment.is_empty() {
                    <div><dt>{ "You need" }</dt><dd>{ e.equipment.join(", ") }</dd></div>
                }
                <div><dt>{ "From" }</dt><dd>{ stage_text(e) }</dd></div>
            </dl>
            { chain_links(e) }
            <h2>{ "How to do it" }</h2>
            <ol>{ for e.instructions.iter().map(|i| html! { <li>{ i }</li> }) }</ol>
            <h2>{ "Watch out for" }</h2>
            { bullet_list(&e.mistakes) }
            <h2>{ "Stop if" }</h2>
            <div class="callout callout--stop">{ bullet_list(&e.stop_if) }</div>
            <p class="exercise__source"><small>{ "Based on: " }{ &e.source }</small></p>
            if suits {
                <div class="action-bar">
                    <StartButton what={format!("ex-{}", e.id)} label="Try it now" primary=true />
                </div>
            } else {
                <div class="callout" role="note">
                    <p><strong>{ "This one is for a little later." }</strong>{ format!(" It usually suits from {}. Your routine on Today only includes what suits you now.", stage_text(e)) }</p>
                </div>
            }
        </article>
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

fn stage_text(e: &Exercise) -> String {
    let weeks = |w: u8| match w {
        0 => "the first days".to_owned(),
        1 => "1 week".to_owned(),
        n => format!("{n} weeks"),
    };
    format!(
        "{} after a vaginal birth; {} after a caesarean",
        weeks(e.stage.vaginal_weeks),
        weeks(e.stage.caesarean_weeks)
    )
}
