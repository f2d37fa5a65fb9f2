//! The builder's exercise picker: the library, filtered by region and stage, each entry
//! with an "Add" button. It owns its filter; the draft decides what may be added.

use std::fmt;
use std::rc::Rc;
use std::str::FromStr;

use yew::prelude::*;

use super::draft::{BuilderAction, Draft};
use crate::components::select_field::{or_any, select_field, OrAny};
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Exercise, Region};

/// Stages offered by the "Suits by week" filter, in weeks since the birth.
const WEEK_CHOICES: [u8; 6] = [0, 2, 4, 6, 8, 12];

/// A region as a select value: its key. (Until `Region` has `Display` and `FromStr`.)
#[derive(Clone, Copy, PartialEq)]
struct RegionKey(Region);

impl fmt::Display for RegionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.key())
    }
}

impl FromStr for RegionKey {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Region::from_key(s).map(RegionKey).ok_or(())
    }
}

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
}

#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let filter = use_state(Filter::default);
    let on_region = {
        let filter = filter.clone();
        Callback::from(move |r: OrAny<RegionKey>| {
            filter.set(Filter {
                region: r.0.map(|k| k.0),
                ..*filter
            })
        })
    };
    let on_weeks = {
        let filter = filter.clone();
        Callback::from(move |w: OrAny<u8>| {
            filter.set(Filter {
                weeks: w.0,
                ..*filter
            })
        })
    };
    let regions = Region::ALL.map(|r| (RegionKey(r), r.label().to_owned()));
    let weeks = WEEK_CHOICES.map(|w| (w, format!("{w} weeks")));
    let candidates = Catalog::builtin()
        .all()
        .iter()
        .filter(|e| filter.matches(e))
        .map(|e| candidate(e, &props.draft, &props.on_edit));
    html! {
        <div class="card no-print">
            <h2>{ "Add exercises" }</h2>
            <div class="filters">
                { select_field("pick-region", "Where it helps", or_any("Anywhere", regions),
                    OrAny(filter.region.map(RegionKey)), on_region) }
                { select_field("pick-weeks", "Suits by week", or_any("Any stage", weeks),
                    filter.weeks, on_weeks) }
            </div>
            <ul class="picker">{ for candidates }</ul>
        </div>
    }
}

/// One library entry with its "Add" button (disabled once added, or when full).
fn candidate(e: &Exercise, draft: &Draft, on_edit: &Callback<BuilderAction>) -> Html {
    let added = draft.has(&e.id);
    let onclick = on_edit.reform({
        let id = e.id.clone();
        move |_: MouseEvent| BuilderAction::AddExercise(id.clone())
    });
    html! {
        <li class="picker__item">
            <span><strong>{ &e.name }</strong><small class="muted">{ format!(" · from {} wk (caesarean {} wk)", e.stage.vaginal_weeks, e.stage.caesarean_weeks) }</small></span>
            <button class="button button--quiet" disabled={added || draft.is_full()} {onclick} aria-label={format!("Add {}", e.name)}>
                { if added { "Added" } else { "Add" } }
            </button>
        </li>
    }
}
