//! Today's tip: one short message a day on Today, chosen by rules from her profile and
//! stage. It takes no routine time and links to the lesson that says more.

use crate::domain::profile::{PainSite, Profile, StageNow};
use crate::domain::text::Msg;

/// Weeks after a caesarean during which its two tips come first.
pub const CAESAREAN_TIP_WEEKS: u8 = 6;
/// Weeks after an epidural during which its tip may show.
pub const EPIDURAL_TIP_WEEKS: u8 = 2;

/// One tip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tip {
    /// After a caesarean: nothing heavier than the baby for about 6 weeks.
    CaesareanLifting,
    /// After a caesarean: hold the wound when coughing, sneezing or laughing.
    CaesareanCough,
    /// She reports pain when lifting: bend the knees, lift with the legs.
    LiftWithLegs,
    /// Upper-back pain: how she sits to feed.
    FeedingPosture,
    /// After an epidural: soreness at the site, and the headache to call about.
    EpiduralSite,
    /// Back or pelvic pain in pregnancy: keep the knees together when turning.
    PelvisEven,
    /// For anyone: heat or cold for a sore back.
    HeatCold,
}

impl Tip {
    /// A stable key (for tests and styling).
    pub fn key(self) -> &'static str {
        match self {
            Tip::CaesareanLifting => "caesarean-lifting",
            Tip::CaesareanCough => "caesarean-cough",
            Tip::LiftWithLegs => "lift-with-legs",
            Tip::FeedingPosture => "feeding-posture",
            Tip::EpiduralSite => "epidural-site",
            Tip::PelvisEven => "pelvis-even",
            Tip::HeatCold => "heat-cold",
        }
    }

    /// The lesson that says more (an exercise id in the catalogue).
    pub fn lesson(self) -> &'static str {
        match self {
            Tip::CaesareanLifting => "lesson-caesarean-recovery",
            Tip::CaesareanCough => "lesson-wound-support",
            Tip::LiftWithLegs => "lesson-lifting-baby",
            Tip::FeedingPosture => "lesson-feeding-posture",
            Tip::EpiduralSite => "lesson-epidural-site",
            Tip::PelvisEven => "lesson-sitting-support",
            Tip::HeatCold => "heat-cold",
        }
    }

    /// The tip itself: one or two short sentences, in the app's own words.
    pub fn text(self) -> Msg {
        match self {
            Tip::CaesareanLifting => Msg::LabelTipCaesareanLifting,
            Tip::CaesareanCough => Msg::LabelTipCaesareanCough,
            Tip::LiftWithLegs => Msg::LabelTipLiftWithLegs,
            Tip::FeedingPosture => Msg::LabelTipFeedingPosture,
            Tip::EpiduralSite => Msg::LabelTipEpiduralSite,
            Tip::PelvisEven => Msg::LabelTipPelvisEven,
            Tip::HeatCold => Msg::LabelTipHeatCold,
        }
    }
}

/// Today's tip, by these rules:
/// 1. in the first `CAESAREAN_TIP_WEEKS` weeks after a caesarean, the lifting limit and
///    the wound support alternate day by day (the lifting limit on even days);
/// 2. otherwise the tips that apply to her take turns, one a day, in this order: lifting
///    with the legs (she reports pain when lifting), the epidural site (in the first
///    `EPIDURAL_TIP_WEEKS` weeks after an epidural, or soreness there), feeding
///    posture (upper-back pain), an even pelvis (pain in pregnancy, while pelvic care
///    applies), and heat or cold (for everyone).
///
/// `day` is her days since the birth, so the tip turns over at her midnight.
pub fn todays_tip(profile: &Profile, stage: &StageNow, day: i64) -> Tip {
    if stage.caesarean && stage.weeks < CAESAREAN_TIP_WEEKS {
        return if day.rem_euclid(2) == 0 {
            Tip::CaesareanLifting
        } else {
            Tip::CaesareanCough
        };
    }
    let sites = &profile.pain_sites;
    let rules = [
        (profile.lifting_pain, Tip::LiftWithLegs),
        (
            (profile.epidural && stage.weeks < EPIDURAL_TIP_WEEKS)
                || sites.contains(&PainSite::EpiduralSite),
            Tip::EpiduralSite,
        ),
        (sites.contains(&PainSite::UpperBack), Tip::FeedingPosture),
        (stage.girdle_care, Tip::PelvisEven),
        (true, Tip::HeatCold),
    ];
    let apply: Vec<Tip> = rules
        .iter()
        .filter(|(when, _)| *when)
        .map(|(_, tip)| *tip)
        .collect();
    let n = i64::try_from(apply.len()).unwrap_or(1).max(1);
    let i = usize::try_from(day.rem_euclid(n)).unwrap_or(0);
    apply.get(i).copied().unwrap_or(Tip::HeatCold)
}
