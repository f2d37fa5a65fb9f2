//! An exercise illustration: the library's SVG, drawn inline so CSS can theme it for
//! light and dark. Until the library's details have loaded, a frame of the same shape
//! holds its place (so nothing jumps when it arrives).

use yew::prelude::*;

use crate::domain::exercise::ExerciseId;
use crate::hooks::use_details::use_details;

#[derive(Properties, PartialEq)]
pub struct ArtProps {
    /// The entry whose drawing this is.
    pub id: ExerciseId,
    /// What the picture shows, for screen readers.
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Art(props: &ArtProps) -> Html {
    let details = use_details();
    // Checked at build time (a single <svg>, no scripts, no links out) and served from
    // the app's own origin with a content hash in its name.
    let drawing = details
        .ready()
        .and_then(|d| d.get(&props.id))
        .map(|d| Html::from_html_unchecked(AttrValue::from(d.illustration.clone())));
    let waiting = drawing.is_none().then_some("art-frame--waiting");
    html! {
        <figure class={classes!("art-frame", waiting, props.class.clone())} role="img" aria-label={props.label.clone()}>
            { drawing.unwrap_or_else(|| html! { <div class="art art--placeholder"></div> }) }
        </figure>
    }
}
