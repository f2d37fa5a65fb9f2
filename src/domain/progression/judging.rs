//! Judging one session by the pain-monitoring rules, and the message that explains
//! each decision (words only when shown, in her language). Pure: it reads what she
//! reported and the thresholds.

use crate::domain::comfort::{Comfort, Effort, MorningCompare};
use crate::domain::settings::Thresholds;
use crate::domain::text::{Arg, Msg, Text};

/// How one session went, by the pain-monitoring rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judgement {
    /// Pain stayed in the safe band and her back was no worse the next morning.
    Comfortable,
    /// Pain reached the acceptable band (or the session felt too hard): fine, but no step up.
    Acceptable,
    /// Pain above the acceptable band, or her back was worse the next morning.
    TooMuch,
    /// Not enough was reported to tell (no after-report, or no next-morning check).
    Unknown,
}

/// What a plan item did after one session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Moved one step harder (a dose step, or on to the harder variant).
    Progress,
    /// Stayed exactly where it was.
    Hold,
    /// Moved one step gentler (a dose step, or back to the easier variant).
    StepBack,
    /// Joined her plan at its starting level.
    Start,
}

/// Why an item moved or stayed, with the numbers behind it. Pain values are 0–10.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// `sessions` comfortable sessions in a row, each with a fine next morning.
    ComfortableStreak { sessions: u8 },
    /// A comfortable session: `have` of the `need` in a row needed for a step up.
    BuildingStreak { have: u8, need: u8 },
    /// The worst pain during the session was in the acceptable band.
    PainModerate { pain: u8 },
    /// The worst pain during the session was above the acceptable band.
    PainTooHigh { pain: u8 },
    /// Her back felt worse the next morning.
    MorningWorse,
    /// Her next-morning pain was above her baseline (her pain before the session, or
    /// her most recent resting pain) by more than the allowed margin, though she did
    /// not call it worse.
    MorningHigher { baseline: u8, morning: u8 },
    /// No baseline was known and her next-morning pain was above the acceptable band.
    MorningHigh { pain: u8 },
    /// No baseline was known and her next-morning pain was in the acceptable band.
    MorningUnsettled { pain: u8 },
    /// No next-morning check was made.
    MorningMissing,
    /// She skipped the next-morning check.
    MorningSkipped,
    /// Nothing was reported after the session.
    NoReport,
    /// She said the session felt like too much, though pain stayed low.
    EffortTooHard,
    /// The session was stopped before the end.
    StoppedEarly,
    /// A step up was due, but this is the top of its chain at the highest dose step.
    AtTop,
    /// A step up was due, but the harder variant is for a later stage.
    StageLocked,
    /// A step back was due, but this is already the gentlest it goes.
    AtGentlest,
    /// The variant no longer suits her stage (her details changed), so it went back to
    /// the easiest variant of its chain that does.
    NotForStageYet,
    /// A step up was due, but the harder variant loads the pelvis unevenly, and she had
    /// pelvic or back pain in pregnancy (kept symmetrical for the first weeks).
    KeptSymmetric,
    /// `days` days without any session: this restarts a little gentler.
    Away { days: u16 },
    /// She reported a warning sign: every streak starts again.
    RedFlag,
    /// The first session after she said she had been checked: it may hold or ease
    /// off, never step up.
    AfterCheck,
    /// Joined her plan at this starting level (0 = the gentlest, 3 = the fullest).
    Placed { level: u8 },
}

impl Reason {
    /// One plain, warm line explaining the decision (no diagnosis), to follow a dash
    /// or a colon, so it starts in lower case.
    pub fn text(&self) -> Text {
        match *self {
            Reason::ComfortableStreak { sessions } => Text::new(Msg::PlannerReasonComfortable)
                .with("sessions", sessions)
                .with("count", count_text(sessions)),
            Reason::BuildingStreak { have, need } => {
                let left = need.saturating_sub(have).max(1);
                Text::new(Msg::PlannerReasonBuilding)
                    .with("left", left)
                    .with("count", count_text(left))
            }
            Reason::PainModerate { pain } => {
                Text::new(Msg::PlannerReasonPainModerate).with("pain", pain)
            }
            Reason::PainTooHigh { pain } => {
                Text::new(Msg::PlannerReasonPainTooHigh).with("pain", pain)
            }
            Reason::MorningWorse => Msg::PlannerReasonMorningWorse.into(),
            Reason::MorningHigher { baseline, morning } => {
                Text::new(Msg::PlannerReasonMorningHigher)
                    .with("morning", morning)
                    .with("baseline", baseline)
            }
            Reason::MorningHigh { pain } => {
                Text::new(Msg::PlannerReasonMorningHigh).with("pain", pain)
            }
            Reason::MorningUnsettled { pain } => {
                Text::new(Msg::PlannerReasonMorningUnsettled).with("pain", pain)
            }
            Reason::MorningMissing => Msg::PlannerReasonMorningMissing.into(),
            Reason::MorningSkipped => Msg::PlannerReasonMorningSkipped.into(),
            Reason::NoReport => Msg::PlannerReasonNoReport.into(),
            Reason::EffortTooHard => Msg::PlannerReasonEffortTooHard.into(),
            Reason::StoppedEarly => Msg::PlannerReasonStoppedEarly.into(),
            Reason::AtTop => Msg::PlannerReasonAtTop.into(),
            Reason::StageLocked => Msg::PlannerReasonStageLocked.into(),
            Reason::AtGentlest => Msg::PlannerReasonAtGentlest.into(),
            Reason::NotForStageYet => Msg::PlannerReasonNotForStage.into(),
            Reason::KeptSymmetric => Msg::PlannerReasonKeptSymmetric.into(),
            Reason::Away { days } => {
                Text::new(Msg::PlannerReasonAway).with("away", away_words(days))
            }
            Reason::RedFlag => Msg::PlannerReasonRedFlag.into(),
            Reason::AfterCheck => Msg::PlannerReasonAfterCheck.into(),
            Reason::Placed { level } => Text::new(Msg::PlannerReasonPlaced).with("level", level),
        }
    }
}

