//! What a start button starts: today's routine, its short version, a walk, one
//! exercise to try, a routine from her physiotherapist, or a carer's practice. Carried by the check
//! route and kept on the session log, so the plan knows which track a session was.

use std::fmt;
use std::str::FromStr;

use super::exercise::ExerciseId;
use super::running::Test;

/// One kind of start.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Start {
    /// Today's routine from her plan.
    Today,
    /// The 5-minute version of today's routine.
    Short,
    /// Today's walk.
    Walk,
    /// One exercise, from the library ("try it now").
    Exercise(ExerciseId),
    /// A physiotherapist's routine she kept, by its `imported_at_ms`.
    Shared(i64),
    /// Her walk-run, once a passed return-to-running check has opened it.
    Run,
    /// One timed test of the return-to-running check.
    RunTest(Test),
    /// The short bracing routine from a carer's link (`domain::carer`): for someone
    /// who is not her, so it is never saved or logged.
    Carer,
}

impl fmt::Display for Start {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Start::Today => f.write_str("today"),
            Start::Short => f.write_str("short"),
            Start::Walk => f.write_str("walk"),
            Start::Exercise(id) => write!(f, "ex-{id}"),
            Start::Shared(at) => write!(f, "shared-{at}"),
            Start::Run => f.write_str("run"),
            Start::RunTest(test) => write!(f, "run-test-{}", test.key()),
            Start::Carer => f.write_str("carer"),
        }
    }
}

/// A text that names no start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownStart;

impl FromStr for Start {
    type Err = UnknownStart;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        match raw {
            "today" => Ok(Start::Today),
            "short" => Ok(Start::Short),
            "walk" => Ok(Start::Walk),
            "run" => Ok(Start::Run),
            "carer" => Ok(Start::Carer),
            _ => {
                if let Some(key) = raw.strip_prefix("run-test-") {
                    return Test::from_key(key).map(Start::RunTest).ok_or(UnknownStart);
                }
                if let Some(id) = raw.strip_prefix("ex-") {
                    return ExerciseId::new(id).map(Start::Exercise).ok_or(UnknownStart);
                }
                let at = raw.strip_prefix("shared-").ok_or(UnknownStart)?;
                // Only plain digits: no sign, no spaces, as `Display` writes it.
                if at.is_empty() || !at.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(UnknownStart);
                }
                at.parse().map(Start::Shared).map_err(|_| UnknownStart)
            }
        }
    }
}

use super::catalog::Catalog;
use super::exercise::Exercise;
use super::exercise::{Dose, Kind};
use super::history::minutes_since;
use super::imported::ImportedRoutine;
use super::planner::{todays_routine, walk_suggestion, Composed, Length};
use super::progression::{dose_at, suits, PlanState};
use super::routine::{single, Routine, RoutineStep};
use super::running::{offer, Offer};
use super::saved::AppData;

use super::profile::WEEK_MS;

/// The routine a start plays, from her settled plan at `now_ms` (`offset_min`: her
/// local offset). `None` when it cannot be played: no such exercise or kept routine,
/// or it does not suit her stage. Before she has a profile only what suits the first
/// days after a caesarean (the most cautious case) can be tried.
pub fn routine_for(
    start: &Start,
    data: &AppData,
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> Option<Routine> {
    // A carer's routine is for anyone: no profile, stage or plan applies.
    if *start == Start::Carer {
        return super::carer::routine(catalog);
    }
    let Some(profile) = data.profile.as_ref() else {
        let Start::Exercise(id) = start else {
            return None;
        };
        let e = catalog.get(id)?;
        return (e.stage.caesarean_weeks == 0).then(|| single(e));
    };
    let stage = profile.stage(now_ms, offset_min);
    let th = &data.thresholds;
    match start {
        Start::Today | Start::Short => {
            let length = if *start == Start::Short {
                Length::Short
            } else {
                Length::Standard
            };
            let composed = todays_for(data, profile, &stage, length, catalog);
            Some(composed.routine).filter(|r| !r.steps.is_empty())
        }
        Start::Walk => {
            let minutes = minutes_since(&data.history, now_ms - WEEK_MS, catalog);
            let (id, _) = walk_suggestion(&data.plan, catalog, &stage, th, minutes)?;
            catalog.get(&id).map(single)
        }
        Start::Shared(at) => {
            let imported = data.imported.iter().find(|i| i.imported_at_ms == *at)?;
            Some(shared_routine(imported, &data.plan, catalog))
        }
        Start::Exercise(id) => {
            let e = catalog.get(id)?;
            suits(e, &stage, th).then(|| single(e))
        }
        Start::Run => {
            let (e, dose) = walk_run(data, catalog)?;
            suits(e, &stage, th).then(|| Routine {
                steps: vec![RoutineStep {
                    exercise: e.id.clone(),
                    dose,
                }],
                ..single(e)
            })
        }
        Start::RunTest(test) => {
            let open = offer(Some(&stage), &data.safety) == Offer::Open;
            let e = catalog.find(test.exercise())?;
            open.then(|| single(e))
        }
        Start::Carer => super::carer::routine(catalog),
    }
}

/// Her walk-run as her plan holds it now (the exercise and its dose), when a passed
/// return-to-running check has opened it.
pub fn walk_run<'a>(data: &AppData, catalog: &'a Catalog) -> Option<(&'a Exercise, Dose)> {
    data.plan.items.iter().find_map(|item| {
        let e = catalog.get(&item.exercise)?;
        (e.kind == Kind::Run).then(|| (e, dose_at(e, item.dose_step)))
    })
}

/// Today's routine of `length` for her, from her settled plan and her chosen length.
pub fn todays_for(
    data: &AppData,
    profile: &super::profile::Profile,
    stage: &super::profile::StageNow,
    length: Length,
    catalog: &Catalog,
) -> Composed {
    todays_routine(
        &data.plan,
        profile,
        catalog,
        stage,
        &data.thresholds,
        length,
        data.target_min,
    )
}

/// A physiotherapist's routine as she will do it: the doses as set, or, when the physio
/// let it adjust, moved by that routine's own progress (`PlanState::imported`).
pub fn shared_routine(imported: &ImportedRoutine, plan: &PlanState, catalog: &Catalog) -> Routine {
    let mut routine = imported.routine.to_routine();
    if !imported.routine.auto_progress {
        return routine;
    }
    let progress = plan
        .imported
        .iter()
        .find(|p| p.imported_at_ms == imported.imported_at_ms);
    for step in &mut routine.steps {
        let item = progress.and_then(|p| p.items.iter().find(|i| i.exercise == step.exercise));
        if let (Some(item), Some(e)) = (item, catalog.get(&step.exercise)) {
            let base = Exercise {
                dose: step.dose,
                ..e.clone()
            };
            step.dose = dose_at(&base, item.dose_step);
        }
    }
    routine
}
