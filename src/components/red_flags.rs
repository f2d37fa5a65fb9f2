//! The red-flag checklist and the guidance it leads to.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::profile::Profile;
use crate::domain::safety::{RedFlag, Tier};
use crate::domain::text::{Msg, Text};
use crate::hooks::use_lang::{t, use_lang};

/// The checklist's `on_toggle` for flags kept in `ticked`.
pub fn toggle_flag(ticked: &UseStateHandle<Vec<RedFlag>>) -> Callback<(RedFlag, bool)> {
    let ticked = ticked.clone();
    Callback::from(move |(flag, on): (RedFlag, bool)| {
        let mut next = (*ticked).clone();
        next.retain(|f| *f != flag);
        if on {
            next.push(flag);
        }
        ticked.set(next);
    })
}

/// The flags to mark for her: the post-epidural headache when she had an epidural.
pub fn highlighted(profile: Option<&Profile>) -> Vec<RedFlag> {
    if profile.is_some_and(|p| p.epidural) {
        vec![RedFlag::PosturalHeadache]
    } else {
        Vec::new()
    }
}

#[derive(Properties, PartialEq)]
pub struct RedFlagListProps {
    pub ticked: Vec<RedFlag>,
    pub on_toggle: Callback<(RedFlag, bool)>,
    /// Flags that matter more for her (after an epidural, its headache): shown first
    /// among their tier's neighbours and marked.
    #[prop_or_default]
    pub highlight: Vec<RedFlag>,
}

/// Every warning sign as a checkbox, most urgent first.
#[component]
pub fn RedFlagList(props: &RedFlagListProps) -> Html {
    let lang = use_lang();
    let items = RedFlag::ALL.into_iter().map(|flag| {
        let on_toggle = props.on_toggle.clone();
        let onchange = Callback::from(move |e: Event| {
            on_toggle.emit((flag, e.target_unchecked_into::<HtmlInputElement>().checked()));
        });
        let id = format!("flag-{}", flag.key());
        let marked = props.highlight.contains(&flag);
        html! {
            <li class={classes!(marked.then_some("flags__item--marked"))}>
                <label for={id.clone()}>
                    <input type="checkbox" {id} checked={props.ticked.contains(&flag)} {onchange} />
                    <span>
                        { t(lang, flag.question()) }
                        if marked {
                            <span class="flags__why">{ " " }{ t(lang, Msg::SessionFlagsEpidural) }</span>
                        }
                    </span>
                </label>
            </li>
        }
    });
    html! { <ul class="flags">{ for items }</ul> }
}

#[derive(Properties, PartialEq)]
pub struct GuidanceProps {
    pub tier: Tier,
    pub profile: Option<Profile>,
}

/// What to do now, with her own numbers where she gave them. Never a diagnosis.
#[component]
pub fn Guidance(props: &GuidanceProps) -> Html {
    let lang = use_lang();
    let number = props
        .profile
        .as_ref()
        .map(|p| p.emergency_number.as_str().to_owned())
        .filter(|n| !n.is_empty());
    let contact = props
        .profile
        .as_ref()
        .map(|p| p.care_contact.as_str().to_owned())
        .filter(|c| !c.is_empty());
    let class = classes!("guidance", format!("guidance--{}", props.tier.key()));
    html! {
        <section {class} aria-labelledby="guidance-title" role="alert">
            <h1 id="guidance-title">{ t(lang, props.tier.heading()) }</h1>
            <ul class="guidance__advice">
                { for props.tier.advice(number.as_deref()).into_iter().map(|a| html! { <li>{ t(lang, a) }</li> }) }
            </ul>
            if props.tier == Tier::Emergency {
                if let Some(n) = number.clone() {
                    <a class="button button--danger button--wide" href={format!("tel:{n}")}>{ t(lang, Text::new(Msg::SessionGuidanceCall).with("number", n)) }</a>
                }
            }
            if let Some(c) = contact {
                <p class="guidance__contact"><strong>{ t(lang, Msg::SessionGuidanceContact) }{ " " }</strong>{ c }</p>
            }
            <p class="muted">{ t(lang, Msg::SessionGuidancePaused) }</p>
        </section>
    }
}
