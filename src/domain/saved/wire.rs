//! The saved document on the wire: one struct per shape, per version. Kept apart from
//! the domain types so the stored format changes only deliberately, with a new version.
//!
//! `read.rs` and `read_session.rs` read these from JSON, `write.rs` and
//! `write_session.rs` write the format 5 ones (its parts unchanged since format 4 as
//! serde's derives with `deny_unknown_fields` did). Each is a strict object, or, where
//! its comment says so, a strict array of a fixed length:
//! a field is required unless marked `// default` (may be missing) or it is an
//! `Option` (may be missing or `null`); any other field is an error. Fields are
//! written in the order below; a `None` is left out unless marked `// null`, and a
//! `// default` vector marked `// skip empty` is left out when empty. Which struct
//! was read says which version it was, so the structs do not keep the version.

use crate::domain::settings::CueSettings;

/// Version 1 on the wire (the first release: only the notice).
pub(super) struct WireV1 {
    pub(super) notice: Option<WireNotice>,
}

/// Version 2 on the wire: cue settings, the running session and the log.
pub(super) struct WireV2 {
    pub(super) notice: Option<WireNotice>,
    pub(super) cues: WireCues, // default
    pub(super) active: Option<WireActive>,
    pub(super) history: Vec<WireLog>, // default
}

pub(super) struct WireNotice {
    pub(super) version: u32,
    pub(super) at_ms: i64,
}

pub(super) struct WireCues {
    pub(super) speech: bool,
    pub(super) beeps: bool,
    pub(super) vibration: bool,
    pub(super) flash: bool,
}

impl Default for WireCues {
    fn default() -> Self {
        super::cues_to_wire(CueSettings::default())
    }
}

pub(super) struct WireDose {
    pub(super) sets: u8,
    pub(super) seconds: Option<u16>,
    pub(super) reps: Option<u8>,
    pub(super) rep_s: Option<u8>,
    pub(super) hold_s: u8, // default
    pub(super) rest_s: u16,
}

pub(super) struct WireStep {
    pub(super) exercise: String,
    pub(super) dose: WireDose,
}

pub(super) struct WireRoutine {
    pub(super) name: String,
    pub(super) steps: Vec<WireStep>,
}

pub(super) struct WireTiming {
    pub(super) status: String,
    pub(super) index: usize,
    pub(super) segment_start_ms: i64,
    pub(super) extra_ms: i64,
    pub(super) paused_at_ms: Option<i64>, // null
    pub(super) started_at_ms: i64,
    pub(super) paused_total_ms: i64,
    pub(super) finished_at_ms: Option<i64>, // null
    pub(super) stopped_early: bool,
    pub(super) done_ms: Vec<i64>,
    pub(super) completed: Vec<bool>,
    pub(super) last_ms: i64,
}

pub(super) struct WireActive {
    pub(super) routine: WireRoutine,
    pub(super) timing: WireTiming,
}

/// One exercise of a log, formats 2 to 4. They also held its `name` (a string), which
/// is checked when read, then dropped: the library has it, by id.
pub(super) struct WireExerciseLog {
    pub(super) exercise: String,
    pub(super) planned_sets: u8,
    pub(super) done_sets: u8,
    pub(super) planned_work_s: u32,
    pub(super) done_work_s: u32,
}

pub(super) struct WireLog {
    pub(super) routine: String,
    pub(super) started_at_ms: i64,
    pub(super) active_ms: i64,
    pub(super) stopped_early: bool,
    pub(super) exercises: Vec<WireExerciseLog>,
}

/// Version 3 on the wire: adds her profile, plan, safety record, thresholds and the
/// comfort reports of each session.
pub(super) struct WireV3 {
    pub(super) notice: Option<WireNotice>,
    pub(super) cues: WireCues, // default
    pub(super) active: Option<WireActiveV3>,
    pub(super) history: Vec<WireLogV3>, // default
    pub(super) profile: Option<WireProfile>,
    pub(super) plan: WirePlan,     // default
    pub(super) safety: WireSafety, // default
    pub(super) thresholds: Option<WireThresholds>,
    pub(super) target_min: Option<u8>,
    /// Routines from a physiotherapist, each kept as its share code.
    pub(super) imported: Vec<WireImported>, // default
    /// The physiotherapist's unfinished routine, as a share code.
    pub(super) physio_draft: Option<String>,
}

pub(super) struct WireImported {
    pub(super) code: String,
    pub(super) imported_at_ms: i64,
    pub(super) as_plan: bool,
    pub(super) cleared_above_stage: bool,
}

pub(super) struct WireActiveV3 {
    pub(super) routine: WireRoutine,
    pub(super) timing: WireTiming,
    /// Format 4: what started the session.
    pub(super) start: Option<String>,
    pub(super) before_pain: Option<u8>,
}

