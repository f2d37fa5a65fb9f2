//! `src/domain/` stays pure: no file there may name a browser crate.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// True when `line` uses `krate` as a path or an import (`krate::`, `use krate`, `gloo_timers`).
fn names_crate(line: &str, krate: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices(krate).any(|(at, _)| {
        let before_ok = at == 0
            || !code.as_bytes()[at - 1].is_ascii_alphanumeric() && code.as_bytes()[at - 1] != b'_';
        let after = &code[at + krate.len()..];
        before_ok && (after.starts_with("::") || after.starts_with('_') || after.starts_with(';'))
    })
}

#[test]
fn domain_names_no_browser_crate() {
    let mut files = vec![Path::new("src/domain.rs").to_path_buf()];
    rust_files(Path::new("src/domain"), &mut files);
    assert!(files.len() > 3, "domain files not found");
    let mut hits = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for krate in BROWSER_CRATES {
                if names_crate(line, krate) {
                    hits.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "browser crates in the domain:\n{}",
        hits.join("\n")
    );
}

#[test]
fn the_check_itself_catches_browser_paths() {
    assert!(names_crate("use web_sys::Storage;", "web_sys"));
    assert!(names_crate("    let x = yew::html! {};", "yew"));
    assert!(names_crate("use gloo_timers::callback::Interval;", "gloo"));
    assert!(!names_crate("// yew::html is not used here", "yew"));
    assert!(!names_crate("let yewish = 1;", "yew"));
}

/// The layers the app keeps apart, as (files under, what they must not name, why).
const LAYERS: [(&str, &str, &str); 6] = [
    (
        "src/domain",
        "crate::state",
        "the domain decides; it knows no app state",
    ),
    (
        "src/domain",
        "crate::web",
        "the domain knows no browser glue",
    ),
    ("src/domain", "crate::pages", "the domain knows no pages"),
    (
        "src/domain",
        "crate::components",
        "the domain knows no components",
    ),
    (
        "src/components",
        "crate::pages",
        "components never import pages",
    ),
    (
        "src/web",
        "crate::pages",
        "browser glue never imports pages",
    ),
];

/// Every `crate::…` path a line names (comments left out).
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("crate::")
        .map(|(at, _)| {
            code[at..]
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

fn files_under(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let top = format!("{dir}.rs");
    if Path::new(&top).exists() {
        files.push(Path::new(&top).to_path_buf());
    }
    rust_files(Path::new(dir), &mut files);
    files
}

/// Violations of the layering in the tree: `LAYERS`, and a page importing another page
/// (`crate::pages::x` from a file under `src/pages/` that is not `x` itself or its
/// children).
fn layering_violations() -> Vec<String> {
    let mut hits = Vec::new();
    for (dir, banned, why) in LAYERS {
        for file in files_under(dir) {
            let text = fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                if crate_paths(line).iter().any(|p| p.starts_with(banned)) {
                    hits.push(format!(
                        "{}:{}: {why}: {}",
                        file.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    let mut pages = Vec::new();
    rust_files(Path::new("src/pages"), &mut pages);
    for file in pages {
        let own = file
            .strip_prefix("src/pages")
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_owned()
            })
            .unwrap_or_default();
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for path in crate_paths(line) {
                let Some(rest) = path.strip_prefix("crate::pages::") else {
                    continue;
                };
                let target = rest.split("::").next().unwrap_or("");
                if target != own {
                    hits.push(format!(
                        "{}:{}: pages never import other pages: {}",
                        file.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    hits
}

#[test]
fn the_layers_stay_apart() {
    let hits = layering_violations();
    assert!(hits.is_empty(), "layering:\n{}", hits.join("\n"));
}

#[test]
fn the_layer_check_reads_paths_as_written() {
    assert_eq!(
        crate_paths("use crate::pages::today::Today; // crate::web"),
        vec!["crate::pages::today::Today".to_owned()]
    );
    assert_eq!(
        crate_paths("let x = crate::state::Action::DismissNotice(1);"),
        vec!["crate::state::Action::DismissNotice".to_owned()]
    );
    assert!(crate_paths("use super::planner;").is_empty());
}

/// Pages and components stay small: no file over `MAX_UI_FILE_LINES` lines and no
/// function over `MAX_UI_FN_LINES` (counted from its `fn` line to its closing brace at
/// the same indentation).
const MAX_UI_FILE_LINES: usize = 300;
const MAX_UI_FN_LINES: usize = 80;

fn long_functions(text: &str) -> Vec<(usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "]
            .iter()
            .any(|p| trimmed.starts_with(p));
        if !is_fn || line.trim_end().ends_with(';') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = lines[i + 1..].iter().position(|l| l.trim_end() == close) {
            let len = end + 2;
            if len > MAX_UI_FN_LINES {
                out.push((i + 1, len, trimmed.to_owned()));
            }
        }
    }
    out
}

#[test]
fn pages_and_components_stay_small() {
    let mut files = files_under("src/pages");
    files.extend(files_under("src/components"));
    let mut hits = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let n = text.lines().count();
        if n > MAX_UI_FILE_LINES {
            hits.push(format!("{}: {n} lines", file.display()));
        }
        for (at, len, sig) in long_functions(&text) {
            hits.push(format!("{}:{at}: {len} lines: {sig}", file.display()));
        }
    }
    assert!(hits.is_empty(), "too long:\n{}", hits.join("\n"));
}

#[test]
fn the_size_check_measures_functions() {
    let short = "fn a() {\n    1\n}\n";
    assert!(long_functions(short).is_empty());
    let body = "    x;\n".repeat(MAX_UI_FN_LINES);
    let long = format!("pub fn b() {{\n{body}}}\n");
    assert_eq!(long_functions(&long).len(), 1);
}
