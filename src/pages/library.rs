//! The exercise library: every entry, grouped by kind, filtered by back region, stage
//! and type.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::select_field::{or_any, select_field, OrAny};
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Exercise, Kind, Region};
use crate::route::Route;

/// The weeks since the birth she can filter by.
const WEEK_CHOICES: [u8; 9] = [0, 1, 2, 3, 4, 6, 8, 10, 12];

#[component]
pub fn Library() -> Html {
    let filter = use_state(Filter::default);
    let catalog = Catalog::builtin();
    let shown: Vec<&Exercise> = catalog.all().iter().filter(|e| filter.matches(e)).collect();
    let on_change = {
        let filter = filter.clone();
        Callback::from(move |next: Filter| filter.set(next))
    };
    let count = if shown.len() == catalog.len() {
        format!("{} gentle exercises and short lessons.", catalog.len())
    } else {
        format!("Showing {} of {}.", shown.len(), catalog.len())
    };
    html! {
        <section class="page" aria-labelledby="library-title">
            <h1 id="library-title">{ "Exercises" }</h1>
            <Filters filter={*filter} {on_change} />
            <p class="page__lead" aria-live="polite">{ count }</p>
            if shown.is_empty() {
                <div class="card card--empty"><p>{ "Nothing matches all of these. Try widening a filter." }</p></div>
            }
            { for Kind::ALL.into_iter().filter_map(|kind| group(kind, &shown)) }
        </section>
    }
}

/// The entries of one kind, or nothing when none is shown.
fn group(kind: Kind, shown: &[&Exercise]) -> Option<Html> {
    let items: Vec<Html> = shown
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| {
            html! {
                <li class="library__item">
                    <Link<Route> to={Route::Exercise { id: e.id.to_string() }} classes="library__link">
                        <span class="library__name">{ &e.name }</span>
                        <span class="library__summary">{ &e.summary }</span>
                    </Link<Route>>
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        html! {
            <section class="library__group">
                <h2>{ kind.label() }</h2>
                <ul class="library__list">{ for items }</ul>
            </section>
        }
    })
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: Filter,
    on_change: Callback<Filter>,
}

/// The four filters, each a typed select that may be left open.
#[component]
fn Filters(props: &FiltersProps) -> Html {
    let filter = props.filter;
    let regions = or_any(
        "Anywhere",
        Region::ALL.iter().map(|r| (*r, r.label().to_owned())),
    );
    let kinds = or_any(
        "All types",
        Kind::ALL.iter().map(|k| (*k, k.label().to_owned())),
    );
    let weeks = or_any("Any time", WEEK_CHOICES.iter().map(|w| (*w, week_text(*w))));
    let births = or_any(
        "Not saying",
        [
            (false, "Vaginal birth".to_owned()),
            (true, "Caesarean".to_owned()),
        ],
    );
    html! {
        <div class="filters" role="group" aria-label="Filter exercises">
            { select_field("filter-region", "Where it helps", regions, filter.region, update(props, |f, v| f.region = v)) }
            { select_field("filter-kind", "Type", kinds, filter.kind, update(props, |f, v| f.kind = v)) }
            { select_field("filter-weeks", "Since the birth", weeks, filter.weeks, update(props, |f, v| f.weeks = v)) }
            // `true` stands for a caesarean.
            { select_field("filter-birth", "Birth", births, filter.caesarean, update(props, |f, v| f.caesarean = v)) }
        </div>
    }
}

/// The callback for one filter: the chosen value (or "any") put into the filter.
fn update<T: 'static>(
    props: &FiltersProps,
    apply: fn(&mut Filter, Option<T>),
) -> Callback<OrAny<T>> {
    let (filter, on_change) = (props.filter, props.on_change.clone());
    Callback::from(move |value: OrAny<T>| {
        let mut next = filter;
        apply(&mut next, value.0);
        on_change.emit(next);
    })
}

fn week_text(w: u8) -> String {
    match w {
        0 => "First week".to_owned(),
        12 => "12 weeks or more".to_owned(),
        w => format!("{w} weeks"),
    }
}
