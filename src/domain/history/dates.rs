//! Day arithmetic and dates for History: weeks from Monday, dates long past with their
//! year, and moments. Plain arithmetic on day numbers (days since 1970-01-01) and her
//! offset from UTC; the words ("3 Mar 2025") are the language's, written at display.

use crate::domain::text::When;

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

/// A day number with its year ("3 Mar 2025"), for dates long past.
pub fn dated(day: i64) -> When {
    When::DayYear(day)
}

/// A moment in her local time ("Mon 3 Mar 2025, 09:30"), `offset_min` being her offset
/// from UTC at that moment.
pub fn moment_text(at_ms: i64, offset_min: i32) -> When {
    When::Moment(at_ms.saturating_add(i64::from(offset_min) * 60_000))
}