pub(super) struct WireLogV3 {
    pub(super) routine: String,
    pub(super) started_at_ms: i64,
    pub(super) active_ms: i64,
    pub(super) stopped_early: bool,
    pub(super) exercises: Vec<WireExerciseLog>,
    pub(super) comfort: WireComfort, // default
    /// Format 4: what started the session (`Start`'s text form).
    pub(super) start: Option<String>,
}

#[derive(Default)]
pub(super) struct WireComfort {
    pub(super) before: Option<u8>,
    pub(super) after: Option<WireAfter>,
    pub(super) morning: Option<WireMorning>,
    pub(super) morning_skipped: bool, // default
}

pub(super) struct WireAfter {
    pub(super) worst_pain: u8,
    pub(super) effort: String,
    pub(super) note: String, // default
}

pub(super) struct WireMorning {
    pub(super) compare: String,
    pub(super) pain: u8,
    pub(super) at_ms: i64,
}

pub(super) struct WireProfile {
    /// Either `birth_day` (days since 1970-01-01) or `weeks_ago` + `recorded_at_ms`.
    pub(super) birth_day: Option<i64>,
    pub(super) weeks_ago: Option<u8>,
    pub(super) recorded_at_ms: Option<i64>,
    pub(super) delivery: String,
    pub(super) severe_tear: bool,
    pub(super) epidural: bool,
    pub(super) pain_sites: Vec<String>,
    pub(super) pregnancy_back_pain: bool,
    pub(super) activity: String,
    pub(super) cleared_at_ms: Option<i64>,
    pub(super) emergency_number: String, // default
    pub(super) care_contact: String,     // default
    /// Format 4: her usual resting back pain.
    pub(super) usual_pain: Option<u8>,
    /// Format 4: it hurts when she lifts the baby.
    pub(super) lifting_pain: bool, // default
}

/// Format 3's plan. It also held `streak` (a `u8`), `applied_through_ms` (an `i64`)
/// and, by default none, `notes` (objects of `exercise` and `text`, both strings):
/// they are checked when read, then dropped (see `plan_v3_to_v4`).
#[derive(Default)]
pub(super) struct WirePlan {
    pub(super) items: Vec<WirePlanItem>,
}

pub(super) struct WirePlanItem {
    pub(super) exercise: String,
    pub(super) dose_step: i8,
}

#[derive(Default)]
pub(super) struct WireSafety {
    pub(super) events: Vec<WireSafetyEvent>,
    pub(super) paused_since_ms: Option<i64>,
    pub(super) resumed_at_ms: Vec<i64>, // default
}

pub(super) struct WireSafetyEvent {
    pub(super) at_ms: i64,
    pub(super) tier: String,
    pub(super) flags: Vec<String>,
    pub(super) during_session: bool,
}

pub(super) struct WireThresholds {
    pub(super) comfortable_max: u8,
    pub(super) acceptable_max: u8,
    pub(super) sessions_to_progress: u8,
    pub(super) tear_weeks: u8,
    /// Format 4 (defaults for earlier ones).
    pub(super) morning_margin: u8, // default
    pub(super) away_days: u16,     // default: default_away_days()
    pub(super) away_days_two: u16, // default: default_away_days_two()
}

pub(super) fn default_away_days() -> u16 {
    crate::domain::settings::Thresholds::default().away_days
}

pub(super) fn default_away_days_two() -> u16 {
    crate::domain::settings::Thresholds::default().away_days_two
}

/// Version 4 on the wire: the plan keeps each item's own history and its changes as
/// codes with their numbers (no sentences); sessions say what started them; the
/// profile adds her usual pain and pain when lifting.
pub(super) struct WireV4 {
    pub(super) notice: Option<WireNotice>,
    pub(super) cues: WireCues, // default
    pub(super) active: Option<WireActiveV3>,
    pub(super) history: Vec<WireLogV3>, // default
    pub(super) profile: Option<WireProfile>,
    pub(super) plan: WirePlanV4,   // default
    pub(super) safety: WireSafety, // default
    pub(super) thresholds: Option<WireThresholds>,
    pub(super) target_min: Option<u8>,
    pub(super) imported: Vec<WireImported>, // default
    pub(super) physio_draft: Option<String>,
}

#[derive(Default)]
pub(super) struct WirePlanV4 {
    pub(super) items: Vec<WirePlanItemV4>,
    pub(super) started_ms: Option<i64>,
    pub(super) changes: Vec<WireChange>,            // default
    pub(super) imported: Vec<WireImportedProgress>, // default
}

