//! "Your plan": every chain she is on, where she stands in it, what comes next and
//! what it takes to get there. Pure: built from the settled plan, her profile and the
//! clock the caller passes; the sentences are made here (as messages, rendered in her
//! language) so the page only lays them out.

use super::catalog::Catalog;
use super::exercise::{Dose, Exercise, ExerciseId, Kind};
use super::profile::{Profile, StageNow};
use super::progression::{
    allowed, dose_at, suits, Change, PlanItem, PlanState, Verdict, GIRDLE_WEEKS, MAX_STEP,
};
use super::settings::Thresholds;
use super::text::{Arg, Msg, Text};

use super::profile::DAY_MS;

/// What stands between her and the next step of one chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// `more` comfortable sessions of this item (each with a settled next morning).
    Sessions { more: u8 },
    /// The next variant opens at `weeks` weeks after her kind of birth, in `days` days.
    OpensAt {
        weeks: u8,
        caesarean: bool,
        days: i64,
    },
    /// The next variant waits for pelvic care to end (`GIRDLE_WEEKS`), in `days` days.
    Symmetric { days: i64 },
    /// After a severe tear, the next variant waits for `weeks` weeks, in `days` days.
    AfterTear { weeks: u8, days: i64 },
    /// The plan is paused after a warning sign.
    Paused,
    /// This is the fullest version here.
    Top,
}

/// Where she stands in one chain.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainStatus {
    /// Her current variant.
    pub exercise: ExerciseId,
    pub name: String,
    /// 1-based place of the variant in its chain, and the chain's length.
    pub place: usize,
    pub of: usize,
    pub dose_step: i8,
    pub dose: Dose,
    pub last_done_ms: Option<i64>,
    /// What comes next: the harder variant, or a fuller dose of this one.
    pub next: Option<Next>,
    pub gate: Gate,
    /// When the next step is a fuller dose and the harder variant still waits for a
    /// later stage: its name and when it opens.
    pub then: Option<(String, Gate)>,
}

/// The next step of one chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// A fuller dose of the current variant; its name, in lower case.
    More { name: String },
    /// The harder variant, by name.
    Variant { name: String },
}

impl Next {
    /// "a little more heel slides", or the harder variant's name, to go in a message.
    pub fn arg(&self) -> Arg {
        match self {
            Next::More { name } => Text::new(Msg::PlannerNextMore)
                .with("name", name.as_str())
                .into(),
            Next::Variant { name } => name.as_str().into(),
        }
    }
}

/// A chain of her plan that has not opened yet: its first member and when it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Upcoming {
    pub exercise: ExerciseId,
    pub name: String,
    pub gate: Gate,
}

/// The chains her plan will hold that no member of suits her yet, with when the first
/// one opens (by weeks after her kind of birth).
pub fn upcoming(
    plan: &PlanState,
    profile: &Profile,
    catalog: &Catalog,
    th: &Thresholds,
    now_ms: i64,
    offset_min: i32,
) -> Vec<Upcoming> {
    let stage = profile.stage(now_ms, offset_min);
    let days_now = profile.days_postpartum(now_ms, offset_min);
    crate::domain::planner::plan_roots(profile)
        .into_iter()
        .filter_map(|root| {
            let first = catalog.find(root)?;
            let chain = catalog.chain(&first.id);
            if plan
                .items
                .iter()
                .any(|i| chain.iter().any(|m| m.id == i.exercise))
            {
                return None;
            }
            let gate = locked_gate(first, &stage, th, days_now)?;
            Some(Upcoming {
                exercise: first.id.clone(),
                name: first.name.clone(),
                gate,
            })
        })
        .collect()
}

/// Why `e` does not suit her yet and when it will, or `None` when it suits her.
fn locked_gate(e: &Exercise, stage: &StageNow, th: &Thresholds, days_now: i64) -> Option<Gate> {
    if suits(e, stage, th) {
        return None;
    }
    let weeks = e.earliest_week(stage.caesarean);
    if weeks > stage.weeks {
        return Some(Gate::OpensAt {
            weeks,
            caesarean: stage.caesarean,
            days: (i64::from(weeks) * 7 - days_now).max(1),
        });
    }
    if !allowed(e, stage, th) {
        return Some(Gate::AfterTear {
            weeks: th.tear_weeks,
            days: (i64::from(th.tear_weeks) * 7 - days_now).max(1),
        });
    }
    Some(Gate::Symmetric {
        days: (i64::from(GIRDLE_WEEKS) * 7 - days_now).max(1),
    })
}

/// One status per item of her own plan, in plan order, at `now_ms`.
pub fn chain_statuses(
    plan: &PlanState,
    profile: &Profile,
    catalog: &Catalog,
    th: &Thresholds,
    paused: bool,
    now_ms: i64,
    offset_min: i32,
) -> Vec<ChainStatus> {
    let stage = profile.stage(now_ms, offset_min);
    let days_now = profile.days_postpartum(now_ms, offset_min);
    chain_statuses_at(&plan.items, &stage, days_now, catalog, th, paused)
}

