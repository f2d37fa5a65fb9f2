//! Wire conversions for the personal plan (format 3): profile, plan state, safety
//! record, thresholds and comfort reports. Every value read back is validated.

use super::wire::{
    WireAfter, WireComfort, WireMorning, WireProfile, WireSafety, WireSafetyEvent, WireThresholds,
};
use super::{corrupt, SavedError};
use crate::domain::comfort::{
    AfterReport, Comfort, Effort, MorningCompare, MorningReport, Note, PainScore,
};
use crate::domain::profile::{
    Activity, Birth, ContactText, Delivery, PainSite, Profile, MAX_WEEKS_AGO,
};
use crate::domain::safety::{Moment, RedFlag, SafetyEvent, SafetyState, Tier};
use crate::domain::settings::Thresholds;

pub(super) fn pain(raw: u8) -> Result<PainScore, SavedError> {
    PainScore::new(raw).ok_or_else(|| corrupt("a pain score is above 10"))
}

pub(super) fn comfort_to_wire(c: &Comfort) -> WireComfort {
    WireComfort {
        before: c.before.map(PainScore::value),
        after: c.after.as_ref().map(|a| WireAfter {
            worst_pain: a.worst_pain.value(),
            effort: a.effort.key().to_owned(),
            note: a.note.as_str().to_owned(),
        }),
        morning: c.morning.map(|m| WireMorning {
            compare: m.compare.key().to_owned(),
            pain: m.pain.value(),
            at_ms: m.at_ms,
        }),
        morning_skipped: c.morning_skipped,
    }
}

pub(super) fn comfort_from_wire(w: WireComfort) -> Result<Comfort, SavedError> {
    let after = w
        .after
        .map(|a| {
            Ok::<_, SavedError>(AfterReport {
                worst_pain: pain(a.worst_pain)?,
                effort: Effort::from_key(&a.effort).ok_or_else(|| corrupt("unknown effort"))?,
                note: Note::new(&a.note).ok_or_else(|| corrupt("a note is too long"))?,
            })
        })
        .transpose()?;
    let morning = w
        .morning
        .map(|m| {
            Ok::<_, SavedError>(MorningReport {
                compare: MorningCompare::from_key(&m.compare)
                    .ok_or_else(|| corrupt("unknown morning answer"))?,
                pain: pain(m.pain)?,
                at_ms: m.at_ms,
            })
        })
        .transpose()?;
    Ok(Comfort {
        before: w.before.map(pain).transpose()?,
        after,
        morning,
        morning_skipped: w.morning_skipped,
    })
}

pub(super) fn profile_to_wire(p: &Profile) -> WireProfile {
    let (birth_day, weeks_ago, recorded_at_ms) = match p.birth {
        Birth::Date { day } => (Some(day), None, None),
        Birth::WeeksAgo {
            weeks,
            recorded_at_ms,
        } => (None, Some(weeks), Some(recorded_at_ms)),
    };
    WireProfile {
        birth_day,
        weeks_ago,
        recorded_at_ms,
        delivery: p.delivery.key().to_owned(),
        severe_tear: p.severe_tear,
        epidural: p.epidural,
        pain_sites: p.pain_sites.iter().map(|s| s.key().to_owned()).collect(),
        pregnancy_back_pain: p.pregnancy_back_pain,
        activity: p.activity.key().to_owned(),
        cleared_at_ms: p.cleared_at_ms,
        emergency_number: p.emergency_number.as_str().to_owned(),
        care_contact: p.care_contact.as_str().to_owned(),
        usual_pain: p.usual_pain.map(PainScore::value),
        lifting_pain: p.lifting_pain,
    }
}

pub(super) fn profile_from_wire(w: WireProfile) -> Result<Profile, SavedError> {
    let birth = match (w.birth_day, w.weeks_ago, w.recorded_at_ms) {
        (Some(day), None, None) => Birth::Date { day },
        (None, Some(weeks), Some(recorded_at_ms)) if weeks <= MAX_WEEKS_AGO => Birth::WeeksAgo {
            weeks,
            recorded_at_ms,
        },
        _ => return Err(corrupt("the birth is neither a date nor weeks ago")),
    };
    let mut pain_sites = w
        .pain_sites
        .iter()
        .map(|s| PainSite::from_key(s).ok_or_else(|| corrupt("unknown pain site")))
        .collect::<Result<Vec<_>, _>>()?;
    pain_sites.sort();
    pain_sites.dedup();
    Ok(Profile {
        birth,
        delivery: Delivery::from_key(&w.delivery).ok_or_else(|| corrupt("unknown delivery"))?,
        severe_tear: w.severe_tear,
        epidural: w.epidural,
        pain_sites,
        pregnancy_back_pain: w.pregnancy_back_pain,
        activity: Activity::from_key(&w.activity).ok_or_else(|| corrupt("unknown activity"))?,
        cleared_at_ms: w.cleared_at_ms,
        emergency_number: ContactText::new(&w.emergency_number)
            .ok_or_else(|| corrupt("the emergency number is invalid"))?,
        care_contact: ContactText::new(&w.care_contact)
            .ok_or_else(|| corrupt("the care contact is invalid"))?,
        usual_pain: w.usual_pain.map(pain).transpose()?,
        lifting_pain: w.lifting_pain,
    })
}

pub(super) fn safety_to_wire(s: &SafetyState) -> WireSafety {
    WireSafety {
        events: s
            .events
            .iter()
            .map(|e| WireSafetyEvent {
                at_ms: e.at_ms,
                tier: e.tier.key().to_owned(),
                flags: e.flags.iter().map(|f| f.key().to_owned()).collect(),
                during_session: e.moment == Moment::DuringSession,
            })
            .collect(),
        paused_since_ms: s.paused_since_ms,
        resumed_at_ms: s.resumed_at_ms.clone(),
    }
}

pub(super) fn safety_from_wire(w: WireSafety) -> Result<SafetyState, SavedError> {
    let events = w
        .events
        .into_iter()
        .map(|e| {
            Ok(SafetyEvent {
                at_ms: e.at_ms,
                tier: Tier::from_key(&e.tier).ok_or_else(|| corrupt("unknown tier"))?,
                flags: e
                    .flags
                    .iter()
                    .map(|f| RedFlag::from_key(f).ok_or_else(|| corrupt("unknown red flag")))
                    .collect::<Result<Vec<_>, _>>()?,
                moment: if e.during_session {
                    Moment::DuringSession
                } else {
                    Moment::BeforeSession
                },
            })
        })
        .collect::<Result<Vec<_>, SavedError>>()?;
    Ok(SafetyState {
        events,
        paused_since_ms: w.paused_since_ms,
        resumed_at_ms: w.resumed_at_ms,
    })
}

pub(super) fn thresholds_to_wire(t: Thresholds) -> WireThresholds {
    WireThresholds {
        comfortable_max: t.comfortable_max,
        acceptable_max: t.acceptable_max,
        sessions_to_progress: t.sessions_to_progress,
        tear_weeks: t.tear_weeks,
        morning_margin: t.morning_margin,
        away_days: t.away_days,
        away_days_two: t.away_days_two,
    }
}

pub(super) fn thresholds_from_wire(w: WireThresholds) -> Result<Thresholds, SavedError> {
    let t = Thresholds {
        comfortable_max: w.comfortable_max,
        acceptable_max: w.acceptable_max,
        sessions_to_progress: w.sessions_to_progress,
        tear_weeks: w.tear_weeks,
        morning_margin: w.morning_margin,
        away_days: w.away_days,
        away_days_two: w.away_days_two,
    };
    t.check().map_err(corrupt)?;
    Ok(t)
}
