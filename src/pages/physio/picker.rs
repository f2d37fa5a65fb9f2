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
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

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
    let lang = use_lang();
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
    let regions = Region::ALL.map(|r| (RegionKey(r), t(lang, r.label())));
    let weeks = WEEK_CHOICES.map(|w| {
        let label = t(lang, Text::new(Msg::PhysioPickWeeksOption).with("weeks", w));
        (w, label)
    });
    let candidates = Catalog::builtin_in(lang)
        .all()
        .iter()
        .filter(|e| filter.matches(e))
        .map(|e| candidate(lang, e, &props.draft, &props.on_edit));
    html! {
        <div class="card no-print">
            <h2>{ t(lang, Msg::PhysioAddTitle) }</h2>
            <div class="filters">
                { select_field("pick-region", &t(lang, Msg::PhysioPickRegion), or_any(&t(lang, Msg::PhysioPickAnywhere), regions),
                    OrAny(filter.region.map(RegionKey)), on_region) }
                { select_field("pick-weeks", &t(lang, Msg::PhysioPickWeeks), or_any(&t(lang, Msg::PhysioPickAnyStage), weeks),
                    filter.weeks, on_weeks) }
            </div>
            <ul class="picker">{ for candidates }</ul>
        </div>
    }
}

/// One library entry with its "Add" button (disabled once added, or when full).
fn candidate(lang: Lang, e: &Exercise, draft: &Draft, on_edit: &Callback<BuilderAction>) -> Html {
    let added = draft.has(&e.id);
    let onclick = on_edit.reform({
        let id = e.id.clone();
        move |_: MouseEvent| BuilderAction::AddExercise(id.clone())
    });
    let from = t(
        lang,
        Text::new(Msg::PhysioPickFrom)
            .with("vaginal", e.stage.vaginal_weeks)
            .with("caesarean", e.stage.caesarean_weeks),
    );
    html! {
        <li class="picker__item">
            <span><strong>{ &e.name }</strong><small class="muted">{ format!(" {from}") }</small></span>
            <button class="button button--quiet" disabled={added || draft.is_full()} {onclick} aria-label={t(lang, Text::new(if added { Msg::PhysioAddedNamed } else { Msg::PhysioAddNamed }).with("name", e.name.as_str()))}>
                { t(lang, if added { Msg::PhysioAdded } else { Msg::PhysioAdd }) }
            </button>
        </li>
    }
}
