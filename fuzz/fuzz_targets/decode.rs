//! Fuzz target: `share::decode` must never panic, and whatever it accepts must come
//! back unchanged from `encode` then `decode`.
//!
//! Each input is tried twice: as link text (lossy UTF-8), and as a frame of bytes
//! (version, flags, kind, payload) given a correct checksum and written as base64url,
//! so the fuzzer reaches the payload readers instead of stopping at the checksum.
#![no_main]

use backcare::domain::share::{decode, encode};
use libfuzzer_sys::fuzz_target;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
fn b64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    let (mut acc, mut n) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(char::from(ALPHABET[((acc >> n) & 63) as usize]));
        }
    }
    if n > 0 {
        out.push(char::from(ALPHABET[((acc << (6 - n)) & 63) as usize]));
    }
    out
}

fn check(text: &str) {
    if let Ok(value) = decode(text) {
        let again = encode(&value);
        assert_eq!(
            decode(&again).as_ref(),
            Ok(&value),
            "re-encoding changed {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    check(&String::from_utf8_lossy(data));

    let mut frame = data.to_vec();
    let crc = crc32fast::hash(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    check(&b64(&frame));
});
