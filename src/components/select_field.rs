//! A labelled `<select>` over typed values: each option's value is written with
//! `Display` and read back with `FromStr`, so a caller hands in and gets back its own
//! type, never a string it has to parse. [`OrAny`] adds an "any" choice to any type.

use std::fmt;
use std::str::FromStr;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A select labelled `label`, offering `options` as (value, text) with `current`
/// selected, passing the chosen value to `on_change`. A value that does not read back
/// (which `Display`/`FromStr` pairs that agree never give) is ignored.
pub fn select_field<T>(
    id: &'static str,
    label: &str,
    options: Vec<(T, String)>,
    current: impl Into<T>,
    on_change: Callback<T>,
) -> Html
where
    T: FromStr + fmt::Display + PartialEq + 'static,
{
    let current = current.into();
    let onchange = Callback::from(move |e: Event| {
        if let Ok(value) = e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
        {
            on_change.emit(value);
        }
    });
    html! {
        <div class="filters__field">
            <label for={id}>{ label.to_owned() }</label>
            <select {id} {onchange}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option value={value.to_string()} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

/// Numbers as options, each shown as itself.
pub fn number_options(range: impl IntoIterator<Item = u8>) -> Vec<(u8, String)> {
    range.into_iter().map(|n| (n, n.to_string())).collect()
}

/// A choice that may be left open ("Anywhere", "Any stage"): written as the empty
/// value, read back as `OrAny(None)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrAny<T>(pub Option<T>);

impl<T> From<Option<T>> for OrAny<T> {
    fn from(value: Option<T>) -> Self {
        OrAny(value)
    }
}

impl<T: fmt::Display> fmt::Display for OrAny<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(value) => value.fmt(f),
            None => Ok(()),
        }
    }
}

impl<T: FromStr> FromStr for OrAny<T> {
    type Err = T::Err;
    fn from_str(s: &str) -> Result<Self, T::Err> {
        if s.is_empty() {
            Ok(OrAny(None))
        } else {
            s.parse().map(|v| OrAny(Some(v)))
        }
    }
}

/// `options` after an "any" choice shown as `any`.
pub fn or_any<T>(
    any: &str,
    options: impl IntoIterator<Item = (T, String)>,
) -> Vec<(OrAny<T>, String)> {
    std::iter::once((OrAny(None), any.to_owned()))
        .chain(options.into_iter().map(|(v, text)| (OrAny(Some(v)), text)))
        .collect()
}
