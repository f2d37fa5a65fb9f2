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
