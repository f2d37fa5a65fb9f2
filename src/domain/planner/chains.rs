//! Which chains the planner uses and why: the everyday entries, the chains for each
//! pain site, the balanced mix, and the purpose each entry serves.

use crate::domain::profile::{PainSite, Profile};
use crate::domain::text::Msg;

pub(super) const BREATHING: &str = "breathing-belly";
pub(super) const BRACE: &str = "brace-lying";
pub(super) const PELVIC_FLOOR: &str = "pelvic-floor-quick";
pub(super) const TILT: &str = "pelvic-tilt-lying";
pub(super) const KNEE_ROLLS: &str = "knee-rolls";
pub(super) const HAMSTRING: &str = "hamstring-stretch";
pub(super) const HEEL_SLIDES: &str = "heel-slides";
pub(super) const CAT_COW: &str = "cat-cow";
pub(super) const CHIN_TUCK: &str = "chin-tuck";
pub(super) const CLAM: &str = "side-lying-clam";
pub(super) const WALK: &str = "walk-5";
/// A calm finish for soreness around the epidural site (not a plan item).
pub(super) const RELAX: &str = "breathing-relax";
/// A balanced mix for the whole back, lower back first (the most common): every chain
/// her plan holds besides the everyday ones, and what targets a back with no pain
/// site named.
pub(super) const BALANCED: [&str; 7] = [
    TILT,
    KNEE_ROLLS,
    CHIN_TUCK,
    HEEL_SLIDES,
    CAT_COW,
    HAMSTRING,
    CLAM,
];

/// Why an entry is in the routine (when no recent change explains it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Purpose {
    Breathe,
    Brace,
    PelvicFloor,
    Site(PainSite),
    Balance,
    Strength,
    Finish,
    CoolDown,
}

impl Purpose {
    pub(super) fn text(self) -> Msg {
        match self {
            Purpose::Breathe => Msg::LabelPurposeBreathe,
            Purpose::Brace => Msg::LabelPurposeBrace,
            Purpose::PelvicFloor => Msg::LabelPurposePelvicFloor,
            Purpose::Site(PainSite::LowerBack) => Msg::LabelPurposeLowerBack,
            Purpose::Site(PainSite::MiddleBack) => Msg::LabelPurposeMiddleBack,
            Purpose::Site(PainSite::UpperBack) => Msg::LabelPurposeUpperBack,
            Purpose::Site(PainSite::EpiduralSite) => Msg::LabelPurposeEpiduralSite,
            Purpose::Site(PainSite::Scar) => Msg::LabelPurposeScar,
            Purpose::Balance => Msg::LabelPurposeBalance,
            Purpose::Strength => Msg::LabelPurposeStrength,
            Purpose::Finish => Msg::LabelPurposeFinish,
            Purpose::CoolDown => Msg::LabelPurposeCoolDown,
        }
    }
}

/// The chains that target one pain site, most useful first.
pub(super) fn site_chains(site: PainSite) -> &'static [&'static str] {
    match site {
        PainSite::LowerBack => &[TILT, KNEE_ROLLS, HAMSTRING, HEEL_SLIDES],
        PainSite::MiddleBack => &[KNEE_ROLLS, CAT_COW],
        PainSite::UpperBack => &[CHIN_TUCK],
        PainSite::EpiduralSite => &[KNEE_ROLLS],
        // Breathing and the brace (already first) and the lying tilt chain: all gentle
        // on the tummy.
        PainSite::Scar => &[TILT],
    }
}

/// The chains her plan holds, by first member, in priority order: breathing, the brace
/// and pelvic floor (every day), then the chains for her pain sites (lower back first),
/// then the rest of the balanced mix.
pub(super) fn wanted(profile: &Profile) -> Vec<&'static str> {
    let mut out = vec![BREATHING, BRACE, PELVIC_FLOOR];
    let mut sites = profile.pain_sites.clone();
    sites.sort();
    sites.dedup();
    let targeted = sites.iter().flat_map(|&s| site_chains(s).iter().copied());
    for root in targeted.chain(BALANCED.iter().copied()) {
        if !out.contains(&root) {
            out.push(root);
        }
    }
    out
}
