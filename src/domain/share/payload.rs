//! The payloads of the share format (version 1): a routine or a summary to bytes and
//! back. The layout is written down in the parent module's documentation.
//!
//! Reading turns every structural problem into a typed error and reads no further than
//! its input; range rules shared with the encoder live in the types' `check()`, which
//! `decode` runs after reading.

use super::bytes::{Reader, Writer};
use super::codes::{code_of, id_of};
use super::text::{self, TextError};
use super::{
    Frequency, ProgressSummary, ShareError, ShareText, SharedExercise, SharedRoutine, SummaryFlag,
    SummaryItem, SummaryNote, SummaryPain, SummaryPlan, MAX_EXERCISES, MAX_FLAGS, MAX_NOTES,
    MAX_PAIN_ENTRIES, MAX_PLAN_ITEMS, NOTE_MAX_CHARS, PERSON_MAX_CHARS, SUMMARY_NOTE_MAX_CHARS,
};
use crate::domain::exercise::{Dose, Work};
use crate::domain::progression::MIN_STEP;
use crate::domain::routine::RoutineName;
use crate::domain::safety::Tier;
use crate::domain::settings::Thresholds;

// Routine options byte.
const AUTO_PROGRESS: u8 = 1 << 0;
const HAS_THRESHOLDS: u8 = 1 << 1;
const PER_WEEK: u8 = 1 << 2;
const FREQ_SHIFT: u8 = 3;
const FREQ_MASK: u8 = 0b111;
const OPTIONS_RESERVED: u8 = 0b1100_0000;

// Exercise dose byte.
const SETS_MASK: u8 = 0b1111;
const REPS: u8 = 1 << 4;
const HAS_NOTE: u8 = 1 << 5;
const HAS_REST: u8 = 1 << 6;
const HAS_HOLD: u8 = 1 << 7;

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

/// A routine's payload. Out-of-range values are written so that reading rejects them.
pub(super) fn routine_to_bytes(r: &SharedRoutine) -> Vec<u8> {
    let mut w = Writer::default();
    let (per_week, count) = match r.frequency {
        Frequency::PerDay(n) => (0, n),
        Frequency::PerWeek(n) => (PER_WEEK, n),
    };
    // Too many to fit becomes 0, which reading rejects.
    let count = if count <= FREQ_MASK { count } else { 0 };
    let mut options = per_week | (count << FREQ_SHIFT);
    if r.auto_progress {
        options |= AUTO_PROGRESS;
    }
    if r.thresholds.is_some() {
        options |= HAS_THRESHOLDS;
    }
    w.u8(options);
    w.u8(r.weeks);
    text::write(&mut w, r.name.as_str());
    text::write(&mut w, r.clinician.as_str());
    text::write(&mut w, r.clinic.as_str());
    if let Some(t) = r.thresholds {
        w.u8(nibbles(t.comfortable_max, t.acceptable_max));
        w.u8(nibbles(t.sessions_to_progress, t.tear_weeks));
    }
    w.len(r.exercises.len());
    for x in &r.exercises {
        // Code 0 is never assigned, so an exercise without a code fails to read back.
        w.u8(code_of(&x.exercise).unwrap_or(0));
        let mut tag = x.dose.sets.min(SETS_MASK);
        if matches!(x.dose.work, Work::Reps { .. }) {
            tag |= REPS;
        }
        if !x.note.is_empty() {
            tag |= HAS_NOTE;
        }
        if x.dose.rest_s != 0 {
            tag |= HAS_REST;
        }
        if matches!(x.dose.work, Work::Reps { hold_s, .. } if hold_s != 0) {
            tag |= HAS_HOLD;
        }
        w.u8(tag);
        match x.dose.work {
            Work::Timed { seconds } => w.varint(u64::from(seconds)),
            Work::Reps {
                reps,
                rep_s,
                hold_s,
            } => {
                w.u8(reps);
                w.u8(rep_s);
                if hold_s != 0 {
                    w.u8(hold_s);
                }
            }
        }
        if x.dose.rest_s != 0 {
            w.varint(u64::from(x.dose.rest_s));
        }
        if !x.note.is_empty() {
            text::write(&mut w, x.note.as_str());
        }
    }
    w.into_bytes()
}

/// A summary's payload. Out-of-range values are written so that reading rejects them.
pub(super) fn summary_to_bytes(s: &ProgressSummary) -> Vec<u8> {
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

/// Two values of 0–15 in one byte; a larger value becomes 15, which is out of range
/// wherever a nibble is read back (thresholds, pain scores).
fn nibbles(high: u8, low: u8) -> u8 {
    (high.min(0xf) << 4) | low.min(0xf)
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
    }
}

// ---- reading ----

fn byte(r: &mut Reader, field: &'static str) -> Result<u8, ShareError> {
    r.u8().ok_or(ShareError::Malformed { field })
}

/// A varint that must fit `T`.
fn number<T: TryFrom<u64>>(r: &mut Reader, field: &'static str) -> Result<T, ShareError> {
    let v = r.varint().ok_or(ShareError::Malformed { field })?;
    T::try_from(v).map_err(|_| ShareError::InvalidNumber { field })
}

/// A varint of a dose that must fit `T`; `why` says the dose rule it breaks otherwise.
fn dose_number<T: TryFrom<u64>>(r: &mut Reader, why: &'static str) -> Result<T, ShareError> {
    let v = r.varint().ok_or(ShareError::Malformed {
        field: "exercise dose",
    })?;
    T::try_from(v).map_err(|_| ShareError::InvalidDose { why })
}

