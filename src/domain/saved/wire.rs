//! The saved document on the wire: one struct per shape, per version. Kept apart from
//! the domain types so the stored format changes only deliberately, with a new version.

use serde::{Deserialize, Serialize};

use crate::domain::settings::CueSettings;

/// Version 1 on the wire (the first release: only the notice).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireV1 {
    #[allow(dead_code)] // Read to check the shape; the version is known by now.
    pub(super) version: u32,
    #[serde(default)]
    pub(super) notice: Option<WireNotice>,
}

/// Version 2 on the wire: cue settings, the running session and the log.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireV2 {
    pub(super) version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) notice: Option<WireNotice>,
    #[serde(default)]
    pub(super) cues: WireCues,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) active: Option<WireActive>,
    #[serde(default)]
    pub(super) history: Vec<WireLog>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireNotice {
    pub(super) version: u32,
    pub(super) at_ms: i64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireDose {
    pub(super) sets: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) seconds: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) reps: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) rep_s: Option<u8>,
    #[serde(default)]
    pub(super) hold_s: u8,
    pub(super) rest_s: u16,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireStep {
    pub(super) exercise: String,
    pub(super) dose: WireDose,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireRoutine {
    pub(super) name: String,
    pub(super) steps: Vec<WireStep>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireTiming {
    pub(super) status: String,
    pub(super) index: usize,
    pub(super) segment_start_ms: i64,
    pub(super) extra_ms: i64,
    pub(super) paused_at_ms: Option<i64>,
    pub(super) started_at_ms: i64,
    pub(super) paused_total_ms: i64,
    pub(super) finished_at_ms: Option<i64>,
    pub(super) stopped_early: bool,
    pub(super) done_ms: Vec<i64>,
    pub(super) completed: Vec<bool>,
    pub(super) last_ms: i64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireActive {
    pub(super) routine: WireRoutine,
    pub(super) timing: WireTiming,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireExerciseLog {
    pub(super) exercise: String,
    pub(super) name: String,
    pub(super) planned_sets: u8,
    pub(super) done_sets: u8,
    pub(super) planned_work_s: u32,
    pub(super) done_work_s: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireLog {
    pub(super) routine: String,
    pub(super) started_at_ms: i64,
    pub(super) active_ms: i64,
    pub(super) stopped_early: bool,
    pub(super) exercises: Vec<WireExerciseLog>,
}

/// Version 3 on the wire: adds her profile, plan, safety record, thresholds and the
/// comfort reports of each session.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireV3 {
    pub(super) version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) notice: Option<WireNotice>,
    #[serde(default)]
    pub(super) cues: WireCues,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) active: Option<WireActiveV3>,
    #[serde(default)]
    pub(super) history: Vec<WireLogV3>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) profile: Option<WireProfile>,
    #[serde(default)]
    pub(super) plan: WirePlan,
    #[serde(default)]
    pub(super) safety: WireSafety,
    #[serde(default)]
    pub(super) thresholds: Option<WireThresholds>,
    #[serde(default)]
    pub(super) target_min: Option<u8>,
    /// Routines from a physiotherapist, each kept as its share code.
    #[serde(default)]
    pub(super) imported: Vec<WireImported>,
    /// The physiotherapist's unfinished routine, as a share code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) physio_draft: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireImported {
    pub(super) code: String,
    pub(super) imported_at_ms: i64,
    pub(super) as_plan: bool,
    pub(super) cleared_above_stage: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireActiveV3 {
    pub(super) routine: WireRoutine,
    pub(super) timing: WireTiming,
    /// Format 4: what started the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) before_pain: Option<u8>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireLogV3 {
    pub(super) routine: String,
    pub(super) started_at_ms: i64,
    pub(super) active_ms: i64,
    pub(super) stopped_early: bool,
    pub(super) exercises: Vec<WireExerciseLog>,
    #[serde(default)]
    pub(super) comfort: WireComfort,
    /// Format 4: what started the session (`Start`'s text form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) start: Option<String>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct WireComfort {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) after: Option<WireAfter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) morning: Option<WireMorning>,
    #[serde(default)]
    pub(super) morning_skipped: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireAfter {
    pub(super) worst_pain: u8,
    pub(super) effort: String,
    #[serde(default)]
    pub(super) note: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireMorning {
    pub(super) compare: String,
    pub(super) pain: u8,
    pub(super) at_ms: i64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireProfile {
    /// Either `birth_day` (days since 1970-01-01) or `weeks_ago` + `recorded_at_ms`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) birth_day: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) weeks_ago: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) recorded_at_ms: Option<i64>,
    pub(super) delivery: String,
    pub(super) severe_tear: bool,
    pub(super) epidural: bool,
    pub(super) pain_sites: Vec<String>,
    pub(super) pregnancy_back_pain: bool,
    pub(super) activity: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) cleared_at_ms: Option<i64>,
    #[serde(default)]
    pub(super) emergency_number: String,
    #[serde(default)]
    pub(super) care_contact: String,
    /// Format 4: her usual resting back pain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) usual_pain: Option<u8>,
    /// Format 4: it hurts when she lifts the baby.
    #[serde(default)]
    pub(super) lifting_pain: bool,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePlan {
    pub(super) items: Vec<WirePlanItem>,
    pub(super) streak: u8,
    pub(super) applied_through_ms: i64,
    #[serde(default)]
    pub(super) notes: Vec<WirePlanNote>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePlanNote {
    pub(super) exercise: String,
    pub(super) text: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePlanItem {
    pub(super) exercise: String,
    pub(super) dose_step: i8,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct WireSafety {
    pub(super) events: Vec<WireSafetyEvent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) paused_since_ms: Option<i64>,
    #[serde(default)]
    pub(super) resumed_at_ms: Vec<i64>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireSafetyEvent {
    pub(super) at_ms: i64,
    pub(super) tier: String,
    pub(super) flags: Vec<String>,
    pub(super) during_session: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireThresholds {
    pub(super) comfortable_max: u8,
    pub(super) acceptable_max: u8,
    pub(super) sessions_to_progress: u8,
    pub(super) tear_weeks: u8,
    /// Format 4 (defaults for earlier ones).
    #[serde(default)]
    pub(super) morning_margin: u8,
    #[serde(default = "default_away_days")]
    pub(super) away_days: u16,
    #[serde(default = "default_away_days_two")]
    pub(super) away_days_two: u16,
}

fn default_away_days() -> u16 {
    crate::domain::settings::Thresholds::default().away_days
}

fn default_away_days_two() -> u16 {
    crate::domain::settings::Thresholds::default().away_days_two
}

/// Version 4 on the wire: the plan keeps each item's own history and its changes as
/// codes with their numbers (no sentences); sessions say what started them; the
/// profile adds her usual pain and pain when lifting.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireV4 {
    pub(super) version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) notice: Option<WireNotice>,
    #[serde(default)]
    pub(super) cues: WireCues,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) active: Option<WireActiveV3>,
    #[serde(default)]
    pub(super) history: Vec<WireLogV3>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) profile: Option<WireProfile>,
    #[serde(default)]
    pub(super) plan: WirePlanV4,
    #[serde(default)]
    pub(super) safety: WireSafety,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) thresholds: Option<WireThresholds>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) target_min: Option<u8>,
    #[serde(default)]
    pub(super) imported: Vec<WireImported>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) physio_draft: Option<String>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePlanV4 {
    pub(super) items: Vec<WirePlanItemV4>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) started_ms: Option<i64>,
    #[serde(default)]
    pub(super) changes: Vec<WireChange>,
    #[serde(default)]
    pub(super) imported: Vec<WireImportedProgress>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WirePlanItemV4 {
    pub(super) exercise: String,
    pub(super) dose_step: i8,
    #[serde(default)]
    pub(super) streak: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) last_done_ms: Option<i64>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireImportedProgress {
    pub(super) imported_at_ms: i64,
    pub(super) items: Vec<WirePlanItemV4>,
}

/// One change as a code with its numbers: `reason` is a key, `n` its numbers in order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireChange {
    pub(super) at_ms: i64,
    pub(super) from: String,
    pub(super) from_step: i8,
    pub(super) to: String,
    pub(super) to_step: i8,
    pub(super) verdict: String,
    pub(super) reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) n: Vec<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) routine: Option<i64>,
}
