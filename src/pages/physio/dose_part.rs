//! One number of a dose as the builder edits it, capped at what the dose rules allow.

use crate::domain::exercise::{Dose, Work};

/// `Dose::check`'s bounds, from the domain (each proved exact by
/// tests/physio_builder.rs).
pub const MAX_SETS: u8 = Dose::MAX_SETS;
pub const MAX_REPS: u8 = Dose::MAX_REPS;
pub const MAX_TIMED_S: u16 = Dose::MAX_TIMED_S;
pub const MAX_REST_S: u16 = Dose::MAX_REST_S;

/// One number of a dose, as the builder edits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DosePart {
    Sets,
    Reps,
    /// Seconds of hold in each rep.
    Hold,
    /// Seconds of timed work.
    Seconds,
    Rest,
}

impl DosePart {
    /// The highest value this part may take in `dose` (a hold, at most the rep).
    pub fn max(self, dose: &Dose) -> u32 {
        match (self, dose.work) {
            (DosePart::Sets, _) => MAX_SETS.into(),
            (DosePart::Reps, _) => MAX_REPS.into(),
            (DosePart::Hold, Work::Reps { rep_s, .. }) => rep_s.into(),
            (DosePart::Hold, Work::Timed { .. }) => 0,
            (DosePart::Seconds, _) => MAX_TIMED_S.into(),
            (DosePart::Rest, _) => MAX_REST_S.into(),
        }
    }

    /// This part's value in `dose` (0 when it does not apply).
    pub fn get(self, dose: &Dose) -> u32 {
        match (self, dose.work) {
            (DosePart::Sets, _) => dose.sets.into(),
            (DosePart::Rest, _) => dose.rest_s.into(),
            (DosePart::Reps, Work::Reps { reps, .. }) => reps.into(),
            (DosePart::Hold, Work::Reps { hold_s, .. }) => hold_s.into(),
            (DosePart::Seconds, Work::Timed { seconds }) => seconds.into(),
            _ => 0,
        }
    }

    /// `dose` with this part set to `value` (capped at its maximum), or `dose` unchanged
    /// when the result would not be a valid dose or the part does not apply.
    pub fn set(self, dose: Dose, value: u32) -> Dose {
        let value = value.min(self.max(&dose));
        let mut next = dose;
        match (self, &mut next.work) {
            (DosePart::Sets, _) => next.sets = u8::try_from(value).unwrap_or(dose.sets),
            (DosePart::Rest, _) => next.rest_s = u16::try_from(value).unwrap_or(dose.rest_s),
            (DosePart::Reps, Work::Reps { reps, .. }) => {
                *reps = u8::try_from(value).unwrap_or(*reps)
            }
            (DosePart::Hold, Work::Reps { hold_s, .. }) => {
                *hold_s = u8::try_from(value).unwrap_or(*hold_s)
            }
            (DosePart::Seconds, Work::Timed { seconds }) => {
                *seconds = u16::try_from(value).unwrap_or(*seconds)
            }
            _ => {}
        }
        if next.check().is_ok() {
            next
        } else {
            dose
        }
    }
}
