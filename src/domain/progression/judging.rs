//! Judging one session by the pain-monitoring rules, and the plain words that explain
//! each decision. Pure: it reads what she reported and the thresholds.

use crate::domain::comfort::{Comfort, Effort, MorningCompare};
use crate::domain::settings::Thresholds;

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
    /// Her next-morning pain was above her pain before the session, though she did not
    /// call it worse.
    MorningHigher { before: u8, morning: u8 },
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
}

impl Reason {
    /// One plain, warm line explaining the decision (no diagnosis), to follow a dash
    /// or a colon, so it starts in lower case.
    pub fn text(&self) -> String {
        match *self {
            Reason::ComfortableStreak { sessions } if sessions <= 1 => {
                "your last session was comfortable and your back was fine the next morning"
                    .to_owned()
            }
            Reason::ComfortableStreak { sessions } => format!(
                "the last {} sessions were comfortable and your back was fine the next morning",
                count_word(sessions)
            ),
            Reason::BuildingStreak { have, need } => {
                let left = need.saturating_sub(have).max(1);
                let more = if left == 1 {
                    "one more like it".to_owned()
                } else {
                    format!("{} more like it", count_word(left))
                };
                format!("that session was comfortable; {more} and this moves up a step")
            }
            Reason::PainModerate { pain } => format!(
                "pain reached {pain} out of 10, which is fine, so this stays the same for now"
            ),
            Reason::PainTooHigh { pain } => {
                format!("pain reached {pain} out of 10, so this eases off a step")
            }
            Reason::MorningWorse => {
                "your back felt worse the next morning, so this eases off a step".to_owned()
            }
            Reason::MorningHigher { before, morning } => format!(
                "your back was at {morning} out of 10 the next morning, up from {before} \
                 before the session, so this eases off a step"
            ),
            Reason::MorningMissing => {
                "no next-morning check yet, so this stays the same".to_owned()
            }
            Reason::MorningSkipped => {
                "the next-morning check was skipped, so this stays the same".to_owned()
            }
            Reason::NoReport => "no report after the session, so this stays the same".to_owned(),
            Reason::EffortTooHard => {
                "the session felt like too much, so this stays the same for now".to_owned()
            }
            Reason::StoppedEarly => {
                "the session was stopped early, so this stays the same".to_owned()
            }
            Reason::AtTop => {
                "this is already the fullest version here, so it stays the same".to_owned()
            }
            Reason::StageLocked => {
                "the next step opens up a little later after the birth, so this stays the same \
                 for now"
                    .to_owned()
            }
            Reason::AtGentlest => {
                "this is already as gentle as it goes, so it stays the same; if it keeps \
                 hurting, mention it to your midwife or physiotherapist"
                    .to_owned()
            }
            Reason::NotForStageYet => {
                "that version is meant for a little later after the birth, so this goes back \
                 to a gentler one"
                    .to_owned()
            }
        }
    }
}

/// "two", "three"… for small counts; digits beyond ten.
fn count_word(n: u8) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(usize::from(n))
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// Judges one session from what she reported, by these rules, in order:
/// 1. worst pain during above `acceptable_max` → `TooMuch`;
/// 2. a next-morning report of "worse" → `TooMuch` (the 24-hour response matters most);
/// 3. next-morning pain above the pain before the session (when both were given) →
///    `TooMuch` (the load was more than her back settled from, even if she called it
///    "the same");
/// 4. no after-session report → `Unknown`;
/// 5. worst pain above `comfortable_max` → `Acceptable`;
/// 6. effort "too hard" → `Acceptable` (never better);
/// 7. no next-morning report (or it was skipped) → `Unknown` (hold until we know);
/// 8. otherwise → `Comfortable`.
pub fn judge(comfort: &Comfort, th: &Thresholds) -> Judgement {
    assess(comfort, th).0
}

/// `judge` with the reason; the reason is `None` for a comfortable session (its reason
/// depends on the streak, which `apply` knows).
pub(super) fn assess(comfort: &Comfort, th: &Thresholds) -> (Judgement, Option<Reason>) {
    let worst = comfort.after.as_ref().map(|a| a.worst_pain.value());
    if let Some(pain) = worst {
        if pain > th.acceptable_max {
            return (Judgement::TooMuch, Some(Reason::PainTooHigh { pain }));
        }
    }
    if comfort
        .morning
        .is_some_and(|m| m.compare == MorningCompare::Worse)
    {
        return (Judgement::TooMuch, Some(Reason::MorningWorse));
    }
    if let (Some(before), Some(morning)) = (comfort.before, comfort.morning) {
        if morning.pain > before {
            // Next-morning pain above the baseline means the load was more than her back
            // settled from, even if she called it "the same" (pain-monitoring model).
            return (
                Judgement::TooMuch,
                Some(Reason::MorningHigher {
                    before: before.value(),
                    morning: morning.pain.value(),
                }),
            );
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
