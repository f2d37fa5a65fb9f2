//! The exercise library: every entry, grouped by kind, filtered by back region, stage
//! and type.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::carer_share::CarerShare;
use crate::components::select_field::{or_any, select_field, OrAny};
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Exercise, Kind, Region};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;

/// The weeks since the birth she can filter by.
const WEEK_CHOICES: [u8; 9] = [0, 1, 2, 3, 4, 6, 8, 10, 12];

#[component]
pub fn Library() -> Html {
    let lang = use_lang();
    let filter = use_state(Filter::default);
    let catalog = Catalog::builtin_in(lang);
    let shown: Vec<&Exercise> = catalog.all().iter().filter(|e| filter.matches(e)).collect();
    let on_change = {
        let filter = filter.clone();
        Callback::from(move |next: Filter| filter.set(next))
    };
    let count = if shown.len() == catalog.len() {
        t(
            lang,
            Text::new(Msg::LibraryCountAll).with("count", catalog.len()),
        )
    } else {
        t(
            lang,
            Text::new(Msg::LibraryShowing)
                .with("shown", shown.len())
                .with("total", catalog.len()),
        )
    };
    html! {
        <section class="page" aria-labelledby="library-title">
            <h1 id="library-title">{ t(lang, Msg::LibraryTitle) }</h1>
            <Filters filter={*filter} {on_change} />
            <p class="page__lead" aria-live="polite">{ count }</p>
            if shown.is_empty() {
                <div class="card card--empty"><p>{ t(lang, Msg::LibraryEmpty) }</p></div>
            }
            { for Kind::ALL.into_iter().filter_map(|kind| group(lang, kind, &shown)) }
        </section>
    }
}

/// The entries of one kind, or nothing when none is shown.
fn group(lang: Lang, kind: Kind, shown: &[&Exercise]) -> Option<Html> {
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
                <h2>{ t(lang, kind.label()) }</h2>
                if kind == Kind::Carer {
                    { carer_note(lang) }
                }
                if kind == Kind::RunTest {
                    <p class="muted">{ t(lang, Msg::RunLibraryLead) }</p>
                    <Link<Route> to={Route::Running} classes="running__how">{ t(lang, Msg::RunLibraryOpen) }</Link<Route>>
                }
                <ul class="library__list">{ for items }</ul>
            </section>
        }
    })
}

/// Above the carers' lessons: who they are for, and the card to send them (closed
/// until she opens it).
fn carer_note(lang: Lang) -> Html {
    html! {
        <>
            <p class="muted">{ t(lang, Msg::CarerLibraryLead) }</p>
            <details class="carer__send">
                <summary class="button">{ t(lang, Msg::CarerLibraryOpen) }</summary>
                <CarerShare />
            </details>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FiltersProps {
    filter: Filter,
    on_change: Callback<Filter>,
}

/// The four filters, each a typed select that may be left open.
#[component]
fn Filters(props: &FiltersProps) -> Html {
    let lang = use_lang();
    let filter = props.filter;
    let regions = or_any(
        &t(lang, Msg::LibraryFilterRegionAny),
        Region::ALL.iter().map(|r| (*r, t(lang, r.label()))),
    );
    let kinds = or_any(
        &t(lang, Msg::LibraryFilterKindAny),
        Kind::ALL.iter().map(|k| (*k, t(lang, k.label()))),
    );
    let weeks = or_any(
        &t(lang, Msg::LibraryFilterWeeksAny),
        WEEK_CHOICES.iter().map(|w| (*w, week_text(lang, *w))),
    );
    let births = or_any(
        &t(lang, Msg::LibraryFilterBirthAny),
        [
            (false, t(lang, Msg::LibraryBirthVaginal)),
            (true, t(lang, Msg::LibraryBirthCaesarean)),
        ],
    );
    html! {
        <div class="filters" role="group" aria-label={t(lang, Msg::LibraryFiltersLabel)}>
            { select_field("filter-region", &t(lang, Msg::LibraryFilterRegion), regions, filter.region, update(props, |f, v| f.region = v)) }
            { select_field("filter-kind", &t(lang, Msg::LibraryFilterKind), kinds, filter.kind, update(props, |f, v| f.kind = v)) }
            { select_field("filter-weeks", &t(lang, Msg::LibraryFilterWeeks), weeks, filter.weeks, update(props, |f, v| f.weeks = v)) }
            // `true` stands for a caesarean.
            { select_field("filter-birth", &t(lang, Msg::LibraryFilterBirth), births, filter.caesarean, update(props, |f, v| f.caesarean = v)) }
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

fn week_text(lang: Lang, w: u8) -> String {
    match w {
        0 => t(lang, Msg::LibraryWeeksFirst),
        12 => t(lang, Text::new(Msg::LibraryWeeksOrMore).with("weeks", w)),
        w => t(lang, Text::new(Msg::LibraryWeeks).with("weeks", w)),
    }
}
