//! "Ready to run again?": the return-to-running check (Goom, Donnelly & Brockwell 2019),
//! its eleven tests and what each asks for, when it is offered, what she reported, and
//! the result: which tests she passed, what to work on, and whether a symptom means she
//! should see a pelvic-health physiotherapist before running.
//!
//! Owns the check's rules as pure functions of her answers. It does not play anything
//! (timed tests go through the player as single library entries) and does not move the
//! plan: `settle` opens the walk-run chain from `run_open_changes`.

use super::profile::StageNow;
use super::safety::SafetyState;
use super::saved::AppData;

mod test;

pub use test::{Group, Measure, Test, Unit};

/// The earliest week after the birth the check is offered, whatever the birth (the
/// guidance: three months at the earliest).
pub const FROM_WEEK: u8 = 12;
/// How many checks are kept (the oldest go first).
pub const MAX_CHECKS: usize = 12;
/// The most a count may be (reps, or minutes of walking).
pub const MAX_COUNT: u8 = 99;
/// The first member of the walk-run chain, which a passed check opens.
pub const WALK_RUN_ROOT: &str = "walk-run-1";

/// The symptoms asked after every test.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Symptoms {
    pub pain: bool,
    /// Heaviness, dragging or bulging in the pelvis.
    pub heaviness: bool,
    /// Leaking urine, wind or stool.
    pub leaking: bool,
}

impl Symptoms {
    pub fn any(self) -> bool {
        self.pain || self.heaviness || self.leaking
    }
}

/// What she reported for one test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    pub test: Test,
    /// When she answered, in ms since the Unix epoch.
    pub at_ms: i64,
    /// What she managed on each side (left, right), or in `done[0]` alone when the test
    /// has no sides (`done[1]` is then 0). A count is 0–`Test::most`.
    pub done: [u8; 2],
    pub symptoms: Symptoms,
}

impl Answer {
    /// An answer with its counts kept within the test's range (a test without sides
    /// keeps only the first).
    pub fn new(test: Test, at_ms: i64, done: [u8; 2], symptoms: Symptoms) -> Self {
        let most = test.most();
        let second = if test.each_side() { done[1] } else { 0 };
        Answer {
            test,
            at_ms,
            done: [done[0].min(most), second.min(most)],
            symptoms,
        }
    }

    /// Passed: the full count or time on every side, with no symptom.
    pub fn passed(&self) -> bool {
        let target = self.test.target();
        let sides = if self.test.each_side() { 2 } else { 1 };
        !self.symptoms.any() && self.done[..sides].iter().all(|d| *d >= target)
    }
}

/// One go at the check: when she began and what she answered, in order. A test answered
/// again counts by its latest answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunCheck {
    pub started_at_ms: i64,
    pub answers: Vec<Answer>,
}

impl RunCheck {
    pub fn new(started_at_ms: i64) -> Self {
        RunCheck {
            started_at_ms,
            answers: Vec::new(),
        }
    }

    /// The latest answer for `test`, if any.
    pub fn answer(&self, test: Test) -> Option<&Answer> {
        self.answers.iter().rev().find(|a| a.test == test)
    }

    /// A symptom ends the check: no more impact or load that day.
    pub fn stopped_by_symptom(&self) -> bool {
        Test::ALL
            .iter()
            .filter_map(|t| self.answer(*t))
            .any(|a| a.symptoms.any())
    }

    /// Finished: every test answered, or a symptom stopped it.
    pub fn finished(&self) -> bool {
        self.stopped_by_symptom() || Test::ALL.iter().all(|t| self.answer(*t).is_some())
    }

    /// When it finished (its last answer), if it has.
    pub fn finished_at_ms(&self) -> Option<i64> {
        if !self.finished() {
            return None;
        }
        self.answers.iter().map(|a| a.at_ms).max()
    }

    /// The next test to do, in order; `None` once finished.
    pub fn next(&self) -> Option<Test> {
        if self.finished() {
            return None;
        }
        Test::ALL.into_iter().find(|t| self.answer(*t).is_none())
    }

    /// The result so far.
    pub fn result(&self) -> CheckResult {
        let with = |status: Status| -> Vec<Test> {
            Test::ALL
                .into_iter()
                .filter(|t| self.status(*t) == status)
                .collect()
        };
        let work_on = with(Status::NotYet);
        let see_physio = self.stopped_by_symptom();
        let ready = self.finished() && !see_physio && work_on.is_empty();
        CheckResult {
            passed: with(Status::Passed),
            work_on,
            not_tried: [with(Status::ToDo), with(Status::NotTried)].concat(),
            see_physio,
            ready,
        }
    }

    /// Where she is on one test.
    pub fn status(&self, test: Test) -> Status {
        match self.answer(test) {
            Some(a) if a.passed() => Status::Passed,
            Some(_) => Status::NotYet,
            None if self.finished() => Status::NotTried,
            None => Status::ToDo,
        }
    }

    /// How many tests she has answered.
    pub fn answered(&self) -> usize {
        Test::ALL
            .iter()
            .filter(|t| self.answer(**t).is_some())
            .count()
    }
}

/// Where she is on one test of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Passed,
    /// Tried, and short of the count or time, or with a symptom.
    NotYet,
    /// Not answered yet, in a check still going.
    ToDo,
    /// Not reached: the check finished (a symptom stopped it) first.
    NotTried,
}

