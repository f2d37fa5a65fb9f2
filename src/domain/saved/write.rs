//! Writing the format 6 document (format 5 with `run_checks`): the fields of each wire struct in their order, a
//! `None` left out (two timing fields excepted, written as `null`), an empty `n`,
//! `exercise_ids` or `folded_weeks` left out. What format 5 kept of format 4 is
//! written byte for byte as serde_json wrote it (see the `written_*` fixtures). The
//! running session, the logs and the folded weeks are in `write_session.rs`.

use super::wire::{
    WireChange, WireImported, WirePlanItemV4, WirePlanV4, WireProfile, WireSafety, WireThresholds,
    WireV6,
};
use super::write_session::{active, log, week};
use super::CURRENT_VERSION;
use crate::domain::json::Writer;

/// The whole document as JSON text.
pub(super) fn document(d: &WireV6) -> String {
    let mut w = Writer::new();
    w.begin_object();
    w.key("version").u64(CURRENT_VERSION.into());
    if let Some(n) = &d.notice {
        w.key("notice").begin_object();
        w.key("version").u64(n.version.into());
        w.key("at_ms").i64(n.at_ms);
        w.end_object();
    }
    w.key("cues").begin_object();
    w.key("speech").bool(d.cues.speech);
    w.key("beeps").bool(d.cues.beeps);
    w.key("vibration").bool(d.cues.vibration);
    w.key("flash").bool(d.cues.flash);
    w.end_object();
    if let Some(a) = &d.active {
        active(w.key("active"), a);
    }
    if !d.exercise_ids.is_empty() {
        strs(&mut w, "exercise_ids", &d.exercise_ids);
    }
    w.key("history").begin_array();
    for l in &d.history {
        log(&mut w, l);
    }
    w.end_array();
    if !d.folded_weeks.is_empty() {
        w.key("folded_weeks").begin_array();
        for wk in &d.folded_weeks {
            week(&mut w, wk);
        }
        w.end_array();
    }
    if let Some(p) = &d.profile {
        profile(w.key("profile"), p);
    }
    plan(w.key("plan"), &d.plan);
    safety(w.key("safety"), &d.safety);
    if let Some(t) = &d.thresholds {
        thresholds(w.key("thresholds"), t);
    }
    opt_u64(&mut w, "target_min", d.target_min.map(u64::from));
    w.key("imported").begin_array();
    for i in &d.imported {
        imported(&mut w, i);
    }
    w.end_array();
    if let Some(code) = &d.physio_draft {
        w.key("physio_draft").str(code);
    }
    if !d.run_checks.is_empty() {
        w.key("run_checks").begin_array();
        for c in &d.run_checks {
            super::running::write_check(&mut w, c);
        }
        w.end_array();
    }
    w.end_object();
    w.finish()
}

pub(super) fn opt_u64(w: &mut Writer, key: &str, value: Option<u64>) {
    if let Some(n) = value {
        w.key(key).u64(n);
    }
}

pub(super) fn opt_i64(w: &mut Writer, key: &str, value: Option<i64>) {
    if let Some(n) = value {
        w.key(key).i64(n);
    }
}

pub(super) fn opt_str(w: &mut Writer, key: &str, value: Option<&str>) {
    if let Some(s) = value {
        w.key(key).str(s);
    }
}

pub(super) fn i64s(w: &mut Writer, key: &str, values: &[i64]) {
    w.key(key).begin_array();
    for n in values {
        w.i64(*n);
    }
    w.end_array();
}

pub(super) fn strs(w: &mut Writer, key: &str, values: &[String]) {
    w.key(key).begin_array();
    for s in values {
        w.str(s);
    }
    w.end_array();
}

