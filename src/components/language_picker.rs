//! The language picker: each offered language listed in its own name, as a row of
//! choices big enough to tap, so she can find hers whatever the screen is showing.
//! Nothing while only one language is offered.

use yew::prelude::*;

use crate::domain::text::{Lang, Msg};
use crate::hooks::use_lang::{t, use_lang_handle};

#[component]
pub fn LanguagePicker() -> Html {
    let handle = use_lang_handle();
    let lang = handle.lang;
    if Lang::OFFERED.len() < 2 {
        return html! {};
    }
    let options = Lang::OFFERED.iter().map(|&option| {
        let choose = handle.choose.clone();
        let onchange = Callback::from(move |_: Event| choose.emit(option));
        let id = format!("language-{}", option.code());
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" name="language" {id} checked={option == handle.chosen} {onchange} />
                // Each name in its own language, marked so screen readers say it rightly.
                <span lang={option.code()}>{ option.own_name() }</span>
            </label>
        }
    });
    html! {
        <fieldset class="language">
            <legend>{ t(lang, Msg::LanguageLabel) }</legend>
            <p class="muted">{ t(lang, Msg::LanguageHelp) }</p>
            <div class="language__choices">{ for options }</div>
        </fieldset>
    }
}
