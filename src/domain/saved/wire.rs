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