fn profile(w: &mut Writer, p: &WireProfile) {
    w.begin_object();
    opt_i64(w, "birth_day", p.birth_day);
    opt_u64(w, "weeks_ago", p.weeks_ago.map(u64::from));
    opt_i64(w, "recorded_at_ms", p.recorded_at_ms);
    w.key("delivery").str(&p.delivery);
    w.key("severe_tear").bool(p.severe_tear);
    w.key("epidural").bool(p.epidural);
    strs(w, "pain_sites", &p.pain_sites);
    w.key("pregnancy_back_pain").bool(p.pregnancy_back_pain);
    w.key("activity").str(&p.activity);
    opt_i64(w, "cleared_at_ms", p.cleared_at_ms);
    w.key("emergency_number").str(&p.emergency_number);
    w.key("care_contact").str(&p.care_contact);
    opt_u64(w, "usual_pain", p.usual_pain.map(u64::from));
    w.key("lifting_pain").bool(p.lifting_pain);
    w.end_object();
}

fn plan(w: &mut Writer, p: &WirePlanV4) {
    w.begin_object();
    plan_items(w, &p.items);
    opt_i64(w, "started_ms", p.started_ms);
    w.key("changes").begin_array();
    for c in &p.changes {
        change(w, c);
    }
    w.end_array();
    w.key("imported").begin_array();
    for i in &p.imported {
        w.begin_object();
        w.key("imported_at_ms").i64(i.imported_at_ms);
        plan_items(w, &i.items);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

/// The field `items` of a plan or of a physiotherapist's routine's progress.
fn plan_items(w: &mut Writer, items: &[WirePlanItemV4]) {
    w.key("items").begin_array();
    for i in items {
        w.begin_object();
        w.key("exercise").str(&i.exercise);
        w.key("dose_step").i64(i.dose_step.into());
        w.key("streak").u64(i.streak.into());
        opt_i64(w, "last_done_ms", i.last_done_ms);
        w.end_object();
    }
    w.end_array();
}

fn change(w: &mut Writer, c: &WireChange) {
    w.begin_object();
    w.key("at_ms").i64(c.at_ms);
    w.key("from").str(&c.from);
    w.key("from_step").i64(c.from_step.into());
    w.key("to").str(&c.to);
    w.key("to_step").i64(c.to_step.into());
    w.key("verdict").str(&c.verdict);
    w.key("reason").str(&c.reason);
    if !c.n.is_empty() {
        w.key("n").begin_array();
        for n in &c.n {
            w.u64((*n).into());
        }
        w.end_array();
    }
    opt_i64(w, "routine", c.routine);
    w.end_object();
}

fn safety(w: &mut Writer, s: &WireSafety) {
    w.begin_object();
    w.key("events").begin_array();
    for e in &s.events {
        w.begin_object();
        w.key("at_ms").i64(e.at_ms);
        w.key("tier").str(&e.tier);
        strs(w, "flags", &e.flags);
        w.key("during_session").bool(e.during_session);
        w.end_object();
    }
    w.end_array();
    opt_i64(w, "paused_since_ms", s.paused_since_ms);
    i64s(w, "resumed_at_ms", &s.resumed_at_ms);
    w.end_object();
}

fn thresholds(w: &mut Writer, t: &WireThresholds) {
    w.begin_object();
    w.key("comfortable_max").u64(t.comfortable_max.into());
    w.key("acceptable_max").u64(t.acceptable_max.into());
    w.key("sessions_to_progress")
        .u64(t.sessions_to_progress.into());
    w.key("tear_weeks").u64(t.tear_weeks.into());
    w.key("morning_margin").u64(t.morning_margin.into());
    w.key("away_days").u64(t.away_days.into());
    w.key("away_days_two").u64(t.away_days_two.into());
    w.end_object();
}

fn imported(w: &mut Writer, i: &WireImported) {
    w.begin_object();
    w.key("code").str(&i.code);
    w.key("imported_at_ms").i64(i.imported_at_ms);
    w.key("as_plan").bool(i.as_plan);
    w.key("cleared_above_stage").bool(i.cleared_above_stage);
    w.end_object();
}
