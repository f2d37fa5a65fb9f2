//! A guided session: a state machine over a plan, driven by caller-supplied timestamps.
//!
//! `apply(command, now_ms)` moves it and returns cues (speak, beep, vibrate, flash) as
//! data. Where she is in the plan is always derived from timestamps: a segment ends at
//! its start plus its length, whatever happened in between, so a throttled tab, a locked
//! phone or a reload lands exactly where the clock says. Nothing here reads a clock.

mod cues;
mod view;

use std::rc::Rc;

pub use cues::{Beep, Cue};
pub use view::{Progress, View};

use super::catalog::Catalog;
use super::comfort::PainScore;
use super::routine::{Plan, Routine, Segment};
use super::start::Start;
use super::text::Msg;

/// A session in progress as it is saved: the routine and the timestamps, from which
/// the plan and the position are rebuilt.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveSession {
    pub routine: Routine,
    pub timing: Timing,
    /// Her pain just before starting, if she said.
    pub before: Option<PainScore>,
    /// What started it, kept for its log.
    pub start: Option<Start>,
}

impl ActiveSession {
    /// The saved form of a session (with no before-pain; see `with_before`).
    pub fn of(session: &Session) -> Self {
        ActiveSession {
            routine: session.plan().routine.clone(),
            timing: session.timing().clone(),
            before: None,
            start: None,
        }
    }

    /// A carer's practice from a carer's link: played, never saved or logged.
    pub fn is_carers(&self) -> bool {
        self.start == Some(Start::Carer)
    }

    pub fn with_start(mut self, start: Option<Start>) -> Self {
        self.start = start;
        self
    }

    pub fn with_before(mut self, before: Option<PainScore>) -> Self {
        self.before = before;
        self
    }

    /// The session again, if the library still has everything it needs.
    pub fn restore(&self, catalog: &Catalog) -> Option<Session> {
        let plan = Plan::new(self.routine.clone(), catalog).ok()?;
        Session::resume(plan, self.timing.clone())
    }
}

/// What she (or the ticking clock) asks of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Start,
    /// Time passed; catch up with the clock.
    Tick,
    Pause,
    Resume,
    /// End the current segment now and go to the next.
    Skip,
    /// Restart the current segment, or go to the previous one if it just began.
    Back,
    /// Thirty more seconds of the current rest.
    AddRest,
    /// Finish now, keeping what was done.
    Stop,
}

/// Where the session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Running,
    Paused,
    Finished,
}

/// Seconds after which "Back" goes to the previous segment instead of restarting.
pub const BACK_RESTART_MS: i64 = 3_000;
/// Extra rest added by one "add 30 s".
pub const ADD_REST_MS: i64 = 30_000;
/// A longer gap between two calls is a jump (hidden tab, locked phone): only the
/// current state is announced, not every cue that was missed.
const CATCH_UP_GAP_MS: i64 = 1_500;
/// How often the exercise's own cue phrases rotate during timed work.
pub const PHRASE_EVERY_MS: i64 = 15_000;

/// The timestamps and progress of a session: everything needed to resume it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timing {
    pub status: Status,
    /// Current segment; equals the number of segments once finished.
    pub index: usize,
    /// When the current segment began, shifted forward by any pause within it.
    pub segment_start_ms: i64,
    /// Rest added to the current segment.
    pub extra_ms: i64,
    pub paused_at_ms: Option<i64>,
    pub started_at_ms: i64,
    /// Total time spent paused.
    pub paused_total_ms: i64,
    pub finished_at_ms: Option<i64>,
    pub stopped_early: bool,
    /// Milliseconds of each segment actually done (skips count what was done).
    pub done_ms: Vec<i64>,
    /// Whether each segment ran to its end at least once.
    pub completed: Vec<bool>,
    /// The latest time seen; time never runs backwards for the session.
    pub last_ms: i64,
}

/// A session over a plan. The plan is shared, not copied: the player shows it on
/// every tick for the whole session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    plan: Rc<Plan>,
    timing: Timing,
}

impl Session {
    pub fn new(plan: impl Into<Rc<Plan>>) -> Self {
        let plan = plan.into();
        let n = plan.segments.len();
        Session {
            plan,
            timing: Timing {
                status: Status::NotStarted,
                index: 0,
                segment_start_ms: 0,
                extra_ms: 0,
                paused_at_ms: None,
                started_at_ms: 0,
                paused_total_ms: 0,
                finished_at_ms: None,
                stopped_early: false,
                done_ms: vec![0; n],
                completed: vec![false; n],
                last_ms: 0,
            },
        }
    }

