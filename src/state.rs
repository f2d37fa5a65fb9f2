//! The app-wide state: her data, whether it can be saved, and the notices on screen.
//!
//! One reducer behind a context. Reducers never read the clock or storage: actions
//! carry timestamps, and the `App` component saves whenever `revision` moves.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::comfort::{AfterReport, MorningReport};
use crate::domain::history::SessionLog;
use crate::domain::imported::ImportedRoutine;
use crate::domain::planner::WhyLine;
use crate::domain::profile::Profile;
use crate::domain::progression::PlanState;
use crate::domain::safety::{Moment, RedFlag};
use crate::domain::saved::{AppData, NoticeAck, MAX_LOGS, NOTICE_VERSION};
use crate::domain::session::ActiveSession;
use crate::domain::settings::{CueSettings, Thresholds};
use crate::domain::share::SharedRoutine;
use crate::web::storage::{Opened, SaveMode, StorageProblem};

/// A message shown until she dismisses it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
    /// The storage problem it reports, so the same problem is not listed twice.
    pub problem: Option<StorageProblem>,
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
}

pub enum Action {
    /// She acknowledged the first-run notice at `at_ms`.
    AcknowledgeNotice {
        at_ms: i64,
    },
    DismissNotice(u32),
    /// Storage reported a problem while the app was running.
    Storage(StorageProblem),
    /// Another tab saved newer data; adopt it without saving it back.
    ExternalChange(Box<AppData>),
    /// Forget everything she saved (after she confirmed).
    EraseAll,
    /// A session began or changed (a command, not a tick): keep its timestamps.
    SaveSession(ActiveSession),
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
    /// The next-morning check for that session (`None`: she skipped it).
    MorningReport {
        started_at_ms: i64,
        report: Option<MorningReport>,
    },
    /// Progression moved the plan (computed outside the reducer with the clock), with
    /// new why-lines when anything changed.
    PlanUpdated {
        plan: PlanState,
        notes: Option<Vec<WhyLine>>,
    },
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
}

impl AppState {
    pub fn from_opened(opened: Opened) -> Self {
        let mut state = AppState {
            data: opened.data,
            revision: 0,
            mode: opened.mode,
            notices: Vec::new(),
            next_notice: 1,
            incoming: None,
        };
        for problem in opened.problems {
            state.push_problem(problem);
        }
        state
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

    fn push_text(&mut self, text: &str) {
        self.notices.push(Notice {
            id: self.next_notice,
            text: text.to_owned(),
            problem: None,
        });
        self.next_notice += 1;
    }

    fn log_mut(&mut self, started_at_ms: i64) -> Option<&mut SessionLog> {
        self.data
            .history
            .iter_mut()
            .rev()
            .find(|l| l.started_at_ms == started_at_ms)
    }

    fn changed(&mut self) {
        self.revision += 1;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::AcknowledgeNotice { at_ms } => {
                next.data.notice = Some(NoticeAck {
                    version: NOTICE_VERSION,
                    at_ms,
                });
                next.changed();
            }
            Action::DismissNotice(id) => next.notices.retain(|n| n.id != id),
            Action::Storage(problem) => next.push_problem(problem),
            Action::ExternalChange(data) => {
                if *data == next.data {
                    return self;
                }
                next.data = *data;
                next.push_text("Your progress was updated from another tab of this app.");
            }
            Action::SaveSession(active) => {
                // Commands re-save the timing; the before-pain given at the start stays.
                let same =
                    |a: &&ActiveSession| a.timing.started_at_ms == active.timing.started_at_ms;
                let before = active.before.or_else(|| {
                    next.data
                        .active
                        .as_ref()
                        .filter(same)
                        .and_then(|a| a.before)
                });
                next.data.active = Some(active.with_before(before));
                next.changed();
            }
            Action::FinishSession(mut log) => {
                if let Some(active) = next.data.active.take() {
                    if active.timing.started_at_ms == log.started_at_ms {
                        log.comfort.before = active.before;
                    }
                }
                next.data.history.push(log);
                let extra = next.data.history.len().saturating_sub(MAX_LOGS);
                next.data.history.drain(..extra);
                next.changed();
            }
            Action::DiscardSession => {
                next.data.active = None;
                next.changed();
            }
            Action::SetCues(cues) => {
                next.data.cues = cues;
                next.changed();
            }
            Action::SaveProfile(profile) => {
                next.data.profile = Some(*profile);
                next.changed();
            }
            Action::RedFlags {
                flags,
                moment,
                at_ms,
            } => {
                if next.data.safety.record(&flags, moment, at_ms).is_some() {
                    next.changed();
                }
            }
            Action::ResumePlan { at_ms } => {
                next.data.safety.resume(at_ms);
                next.changed();
            }
            Action::AfterReport {
                started_at_ms,
                report,
            } => {
                if let Some(log) = next.log_mut(started_at_ms) {
                    log.comfort.after = Some(report);
                    next.changed();
                }
            }
            Action::MorningReport {
                started_at_ms,
                report,
            } => {
                if let Some(log) = next.log_mut(started_at_ms) {
                    log.comfort.morning_skipped = report.is_none();
                    log.comfort.morning = report;
                    next.changed();
                }
            }
            Action::PlanUpdated { plan, notes } => {
                if plan == next.data.plan && notes.is_none() {
                    return self;
                }
                next.data.plan = plan;
                if let Some(notes) = notes {
                    next.data.plan_notes = notes;
                }
                next.changed();
            }
            Action::SetThresholds(thresholds) => {
                if thresholds.check().is_ok() {
                    next.data.thresholds = thresholds;
                    next.changed();
                }
            }
            Action::SetTargetMin(minutes) => {
                next.data.target_min = minutes.clamp(10, 20);
                next.changed();
            }
            Action::SaveDraft(draft) => {
                next.data.physio_draft = draft.map(|d| *d);
                next.changed();
            }
            Action::Import(imported) => {
                let imported = *imported;
                next.data
                    .imported
                    .retain(|i| !i.same_source(&imported.routine));
                if imported.as_plan {
                    for other in &mut next.data.imported {
                        other.as_plan = false;
                    }
                }
                next.data.imported.push(imported);
                next.changed();
            }
            Action::Incoming(code) => {
                if next.incoming.as_ref() == Some(&code) {
                    return self;
                }
                next.incoming = Some(code);
            }
            Action::RemoveImported { imported_at_ms } => {
                next.data
                    .imported
                    .retain(|i| i.imported_at_ms != imported_at_ms);
                next.changed();
            }
            Action::EraseAll => {
                next.data = AppData::default();
                next.changed();
            }
        }
        Rc::new(next)
    }
}

/// What components read and dispatch to.
pub type AppContext = UseReducerHandle<AppState>;
