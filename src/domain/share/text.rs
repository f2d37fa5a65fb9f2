//! Packed text: how the share format (version 1) writes free text, at about 5 bits per
//! character of everyday English instead of UTF-8's 8, so a routine with names and
//! notes stays short enough for an easy QR code (DEFLATE gains little on a few short
//! strings).
//!
//! A text is its length in characters (varint), then a stream of bits, most significant
//! first, padded with zero bits to a whole byte. Each character is one 5-bit symbol:
//!
//! ```text
//! 0–25  a–z        26  space
//! 27 + 5 bits      A–Z (0–25; 26–31 never written)
//! 28 + 5 bits      one of `PUNCT` (digits and common punctuation)
//! 29 + 21 bits     any other character, by its Unicode code point
//! 30, 31           never written
//! ```
//!
//! Each text has exactly one spelling: a character is always written with its shortest
//! symbol, and padding bits are zero. Reading rejects anything else.

use super::bytes::{Reader, Writer};

/// Characters reached with symbol 28, by their 5-bit index. Frozen with the format.
const PUNCT: [char; 32] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ',', '-', '\'', '’', '!', '?', ':', ';',
    '(', ')', '/', '&', '+', '%', '"', '@', '*', '=', '<', '>', '–',
];

const SPACE: u32 = 26;
const UPPER: u32 = 27;
const PUNCTUATION: u32 = 28;
const CODE_POINT: u32 = 29;
const SYMBOL_BITS: u32 = 5;
const CODE_POINT_BITS: u32 = 21;

/// Why a packed text could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TextError {
    /// The bytes end early or a length does not fit.
    Malformed,
    /// Too many characters, an unused symbol, a character spelt the long way, or bits
    /// that are not valid text.
    Invalid,
}

/// Writes `s` packed (see the module documentation).
pub(super) fn write(w: &mut Writer, s: &str) {
    w.len(s.chars().count());
    let mut bits = BitWriter { w, acc: 0, n: 0 };
    for c in s.chars() {
        let (value, width) = symbol(c);
        bits.put(value, width);
    }
    bits.flush();
}

/// The bits of one character and how many there are.
fn symbol(c: char) -> (u64, u32) {
    let five = |v: u32| u64::from(v);
    if c.is_ascii_lowercase() {
        (five(u32::from(c) - u32::from('a')), SYMBOL_BITS)
    } else if c == ' ' {
        (five(SPACE), SYMBOL_BITS)
    } else if c.is_ascii_uppercase() {
        let letter = u32::from(c) - u32::from('A');
        ((five(UPPER) << SYMBOL_BITS) | five(letter), 2 * SYMBOL_BITS)
    } else if let Some(i) = PUNCT.iter().position(|&p| p == c) {
        let i = u64::try_from(i).unwrap_or(0);
        ((five(PUNCTUATION) << SYMBOL_BITS) | i, 2 * SYMBOL_BITS)
    } else {
        (
            (five(CODE_POINT) << CODE_POINT_BITS) | u64::from(u32::from(c)),
            SYMBOL_BITS + CODE_POINT_BITS,
        )
    }
}

struct BitWriter<'w> {
    w: &'w mut Writer,
    /// Pending bits, the oldest highest; fewer than 8 between calls.
    acc: u64,
    n: u32,
}

impl BitWriter<'_> {
    /// Appends the low `width` bits of `value` (`width` ≤ 26).
    fn put(&mut self, value: u64, width: u32) {
        self.acc = (self.acc << width) | (value & ((1 << width) - 1));
        self.n += width;
        while self.n >= 8 {
            self.n -= 8;
            self.w.u8(((self.acc >> self.n) & 0xff) as u8);
        }
        self.acc &= (1 << self.n) - 1;
    }

    /// Writes the last partial byte, padded with zero bits.
    fn flush(&mut self) {
        if self.n > 0 {
            self.w.u8(((self.acc << (8 - self.n)) & 0xff) as u8);
        }
    }
}

/// Reads a packed text of at most `max_chars` characters.
pub(super) fn read(r: &mut Reader, max_chars: usize) -> Result<String, TextError> {
    let count = r
        .varint()
        .and_then(|v| usize::try_from(v).ok())
        .ok_or(TextError::Malformed)?;
    if count > max_chars {
        return Err(TextError::Invalid);
    }
    let mut out = String::with_capacity(count);
    let mut bits = BitReader { r, acc: 0, n: 0 };
    for _ in 0..count {
        let c = match bits.take(SYMBOL_BITS)? {
            v @ 0..=25 => letter('a', v),
            SPACE => Some(' '),
            UPPER => match bits.take(SYMBOL_BITS)? {
                v @ 0..=25 => letter('A', v),
                _ => None,
            },
            PUNCTUATION => {
                let i = usize::try_from(bits.take(SYMBOL_BITS)?).ok();
                i.and_then(|i| PUNCT.get(i)).copied()
            }
            CODE_POINT => char::from_u32(bits.take(CODE_POINT_BITS)?)
                // Only characters without a shorter symbol may be spelt this way.
                .filter(|&c| symbol(c).1 == SYMBOL_BITS + CODE_POINT_BITS),
            _ => None,
        };
        out.push(c.ok_or(TextError::Invalid)?);
    }
    bits.finish()?;
    Ok(out)
}

fn letter(base: char, offset: u32) -> Option<char> {
    char::from_u32(u32::from(base) + offset)
}

struct BitReader<'r, 'a> {
    r: &'r mut Reader<'a>,
    /// Bits read from the bytes but not yet used, the oldest highest.
    acc: u64,
    n: u32,
}

impl BitReader<'_, '_> {
    /// The next `width` bits (`width` ≤ 21).
    fn take(&mut self, width: u32) -> Result<u32, TextError> {
        while self.n < width {
            let byte = self.r.u8().ok_or(TextError::Malformed)?;
            self.acc = (self.acc << 8) | u64::from(byte);
            self.n += 8;
        }
        self.n -= width;
        let value = (self.acc >> self.n) & ((1 << width) - 1);
        self.acc &= (1 << self.n) - 1;
        u32::try_from(value).map_err(|_| TextError::Malformed)
    }

    /// The padding of the last byte must be zero.
    fn finish(&self) -> Result<(), TextError> {
        if self.acc == 0 {
            Ok(())
        } else {
            Err(TextError::Invalid)
        }
    }
}
