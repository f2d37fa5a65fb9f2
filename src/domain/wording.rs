//! The app's shared wording: doses, how often, clock times, dates, stages. One place,
//! so every screen says a thing the same way. Pure: it returns messages (`Text`) and
//! dates (`When`), which pages render in her language.

use super::exercise::{Dose, Exercise, Kind, Sides, Work};
use super::profile::{date_from_day, local_day, Delivery, StageNow};
use super::share::Frequency;

/// "2 rounds of 8 times, holding 5 s, 30 s rest between" in words.
pub fn dose_text(e: &Exercise, dose: &Dose) -> super::text::Text {
    use super::text::{Msg, Text};
    let d = *dose;
    let work = match d.work {
        Work::Timed { seconds } => duration_text(seconds),
        Work::Reps {
            reps, hold_s: 0, ..
        } => Text::new(Msg::WordsWorkReps).with("reps", reps),
        Work::Reps { reps, hold_s, .. } => Text::new(Msg::WordsWorkRepsHold)
            .with("reps", reps)
            .with("hold", hold_s),
    };
    // A walk-run's sets are runs and its rests the walks between them.
    if e.kind == Kind::Run {
        return Text::new(Msg::RunDose)
            .with("run", work)
            .with("walk", duration_text(d.rest_s))
            .with("sets", d.sets);
    }
    let work = if e.sides == Sides::EachSide {
        Text::new(Msg::WordsDoseEachSide).with("work", work)
    } else {
        work
    };
    if d.sets > 1 {
        Text::new(Msg::WordsDoseSets)
            .with("sets", d.sets)
            .with("work", work)
            .with("rest", i64::from(d.rest_s))
    } else {
        work
    }
}

/// "2 min", "1 min 30 s" or "45 s".
fn duration_text(seconds: u16) -> super::text::Text {
    use super::text::{Msg, Text};
    if seconds >= 60 && seconds.is_multiple_of(60) {
        Text::new(Msg::WordsWorkMinutes).with("minutes", i64::from(seconds / 60))
    } else if seconds >= 60 {
        Text::new(Msg::WordsWorkMinutesSeconds)
            .with("minutes", i64::from(seconds / 60))
            .with("seconds", i64::from(seconds % 60))
    } else {
        Text::new(Msg::WordsWorkSeconds).with("seconds", i64::from(seconds))
    }
}

/// "once a day", "3 times a week".
pub fn frequency_text(f: Frequency) -> super::text::Text {
    use super::text::{Msg, Text};
    match f {
        Frequency::PerDay(n) => Text::new(Msg::WordsPerDay).with("count", n),
        Frequency::PerWeek(n) => Text::new(Msg::WordsPerWeek).with("count", n),
    }
}

/// "1:05" from milliseconds, rounding up so "0:00" is only ever the end.
pub fn clock_text(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "3 weeks and 2 days since the birth · Planned caesarean".
pub fn since_birth_text(stage: &StageNow, delivery: Delivery) -> super::text::Text {
    use super::text::{Msg, Text};
    let text = match (stage.weeks, stage.days) {
        (0, d) => Text::new(Msg::LabelSinceBirthDays).with("days", d),
        (w, 0) => Text::new(Msg::LabelSinceBirthWeeks).with("weeks", w),
        (w, d) => Text::new(Msg::LabelSinceBirthWeeksDays)
            .with("weeks", w)
            .with("days", d),
    };
    text.with("delivery", Text::new(delivery.label()))
}

/// When an exercise suits, by kind of birth: "1 week after a vaginal birth; 4 weeks
/// after a caesarean".
pub fn earliest_text(e: &Exercise) -> super::text::Text {
    use super::text::{Msg, Text};
    Text::new(Msg::LabelEarliest)
        .with("vaginal", e.stage.vaginal_weeks)
        .with("caesarean", e.stage.caesarean_weeks)
}

/// The day of a timestamp in her local calendar (`offset_min` from UTC), to be written
/// "24 Nov" (as a message's date, or with `use_lang::date`).
pub fn short_date(at_ms: i64, offset_min: i32) -> super::text::When {
    super::text::When::Day(local_day(at_ms, offset_min))
}

/// The day of the month (1–31) for a local day number, for a calendar cell.
pub fn day_of_month(day: i64) -> u32 {
    u32::from(date_from_day(day).day())
}
