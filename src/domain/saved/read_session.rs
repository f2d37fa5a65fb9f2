//! Reading sessions from parsed JSON: the running session (its routine, doses and
//! timing) and the session logs with their comfort reports, of every version.

use super::wire::{
    WireActive, WireActiveV3, WireAfter, WireComfort, WireDose, WireExerciseLog, WireLog,
    WireLogV3, WireMorning, WireRoutine, WireStep, WireTiming,
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
    let wire = WireExerciseLog {
        exercise: f.req("exercise", read_string)?,
        name: f.req("name", read_string)?,
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
