//! The carer link (kind 3): what a mother sends to a partner or grandparent so they can
//! read the carers' lessons and practise a short bracing routine on their own phone.
//!
//! It carries almost nothing, on purpose: who sent it (a first name she may leave out)
//! and the language she made it in. Nothing about her, her birth or her plan. The page
//! it opens follows the opener's own language, not the sender's.
//!
//! Payload (layout of version 1, after the frame's kind byte):
//!
//! ```text
//! options u8   bits 0–3 the sender's language (see `LANG_CODES`), bits 4–7 zero
//! from text    the sender's first name, trimmed, at most `PERSON_MAX_CHARS`; may be empty
//! ```
//!
//! Nothing may follow the last field.

use super::bytes::{Reader, Writer};
use super::payload::{byte, finish, share_text};
use super::{text, text_fits, ShareError, ShareText, PERSON_MAX_CHARS};
use crate::domain::text::Lang;

/// The language numbers a carer link may carry, `(number, BCP 47 code)`.
///
/// APPEND-ONLY, like the exercise codes: a link already sent names its language by
/// number. A new language takes the next number; an app that does not know a number
/// refuses the link as out of range.
const LANG_CODES: &[(u8, &str)] = &[(0, "en"), (1, "es")];

const LANG_MASK: u8 = 0b0000_1111;
const OPTIONS_RESERVED: u8 = !LANG_MASK;

/// A link for a carer: who sent it, and in which language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedCarer {
    /// The sender's first name, as she typed it; may be empty. At most
    /// [`PERSON_MAX_CHARS`] characters.
    pub from: ShareText,
    /// The language the link was made in.
    pub lang: Lang,
}

impl SharedCarer {
    /// Every rule a carer link must meet (the ones `decode` applies).
    pub fn check(&self) -> Result<(), ShareError> {
        text_fits(&self.from, PERSON_MAX_CHARS, "sender's name")?;
        lang_number(self.lang)
            .map(|_| ())
            .ok_or(ShareError::InvalidNumber { field: "language" })
    }

    /// The sender's name, when she gave one.
    pub fn sender(&self) -> Option<&str> {
        Some(self.from.as_str()).filter(|s| !s.is_empty())
    }
}

fn lang_number(lang: Lang) -> Option<u8> {
    LANG_CODES
        .iter()
        .find(|(_, code)| *code == lang.code())
        .map(|(n, _)| *n)
}

fn lang_of(number: u8) -> Option<Lang> {
    let (_, code) = LANG_CODES.iter().find(|(n, _)| *n == number)?;
    Lang::ALL.iter().copied().find(|l| l.code() == *code)
}

/// A carer link's payload. A language without a number is written as 15, which
/// reading rejects.
pub(super) fn carer_to_bytes(c: &SharedCarer) -> Vec<u8> {
    let mut w = Writer::default();
    w.u8(lang_number(c.lang).unwrap_or(LANG_MASK) & LANG_MASK);
    text::write(&mut w, c.from.as_str());
    w.into_bytes()
}

/// Reads a carer link's payload; the name's length is checked here as it is read.
pub(super) fn carer_from_bytes(bytes: &[u8]) -> Result<SharedCarer, ShareError> {
    let mut r = Reader::new(bytes);
    let options = byte(&mut r, "carer options")?;
    if options & OPTIONS_RESERVED != 0 {
        return Err(ShareError::Malformed {
            field: "carer options",
        });
    }
    let lang =
        lang_of(options & LANG_MASK).ok_or(ShareError::InvalidNumber { field: "language" })?;
    let from = share_text(&mut r, PERSON_MAX_CHARS, "sender's name")?;
    finish(&r)?;
    Ok(SharedCarer { from, lang })
}
