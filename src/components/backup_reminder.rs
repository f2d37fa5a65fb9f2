//! "Keep a copy of your progress": a gentle nudge on History when she has never saved a
//! backup, or not for a month and has done sessions since (`domain::backup_reminder`).
//! "Not now" puts it away for a month; the link goes to Settings' backup card.

use yew::prelude::*;

use crate::domain::backup_reminder;
use crate::domain::text::Msg;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lang::{t, use_lang};
use crate::web::storage::{BackupRecord, Store};

#[component]
pub fn BackupReminder() -> Html {
    let lang = use_lang();
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
            <p id="reminder-title"><strong>{ t(lang, Msg::TodayBackupTitle) }</strong></p>
            <p>{ t(lang, Msg::TodayBackupBody) }</p>
            <div class="button-row">
                <a class="button button--primary" href="#/settings">{ t(lang, Msg::TodayBackupSave) }</a>
                <button type="button" class="button button--quiet" onclick={not_now}>{ t(lang, Msg::TodayBackupLater) }</button>
            </div>
        </aside>
    }
}
