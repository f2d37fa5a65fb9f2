//! Today: her routine for the day, why it looks the way it does, the morning check,
//! calendar reminders, running (the walk-run, or the offer of the check), and (after a
//! red flag) the paused plan. Every start goes through the safety check. What it shows
//! is decided by `domain::today` (and `domain::reminders`, `domain::running`); the
//! cards live in `today/`.

mod cards;
mod paused;
mod reminders;
mod running;

use yew::prelude::*;

use crate::components::morning::MorningCheck;
use crate::components::start_button::StartButton;
use crate::components::welcome::Welcome;
use crate::domain::catalog::Catalog;
use crate::domain::planner::own_routine_title;
use crate::domain::start::Start;
use crate::domain::text::Msg;
use crate::domain::today::today_view;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};

use cards::{ImportedCard, InProgressCard, RoutineCard, TipCard, WalkCard};
use paused::Paused;
use reminders::RemindersCard;
use running::RunningCard;

#[component]
pub fn Today() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let Some(profile) = state.data.profile.clone() else {
        return html! { <Welcome /> };
    };
    if state.data.safety.is_paused() {
        return html! { <Paused /> };
    }
    let data = &state.data;
    let view = today_view(
        data,
        &profile,
        state.clock.now_ms,
        state.clock.offset_min,
        Catalog::builtin_in(lang),
    );
    let running = data.active.as_ref().map(|a| {
        let name = a.routine.name.as_str();
        own_routine_title(name).map_or_else(|| name.to_owned(), |title| t(lang, title))
    });
    let physio_plan = data.imported.iter().find(|i| i.as_plan).cloned();
    let main_start = physio_plan
        .as_ref()
        .map_or(Start::Today, |i| Start::Shared(i.imported_at_ms));
    html! {
        <section class="page" aria-labelledby="today-title">
            <h1 id="today-title">{ t(lang, Msg::TodayTitle) }</h1>
            <p class="page__lead">{ t(lang, view.stage_line.clone()) }</p>
            if let Some(m) = view.morning.clone() {
                <MorningCheck started_at_ms={m.started_at_ms} before={m.before} ask_usual={m.ask_usual} />
            }
            if let Some(name) = running {
                <InProgressCard name={AttrValue::from(name)} />
            }
            if let Some(text) = view.welcome_back.clone() {
                <div class="card card--accent" role="status">
                    <h2>{ t(lang, Msg::TodayWelcomeBackTitle) }</h2>
                    <p>{ t(lang, text) }</p>
                </div>
            }
            { for data.imported.iter().map(|i| html! {
                <ImportedCard imported={i.clone()} plan={data.plan.clone()} />
            }) }
            <RoutineCard routine={view.routine.clone()} minutes={view.minutes} why={view.why.clone()}
                physio_plan={physio_plan.is_some()} />
            <TipCard tip={view.tip} />
            if let Some((_, text)) = view.walk.clone() {
                <WalkCard text={AttrValue::from(t(lang, text))} />
            }
            <RunningCard />
            <RemindersCard />
            if let Some(text) = view.last_line.clone() {
                <p class="muted">{ t(lang, text) }</p>
            }
            <div class="action-bar">
                <StartButton start={main_start} label={t(lang, Msg::TodayStart)} primary=true />
            </div>
        </section>
    }
}
