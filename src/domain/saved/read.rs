//! Reading the wire structs from parsed JSON, exactly as serde's derives read them:
//! the same required fields, the same defaults, unknown fields refused. Sessions and
//! their logs are in `read_session.rs`. (Two differences, both stricter: a struct
//! written as an array of its values, which serde also took, and duplicate keys,
//! where serde kept the last, are refused. No build ever wrote either.)

use super::read_session::{active, active_v3, log, log_v3, log_v5, week};
use super::wire::{
    default_away_days, default_away_days_two, WireChange, WireCues, WireImported,
    WireImportedProgress, WireNotice, WirePlan, WirePlanItem, WirePlanItemV4, WirePlanV4,
    WireProfile, WireSafety, WireSafetyEvent, WireThresholds, WireV1, WireV2, WireV3, WireV4,
    WireV6,
};
use crate::domain::json::{
    read_bool, read_i64, read_i8, read_string, read_u16, read_u32, read_u8, Error, Fields, Value,
};

pub(super) fn v1(value: &Value) -> Result<WireV1, Error> {
    let f = Fields::of(value)?;
    f.req("version", read_u32)?;
    let wire = WireV1 {
        notice: f.opt("notice", notice)?,
    };
    f.end()?;
    Ok(wire)
}

pub(super) fn v2(value: &Value) -> Result<WireV2, Error> {
    let f = Fields::of(value)?;
    f.req("version", read_u32)?;
    let wire = WireV2 {
        notice: f.opt("notice", notice)?,
        cues: f.or("cues", cues, WireCues::default())?,
        active: f.opt("active", active)?,
        history: f.list_or_empty("history", log)?,
    };
    f.end()?;
    Ok(wire)
}

pub(super) fn v3(value: &Value) -> Result<WireV3, Error> {
    let f = Fields::of(value)?;
    f.req("version", read_u32)?;
    let wire = WireV3 {
        notice: f.opt("notice", notice)?,
        cues: f.or("cues", cues, WireCues::default())?,
        active: f.opt("active", active_v3)?,
        history: f.list_or_empty("history", log_v3)?,
        profile: f.opt("profile", profile)?,
        plan: f.or("plan", plan_v3, WirePlan::default())?,
        safety: f.or("safety", safety, WireSafety::default())?,
        thresholds: f.opt("thresholds", thresholds)?,
        target_min: f.opt("target_min", read_u8)?,
        imported: f.list_or_empty("imported", imported)?,
        physio_draft: f.opt("physio_draft", read_string)?,
    };
    f.end()?;
    Ok(wire)
}

pub(super) fn v4(value: &Value) -> Result<WireV4, Error> {
    let f = Fields::of(value)?;
    f.req("version", read_u32)?;
    let wire = WireV4 {
        notice: f.opt("notice", notice)?,
        cues: f.or("cues", cues, WireCues::default())?,
        active: f.opt("active", active_v3)?,
        history: f.list_or_empty("history", log_v3)?,
        profile: f.opt("profile", profile)?,
        plan: f.or("plan", plan_v4, WirePlanV4::default())?,
        safety: f.or("safety", safety, WireSafety::default())?,
        thresholds: f.opt("thresholds", thresholds)?,
        target_min: f.opt("target_min", read_u8)?,
        imported: f.list_or_empty("imported", imported)?,
        physio_draft: f.opt("physio_draft", read_string)?,
    };
    f.end()?;
    Ok(wire)
}

pub(super) fn v5(value: &Value) -> Result<WireV6, Error> {
    v5_or_v6(value, false)
}

/// Version 6: version 5 with her return-to-running checks.
pub(super) fn v6(value: &Value) -> Result<WireV6, Error> {
    v5_or_v6(value, true)
}

/// Versions 5 and 6 share a shape; only 6 may have `run_checks`.
fn v5_or_v6(value: &Value, six: bool) -> Result<WireV6, Error> {
    let f = Fields::of(value)?;
    f.req("version", read_u32)?;
    let wire = WireV6 {
        notice: f.opt("notice", notice)?,
        cues: f.or("cues", cues, WireCues::default())?,
        active: f.opt("active", active_v3)?,
        exercise_ids: f.list_or_empty("exercise_ids", read_string)?,
        history: f.list_or_empty("history", log_v5)?,
        folded_weeks: f.list_or_empty("folded_weeks", week)?,
        profile: f.opt("profile", profile)?,
        plan: f.or("plan", plan_v4, WirePlanV4::default())?,
        safety: f.or("safety", safety, WireSafety::default())?,
        thresholds: f.opt("thresholds", thresholds)?,
        target_min: f.opt("target_min", read_u8)?,
        imported: f.list_or_empty("imported", imported)?,
        physio_draft: f.opt("physio_draft", read_string)?,
        run_checks: if six {
            f.list_or_empty("run_checks", super::running::read_check)?
        } else {
            Vec::new()
        },
    };
    f.end()?;
    Ok(wire)
}

