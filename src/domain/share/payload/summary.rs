//! The progress summary's payload: the period, pain nibbles, flags, notes, and the
//! optional plan section after them. Shared readers and writers are the parent's.

use super::{byte, count, finish, nibbles, number, routine_name, share_text};
use crate::domain::progression::MIN_STEP;
use crate::domain::safety::Tier;
use crate::domain::share::bytes::{Reader, Writer};
use crate::domain::share::codes::{code_of, id_of};
use crate::domain::share::text;
use crate::domain::share::{
    ProgressSummary, ShareError, SummaryFlag, SummaryItem, SummaryNote, SummaryPain, SummaryPlan,
    MAX_FLAGS, MAX_NOTES, MAX_PAIN_ENTRIES, MAX_PLAN_ITEMS, SUMMARY_NOTE_MAX_CHARS,
};

/// A pain nibble meaning "not given".
const NO_PAIN: u8 = 0xf;

// Summary plan stage byte.
const DAYS_MASK: u8 = 0b111;
const CAESAREAN: u8 = 1 << 3;
const SEVERE_TEAR: u8 = 1 << 4;
const GIRDLE_CARE: u8 = 1 << 5;
const PAUSED: u8 = 1 << 6;
const STAGE_RESERVED: u8 = 1 << 7;

// ---- writing ----

/// A summary's payload. Out-of-range values are written so that reading rejects them.
pub(in crate::domain::share) fn summary_to_bytes(s: &ProgressSummary) -> Vec<u8> {
    let mut w = Writer::default();
    text::write(&mut w, s.routine.as_str());
    w.varint(u64::try_from(s.from_day).unwrap_or(u64::MAX));
    w.varint(u64::from(s.days));
    w.varint(u64::from(s.sessions_done));
    w.varint(u64::from(s.sessions_planned));
    w.varint(u64::from(s.minutes));
    w.len(s.pain.len());
    for p in &s.pain {
        w.varint(u64::from(p.day));
        w.u8(nibbles(pain_nibble(p.during), pain_nibble(p.morning)));
    }
    w.len(s.flags.len());
    for f in &s.flags {
        w.varint(u64::from(f.day));
        w.u8(tier_code(f.tier));
    }
    w.len(s.notes.len());
    for n in &s.notes {
        w.varint(u64::from(n.day));
        text::write(&mut w, n.text.as_str());
    }
    // Nothing at all without a plan, so such a summary is what it always was.
    if let Some(plan) = &s.plan {
        write_plan(&mut w, plan);
    }
    w.into_bytes()
}

fn write_plan(w: &mut Writer, p: &SummaryPlan) {
    // Too many days to fit becomes 7, which `check` rejects.
    let mut stage = p.days.min(DAYS_MASK);
    for (on, bit) in [
        (p.caesarean, CAESAREAN),
        (p.severe_tear, SEVERE_TEAR),
        (p.girdle_care, GIRDLE_CARE),
        (p.paused, PAUSED),
    ] {
        if on {
            stage |= bit;
        }
    }
    w.u8(stage);
    w.u8(p.weeks);
    w.u8(nibbles(p.sessions_to_progress, p.tear_weeks));
    w.len(p.items.len());
    for item in &p.items {
        // Code 0 is never assigned, so an exercise without a code fails to read back.
        w.u8(code_of(&item.exercise).unwrap_or(0));
        // A step below `MIN_STEP` becomes 15 (step 13), which `check` rejects.
        let step = u8::try_from(i16::from(item.dose_step) - i16::from(MIN_STEP)).unwrap_or(0xf);
        w.u8(nibbles(step, item.streak));
        // A day too large for a u16 once shifted fails to read back as one.
        w.varint(item.last_done_day.map_or(0, |d| u64::from(d) + 1));
    }
}

/// A pain score as a nibble; an out-of-range score becomes 14, which reading rejects.
fn pain_nibble(score: Option<u8>) -> u8 {
    score.map_or(NO_PAIN, |v| v.min(NO_PAIN - 1))
}

fn tier_code(tier: Tier) -> u8 {
    match tier {
        Tier::Emergency => 0,
        Tier::Today => 1,
        Tier::Physio => 2,
        Tier::GpOrPhysio => 3,
    }
}

