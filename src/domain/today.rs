//! Everything Today shows, decided in one place: the stage line, the open morning
//! check, today's routine and why, the welcome back after time away, the walk, the tip
//! and the last session. Pure: the page lays this out and dispatches.

use super::catalog::Catalog;
use super::comfort::PainScore;
use super::history::{minutes_since, morning_check_due};
use super::plan_view::last_session_ms;
use super::planner::{
    own_routine_title, todays_tip, walk_suggestion, why_lines, Length, Tip, WhyLine,
};
use super::profile::{local_day, Profile};
use super::progression::{away_words, PlanState, Reason};
use super::routine::{planned_minutes, Routine};
use super::saved::AppData;
use super::start::todays_for;
use super::text::{Arg, Msg, Text};
use super::wording::since_birth_text;

use super::profile::WEEK_MS;

/// The next-morning check to ask today.
#[derive(Clone, Debug, PartialEq)]
pub struct MorningDue {
    /// The session it is about.
    pub started_at_ms: i64,
    /// Her pain before it, to compare against.
    pub before: Option<PainScore>,
    /// Nothing is known of her resting pain yet: ask her usual pain too.
    pub ask_usual: bool,
}

/// What Today shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayView {
    /// "3 weeks and 2 days since the birth · Planned caesarean".
    pub stage_line: Text,
    pub morning: Option<MorningDue>,
    pub routine: Routine,
    /// The routine's planned length, in whole minutes.
    pub minutes: i64,
    pub why: Vec<WhyLine>,
    /// "Welcome back! …" after time away eased her plan off, until she is back.
    pub welcome_back: Option<Text>,
    /// Today's walk (its exercise id) and the line about the weekly walking minutes.
    pub walk: Option<(String, Text)>,
    pub tip: Tip,
    /// "Last time: … · 13 min active".
    pub last_line: Option<Text>,
}

/// Today for her at `now_ms` (`offset_min`: her local offset), from her settled plan.
pub fn today_view(
    data: &AppData,
    profile: &Profile,
    now_ms: i64,
    offset_min: i32,
    catalog: &Catalog,
) -> TodayView {
    let stage = profile.stage(now_ms, offset_min);
    let th = &data.thresholds;
    let today = local_day(now_ms, offset_min);
    let morning =
        morning_check_due(&data.history, today, |ms| local_day(ms, offset_min)).map(|log| {
            MorningDue {
                started_at_ms: log.started_at_ms,
                before: log.comfort.before,
                ask_usual: log.comfort.before.is_none()
                    && profile.usual_pain.is_none()
                    && data.history.iter().all(|l| l.comfort.morning.is_none()),
            }
        });
    let composed = todays_for(data, profile, &stage, Length::Standard, catalog);
    let last_session = last_session_ms(&data.history);
    let why = why_lines(&composed, &data.plan, catalog, last_session, offset_min);
    let week = minutes_since(&data.history, now_ms - WEEK_MS, catalog);
    let walk = walk_suggestion(&data.plan, catalog, &stage, th, week)
        .map(|(id, text)| (id.to_string(), text));
    TodayView {
        stage_line: since_birth_text(&stage, profile.delivery),
        morning,
        minutes: planned_minutes(&composed.routine, catalog),
        routine: composed.routine,
        why,
        welcome_back: welcome_back(&data.plan, last_session),
        walk,
        tip: todays_tip(profile, &stage, profile.days_postpartum(now_ms, offset_min)),
        last_line: data
            .history
            .iter()
            .rev()
            .find(|l| !l.is_running_test())
            .map(|log| {
                let routine = own_routine_title(&log.routine)
                    .map_or_else(|| Arg::from(log.routine.as_str()), |m| Text::new(m).into());
                Text::new(Msg::PlannerLastTime)
                    .with("routine", routine)
                    // Whole minutes, rounded up: a short session still counts as one.
                    .with("minutes", ((log.active_ms.max(0) + 59_999) / 60_000).max(1))
            }),
    }
}

/// "Welcome back…" when time away eased her plan off and she has not been back since.
pub fn welcome_back(plan: &PlanState, last_session: Option<i64>) -> Option<Text> {
    let c = plan
        .changes
        .iter()
        .rev()
        .find(|c| c.routine.is_none() && matches!(c.reason, Reason::Away { .. }))?;
    if last_session.is_some_and(|l| l > c.at_ms) {
        return None;
    }
    let Reason::Away { days } = c.reason else {
        return None;
    };
    Some(Text::new(Msg::PlannerWelcomeBack).with("away", away_words(days)))
}
