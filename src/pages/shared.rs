//! A routine shared by a physiotherapist arrives here, carried in the link itself.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    /// The encoded routine from the link's fragment.
    pub code: AttrValue,
}

#[component]
pub fn Shared(props: &SharedProps) -> Html {
    let length = props.code.chars().count();
    html! {
        <section class="page" aria-labelledby="shared-title">
            <h1 id="shared-title">{ "A shared routine" }</h1>
            <div class="card">
                <h2>{ "This version can't open routine links yet" }</h2>
                <p>{ "Routines from a physiotherapist will open here: you'll see who made it and what it contains, and nothing is saved until you choose to add it." }</p>
                <p class="muted">{ format!("The link carried {length} characters. Nothing has been saved or changed.") }</p>
            </div>
        </section>
    }
}
