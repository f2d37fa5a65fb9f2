//! "Keep a copy of your progress": a gentle nudge on History when she has never saved a
//! backup, or not for a month and has done sessions since (`domain::backup_reminder`).
//! "Not now" puts it away for a month; the link goes to Settings' backup card.

use yew::prelude::*;

use crate::domain::backup_reminder;
use crate::hooks::use_app::use_app;
use crate::web::storage::{BackupRecord, Store};

#[component]
pub fn BackupReminder() -> Html {
    let state = match use_app() {
        Ok(state) => state,
        Err(missing) => return missing,
    };
    let store = use_context::<Store>();
    let record = use_state(|| store.as_ref().map(Store::backup_record).unwrap_or_default());
    let now = state.clock.now_ms;
    let Some(store) = store else {
        return html! {};
    };
    if !backup_reminder::due(
        &state.data.history,
        record.exported_ms,
        record.dismissed_ms,
        now,
    ) {
        return html! {};
    }
    let not_now = Callback::from(move |_: MouseEvent| {
        let next = BackupRecord {
            dismissed_ms: Some(now),
            ..*record
        };
        store.set_backup_record(next);
        record.set(next);
    });
    html! {
        <aside class="callout reminder" aria-labelledby="reminder-title">
            <p id="reminder-title"><strong>{ "Keep a copy of your progress" }</strong></p>
            <p>{ "Your sessions live only in this browser. A backup file keeps them safe if you change phones or the browser is cleared." }</p>
            <div class="button-row">
                <a class="button button--primary" href="#/settings">{ "Save a backup" }</a>
                <button type="button" class="button button--quiet" onclick={not_now}>{ "Not now" }</button>
            </div>
        </aside>
    }
}
