//! Share links: a whole routine (physiotherapist to patient) or a progress summary
//! (patient to physiotherapist) carried in the URL fragment, with no server.
//!
//! Owns the shared domain types, their validation, and the link format. It never
//! touches the address bar: the browser layer hands it the fragment text and puts the
//! text it returns into links and QR codes. Every link is validated as if it came from
//! a stranger, and decoding never panics, whatever the input.
//!
//! # The link format (version 1)
//!
//! A link is one frame of bytes written in base64url without padding (`A–Z a–z 0–9 - _`):
//!
//! ```text
//! [version u8 = 1][flags u8][kind u8][payload …][CRC-32 u32, big-endian]
//! ```
//!
//! - `flags` bit 0: the payload is raw DEFLATE (RFC 1951, no zlib header); set only when
//!   that is shorter. Other bits are zero. Decompression stops at [`MAX_DECODED_BYTES`].
//! - `kind`: 1 = routine, 2 = progress summary, 3 = a link for a carer (`carer.rs`).
//! - The CRC-32 (IEEE, as `crc32fast` computes it) covers every byte before it.
//! - Every future version keeps this frame (version first, checksum last) so an old app
//!   can say "update the app" instead of "damaged"; a format change takes a new version
//!   and version 1 links keep decoding (the golden links in `tests/fixtures/share/`).
//!
//! Inside the payload, `varint` is unsigned LEB128 in its shortest form, and `text` is
//! packed text (see `text.rs`): a varint length in characters, then about 5 bits per
//! character for everyday English, byte-aligned. Texts are sent already trimmed.
//!
//! Routine payload:
//!
//! ```text
//! options u8   bit 0 auto-progress, bit 1 thresholds follow, bit 2 per week (else per
//!              day), bits 3–5 sessions per day or week (1–7), bits 6–7 zero
//! weeks u8     1–52
//! name text, clinician text, clinic text
//! [thresholds: u8 comfortable<<4 | acceptable, u8 sessions<<4 | tear weeks]  if bit 1
//! count varint (1–20), then per exercise:
//!   code u8    the exercise's stable code (see `CODES`)
//!   dose u8    bits 0–3 sets, bit 4 reps (else timed), bit 5 a note follows,
//!              bit 6 a rest follows, bit 7 a hold follows (reps only)
//!   work       timed: seconds varint; reps: reps u8, rep seconds u8, [hold seconds u8]
//!   [rest]     varint seconds                        if bit 6 (else 0; never 0 if sent)
//!   [note]     text                                  if bit 5 (never empty if sent)
//!   (a hold is sent only when not 0, as is a rest)
//! ```
//!
//! Summary payload:
//!
//! ```text
//! routine name text
//! from_day varint (days since 1970-01-01), days varint, sessions done varint,
//! sessions planned varint, minutes varint
//! pain count varint, each: day varint, u8 during<<4 | morning (15 = not given)
//! flag count varint, each: day varint, tier u8 (0 emergency, 1 today, 2 physio)
//! note count varint, each: day varint, text
//! [plan]  only when the summary carries her plan (no bytes at all when it does not):
//!   stage u8   bits 0–2 days past the whole weeks (0–6), bit 3 caesarean, bit 4 severe
//!              tear, bit 5 pelvic-girdle care, bit 6 paused, bit 7 zero
//!   weeks u8   whole weeks since the birth
//!   rules u8   sessions to a step up << 4 | weeks after a tear
//!   count varint (0–16), then per item:
//!     code u8  the exercise's stable code (see `CODES`)
//!     step u8  (dose step − `MIN_STEP`) << 4 | streak
//!     last varint  0 = not done in the period, else the day it was last done + 1
//! ```
//!
//! The plan section was added after the first summaries were sent; a summary without
//! it is byte for byte what it always was, so those links still open (as `plan: None`).
//! Nothing may follow the last field.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
use thiserror::Error;

use super::exercise::{Dose, ExerciseId};
use super::routine::{Routine, RoutineName, RoutineStep};
use super::settings::Thresholds;
use super::text::{Msg, Text};

mod bytes;
mod carer;
mod codes;
mod payload;
mod summary;
mod text;

pub use carer::SharedCarer;
pub use codes::CODES;
pub use summary::{
    ProgressSummary, SummaryFlag, SummaryItem, SummaryNote, SummaryPain, SummaryPlan,
};

/// The format version this build writes (and the only one it reads so far).
pub const VERSION: u8 = 1;

