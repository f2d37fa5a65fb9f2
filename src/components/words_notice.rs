//! Says, in her own language, that its words could not be downloaded and the app is in
//! English meanwhile, with a way to try again (`LangHandle::unavailable`). The two
//! sentences are ones every language keeps in the wasm, so they never need the download.

use yew::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_lang::{t, use_lang_handle};

#[component]
pub fn WordsNotice() -> Html {
    let handle = use_lang_handle();
    let Some(lang) = handle.unavailable else {
        return html! {};
    };
    let retry = handle.retry.reform(|_: MouseEvent| ());
    html! {
        <section class="notices" aria-live="polite" lang={lang.code()}>
            <div class="notices__list">
                <div class="notices__item notices__item--news notices__item--stacked">
                    <p class="notices__text">{ t(lang, Msg::WordsUnavailable) }</p>
                    <button class="button button--quiet" onclick={retry}>{ t(lang, Msg::WordsRetry) }</button>
                </div>
            </div>
        </section>
    }
}
