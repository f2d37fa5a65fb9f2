//! The app's shared wording: doses, how often, clock times, dates, stages. One place,
//! so every screen says a thing the same way (and a second language has one module to
//! follow). Pure; pages and components only place these strings.

use super::exercise::{Dose, Exercise, Sides, Work};
use super::profile::{date_from_day, local_day, Delivery, StageNow};
use super::share::Frequency;

/// "2 rounds of 8 times, holding 5 s, 30 s rest between" in words.
pub fn dose_text(e: &Exercise, dose: &Dose) -> String {
    let d = *dose;
    let work = match d.work {
        Work::Timed { seconds } if seconds >= 120 && seconds % 60 == 0 => {
            format!("{} minutes", seconds / 60)
        }
        Work::Timed { seconds } if seconds >= 60 => {
            format!("{} min {} s", seconds / 60, seconds % 60)
        }
        Work::Timed { seconds } => format!("{seconds} seconds"),
        Work::Reps {
            reps, hold_s: 0, ..
        } => format!("{reps} times"),
        Work::Reps { reps, hold_s, .. } => format!("{reps} times, holding {hold_s} s"),
    };
    let side = if e.sides == Sides::EachSide {
        " each side"
    } else {
        ""
    };
    if d.sets > 1 {
        format!(
            "{} rounds of {work}{side}, {} s rest between",
            d.sets, d.rest_s
        )
    } else {
        format!("{work}{side}")
    }
}

/// "once a day", "3 times a week".
pub fn frequency_text(f: Frequency) -> String {
    match f {
        Frequency::PerDay(1) => "once a day".into(),
        Frequency::PerDay(2) => "twice a day".into(),
        Frequency::PerDay(n) => format!("{n} times a day"),
        Frequency::PerWeek(1) => "once a week".into(),
        Frequency::PerWeek(n) => format!("{n} times a week"),
    }
}

/// "1:05" from milliseconds, rounding up so "0:00" is only ever the end.
pub fn clock_text(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "3 weeks and 2 days since the birth · Planned caesarean".
pub fn since_birth_text(stage: &StageNow, delivery: Delivery) -> String {
    let plural = |n: u8, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let since = match (stage.weeks, stage.days) {
        (0, d) => plural(d, "day", "days"),
        (w, 0) => plural(w, "week", "weeks"),
        (w, d) => format!(
            "{} and {}",
            plural(w, "week", "weeks"),
            plural(d, "day", "days")
        ),
    };
    format!("{since} since the birth · {}", delivery.label())
}

/// When an exercise suits, by kind of birth: "1 week after a vaginal birth; 4 weeks
/// after a caesarean".
pub fn earliest_text(e: &Exercise) -> String {
    let weeks = |w: u8| match w {
        0 => "the first days".to_owned(),
        1 => "1 week".to_owned(),
        n => format!("{n} weeks"),
    };
    format!(
        "{} after a vaginal birth; {} after a caesarean",
        weeks(e.stage.vaginal_weeks),
        weeks(e.stage.caesarean_weeks)
    )
}

/// "21 Nov" for a local day number (days since 1970-01-01).
pub fn day_label(day: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let date = date_from_day(day);
    let month = MONTHS[usize::from(u8::from(date.month())) - 1];
    format!("{} {month}", date.day())
}

/// "24 Nov" for a timestamp, in her local calendar (`offset_min` from UTC).
pub fn short_date(at_ms: i64, offset_min: i32) -> String {
    day_label(local_day(at_ms, offset_min))
}

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// The text as a sentence: a capital first letter and a full stop.
pub fn sentence(text: &str) -> String {
    let mut out = capitalised(text.trim());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// The day of the month (1–31) for a local day number, for a calendar cell.
pub fn day_of_month(day: i64) -> u32 {
    u32::from(date_from_day(day).day())
}

/// "1 exercise", "3 exercises".
pub fn count_text(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
