//! The saved document: everything the app keeps for her, as one versioned JSON value.
//!
//! Owns the wire format (types apart from the domain types), parsing, writing and the
//! migrations from every earlier version. It never touches storage itself: the browser
//! layer hands it strings and stores the strings it returns. Every value read back is
//! validated as if it came from a stranger: storage can be edited by anyone.

use thiserror::Error;

use super::history::{fold, SessionLog, WeekSummary, MAX_LOGS};
use super::imported::ImportedRoutine;
use super::json::{self, Value};
use super::profile::Profile;
use super::progression::PlanState;
use super::running::RunCheck;
use super::safety::SafetyState;
use super::session::ActiveSession;
use super::settings::{CueSettings, Thresholds};
use super::share::{self, Shared, SharedRoutine};

mod personal;
mod plan;
mod read;
mod read_session;
mod running;
mod sessions;
mod wire;
mod write;
mod write_session;

use sessions::{
    active_from_wire, ids_from_wire, log_from_wire, log_to_wire, log_v4_to_v5, routine_to_wire,
    timing_to_wire, week_to_wire, weeks_from_wire, IdList,
};

use personal::{
    profile_from_wire, profile_to_wire, safety_from_wire, safety_to_wire, thresholds_from_wire,
    thresholds_to_wire,
};
use plan::{plan_from_wire, plan_to_wire, plan_v3_to_v4};
use wire::{
    WireActiveV3, WireComfort, WireCues, WireImported, WireLogV3, WireNotice, WirePlan, WireSafety,
    WireV1, WireV2, WireV3, WireV4, WireV6,
};

/// The schema version this build writes. Every earlier version keeps loading.
pub const CURRENT_VERSION: u32 = 6;

/// Default length of today's routine, in minutes (10–20 allowed).
pub const DEFAULT_TARGET_MIN: u8 = 15;

/// Version of the first-run notice text. Raising it shows the notice again.
pub const NOTICE_VERSION: u32 = 1;

/// Why a stored string could not become app data.
#[derive(Debug, Error, PartialEq)]
pub enum SavedError {
    /// Not JSON, not an object, no usable version, or fields of the wrong shape.
    #[error("the saved data is damaged: {0}")]
    Corrupt(String),
    /// Written by a newer build; this build must not write over it.
    #[error("the saved data comes from a newer version of the app (format {found})")]
    NewerVersion { found: u32 },
}

/// Her acknowledgment of the first-run notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoticeAck {
    /// Which notice text she acknowledged.
    pub version: u32,
    /// When, in milliseconds since the Unix epoch.
    pub at_ms: i64,
}

impl NoticeAck {
    /// Acknowledged now, of this version's text.
    pub fn current(at_ms: i64) -> Self {
        NoticeAck {
            version: NOTICE_VERSION,
            at_ms,
        }
    }

    /// As the first visit's page keeps it before she has a document ("version,at_ms").
    pub fn to_record(self) -> String {
        format!("{},{}", self.version, self.at_ms)
    }

    /// Read back from `to_record`; `None` for anything else.
    pub fn from_record(record: &str) -> Option<Self> {
        let (version, at_ms) = record.split_once(',')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(version) || !digits(at_ms.strip_prefix('-').unwrap_or(at_ms)) {
            return None;
        }
        Some(NoticeAck {
            version: version.parse().ok()?,
            at_ms: at_ms.parse().ok()?,
        })
    }
}

/// Everything the app keeps, in domain form.
#[derive(Clone, Debug, PartialEq)]
pub struct AppData {
    pub notice: Option<NoticeAck>,
    pub cues: CueSettings,
    /// The session in progress, saved as timestamps so a reload resumes it.
    pub active: Option<ActiveSession>,
    /// Finished sessions, oldest first.
    pub history: Vec<SessionLog>,
    /// The oldest sessions, folded out of `history` into weekly totals once it passed
    /// `history::MAX_LOGS` logs (see `history::fold`): oldest first, one per week (a
    /// UTC week, by its Monday), each week older than every session still in
    /// `history`, and counting only sessions no longer there. Empty until she has
    /// logged more than `MAX_LOGS` sessions (two and three-quarter years of daily
    /// ones). The same week from two devices that each folded it may count the same
    /// sessions: adding the two would count them twice. A session of a folded week
    /// put back into `history` joins its week at the next `history::fold`.
    pub folded_weeks: Vec<WeekSummary>,
    /// Her profile, once she has filled it in (or skipped it).
    pub profile: Option<Profile>,
    /// Her plan as last settled (see `settle`), with its changes as data.
    pub plan: PlanState,
    pub safety: SafetyState,
    pub thresholds: Thresholds,
    /// Length of today's routine, 10–20 minutes.
    pub target_min: u8,
    /// Routines from a physiotherapist that she kept.
    pub imported: Vec<ImportedRoutine>,
    /// A physiotherapist's routine being built on this device.
    pub physio_draft: Option<SharedRoutine>,
    /// Her return-to-running checks, oldest first (at most `running::MAX_CHECKS`).
    pub run_checks: Vec<RunCheck>,
}

