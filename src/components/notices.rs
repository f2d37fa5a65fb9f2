//! Notices about storage and other tabs: a polite live region, each dismissible.

use yew::prelude::*;

use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;

#[component]
pub fn Notices() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let items = state.notices.iter().map(|notice| {
        let id = notice.id;
        let state = state.clone();
        let on_dismiss =
            Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissNotice(id)));
        html! {
            // A storage problem stands out; news (such as another tab's changes) is calm.
            <li class={classes!("notices__item", notice.problem.is_none().then_some("notices__item--news"))} key={id}>
                <p class="notices__text">{ t(lang, notice.text) }</p>
                <button class="button button--quiet" onclick={on_dismiss}>{ t(lang, Msg::TodayNoticesDismiss) }</button>
            </li>
        }
    });
    html! {
        <section class="notices" aria-live="polite" aria-label={t(lang, Msg::TodayNoticesLabel)}>
            <ul class="notices__list">{ for items }</ul>
        </section>
    }
}
