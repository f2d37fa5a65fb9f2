//! The exercise library: every entry, grouped by kind.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::exercise::Kind;
use crate::route::Route;

#[component]
pub fn Library() -> Html {
    let catalog = Catalog::builtin();
    let groups = Kind::ALL.into_iter().filter_map(|kind| {
        let items: Vec<Html> = catalog
            .all()
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
    html! {
        <section class="page" aria-labelledby="library-title">
            <h1 id="library-title">{ "Exercises" }</h1>
            <p class="page__lead">{ format!("{} gentle exercises and short lessons.", catalog.len()) }</p>
            { for groups }
        </section>
    }
}
