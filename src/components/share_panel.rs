//! Ways to pass a link on: copy it, the phone's share sheet, a QR code, or print.

use yew::prelude::*;

use crate::components::qr::Qr;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang_handle};
use crate::web::share_api;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub url: AttrValue,
    pub title: AttrValue,
    /// The heading; "Share" when not given.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let handle = use_lang_handle();
    let lang = handle.lang;
    // The printout's language: hers unless she picks another just for it.
    let picked = use_state_eq(|| None::<Lang>);
    let print_lang = picked.unwrap_or(lang);
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
    let on_print = {
        let print_in = handle.print_in.clone();
        Callback::from(move |_: MouseEvent| print_in.emit(print_lang))
    };
    let print_choice = (Lang::OFFERED.len() > 1).then(|| {
        let onchange = {
            let picked = picked.clone();
            Callback::from(move |e: Event| {
                if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                    if let Some(chosen) = Lang::from_tag(&select.value()) {
                        picked.set(Some(chosen));
                    }
                }
            })
        };
        let options = Lang::OFFERED.iter().map(|&l| {
            html! { <option value={l.code()} lang={l.code()} selected={l == print_lang}>{ l.own_name() }</option> }
        });
        html! {
            <div class="form__field share__print-lang no-print">
                <label class="form__label" for="print-lang">{ t(lang, Msg::PhysioSharePrintLanguage) }</label>
                <select id="print-lang" class="form__input" {onchange}>{ for options }</select>
            </div>
        }
    });
    let status = match *copied {
        Some(true) => t(lang, Msg::PhysioShareCopied),
        Some(false) => t(lang, Msg::PhysioShareCopyFailed),
        None => String::new(),
    };
    let heading = props
        .heading
        .clone()
        .unwrap_or_else(|| t(lang, Msg::PhysioShareHeading).into());
    html! {
        <section class="card share" aria-labelledby="share-title">
            <h2 id="share-title" class="no-print">{ heading }</h2>
            <label class="form__label no-print" for="share-link">{ t(lang, Msg::PhysioShareLink) }</label>
            <input id="share-link" class="form__input share__link no-print" readonly=true value={props.url.clone()}
                onfocus={Callback::from(|e: FocusEvent| {
                    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() { input.select(); }
                })} />
            <p class="muted no-print">{ t(lang, Text::new(Msg::PhysioShareLength).with("count", props.url.len())) }</p>
            { print_choice.unwrap_or_default() }
            <div class="button-row no-print">
                <button class="button button--primary" onclick={on_copy}>{ t(lang, Msg::PhysioShareCopy) }</button>
                if share_api::can_share() {
                    <button class="button" onclick={on_share}>{ t(lang, Msg::PhysioShareShare) }</button>
                }
                <button class="button" onclick={on_print}>{ t(lang, Msg::PhysioSharePrint) }</button>
            </div>
            <p class="no-print" role="status" aria-live="polite">{ status }</p>
            <div class="share__qr">
                <Qr data={props.url.clone()} label={t(lang, Text::new(Msg::PhysioShareQr).with("title", props.title.to_string()))} />
                <p class="share__qr-hint">{ t(lang, Msg::PhysioShareQrHint) }</p>
            </div>
        </section>
    }
}
