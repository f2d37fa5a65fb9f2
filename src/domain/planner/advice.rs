//! The planner's words, as messages: one line on why each exercise is in today's
//! routine (naming the latest change and its reason, or that she has not done it
//! lately), and today's walk suggestion.

use super::chains::WALK;
use super::{chain_of, item_in, Composed, Entry, WhyLine};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{ExerciseId, Work};
use crate::domain::history::WEEKLY_GOAL_MIN;
use crate::domain::profile::local_day;
use crate::domain::profile::StageNow;
use crate::domain::progression::{dose_at, suits, Change, PlanItem, PlanState, Reason, Verdict};
use crate::domain::settings::Thresholds;
use crate::domain::text::{Msg, Text, When};

/// One line per entry of today's routine: the exercise's name, then
/// - time away, when that is the latest thing that happened to it (welcome back);
/// - "not done since …" when she has had sessions since she last did it (it waits);
/// - "not done yet" when she has had sessions but never this one;
/// - else the latest change to it, with the concrete difference and its reason;
/// - else why it is there.
///
/// `last_session_ms` is the start of her latest session of any kind.
pub fn why_lines(
    composed: &Composed,
    state: &PlanState,
    catalog: &Catalog,
    last_session_ms: Option<i64>,
    offset_min: i32,
) -> Vec<WhyLine> {
    composed
        .entries
        .iter()
        .map(|entry| {
            let name = catalog
                .get(&entry.exercise)
                .map_or_else(|| entry.exercise.to_string(), |e| e.name.clone());
            let item = entry
                .chain_root
                .and_then(|root| item_in(state, &chain_of(catalog, root)));
            let why: Text = match item {
                None => entry.purpose_text().into(),
                Some(item) => {
                    let chain: Vec<ExerciseId> = catalog
                        .chain(&item.exercise)
                        .into_iter()
                        .map(|m| m.id.clone())
                        .collect();
                    let latest = state
                        .changes
                        .iter()
                        .rev()
                        .find(|c| c.routine.is_none() && chain.contains(&c.to.exercise));
                    let away = latest.filter(|c| matches!(c.reason, Reason::Away { .. }));
                    match (away, item.last_done_ms, last_session_ms) {
                        (Some(c), _, _) => change_text(c, catalog),
                        (None, Some(done), Some(last)) if done < last => {
                            Text::new(Msg::PlannerNotDoneSince)
                                .with("date", When::Day(local_day(done, offset_min)))
                        }
                        (None, None, Some(_)) => Msg::PlannerNotDoneYet.into(),
                        _ => match latest.filter(|c| c.verdict != Verdict::Start) {
                            Some(c) => change_text(c, catalog),
                            None => entry.purpose_text().into(),
                        },
                    }
                }
            };
            let trimmed = item.is_some_and(|item| trimmed_today(composed, entry, item, catalog));
            let msg = if trimmed {
                Msg::PlannerWhyTrimmed
            } else {
                Msg::PlannerWhy
            };
            WhyLine {
                exercise: entry.exercise.clone(),
                text: Text::new(msg).with("name", name).with("why", why),
            }
        })
        .collect()
}

/// True when today's routine plays a shorter set of the entry than her plan holds (a
/// slot's time cap trimmed it), so a "longer" line is not contradicted silently.
fn trimmed_today(composed: &Composed, entry: &Entry, item: &PlanItem, catalog: &Catalog) -> bool {
    let Some(e) = catalog.get(&entry.exercise) else {
        return false;
    };
    let Some(step) = composed
        .routine
        .steps
        .iter()
        .find(|s| s.exercise == entry.exercise)
    else {
        return false;
    };
    // Fewer sets are how a slot keeps to its time by design; a shorter set is news.
    e.id == item.exercise && step.dose.work.seconds() < dose_at(e, item.dose_step).work.seconds()
}

/// A change in words: the concrete difference and its reason ("2 more reps — …").
pub fn change_text(c: &Change, catalog: &Catalog) -> Text {
    // A hold's reason already says it stays the same.
    if c.verdict == Verdict::Hold {
        return c.reason.text();
    }
    difference(c, catalog).with("reason", c.reason.text())
}

/// The concrete difference a change made, as a message still to be given its reason:
/// "2 more reps", "15 s longer", "moved on to …", "back to …", or "same as last time".
fn difference(c: &Change, catalog: &Catalog) -> Text {
    let name_of = |id: &ExerciseId| {
        catalog
            .get(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    if c.verdict == Verdict::Start {
        return Msg::PlannerChangeJoins.into();
    }
    if c.from.exercise != c.to.exercise {
        let chain = catalog.chain(&c.to.exercise);
        let pos = |id: &ExerciseId| chain.iter().position(|m| &m.id == id);
        let harder =
            matches!((pos(&c.from.exercise), pos(&c.to.exercise)), (Some(a), Some(b)) if b > a);
        let msg = if harder {
            Msg::PlannerChangeMovedOn
        } else {
            Msg::PlannerChangeBack
        };
        return Text::new(msg).with("name", name_of(&c.to.exercise));
    }
    let Some(e) = catalog.get(&c.to.exercise) else {
        return Msg::PlannerChangeSame.into();
    };
    match (
        dose_at(e, c.from.dose_step).work,
        dose_at(e, c.to.dose_step).work,
    ) {
        (Work::Reps { reps: a, .. }, Work::Reps { reps: b, .. }) if b != a => {
            let msg = if b > a {
                Msg::PlannerChangeMoreReps
            } else {
                Msg::PlannerChangeFewerReps
            };
            Text::new(msg).with("n", u32::from(a.abs_diff(b)))
        }
        (Work::Timed { seconds: a }, Work::Timed { seconds: b }) if b != a => {
            let msg = if b > a {
                Msg::PlannerChangeLonger
            } else {
                Msg::PlannerChangeShorter
            };
            Text::new(msg).with("n", u32::from(a.abs_diff(b)))
        }
        _ if c.verdict == Verdict::StepBack => Msg::PlannerChangeGentlest.into(),
        _ => Msg::PlannerChangeSame.into(),
    }
}

/// Today's walk: her walk-chain item (the 5-minute walk until her plan holds one), if
/// it suits her stage, and one line about the weekly guideline of `WEEKLY_GOAL_MIN`
/// minutes, given the walking minutes she has this week. `None` when no walk suits her
/// or the catalogue has none.
pub fn walk_suggestion(
    state: &PlanState,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
    minutes_this_week: u32,
) -> Option<(ExerciseId, Text)> {
    let chain = chain_of(catalog, WALK);
    let e = match item_in(state, &chain) {
        Some(item) => *chain.iter().find(|m| m.id == item.exercise)?,
        None => *chain.first()?,
    };
    if !suits(e, stage, th) {
        return None;
    }
    let minutes = (e.dose.total_seconds(e.sides) / 60).max(1);
    let text = if minutes_this_week >= WEEKLY_GOAL_MIN {
        Text::new(Msg::PlannerWalkExtra)
    } else {
        let after = (minutes_this_week + minutes).min(WEEKLY_GOAL_MIN);
        Text::new(Msg::PlannerWalkToward).with("after", after)
    }
    .with("minutes", minutes)
    .with("goal", WEEKLY_GOAL_MIN);
    Some((e.id.clone(), text))
}
