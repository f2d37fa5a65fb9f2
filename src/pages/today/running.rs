//! Running on Today: her walk-run once a passed check has opened it, or, from 12 weeks,
//! the offer of the return-to-running check (or the way back into one in progress).
//! Nothing before 12 weeks: the check is not offered then.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::start_button::StartButton;
use crate::domain::catalog::Catalog;
use crate::domain::routine::planned_minutes;
use crate::domain::running::{in_progress, offer_now, Offer};
use crate::domain::start::{routine_for, walk_run, Start};
use crate::domain::text::{Msg, Text};
use crate::domain::wording::dose_text;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;

#[component]
pub fn RunningCard() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let data = &state.data;
    let clock = state.clock;
    let catalog = Catalog::builtin_in(lang);
    let playable = routine_for(&Start::Run, data, clock.now_ms, clock.offset_min, catalog);
    if let (Some((e, dose)), Some(routine)) = (walk_run(data, catalog), playable) {
        let minutes = planned_minutes(&routine, catalog);
        return html! {
            <div class="card running-card" aria-labelledby="run-card-title">
                <h2 id="run-card-title">{ t(lang, Msg::RunCardTitle) }
                    <span class="card__tag">{ t(lang, Text::new(Msg::TodayMinutes).with("minutes", minutes)) }</span>
                </h2>
                <p><strong>{ &e.name }</strong>{ " · " }{ t(lang, dose_text(e, &dose)) }</p>
                <StartButton start={Start::Run} label={t(lang, Msg::RunCardStart)} />
                <Link<Route> to={Route::Running} classes="running-card__check">{ t(lang, Msg::RunCardCheck) }</Link<Route>>
            </div>
        };
    }
    if offer_now(data, clock.now_ms, clock.offset_min) != Offer::Open {
        return html! {};
    }
    let label = if in_progress(&data.run_checks).is_some() {
        Msg::RunOfferContinue
    } else {
        Msg::RunOfferOpen
    };
    html! {
        <div class="card running-card" aria-labelledby="run-offer-title">
            <h2 id="run-offer-title">{ t(lang, Msg::RunOfferTitle) }</h2>
            <p>{ t(lang, Msg::RunOfferLead) }</p>
            <Link<Route> to={Route::Running} classes="button button--wide">{ t(lang, label) }</Link<Route>>
        </div>
    }
}
