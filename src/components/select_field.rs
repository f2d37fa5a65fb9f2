//! A labelled `<select>`: options as (value, label) pairs, the one equal to `current`
//! selected, and the chosen value passed on as a string.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub fn select_field(
    id: &'static str,
    label: &str,
    options: Vec<(String, String)>,
    current: impl AsRef<str>,
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class="filters__field">
            <label for={id}>{ label.to_owned() }</label>
            <select {id} {onchange}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current.as_ref();
                    html! { <option {value} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

/// Numbers as options, each shown as itself.
pub fn number_options(range: impl IntoIterator<Item = u8>) -> Vec<(String, String)> {
    range
        .into_iter()
        .map(|n| (n.to_string(), n.to_string()))
        .collect()
}
