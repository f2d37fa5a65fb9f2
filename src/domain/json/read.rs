//! Strict reading of parsed values, as serde's derived `Deserialize` with
//! `deny_unknown_fields` read them: a wrong type, an integer out of range, a missing
//! required field or a field nobody reads is an error naming the field.
//!
//! The readers are plain `fn(&Value) -> Result<T, Error>`; `Fields` applies them to
//! an object's fields and adds the field's name (and an item's index) to any error.

use std::cell::Cell;

use super::{Error, Value};

/// Most fields an object may have: every struct of the saved document has fewer, and
/// `Fields` tracks which were read in one `u64`.
const MAX_FIELDS: usize = 64;

/// The fields of an object, read one by one; `end` then refuses any not read.
#[derive(Debug)]
pub struct Fields<'a> {
    entries: &'a [(String, Value)],
    /// Bit `i` is set once entry `i` has been read.
    read: Cell<u64>,
}

impl<'a> Fields<'a> {
    /// The fields of `value`, which must be an object.
    pub fn of(value: &'a Value) -> Result<Self, Error> {
        match value {
            Value::Object(entries) if entries.len() <= MAX_FIELDS => Ok(Fields {
                entries,
                read: Cell::new(0),
            }),
            Value::Object(_) => Err(Error::new("too many fields")),
            _ => Err(Error::new("expected an object")),
        }
    }

    fn find(&self, key: &str) -> Option<&'a Value> {
        let index = self.entries.iter().position(|(k, _)| k == key)?;
        // `index < MAX_FIELDS`, checked in `of`.
        self.read.set(self.read.get() | 1 << index);
        self.entries.get(index).map(|(_, v)| v)
    }

    /// Succeeds only if every field was read: an unknown one is an error, as with
    /// `#[serde(deny_unknown_fields)]`.
    pub fn end(&self) -> Result<(), Error> {
        let read = self.read.get();
        match (self.entries.iter().enumerate()).find(|(i, _)| read & 1 << i == 0) {
            Some((_, (key, _))) => Err(Error::new("unknown field").in_field(key)),
            None => Ok(()),
        }
    }

    /// A required field.
    pub fn req<T>(&self, key: &str, read: fn(&'a Value) -> Result<T, Error>) -> Result<T, Error> {
        match self.find(key) {
            Some(value) => read(value).map_err(|e| e.in_field(key)),
            None => Err(Error::new("missing field").in_field(key)),
        }
    }

    /// An optional field (serde's `Option<T>`): `None` when missing or `null`.
    pub fn opt<T>(
        &self,
        key: &str,
        read: fn(&'a Value) -> Result<T, Error>,
    ) -> Result<Option<T>, Error> {
        match self.find(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(value).map(Some).map_err(|e| e.in_field(key)),
        }
    }

    /// A field with a default (serde's `#[serde(default)]`): `default` when missing;
    /// `null` is still the wrong type.
    pub fn or<T>(
        &self,
        key: &str,
        read: fn(&'a Value) -> Result<T, Error>,
        default: T,
    ) -> Result<T, Error> {
        match self.find(key) {
            None => Ok(default),
            Some(value) => read(value).map_err(|e| e.in_field(key)),
        }
    }

    /// A required array, each item read by `read`.
    pub fn list<T>(
        &self,
        key: &str,
        read: fn(&'a Value) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        match self.find(key) {
            Some(value) => read_list(value, read).map_err(|e| e.in_field(key)),
            None => Err(Error::new("missing field").in_field(key)),
        }
    }

    /// An array with a default of none (serde's `#[serde(default)] Vec<T>`).
    pub fn list_or_empty<T>(
        &self,
        key: &str,
        read: fn(&'a Value) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        match self.find(key) {
            Some(value) => read_list(value, read),
            None => Ok(Vec::new()),
        }
        .map_err(|e| e.in_field(key))
    }
}

/// Every item of an array, read by `read`.
fn read_list<'a, T>(
    value: &'a Value,
    read: fn(&'a Value) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    let Value::Array(items) = value else {
        return Err(Error::new("expected an array"));
    };
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        out.push(read(item).map_err(|e| e.in_item(index))?);
    }
    Ok(out)
}

pub fn read_bool(value: &Value) -> Result<bool, Error> {
    match value {
        Value::Bool(b) => Ok(*b),
        _ => Err(Error::new("expected true or false")),
    }
}

pub fn read_str(value: &Value) -> Result<&str, Error> {
    match value {
        Value::String(s) => Ok(s),
        _ => Err(Error::new("expected a string")),
    }
}

pub fn read_string(value: &Value) -> Result<String, Error> {
    read_str(value).map(str::to_owned)
}

fn out_of_range() -> Error {
    Error::new("integer out of range")
}

/// An integer that fits an `i64`. Floats are refused even when whole (`1.0`, `1e3`,
/// `-0`), as serde refused them for integer fields.
fn read_integer(value: &Value) -> Result<i64, Error> {
    match value {
        Value::U64(_) | Value::I64(_) => value.as_i64().ok_or_else(out_of_range),
        _ => Err(Error::new("expected an integer")),
    }
}

pub fn read_i64(value: &Value) -> Result<i64, Error> {
    read_integer(value)
}

pub fn read_i8(value: &Value) -> Result<i8, Error> {
    i8::try_from(read_integer(value)?).map_err(|_| out_of_range())
}

pub fn read_u8(value: &Value) -> Result<u8, Error> {
    u8::try_from(read_integer(value)?).map_err(|_| out_of_range())
}

pub fn read_u16(value: &Value) -> Result<u16, Error> {
    u16::try_from(read_integer(value)?).map_err(|_| out_of_range())
}

pub fn read_u32(value: &Value) -> Result<u32, Error> {
    u32::try_from(read_integer(value)?).map_err(|_| out_of_range())
}

/// A `usize`: up to `u32::MAX` on wasm32, `u64::MAX` on a 64-bit host, as serde.
pub fn read_usize(value: &Value) -> Result<usize, Error> {
    match value {
        Value::U64(n) => usize::try_from(*n).map_err(|_| out_of_range()),
        Value::I64(_) => Err(out_of_range()),
        _ => Err(Error::new("expected an integer")),
    }
}
