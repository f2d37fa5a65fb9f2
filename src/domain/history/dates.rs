//! Day arithmetic and dates in words for History: weeks from Monday, and dates long
//! past with their year. Plain arithmetic on day numbers (days since 1970-01-01) and
//! her offset from UTC: no calendar lookups in the browser.

use crate::domain::profile::{date_from_day, DAY_MS};
use crate::domain::wording::day_label;

/// Days from the Monday of its week to `day` (0 on a Monday; day 0, 1970-01-01, was a
/// Thursday).
fn weekday(day: i64) -> i64 {
    (day.rem_euclid(7) + 3) % 7
}

/// The Monday of the week of `day` (both day numbers).
pub fn monday_of(day: i64) -> i64 {
    day.saturating_sub(weekday(day))
}

/// Whether `day` (a day number) is a Monday.
pub fn is_monday(day: i64) -> bool {
    weekday(day) == 0
}

/// "3 Mar 2025" for a day number: a day label with its year, for dates long past.
pub fn dated(day: i64) -> String {
    format!("{} {}", day_label(day), date_from_day(day).year())
}

/// "Mon 3 Mar 2025, 09:30": a moment in her local time, `offset_min` being her offset
/// from UTC at that moment.
pub fn moment_text(at_ms: i64, offset_min: i32) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let local = at_ms.saturating_add(i64::from(offset_min) * 60_000);
    let day = local.div_euclid(DAY_MS);
    let minute = local.rem_euclid(DAY_MS) / 60_000;
    let name = usize::try_from(weekday(day))
        .ok()
        .and_then(|d| DAYS.get(d))
        .unwrap_or(&"");
    format!(
        "{name} {}, {:02}:{:02}",
        dated(day),
        minute / 60,
        minute % 60
    )
}
