//! The card where she makes a link for a carer (a partner, a grandparent): an optional
//! first name, then the link to copy, send or scan. The link carries only that name and
//! her language (`domain::share::SharedCarer`); it is made again as she types.

use yew::prelude::*;

use crate::components::qr::Qr;
use crate::domain::share::{encode, ShareText, Shared, SharedCarer, PERSON_MAX_CHARS};
use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::share_api;

/// The link for a carer, from the name as typed (cut to the limit) and her language.
fn carer_url(name: &str, lang: crate::domain::text::Lang) -> String {
    let from: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(PERSON_MAX_CHARS)
        .collect();
    let carer = SharedCarer {
        from: ShareText::new(&from, PERSON_MAX_CHARS).unwrap_or_default(),
        lang,
    };
    format!(
        "{}#/shared/{}",
        share_api::base_url(),
        encode(&Shared::Carer(carer))
    )
}

#[component]
pub fn CarerShare() -> Html {
    let lang = use_lang();
    let name = use_state(String::new);
    let copied = use_state(|| None::<bool>);
    let url = carer_url(&name, lang);
    let on_name = {
        let (name, copied) = (name.clone(), copied.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(input.value());
                copied.set(None);
            }
        })
    };
    let on_copy = {
        let (copied, url) = (copied.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share_api::copy(&url, move |ok| copied.set(Some(ok)));
        })
    };
    let on_share = {
        let (title, url) = (t(lang, Msg::CarerShareSheetTitle), url.clone());
        Callback::from(move |_: MouseEvent| share_api::share(&title, &url))
    };
    let status = match *copied {
        Some(true) => t(lang, Msg::CarerShareCopied),
        Some(false) => t(lang, Msg::CarerShareCopyFailed),
        None => String::new(),
    };
    html! {
        <section class="card carer-share" aria-labelledby="carer-share-title">
            <h2 id="carer-share-title">{ t(lang, Msg::CarerShareTitle) }</h2>
            <p>{ t(lang, Msg::CarerShareLead) }</p>
            <div class="form__field">
                <label class="form__label" for="carer-name">{ t(lang, Msg::CarerShareName) }</label>
                <input id="carer-name" class="form__input" type="text" autocomplete="given-name"
                    maxlength={PERSON_MAX_CHARS.to_string()} aria-describedby="carer-name-hint"
                    value={(*name).clone()} oninput={on_name} />
                <p id="carer-name-hint" class="muted">{ t(lang, Msg::CarerShareNameHint) }</p>
            </div>
            <label class="form__label" for="carer-link">{ t(lang, Msg::CarerShareLink) }</label>
            <input id="carer-link" class="form__input share__link" readonly=true value={url.clone()}
                onfocus={Callback::from(|e: FocusEvent| {
                    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() { input.select(); }
                })} />
            <div class="button-row">
                <button type="button" class="button button--primary" onclick={on_copy}>{ t(lang, Msg::CarerShareCopy) }</button>
                if share_api::can_share() {
                    <button type="button" class="button" onclick={on_share}>{ t(lang, Msg::CarerShareShare) }</button>
                }
            </div>
            <p role="status" aria-live="polite">{ status }</p>
            <div class="share__qr">
                <Qr data={AttrValue::from(url)} label={t(lang, Msg::CarerShareQr)} />
                <p class="share__qr-hint">{ t(lang, Msg::CarerShareQrHint) }</p>
            </div>
        </section>
    }
}
