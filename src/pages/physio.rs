//! For physiotherapists: build a routine for a patient and share it as a link, a QR
//! code or a printed sheet. The link carries the whole routine; nothing is uploaded.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::select_field::{number_options, select_field};
use crate::components::share_panel::SharePanel;
use crate::components::shared_view::SharedPreview;
use crate::domain::catalog::{Catalog, Filter};
use crate::domain::exercise::{Dose, Region, Work};
use crate::domain::share::{encode, Shared};
use crate::domain::wording::dose_text;
use crate::hooks::use_app::use_app;
use crate::state::Action;
use crate::web::share_api;

/// Most exercises in one shared routine (the link format's limit too).
const MAX_ITEMS: usize = 20;

mod draft;

use draft::{Draft, Item};

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// A number box for one part of a dose; out-of-range values are clamped to what the
/// dose rules allow.
fn dose_number(
    id: String,
    label: &'static str,
    value: u32,
    max: u32,
    onchange: Callback<u32>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Ok(v) = input_value(&e).trim().parse::<u32>() {
            onchange.emit(v.min(max));
        }
    });
    html! {
        <div class="builder__field">
            <label for={id.clone()}>{ label }</label>
            <input {id} class="form__input" type="number" inputmode="numeric" min="0" max={max.to_string()} value={value.to_string()} {onchange} />
        </div>
    }
}