// ---- reading ----

/// Reads a summary's payload; ranges are left to `ProgressSummary::check`.
pub(in crate::domain::share) fn summary_from_bytes(
    bytes: &[u8],
) -> Result<ProgressSummary, ShareError> {
    let mut r = Reader::new(bytes);
    let routine = routine_name(&mut r)?;
    let from_day = number(&mut r, "start day")?;
    let days = number(&mut r, "number of days")?;
    let sessions_done = number(&mut r, "sessions done")?;
    let sessions_planned = number(&mut r, "sessions planned")?;
    let minutes = number(&mut r, "minutes")?;

    let n = count(&mut r, MAX_PAIN_ENTRIES, "number of pain scores")?;
    let mut pain = Vec::with_capacity(n);
    for _ in 0..n {
        let day = number(&mut r, "day of a pain score")?;
        let scores = byte(&mut r, "pain score")?;
        pain.push(SummaryPain {
            day,
            during: pain_score(scores >> 4)?,
            morning: pain_score(scores & 0xf)?,
        });
    }

    let n = count(&mut r, MAX_FLAGS, "number of safety flags")?;
    let mut flags = Vec::with_capacity(n);
    for _ in 0..n {
        let day = number(&mut r, "day of a safety flag")?;
        let tier = match byte(&mut r, "safety flag")? {
            0 => Tier::Emergency,
            1 => Tier::Today,
            2 => Tier::Physio,
            3 => Tier::GpOrPhysio,
            _ => {
                return Err(ShareError::InvalidNumber {
                    field: "safety flag",
                })
            }
        };
        flags.push(SummaryFlag { day, tier });
    }

    let n = count(&mut r, MAX_NOTES, "number of notes")?;
    let mut notes = Vec::with_capacity(n);
    for _ in 0..n {
        let day = number(&mut r, "day of a note")?;
        let text = share_text(&mut r, SUMMARY_NOTE_MAX_CHARS, "note")?;
        notes.push(SummaryNote { day, text });
    }
    // The plan section is optional: links made before it existed end here.
    let plan = if r.is_empty() {
        None
    } else {
        Some(plan(&mut r)?)
    };
    finish(&r)?;
    Ok(ProgressSummary {
        routine,
        from_day,
        days,
        sessions_done,
        sessions_planned,
        minutes,
        pain,
        flags,
        notes,
        plan,
    })
}

/// A summary's plan section; ranges are left to `ProgressSummary::check`.
fn plan(r: &mut Reader) -> Result<SummaryPlan, ShareError> {
    let stage = byte(r, "plan stage")?;
    if stage & STAGE_RESERVED != 0 {
        return Err(ShareError::Malformed {
            field: "plan stage",
        });
    }
    let weeks = byte(r, "time since the birth")?;
    let rules = byte(r, "plan rules")?;
    let n = count(r, MAX_PLAN_ITEMS, "number of plan exercises")?;
    let mut items = Vec::with_capacity(n);
    for _ in 0..n {
        let code = byte(r, "plan exercise")?;
        let exercise = id_of(code).ok_or(ShareError::UnknownExercise(code))?;
        let step = byte(r, "dose step")?;
        let last: u16 = number(r, "day an exercise was last done")?;
        items.push(SummaryItem {
            exercise,
            // A nibble (0–15) from `MIN_STEP` always fits an i8.
            dose_step: MIN_STEP.saturating_add_unsigned(step >> 4),
            streak: step & 0xf,
            last_done_day: last.checked_sub(1),
        });
    }
    Ok(SummaryPlan {
        weeks,
        days: stage & DAYS_MASK,
        caesarean: stage & CAESAREAN != 0,
        severe_tear: stage & SEVERE_TEAR != 0,
        girdle_care: stage & GIRDLE_CARE != 0,
        paused: stage & PAUSED != 0,
        sessions_to_progress: rules >> 4,
        tear_weeks: rules & 0xf,
        items,
    })
}

fn pain_score(nibble: u8) -> Result<Option<u8>, ShareError> {
    match nibble {
        NO_PAIN => Ok(None),
        v if v <= crate::domain::share::MAX_PAIN => Ok(Some(v)),
        _ => Err(ShareError::InvalidNumber {
            field: "pain score",
        }),
    }
}
