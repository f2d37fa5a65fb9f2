//! The progress summary she can send back to her physiotherapist: sessions done
//! against the plan, minutes, the pain trend, red flags, her notes and where her plan
//! stands, for a period. Built here from her history and settled plan; carried in a
//! link by `share`; turned back into her plan page's statuses for the physiotherapist.

use super::catalog::Catalog;
use super::history::SessionLog;
use super::plan_view::{chain_statuses_at, ChainStatus};
use super::profile::StageNow;
use super::progression::{PlanItem, MAX_STEP, MIN_STEP};
use super::routine::RoutineName;
use super::safety::SafetyState;
use super::settings::Thresholds;
use super::share::{
    Frequency, ProgressSummary, ShareText, SummaryFlag, SummaryItem, SummaryNote, SummaryPain,
    SummaryPlan, CODES, MAX_FLAGS, MAX_NOTES, MAX_PAIN_ENTRIES as MAX_PAIN, MAX_PLAN_ITEMS,
    MAX_STREAK, SUMMARY_NOTE_MAX_CHARS as NOTE_CHARS,
};

use super::profile::DAY_MS;

/// Sessions the plan asks for over `days` days.
pub fn planned_sessions(frequency: Frequency, days: u16) -> u16 {
    match frequency {
        Frequency::PerDay(n) => u16::from(n).saturating_mul(days),
        Frequency::PerWeek(n) => (u16::from(n).saturating_mul(days)).div_ceil(7),
    }
}

/// The summary of the `days` days ending with `today` (local day numbers; `day_of`
/// maps a timestamp to one), without her plan: set `plan` with [`summary_plan`].
pub fn progress_summary(
    logs: &[SessionLog],
    safety: &SafetyState,
    routine: RoutineName,
    frequency: Frequency,
    today: i64,
    days: u16,
    day_of: impl Fn(i64) -> i64,
) -> ProgressSummary {
    let days = days.clamp(1, 366);
    let from_day = today - i64::from(days) + 1;
    let offset = |day: i64| u16::try_from(day - from_day).ok().filter(|d| *d < days);
    let in_period: Vec<(u16, &SessionLog)> = logs
        .iter()
        .filter_map(|l| offset(day_of(l.started_at_ms)).map(|d| (d, l)))
        .collect();
    let newest = |n: usize, len: usize| len.saturating_sub(n);
    let mut pain: Vec<SummaryPain> = in_period
        .iter()
        .map(|(day, l)| SummaryPain {
            day: *day,
            during: l.comfort.after.as_ref().map(|a| a.worst_pain.value()),
            morning: l.comfort.morning.map(|m| m.pain.value()),
        })
        .filter(|p| p.during.is_some() || p.morning.is_some())
        .collect();
    pain.drain(..newest(MAX_PAIN, pain.len()));
    let mut flags: Vec<SummaryFlag> = safety
        .events
        .iter()
        .filter_map(|e| offset(day_of(e.at_ms)).map(|day| SummaryFlag { day, tier: e.tier }))
        .collect();
    flags.drain(..newest(MAX_FLAGS, flags.len()));
    let mut notes: Vec<SummaryNote> = in_period
        .iter()
        .filter_map(|(day, l)| {
            let text = l.comfort.after.as_ref()?.note.as_str();
            let cut: String = text
                .chars()
                .take(NOTE_CHARS)
                .collect::<String>()
                .replace(['\n', '\r'], " ");
            let text = ShareText::new(&cut, NOTE_CHARS).filter(|t| !t.as_str().is_empty())?;
            Some(SummaryNote { day: *day, text })
        })
        .collect();
    notes.drain(..newest(MAX_NOTES, notes.len()));
    let minutes: i64 = in_period.iter().map(|(_, l)| l.active_ms).sum::<i64>() / 60_000;
    ProgressSummary {
        routine,
        from_day,
        days,
        sessions_done: u16::try_from(in_period.len()).unwrap_or(u16::MAX),
        sessions_planned: planned_sessions(frequency, days),
        minutes: u32::try_from(minutes.max(0)).unwrap_or(u32::MAX),
        pain,
        flags,
        notes,
        plan: None,
    }
}

