//! The byte-level pieces of the share format: base64url without padding, and a writer
//! and a reader of bytes and varints (unsigned LEB128).
//!
//! The reader never panics and never reads past its input: a read past the end, an
//! overlong or overflowing varint all come back as `None` for the caller to name.

/// The base64url alphabet (RFC 4648 §5).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Longest varint, in bytes (enough for any `u64`).
const MAX_VARINT_LEN: u32 = 10;

/// Bytes as base64url text without padding.
pub(super) fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let mut group = [0u8; 4];
        for (slot, &b) in group.iter_mut().skip(1).zip(chunk) {
            *slot = b;
        }
        let n = u32::from_be_bytes(group);
        // A chunk of k bytes takes k + 1 characters.
        for i in 0..=chunk.len() {
            let shift = 18u32.saturating_sub(6 * i as u32);
            let sextet = (n >> shift) & 0x3f;
            let c = ALPHABET.get(sextet as usize).copied().unwrap_or(b'A');
            out.push(char::from(c));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// The bytes of base64url text without padding; `None` for a character outside the
/// alphabet, an impossible length, or unused low bits that are not zero (so each byte
/// string has exactly one spelling).
pub(super) fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let chars = text.as_bytes();
    if chars.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(chars.len() / 4 * 3 + 2);
    for chunk in chars.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let shift = 18u32.saturating_sub(6 * i as u32);
            n |= sextet(c)? << shift;
        }
        let [_, a, b, c] = n.to_be_bytes();
        let group = [a, b, c];
        let used = chunk.len().saturating_sub(1);
        let (take, unused) = group.split_at_checked(used)?;
        if unused.iter().any(|&x| x != 0) {
            return None;
        }
        out.extend_from_slice(take);
    }
    Some(out)
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
