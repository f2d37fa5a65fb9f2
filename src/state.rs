//! The app-wide state: her data, whether it can be saved, and the notices on screen.
//!
//! One reducer behind a context. Reducers never read the clock or storage: actions
//! carry timestamps, and the `App` component saves whenever `revision` moves.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::history::SessionLog;
use crate::domain::saved::{AppData, NoticeAck, MAX_LOGS, NOTICE_VERSION};
use crate::domain::session::ActiveSession;
use crate::domain::settings::CueSettings;
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
    ExternalChange(AppData),
    /// Forget everything she saved (after she confirmed).
    EraseAll,
    /// A session began or changed (a command, not a tick): keep its timestamps.
    SaveSession(ActiveSession),
    /// A session ended: log it and clear the running session.
    FinishSession(SessionLog),
    /// Throw away a session that cannot be resumed.
    DiscardSession,
    SetCues(CueSettings),
}

impl AppState {
    pub fn from_opened(opened: Opened) -> Self {
        let mut state = AppState {
            data: opened.data,
            revision: 0,
            mode: opened.mode,
            notices: Vec::new(),
            next_notice: 1,
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
                if data == next.data {
                    return self;
                }
                next.data = data;
                next.push_text("Your progress was updated from another tab of this app.");
            }
            Action::SaveSession(active) => {
                next.data.active = Some(active);
                next.changed();
            }
            Action::FinishSession(log) => {
                next.data.active = None;
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
