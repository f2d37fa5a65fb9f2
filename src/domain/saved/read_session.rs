//! Reading sessions from parsed JSON: the running session (its routine, doses and
//! timing) and the session logs with their comfort reports, of every version, and
//! format 5's folded weeks.

use super::wire::{
    WireActive, WireActiveV3, WireAfter, WireComfort, WireDone, WireDose, WireExerciseLog, WireLog,
    WireLogV3, WireLogV5, WireMorning, WireRoutine, WireStep, WireTiming, WireWeek,
};
use crate::domain::json::{
    read_bool, read_i64, read_string, read_u16, read_u32, read_u8, read_usize, Error, Fields, Value,
};

/// Format 2's running session.
pub(super) fn active(value: &Value) -> Result<WireActive, Error> {
    let f = Fields::of(value)?;
    let wire = WireActive {
        routine: f.req("routine", routine)?,
        timing: f.req("timing", timing)?,
    };
    f.end()?;
    Ok(wire)
}

/// The running session from format 3 on.
pub(super) fn active_v3(value: &Value) -> Result<WireActiveV3, Error> {
    let f = Fields::of(value)?;
    let wire = WireActiveV3 {
        routine: f.req("routine", routine)?,
        timing: f.req("timing", timing)?,
        start: f.opt("start", read_string)?,
        before_pain: f.opt("before_pain", read_u8)?,
    };
    f.end()?;
    Ok(wire)
}

fn routine(value: &Value) -> Result<WireRoutine, Error> {
    let f = Fields::of(value)?;
    let wire = WireRoutine {
        name: f.req("name", read_string)?,
        steps: f.list("steps", step)?,
    };
    f.end()?;
    Ok(wire)
}

fn step(value: &Value) -> Result<WireStep, Error> {
    let f = Fields::of(value)?;
    let wire = WireStep {
        exercise: f.req("exercise", read_string)?,
        dose: f.req("dose", dose)?,
    };
    f.end()?;
    Ok(wire)
}

fn dose(value: &Value) -> Result<WireDose, Error> {
    let f = Fields::of(value)?;
    let wire = WireDose {
        sets: f.req("sets", read_u8)?,
        seconds: f.opt("seconds", read_u16)?,
        reps: f.opt("reps", read_u8)?,
        rep_s: f.opt("rep_s", read_u8)?,
        hold_s: f.or("hold_s", read_u8, 0)?,
        rest_s: f.req("rest_s", read_u16)?,
    };
    f.end()?;
    Ok(wire)
}

