//! The words of the languages other than English, installed at run time from their words
//! files (`words`): the app fetches her language's file before its first screen
//! (`web::words`), host tests read the build's own copy.
//!
//! Installed words live for the rest of the page's life (each language at most once), so
//! they are kept as `'static` data beside the compiled-in English.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::words::{self, Key as WordKey, Piece, Words};
use super::{Category, Key, Lang, Msg, Part, BUILT_IN, LANG_COUNT, PATTERNS, WORDS_FILES};
use crate::domain::catalog::SHAPE;

/// A language's installed words.
#[derive(Debug)]
pub struct Loaded {
    /// Every message's pattern, in `Msg` order.
    patterns: Vec<&'static [Part]>,
    /// The file as read: the library's words and the details file's name.
    pub words: Words,
    /// Each library entry's other names, in listing order.
    pub synonyms: Vec<&'static [&'static str]>,
}

static LOADED: [OnceLock<Loaded>; LANG_COUNT] = [const { OnceLock::new() }; LANG_COUNT];

impl Lang {
    /// The name of its words file in this build; `None` for English, which the wasm holds.
    pub fn words_file(self) -> Option<&'static str> {
        WORDS_FILES
            .get(self as usize)
            .copied()
            .filter(|f| !f.is_empty())
    }

    /// Whether its words are here to be shown (English's always are).
    pub fn has_words(self) -> bool {
        self.words_file().is_none() || loaded(self).is_some()
    }
}

/// The installed words of `lang`; `None` for English and for a language not installed.
pub fn loaded(lang: Lang) -> Option<&'static Loaded> {
    let cell = LOADED.get(lang as usize)?;
    // Host builds (tests, tools) have every language's file compiled in.
    #[cfg(not(target_arch = "wasm32"))]
    if cell.get().is_none() {
        if let Some(text) = super::BUILT_WORDS
            .get(lang as usize)
            .filter(|t| !t.is_empty())
        {
            let _ = install(lang, text);
        }
    }
    cell.get()
}

/// Installs `lang`'s words from the text of its words file, after checking it against
/// this build (`read`): its language, every message with the variables English gives it,
/// and every library entry in order. Installing a language twice keeps the first.
pub fn install(lang: Lang, text: &str) -> Result<(), String> {
    let cell = LOADED
        .get(lang as usize)
        .filter(|_| lang.words_file().is_some())
        .ok_or("English needs no words file")?;
    if cell.get().is_none() {
        let _ = cell.set(read(lang, text)?);
    }
    Ok(())
}

/// `lang`'s words from the text of its words file, checked as `install` checks them,
/// without installing them.
pub fn read(lang: Lang, text: &str) -> Result<Loaded, String> {
    let words = words::parse(text)?;
    if words.lang != lang.code() {
        return Err(format!("it holds the words of `{}`", words.lang));
    }
    if words.messages.len() != Msg::ALL.len() {
        return Err("its messages are not this version's".into());
    }
    for (msg, pieces) in Msg::ALL.iter().zip(&words.messages) {
        let mut used = BTreeSet::new();
        variables(pieces, &mut used);
        let expected: BTreeSet<&str> = msg.variables().iter().copied().collect();
        if used != expected {
            return Err(format!(
                "`{}` does not take this version's values",
                msg.id()
            ));
        }
    }
    let same_entries = SHAPE.len() == words.entries.len()
        && SHAPE
            .iter()
            .zip(&words.entries)
            .all(|(&(id, cues), w)| id == w.id && cues == w.cues.len());
    if !same_entries {
        return Err("its library is not this version's".into());
    }
    let patterns = words.messages.iter().map(|p| leak_parts(p)).collect();
    let synonyms = words
        .entries
        .iter()
        .map(|e| {
            let names: Vec<&'static str> = e.also.iter().map(|s| leak_str(s)).collect();
            &*Box::leak(names.into_boxed_slice())
        })
        .collect();
    Ok(Loaded {
        patterns,
        words,
        synonyms,
    })
}

/// The pattern of `msg` to write in `lang`: English's, the installed language's, or, for
/// a language not installed, English's (its own for the few messages every language keeps
/// in the wasm).
pub(super) fn pattern(lang: Lang, msg: Msg) -> &'static [Part] {
    let english = PATTERNS[msg as usize];
    if lang.words_file().is_none() {
        return english;
    }
    if let Some(l) = loaded(lang) {
        return l.patterns.get(msg as usize).copied().unwrap_or(english);
    }
    BUILT_IN
        .iter()
        .find(|(m, _)| *m == msg)
        .and_then(|(_, p)| p.get(lang as usize).copied())
        .unwrap_or(english)
}

fn variables<'a>(pieces: &'a [Piece], out: &mut BTreeSet<&'a str>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(name) => {
                out.insert(name);
            }
            Piece::Select { var, variants, .. } => {
                out.insert(var);
                for (_, pieces) in variants {
                    variables(pieces, out);
                }
            }
        }
    }
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_parts(pieces: &[Piece]) -> &'static [Part] {
    let parts: Vec<Part> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(t) => Part::Text(leak_str(t)),
            Piece::Var(name) => Part::Var(leak_str(name)),
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let variants: Vec<(Key, &'static [Part])> = variants
                    .iter()
                    .map(|(key, pieces)| {
                        let key = match key {
                            WordKey::Exact(n) => Key::Exact(*n),
                            WordKey::Plural(name) => Key::Plural(Category::from_name(name)),
                        };
                        (key, leak_parts(pieces))
                    })
                    .collect();
                Part::Select(
                    leak_str(var),
                    Box::leak(variants.into_boxed_slice()),
                    *default,
                )
            }
        })
        .collect();
    Box::leak(parts.into_boxed_slice())
}