    /// Rebuilds a session from a plan and saved timing. `None` when they do not fit
    /// together (the plan changed since the timing was saved).
    pub fn resume(plan: impl Into<Rc<Plan>>, timing: Timing) -> Option<Self> {
        let plan = plan.into();
        let n = plan.segments.len();
        let fits = timing.done_ms.len() == n && timing.completed.len() == n && timing.index <= n;
        let consistent = match timing.status {
            Status::Finished => timing.index == n || timing.stopped_early,
            Status::Paused => timing.paused_at_ms.is_some() && timing.index < n,
            Status::Running => timing.paused_at_ms.is_none() && timing.index < n,
            Status::NotStarted => timing.index == 0,
        };
        (fits && consistent).then_some(Session { plan, timing })
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The same plan, shared (a pointer copy, not a copy of the plan).
    pub fn shared_plan(&self) -> Rc<Plan> {
        Rc::clone(&self.plan)
    }

    pub fn timing(&self) -> &Timing {
        &self.timing
    }

    pub fn status(&self) -> Status {
        self.timing.status
    }

    fn segment(&self, index: usize) -> Option<Segment> {
        self.plan.segments.get(index).copied()
    }

    fn segment_end(&self) -> Option<i64> {
        let seg = self.segment(self.timing.index)?;
        Some(self.timing.segment_start_ms + seg.duration_ms + self.timing.extra_ms)
    }

    /// Moves the session and returns what the player should do.
    pub fn apply(&mut self, command: Command, now_ms: i64) -> Vec<Cue> {
        let gap = now_ms - self.timing.last_ms;
        let now = now_ms.max(self.timing.last_ms);
        let before = self.marks(self.timing.last_ms);
        self.timing.last_ms = now;
        match (command, self.timing.status) {
            (Command::Start, Status::NotStarted) => {
                self.timing.status = Status::Running;
                self.timing.started_at_ms = now;
                self.timing.segment_start_ms = now;
                return self.entry_cues();
            }
            (_, Status::NotStarted | Status::Finished) => return Vec::new(),
            (Command::Resume, Status::Paused) => {
                if let Some(at) = self.timing.paused_at_ms.take() {
                    let paused = now - at;
                    self.timing.segment_start_ms += paused;
                    self.timing.paused_total_ms += paused;
                }
                self.timing.status = Status::Running;
                return vec![Cue::Speak(Msg::CueCarryOn.into())];
            }
            (_, Status::Paused) => {
                // Only Stop does anything while paused.
                if command == Command::Stop {
                    // The session ends where it was paused; the pause after it is not part of it.
                    let at = self.timing.paused_at_ms.take().unwrap_or(now);
                    return self.stop(at);
                }
                return Vec::new();
            }
            (_, Status::Running) => {}
        }
        // Running: first catch up with the clock.
        let crossed = self.catch_up(now);
        let cues = if crossed > 0 {
            if self.timing.status == Status::Finished {
                return self.finish_cues();
            }
            self.entry_cues()
        } else if gap <= CATCH_UP_GAP_MS {
            self.within_cues(&before, &self.marks(now))
        } else {
            Vec::new()
        };
        self.act(command, now, cues)
    }

    /// Carries out a command on a running session that has caught up with the clock.
    /// `caught_up` are the catch-up's cues, returned unless the command has its own.
    fn act(&mut self, command: Command, now: i64, caught_up: Vec<Cue>) -> Vec<Cue> {
        match command {
            Command::Pause => {
                self.timing.paused_at_ms = Some(now);
                self.timing.status = Status::Paused;
                vec![Cue::Speak(Msg::CuePaused.into())]
            }
            Command::Skip => {
                self.end_segment(now, false);
                self.timing.segment_start_ms = now;
                self.after_move(now)
            }
            Command::Back => {
                let into = now - self.timing.segment_start_ms;
                if into <= BACK_RESTART_MS && self.timing.index > 0 {
                    self.timing.index -= 1;
                }
                self.timing.segment_start_ms = now;
                self.timing.extra_ms = 0;
                self.entry_cues()
            }
            Command::AddRest
                if self
                    .segment(self.timing.index)
                    .is_some_and(|s| s.kind.is_rest()) =>
            {
                self.timing.extra_ms += ADD_REST_MS;
                vec![Cue::Speak(Msg::CueThirtyMore.into())]
            }
            Command::Stop => self.stop(now),
            Command::AddRest | Command::Start | Command::Tick | Command::Resume => caught_up,
        }
    }

    /// Advances over every segment whose end has passed; returns how many.
    fn catch_up(&mut self, now: i64) -> usize {
        let mut crossed = 0;
        while let Some(end) = self.segment_end() {
            if now < end {
                break;
            }
            self.end_segment(end, true);
            self.timing.segment_start_ms = end;
            crossed += 1;
        }
        if self.timing.index >= self.plan.segments.len() && self.timing.status == Status::Running {
            self.timing.status = Status::Finished;
            self.timing.finished_at_ms = Some(self.timing.segment_start_ms);
        }
        crossed
    }

    /// Records the current segment as ended at `at` and moves to the next.
    fn end_segment(&mut self, at: i64, ran_out: bool) {
        let i = self.timing.index;
        if i >= self.plan.segments.len() {
            return;
        }
        let done = (at - self.timing.segment_start_ms).max(0);
        self.timing.done_ms[i] += done;
        self.timing.completed[i] |= ran_out;
        self.timing.index += 1;
        self.timing.extra_ms = 0;
    }

    fn after_move(&mut self, now: i64) -> Vec<Cue> {
        if self.timing.index >= self.plan.segments.len() {
            self.timing.status = Status::Finished;
            self.timing.finished_at_ms = Some(now);
            return self.finish_cues();
        }
        self.entry_cues()
    }

    fn stop(&mut self, at: i64) -> Vec<Cue> {
        if self.timing.index < self.plan.segments.len() {
            let i = self.timing.index;
            self.timing.done_ms[i] += (at - self.timing.segment_start_ms).max(0);
        }
        self.timing.status = Status::Finished;
        self.timing.stopped_early = true;
        self.timing.finished_at_ms = Some(at);
        vec![Cue::Beep(Beep::Done), Cue::Speak(Msg::CueStopped.into())]
    }

    /// Active time since the start (pauses excluded).
    pub fn elapsed_ms(&self, now_ms: i64) -> i64 {
        if self.timing.status == Status::NotStarted {
            return 0;
        }
        let end = self
            .timing
            .finished_at_ms
            .or(self.timing.paused_at_ms)
            .unwrap_or(now_ms.max(self.timing.last_ms));
        (end - self.timing.started_at_ms - self.timing.paused_total_ms).max(0)
    }
}