/// "two weeks", "four weeks" (or "10 days" below two weeks) for time away.
pub fn away_words(days: u16) -> Text {
    let weeks = days / 7;
    Text::new(Msg::PlannerAway)
        .with("days", u32::from(days))
        .with("weeks", u32::from(weeks))
        .with("count", count_text(u32::from(weeks)))
}

/// "two", "three"… for small counts, in words where the language spells them out.
fn count_text(n: impl Into<Arg>) -> Text {
    Text::new(Msg::PlannerCount).with("n", n)
}

/// Judges one session from what she reported, against her `baseline` (her pain before
/// the session when given, else her most recent resting pain; `None` when nothing is
/// known), by these rules, in order:
/// 1. worst pain during above `acceptable_max` → `TooMuch`;
/// 2. a next-morning report of "worse" → `TooMuch` (the 24-hour response matters most);
/// 3. next-morning pain above the baseline by more than `morning_margin` → `TooMuch`
///    (the load was more than her back settled from, even if she called it "the same");
///    with no baseline, next-morning pain above `acceptable_max` → `TooMuch`, and above
///    `comfortable_max` → `Acceptable` (not settled yet);
/// 4. no after-session report → `Unknown`;
/// 5. worst pain above `comfortable_max` → `Acceptable`;
/// 6. effort "too hard" → `Acceptable` (never better);
/// 7. no next-morning report (or it was skipped) → `Unknown` (hold until we know);
/// 8. otherwise → `Comfortable`.
pub fn judge(comfort: &Comfort, baseline: Option<u8>, th: &Thresholds) -> Judgement {
    assess(comfort, baseline, th).0
}

/// `judge` with the reason; the reason is `None` for a comfortable session (its reason
/// depends on the item's streak, which the caller knows).
pub fn assess(
    comfort: &Comfort,
    baseline: Option<u8>,
    th: &Thresholds,
) -> (Judgement, Option<Reason>) {
    let worst = comfort.after.as_ref().map(|a| a.worst_pain.value());
    if let Some(pain) = worst {
        if pain > th.acceptable_max {
            return (Judgement::TooMuch, Some(Reason::PainTooHigh { pain }));
        }
    }
    if let Some(m) = comfort.morning {
        if m.compare == MorningCompare::Worse {
            return (Judgement::TooMuch, Some(Reason::MorningWorse));
        }
        let morning = m.pain.value();
        match baseline {
            Some(baseline) if morning > baseline.saturating_add(th.morning_margin) => {
                return (
                    Judgement::TooMuch,
                    Some(Reason::MorningHigher { baseline, morning }),
                );
            }
            None if morning > th.acceptable_max => {
                return (
                    Judgement::TooMuch,
                    Some(Reason::MorningHigh { pain: morning }),
                );
            }
            None if morning > th.comfortable_max => {
                return (
                    Judgement::Acceptable,
                    Some(Reason::MorningUnsettled { pain: morning }),
                );
            }
            _ => {}
        }
    }
    let (Some(after), Some(pain)) = (comfort.after.as_ref(), worst) else {
        return (Judgement::Unknown, Some(Reason::NoReport));
    };
    if pain > th.comfortable_max {
        return (Judgement::Acceptable, Some(Reason::PainModerate { pain }));
    }
    if after.effort == Effort::TooHard {
        return (Judgement::Acceptable, Some(Reason::EffortTooHard));
    }
    if comfort.morning.is_none() {
        let reason = if comfort.morning_skipped {
            Reason::MorningSkipped
        } else {
            Reason::MorningMissing
        };
        return (Judgement::Unknown, Some(reason));
    }
    (Judgement::Comfortable, None)
}
