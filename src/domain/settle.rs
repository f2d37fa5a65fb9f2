//! Bringing her plan up to date: `settle` replays everything that moves the plan, in
//! the order it happened, from the plan's start.
//!
//! What it replays: where she is placed when each chain opens (by `placement`), the
//! sessions that included each item (judged by the pain-monitoring rules against her
//! baseline), time away, red flags and "I've been checked", stage changes, and the
//! return-to-running checks that open and close the walk-run chain. A
//! physiotherapist's routine set to adjust automatically is its own track, judged with
//! the physio's pain limits; a fixed one never moves.
//!
//! Because the plan is a pure function of her history and the clock, settling twice
//! changes nothing, and sessions logged out of order land where they belong. It reads
//! no clock and touches no storage: the reducer calls it with the time.

use super::catalog::Catalog;
use super::exercise::ExerciseId;
use super::exercise::Kind;
use super::history::SessionLog;
use super::imported::ImportedRoutine;
use super::placement::{place_root, starting_level, Factors};
use super::planner::plan_roots;
use super::profile::{local_day, Profile, StageNow};
use super::progression::{
    assess, call_for, move_by, normal_step, ready, suits, Bounds, Call, Change, ImportedProgress,
    PlanItem, PlanState, Position, Reason, Verdict, MAX_CHANGES,
};
use super::running::{run_open_changes, WALK_RUN_ROOT};
use super::saved::AppData;
use super::settings::Thresholds;

use super::profile::DAY_MS;

