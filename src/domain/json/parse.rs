//! The parser: RFC 8259 exactly, with no extensions. Every byte is looked at through
//! `get`, so no input, however damaged or truncated, can make it panic.

use super::{Error, Value, MAX_DEPTH};

/// Parses one JSON text: a value with optional whitespace around it, nothing else.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    p.skip_whitespace();
    let value = p.value(0)?;
    p.skip_whitespace();
    if p.pos < p.bytes.len() {
        return Err(p.error("trailing characters after the value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> Error {
        Error::at_byte(self.pos, message)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Steps over `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Only the four whitespace characters RFC 8259 allows.
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The text from `start` to the current position (both at ASCII bytes, so always
    /// on character boundaries; `get` keeps it panic-free regardless).
    fn since(&self, start: usize) -> Result<&str, Error> {
        self.text
            .get(start..self.pos)
            .ok_or_else(|| self.error("invalid text"))
    }

    /// A value; `depth` is how many arrays and objects enclose it.
    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{' | b'[') if depth >= MAX_DEPTH => Err(self.error("nested too deeply")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        if rest.starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// After a value inside a container: `true` at `,`, `false` at `close`.
    fn more(&mut self, close: u8, message: &'static str) -> Result<bool, Error> {
        self.skip_whitespace();
        if self.eat(b',') {
            self.skip_whitespace();
            Ok(true)
        } else if self.eat(close) {
            Ok(false)
        } else if self.peek().is_none() {
            Err(self.error("unexpected end of input"))
        } else {
            Err(self.error(message))
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        self.pos += 1;
        self.skip_whitespace();
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if !self.more(b']', "expected `,` or `]`")? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        let start = self.pos;
        self.pos += 1;
        self.skip_whitespace();
        let mut entries = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(entries));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key"));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if !self.eat(b':') {
                return Err(self.error("expected `:`"));
            }
            self.skip_whitespace();
            entries.push((key, self.value(depth)?));
            if !self.more(b'}', "expected `,` or `}`")? {
                break;
            }
        }
        if has_duplicate(&entries) {
            return Err(Error::at_byte(start, "duplicate key in an object"));
        }
        Ok(Value::Object(entries))
    }

    /// A string, at its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    out.push_str(self.since(run)?);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.since(run)?);
                    self.pos += 1;
                    out.push(self.escape()?);
                    run = self.pos;
                }
                Some(0..=0x1f) => return Err(self.error("control character in a string")),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of an escape, just after its backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode();
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// `\uXXXX`, just after the `u`: a surrogate must be the first of a pair.
    fn unicode(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !(self.eat(b'\\') && self.eat(b'u')) {
                    return Err(self.error("lone surrogate in a \\u escape"));
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone surrogate in a \\u escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone surrogate in a \\u escape")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// Steps over one or more digits; `false` if there is none.
    fn digits(&mut self) -> bool {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos > start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let int_start = self.pos;
        if self.eat(b'0') {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("leading zero in a number"));
            }
        } else if !self.digits() {
            return Err(self.error("invalid number"));
        }
        let int_end = self.pos;
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            if !self.digits() {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            whole = false;
            self.pos += 1;
            let _sign = self.eat(b'+') || self.eat(b'-');
            if !self.digits() {
                return Err(self.error("invalid number"));
            }
        }
        if whole {
            let digits = self.text.get(int_start..int_end).unwrap_or_default();
            if let Some(value) = integer(digits, negative) {
                return Ok(value);
            }
        }
        // A fraction, an exponent, `-0` or an integer beyond 64 bits: valid JSON, kept
        // as written (no field of the document takes one).
        Ok(Value::Number(self.since(start)?.to_owned()))
    }
}

/// Digits of an integer as `U64` (from 0 up) or `I64` (negative); `None` when it
/// does not fit, or for `-0`, which serde_json read as a float.
fn integer(digits: &str, negative: bool) -> Option<Value> {
    let magnitude = digits.parse::<u64>().ok()?;
    match (negative, magnitude) {
        (false, n) => Some(Value::U64(n)),
        (true, 0) => None,
        (true, n) => 0i64.checked_sub_unsigned(n).map(Value::I64),
    }
}

/// Whether two entries share a key: pairwise for the small objects of the saved
/// document, by sorting for large ones (so a hostile object cannot take forever).
fn has_duplicate(entries: &[(String, Value)]) -> bool {
    if entries.len() <= 16 {
        return entries
            .iter()
            .enumerate()
            .any(|(i, (key, _))| entries.iter().skip(i + 1).any(|(k, _)| k == key));
    }
    let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    keys.sort_unstable();
    keys.windows(2).any(|w| w.first() == w.last())
}
