//! A small, strict JSON (RFC 8259) reader and writer for the saved document.
//!
//! Hand-written instead of serde_json to keep the download small: plain functions over
//! one `Value` type (the only generic code is `Fields`' few small helpers, which take
//! plain function pointers). The parser refuses anything that is not exactly JSON
//! (trailing text, trailing commas, a byte-order mark, lone surrogates, duplicate
//! keys) and never panics, whatever it is given;
//! nesting is limited so hostile input cannot exhaust the stack. The writer is compact
//! and escapes strings exactly as serde_json does, so documents written here are byte
//! for byte what the serde build wrote.
//!
//! `Fields` and the `read_*` functions read objects strictly, as
//! `#[serde(deny_unknown_fields)]` structs did: unknown fields, wrong types and
//! integers out of range are errors that name where they were found.

use std::fmt;

mod parse;
mod read;
mod write;

pub use parse::parse;
pub use read::{
    read_bool, read_i64, read_i8, read_str, read_string, read_u16, read_u32, read_u8, read_usize,
    Fields,
};
pub use write::{write, Writer};

/// Most arrays and objects that may be nested inside each other. serde_json allowed
/// 127; one more here, so everything the serde build read still parses.
pub const MAX_DEPTH: usize = 128;

/// A JSON value. Integers keep full precision; an object keeps its keys in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// An integer from 0 up (the parser gives every non-negative integer this form).
    U64(u64),
    /// A negative integer (the parser gives only negative integers this form).
    I64(i64),
    /// Any other number (a fraction or an exponent, `-0`, an integer beyond 64 bits),
    /// kept as its text: the saved document holds none, so its value is never needed,
    /// and leaving it unconverted keeps a float parser out of the download.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Keys in document order; the parser refuses duplicates.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The field `key` of an object; `None` for a missing key or a value that is not
    /// an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value as a non-negative integer, if it is one.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Value::U64(n) => Some(n),
            Value::I64(n) => u64::try_from(n).ok(),
            _ => None,
        }
    }

    /// The value as an integer that fits an `i64`, if it is one.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            Value::U64(n) => i64::try_from(n).ok(),
            Value::I64(n) => Some(n),
            _ => None,
        }
    }
}

/// What went wrong, and where: a byte offset for text that is not JSON, or a path
/// such as `history[2].exercises` for a value of the wrong shape.
///
/// Boxed, so that every `Result` of the readers stays as small as its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<Details>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Details {
    /// Where, outermost first; empty for the value itself.
    path: String,
    message: &'static str,
}

impl Error {
    /// An error in the value being read (its path is added on the way out).
    pub fn new(message: &'static str) -> Self {
        Error(Box::new(Details {
            path: String::new(),
            message,
        }))
    }

    /// An error in the text, at byte `pos`.
    fn at_byte(pos: usize, message: &'static str) -> Self {
        Error(Box::new(Details {
            path: format!("byte {pos}"),
            message,
        }))
    }

    /// The same error, found inside the field `key`.
    pub fn in_field(self, key: &str) -> Self {
        self.prefixed(key)
    }

    /// The same error, found inside the array item `index`.
    pub fn in_item(self, index: usize) -> Self {
        self.prefixed(&format!("[{index}]"))
    }

    fn prefixed(mut self, outer: &str) -> Self {
        let path = &mut self.0.path;
        let dot = if path.is_empty() || path.starts_with('[') {
            ""
        } else {
            "."
        };
        *path = format!("{outer}{dot}{path}");
        self
    }

    /// What went wrong, without where.
    pub fn message(&self) -> &'static str {
        self.0.message
    }

    /// Where it went wrong (empty for the value itself).
    pub fn path(&self) -> &str {
        &self.0.path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.path.is_empty() {
            f.write_str(self.0.message)
        } else {
            write!(f, "{}: {}", self.0.path, self.0.message)
        }
    }
}

impl std::error::Error for Error {}
