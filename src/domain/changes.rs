//! What each thing she does changes in her data: one method on `AppData` per action of
//! the app's reducer, each returning whether anything changed (so the reducer saves
//! only then). Pure and host-tested; the reducer only routes actions to these and
//! settles the plan.

use super::comfort::{AfterReport, MorningReport, PainScore};
use super::history::{fold, SessionLog, MAX_LOGS};
use super::imported::ImportedRoutine;
use super::profile::Profile;
use super::running::{self, Answer};
use super::safety::{Moment, RedFlag};
use super::saved::{AppData, NoticeAck};
use super::session::ActiveSession;
use super::settings::{CueSettings, Thresholds};
use super::share::SharedRoutine;

/// The shortest routine length she can choose, in minutes.
pub const MIN_TARGET_MIN: u8 = super::planner::MIN_TARGET_MIN;
/// The longest routine length she can choose, in minutes.
pub const MAX_TARGET_MIN: u8 = super::planner::MAX_TARGET_MIN;

impl AppData {
    /// She acknowledged the first-run notice at `at_ms`.
    pub fn acknowledge_notice(&mut self, at_ms: i64) -> bool {
        self.notice = Some(NoticeAck::current(at_ms));
        true
    }

    /// A session began or a command changed it: keep its timestamps. A command
    /// re-saves only the timing, so the before-pain and the start given when it began
    /// stay.
    pub fn save_session(&mut self, active: ActiveSession) -> bool {
        let old = self
            .active
            .as_ref()
            .filter(|a| a.timing.started_at_ms == active.timing.started_at_ms);
        let before = active.before.or_else(|| old.and_then(|a| a.before));
        let start = active
            .start
            .clone()
            .or_else(|| old.and_then(|a| a.start.clone()));
        self.active = Some(active.with_before(before).with_start(start));
        true
    }

    /// A session ended: log it (with the before-pain and start its running session
    /// kept) and clear the running session; a carer's practice is only cleared. Past `MAX_LOGS` logs, the oldest weeks are
    /// folded into weekly totals.
    pub fn finish_session(&mut self, mut log: SessionLog) -> bool {
        if let Some(active) = self.active.take() {
            // A carer's practice ends without a trace in her history.
            if active.is_carers() {
                return true;
            }
            if active.timing.started_at_ms == log.started_at_ms {
                log.comfort.before = active.before;
                log.start = active.start;
            }
        }
        self.history.push(log);
        fold(&mut self.history, &mut self.folded_weeks, MAX_LOGS);
        true
    }

    /// A new session starts; one still running (`stopped`, already stopped and turned
    /// into its log) is logged first, in the same change, so nothing is lost between.
    pub fn start_session(&mut self, stopped: Option<SessionLog>, active: ActiveSession) -> bool {
        if let Some(log) = stopped {
            self.finish_session(log);
        }
        self.active = Some(active);
        true
    }

    /// Throw away a session that cannot be resumed.
    pub fn discard_session(&mut self) -> bool {
        self.active.take().is_some()
    }

    pub fn set_cues(&mut self, cues: CueSettings) -> bool {
        let changed = self.cues != cues;
        self.cues = cues;
        changed
    }

    pub fn save_profile(&mut self, profile: Profile) -> bool {
        let changed = self.profile.as_ref() != Some(&profile);
        self.profile = Some(profile);
        changed
    }

    /// Red flags ticked before or during a session: recorded, and the plan paused.
    /// Nothing ticked records nothing.
    pub fn record_red_flags(&mut self, flags: &[RedFlag], moment: Moment, at_ms: i64) -> bool {
        self.safety.record(flags, moment, at_ms).is_some()
    }

    /// "I've been checked and can continue."
    pub fn resume_plan(&mut self, at_ms: i64) -> bool {
        let paused = self.safety.is_paused();
        self.safety.resume(at_ms);
        paused
    }

    /// The report straight after the session that started at `started_at_ms`.
    pub fn after_report(&mut self, started_at_ms: i64, report: AfterReport) -> bool {
        match self.log_mut(started_at_ms) {
            Some(log) => {
                log.comfort.after = Some(report);
                true
            }
            None => false,
        }
    }

    /// The next-morning check for that session (`None`: she skipped it), and her usual
    /// pain when she gave it (asked when nothing was known).
    pub fn morning_report(
        &mut self,
        started_at_ms: i64,
        report: Option<MorningReport>,
        usual_pain: Option<PainScore>,
    ) -> bool {
        let mut changed = false;
        if let Some(log) = self.log_mut(started_at_ms) {
            log.comfort.morning_skipped = report.is_none();
            log.comfort.morning = report;
            changed = true;
        }
        if let (Some(pain), Some(profile)) = (usual_pain, self.profile.as_mut()) {
            profile.usual_pain = Some(pain);
            changed = true;
        }
        changed
    }

    /// New pain thresholds, taken only when they pass `Thresholds::check`.
    pub fn set_thresholds(&mut self, thresholds: Thresholds) -> bool {
        if thresholds.check().is_err() || thresholds == self.thresholds {
            return false;
        }
        self.thresholds = thresholds;
        true
    }

    /// Today's routine length, kept within `MIN_TARGET_MIN..=MAX_TARGET_MIN`.
    pub fn set_target_min(&mut self, minutes: u8) -> bool {
        let minutes = minutes.clamp(MIN_TARGET_MIN, MAX_TARGET_MIN);
        let changed = self.target_min != minutes;
        self.target_min = minutes;
        changed
    }

    /// The physiotherapist's draft changed (`None`: cleared).
    pub fn save_draft(&mut self, draft: Option<SharedRoutine>) -> bool {
        let changed = self.physio_draft != draft;
        self.physio_draft = draft;
        changed
    }

    /// She kept a shared routine. One from the same person with the same name is
    /// replaced (an update); as her plan, it becomes the only plan routine.
    pub fn import(&mut self, imported: ImportedRoutine) -> bool {
        self.imported.retain(|i| !i.same_source(&imported.routine));
        if imported.as_plan {
            for other in &mut self.imported {
                other.as_plan = false;
            }
        }
        self.imported.push(imported);
        true
    }

    /// Stop following a routine from her physiotherapist.
    pub fn remove_imported(&mut self, imported_at_ms: i64) -> bool {
        let before = self.imported.len();
        self.imported.retain(|i| i.imported_at_ms != imported_at_ms);
        self.imported.len() != before
    }

    /// Forget everything she saved (after she confirmed).
    pub fn erase_all(&mut self) -> bool {
        *self = AppData::default();
        true
    }

    fn log_mut(&mut self, started_at_ms: i64) -> Option<&mut SessionLog> {
        self.history
            .iter_mut()
            .rev()
            .find(|l| l.started_at_ms == started_at_ms)
    }

    /// She begins a return-to-running check at `at_ms` (her local offset `offset_min`):
    /// only when it is offered then (from 12 weeks, with a profile, not paused) and no
    /// symptom stopped one in the day before. A check she left unfinished is replaced.
    pub fn begin_run_check(&mut self, at_ms: i64, offset_min: i32) -> bool {
        if running::offer_now(self, at_ms, offset_min) != running::Offer::Open
            || running::wait_until(&self.run_checks, at_ms).is_some()
        {
            return false;
        }
        self.run_checks = running::begin(&self.run_checks, at_ms);
        true
    }

    /// Her answer for one test of the check in progress (none in progress: nothing).
    pub fn answer_run_test(&mut self, answer: Answer) -> bool {
        let next = running::record(&self.run_checks, answer);
        let changed = next != self.run_checks;
        self.run_checks = next;
        changed
    }
}