/// Longest link text `decode` accepts, in characters. The largest valid value (every
/// count and text at its limit, in characters that take the longest form and do not
/// compress) takes 11 414; a typical routine takes about 200.
pub const MAX_ENCODED_CHARS: usize = 12 * 1024;

/// Most payload bytes `decode` will unpack (the largest valid payload is 8 553 bytes).
/// Guards against a small link that inflates to a huge one.
pub const MAX_DECODED_BYTES: usize = 12 * 1024;

/// Longest exercise note, in characters.
pub const NOTE_MAX_CHARS: usize = 120;
/// Longest clinician's or clinic's name, in characters.
pub const PERSON_MAX_CHARS: usize = 60;
/// Longest note in a progress summary, in characters.
pub const SUMMARY_NOTE_MAX_CHARS: usize = 200;
/// Most exercises in a shared routine.
pub const MAX_EXERCISES: usize = 20;
/// Longest programme, in weeks.
pub const MAX_WEEKS: u8 = 52;
/// Most sessions a day a shared routine may ask for.
pub const MAX_PER_DAY: u8 = 5;
/// Most sessions a week a shared routine may ask for (the payload's 3 bits hold up to 7).
pub const MAX_PER_WEEK: u8 = 7;
/// Longest summary period, in days.
pub const MAX_PERIOD_DAYS: u16 = 366;
/// Most pain entries in a summary.
pub const MAX_PAIN_ENTRIES: usize = 60;
/// Most safety flags in a summary.
pub const MAX_FLAGS: usize = 20;
/// Most notes in a summary.
pub const MAX_NOTES: usize = 10;
/// Latest start day of a summary, in days since 1970-01-01 (31 December 9999).
pub const MAX_DAY: i64 = 2_932_896;
/// Highest pain score.
pub const MAX_PAIN: u8 = 10;
/// Most exercises of her plan in a summary.
pub const MAX_PLAN_ITEMS: usize = 16;
/// Longest streak a summary carries: comfortable sessions in a row (the most a step up
/// can ask for).
pub const MAX_STREAK: u8 = 5;

const FLAG_DEFLATED: u8 = 0b0000_0001;
const KIND_ROUTINE: u8 = 1;
const KIND_SUMMARY: u8 = 2;
const KIND_CARER: u8 = 3;
/// Version, flags and kind.
const HEADER_LEN: usize = 3;
const CHECKSUM_LEN: usize = 4;

/// A short free text from a link: trimmed, with no control characters (not even a line
/// break). It may be empty. Markup is kept as it is: the UI shows it literally.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ShareText(String);

impl ShareText {
    /// Trims `raw` and accepts it when it has no control characters and at most
    /// `max_chars` characters (Unicode scalar values).
    pub fn new(raw: &str, max_chars: usize) -> Option<Self> {
        let trimmed = raw.trim();
        let ok = trimmed.chars().count() <= max_chars && !trimmed.chars().any(char::is_control);
        ok.then(|| Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn chars(&self) -> usize {
        self.0.chars().count()
    }
}

/// How often to do the routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// Sessions a day, 1 to [`MAX_PER_DAY`].
    PerDay(u8),
    /// Sessions a week, 1 to [`MAX_PER_WEEK`].
    PerWeek(u8),
}

/// One exercise of a shared routine, at the dose the physiotherapist set.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedExercise {
    pub exercise: ExerciseId,
    pub dose: Dose,
    /// A word from the physiotherapist; at most [`NOTE_MAX_CHARS`] characters.
    pub note: ShareText,
}

/// A routine a physiotherapist built and shared.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedRoutine {
    pub name: RoutineName,
    /// Who prescribed it; at most [`PERSON_MAX_CHARS`] characters, may be empty.
    pub clinician: ShareText,
    /// Where; at most [`PERSON_MAX_CHARS`] characters, may be empty.
    pub clinic: ShareText,
    pub frequency: Frequency,
    /// How long to follow it, in weeks (1 to [`MAX_WEEKS`]).
    pub weeks: u8,
    /// Whether the app may step doses up and down by pain monitoring.
    pub auto_progress: bool,
    /// The physiotherapist's pain thresholds; `None` keeps hers.
    pub thresholds: Option<Thresholds>,
    /// In order; 1 to [`MAX_EXERCISES`].
    pub exercises: Vec<SharedExercise>,
}

impl SharedRoutine {
    /// Who prescribed it, and where, as the physio wrote them ("Sam Patel, Riverside
    /// Physio"); `None` when both were left empty.
    pub fn prescribed_by(&self) -> Option<String> {
        match (self.clinician.as_str(), self.clinic.as_str()) {
            ("", "") => None,
            (who, "") => Some(who.to_owned()),
            ("", clinic) => Some(clinic.to_owned()),
            (who, clinic) => Some(format!("{who}, {clinic}")),
        }
    }

