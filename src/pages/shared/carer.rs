//! What a carer (a partner, a grandparent) sees on opening her link: who sent it, a
//! short practice, the carers' lessons and when to stop. No profile, no questions and
//! no first-run notice: nothing is saved (see `domain::carer`). The page follows the
//! opener's own language, not the sender's.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::art::Art;
use crate::components::carer_done::stop_lines;
use crate::components::language_picker::LanguagePicker;
use crate::domain::carer::lessons;
use crate::domain::catalog::Catalog;
use crate::domain::share::SharedCarer;
use crate::domain::start::Start;
use crate::domain::text::{Lang, Msg, Text};
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CarerWelcomeProps {
    pub carer: Rc<SharedCarer>,
}

#[component]
pub fn CarerWelcome(props: &CarerWelcomeProps) -> Html {
    let lang = use_lang();
    let from = match props.carer.sender() {
        Some(name) => t(lang, Text::new(Msg::CarerFrom).with("name", name)),
        None => t(lang, Msg::CarerFromAnonymous),
    };
    let catalog = Catalog::builtin_in(lang);
    let items = lessons(catalog).into_iter().map(|e| {
        let label = t(
            lang,
            Text::new(Msg::LibraryExerciseDrawing).with("position", e.position.as_str()),
        );
        html! {
            <li class="carer__lesson">
                <Art id={e.id.clone()} label={AttrValue::from(label)} class="carer__art" />
                <Link<Route> to={Route::Exercise { id: e.id.to_string() }} classes="library__link">
                    <span class="library__name">{ &e.name }</span>
                    <span class="library__summary">{ &e.summary }</span>
                </Link<Route>>
            </li>
        }
    });
    html! {
        <div class="carer">
            <h1 id="shared-title">{ t(lang, Msg::CarerTitle) }</h1>
            // Shown as text: markup in a name appears literally.
            <p class="page__lead carer__from">{ from }</p>
            <p>{ t(lang, Msg::CarerLead) }</p>
            <p class="muted">{ t(lang, Msg::CarerPrivate) }</p>
            <section class="card" aria-labelledby="carer-practice-title">
                <h2 id="carer-practice-title">{ t(lang, Msg::CarerPracticeTitle) }</h2>
                <p>{ t(lang, Msg::CarerPracticeBody) }</p>
                <Link<Route> to={Route::Check { start: Start::Carer }} classes="button button--primary button--wide">
                    { t(lang, Msg::CarerPracticeStart) }
                </Link<Route>>
            </section>
            <section aria-labelledby="carer-lessons-title">
                <h2 id="carer-lessons-title">{ t(lang, Msg::CarerLessonsTitle) }</h2>
                <ul class="library__list carer__lessons">{ for items }</ul>
            </section>
            <section aria-labelledby="carer-stop-title">
                <h2 id="carer-stop-title">{ t(lang, Msg::CarerStopTitle) }</h2>
                { stop_lines(lang) }
            </section>
            if Lang::OFFERED.len() > 1 {
                <div class="card"><LanguagePicker /></div>
            }
        </div>
    }
}
