//! Onboarding: a short profile so the routine fits her. Shown on Today until done.

use yew::prelude::*;

use crate::components::profile_form::ProfileForm;
use crate::domain::profile::{local_day, Profile};
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::state::Action;
use crate::web::clock;

#[component]
pub fn Welcome() -> Html {
    let lang = use_lang();
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let now = clock::now_ms();
    let today_day = local_day(now, clock::utc_offset_min(now));
    let on_save = Callback::from(move |profile: Profile| {
        state.dispatch(Action::SaveProfile(Box::new(profile)))
    });
    html! {
        <section class="page" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{ t(lang, Msg::TodayWelcomeTitle) }</h1>
            <p class="page__lead">{ t(lang, Msg::TodayWelcomeLead) }</p>
            <ProfileForm initial={None::<Profile>} now_ms={now} {today_day} utc_offset_min={clock::utc_offset_min(now)} submit_label={t(lang, Msg::TodayWelcomeSubmit)} {on_save} />
        </section>
    }
}
