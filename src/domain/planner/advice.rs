//! The planner's words: one line on why each exercise is in today's routine (naming
//! the latest change and its reason), and today's walk suggestion.

use super::chains::{Purpose, WALK};
use super::{chain_of, current, item_in, Pick};
use crate::domain::catalog::Catalog;
use crate::domain::exercise::{ExerciseId, Work};
use crate::domain::history::WEEKLY_GOAL_MIN;
use crate::domain::profile::StageNow;
use crate::domain::progression::{allowed, dose_at, Change, PlanState};
use crate::domain::settings::Thresholds;

/// The why line for one routine entry: the latest change to it with its reason, or
/// why it is there.
pub(super) fn why_text(pick: &Pick, recent: &[Change], catalog: &Catalog) -> String {
    let e = pick.exercise;
    let change = (pick.purpose != Purpose::CoolDown && pick.purpose != Purpose::Lesson)
        .then(|| recent.iter().rev().find(|c| c.to.exercise == e.id))
        .flatten();
    match change {
        Some(c) => format!(
            "{}: {} — {}",
            e.name,
            difference(c, catalog),
            c.reason.text()
        ),
        None => format!("{}: {}", e.name, pick.purpose.text()),
    }
}

/// The concrete difference a change made, in words: "2 more reps", "15 s longer",
/// "moved on to …", "back to …", or "same as last time".
fn difference(c: &Change, catalog: &Catalog) -> String {
    let name_of = |id: &ExerciseId| {
        catalog
            .get(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    if c.from.exercise != c.to.exercise {
        let chain = catalog.chain(&c.to.exercise);
        let pos = |id: &ExerciseId| chain.iter().position(|m| &m.id == id);
        let harder =
            matches!((pos(&c.from.exercise), pos(&c.to.exercise)), (Some(a), Some(b)) if b > a);
        return if harder {
            format!("moved on to {}", name_of(&c.to.exercise))
        } else {
            format!("back to {}", name_of(&c.to.exercise))
        };
    }
    let Some(e) = catalog.get(&c.to.exercise) else {
        return "same as last time".to_owned();
    };
    match (
        dose_at(e, c.from.dose_step).work,
        dose_at(e, c.to.dose_step).work,
    ) {
        (Work::Reps { reps: a, .. }, Work::Reps { reps: b, .. }) if b != a => {
            let n = a.abs_diff(b);
            let unit = if n == 1 { "rep" } else { "reps" };
            let more = if b > a { "more" } else { "fewer" };
            format!("{n} {more} {unit}")
        }
        (Work::Timed { seconds: a }, Work::Timed { seconds: b }) if b != a => {
            let n = a.abs_diff(b);
            let how = if b > a { "longer" } else { "shorter" };
            format!("{n} s {how}")
        }
        _ => "same as last time".to_owned(),
    }
}

/// Today's walk: her walk-chain item (started at the 5-minute walk), re-gated to her
/// stage, and one line about the weekly guideline of `WEEKLY_GOAL_MIN` minutes, given
/// the active minutes she has this week. `None` when no walk suits her or the
/// catalogue has none.
pub fn walk_suggestion(
    state: &PlanState,
    catalog: &Catalog,
    stage: &StageNow,
    th: &Thresholds,
    minutes_this_week: u32,
) -> Option<(ExerciseId, String)> {
    let chain = chain_of(catalog, WALK);
    let (e, _) = match item_in(state, &chain) {
        Some(item) => current(item, &chain, stage, th)?,
        None => (*chain.iter().find(|m| allowed(m, stage, th))?, 0),
    };
    let minutes = (e.dose.total_seconds(e.sides) / 60).max(1);
    let text = if minutes_this_week >= WEEKLY_GOAL_MIN {
        format!(
            "You have reached {WEEKLY_GOAL_MIN} minutes this week; a {minutes}-minute walk \
             today is a gentle extra if you feel like it"
        )
    } else {
        let after = (minutes_this_week + minutes).min(WEEKLY_GOAL_MIN);
        format!(
            "A {minutes}-minute walk today would bring you to {after} of {WEEKLY_GOAL_MIN} \
             minutes this week"
        )
    };
    Some((e.id.clone(), text))
}
