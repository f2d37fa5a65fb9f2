//! Settings: her details, her routine's length and pain limits, the cues, where her
//! data lives and erasing it, and the way into the physiotherapist's builder. Each
//! card is its own component in `settings/`.

mod backup;
mod cards;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::components::profile_form::ProfileForm;
use crate::domain::profile::{local_day, Profile};
use crate::domain::text::Lang;
use crate::hooks::use_app::use_app;
use crate::route::Route;
use crate::state::Action;

use backup::BackupCard;
use cards::{CuesCard, DataCard, RoutineCard};

#[component]
pub fn Settings() -> Html {
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
            <h1 id="settings-title">{ "Settings" }</h1>
            if state.data.profile.is_some() {
                <details class="card">
                    <summary class="settings__summary"><h2>{ "You and your baby" }</h2></summary>
                    if *saved {
                        <p role="status" class="muted">{ "Saved. Your routine now follows these details." }</p>
                    }
                    <ProfileForm initial={state.data.profile.clone()} now_ms={now} today_day={local_day(now, offset)}
                        utc_offset_min={offset} submit_label="Save my details" on_save={on_profile} />
                </details>
            }
            if Lang::OFFERED.len() > 1 {
                <div class="card">
                    <LanguagePicker />
                </div>
            }
            <RoutineCard />
            <CuesCard />
            <BackupCard />
            <DataCard />
            <div class="card">
                <h2>{ "For physiotherapists" }</h2>
                <p>{ "Build a home routine for a patient and share it as a link, a QR code or a printout." }</p>
                <Link<Route> to={Route::Physio} classes="button">{ "Build a routine to share" }</Link<Route>>
            </div>
            <div class="card">
                <h2>{ "About" }</h2>
                <p>{ "Gentle Back is a general exercise coach for the months after birth. It does not diagnose anything. If pain gets worse, or something feels wrong, contact your midwife, doctor or physiotherapist." }</p>
                <p>{ "It uses no accounts, no trackers and no outside services: the only things it downloads are its own files." }</p>
            </div>
        </section>
    }
}