/// A count of items, at most `max`, each taking at least one byte.
fn count(r: &mut Reader, max: usize, field: &'static str) -> Result<usize, ShareError> {
    let n: usize = number(r, field)?;
    if n > max {
        return Err(ShareError::InvalidNumber { field });
    }
    if n > r.remaining() {
        return Err(ShareError::Malformed { field });
    }
    Ok(n)
}

/// A packed text of at most `max_chars` characters.
fn raw_text(r: &mut Reader, max_chars: usize, field: &'static str) -> Result<String, ShareError> {
    text::read(r, max_chars).map_err(|e| match e {
        TextError::Malformed => ShareError::Malformed { field },
        TextError::Invalid => ShareError::InvalidText { field },
    })
}

fn share_text(
    r: &mut Reader,
    max_chars: usize,
    field: &'static str,
) -> Result<ShareText, ShareError> {
    let raw = raw_text(r, max_chars, field)?;
    ShareText::new(&raw, max_chars)
        .filter(|t| t.as_str() == raw)
        .ok_or(ShareError::InvalidText { field })
}

fn routine_name(r: &mut Reader) -> Result<RoutineName, ShareError> {
    let field = "routine name";
    let raw = raw_text(r, RoutineName::MAX_CHARS, field)?;
    RoutineName::new(&raw)
        .filter(|n| n.as_str() == raw)
        .ok_or(ShareError::InvalidText { field })
}

/// A value whose flag says it is not zero (zero is sent by leaving the flag clear).
fn nonzero<T: Default + PartialEq>(v: T, field: &'static str) -> Result<T, ShareError> {
    if v == T::default() {
        Err(ShareError::Malformed { field })
    } else {
        Ok(v)
    }
}

fn finish(r: &Reader) -> Result<(), ShareError> {
    if r.is_empty() {
        Ok(())
    } else {
        Err(ShareError::TrailingBytes)
    }
}

/// Reads a routine's payload; ranges are left to `SharedRoutine::check`.
pub(super) fn routine_from_bytes(bytes: &[u8]) -> Result<SharedRoutine, ShareError> {
    let mut r = Reader::new(bytes);
    let options = byte(&mut r, "routine options")?;
    if options & OPTIONS_RESERVED != 0 {
        return Err(ShareError::Malformed {
            field: "routine options",
        });
    }
    let per_time = (options >> FREQ_SHIFT) & FREQ_MASK;
    let frequency = if options & PER_WEEK != 0 {
        Frequency::PerWeek(per_time)
    } else {
        Frequency::PerDay(per_time)
    };
    let weeks = byte(&mut r, "number of weeks")?;
    let name = routine_name(&mut r)?;
    let clinician = share_text(&mut r, PERSON_MAX_CHARS, "clinician's name")?;
    let clinic = share_text(&mut r, PERSON_MAX_CHARS, "clinic name")?;
    let thresholds = if options & HAS_THRESHOLDS != 0 {
        let field = "pain thresholds";
        let a = byte(&mut r, field)?;
        let b = byte(&mut r, field)?;
        Some(Thresholds {
            comfortable_max: a >> 4,
            acceptable_max: a & 0xf,
            sessions_to_progress: b >> 4,
            tear_weeks: b & 0xf,
            // Not carried by the link: hers apply.
            ..Thresholds::default()
        })
    } else {
        None
    };
    let n = count(&mut r, MAX_EXERCISES, "number of exercises")?;
    let mut exercises = Vec::with_capacity(n);
    for _ in 0..n {
        exercises.push(exercise(&mut r)?);
    }
    finish(&r)?;
    Ok(SharedRoutine {
        name,
        clinician,
        clinic,
        frequency,
        weeks,
        auto_progress: options & AUTO_PROGRESS != 0,
        thresholds,
        exercises,
    })
}

fn exercise(r: &mut Reader) -> Result<SharedExercise, ShareError> {
    let code = byte(r, "exercise")?;
    let exercise = id_of(code).ok_or(ShareError::UnknownExercise(code))?;
    let field = "exercise dose";
    let tag = byte(r, field)?;
    let work = if tag & REPS != 0 {
        let reps = byte(r, field)?;
        let rep_s = byte(r, field)?;
        let hold_s = if tag & HAS_HOLD != 0 {
            nonzero(byte(r, field)?, field)?
        } else {
            0
        };
        Work::Reps {
            reps,
            rep_s,
            hold_s,
        }
    } else if tag & HAS_HOLD != 0 {
        return Err(ShareError::Malformed { field });
    } else {
        Work::Timed {
            seconds: dose_number(r, "timed work must be 5 seconds to 1 hour")?,
        }
    };
    let rest_s = if tag & HAS_REST != 0 {
        nonzero(dose_number(r, "rest must be at most 5 minutes")?, field)?
    } else {
        0
    };
    let dose = Dose {
        sets: tag & SETS_MASK,
        work,
        rest_s,
    };
    dose.check()
        .map_err(|why| ShareError::InvalidDose { why })?;
    let note = if tag & HAS_NOTE != 0 {
        let note = share_text(r, NOTE_MAX_CHARS, "exercise note")?;
        if note.is_empty() {
            return Err(ShareError::Malformed {
                field: "exercise note",
            });
        }
        note
    } else {
        ShareText::default()
    };
    Ok(SharedExercise {
        exercise,
        dose,
        note,
    })
}

/// Reads a summary's payload; ranges are left to `ProgressSummary::check`.
pub(super) fn summary_from_bytes(bytes: &[u8]) -> Result<ProgressSummary, ShareError> {
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
        v if v <= super::MAX_PAIN => Ok(Some(v)),
        _ => Err(ShareError::InvalidNumber {
            field: "pain score",
        }),
    }
}
