//! Finding exercises in the builder's library: search as you type over names and the
//! other names people use for them (`locales/<lang>/synonyms.toml`), and where each
//! exercise is done (`Posture`), for its filter.
//!
//! Owns the matching and its order only. The synonyms are checked and compiled in at
//! build time (the file format is `search/synonyms.rs`, not part of the app); the other
//! filters (region, type, stage) are `catalog::Filter`.

use super::catalog::Catalog;
use super::exercise::Exercise;
pub use super::exercise::Posture;
use super::text::{self, Lang, Msg};

/// One entry's id and its other names.
type Names = (&'static str, &'static [&'static str]);

// `static SYNONYMS: &[Names]`: each entry's id and its other names in English, in library
// order (entries without any are left out). Other languages' are in their words files.
include!(concat!(env!("OUT_DIR"), "/synonyms.rs"));

// Here rather than beside the type: `exercise.rs` is shared with the build script, which
// has no messages.
impl Posture {
    /// A short label for people.
    pub fn label(self) -> Msg {
        match self {
            Posture::Lying => Msg::SearchPostureLying,
            Posture::SideLying => Msg::SearchPostureSideLying,
            Posture::Sitting => Msg::SearchPostureSitting,
            Posture::Standing => Msg::SearchPostureStanding,
            Posture::Kneeling => Msg::SearchPostureKneeling,
            Posture::HandsAndKnees => Msg::SearchPostureHandsAndKnees,
            Posture::Walking => Msg::SearchPostureWalking,
        }
    }
}

/// Where `e` is mainly done.
pub fn posture(e: &Exercise) -> Posture {
    e.posture
}

/// The other names of the entry `id` in `lang` (none when the language or the entry has
/// none), as written in its synonyms file.
pub fn synonyms(lang: Lang, id: &str) -> &'static [&'static str] {
    if lang.words_file().is_none() {
        return SYNONYMS
            .iter()
            .find(|(entry, _)| *entry == id)
            .map_or(&[], |(_, names)| names);
    }
    text::loaded(lang)
        .and_then(|l| {
            let at = l.words.entries.iter().position(|e| e.id == id)?;
            l.synonyms.get(at).copied()
        })
        .unwrap_or(&[])
}

/// How well an entry matched: lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Its name (in `lang` or in English) starts with the whole query.
    NameStarts,
    /// Every word of the query is in its name.
    NameContains,
    /// Some words only in its other names.
    Synonym,
}

/// Exercises matching `query` (case- and accent-insensitive, every word must match):
/// their name in `lang` and in English, and their synonyms in both languages; all of
/// them, in library order, when the query is blank. Best matches first (name starts with
/// the query, then name contains, then synonym).
///
/// A query word matches the start of a word ("brid" finds "Bridge", "cow" finds
/// "cat-cow"); apostrophes are ignored and other punctuation separates words, so
/// "childs pose" finds "Child's pose". Within each rank, library order.
pub fn search<'a>(catalog: &'a Catalog, lang: Lang, query: &str) -> Vec<&'a Exercise> {
    let query = fold(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.is_empty() {
        return catalog.all().iter().collect();
    }
    let english = Catalog::builtin_in(Lang::default());
    let phrase = words.join(" ");
    let mut ranked: Vec<(Rank, usize, &Exercise)> = Vec::new();
    for (position, e) in catalog.all().iter().enumerate() {
        let id = e.id.as_str();
        let mut names = vec![fold(&e.name)];
        if let Some(en) = english.get(&e.id) {
            names.push(fold(&en.name));
        }
        let mut others: Vec<String> = synonyms(lang, id).iter().map(|s| fold(s)).collect();
        if lang != Lang::default() {
            others.extend(synonyms(Lang::default(), id).iter().map(|s| fold(s)));
        }
        let in_names = |w: &str| names.iter().any(|n| has_word_starting(n, w));
        let in_others = |w: &str| others.iter().any(|n| has_word_starting(n, w));
        if !words.iter().all(|w| in_names(w) || in_others(w)) {
            continue;
        }
        let rank = if names.iter().any(|n| n.starts_with(&phrase)) {
            Rank::NameStarts
        } else if words.iter().all(|w| in_names(w)) {
            Rank::NameContains
        } else {
            Rank::Synonym
        };
        ranked.push((rank, position, e));
    }
    ranked.sort_by_key(|&(rank, position, _)| (rank, position));
    ranked.into_iter().map(|(_, _, e)| e).collect()
}

/// True when a word of `text` (already folded) starts with `word`.
fn has_word_starting(text: &str, word: &str) -> bool {
    text.split_whitespace().any(|w| w.starts_with(word))
}

/// `text` for matching: lower case, accents and apostrophes dropped, every other mark
/// that is not a letter or digit a space, words one space apart ("Child's pose" →
/// "childs pose", "gato-vaca" → "gato vaca", "Suelo pélvico: contracciones" → "suelo
/// pelvico contracciones").
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '\u{2019}' | '\u{2018}' | '\u{301}' | '\u{300}' | '\u{308}' | '\u{303}' => {}
            c if c.is_alphanumeric() => out.push(base_letter(c)),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The letter without its accent, for the accented letters of the app's languages (and
/// their neighbours); any other character as it is.
fn base_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}
