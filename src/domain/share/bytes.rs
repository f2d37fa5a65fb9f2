//! The byte-level pieces of the share format: base64url without padding, and a writer
//! and a reader of bytes and varints (unsigned LEB128).
//!
//! The reader never panics and never reads past its input: a read past the end, an
//! overlong or overflowing varint all come back as `None` for the caller to name.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// Longest varint, in bytes (enough for any `u64`).
const MAX_VARINT_LEN: u32 = 10;

/// Bytes as base64url text without padding.
pub(super) fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The bytes of base64url text without padding; `None` for a character outside the
/// alphabet (padding included), an impossible length, or unused low bits that are not
/// zero (so each byte string has exactly one spelling). The `URL_SAFE_NO_PAD` engine is
/// strict on all three.
pub(super) fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

/// Builds a payload.
#[derive(Debug, Default)]
pub(super) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub(super) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    pub(super) fn varint(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// A count or length (a `usize` always fits a `u64` on supported targets).
    pub(super) fn len(&mut self, n: usize) {
        self.varint(u64::try_from(n).unwrap_or(u64::MAX));
    }

    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads a payload front to back.
#[derive(Debug)]
pub(super) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// Bytes not read yet.
    pub(super) fn remaining(&self) -> usize {
        self.rest.len()
    }

    pub(super) fn u8(&mut self) -> Option<u8> {
        let (&first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(first)
    }

    /// A varint in its shortest form that fits a `u64`.
    pub(super) fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for i in 0..MAX_VARINT_LEN {
            let byte = self.u8()?;
            let low = u64::from(byte & 0x7f);
            if i == MAX_VARINT_LEN - 1 && low > 1 {
                return None; // Past 64 bits.
            }
            value |= low << (7 * i);
            if byte & 0x80 == 0 {
                // A final zero byte after others is an overlong spelling.
                return (byte != 0 || i == 0).then_some(value);
            }
        }
        None
    }
}