/// One status per item, for her stage and `days_now` days since the birth (a progress
/// summary carries both, so a physiotherapist sees the same as she does).
pub fn chain_statuses_at(
    items: &[PlanItem],
    stage: &StageNow,
    days_now: i64,
    catalog: &Catalog,
    th: &Thresholds,
    paused: bool,
) -> Vec<ChainStatus> {
    items
        .iter()
        .filter_map(|item| {
            let e = catalog.get(&item.exercise)?;
            let chain = catalog.chain(&item.exercise);
            let place = chain.iter().position(|m| m.id == e.id)? + 1;
            let (next, gate) = next_step(item, e, catalog, stage, th, days_now);
            let then = e
                .harder
                .as_ref()
                .and_then(|h| catalog.get(h))
                .filter(|_| matches!(gate, Gate::Sessions { .. }))
                .and_then(|h| Some((h.name.clone(), locked_gate(h, stage, th, days_now)?)));
            Some(ChainStatus {
                exercise: e.id.clone(),
                name: e.name.clone(),
                place,
                of: chain.len(),
                dose_step: item.dose_step,
                dose: dose_at(e, item.dose_step),
                last_done_ms: item.last_done_ms,
                next,
                gate: if paused { Gate::Paused } else { gate },
                then,
            })
        })
        .collect()
}

fn next_step(
    item: &PlanItem,
    e: &Exercise,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
    days_now: i64,
) -> (Option<Next>, Gate) {
    let more = th
        .sessions_to_progress
        .max(1)
        .saturating_sub(item.streak)
        .max(1);
    if e.kind != Kind::Walk && item.dose_step < MAX_STEP {
        return (
            Some(Next::More {
                name: e.name.to_lowercase(),
            }),
            Gate::Sessions { more },
        );
    }
    let Some(next) = e.harder.as_ref().and_then(|h| catalog.get(h)) else {
        return (None, Gate::Top);
    };
    let name = Some(Next::Variant {
        name: next.name.clone(),
    });
    if suits(next, stage, th) {
        return (name, Gate::Sessions { more });
    }
    let gate = locked_gate(next, stage, th, days_now).unwrap_or(Gate::Sessions { more });
    (name, gate)
}

impl ChainStatus {
    /// What comes next and what it takes, as one sentence: "Next: a little more X,
    /// after 2 more comfortable sessions…", "Next: Y: opens at 8 weeks…", or, at the
    /// top or while paused, the gate alone.
    pub fn next_line(&self) -> Text {
        let (msg, next) = match (&self.next, &self.gate) {
            (Some(next), Gate::Sessions { .. }) => (Msg::PlannerNextAfter, next),
            (Some(next), _) => (Msg::PlannerNextGate, next),
            // Without a next step the gate is the top (or the pause over it).
            (None, Gate::Paused) => return Msg::PlannerNextPaused.into(),
            (None, _) => return Msg::PlannerNextTop.into(),
        };
        Text::new(msg)
            .with("next", next.arg())
            .with("gate", self.gate.text())
    }

    /// "Then Y: opens at …" when the harder variant still waits for a later stage.
    pub fn then_line(&self) -> Option<Text> {
        let (name, gate) = self.then.as_ref()?;
        Some(
            Text::new(Msg::PlannerThen)
                .with("name", name.as_str())
                .with("gate", gate.text()),
        )
    }
}

impl Gate {
    /// What it takes, in words.
    pub fn text(&self) -> Text {
        match *self {
            Gate::Sessions { more } => Text::new(Msg::PlannerGateSessions).with("more", more),
            Gate::OpensAt {
                weeks,
                caesarean,
                days,
            } => {
                let msg = if caesarean {
                    Msg::PlannerGateOpensCaesarean
                } else {
                    Msg::PlannerGateOpensBirth
                };
                Text::new(msg).with("weeks", weeks).with("days", days)
            }
            Gate::Symmetric { days } => Text::new(Msg::PlannerGateSymmetric)
                .with("weeks", GIRDLE_WEEKS)
                .with("days", days),
            Gate::AfterTear { weeks, days } => Text::new(Msg::PlannerGateAfterTear)
                .with("weeks", weeks)
                .with("days", days),
            Gate::Paused => Msg::PlannerGatePaused.into(),
            Gate::Top => Msg::PlannerGateTop.into(),
        }
    }
}

/// The time of her latest session, if any.
pub fn last_session_ms(history: &[super::history::SessionLog]) -> Option<i64> {
    history.iter().map(|l| l.started_at_ms).max()
}

/// Days since `at_ms` at `now_ms` (0 the same day or later).
pub fn days_since(at_ms: i64, now_ms: i64) -> i64 {
    ((now_ms - at_ms) / DAY_MS).max(0)
}

/// Her own plan's latest `most` changes, newest first, for "Latest changes": every move,
/// and every chain that joined after the plan began (as her weeks passed, or the
/// walk-run after a passed running check), but not where each chain was first placed.
pub fn latest_changes(plan: &PlanState, most: usize) -> Vec<&Change> {
    let began = plan.started_ms;
    plan.changes
        .iter()
        .rev()
        .filter(|c| c.routine.is_none())
        .filter(|c| c.verdict != Verdict::Start || began.is_some_and(|b| c.at_ms > b))
        .take(most)
        .collect()
}
