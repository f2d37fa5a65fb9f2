//! The app-wide state: her data, whether it can be saved, and the notices on screen.
//!
//! One reducer behind a context. Reducers never read the clock or storage: actions
//! carry timestamps, and the `App` component saves whenever `revision` moves.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalog::Catalog;
use crate::domain::comfort::{AfterReport, MorningReport, PainScore};
use crate::domain::history::SessionLog;
use crate::domain::imported::ImportedRoutine;
use crate::domain::merge;
use crate::domain::profile::Profile;
use crate::domain::running::Answer;
use crate::domain::safety::{Moment, RedFlag};
use crate::domain::saved::AppData;
use crate::domain::session::ActiveSession;
use crate::domain::settings::{CueSettings, Thresholds};
use crate::domain::settle::settled_plan;
use crate::domain::share::SharedRoutine;
use crate::domain::text::Msg;
use crate::web::storage::{Opened, SaveMode, StorageProblem};

/// A message shown until she dismisses it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    /// What it says, shown in her language.
    pub text: Msg,
    /// The storage problem it reports, so the same problem is not listed twice.
    pub problem: Option<StorageProblem>,
}

/// The time as the app was last told it: actions never read the clock themselves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    pub now_ms: i64,
    /// Her local offset from UTC, in minutes.
    pub offset_min: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: AppData,
    /// Bumped on every change that should be saved.
    pub revision: u64,
    pub mode: SaveMode,
    pub notices: Vec<Notice>,
    next_notice: u32,
    /// A shared link's code that arrived in this tab (never saved). Kept here because
    /// the code is taken out of the address bar as soon as it is read.
    pub incoming: Option<AttrValue>,
    /// The latest time the app was told; the plan is settled at it.
    pub clock: Clock,
}

pub enum Action {
    /// She acknowledged the first-run notice at `at_ms`.
    AcknowledgeNotice {
        at_ms: i64,
    },
    DismissNotice(u32),
    /// Storage reported a problem while the app was running.
    Storage(StorageProblem),
    /// Another tab saved (`theirs`) over what this tab last read or wrote (`base`):
    /// adopt theirs, merged with any change of this tab's own (`merge::three_way`).
    ExternalChange {
        base: Box<AppData>,
        theirs: Box<AppData>,
    },
    /// Saving found another tab's newer document and wrote the merge of both: adopt it
    /// (it is already saved).
    Merged(Box<AppData>),
    /// Forget everything she saved (after she confirmed and the storage layer removed
    /// every key): the app starts over, and writes nothing until she does something.
    EraseAll,
    /// Her data from a backup file: merged with what was here, or replacing it (what was
    /// here having been kept aside first).
    Restore(Box<AppData>),
    /// A session began or changed (a command, not a tick): keep its timestamps.
    SaveSession(ActiveSession),
    /// A session starts: the one still running (stopped, as its log) is logged and the
    /// new one saved, in one change.
    StartSession {
        stopped: Option<SessionLog>,
        active: ActiveSession,
    },
    /// A session ended: log it and clear the running session.
    FinishSession(SessionLog),
    /// Throw away a session that cannot be resumed.
    DiscardSession,
    SetCues(CueSettings),
    SaveProfile(Box<Profile>),
    /// Red flags ticked before or during a session: record, pause the plan.
    RedFlags {
        flags: Vec<RedFlag>,
        moment: Moment,
        at_ms: i64,
    },
    /// "I've been checked and can continue."
    ResumePlan {
        at_ms: i64,
    },
    /// The report straight after the session that started at `started_at_ms`.
    AfterReport {
        started_at_ms: i64,
        report: AfterReport,
    },
    /// The next-morning check for that session (`None`: she skipped it), with her
    /// usual pain when nothing was known before.
    MorningReport {
        started_at_ms: i64,
        report: Option<MorningReport>,
        usual_pain: Option<PainScore>,
    },
    /// Bring the plan up to date at this time: on start, when the page becomes
    /// visible again, and at the first moment after her local midnight.
    Settle(Clock),
    SetThresholds(Thresholds),
    SetTargetMin(u8),
    /// The physiotherapist's draft changed (`None`: cleared).
    SaveDraft(Option<Box<SharedRoutine>>),
    /// She confirmed a shared routine. One from the same person with the same name is
    /// replaced (an update); as her plan, it becomes the only plan routine.
    Import(Box<ImportedRoutine>),
    /// A shared link arrived; its code is held for the `/shared` page.
    Incoming(AttrValue),
    /// Stop following a routine from her physiotherapist.
    RemoveImported {
        imported_at_ms: i64,
    },
    /// She begins the return-to-running check at `at_ms`.
    BeginRunCheck {
        at_ms: i64,
    },
    /// Her answer for one test of the running check.
    AnswerRunTest(Answer),
}

impl Action {
    /// True when the action can change what the plan is settled from (her history,
    /// reports, profile, safety record, thresholds, kept routines or the clock). The
    /// others (a player command, cue settings, notices) leave the plan as it is, so
    /// the reducer does not replay her history for them.
    fn moves_plan(&self) -> bool {
        matches!(
            self,
            Action::Settle(_)
                | Action::FinishSession(_)
                | Action::StartSession { .. }
                | Action::AfterReport { .. }
                | Action::MorningReport { .. }
                | Action::SaveProfile(_)
                | Action::RedFlags { .. }
                | Action::ResumePlan { .. }
                | Action::SetThresholds(_)
                | Action::Import(_)
                | Action::RemoveImported { .. }
                | Action::BeginRunCheck { .. }
                | Action::AnswerRunTest(_)
                | Action::EraseAll
                | Action::Restore(_)
                | Action::ExternalChange { .. }
                | Action::Merged(_)
        )
    }
}

