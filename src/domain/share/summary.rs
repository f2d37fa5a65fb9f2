//! The progress summary a link can carry: the period, sessions, minutes, pain, red
//! flags and notes, and (optionally) her plan as her own plan page shows it. Every rule
//! it must meet is `check`, the same one `decode` applies.

use super::{
    codes, in_range, text_fits, ShareError, ShareText, MAX_DAY, MAX_FLAGS, MAX_NOTES, MAX_PAIN,
    MAX_PAIN_ENTRIES, MAX_PERIOD_DAYS, MAX_PLAN_ITEMS, MAX_STREAK, SUMMARY_NOTE_MAX_CHARS,
};
use crate::domain::exercise::ExerciseId;
use crate::domain::profile::StageNow;
use crate::domain::progression::{MAX_STEP, MIN_STEP};
use crate::domain::routine::RoutineName;
use crate::domain::safety::Tier;
use crate::domain::settings::Thresholds;

/// Pain she reported on one day of the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryPain {
    /// Days after the summary's `from_day` (0 = the first day).
    pub day: u16,
    /// Worst pain during the session, 0–10.
    pub during: Option<u8>,
    /// Pain the next morning, 0–10.
    pub morning: Option<u8>,
}

/// A safety answer that sent her to help, on one day of the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryFlag {
    /// Days after the summary's `from_day`.
    pub day: u16,
    pub tier: Tier,
}

/// A note she wrote for her physiotherapist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryNote {
    /// Days after the summary's `from_day`.
    pub day: u16,
    /// At most [`SUMMARY_NOTE_MAX_CHARS`] characters.
    pub text: ShareText,
}

/// What she sends back: how a period of the routine went.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressSummary {
    pub routine: RoutineName,
    /// First day of the period, in days since 1970-01-01 (0 to [`MAX_DAY`]).
    pub from_day: i64,
    /// Length of the period, in days (1–366).
    pub days: u16,
    pub sessions_done: u16,
    pub sessions_planned: u16,
    /// Active exercise time over the period, in minutes (at most the period's length).
    pub minutes: u32,
    /// At most [`MAX_PAIN_ENTRIES`].
    pub pain: Vec<SummaryPain>,
    /// At most [`MAX_FLAGS`].
    pub flags: Vec<SummaryFlag>,
    /// At most [`MAX_NOTES`].
    pub notes: Vec<SummaryNote>,
    /// Where her plan stood when she made the summary; `None` when she had none, and in
    /// every link made before summaries carried it.
    pub plan: Option<SummaryPlan>,
}

/// Her plan as her "Your plan" page showed it on the summary's last day: enough for the
/// physiotherapist's view to work out the same status, next step and what it takes
/// (see `report::summary_statuses`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryPlan {
    /// Whole weeks since the birth.
    pub weeks: u8,
    /// Days past the whole weeks (0–6).
    pub days: u8,
    pub caesarean: bool,
    /// A third- or fourth-degree tear.
    pub severe_tear: bool,
    /// Pelvic-girdle care applies (back or pelvic pain in pregnancy, in the first weeks):
    /// exercises that load the pelvis unevenly wait.
    pub girdle_care: bool,
    /// Her plan is paused after a warning sign, until she has been checked.
    pub paused: bool,
    /// Her comfortable sessions in a row before a step up (1–5).
    pub sessions_to_progress: u8,
    /// Her weeks after a severe tear before more than gentle work (0–12).
    pub tear_weeks: u8,
    /// Her plan's items, in plan order; at most [`MAX_PLAN_ITEMS`].
    pub items: Vec<SummaryItem>,
}

impl SummaryPlan {
    /// Where she was, as gating and the plan page need it.
    pub fn stage(&self) -> StageNow {
        StageNow {
            weeks: self.weeks,
            days: self.days,
            caesarean: self.caesarean,
            severe_tear: self.severe_tear,
            girdle_care: self.girdle_care,
        }
    }

    /// Days since the birth.
    pub fn days_now(&self) -> i64 {
        i64::from(self.weeks) * 7 + i64::from(self.days)
    }

    /// Her thresholds as far as the plan's status depends on them; the rest are the
    /// defaults (they only judge sessions, which the summary does not replay).
    pub fn thresholds(&self) -> Thresholds {
        Thresholds {
            sessions_to_progress: self.sessions_to_progress,
            tear_weeks: self.tear_weeks,
            ..Thresholds::default()
        }
    }
}

/// One exercise of her plan in a summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryItem {
    /// Her current variant; it must have a share code.
    pub exercise: ExerciseId,
    /// Dose steps from the variant's default (`MIN_STEP` to `MAX_STEP`).
    pub dose_step: i8,
    /// Comfortable sessions of this item in a row (0 to [`MAX_STREAK`]).
    pub streak: u8,
    /// The day she last did it, in days after the summary's `from_day`; `None` when she
    /// did not do it in the period (or ever).
    pub last_done_day: Option<u16>,
}

impl ProgressSummary {
    /// Every rule a summary must meet (the same ones `decode` applies): ranges, counts,
    /// pain scores 0–10, and every day inside the period.
    pub fn check(&self) -> Result<(), ShareError> {
        in_range(self.from_day, 0, MAX_DAY, "start day")?;
        in_range(self.days, 1, MAX_PERIOD_DAYS, "number of days")?;
        in_range(self.minutes, 0, u32::from(self.days) * 24 * 60, "minutes")?;
        in_range(
            self.pain.len(),
            0,
            MAX_PAIN_ENTRIES,
            "number of pain scores",
        )?;
        in_range(self.flags.len(), 0, MAX_FLAGS, "number of safety flags")?;
        in_range(self.notes.len(), 0, MAX_NOTES, "number of notes")?;
        let last_day = self.days.saturating_sub(1);
        for p in &self.pain {
            in_range(p.day, 0, last_day, "day of a pain score")?;
            for score in [p.during, p.morning].into_iter().flatten() {
                in_range(score, 0, MAX_PAIN, "pain score")?;
            }
        }
        for f in &self.flags {
            in_range(f.day, 0, last_day, "day of a safety flag")?;
        }
        for n in &self.notes {
            in_range(n.day, 0, last_day, "day of a note")?;
            text_fits(&n.text, SUMMARY_NOTE_MAX_CHARS, "note")?;
        }
        if let Some(plan) = &self.plan {
            plan.check(last_day)?;
        }
        Ok(())
    }
}

impl SummaryPlan {
    /// The plan's rules, for a period whose last day is `last_day` (days after
    /// `from_day`). An exercise without a share code is reported as unknown code 0.
    fn check(&self, last_day: u16) -> Result<(), ShareError> {
        in_range(self.days, 0, 6, "time since the birth")?;
        in_range(
            self.sessions_to_progress,
            1,
            5,
            "number of sessions before a step up",
        )?;
        in_range(self.tear_weeks, 0, 12, "number of weeks after a tear")?;
        in_range(
            self.items.len(),
            0,
            MAX_PLAN_ITEMS,
            "number of plan exercises",
        )?;
        for item in &self.items {
            if codes::code_of(&item.exercise).is_none() {
                return Err(ShareError::UnknownExercise(0));
            }
            in_range(item.dose_step, MIN_STEP, MAX_STEP, "dose step")?;
            in_range(item.streak, 0, MAX_STREAK, "streak")?;
            if let Some(day) = item.last_done_day {
                in_range(day, 0, last_day, "day an exercise was last done")?;
            }
        }
        Ok(())
    }
}
