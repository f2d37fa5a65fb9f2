//! The profile form, for onboarding and for Settings. Two questions are required (when
//! and how she gave birth); everything else has a safe default and can be skipped.
//!
//! The draft and its edits are plain Rust (`draft`); the form holds it in a reducer and
//! only dispatches.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::profile::{iso_from_day, Activity, Birth, Delivery, PainSite, Profile};
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

pub mod draft;

use draft::{ProfileAction, ProfileDraft, MAX_WEEKS_AGO};

impl Reducible for ProfileDraft {
    type Action = ProfileAction;

    fn reduce(self: Rc<Self>, action: ProfileAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    pub initial: Option<Profile>,
    pub now_ms: i64,
    pub today_day: i64,
    /// Her offset from UTC in minutes, for counting weeks in her calendar.
    pub utc_offset_min: i32,
    pub submit_label: AttrValue,
    pub on_save: Callback<Profile>,
}

/// A radio group: one choice of `options`, `current` checked, each change sent on.
fn radios<T: Copy + PartialEq + 'static>(
    name: &'static str,
    legend: String,
    options: Vec<(T, String)>,
    current: Option<T>,
    set: Callback<T>,
) -> Html {
    let items = options.into_iter().enumerate().map(|(i, (value, label))| {
        let id = format!("{name}-{i}");
        let onchange = set.reform(move |_: Event| value);
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" id={id} {name} checked={current == Some(value)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    });
    html! {
        <fieldset class="form__group">
            <legend>{ legend }</legend>
            <div class="choices">{ for items }</div>
        </fieldset>
    }
}

/// A yes/no radio group.
fn yes_no(lang: Lang, name: &'static str, legend: Msg, current: bool, set: Callback<bool>) -> Html {
    radios(
        name,
        t(lang, legend),
        vec![
            (true, t(lang, Msg::SettingsProfileYes)),
            (false, t(lang, Msg::SettingsProfileNo)),
        ],
        Some(current),
        set,
    )
}

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let lang = use_lang();
    let draft = use_reducer(|| ProfileDraft::from_profile(props.initial.as_ref()));
    let error = use_state(|| None::<Text>);
    let on_edit = {
        let dispatcher = draft.dispatcher();
        use_callback((), move |action: ProfileAction, _| {
            dispatcher.dispatch(action)
        })
    };
    let text = |action: fn(String) -> ProfileAction| {
        on_edit.reform(move |e: InputEvent| action(input_value(&e)))
    };
    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let on_save = props.on_save.clone();
        let initial = props.initial.clone();
        let (now_ms, today_day) = (props.now_ms, props.today_day);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match draft.build_text(initial.as_ref(), now_ms, today_day) {
                Ok(profile) => {
                    error.set(None);
                    on_save.emit(profile);
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let deliveries = Delivery::ALL
        .iter()
        .map(|d| (*d, t(lang, d.label())))
        .collect();
    let tears = vec![
        (Some(true), t(lang, Msg::SettingsProfileYes)),
        (Some(false), t(lang, Msg::SettingsProfileNo)),
        (None, t(lang, Msg::SettingsProfileNotSure)),
    ];
    let activities = Activity::ALL
        .iter()
        .map(|a| (*a, t(lang, a.label())))
        .collect();
    let set = |action: fn(bool) -> ProfileAction| on_edit.reform(action);

    html! {
        <form class="form" {onsubmit} novalidate=true>
            { birth_fields(lang, &draft, props, &on_edit) }
            { radios("delivery", t(lang, Msg::SettingsProfileDelivery), deliveries, draft.delivery, on_edit.reform(ProfileAction::SetDelivery)) }
            { radios("tear", t(lang, Msg::SettingsProfileTear), tears, Some(draft.tear), on_edit.reform(ProfileAction::SetTear)) }
            { yes_no(lang, "epidural", Msg::SettingsProfileEpidural, draft.epidural, set(ProfileAction::SetEpidural)) }
            { pain_sites(lang, &draft.sites, &on_edit) }
            <PainPicker name="usual-pain" legend={t(lang, Msg::SettingsProfileUsualPain)}
                value={draft.usual_pain} on_change={on_edit.reform(ProfileAction::SetUsualPain)} />
            { yes_no(lang, "lifting-pain", Msg::SettingsProfileLiftingPain, draft.lifting_pain, set(ProfileAction::SetLiftingPain)) }
            { yes_no(lang, "pregnancy-pain", Msg::SettingsProfilePregnancyPain, draft.pregnancy_pain, set(ProfileAction::SetPregnancyPain)) }
            { radios("activity", t(lang, Msg::SettingsProfileActivity), activities, Some(draft.activity), on_edit.reform(ProfileAction::SetActivity)) }
            { yes_no(lang, "cleared", Msg::SettingsProfileCleared, draft.cleared, set(ProfileAction::SetCleared)) }
            <fieldset class="form__group">
                <legend>{ t(lang, Msg::SettingsProfileSafety) }</legend>
                <label class="form__label" for="emergency">{ t(lang, Msg::SettingsProfileEmergency) }</label>
                <input class="form__input" type="tel" id="emergency" placeholder={t(lang, Msg::SettingsProfileEmergencyExample)} value={draft.emergency.clone()}
                    oninput={text(ProfileAction::SetEmergency)} />
                <label class="form__label" for="contact">{ t(lang, Msg::SettingsProfileContact) }</label>
                <input class="form__input" type="text" id="contact" value={draft.contact.clone()}
                    oninput={text(ProfileAction::SetContact)} />
            </fieldset>
            if let Some(why) = (*error).clone() {
                <p class="form__error" role="alert">{ t(lang, why) }</p>
            }
            <div class="action-bar">
                <button type="submit" class="button button--primary button--wide">{ props.submit_label.clone() }</button>
            </div>
        </form>
    }
}

/// When the baby was born: a date, or (her choice) about how many weeks ago.
fn birth_fields(
    lang: Lang,
    draft: &ProfileDraft,
    props: &ProfileFormProps,
    on_edit: &Callback<ProfileAction>,
) -> Html {
    let by_date = |on: bool| on_edit.reform(move |_: MouseEvent| ProfileAction::ByDate(on));
    if draft.by_date {
        let max_date = iso_from_day(props.today_day);
        return html! {
            <fieldset class="form__group">
                <legend>{ t(lang, Msg::SettingsProfileBorn) }</legend>
                <label class="form__label" for="birth-date">{ t(lang, Msg::SettingsProfileBirthDate) }</label>
                <input class="form__input" type="date" id="birth-date" max={max_date} value={draft.date.clone()}
                    oninput={on_edit.reform(|e: InputEvent| ProfileAction::SetDate(input_value(&e)))} />
                <button type="button" class="button button--quiet" onclick={by_date(false)}>{ t(lang, Msg::SettingsProfileUseWeeks) }</button>
            </fieldset>
        };
    }
    // When she gave "weeks ago" before, show where that stands today; empty keeps it.
    let weeks_now = props
        .initial
        .as_ref()
        .filter(|p| matches!(p.birth, Birth::WeeksAgo { .. }))
        .map(|p| {
            let weeks = p.stage(props.now_ms, props.utc_offset_min).weeks;
            t(
                lang,
                Text::new(Msg::SettingsProfileWeeksNow).with("weeks", weeks),
            )
        })
        .unwrap_or_default();
    html! {
        <fieldset class="form__group">
            <legend>{ t(lang, Msg::SettingsProfileBorn) }</legend>
            <label class="form__label" for="birth-weeks">{ t(lang, Msg::SettingsProfileWeeks) }</label>
            <input class="form__input" type="number" inputmode="numeric" min="0" max={MAX_WEEKS_AGO.to_string()} id="birth-weeks"
                placeholder={weeks_now} value={draft.weeks.clone()}
                oninput={on_edit.reform(|e: InputEvent| ProfileAction::SetWeeks(input_value(&e)))} />
            <button type="button" class="button button--quiet" onclick={by_date(true)}>{ t(lang, Msg::SettingsProfileUseDate) }</button>
        </fieldset>
    }
}

/// "Where does it hurt?": a checkbox per site.
fn pain_sites(lang: Lang, ticked: &[PainSite], on_edit: &Callback<ProfileAction>) -> Html {
    let sites = PainSite::ALL.into_iter().map(|site| {
        let id = format!("site-{}", site.key());
        let onchange = on_edit.reform(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            ProfileAction::ToggleSite(site, on)
        });
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={ticked.contains(&site)} {onchange} />
                <span>{ t(lang, site.label()) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="form__group">
            <legend>{ t(lang, Msg::SettingsProfileSites) }</legend>
            <div class="choices">{ for sites }</div>
        </fieldset>
    }
}
