//! Today: the home screen, where she starts (or continues) a routine with one tap.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::step_view::clock_text;
use crate::domain::catalog::Catalog;
use crate::domain::routine::{single, Builtin, Plan, Routine};
use crate::pages::player::begin;
use crate::route::Route;
use crate::state::AppContext;
use crate::web::cues::CueOutput;

/// A button that starts `routine` and opens the player.
#[derive(Properties, PartialEq)]
pub struct StartButtonProps {
    pub routine: Routine,
    pub label: AttrValue,
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn StartButton(props: &StartButtonProps) -> Html {
    let (Some(state), Some(cues), Some(navigator)) = (
        use_context::<AppContext>(),
        use_context::<CueOutput>(),
        use_navigator(),
    ) else {
        return html! {};
    };
    let routine = props.routine.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if begin(routine.clone(), &state, &cues) {
            navigator.push(&Route::Player);
        }
    });
    let class = if props.primary {
        "button button--primary button--wide"
    } else {
        "button button--wide"
    };
    html! { <button {class} {onclick}>{ props.label.clone() }</button> }
}

fn minutes(routine: &Routine) -> String {
    Plan::new(routine.clone(), Catalog::builtin())
        .map(|p| format!("{} min", (p.total_ms() + 30_000) / 60_000))
        .unwrap_or_default()
}

#[component]
pub fn Today() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let catalog = Catalog::builtin();
    let starter = Builtin::Starter.routine(catalog);
    let nap = Builtin::Nap.routine(catalog);
    let walk = catalog.find("walk-5").map(single);
    let running = state
        .data
        .active
        .as_ref()
        .map(|a| a.routine.name.as_str().to_owned());
    let last = state.data.history.last().map(|log| {
        format!(
            "Last time: {} · {} active",
            log.routine,
            clock_text(log.active_ms)
        )
    });
    let list = |routine: &Routine| {
        routine
            .steps
            .iter()
            .filter_map(|s| catalog.get(&s.exercise))
            .map(|e| e.name.clone())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    html! {
        <section class="page" aria-labelledby="today-title">
            <h1 id="today-title">{ "Today" }</h1>
            <p class="page__lead">{ "A few minutes of gentle movement, at your own pace." }</p>
            if let Some(name) = running {
                <div class="card card--accent">
                    <h2>{ "You have a routine in progress" }</h2>
                    <p>{ name }</p>
                    <Link<Route> to={Route::Player} classes="button button--primary button--wide">{ "Continue" }</Link<Route>>
                </div>
            }
            <div class="card">
                <h2>{ Builtin::Starter.title() }<span class="card__tag">{ minutes(&starter) }</span></h2>
                <p class="muted">{ list(&starter) }</p>
                <p>{ "Gentle enough for the first days after any birth. Put the phone down once it starts: it tells you what to do and counts for you." }</p>
            </div>
            <div class="card">
                <h2>{ Builtin::Nap.title() }<span class="card__tag">{ minutes(&nap) }</span></h2>
                <p class="muted">{ list(&nap) }</p>
                <StartButton routine={nap} label="Start the 5-minute routine" />
            </div>
            if let Some(walk) = walk {
                <div class="card">
                    <h2>{ "A short walk" }<span class="card__tag">{ "5 min" }</span></h2>
                    <p>{ "Little and often: a slow walk, indoors or out, counts towards your week." }</p>
                    <StartButton routine={walk} label="Time a 5-minute walk" />
                </div>
            }
            if let Some(text) = last {
                <p class="muted">{ text }</p>
            }
            <div class="action-bar">
                <StartButton routine={starter} label="Start today's routine" primary=true />
            </div>
        </section>
    }
}
