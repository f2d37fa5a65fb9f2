//! No sentence for people is written into the UI code: every word she reads comes from
//! the message files (`locales/`), so a second language covers every screen. This reads
//! the Rust source of the UI layer and fails on a string literal that looks like words
//! for people, beyond class names, ids, routes and the allow-list below.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::fs;
use std::path::{Path, PathBuf};

/// Where words for people would be written: the pages, the components, the app's shell
/// and its hooks, and the domain's wording module.
const ROOTS: &[&str] = &[
    "src/pages",
    "src/components",
    "src/hooks",
    "src/app.rs",
    "src/first_visit.rs",
    "src/pages.rs",
    "src/components.rs",
    "src/domain/wording.rs",
];

/// Literals that look like words but are not read by people in a language: attribute
/// values, keys, MIME types, the product's name (a name, the same in every language).
const ALLOWED: &[&str] = &[
    "Gentle Back",
    "Enter",
    "Escape",
    "ArrowUp",
    "ArrowDown",
    "Home",
    "End",
    "Tab",
    "application/json",
    "image/svg+xml",
    "image/png",
    "text/plain",
    // For developers, in the browser's console.
    "Gentle Back: a component was rendered outside <App>",
];

/// Every string literal in Rust source, with its line, skipping comments, char
/// literals and attributes' own strings alike (attributes are code, and flagged only
/// if they look like words, which they do not).
fn literals(src: &str) -> Vec<(usize, String)> {
    let bytes: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < bytes.len() && bytes[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == '*' && bytes[i + 1] == '/') {
                    if bytes[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            'r' if (next == Some('"') || next == Some('#'))
                && (i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while bytes.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if bytes.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                j += 1;
                let start_line = line;
                let mut text = String::new();
                while let Some(&ch) = bytes.get(j) {
                    if ch == '"' && (1..=hashes).all(|k| bytes.get(j + k) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    if ch == '\n' {
                        line += 1;
                    }
                    text.push(ch);
                    j += 1;
                }
                out.push((start_line, text));
                i = j;
            }
            '\'' => {
                // A char literal ('"', '\'', 'a') or a lifetime ('static).
                if next == Some('\\') {
                    i += 2;
                    while i < bytes.len() && bytes[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if bytes.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < bytes.len() && bytes[i] != '"' {
                    if bytes[i] == '\\' {
                        if bytes.get(i + 1) == Some(&'\n') {
                            line += 1;
                        }
                        text.push(bytes.get(i + 1).copied().unwrap_or(' '));
                        i += 2;
                        continue;
                    }
                    if bytes[i] == '\n' {
                        line += 1;
                    }
                    text.push(bytes[i]);
                    i += 1;
                }
                i += 1;
                out.push((start_line, text));
            }
            _ => i += 1,
        }
    }
    out
}

/// A class list, an id, a key or a route: lower-case tokens of letters, digits, `-`,
/// `_`, `:`, `#`, `/`, `.`, `=`, `[`, `]`, separated by spaces.
fn is_code(s: &str) -> bool {
    s.split_whitespace().all(|token| {
        token.chars().all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '-' | '_'
                        | ':'
                        | '#'
                        | '/'
                        | '.'
                        | '='
                        | '['
                        | ']'
                        | '%'
                        | ','
                        | '('
                        | ')'
                        | '*'
                        | '!'
                        | '<'
                        | '>'
                        | '+'
                        | '&'
                        | ';'
                        | '?'
                        | '@'
                )
        })
    })
}

/// Looks like words for people: has letters, and is not code (an upper-case letter or a
/// letter outside ASCII, such as "Próximo", gives words away), and is not a format
/// string for numbers alone.
fn is_words(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || ALLOWED.contains(&s) || is_svg_path(s) {
        return false;
    }
    // Format placeholders (`{}`, `{name}`, `{:02}`) are code.
    let mut bare = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    bare.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !is_code(&bare)
}

/// SVG path data ("M3 11l9-7 9 7v9…"): commands and numbers.
fn is_svg_path(s: &str) -> bool {
    s.starts_with(['M', 'm'])
        && s.chars()
            .all(|c| "MmLlHhVvCcSsQqTtAaZz0123456789 .,-".contains(c))
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn no_words_for_people_are_written_into_the_ui_code() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for r in ROOTS {
        rust_files(&root.join(r), &mut files);
    }
    assert!(files.len() > 40, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let src = fs::read_to_string(file).unwrap();
        // Tests inside a module may say what they expect in English.
        let src = src.split("#[cfg(test)]").next().unwrap_or_default();
        for (line, text) in literals(src) {
            if is_words(&text) {
                let name = file.strip_prefix(&root).unwrap().display();
                found.push(format!("{name}:{line}: {text:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for people written into the code (put them in locales/*/*.ftl):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_words_and_passes_code() {
    let src = r##"
        // "A comment is not shown"
        let class = "button button--primary";
        let id = "player-title";
        let c = '"'; let route = "#/plan";
        html! { <p>{ "Take a deep breath" }</p> }
        let raw = r#"Raw words too"#;
        let f = format!("{}:{:02}", m, s);
        let d = "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5";
        let tag = "<strong>";
    "##;
    let words: Vec<String> = literals(src)
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| is_words(t))
        .collect();
    assert_eq!(words, ["Take a deep breath", "Raw words too"]);
}