impl Default for AppData {
    fn default() -> Self {
        AppData {
            notice: None,
            cues: CueSettings::default(),
            active: None,
            history: Vec::new(),
            folded_weeks: Vec::new(),
            profile: None,
            plan: PlanState::default(),
            safety: SafetyState::default(),
            thresholds: Thresholds::default(),
            target_min: DEFAULT_TARGET_MIN,
            imported: Vec::new(),
            physio_draft: None,
            run_checks: Vec::new(),
        }
    }
}

impl AppData {
    /// True when the current notice text still needs her acknowledgment.
    pub fn needs_notice(&self) -> bool {
        self.notice.is_none_or(|ack| ack.version < NOTICE_VERSION)
    }
}

/// Parses a stored document of any known version into app data.
pub fn from_json(raw: &str) -> Result<AppData, SavedError> {
    let value = json::parse(raw).map_err(|e| SavedError::Corrupt(format!("not JSON ({e})")))?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| SavedError::Corrupt("no version number".into()))?;
    let version =
        u32::try_from(version).map_err(|_| SavedError::Corrupt("version out of range".into()))?;
    let wire = match version {
        0 => return Err(SavedError::Corrupt("version 0 was never written".into())),
        1 => migrate_v4(migrate_v3(migrate_v2(migrate_v1(
            read::v1(&value).map_err(in_format(1))?,
        )))),
        2 => migrate_v4(migrate_v3(migrate_v2(
            read::v2(&value).map_err(in_format(2))?,
        ))),
        3 => migrate_v4(migrate_v3(read::v3(&value).map_err(in_format(3))?)),
        4 => migrate_v4(read::v4(&value).map_err(in_format(4))?),
        5 => read::v5(&value).map_err(in_format(5))?,
        6 => read::v6(&value).map_err(in_format(6))?,
        found => return Err(SavedError::NewerVersion { found }),
    };
    domain_from_v5(wire)
}

/// A document of `version` that is JSON but not of that version's shape, for example
/// "format 3: history[2].exercises: expected an array".
fn in_format(version: u32) -> impl Fn(json::Error) -> SavedError {
    move |e| SavedError::Corrupt(format!("format {version}: {e}"))
}

/// Version 1 held only the notice; everything else starts at its default.
fn migrate_v1(v1: WireV1) -> WireV2 {
    WireV2 {
        notice: v1.notice,
        cues: WireCues::default(),
        active: None,
        history: Vec::new(),
    }
}

/// Version 2 had no profile, plan, safety record or comfort reports.
fn migrate_v2(v2: WireV2) -> WireV3 {
    WireV3 {
        notice: v2.notice,
        cues: v2.cues,
        active: v2.active.map(|a| WireActiveV3 {
            routine: a.routine,
            timing: a.timing,
            before_pain: None,
            start: None,
        }),
        history: v2
            .history
            .into_iter()
            .map(|l| WireLogV3 {
                routine: l.routine,
                started_at_ms: l.started_at_ms,
                active_ms: l.active_ms,
                stopped_early: l.stopped_early,
                exercises: l.exercises,
                comfort: WireComfort::default(),
                start: None,
            })
            .collect(),
        profile: None,
        plan: WirePlan::default(),
        safety: WireSafety::default(),
        thresholds: None,
        target_min: None,
        imported: Vec::new(),
        physio_draft: None,
    }
}

/// Version 3 kept the plan's changes as English sentences and one streak for the whole
/// plan: the sentences go (they are rebuilt from her history), the rest carries over.
fn migrate_v3(v3: WireV3) -> WireV4 {
    WireV4 {
        notice: v3.notice,
        cues: v3.cues,
        active: v3.active,
        history: v3.history,
        profile: v3.profile,
        plan: plan_v3_to_v4(v3.plan),
        safety: v3.safety,
        thresholds: v3.thresholds,
        target_min: v3.target_min,
        imported: v3.imported,
        physio_draft: v3.physio_draft,
    }
}

/// Version 4 wrote each exercise of a log with its name and its figures as an object:
/// the names go (the library has them, by id), the ids are listed once and each log
/// refers to them by position. Nothing had been folded yet.
fn migrate_v4(v4: WireV4) -> WireV6 {
    let mut ids = IdList::default();
    let history = v4
        .history
        .into_iter()
        .map(|l| log_v4_to_v5(l, &mut ids))
        .collect();
    WireV6 {
        notice: v4.notice,
        cues: v4.cues,
        active: v4.active,
        exercise_ids: ids.into_ids(),
        history,
        folded_weeks: Vec::new(),
        profile: v4.profile,
        plan: v4.plan,
        safety: v4.safety,
        thresholds: v4.thresholds,
        target_min: v4.target_min,
        imported: v4.imported,
        physio_draft: v4.physio_draft,
        run_checks: Vec::new(),
    }
}

