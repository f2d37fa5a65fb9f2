//! The payloads of the share format (version 1): a routine or a summary to bytes and
//! back. The layout is written down in the parent module's documentation.
//!
//! Reading turns every structural problem into a typed error and reads no further than
//! its input; range rules shared with the encoder live in the types' `check()`, which
//! `decode` runs after reading.

mod summary;

pub(super) use summary::{summary_from_bytes, summary_to_bytes};

use super::bytes::{Reader, Writer};
use super::codes::{code_of, id_of};
use super::text::{self, TextError};
use super::{
    Frequency, ShareError, ShareText, SharedExercise, SharedRoutine, MAX_EXERCISES, NOTE_MAX_CHARS,
    PERSON_MAX_CHARS,
};
use crate::domain::exercise::{Dose, Work};
use crate::domain::routine::RoutineName;
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

/// Two values of 0–15 in one byte; a larger value becomes 15, which is out of range
/// wherever a nibble is read back (thresholds, pain scores).
fn nibbles(high: u8, low: u8) -> u8 {
    (high.min(0xf) << 4) | low.min(0xf)
}

pub(super) fn byte(r: &mut Reader, field: &'static str) -> Result<u8, ShareError> {
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

pub(super) fn share_text(
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

pub(super) fn finish(r: &Reader) -> Result<(), ShareError> {
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