pub(super) struct WirePlanItemV4 {
    pub(super) exercise: String,
    pub(super) dose_step: i8,
    pub(super) streak: u8, // default
    pub(super) last_done_ms: Option<i64>,
}

pub(super) struct WireImportedProgress {
    pub(super) imported_at_ms: i64,
    pub(super) items: Vec<WirePlanItemV4>,
}

/// One change as a code with its numbers: `reason` is a key, `n` its numbers in order.
pub(super) struct WireChange {
    pub(super) at_ms: i64,
    pub(super) from: String,
    pub(super) from_step: i8,
    pub(super) to: String,
    pub(super) to_step: i8,
    pub(super) verdict: String,
    pub(super) reason: String,
    pub(super) n: Vec<u16>, // default, skip empty
    pub(super) routine: Option<i64>,
}

/// Version 5 on the wire: compact session logs (an exercise is named once, in
/// `exercise_ids`, and each log refers to it by position; no exercise names, which the
/// library has; the comfort reports and each exercise's figures as short arrays), and
/// the oldest sessions folded into weekly totals. Version 6 is the same with her
/// return-to-running checks added (`run_checks`); a version 5 document has none.
pub(super) struct WireV6 {
    pub(super) notice: Option<WireNotice>,
    pub(super) cues: WireCues, // default
    pub(super) active: Option<WireActiveV3>,
    /// Every exercise id the logs name, each once, in order of first use.
    pub(super) exercise_ids: Vec<String>, // default, skip empty
    pub(super) history: Vec<WireLogV5>, // default
    /// Weekly totals of the oldest sessions, oldest first.
    pub(super) folded_weeks: Vec<WireWeek>, // default, skip empty
    pub(super) profile: Option<WireProfile>,
    pub(super) plan: WirePlanV4,   // default
    pub(super) safety: WireSafety, // default
    pub(super) thresholds: Option<WireThresholds>,
    pub(super) target_min: Option<u8>,
    pub(super) imported: Vec<WireImported>, // default
    pub(super) physio_draft: Option<String>,
    /// Format 6: her return-to-running checks, oldest first.
    pub(super) run_checks: Vec<WireRunCheck>, // default, skip empty
}

/// One return-to-running check (format 6), for example
/// `{"started_at_ms":1795000000000,"answers":[["walk",1795000100000,30,0,0]]}`: each
/// answer a strict array of the test's key, when she answered, what she managed on each
/// side, and her symptoms as bits (1 pain, 2 heaviness or dragging, 4 leaking).
pub(super) struct WireRunCheck {
    pub(super) started_at_ms: i64,
    pub(super) answers: Vec<WireRunAnswer>,
}

pub(super) struct WireRunAnswer {
    pub(super) test: String,
    pub(super) at_ms: i64,
    pub(super) done: [u8; 2],
    pub(super) symptoms: u8,
}

/// A session log in format 5, for example
/// `{"started_at_ms":1795000000000,"active_ms":315000,"routine":"Your routine for
/// today","start":"today","exercises":[[0,1,60],[1,2,80,1,40]],"before":2,
/// "after":[3,"moderate"],"morning":["same",2,1795080000000]}`.
pub(super) struct WireLogV5 {
    pub(super) started_at_ms: i64,
    pub(super) active_ms: i64,
    pub(super) stopped_early: bool, // default, written only when true
    pub(super) routine: String,
    pub(super) start: Option<String>,
    /// `[id, planned sets, planned work s]` when all was done, else `[id, planned sets,
    /// planned work s, done sets, done work s]`; `id` is a position in `exercise_ids`.
    pub(super) exercises: Vec<WireDone>,
    /// On the wire the comfort report's fields are the log's own: `before` (a pain),
    /// `after` (`[worst pain, effort]`, the note third when there is one), `morning`
    /// (`[compare, pain, at_ms]`) and `morning_skipped` (default false, written only
    /// when true).
    pub(super) comfort: WireComfort,
}

/// One exercise of a format 5 log.
pub(super) struct WireDone {
    /// Its position in `exercise_ids`.
    pub(super) exercise: usize,
    pub(super) planned_sets: u8,
    pub(super) planned_work_s: u32,
    pub(super) done_sets: u8,
    pub(super) done_work_s: u32,
}

/// A folded week: `{"monday":20100,"sessions":6,"active_min":84,"worst_pain":4,
/// "morning_pain":3}`, the pains left out when none was given.
pub(super) struct WireWeek {
    /// Day number (days since 1970-01-01) of its Monday.
    pub(super) monday: i64,
    pub(super) sessions: u16,
    pub(super) active_min: u32,
    pub(super) worst_pain: Option<u8>,
    pub(super) morning_pain: Option<u8>,
}
