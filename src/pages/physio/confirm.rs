//! A question asked in place before something is lost (replacing the routine being
//! built, deleting a saved one): the question, a button to go ahead and one to keep
//! things as they are. The focus moves to it when it appears, so a keyboard or screen
//! reader user hears the question at once.

use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub question: AttrValue,
    pub yes: AttrValue,
    pub no: AttrValue,
    pub on_yes: Callback<MouseEvent>,
    pub on_no: Callback<MouseEvent>,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    html! {
        <div class="callout callout--stop desk__confirm" role="group" aria-labelledby="desk-confirm-question">
            <p id="desk-confirm-question" ref={node} tabindex="-1">{ props.question.clone() }</p>
            <div class="button-row">
                <button type="button" class="button button--danger" onclick={props.on_yes.clone()}>{ props.yes.clone() }</button>
                <button type="button" class="button" onclick={props.on_no.clone()}>{ props.no.clone() }</button>
            </div>
        </div>
    }
}
