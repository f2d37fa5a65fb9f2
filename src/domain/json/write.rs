//! The writer: compact JSON, strings escaped exactly as serde_json escapes them.

use std::fmt::Write as _;

use super::Value;

/// Compact JSON built value by value. Commas are placed by looking at the last byte
/// written, so callers only open, name and close.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    /// A comma, unless this is the first thing in an array or object, or a field's value.
    fn separate(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.out.push(',');
        }
    }

    pub fn begin_object(&mut self) {
        self.separate();
        self.out.push('{');
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
    }

    pub fn begin_array(&mut self) {
        self.separate();
        self.out.push('[');
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
    }

    /// A field's name; its value comes next.
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.separate();
        self.escaped(key);
        self.out.push(':');
        self
    }

    pub fn null(&mut self) {
        self.separate();
        self.out.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.separate();
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub fn u64(&mut self, value: u64) {
        self.separate();
        // Writing to a String cannot fail.
        let _ = write!(self.out, "{value}");
    }

    pub fn i64(&mut self, value: i64) {
        self.separate();
        let _ = write!(self.out, "{value}");
    }

    /// A number as the parser kept it (`Value::Number`): already valid JSON.
    pub fn number(&mut self, text: &str) {
        self.separate();
        self.out.push_str(text);
    }

    pub fn str(&mut self, value: &str) {
        self.separate();
        self.escaped(value);
    }

    /// `"` and `\` escaped, the controls as `\n`, `\t`, `\r`, `\b`, `\f` or `\u00xx`,
    /// everything else (`/`, DEL, non-ASCII) as it is: serde_json's choices.
    fn escaped(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let mut run = 0;
        for (i, byte) in text.bytes().enumerate() {
            let short = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\t' => "\\t",
                b'\r' => "\\r",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            // `run` and `i` are at ASCII bytes, so on character boundaries.
            self.out.push_str(text.get(run..i).unwrap_or_default());
            run = i + 1;
            if short.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(byte >> 4)]));
                self.out.push(char::from(HEX[usize::from(byte & 0xf)]));
            } else {
                self.out.push_str(short);
            }
        }
        self.out.push_str(text.get(run..).unwrap_or_default());
        self.out.push('"');
    }

    /// Any value. Recursive: a hand-built value nested deeper than the stack allows
    /// is the caller's mistake (parsed values are at most `MAX_DEPTH` deep).
    pub fn value(&mut self, value: &Value) {
        match value {
            Value::Null => self.null(),
            Value::Bool(b) => self.bool(*b),
            Value::U64(n) => self.u64(*n),
            Value::I64(n) => self.i64(*n),
            Value::Number(text) => self.number(text),
            Value::String(s) => self.str(s),
            Value::Array(items) => {
                self.begin_array();
                for item in items {
                    self.value(item);
                }
                self.end_array();
            }
            Value::Object(entries) => {
                self.begin_object();
                for (key, item) in entries {
                    self.key(key).value(item);
                }
                self.end_object();
            }
        }
    }
}

/// `value` as compact JSON text.
pub fn write(value: &Value) -> String {
    let mut w = Writer::new();
    w.value(value);
    w.finish()
}
