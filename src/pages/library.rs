//! The exercise library: every entry, grouped by kind, filtered by back region, stage
//! and type.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::select_field::select_field;
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Kind, Region};
use crate::route::Route;

const WEEK_CHOICES: [u8; 9] = [0, 1, 2, 3, 4, 6, 8, 10, 12];

fn any(text: &str) -> (String, String) {
    (String::new(), text.to_owned())
}

#[component]
pub fn Library() -> Html {
    let filter = use_state(Filter::default);
    let catalog = Catalog::builtin();
    let shown: Vec<_> = catalog.all().iter().filter(|e| filter.matches(e)).collect();

    let set = |apply: fn(&mut Filter, &str)| {
        let filter = filter.clone();
        Callback::from(move |value: String| {
            let mut next = *filter;
            apply(&mut next, &value);
            filter.set(next);
        })
    };
    let region_options = std::iter::once(any("Anywhere"))
        .chain(
            Region::ALL
                .iter()
                .map(|r| (r.key().to_owned(), r.label().to_owned())),
        )
        .collect();
    let kind_options = std::iter::once(any("All types"))
        .chain(
            Kind::ALL
                .iter()
                .map(|k| (k.key().to_owned(), k.label().to_owned())),
        )
        .collect();
    let week_options = std::iter::once(any("Any time"))
        .chain(WEEK_CHOICES.iter().map(|w| {
            let text = match w {
                0 => "First week".to_owned(),
                12 => "12 weeks or more".to_owned(),
                w => format!("{w} weeks"),
            };
            (w.to_string(), text)
        }))
        .collect();
    let birth_options = vec![
        any("Not saying"),
        ("vaginal".to_owned(), "Vaginal birth".to_owned()),
        ("caesarean".to_owned(), "Caesarean".to_owned()),
    ];
    let birth_value = match filter.caesarean {
        Some(true) => "caesarean",
        Some(false) => "vaginal",
        None => "",
    };

    let groups = Kind::ALL.into_iter().filter_map(|kind| {
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
    });
    let count = if shown.len() == catalog.len() {
        format!("{} gentle exercises and short lessons.", catalog.len())
    } else {
        format!("Showing {} of {}.", shown.len(), catalog.len())
    };
    html! {
        <section class="page" aria-labelledby="library-title">
            <h1 id="library-title">{ "Exercises" }</h1>
            <div class="filters" role="group" aria-label="Filter exercises">
                { select_field("filter-region", "Where it helps", region_options,
                    filter.region.map(|r| r.key().to_owned()).unwrap_or_default(),
                    set(|f, v| f.region = Region::from_key(v))) }
                { select_field("filter-kind", "Type", kind_options,
                    filter.kind.map(|k| k.key().to_owned()).unwrap_or_default(),
                    set(|f, v| f.kind = Kind::from_key(v))) }
                { select_field("filter-weeks", "Since the birth", week_options,
                    filter.weeks.map(|w| w.to_string()).unwrap_or_default(),
                    set(|f, v| f.weeks = v.parse().ok())) }
                { select_field("filter-birth", "Birth", birth_options, birth_value,
                    set(|f, v| f.caesarean = match v { "caesarean" => Some(true), "vaginal" => Some(false), _ => None })) }
            </div>
            <p class="page__lead" aria-live="polite">{ count }</p>
            if shown.is_empty() {
                <div class="card card--empty"><p>{ "Nothing matches all of these. Try widening a filter." }</p></div>
            }
            { for groups }
        </section>
    }
}
