//! A language's words as one text file shipped beside the app (`words-<lang>-<hash>.txt`),
//! so the wasm carries English only and a phone downloads the words of the language she
//! reads, not of every language the app speaks.
//!
//! `build.rs` includes this file to write each language's file from its message files
//! and its library translation (`write`, `file_name`). The app fetches the file of her
//! language before its first screen and reads it with `parse`, as strictly as any stored
//! data: a damaged file, or one from another build, is an error, never a panic
//! (`text::install` also checks it against this build's messages).
//!
//! The format, one field per line:
//! ```text
//! gentle-back words 1
//! lang<TAB>es
//! details<TAB>exercise-details-0123456789abcdef.txt
//! msg<TAB>Hola, {$name}.
//! msg<TAB>{?count 1[one]una sesión[other]{$count} sesiones}
//! @walk-5
//! name<TAB>Paseo de 5 minutos
//! position<TAB>…
//! summary<TAB>…
//! cue<TAB>…
//! also<TAB>caminar
//! ```
//! Messages come in the English files' order. In a message, `{$name}` is a variable
//! and `{?name D[key]…[key]…}` chooses a variant by a variable: `key` is a whole number
//! (an exact match) or a plural category (`one`, `other`…), and `D` is the position of
//! the default variant. Values escape `\` `{` `}` `[` as `\\` `\{` `\}` `\[`, and a
//! newline, carriage return and tab as `\n`, `\r` and `\t`, so every value is one line.

/// The first line of every words file; a file without it is not ours.
pub const HEADER: &str = "gentle-back words 1";

/// How deep choices may nest inside each other (the message files use one level).
const MAX_DEPTH: usize = 4;

/// A piece of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Var(String),
    /// On a variable: its variants, and which is the default.
    Select {
        var: String,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
}

/// A variant's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Exact(i64),
    /// A CLDR plural category by name: `zero`, `one`, `two`, `few`, `many`, `other`.
    Plural(String),
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One library entry's words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub position: String,
    pub summary: String,
    pub cues: Vec<String>,
    /// Other names people use for it (the search's synonyms).
    pub also: Vec<String>,
}

/// A language's words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// Its code (`es`).
    pub lang: String,
    /// The name of the library's details file in this language.
    pub details: String,
    /// Every message, in the English files' order.
    pub messages: Vec<Vec<Piece>>,
    /// Every library entry, in listing order.
    pub entries: Vec<Entry>,
}

/// The text of a words file.
pub fn write(words: &Words) -> String {
    let mut out = format!("{HEADER}\n");
    line(&mut out, "lang", &words.lang);
    line(&mut out, "details", &words.details);
    for message in &words.messages {
        out.push_str("msg\t");
        write_pieces(&mut out, message);
        out.push('\n');
    }
    for e in &words.entries {
        out.push('@');
        out.push_str(&e.id);
        out.push('\n');
        line(&mut out, "name", &e.name);
        line(&mut out, "position", &e.position);
        line(&mut out, "summary", &e.summary);
        for cue in &e.cues {
            line(&mut out, "cue", cue);
        }
        for also in &e.also {
            line(&mut out, "also", also);
        }
    }
    out
}

/// The file's name in the build: its language and its content's FNV-1a hash, so each
/// build's words have their own address and no cache can hand one build another's.
pub fn file_name(lang: &str, text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("words-{lang}-{hash:016x}.txt")
}

fn line(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push('\t');
    escape(out, value);
    out.push('\n');
}

fn escape(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '[' => out.push_str("\\["),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn write_pieces(out: &mut String, pieces: &[Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(t) => escape(out, t),
            Piece::Var(name) => {
                out.push_str("{$");
                out.push_str(name);
                out.push('}');
            }
            Piece::Select {
                var,
                variants,
                default,
            } => {
                out.push_str("{?");
                out.push_str(var);
                out.push(' ');
                out.push_str(&default.to_string());
                for (key, pieces) in variants {
                    out.push('[');
                    match key {
                        Key::Exact(n) => out.push_str(&n.to_string()),
                        Key::Plural(c) => out.push_str(c),
                    }
                    out.push(']');
                    write_pieces(out, pieces);
                }
                out.push('}');
            }
        }
    }
}

