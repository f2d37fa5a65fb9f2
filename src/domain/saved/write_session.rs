//! Writing sessions in format 5: the running session (its routine, doses and timing,
//! as format 4 wrote it), the compact session logs with their comfort reports, and the
//! folded weeks.

use super::wire::{WireActiveV3, WireDose, WireLogV5, WireRoutine, WireTiming, WireWeek};
use super::write::{i64s, opt_str, opt_u64};
use crate::domain::json::Writer;

pub(super) fn active(w: &mut Writer, a: &WireActiveV3) {
    w.begin_object();
    routine(w.key("routine"), &a.routine);
    timing(w.key("timing"), &a.timing);
    opt_str(w, "start", a.start.as_deref());
    opt_u64(w, "before_pain", a.before_pain.map(u64::from));
    w.end_object();
}

fn routine(w: &mut Writer, r: &WireRoutine) {
    w.begin_object();
    w.key("name").str(&r.name);
    w.key("steps").begin_array();
    for s in &r.steps {
        w.begin_object();
        w.key("exercise").str(&s.exercise);
        dose(w.key("dose"), &s.dose);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

fn dose(w: &mut Writer, d: &WireDose) {
    w.begin_object();
    w.key("sets").u64(d.sets.into());
    opt_u64(w, "seconds", d.seconds.map(u64::from));
    opt_u64(w, "reps", d.reps.map(u64::from));
    opt_u64(w, "rep_s", d.rep_s.map(u64::from));
    w.key("hold_s").u64(d.hold_s.into());
    w.key("rest_s").u64(d.rest_s.into());
    w.end_object();
}

/// `i64` or `null`, for the two optional fields serde wrote even when `None`.
fn nullable_i64(w: &mut Writer, key: &str, value: Option<i64>) {
    match value {
        Some(n) => w.key(key).i64(n),
        None => w.key(key).null(),
    }
}

fn timing(w: &mut Writer, t: &WireTiming) {
    w.begin_object();
    w.key("status").str(&t.status);
    // `usize` is at most 64 bits on every target.
    w.key("index")
        .u64(u64::try_from(t.index).unwrap_or(u64::MAX));
    w.key("segment_start_ms").i64(t.segment_start_ms);
    w.key("extra_ms").i64(t.extra_ms);
    nullable_i64(w, "paused_at_ms", t.paused_at_ms);
    w.key("started_at_ms").i64(t.started_at_ms);
    w.key("paused_total_ms").i64(t.paused_total_ms);
    nullable_i64(w, "finished_at_ms", t.finished_at_ms);
    w.key("stopped_early").bool(t.stopped_early);
    i64s(w, "done_ms", &t.done_ms);
    w.key("completed").begin_array();
    for c in &t.completed {
        w.bool(*c);
    }
    w.end_array();
    w.key("last_ms").i64(t.last_ms);
    w.end_object();
}

pub(super) fn log(w: &mut Writer, l: &WireLogV5) {
    w.begin_object();
    w.key("started_at_ms").i64(l.started_at_ms);
    w.key("active_ms").i64(l.active_ms);
    if l.stopped_early {
        w.key("stopped_early").bool(true);
    }
    w.key("routine").str(&l.routine);
    opt_str(w, "start", l.start.as_deref());
    w.key("exercises").begin_array();
    for e in &l.exercises {
        w.begin_array();
        // `usize` is at most 64 bits on every target.
        w.u64(u64::try_from(e.exercise).unwrap_or(u64::MAX));
        w.u64(e.planned_sets.into());
        w.u64(e.planned_work_s.into());
        if (e.done_sets, e.done_work_s) != (e.planned_sets, e.planned_work_s) {
            w.u64(e.done_sets.into());
            w.u64(e.done_work_s.into());
        }
        w.end_array();
    }
    w.end_array();
    let c = &l.comfort;
    opt_u64(w, "before", c.before.map(u64::from));
    if let Some(a) = &c.after {
        w.key("after").begin_array();
        w.u64(a.worst_pain.into());
        w.str(&a.effort);
        if !a.note.is_empty() {
            w.str(&a.note);
        }
        w.end_array();
    }
    if let Some(m) = &c.morning {
        w.key("morning").begin_array();
        w.str(&m.compare);
        w.u64(m.pain.into());
        w.i64(m.at_ms);
        w.end_array();
    }
    if c.morning_skipped {
        w.key("morning_skipped").bool(true);
    }
    w.end_object();
}

pub(super) fn week(w: &mut Writer, wk: &WireWeek) {
    w.begin_object();
    w.key("monday").i64(wk.monday);
    w.key("sessions").u64(wk.sessions.into());
    w.key("active_min").u64(wk.active_min.into());
    opt_u64(w, "worst_pain", wk.worst_pain.map(u64::from));
    opt_u64(w, "morning_pain", wk.morning_pain.map(u64::from));
    w.end_object();
}