    /// The routine to play, with the shared doses.
    pub fn to_routine(&self) -> Routine {
        Routine {
            name: self.name.clone(),
            steps: self
                .exercises
                .iter()
                .map(|x| RoutineStep {
                    exercise: x.exercise.clone(),
                    dose: x.dose,
                })
                .collect(),
        }
    }

    /// Every rule a shared routine must meet (the same ones `decode` applies). A value
    /// that passes encodes to a link that decodes back to it. An exercise without a
    /// share code is reported as unknown code 0.
    pub fn check(&self) -> Result<(), ShareError> {
        text_fits(&self.clinician, PERSON_MAX_CHARS, "clinician's name")?;
        text_fits(&self.clinic, PERSON_MAX_CHARS, "clinic name")?;
        match self.frequency {
            Frequency::PerDay(n) => in_range(n, 1, MAX_PER_DAY, "sessions a day")?,
            Frequency::PerWeek(n) => in_range(n, 1, MAX_PER_WEEK, "sessions a week")?,
        }
        in_range(self.weeks, 1, MAX_WEEKS, "number of weeks")?;
        if let Some(t) = self.thresholds {
            t.check().map_err(|_| ShareError::InvalidNumber {
                field: "pain thresholds",
            })?;
        }
        in_range(
            self.exercises.len(),
            1,
            MAX_EXERCISES,
            "number of exercises",
        )?;
        for x in &self.exercises {
            if codes::code_of(&x.exercise).is_none() {
                return Err(ShareError::UnknownExercise(0));
            }
            x.dose
                .check()
                .map_err(|why| ShareError::InvalidDose { why })?;
            text_fits(&x.note, NOTE_MAX_CHARS, "exercise note")?;
        }
        Ok(())
    }
}

/// What a link carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Routine(SharedRoutine),
    Summary(ProgressSummary),
    /// For a partner or grandparent: the carers' lessons and a short routine.
    Carer(SharedCarer),
}