fn notice(value: &Value) -> Result<WireNotice, Error> {
    let f = Fields::of(value)?;
    let wire = WireNotice {
        version: f.req("version", read_u32)?,
        at_ms: f.req("at_ms", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

fn cues(value: &Value) -> Result<WireCues, Error> {
    let f = Fields::of(value)?;
    let wire = WireCues {
        speech: f.req("speech", read_bool)?,
        beeps: f.req("beeps", read_bool)?,
        vibration: f.req("vibration", read_bool)?,
        flash: f.req("flash", read_bool)?,
    };
    f.end()?;
    Ok(wire)
}

fn imported(value: &Value) -> Result<WireImported, Error> {
    let f = Fields::of(value)?;
    let wire = WireImported {
        code: f.req("code", read_string)?,
        imported_at_ms: f.req("imported_at_ms", read_i64)?,
        as_plan: f.req("as_plan", read_bool)?,
        cleared_above_stage: f.req("cleared_above_stage", read_bool)?,
    };
    f.end()?;
    Ok(wire)
}

fn profile(value: &Value) -> Result<WireProfile, Error> {
    let f = Fields::of(value)?;
    let wire = WireProfile {
        birth_day: f.opt("birth_day", read_i64)?,
        weeks_ago: f.opt("weeks_ago", read_u8)?,
        recorded_at_ms: f.opt("recorded_at_ms", read_i64)?,
        delivery: f.req("delivery", read_string)?,
        severe_tear: f.req("severe_tear", read_bool)?,
        epidural: f.req("epidural", read_bool)?,
        pain_sites: f.list("pain_sites", read_string)?,
        pregnancy_back_pain: f.req("pregnancy_back_pain", read_bool)?,
        activity: f.req("activity", read_string)?,
        cleared_at_ms: f.opt("cleared_at_ms", read_i64)?,
        emergency_number: f.or("emergency_number", read_string, String::new())?,
        care_contact: f.or("care_contact", read_string, String::new())?,
        usual_pain: f.opt("usual_pain", read_u8)?,
        lifting_pain: f.or("lifting_pain", read_bool, false)?,
    };
    f.end()?;
    Ok(wire)
}

/// Format 3's plan: the plan-wide streak and the notes are checked, then dropped.
fn plan_v3(value: &Value) -> Result<WirePlan, Error> {
    let f = Fields::of(value)?;
    let wire = WirePlan {
        items: f.list("items", plan_item)?,
    };
    f.req("streak", read_u8)?;
    f.req("applied_through_ms", read_i64)?;
    f.list_or_empty("notes", plan_note)?;
    f.end()?;
    Ok(wire)
}

fn plan_note(value: &Value) -> Result<(), Error> {
    let f = Fields::of(value)?;
    f.req("exercise", read_string)?;
    f.req("text", read_string)?;
    f.end()
}

fn plan_item(value: &Value) -> Result<WirePlanItem, Error> {
    let f = Fields::of(value)?;
    let wire = WirePlanItem {
        exercise: f.req("exercise", read_string)?,
        dose_step: f.req("dose_step", read_i8)?,
    };
    f.end()?;
    Ok(wire)
}

fn plan_v4(value: &Value) -> Result<WirePlanV4, Error> {
    let f = Fields::of(value)?;
    let wire = WirePlanV4 {
        items: f.list("items", plan_item_v4)?,
        started_ms: f.opt("started_ms", read_i64)?,
        changes: f.list_or_empty("changes", change)?,
        imported: f.list_or_empty("imported", imported_progress)?,
    };
    f.end()?;
    Ok(wire)
}

fn plan_item_v4(value: &Value) -> Result<WirePlanItemV4, Error> {
    let f = Fields::of(value)?;
    let wire = WirePlanItemV4 {
        exercise: f.req("exercise", read_string)?,
        dose_step: f.req("dose_step", read_i8)?,
        streak: f.or("streak", read_u8, 0)?,
        last_done_ms: f.opt("last_done_ms", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

fn imported_progress(value: &Value) -> Result<WireImportedProgress, Error> {
    let f = Fields::of(value)?;
    let wire = WireImportedProgress {
        imported_at_ms: f.req("imported_at_ms", read_i64)?,
        items: f.list("items", plan_item_v4)?,
    };
    f.end()?;
    Ok(wire)
}

fn change(value: &Value) -> Result<WireChange, Error> {
    let f = Fields::of(value)?;
    let wire = WireChange {
        at_ms: f.req("at_ms", read_i64)?,
        from: f.req("from", read_string)?,
        from_step: f.req("from_step", read_i8)?,
        to: f.req("to", read_string)?,
        to_step: f.req("to_step", read_i8)?,
        verdict: f.req("verdict", read_string)?,
        reason: f.req("reason", read_string)?,
        n: f.list_or_empty("n", read_u16)?,
        routine: f.opt("routine", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

fn safety(value: &Value) -> Result<WireSafety, Error> {
    let f = Fields::of(value)?;
    let wire = WireSafety {
        events: f.list("events", safety_event)?,
        paused_since_ms: f.opt("paused_since_ms", read_i64)?,
        resumed_at_ms: f.list_or_empty("resumed_at_ms", read_i64)?,
    };
    f.end()?;
    Ok(wire)
}

fn safety_event(value: &Value) -> Result<WireSafetyEvent, Error> {
    let f = Fields::of(value)?;
    let wire = WireSafetyEvent {
        at_ms: f.req("at_ms", read_i64)?,
        tier: f.req("tier", read_string)?,
        flags: f.list("flags", read_string)?,
        during_session: f.req("during_session", read_bool)?,
    };
    f.end()?;
    Ok(wire)
}

fn thresholds(value: &Value) -> Result<WireThresholds, Error> {
    let f = Fields::of(value)?;
    let wire = WireThresholds {
        comfortable_max: f.req("comfortable_max", read_u8)?,
        acceptable_max: f.req("acceptable_max", read_u8)?,
        sessions_to_progress: f.req("sessions_to_progress", read_u8)?,
        tear_weeks: f.req("tear_weeks", read_u8)?,
        morning_margin: f.or("morning_margin", read_u8, 0)?,
        away_days: f.or("away_days", read_u16, default_away_days())?,
        away_days_two: f.or("away_days_two", read_u16, default_away_days_two())?,
    };
    f.end()?;
    Ok(wire)
}
