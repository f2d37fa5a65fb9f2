//! Starting a session from a tap: the safety check's "All clear — start" and nothing
//! else. The tap unlocks sound, a session still running is stopped and logged, and the
//! new one is saved, all in one reducer action.

use crate::domain::catalog::Catalog;
use crate::domain::comfort::PainScore;
use crate::domain::history::SessionLog;
use crate::domain::routine::{Plan, Routine};
use crate::domain::session::{ActiveSession, Command, Session, Status};
use crate::domain::start::Start;
use crate::state::{Action, AppContext};
use crate::web::clock;
use crate::web::cues::CueOutput;

/// Starts a routine from a tap (so sound is allowed) and saves it as the running
/// session. A session already running is stopped and logged first, keeping its work.
pub fn begin(
    routine: Routine,
    start: Option<Start>,
    before: Option<PainScore>,
    ctx: &AppContext,
    cues: &CueOutput,
) -> bool {
    cues.0.unlock();
    // Built from the library in her language, so the names and phrases it speaks are.
    let catalog = Catalog::builtin_in(cues.1);
    let Ok(plan) = Plan::new(routine, catalog) else {
        return false;
    };
    let now = clock::now_ms();
    // A session already running is stopped and logged in the same change, keeping its
    // work.
    let stopped = ctx
        .data
        .active
        .as_ref()
        .and_then(|a| a.restore(catalog))
        .filter(|old| old.status() != Status::NotStarted)
        .and_then(|mut old| {
            old.apply(Command::Tick, now);
            old.apply(Command::Stop, now);
            SessionLog::from_session(&old)
        });
    let mut session = Session::new(plan);
    let played = session.apply(Command::Start, now);
    cues.play_all(ctx.data.cues, &played);
    ctx.dispatch(Action::StartSession {
        stopped,
        active: ActiveSession::of(&session)
            .with_before(before)
            .with_start(start),
    });
    true
}