/// What a check showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub passed: Vec<Test>,
    /// Tried but not passed (short of the count or time, or with a symptom).
    pub work_on: Vec<Test>,
    /// Not reached (a symptom stopped the check first, or it is not finished).
    pub not_tried: Vec<Test>,
    /// A symptom appeared: see a pelvic-health physiotherapist before running.
    pub see_physio: bool,
    /// Every test passed with no symptom: the walk-run plan opens.
    pub ready: bool,
}

/// Whether the check can be offered now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Offered.
    Open,
    /// No profile yet: the stage after the birth is not known.
    NoProfile,
    /// Before `FROM_WEEK`: `weeks_left` more to wait.
    TooEarly { weeks_left: u8 },
    /// Her plan is paused after a warning sign, until she says she has been checked.
    Paused,
}

/// Whether the check is offered to her now (`stage`: her stage now, `None` without a
/// profile).
pub fn offer(stage: Option<&StageNow>, safety: &SafetyState) -> Offer {
    let Some(stage) = stage else {
        return Offer::NoProfile;
    };
    if stage.weeks < FROM_WEEK {
        return Offer::TooEarly {
            weeks_left: FROM_WEEK - stage.weeks,
        };
    }
    if safety.is_paused() {
        return Offer::Paused;
    }
    Offer::Open
}

/// Whether the check is offered to her at `now_ms` (`offset_min`: her local offset),
/// from her saved data: her stage by her profile, and her safety record.
pub fn offer_now(data: &AppData, now_ms: i64, offset_min: i32) -> Offer {
    let stage = data.profile.as_ref().map(|p| p.stage(now_ms, offset_min));
    offer(stage.as_ref(), &data.safety)
}

/// When the walk-run plan opened and closed, in time order: each finished check opens
/// it (`true`) when she passed, and closes it (`false`) when she did not, at the moment
/// it finished.
pub fn run_open_changes(checks: &[RunCheck]) -> Vec<(i64, bool)> {
    let mut out: Vec<(i64, bool)> = checks
        .iter()
        .filter_map(|c| c.finished_at_ms().map(|at| (at, c.result().ready)))
        .collect();
    out.sort_by_key(|(at, _)| *at);
    out
}

/// True when the walk-run plan is open at `at_ms`.
pub fn run_open_at(checks: &[RunCheck], at_ms: i64) -> bool {
    run_open_changes(checks)
        .into_iter()
        .take_while(|(at, _)| *at <= at_ms)
        .last()
        .is_some_and(|(_, open)| open)
}

/// After a check a symptom stopped, the check waits this long before it can be taken
/// again (the guidance: no more impact that day), in ms.
pub const AFTER_SYMPTOM_MS: i64 = 24 * 60 * 60 * 1000;

/// When she may begin another check: `None` when she may now. Only a check a symptom
/// stopped makes her wait, `AFTER_SYMPTOM_MS` from when it stopped.
pub fn wait_until(checks: &[RunCheck], now_ms: i64) -> Option<i64> {
    let last = checks.last()?;
    let at = last.finished_at_ms()?;
    let until = at.saturating_add(AFTER_SYMPTOM_MS);
    (last.stopped_by_symptom() && now_ms < until).then_some(until)
}

/// The check she is doing now (the latest, when not finished).
pub fn in_progress(checks: &[RunCheck]) -> Option<&RunCheck> {
    checks.last().filter(|c| !c.finished())
}

/// `checks` with a new check begun at `at_ms` (an unfinished one is replaced), keeping
/// at most `MAX_CHECKS`.
pub fn begin(checks: &[RunCheck], at_ms: i64) -> Vec<RunCheck> {
    let mut out: Vec<RunCheck> = checks.iter().filter(|c| c.finished()).cloned().collect();
    out.push(RunCheck::new(at_ms));
    let extra = out.len().saturating_sub(MAX_CHECKS);
    out.drain(..extra);
    out
}

/// `checks` with `answer` added to the check in progress; unchanged when none is.
pub fn record(checks: &[RunCheck], answer: Answer) -> Vec<RunCheck> {
    let mut out = checks.to_vec();
    if let Some(last) = out.last_mut().filter(|c| !c.finished()) {
        last.answers.push(answer);
    }
    out
}

/// Two lists of checks joined (a backup and this device, or two tabs): checks by
/// `started_at_ms`, the same check's answers by test and time, each in time order. A
/// check left unfinished that is not the latest is dropped (only the latest can be in
/// progress), then the oldest go beyond `MAX_CHECKS`.
pub fn join_checks(a: &[RunCheck], b: &[RunCheck]) -> Vec<RunCheck> {
    let mut out: Vec<RunCheck> = a.to_vec();
    for check in b {
        match out
            .iter_mut()
            .find(|c| c.started_at_ms == check.started_at_ms)
        {
            Some(same) => {
                for answer in &check.answers {
                    if !same.answers.contains(answer) {
                        same.answers.push(*answer);
                    }
                }
                same.answers.sort_by_key(|x| (x.at_ms, x.test));
            }
            None => out.push(check.clone()),
        }
    }
    out.sort_by_key(|c| c.started_at_ms);
    let last = out.len().saturating_sub(1);
    let mut i = 0;
    out.retain(|c| {
        let keep = c.finished() || i == last;
        i += 1;
        keep
    });
    let extra = out.len().saturating_sub(MAX_CHECKS);
    out.drain(..extra);
    out
}
