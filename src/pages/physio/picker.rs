//! The builder's library: search as you type (names and the other names people use),
//! filters for region, position, type and stage, and each entry as a row with its
//! drawing, name, type, the stage it suits from and an "Add" button. It owns its search
//! and filters; the domain finds (`search`, `Filter`) and the draft decides what may be
//! added.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::draft::{BuilderAction, Draft};
use crate::components::art::Art;
use crate::components::select_field::{or_any, select_field, OrAny};
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Exercise, Kind, Region};
use crate::domain::search::{posture, search, Posture};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

/// Stages offered by the "Suits by week" filter, in weeks since the birth.
const WEEK_CHOICES: [u8; 6] = [0, 2, 4, 6, 8, 12];

/// What the physiotherapist is looking for.
#[derive(Clone, Debug, Default, PartialEq)]
struct Looking {
    query: String,
    filter: Filter,
    posture: Option<Posture>,
}

impl Looking {
    /// Whether anything narrows the list.
    fn narrows(&self) -> bool {
        *self != Looking::default()
    }
}

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub draft: Rc<Draft>,
    pub on_edit: Callback<BuilderAction>,
    /// Kept but not shown (another source is showing).
    #[prop_or_default]
    pub hidden: bool,
}

#[component]
pub fn Picker(props: &PickerProps) -> Html {
    let lang = use_lang();
    let looking = use_state(Looking::default);
    let on_query = set(&looking, |l, e: InputEvent| {
        l.query = e.target_unchecked_into::<HtmlInputElement>().value();
    });
    let on_reset = {
        let looking = looking.clone();
        Callback::from(move |_: MouseEvent| looking.set(Looking::default()))
    };
    let catalog = Catalog::builtin_in(lang);
    let found: Vec<&Exercise> = search(catalog, lang, &looking.query)
        .into_iter()
        .filter(|e| e.kind.prescribable())
        .filter(|e| looking.filter.matches(e))
        .filter(|e| looking.posture.is_none_or(|p| posture(e) == p))
        .collect();
    let rows = found
        .iter()
        .map(|e| candidate(lang, e, &props.draft, &props.on_edit));
    html! {
        <div class="card no-print picker-card" hidden={props.hidden}>
            <div class="picker__tools">
                <h2>{ t(lang, Msg::PhysioAddTitle) }</h2>
                <label class="form__label" for="pick-search">{ t(lang, Msg::DeskSearchLabel) }</label>
                <input id="pick-search" class="form__input" type="search" autocomplete="off" spellcheck="false"
                    aria-describedby="pick-search-hint" value={looking.query.clone()} oninput={on_query} />
                <p id="pick-search-hint" class="muted picker__hint">{ t(lang, Msg::DeskSearchHint) }</p>
                { filters(lang, &looking) }
                <div class="picker__count">
                    <p class="muted" role="status">{ t(lang, Text::new(Msg::DeskFound).with("count", found.len())) }</p>
                    if looking.narrows() {
                        <button type="button" class="button button--quiet" onclick={on_reset}>{ t(lang, Msg::DeskShowAll) }</button>
                    }
                </div>
            </div>
            <ul class="picker">{ for rows }</ul>
        </div>
    }
}

/// A callback that changes what she is looking for with `change`.
fn set<T: 'static>(looking: &UseStateHandle<Looking>, change: fn(&mut Looking, T)) -> Callback<T> {
    let looking = looking.clone();
    Callback::from(move |value: T| {
        let mut next = (*looking).clone();
        change(&mut next, value);
        looking.set(next);
    })
}

/// The four filters, each "any" to begin with.
fn filters(lang: Lang, looking: &UseStateHandle<Looking>) -> Html {
    let on_region = set(looking, |l, r: OrAny<Region>| l.filter.region = r.0);
    let on_posture = set(looking, |l, p: OrAny<Posture>| l.posture = p.0);
    let on_kind = set(looking, |l, k: OrAny<Kind>| l.filter.kind = k.0);
    let on_weeks = set(looking, |l, w: OrAny<u8>| l.filter.weeks = w.0);
    let regions = Region::ALL.map(|r| (r, t(lang, r.label())));
    let postures = Posture::ALL.map(|p| (p, t(lang, p.label())));
    let kinds = Kind::ALL
        .into_iter()
        .filter(|k| k.prescribable())
        .map(|k| (k, t(lang, k.label())));
    let weeks = WEEK_CHOICES.map(|w| {
        let label = t(lang, Text::new(Msg::PhysioPickWeeksOption).with("weeks", w));
        (w, label)
    });
    let f = &looking.filter;
    html! {
        <div class="filters picker__filters">
            { select_field("pick-region", &t(lang, Msg::PhysioPickRegion), or_any(&t(lang, Msg::PhysioPickAnywhere), regions),
                OrAny(f.region), on_region) }
            { select_field("pick-posture", &t(lang, Msg::DeskPickPosture), or_any(&t(lang, Msg::DeskPickAnyPosture), postures),
                OrAny(looking.posture), on_posture) }
            { select_field("pick-kind", &t(lang, Msg::DeskPickKind), or_any(&t(lang, Msg::DeskPickAnyKind), kinds),
                OrAny(f.kind), on_kind) }
            { select_field("pick-weeks", &t(lang, Msg::PhysioPickWeeks), or_any(&t(lang, Msg::PhysioPickAnyStage), weeks),
                OrAny(f.weeks), on_weeks) }
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
    let about = Text::new(Msg::DeskRowAbout)
        .with("kind", t(lang, e.kind.label()))
        .with("vaginal", e.stage.vaginal_weeks)
        .with("caesarean", e.stage.caesarean_weeks);
    let drawing = t(
        lang,
        Text::new(Msg::PhysioSharedDrawing).with("position", e.position.as_str()),
    );
    let named = Text::new(if added {
        Msg::PhysioAddedNamed
    } else {
        Msg::PhysioAddNamed
    })
    .with("name", e.name.as_str());
    html! {
        <li class={classes!("picker__item", added.then_some("picker__item--added"))}>
            <Art id={e.id.clone()} label={AttrValue::from(drawing)} class="picker__art" />
            <span class="picker__text"><strong>{ &e.name }</strong><small class="muted">{ t(lang, about) }</small></span>
            <button type="button" class="button button--quiet" disabled={added || draft.is_full()} {onclick} aria-label={t(lang, named)}>
                { t(lang, if added { Msg::PhysioAdded } else { Msg::PhysioAdd }) }
            </button>
        </li>
    }
}