/// Why a link could not be opened: `text` for her, `Display` (which names the part of
/// the link at fault) for the log.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ShareError {
    #[error("the link is empty")]
    Empty,
    #[error("the link is far too long to be one this app made ({chars} characters)")]
    TooLong { chars: usize },
    #[error(
        "the link has characters this app never puts in a link; it may have been changed when it was copied"
    )]
    NotBase64,
    #[error("the link is cut short; copy the whole link and try again")]
    Truncated,
    #[error("the link was changed or damaged after it was made; ask for a new link")]
    ChecksumMismatch,
    #[error(
        "the link was made by a version of the app this one does not know (format {0}); update the app and try again"
    )]
    UnknownVersion(u8),
    #[error(
        "the link holds something this version of the app cannot open (kind {0}); update the app and try again"
    )]
    UnknownKind(u8),
    #[error("the contents of the link could not be unpacked; ask for a new link")]
    DecompressFailed,
    #[error("the link unpacks to far more than a routine or summary can hold")]
    DecodedTooLarge,
    #[error("the link is damaged: the {field} cannot be read")]
    Malformed { field: &'static str },
    #[error(
        "the link names an exercise this version of the app does not have (code {0}); update the app and try again"
    )]
    UnknownExercise(u8),
    #[error("the link asks for an amount of exercise outside safe limits: {why}")]
    InvalidDose { why: &'static str },
    #[error("the {field} in the link is too long or has characters that are not allowed")]
    InvalidText { field: &'static str },
    #[error("the {field} in the link is out of range")]
    InvalidNumber { field: &'static str },
    #[error("the link has extra data at the end; it may have been changed")]
    TrailingBytes,
}

impl ShareError {
    /// What to tell her, in her language. The part of the link at fault (`field`) and
    /// the dose rule broken are for the log (`Display`): to her they all mean the same,
    /// a link to ask for again.
    pub fn text(&self) -> Text {
        match *self {
            ShareError::Empty => Text::new(Msg::WordsLinkEmpty),
            ShareError::TooLong { chars } => Text::new(Msg::WordsLinkTooLong).with("chars", chars),
            ShareError::NotBase64 => Text::new(Msg::WordsLinkNotBase64),
            ShareError::Truncated => Text::new(Msg::WordsLinkTruncated),
            ShareError::ChecksumMismatch => Text::new(Msg::WordsLinkChanged),
            ShareError::UnknownVersion(format) => {
                Text::new(Msg::WordsLinkUnknownVersion).with("format", format)
            }
            ShareError::UnknownKind(kind) => {
                Text::new(Msg::WordsLinkUnknownKind).with("kind", kind)
            }
            ShareError::DecompressFailed => Text::new(Msg::WordsLinkUnpackFailed),
            ShareError::DecodedTooLarge => Text::new(Msg::WordsLinkTooLarge),
            ShareError::Malformed { .. } => Text::new(Msg::WordsLinkDamaged),
            ShareError::UnknownExercise(code) => {
                Text::new(Msg::WordsLinkUnknownExercise).with("code", code)
            }
            ShareError::InvalidDose { .. } => Text::new(Msg::WordsLinkUnsafeDose),
            ShareError::InvalidText { .. } => Text::new(Msg::WordsLinkBadText),
            ShareError::InvalidNumber { .. } => Text::new(Msg::WordsLinkBadNumber),
            ShareError::TrailingBytes => Text::new(Msg::WordsLinkExtra),
        }
    }
}

fn in_range<T: PartialOrd>(v: T, lo: T, hi: T, field: &'static str) -> Result<(), ShareError> {
    if lo <= v && v <= hi {
        Ok(())
    } else {
        Err(ShareError::InvalidNumber { field })
    }
}

fn text_fits(text: &ShareText, max_chars: usize, field: &'static str) -> Result<(), ShareError> {
    if text.chars() <= max_chars {
        Ok(())
    } else {
        Err(ShareError::InvalidText { field })
    }
}

/// The link text (base64url) for a value. Never fails; for a value that passes its
/// `check()` the text decodes back to an equal value, otherwise `decode` rejects it.
pub fn encode(shared: &Shared) -> String {
    let (kind, raw) = match shared {
        Shared::Routine(r) => (KIND_ROUTINE, payload::routine_to_bytes(r)),
        Shared::Summary(s) => (KIND_SUMMARY, payload::summary_to_bytes(s)),
        Shared::Carer(c) => (KIND_CARER, carer::carer_to_bytes(c)),
    };
    let deflated = compress_to_vec(&raw, 10);
    let (flags, body) = if deflated.len() < raw.len() {
        (FLAG_DEFLATED, deflated)
    } else {
        (0, raw)
    };
    let mut frame = Vec::with_capacity(HEADER_LEN + body.len() + CHECKSUM_LEN);
    frame.extend_from_slice(&[VERSION, flags, kind]);
    frame.extend_from_slice(&body);
    let crc = crc32fast::hash(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    bytes::base64url_encode(&frame)
}

/// Opens a link's text (surrounding white space is ignored), checking everything.
pub fn decode(text: &str) -> Result<Shared, ShareError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_ENCODED_CHARS {
        return Err(ShareError::TooLong { chars });
    }
    let frame = bytes::base64url_decode(text).ok_or(ShareError::NotBase64)?;
    let Some((body, crc)) = frame.split_last_chunk::<CHECKSUM_LEN>() else {
        return Err(ShareError::Truncated);
    };
    let [version, flags, kind, packed @ ..] = body else {
        return Err(ShareError::Truncated);
    };
    if crc32fast::hash(body) != u32::from_be_bytes(*crc) {
        return Err(ShareError::ChecksumMismatch);
    }
    if *version != VERSION {
        return Err(ShareError::UnknownVersion(*version));
    }
    if ![KIND_ROUTINE, KIND_SUMMARY, KIND_CARER].contains(kind) {
        return Err(ShareError::UnknownKind(*kind));
    }
    let raw = match *flags {
        0 if packed.len() > MAX_DECODED_BYTES => return Err(ShareError::DecodedTooLarge),
        0 => packed.to_vec(),
        FLAG_DEFLATED => inflate(packed)?,
        _ => return Err(ShareError::Malformed { field: "header" }),
    };
    match *kind {
        KIND_ROUTINE => {
            let routine = payload::routine_from_bytes(&raw)?;
            routine.check()?;
            Ok(Shared::Routine(routine))
        }
        KIND_SUMMARY => {
            let summary = payload::summary_from_bytes(&raw)?;
            summary.check()?;
            Ok(Shared::Summary(summary))
        }
        _ => {
            let carer = carer::carer_from_bytes(&raw)?;
            carer.check()?;
            Ok(Shared::Carer(carer))
        }
    }
}

fn inflate(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    decompress_to_vec_with_limit(packed, MAX_DECODED_BYTES).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => ShareError::DecodedTooLarge,
        _ => ShareError::DecompressFailed,
    })
}
