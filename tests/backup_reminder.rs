//! When History suggests keeping a copy (`domain::backup_reminder`): as a table.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::backup_reminder::{due, REMIND_AFTER_DAYS};
use backcare::domain::comfort::Comfort;
use backcare::domain::history::SessionLog;
use backcare::domain::profile::DAY_MS;

const NOW: i64 = 20_000 * DAY_MS;

fn session(days_ago: i64) -> SessionLog {
    SessionLog {
        routine: "r".into(),
        started_at_ms: NOW - days_ago * DAY_MS,
        active_ms: 600_000,
        stopped_early: false,
        exercises: vec![],
        comfort: Comfort::default(),
        start: None,
    }
}

fn ago(days: i64) -> Option<i64> {
    Some(NOW - days * DAY_MS)
}

#[test]
fn the_reminder_shows_when_a_copy_is_missing_or_old_and_she_has_not_put_it_away() {
    let month = REMIND_AFTER_DAYS;
    // (what, her sessions, last backup, last "not now", shown?)
    type Case = (
        &'static str,
        Vec<SessionLog>,
        Option<i64>,
        Option<i64>,
        bool,
    );
    let cases: Vec<Case> = vec![
        (
            "no sessions yet: nothing to keep",
            vec![],
            None,
            None,
            false,
        ),
        ("sessions, never saved", vec![session(2)], None, None, true),
        ("saved yesterday", vec![session(2)], ago(1), None, false),
        (
            "saved a month ago, sessions since",
            vec![session(2)],
            ago(month),
            None,
            true,
        ),
        (
            "saved a month ago, nothing since",
            vec![session(month + 3)],
            ago(month),
            None,
            false,
        ),
        (
            "never saved, put away last week",
            vec![session(2)],
            None,
            ago(7),
            false,
        ),
        (
            "never saved, put away a month ago",
            vec![session(2)],
            None,
            ago(month),
            true,
        ),
        (
            "old copy, put away yesterday",
            vec![session(2)],
            ago(90),
            ago(1),
            false,
        ),
    ];
    for (name, history, exported, dismissed, expected) in cases {
        assert_eq!(due(&history, exported, dismissed, NOW), expected, "{name}");
    }
}
