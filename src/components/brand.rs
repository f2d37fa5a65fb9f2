//! The app's name and mark at the top of every screen: a link home in the app, plain on
//! the first visit's page (which has nowhere else to go).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BrandProps {
    /// Whether it links to Today (`#/`).
    #[prop_or(true)]
    pub linked: bool,
}

#[component]
pub fn Brand(props: &BrandProps) -> Html {
    let mark = html! {
        <>
            <svg class="shell__logo" viewBox="0 0 32 32" aria-hidden="true">
                <path d="M16 4c-3 4-3 8 0 12s3 8 0 12" />
                <circle cx="16" cy="16" r="13" />
            </svg>
            <span>{ "Gentle Back" }</span>
        </>
    };
    if props.linked {
        html! { <a class="shell__brand" href="#/">{ mark }</a> }
    } else {
        html! { <span class="shell__brand">{ mark }</span> }
    }
}