impl AppState {
    /// The state for freshly opened data, settled at `clock` so the first screen (Today,
    /// the check page or a start link) already shows the plan brought up to date.
    pub fn from_opened(opened: Opened, clock: Clock) -> Self {
        let mut state = AppState {
            data: opened.data,
            revision: 0,
            mode: opened.mode,
            notices: Vec::new(),
            next_notice: 1,
            incoming: None,
            clock,
        };
        for problem in opened.problems {
            state.push_problem(problem);
        }
        if state.resettle() {
            state.changed();
        }
        state
    }

    /// Settles the plan at the latest clock; true when anything changed.
    fn resettle(&mut self) -> bool {
        let plan = settled_plan(
            &self.data,
            self.clock.now_ms,
            self.clock.offset_min,
            Catalog::builtin(),
        );
        match plan {
            Some(plan) if plan != self.data.plan => {
                self.data.plan = plan;
                true
            }
            _ => false,
        }
    }

    /// Moves the clock forward to `at_ms` (never back).
    fn saw(&mut self, at_ms: i64) {
        self.clock.now_ms = self.clock.now_ms.max(at_ms);
    }

    fn push_problem(&mut self, problem: StorageProblem) {
        if self
            .notices
            .iter()
            .any(|n| n.problem.as_ref() == Some(&problem))
        {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            text: problem.message(),
            problem: Some(problem),
        });
        self.next_notice += 1;
    }

    /// An informational notice; the same words are listed once, however often they
    /// apply (another tab may save many times while this one is open).
    fn push_text(&mut self, text: Msg) {
        if self.notices.iter().any(|n| n.text == text) {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            text,
            problem: None,
        });
        self.next_notice += 1;
    }

    fn changed(&mut self) {
        self.revision += 1;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let settles = action.moves_plan();
        let mut adopt = false;
        let data = &mut next.data;
        let changed = match action {
            Action::AcknowledgeNotice { at_ms } => data.acknowledge_notice(at_ms),
            Action::DismissNotice(id) => {
                next.notices.retain(|n| n.id != id);
                false
            }
            Action::Storage(problem) => {
                next.push_problem(problem);
                false
            }
            Action::ExternalChange { base, theirs } => {
                let merged = merge::three_way(&base, &next.data, &theirs);
                if merged == next.data {
                    return self;
                }
                // Theirs as it was saved needs no saving back; a merge with a change of
                // this tab's own does.
                let own = merged != *theirs;
                next.data = merged;
                next.push_text(Msg::NoticeOtherTab);
                adopt = !own;
                own
            }
            Action::Merged(merged) => {
                // Already saved; settled below, as it joins two tabs' histories.
                next.data = *merged;
                false
            }
            Action::SaveSession(active) => data.save_session(active),
            Action::StartSession { stopped, active } => data.start_session(stopped, active),
            Action::FinishSession(log) => {
                let end = log.started_at_ms + log.active_ms;
                let changed = data.finish_session(log);
                next.saw(end);
                changed
            }
            Action::DiscardSession => data.discard_session(),
            Action::SetCues(cues) => data.set_cues(cues),
            Action::SaveProfile(profile) => data.save_profile(*profile),
            Action::RedFlags {
                flags,
                moment,
                at_ms,
            } => {
                let changed = data.record_red_flags(&flags, moment, at_ms);
                next.saw(at_ms);
                changed
            }
            Action::ResumePlan { at_ms } => {
                let changed = data.resume_plan(at_ms);
                next.saw(at_ms);
                changed
            }
            Action::AfterReport {
                started_at_ms,
                report,
            } => data.after_report(started_at_ms, report),
            Action::MorningReport {
                started_at_ms,
                report,
                usual_pain,
            } => {
                let changed = data.morning_report(started_at_ms, report, usual_pain);
                if let Some(m) = report {
                    next.saw(m.at_ms);
                }
                changed
            }
            Action::Settle(clock) => {
                next.clock = clock;
                false
            }
            Action::SetThresholds(thresholds) => data.set_thresholds(thresholds),
            Action::SetTargetMin(minutes) => data.set_target_min(minutes),
            Action::SaveDraft(draft) => data.save_draft(draft.map(|d| *d)),
            Action::Import(imported) => data.import(*imported),
            Action::Incoming(code) => {
                if next.incoming.as_ref() == Some(&code) {
                    return self;
                }
                next.incoming = Some(code);
                false
            }
            Action::RemoveImported { imported_at_ms } => data.remove_imported(imported_at_ms),
            Action::BeginRunCheck { at_ms } => data.begin_run_check(at_ms, self.clock.offset_min),
            Action::AnswerRunTest(answer) => data.answer_run_test(answer),
            Action::EraseAll => {
                data.erase_all();
                // The keys are gone; writing a fresh document back would leave one.
                next.revision = self.revision;
                return Rc::new(next);
            }
            Action::Restore(restored) => {
                if *restored == *data {
                    false
                } else {
                    *data = *restored;
                    true
                }
            }
        };
        if changed {
            next.changed();
        }
        // Every change to what the plan rests on (and every new clock) settles it, here
        // in the reducer, so no page decides when the plan moves. Data adopted from
        // another tab was settled there.
        if settles && !adopt && next.resettle() {
            next.changed();
        }
        // Nothing changed: keep the same state so nothing re-renders (compared only when
        // nothing bumped the revision, to spare a long history the comparison).
        if next.revision == self.revision && next == *self {
            return self;
        }
        Rc::new(next)
    }
}

/// What components read and dispatch to.
pub type AppContext = UseReducerHandle<AppState>;