/// Her settled plan for a summary of the `days` days from `from_day` (a local day
/// number; `day_of` maps a timestamp to one), as her plan page shows it on the last of
/// them: her stage, the two thresholds the plan's status depends on, whether it is
/// paused, and each item in plan order, with the day she last did it when that falls
/// inside the period (`None` otherwise).
///
/// Always passes the summary's `check`: steps and streaks are clamped to their ranges,
/// and only the first [`MAX_PLAN_ITEMS`] items with a share code are kept (every
/// catalogue exercise has one).
pub fn summary_plan(
    items: &[PlanItem],
    stage: &StageNow,
    th: &Thresholds,
    paused: bool,
    from_day: i64,
    days: u16,
    day_of: impl Fn(i64) -> i64,
) -> SummaryPlan {
    let in_period = |ms: i64| {
        let day = u16::try_from(day_of(ms) - from_day).ok()?;
        (day < days).then_some(day)
    };
    let items = items
        .iter()
        .filter(|i| CODES.iter().any(|(_, id)| *id == i.exercise.as_str()))
        .take(MAX_PLAN_ITEMS)
        .map(|i| SummaryItem {
            exercise: i.exercise.clone(),
            dose_step: i.dose_step.clamp(MIN_STEP, MAX_STEP),
            streak: i.streak.min(MAX_STREAK),
            last_done_day: i.last_done_ms.and_then(in_period),
        })
        .collect();
    SummaryPlan {
        weeks: stage.weeks,
        days: stage.days.min(6),
        caesarean: stage.caesarean,
        severe_tear: stage.severe_tear,
        girdle_care: stage.girdle_care,
        paused,
        sessions_to_progress: th.sessions_to_progress.clamp(1, 5),
        tear_weeks: th.tear_weeks.min(12),
        items,
    }
}

/// Her plan page's statuses for a summary's plan, as she saw them on the summary's last
/// day (`Gate` days count from that day). `last_done_ms` is the start of the day she
/// last did the item, in the summary's day numbers (UTC-based like `from_day`), so
/// `last_done_ms.div_euclid(DAY_MS)` is that day again.
pub fn summary_statuses(plan: &SummaryPlan, from_day: i64, catalog: &Catalog) -> Vec<ChainStatus> {
    let items: Vec<PlanItem> = plan
        .items
        .iter()
        .map(|i| PlanItem {
            exercise: i.exercise.clone(),
            dose_step: i.dose_step,
            streak: i.streak,
            last_done_ms: i
                .last_done_day
                .map(|d| (from_day + i64::from(d)).saturating_mul(DAY_MS)),
        })
        .collect();
    chain_statuses_at(
        &items,
        &plan.stage(),
        plan.days_now(),
        catalog,
        &plan.thresholds(),
        plan.paused,
    )
}

/// Days a progress summary covers.
pub const REPORT_DAYS: u16 = 28;

/// Her progress summary of the last `days` days at `now_ms` (`offset_min`: her local
/// offset), for the routine she follows (her physiotherapist's, when one is her plan),
/// with her plan as her plan page shows it when she has one. `own_name` names the
/// app's own routine, in her language (`Msg::WordsAppRoutine`): the link carries it
/// as a name, like a physiotherapist's routine's.
pub fn summary_for(
    data: &super::saved::AppData,
    now_ms: i64,
    offset_min: i32,
    days: u16,
    own_name: &str,
) -> Option<ProgressSummary> {
    let plan_routine = data.imported.iter().find(|i| i.as_plan);
    let name = plan_routine
        .map(|i| i.routine.name.clone())
        .or_else(|| RoutineName::new(own_name))?;
    let frequency = plan_routine.map_or(Frequency::PerDay(1), |i| i.routine.frequency);
    let day_of = |ms: i64| super::profile::local_day(ms, offset_min);
    let mut summary = progress_summary(
        &data.history,
        &data.safety,
        name,
        frequency,
        day_of(now_ms),
        days,
        day_of,
    );
    summary.plan = data
        .profile
        .as_ref()
        .filter(|_| !data.plan.items.is_empty())
        .map(|profile| {
            summary_plan(
                &data.plan.items,
                &profile.stage(now_ms, offset_min),
                &data.thresholds,
                data.safety.is_paused(),
                summary.from_day,
                summary.days,
                day_of,
            )
        });
    Some(summary)
}
