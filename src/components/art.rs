//! An exercise illustration: the compiled-in SVG of the library, drawn inline so CSS
//! can theme it for light and dark.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArtProps {
    /// Trusted, compiled-in SVG markup from `exercises/art/` (validated by the catalogue).
    pub svg: &'static str,
    /// What the picture shows, for screen readers.
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Art(props: &ArtProps) -> Html {
    html! {
        <figure class={classes!("art-frame", props.class.clone())} role="img" aria-label={props.label.clone()}>
            { Html::from_html_unchecked(AttrValue::Static(props.svg)) }
        </figure>
    }
}