fn timing(value: &Value) -> Result<WireTiming, Error> {
    let f = Fields::of(value)?;
    let wire = WireTiming {
        status: f.req("status", read_string)?,
        index: f.req("index", read_usize)?,
        segment_start_ms: f.req("segment_start_ms", read_i64)?,
        extra_ms: f.req("extra_ms", read_i64)?,
        paused_at_ms: f.opt("paused_at_ms", read_i64)?,
        started_at_ms: f.req("started_at_ms", read_i64)?,
        paused_total_ms: f.req("paused_total_ms", read_i64)?,
        finished_at_ms: f.opt("finished_at_ms", read_i64)?,
        stopped_early: f.req("stopped_early", read_bool)?,
        done_ms: f.list("done_ms", read_i64)?,
        completed: f.list("completed", read_bool)?,
        last_ms: f.req("last_ms", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

fn exercise_log(value: &Value) -> Result<WireExerciseLog, Error> {
    let f = Fields::of(value)?;
    let exercise = f.req("exercise", read_string)?;
    f.req("name", read_string)?;
    let wire = WireExerciseLog {
        exercise,
        planned_sets: f.req("planned_sets", read_u8)?,
        done_sets: f.req("done_sets", read_u8)?,
        planned_work_s: f.req("planned_work_s", read_u32)?,
        done_work_s: f.req("done_work_s", read_u32)?,
    };
    f.end()?;
    Ok(wire)
}

/// Format 2's session log.
pub(super) fn log(value: &Value) -> Result<WireLog, Error> {
    let f = Fields::of(value)?;
    let wire = WireLog {
        routine: f.req("routine", read_string)?,
        started_at_ms: f.req("started_at_ms", read_i64)?,
        active_ms: f.req("active_ms", read_i64)?,
        stopped_early: f.req("stopped_early", read_bool)?,
        exercises: f.list("exercises", exercise_log)?,
    };
    f.end()?;
    Ok(wire)
}

/// The session log from format 3 on.
pub(super) fn log_v3(value: &Value) -> Result<WireLogV3, Error> {
    let f = Fields::of(value)?;
    let wire = WireLogV3 {
        routine: f.req("routine", read_string)?,
        started_at_ms: f.req("started_at_ms", read_i64)?,
        active_ms: f.req("active_ms", read_i64)?,
        stopped_early: f.req("stopped_early", read_bool)?,
        exercises: f.list("exercises", exercise_log)?,
        comfort: f.or("comfort", comfort, WireComfort::default())?,
        start: f.opt("start", read_string)?,
    };
    f.end()?;
    Ok(wire)
}

fn comfort(value: &Value) -> Result<WireComfort, Error> {
    let f = Fields::of(value)?;
    let wire = WireComfort {
        before: f.opt("before", read_u8)?,
        after: f.opt("after", after)?,
        morning: f.opt("morning", morning)?,
        morning_skipped: f.or("morning_skipped", read_bool, false)?,
    };
    f.end()?;
    Ok(wire)
}

fn after(value: &Value) -> Result<WireAfter, Error> {
    let f = Fields::of(value)?;
    let wire = WireAfter {
        worst_pain: f.req("worst_pain", read_u8)?,
        effort: f.req("effort", read_string)?,
        note: f.or("note", read_string, String::new())?,
    };
    f.end()?;
    Ok(wire)
}

fn morning(value: &Value) -> Result<WireMorning, Error> {
    let f = Fields::of(value)?;
    let wire = WireMorning {
        compare: f.req("compare", read_string)?,
        pain: f.req("pain", read_u8)?,
        at_ms: f.req("at_ms", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

/// The session log of format 5.
pub(super) fn log_v5(value: &Value) -> Result<WireLogV5, Error> {
    let f = Fields::of(value)?;
    let wire = WireLogV5 {
        started_at_ms: f.req("started_at_ms", read_i64)?,
        active_ms: f.req("active_ms", read_i64)?,
        stopped_early: f.or("stopped_early", read_bool, false)?,
        routine: f.req("routine", read_string)?,
        start: f.opt("start", read_string)?,
        exercises: f.list("exercises", done)?,
        comfort: WireComfort {
            before: f.opt("before", read_u8)?,
            after: f.opt("after", after_v5)?,
            morning: f.opt("morning", morning_v5)?,
            morning_skipped: f.or("morning_skipped", read_bool, false)?,
        },
    };
    f.end()?;
    Ok(wire)
}

/// The items of an array of one of the `lengths` given (a strict tuple).
fn tuple<'a>(value: &'a Value, lengths: &[usize]) -> Result<&'a [Value], Error> {
    match value {
        Value::Array(items) if lengths.contains(&items.len()) => Ok(items),
        Value::Array(_) => Err(Error::new("wrong number of items")),
        _ => Err(Error::new("expected an array")),
    }
}

/// Item `index` of a tuple read by `read` (an error names the item).
fn item<'a, T>(
    items: &'a [Value],
    index: usize,
    read: fn(&'a Value) -> Result<T, Error>,
) -> Result<T, Error> {
    match items.get(index) {
        Some(value) => read(value).map_err(|e| e.in_item(index)),
        None => Err(Error::new("wrong number of items")),
    }
}

/// `[id, planned sets, planned work s]` or the same with `done sets, done work s`.
fn done(value: &Value) -> Result<WireDone, Error> {
    let items = tuple(value, &[3, 5])?;
    let exercise = item(items, 0, read_usize)?;
    let planned_sets = item(items, 1, read_u8)?;
    let planned_work_s = item(items, 2, read_u32)?;
    let (done_sets, done_work_s) = if items.len() == 5 {
        (item(items, 3, read_u8)?, item(items, 4, read_u32)?)
    } else {
        (planned_sets, planned_work_s)
    };
    Ok(WireDone {
        exercise,
        planned_sets,
        planned_work_s,
        done_sets,
        done_work_s,
    })
}

/// `[worst pain, effort]`, or with the note third.
fn after_v5(value: &Value) -> Result<WireAfter, Error> {
    let items = tuple(value, &[2, 3])?;
    Ok(WireAfter {
        worst_pain: item(items, 0, read_u8)?,
        effort: item(items, 1, read_string)?,
        note: if items.len() == 3 {
            item(items, 2, read_string)?
        } else {
            String::new()
        },
    })
}

/// `[compare, pain, at_ms]`.
fn morning_v5(value: &Value) -> Result<WireMorning, Error> {
    let items = tuple(value, &[3])?;
    Ok(WireMorning {
        compare: item(items, 0, read_string)?,
        pain: item(items, 1, read_u8)?,
        at_ms: item(items, 2, read_i64)?,
    })
}

/// A folded week of format 5.
pub(super) fn week(value: &Value) -> Result<WireWeek, Error> {
    let f = Fields::of(value)?;
    let wire = WireWeek {
        monday: f.req("monday", read_i64)?,
        sessions: f.req("sessions", read_u16)?,
        active_min: f.req("active_min", read_u32)?,
        worst_pain: f.opt("worst_pain", read_u8)?,
        morning_pain: f.opt("morning_pain", read_u8)?,
    };
    f.end()?;
    Ok(wire)
}
