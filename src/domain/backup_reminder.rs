//! When History suggests keeping a copy of her progress: she has sessions and has never
//! saved a backup, or her last one is a month old and she has done sessions since; and
//! she has not put the reminder away in the last month.

use super::history::SessionLog;
use super::profile::DAY_MS;

/// How long a backup counts as recent, and how long "not now" quiets the reminder.
pub const REMIND_AFTER_DAYS: i64 = 30;

/// Whether to show "Keep a copy of your progress" at `now_ms`.
pub fn due(
    history: &[SessionLog],
    exported_ms: Option<i64>,
    dismissed_ms: Option<i64>,
    now_ms: i64,
) -> bool {
    let month = REMIND_AFTER_DAYS * DAY_MS;
    let recent = |at: i64| now_ms.saturating_sub(at) < month;
    if dismissed_ms.is_some_and(recent) {
        return false;
    }
    match exported_ms {
        None => !history.is_empty(),
        Some(at) => !recent(at) && history.iter().any(|l| l.started_at_ms > at),
    }
}
