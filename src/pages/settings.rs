//! Settings: her details, her routine's length and pain limits, the cues, where her
//! data lives and erasing it, and the way into the physiotherapist's builder. Each
//! card is its own component in `settings/`.

mod backup;
mod cards;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::carer_share::CarerShare;
use crate::components::language_picker::LanguagePicker;
use crate::components::profile_form::ProfileForm;
use crate::domain::profile::{local_day, Profile};
use crate::domain::text::{Lang, Msg};
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::route::Route;
use crate::state::Action;

use backup::BackupCard;
use cards::{CuesCard, DataCard, RoutineCard};

#[component]
pub fn Settings() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let saved = use_state(|| false);
    let (now, offset) = (state.clock.now_ms, state.clock.offset_min);
    let on_profile = {
        let state = state.clone();
        let saved = saved.clone();
        Callback::from(move |profile: Profile| {
            state.dispatch(Action::SaveProfile(Box::new(profile)));
            saved.set(true);
        })
    };
    html! {
        <section class="page" aria-labelledby="settings-title">
            <h1 id="settings-title">{ t(lang, Msg::SettingsTitle) }</h1>
            if state.data.profile.is_some() {
                <details class="card">
                    <summary class="settings__summary"><h2>{ t(lang, Msg::SettingsProfileTitle) }</h2></summary>
                    if *saved {
                        <p role="status" class="muted">{ t(lang, Msg::SettingsProfileSaved) }</p>
                    }
                    <ProfileForm initial={state.data.profile.clone()} now_ms={now} today_day={local_day(now, offset)}
                        utc_offset_min={offset} submit_label={t(lang, Msg::SettingsProfileSave)} on_save={on_profile} />
                </details>
            }
            if Lang::OFFERED.len() > 1 {
                <div class="card">
                    <LanguagePicker />
                </div>
            }
            <CarerShare />
            <RoutineCard />
            <CuesCard />
            <BackupCard />
            <DataCard />
            <div class="card">
                <h2>{ t(lang, Msg::SettingsPhysioTitle) }</h2>
                <p>{ t(lang, Msg::SettingsPhysioBody) }</p>
                <Link<Route> to={Route::Physio} classes="button">{ t(lang, Msg::SettingsPhysioBuild) }</Link<Route>>
            </div>
            <div class="card">
                <h2>{ t(lang, Msg::SettingsAboutTitle) }</h2>
                <p>{ t(lang, Msg::SettingsAboutCoach) }</p>
                <p>{ t(lang, Msg::SettingsAboutPrivate) }</p>
            </div>
        </section>
    }
}
