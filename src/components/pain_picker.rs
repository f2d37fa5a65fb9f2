//! A 0–10 pain scale as eleven large radio buttons: one tap, readable one-handed.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::comfort::PainScore;
use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};

#[derive(Properties, PartialEq)]
pub struct PainPickerProps {
    /// Unique name for the radio group.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub value: Option<PainScore>,
    pub on_change: Callback<PainScore>,
}

#[component]
pub fn PainPicker(props: &PainPickerProps) -> Html {
    let lang = use_lang();
    let options = (0..=PainScore::MAX).filter_map(PainScore::new).map(|score| {
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |e: Event| {
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                on_change.emit(score);
            }
        });
        let id = format!("{}-{}", props.name, score.value());
        html! {
            <span class="pain__option">
                <input type="radio" id={id.clone()} name={props.name.clone()} value={score.value().to_string()}
                    checked={props.value == Some(score)} {onchange} />
                <label for={id}>{ score.value() }</label>
            </span>
        }
    });
    html! {
        <fieldset class="pain">
            <legend>{ props.legend.clone() }</legend>
            <div class="pain__scale">{ for options }</div>
            <div class="pain__ends" aria-hidden="true"><span>{ t(lang, Msg::SessionPainNone) }</span><span>{ t(lang, Msg::SessionPainWorst) }</span></div>
        </fieldset>
    }
}
