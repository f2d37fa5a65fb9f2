//! The smallest Yew app worth measuring: one button that counts.
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button {onclick}>{ format!("Count: {}", *count) }</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