/// Reads a words file: the header, `lang` and `details` first, then messages, then
/// entries. Anything unknown, out of place or malformed is an error naming the line.
pub fn parse(text: &str) -> Result<Words, String> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, HEADER)) => {}
        _ => return Err("not a words file".into()),
    }
    let mut words = Words::default();
    let mut seen_lang = false;
    let mut seen_details = false;
    for (i, raw) in lines {
        let at = |why: &str| format!("line {}: {why}", i + 1);
        if let Some(id) = raw.strip_prefix('@') {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(at("not an entry id"));
            }
            words.entries.push(Entry {
                id: id.to_owned(),
                ..Entry::default()
            });
            continue;
        }
        let (key, value) = raw.split_once('\t').ok_or_else(|| at("no field name"))?;
        if key == "msg" {
            if !words.entries.is_empty() {
                return Err(at("a message after the entries"));
            }
            words
                .messages
                .push(parse_message(value).map_err(|why| at(&why))?);
            continue;
        }
        let value = unescape(value, MARKS).ok_or_else(|| at("a broken escape"))?;
        let before_messages = words.messages.is_empty() && words.entries.is_empty();
        match (key, words.entries.last_mut()) {
            ("lang", None) if before_messages && !seen_lang => {
                seen_lang = true;
                words.lang = value;
            }
            ("details", None) if before_messages && !seen_details => {
                seen_details = true;
                words.details = value;
            }
            ("name", Some(e)) => e.name = value,
            ("position", Some(e)) => e.position = value,
            ("summary", Some(e)) => e.summary = value,
            ("cue", Some(e)) => e.cues.push(value),
            ("also", Some(e)) => e.also.push(value),
            _ => return Err(at("an unknown or misplaced field")),
        }
    }
    if !seen_lang || words.lang.is_empty() {
        return Err("it names no language".into());
    }
    if !seen_details || words.details.is_empty() {
        return Err("it names no details file".into());
    }
    if let Some(e) = words.entries.iter().find(|e| e.name.is_empty()) {
        return Err(format!("{} has no name", e.id));
    }
    Ok(words)
}

/// The characters a words file escapes beyond those every escaped value does.
const MARKS: &[char] = &['{', '}', '['];

/// A value with its escapes undone: `\\`, `\n`, `\r`, `\t`, and `\` before any of `also`;
/// `None` for any other escape. (The details file uses it too, with nothing `also`.)
pub fn unescape(value: &str, also: &[char]) -> Option<String> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(unescaped(chars.next()?, also)?);
    }
    Some(out)
}

fn unescaped(c: char, also: &[char]) -> Option<char> {
    Some(match c {
        '\\' => c,
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        c if also.contains(&c) => c,
        _ => return None,
    })
}

/// One message's pieces.
fn parse_message(value: &str) -> Result<Vec<Piece>, String> {
    let mut reader = Reader {
        chars: value.chars().collect(),
        at: 0,
    };
    let pieces = reader.pieces(0)?;
    match reader.peek() {
        None => Ok(pieces),
        Some(c) => Err(format!("an unexpected `{c}`")),
    }
}

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    /// Pieces up to an unescaped `[` or `}` (the end of a variant) or the end.
    fn pieces(&mut self, depth: usize) -> Result<Vec<Piece>, String> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '[' | '}' => break,
                '\\' => {
                    self.at += 1;
                    let escaped = self.next().and_then(|c| unescaped(c, MARKS));
                    text.push(escaped.ok_or("a broken escape")?);
                }
                '{' => {
                    self.at += 1;
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(self.placeable(depth)?);
                }
                c => {
                    self.at += 1;
                    text.push(c);
                }
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(pieces)
    }

    /// After a `{`: a variable or a choice, up to and including its `}`.
    fn placeable(&mut self, depth: usize) -> Result<Piece, String> {
        match self.next() {
            Some('$') => {
                let name = self.name()?;
                self.expect('}')?;
                Ok(Piece::Var(name))
            }
            Some('?') if depth < MAX_DEPTH => {
                let var = self.name()?;
                self.expect(' ')?;
                let default = self.until('[')?;
                let default: usize = default.parse().map_err(|_| "a bad default variant")?;
                let mut variants = Vec::new();
                while self.peek() == Some('[') {
                    self.at += 1;
                    let key = self.until(']')?;
                    self.at += 1;
                    let key = if CATEGORIES.contains(&key.as_str()) {
                        Key::Plural(key)
                    } else {
                        Key::Exact(key.parse().map_err(|_| "a bad variant key")?)
                    };
                    variants.push((key, self.pieces(depth + 1)?));
                }
                self.expect('}')?;
                if default >= variants.len() {
                    return Err("a choice without its default variant".into());
                }
                Ok(Piece::Select {
                    var,
                    variants,
                    default,
                })
            }
            Some('?') => Err("choices nested too deep".into()),
            _ => Err("a `{` that starts no variable or choice".into()),
        }
    }

    /// A variable's name: letters, digits, `-` and `_`.
    fn name(&mut self) -> Result<String, String> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.at += 1;
        }
        if self.at == start {
            return Err("a variable without a name".into());
        }
        Ok(self.chars[start..self.at].iter().collect())
    }

    /// The characters before the next `stop` (not consumed), which must come.
    fn until(&mut self, stop: char) -> Result<String, String> {
        let start = self.at;
        while let Some(c) = self.peek() {
            if c == stop {
                return Ok(self.chars[start..self.at].iter().collect());
            }
            if !(c.is_ascii_alphanumeric() || c == '-') {
                break;
            }
            self.at += 1;
        }
        Err(format!("expected `{stop}`"))
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.next() == Some(c) {
            Ok(())
        } else {
            Err(format!("expected `{c}`"))
        }
    }
}