/// Writes app data as the current version.
pub fn to_json(data: &AppData) -> String {
    let mut ids = IdList::default();
    let history = data
        .history
        .iter()
        .map(|l| log_to_wire(l, &mut ids))
        .collect();
    let wire = WireV6 {
        notice: data.notice.map(|n| WireNotice {
            version: n.version,
            at_ms: n.at_ms,
        }),
        cues: cues_to_wire(data.cues),
        // A carer's practice (from a carer's link) is never kept: it is not hers.
        active: data
            .active
            .as_ref()
            .filter(|a| !a.is_carers())
            .map(|a| WireActiveV3 {
                routine: routine_to_wire(&a.routine),
                timing: timing_to_wire(&a.timing),
                before_pain: a.before.map(|p| p.value()),
                start: a.start.as_ref().map(ToString::to_string),
            }),
        exercise_ids: ids.into_ids(),
        history,
        folded_weeks: data.folded_weeks.iter().map(week_to_wire).collect(),
        profile: data.profile.as_ref().map(profile_to_wire),
        plan: plan_to_wire(&data.plan),
        safety: safety_to_wire(&data.safety),
        thresholds: Some(thresholds_to_wire(data.thresholds)),
        target_min: Some(data.target_min),
        imported: data.imported.iter().map(imported_to_wire).collect(),
        physio_draft: data
            .physio_draft
            .as_ref()
            .map(|r| share::encode(&Shared::Routine(r.clone()))),
        run_checks: data.run_checks.iter().map(running::check_to_wire).collect(),
    };
    write::document(&wire)
}

pub(crate) fn corrupt(what: &str) -> SavedError {
    SavedError::Corrupt(what.to_owned())
}

/// The app data a format 5 or 6 document holds. A log longer than `MAX_LOGS` (as a format
/// 4 document could hold) has its oldest weeks folded, as a new session would.
fn domain_from_v5(wire: WireV6) -> Result<AppData, SavedError> {
    let active = wire.active.map(active_from_wire).transpose()?;
    let ids = ids_from_wire(wire.exercise_ids)?;
    let mut history = wire
        .history
        .into_iter()
        .map(|l| log_from_wire(l, &ids))
        .collect::<Result<Vec<_>, _>>()?;
    let mut folded_weeks = weeks_from_wire(wire.folded_weeks)?;
    fold(&mut history, &mut folded_weeks, MAX_LOGS);
    Ok(AppData {
        notice: wire.notice.map(|n| NoticeAck {
            version: n.version,
            at_ms: n.at_ms,
        }),
        cues: CueSettings {
            speech: wire.cues.speech,
            beeps: wire.cues.beeps,
            vibration: wire.cues.vibration,
            flash: wire.cues.flash,
        },
        active,
        history,
        folded_weeks,
        profile: wire.profile.map(profile_from_wire).transpose()?,
        plan: plan_from_wire(wire.plan)?,
        safety: safety_from_wire(wire.safety)?,
        thresholds: wire
            .thresholds
            .map(thresholds_from_wire)
            .transpose()?
            .unwrap_or_default(),
        target_min: match wire.target_min {
            None => DEFAULT_TARGET_MIN,
            Some(m) if (5..=30).contains(&m) => m,
            Some(_) => return Err(corrupt("the routine length is out of range")),
        },
        imported: wire
            .imported
            .into_iter()
            .map(imported_from_wire)
            .collect::<Result<Vec<_>, _>>()?,
        physio_draft: wire.physio_draft.as_deref().map(routine_code).transpose()?,
        run_checks: running::checks_from_wire(wire.run_checks)?,
    })
}

/// A stored share code that must hold a routine.
fn routine_code(code: &str) -> Result<SharedRoutine, SavedError> {
    match share::decode(code) {
        Ok(Shared::Routine(r)) => Ok(r),
        Ok(Shared::Summary(_)) => Err(corrupt("a stored routine is a summary")),
        Ok(Shared::Carer(_)) => Err(corrupt("a stored routine is a carer's link")),
        Err(e) => Err(SavedError::Corrupt(format!("a stored routine: {e}"))),
    }
}

fn imported_to_wire(i: &ImportedRoutine) -> WireImported {
    WireImported {
        code: share::encode(&Shared::Routine(i.routine.clone())),
        imported_at_ms: i.imported_at_ms,
        as_plan: i.as_plan,
        cleared_above_stage: i.cleared_above_stage,
    }
}

fn imported_from_wire(w: WireImported) -> Result<ImportedRoutine, SavedError> {
    Ok(ImportedRoutine {
        routine: routine_code(&w.code)?,
        imported_at_ms: w.imported_at_ms,
        as_plan: w.as_plan,
        cleared_above_stage: w.cleared_above_stage,
    })
}

fn cues_to_wire(c: CueSettings) -> WireCues {
    WireCues {
        speech: c.speech,
        beeps: c.beeps,
        vibration: c.vibration,
        flash: c.flash,
    }
}