#[component]
pub fn Physio() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let draft = use_state(|| Draft::from(state.data.physio_draft.as_ref()));
    let filter = use_state(Filter::default);
    let catalog = Catalog::builtin();

    // Every valid change is kept, so a closed tab loses nothing.
    let set = {
        let draft = draft.clone();
        let state = state.clone();
        Callback::from(move |next: Draft| {
            if let Ok(shared) = next.build() {
                if state.data.physio_draft.as_ref() != Some(&shared) {
                    state.dispatch(Action::SaveDraft(Some(Box::new(shared))));
                }
            } else if next.items.is_empty() && state.data.physio_draft.is_some() {
                state.dispatch(Action::SaveDraft(None));
            }
            draft.set(next);
        })
    };
    let edit = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        let set = set.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            apply(&mut next, input_value(&e));
            set.emit(next);
        })
    };
    let toggle = |apply: fn(&mut Draft, bool)| {
        let draft = draft.clone();
        let set = set.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            apply(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            set.emit(next);
        })
    };
    let choose = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        let set = set.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            set.emit(next);
        })
    };

    // The picker.
    let candidates = catalog.all().iter().filter(|e| filter.matches(e)).map(|e| {
        let added = draft.items.iter().any(|i| i.id == e.id);
        let full = draft.items.len() >= MAX_ITEMS;
        let onclick = {
            let draft = draft.clone();
            let set = set.clone();
            let item = Item {
                id: e.id.clone(),
                dose: e.dose,
                note: String::new(),
            };
            Callback::from(move |_: MouseEvent| {
                let mut next = (*draft).clone();
                next.items.push(item.clone());
                set.emit(next);
            })
        };
        html! {
            <li class="picker__item">
                <span><strong>{ &e.name }</strong><small class="muted">{ format!(" · from {} wk (caesarean {} wk)", e.stage.vaginal_weeks, e.stage.caesarean_weeks) }</small></span>
                <button class="button button--quiet" disabled={added || full} {onclick} aria-label={format!("Add {}", e.name)}>
                    { if added { "Added" } else { "Add" } }
                </button>
            </li>
        }
    });
    let on_region = {
        let filter = filter.clone();
        Callback::from(move |value: String| {
            filter.set(Filter {
                region: Region::from_key(&value),
                ..*filter
            })
        })
    };
    let on_weeks = {
        let filter = filter.clone();
        Callback::from(move |value: String| {
            filter.set(Filter {
                weeks: value.parse().ok(),
                ..*filter
            })
        })
    };

    // The chosen exercises, each with its dose and note.
    let count = draft.items.len();
    let items = draft.items.iter().enumerate().filter_map(|(i, item)| {
        let e = catalog.get(&item.id)?;
        let dose_cb = |apply: fn(&mut Dose, u32)| {
            let draft = draft.clone();
            let set = set.clone();
            Callback::from(move |v: u32| {
                let mut next = (*draft).clone();
                if let Some(it) = next.items.get_mut(i) {
                    let mut dose = it.dose;
                    apply(&mut dose, v);
                    if dose.check().is_ok() {
                        it.dose = dose;
                    }
                }
                set.emit(next);
            })
        };
        let moves = |delta: isize| {
            let draft = draft.clone();
            let set = set.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*draft).clone();
                let j = i as isize + delta;
                if j >= 0 && (j as usize) < next.items.len() {
                    next.items.swap(i, j as usize);
                }
                set.emit(next);
            })
        };
        let remove = {
            let draft = draft.clone();
            let set = set.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*draft).clone();
                next.items.remove(i);
                set.emit(next);
            })
        };
        let on_note = {
            let draft = draft.clone();
            let set = set.clone();
            Callback::from(move |e: Event| {
                let mut next = (*draft).clone();
                if let Some(it) = next.items.get_mut(i) {
                    it.note = input_value(&e);
                }
                set.emit(next);
            })
        };
        let d = item.dose;
        let prefix = format!("item-{i}");
        let work = match d.work {
            Work::Reps { reps, rep_s, hold_s } => html! {
                <>
                    { dose_number(format!("{prefix}-reps"), "Reps", u32::from(reps), 50, dose_cb(|d, v| if let Work::Reps { reps, .. } = &mut d.work { *reps = u8::try_from(v).unwrap_or(*reps) })) }
                    { dose_number(format!("{prefix}-hold"), "Hold (s)", u32::from(hold_s), u32::from(rep_s), dose_cb(|d, v| if let Work::Reps { hold_s, .. } = &mut d.work { *hold_s = u8::try_from(v).unwrap_or(*hold_s) })) }
                </>
            },
            Work::Timed { seconds } => html! {
                { dose_number(format!("{prefix}-secs"), "Seconds", u32::from(seconds), 3600, dose_cb(|d, v| if let Work::Timed { seconds } = &mut d.work { *seconds = u16::try_from(v).unwrap_or(*seconds) })) }
            },
        };
        Some(html! {
            <li class="builder__item" key={item.id.to_string()}>
                <div class="builder__item-head">
                    <strong>{ format!("{}. {}", i + 1, e.name) }</strong>
                    <span class="builder__moves">
                        <button class="button button--quiet" aria-label={format!("Move {} up", e.name)} disabled={i == 0} onclick={moves(-1)}>{ "↑" }</button>
                        <button class="button button--quiet" aria-label={format!("Move {} down", e.name)} disabled={i + 1 == count} onclick={moves(1)}>{ "↓" }</button>
                        <button class="button button--quiet" aria-label={format!("Remove {}", e.name)} onclick={remove}>{ "✕" }</button>
                    </span>
                </div>
                <div class="builder__dose">
                    { dose_number(format!("{prefix}-sets"), "Sets", u32::from(d.sets), 10, dose_cb(|d, v| d.sets = u8::try_from(v).unwrap_or(d.sets))) }
                    { work }
                    { dose_number(format!("{prefix}-rest"), "Rest (s)", u32::from(d.rest_s), 300, dose_cb(|d, v| d.rest_s = u16::try_from(v).unwrap_or(d.rest_s))) }
                </div>
                <p class="muted builder__dose-text">{ dose_text(e, &d) }</p>
                <label class="form__label" for={format!("{prefix}-note")}>{ format!("Note for {}", e.name) }</label>
                <input id={format!("{prefix}-note")} class="form__input" maxlength="120" value={item.note.clone()} onchange={on_note} />
            </li>
        })
    });

    let built = draft.build();
    let preview = built.as_ref().ok().map(|r| Rc::new(r.clone()));
    let link = built.as_ref().ok().map(|r| {
        format!(
            "{}#/shared/{}",
            share_api::base_url(),
            encode(&Shared::Routine(r.clone()))
        )
    });
    let on_clear = {
        let set = set.clone();
        Callback::from(move |_: MouseEvent| set.emit(Draft::from(None)))
    };

    html! {
        <section class="page builder" aria-labelledby="physio-title">
            <h1 id="physio-title">{ "For physiotherapists" }</h1>
            <p class="page__lead">{ "Build a home routine for a patient and share it as a link, a QR code or a printout. The link itself carries the routine: nothing is uploaded, and there is no account." }</p>
            <div class="card no-print">
                <h2>{ "Routine" }</h2>
                <label class="form__label" for="r-name">{ "Name" }</label>
                <input id="r-name" class="form__input" maxlength="60" value={draft.name.clone()} onchange={edit(|d, v| d.name = v)} />
                <div class="filters">
                    { select_field("r-times", "How often", (1..=7u8).map(|n| (n.to_string(), format!("{n} time{}", if n == 1 { "" } else { "s" }))).collect(), draft.times.to_string(), choose(|d, v| d.times = v.parse().unwrap_or(1))) }
                    { select_field("r-per", "Per", vec![("day".into(), "day".into()), ("week".into(), "week".into())], if draft.per_week { "week" } else { "day" }, choose(|d, v| d.per_week = v == "week")) }
                    { select_field("r-weeks", "For (weeks)", number_options([1, 2, 3, 4, 6, 8, 10, 12, 16, 24, 52]), draft.weeks.to_string(), choose(|d, v| d.weeks = v.parse().unwrap_or(6))) }
                </div>
                <label class="choice" for="r-auto">
                    <input id="r-auto" type="checkbox" checked={draft.auto} onchange={toggle(|d, v| d.auto = v)} />
                    <span>{ "Let the app adjust doses from her comfort reports (otherwise they stay exactly as set)" }</span>
                </label>
                <label class="choice" for="r-limits">
                    <input id="r-limits" type="checkbox" checked={draft.limits} onchange={toggle(|d, v| d.limits = v)} />
                    <span>{ "Set her pain limits" }</span>
                </label>
                if draft.limits {
                    <div class="filters">
                        { select_field("r-comfortable", "Comfortable up to", number_options(0..=7), draft.comfortable.to_string(), choose(|d, v| d.comfortable = v.parse().unwrap_or(3))) }
                        { select_field("r-acceptable", "Acceptable up to", number_options(0..=7), draft.acceptable.to_string(), choose(|d, v| d.acceptable = v.parse().unwrap_or(5))) }
                    </div>
                }
                <label class="form__label" for="r-clinician">{ "Your name (optional)" }</label>
                <input id="r-clinician" class="form__input" maxlength="60" value={draft.clinician.clone()} onchange={edit(|d, v| d.clinician = v)} />
                <label class="form__label" for="r-clinic">{ "Clinic (optional)" }</label>
                <input id="r-clinic" class="form__input" maxlength="60" value={draft.clinic.clone()} onchange={edit(|d, v| d.clinic = v)} />
            </div>
            <div class="card no-print">
                <h2>{ format!("Exercises ({count} of up to {MAX_ITEMS})") }</h2>
                if draft.items.is_empty() {
                    <p class="muted">{ "Pick exercises below; they appear here in order, each with its own dose and note." }</p>
                }
                <ol class="builder__items">{ for items }</ol>
                if !draft.items.is_empty() {
                    <button class="button button--quiet" onclick={on_clear}>{ "Start a new routine" }</button>
                }
            </div>
            <div class="card no-print">
                <h2>{ "Add exercises" }</h2>
                <div class="filters">
                    { select_field("pick-region", "Where it helps", std::iter::once((String::new(), "Anywhere".to_owned())).chain(Region::ALL.iter().map(|r| (r.key().to_owned(), r.label().to_owned()))).collect(), filter.region.map(|r| r.key()).unwrap_or_default(), on_region) }
                    { select_field("pick-weeks", "Suits by week", std::iter::once((String::new(), "Any stage".to_owned())).chain([0u8, 2, 4, 6, 8, 12].iter().map(|w| (w.to_string(), format!("{w} weeks")))).collect(), filter.weeks.map(|w| w.to_string()).unwrap_or_default(), on_weeks) }
                </div>
                <ul class="picker">{ for candidates }</ul>
            </div>
            if let Err(why) = &built {
                <p class="form__error no-print" role="status">{ why }</p>
            }
            if let (Some(routine), Some(link)) = (preview, link) {
                <div class="card">
                    <h2 class="no-print">{ "What she will see" }</h2>
                    <SharedPreview routine={routine.clone()} />
                </div>
                <SharePanel url={AttrValue::from(link)} title={AttrValue::from(routine.name.as_str().to_owned())} />
            }
        </section>
    }
}