/// Her plan brought up to date at `now_ms` (`offset_min` is her local offset from UTC),
/// and the changes that are new since `data.plan` was settled. Without a profile the
/// plan stays empty. Nothing else in `data` changes.
pub fn settle(
    data: &AppData,
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> (AppData, Vec<Change>) {
    let Some(plan) = settled_plan(data, now_ms, offset_min, catalog) else {
        return (data.clone(), Vec::new());
    };
    let fresh = plan
        .changes
        .iter()
        .filter(|c| !data.plan.changes.contains(c))
        .cloned()
        .collect();
    let mut out = data.clone();
    out.plan = plan;
    (out, fresh)
}

/// Only the plan `settle` would put in `data` (`None` without a profile), without copying
/// the rest of her data: what the app uses on start and after each change, where a long
/// history makes a copy and a whole-document comparison the larger part of the cost.
pub fn settled_plan(
    data: &AppData,
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> Option<PlanState> {
    let profile = data.profile.as_ref()?;
    Some(replay(data, profile, now_ms, offset_min, catalog))
}

mod baseline;
mod time;
mod track;

use baseline::Mornings;
use track::{done_in, Track};

/// One thing that happened, in time order.
enum Event<'a> {
    Log(&'a SessionLog),
    RedFlag,
    Resumed,
    /// A return-to-running check finished: passed (`true`) opens the walk-run chain,
    /// anything else closes it.
    Run(bool),
}

struct Replay<'a> {
    catalog: &'a Catalog,
    profile: &'a Profile,
    offset_min: i32,
    mornings: Mornings,
    tracks: Vec<Track<'a>>,
    /// Every physiotherapist's routine she kept (fixed ones too).
    kept: &'a [ImportedRoutine],
    changes: Vec<Change>,
    /// The start of the latest session so far.
    last_session: Option<i64>,
    paused: bool,
    after_check: bool,
    /// Whether her latest finished return-to-running check so far was passed.
    run_open: bool,
    /// When each red flag was reported, to tell a session during which she reported one.
    flag_times: Vec<i64>,
}

/// A red flag this long after a session's active time still counts as during it (the
/// checklist and guidance take a few minutes), in ms.
const FLAG_WINDOW_MS: i64 = 30 * 60 * 1000;

/// Puts `item` at `to` with `streak`.
fn shift(item: &mut PlanItem, to: &Position, streak: u8) {
    item.exercise = to.exercise.clone();
    item.dose_step = to.dose_step;
    item.streak = streak;
}

fn replay(
    data: &AppData,
    profile: &Profile,
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> PlanState {
    let th = data.thresholds;
    let mut logs: Vec<&SessionLog> = data.history.iter().collect();
    logs.sort_by_key(|l| l.started_at_ms);
    let first_log = logs.first().map(|l| l.started_at_ms);
    let origin = [data.plan.started_ms, first_log, Some(now_ms)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(now_ms);

    let mut tracks = vec![Track {
        items: Vec::new(),
        routine: None,
        th,
        away_steps: 0,
    }];
    for imported in data.imported.iter().filter(|i| i.routine.auto_progress) {
        tracks.push(Track {
            items: imported
                .routine
                .exercises
                .iter()
                .map(|x| PlanItem::new(x.exercise.clone(), 0))
                .collect(),
            routine: Some(imported),
            // The link carries the physio's pain limits and sessions to progress; the
            // morning margin and time away are not in it, so hers apply.
            th: imported.routine.thresholds.map_or(th, |physio| Thresholds {
                morning_margin: th.morning_margin,
                away_days: th.away_days,
                away_days_two: th.away_days_two,
                ..physio
            }),
            away_steps: 0,
        });
    }
    let mut r = Replay {
        catalog,
        profile,
        offset_min,
        mornings: Mornings::of(&data.history, profile),
        tracks,
        kept: &data.imported,
        changes: Vec::new(),
        last_session: None,
        paused: false,
        after_check: false,
        run_open: false,
        flag_times: data.safety.events.iter().map(|e| e.at_ms).collect(),
    };

    let mut events: Vec<(i64, u8, Event)> = Vec::new();
    for log in &logs {
        events.push((log.started_at_ms, 2, Event::Log(log)));
    }
    for e in &data.safety.events {
        events.push((e.at_ms, 0, Event::RedFlag));
    }
    for at in &data.safety.resumed_at_ms {
        events.push((*at, 1, Event::Resumed));
    }
    for (at, open) in run_open_changes(&data.run_checks) {
        events.push((at, 1, Event::Run(open)));
    }
    // Stable: same-time events keep flag, resume, session order.
    events.sort_by_key(|(at, rank, _)| (*at, *rank));

    let today_start = local_day(now_ms, offset_min) * DAY_MS - i64::from(offset_min) * 60_000;
    r.advance_to(origin);
    let mut waiting = false;
    for (at, _, event) in events {
        r.advance_to(at.max(origin));
        match event {
            Event::RedFlag => r.red_flag(at),
            Event::Resumed => {
                if r.paused {
                    r.paused = false;
                    r.after_check = true;
                }
            }
            Event::Run(open) => {
                r.run_open = open;
                r.restage(at.max(origin));
            }
            Event::Log(log) => {
                // A running test moves nothing and leaves nothing to wait for.
                let test = log.is_running_test();
                waiting = waiting || (!test && !ready(log, today_start, &th));
                if !waiting && !test {
                    r.session(log);
                }
                r.last_session = Some(log.started_at_ms);
                for track in &mut r.tracks {
                    track.away_steps = 0;
                }
            }
        }
    }
    r.advance_to(now_ms);

    let mut own = Vec::new();
    let mut imported = Vec::new();
    for track in r.tracks {
        match track.key() {
            None => own = track.items,
            Some(at) => imported.push(ImportedProgress {
                imported_at_ms: at,
                items: track.items,
            }),
        }
    }
    let mut changes = r.changes;
    changes.sort_by_key(|c| c.at_ms);
    let extra = changes.len().saturating_sub(MAX_CHANGES);
    changes.drain(..extra);
    PlanState {
        items: own,
        started_ms: Some(origin),
        changes,
        imported,
    }
}

impl Replay<'_> {
    fn stage_at(&self, t: i64) -> StageNow {
        self.profile.stage(t, self.offset_min)
    }

    fn record(
        &mut self,
        at_ms: i64,
        routine: Option<i64>,
        from: Position,
        moved: (Position, Verdict, Reason),
    ) {
        let (to, verdict, reason) = moved;
        self.changes.push(Change {
            at_ms,
            from,
            to,
            verdict,
            reason,
            routine,
        });
    }

    fn factors(&self, t: i64, stage: &StageNow) -> Factors {
        Factors {
            weeks: stage.weeks,
            delivery: self.profile.delivery,
            severe_tear: self.profile.severe_tear,
            cleared: self.profile.cleared_at_ms.is_some_and(|c| c <= t),
            activity: self.profile.activity,
            pain: self.mornings.before(t),
        }
    }

    /// A warning sign: every streak starts again and nothing moves until she says she
    /// has been checked.
    fn red_flag(&mut self, at: i64) {
        self.paused = true;
        let mut cleared = Vec::new();
        for track in &mut self.tracks {
            let key = track.key();
            for item in track.items.iter_mut().filter(|i| i.streak > 0) {
                item.streak = 0;
                let p = item.position();
                cleared.push((key, p.clone(), (p, Verdict::Hold, Reason::RedFlag)));
            }
        }
        for (key, from, m) in cleared {
            self.record(at, key, from, m);
        }
    }

    /// One finished session: each item she did in it moves by the rules, at most one
    /// step; items she did not do stay exactly as they are.
    fn session(&mut self, log: &SessionLog) {
        if self.paused {
            return;
        }
        let at = log.started_at_ms;
        let stage = self.stage_at(at);
        let baseline = self.mornings.baseline(log);
        let after_check = self.after_check;
        let end = at + log.active_ms.max(0) + FLAG_WINDOW_MS;
        let flagged = self.flag_times.iter().any(|t| (at..=end).contains(t));
        let mut moved = Vec::new();
        let kept = self.kept;
        for track in self.tracks.iter_mut().filter(|t| t.owns(log, kept)) {
            let th = track.th;
            let key = track.key();
            let dose_only = track.routine.is_some();
            let judged = assess(&log.comfort, baseline, &th);
            let b = Bounds {
                catalog: self.catalog,
                stage: &stage,
                th: &th,
                dose_only,
            };
            for item in &mut track.items {
                let Some(done) = done_in(log, item, self.catalog, dose_only) else {
                    continue;
                };
                let (call, streak) = match call_for(item.streak, judged, done, after_check, &th) {
                    // A warning sign during the session: never a step up from it.
                    (Call::Up(_), _) if flagged => (Call::Stay(Reason::RedFlag), 0),
                    other => other,
                };
                let from = item.position();
                let m = move_by(&from, call, &b);
                shift(item, &m.0, if m.1 == Verdict::Hold { streak } else { 0 });
                item.last_done_ms = Some(at);
                moved.push((key, from, m));
            }
        }
        for (key, from, m) in moved {
            self.record(at, key, from, m);
        }
        self.after_check = false;
    }
}
