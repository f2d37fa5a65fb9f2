//! Ways to pass a link on: copy it, the phone's share sheet, a QR code, or print.

use yew::prelude::*;

use crate::components::qr::Qr;
use crate::web::share_api;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub url: AttrValue,
    pub title: AttrValue,
    #[prop_or(AttrValue::Static("Share"))]
    pub heading: AttrValue,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let on_copy = {
        let copied = copied.clone();
        let url = props.url.to_string();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share_api::copy(&url, move |ok| copied.set(Some(ok)));
        })
    };
    let on_share = {
        let (url, title) = (props.url.to_string(), props.title.to_string());
        Callback::from(move |_: MouseEvent| share_api::share(&title, &url))
    };
    let on_print = Callback::from(|_: MouseEvent| share_api::print());
    let status = match *copied {
        Some(true) => "Link copied.",
        Some(false) => "Couldn't copy here: select the link above and copy it.",
        None => "",
    };
    html! {
        <section class="card share" aria-labelledby="share-title">
            <h2 id="share-title" class="no-print">{ props.heading.clone() }</h2>
            <label class="form__label no-print" for="share-link">{ "Link" }</label>
            <input id="share-link" class="form__input share__link no-print" readonly=true value={props.url.clone()}
                onfocus={Callback::from(|e: FocusEvent| {
                    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() { input.select(); }
                })} />
            <p class="muted no-print">{ format!("{} characters. Everything is in the link; nothing is stored anywhere else.", props.url.len()) }</p>
            <div class="button-row no-print">
                <button class="button button--primary" onclick={on_copy}>{ "Copy link" }</button>
                if share_api::can_share() {
                    <button class="button" onclick={on_share}>{ "Share…" }</button>
                }
                <button class="button" onclick={on_print}>{ "Print" }</button>
            </div>
            <p class="no-print" role="status" aria-live="polite">{ status }</p>
            <div class="share__qr">
                <Qr data={props.url.clone()} label={AttrValue::from(format!("QR code for {}", props.title))} />
                <p class="share__qr-hint">{ "Scan with the phone's camera to open it." }</p>
            </div>
        </section>
    }
}
