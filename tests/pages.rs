//! The two pages the build serves: `index.html` (the app) and `desk.html` (the
//! physiotherapist's desk, its own wasm). The desk's page is the app's but for what says
//! which it is, so a change to one page's head (the security policy, the colours, the
//! icon) cannot be forgotten in the other. `first.html`, which only builds the first
//! visit's wasm for `index.html` to load, is `index.html` but for its binary.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::fs;

fn page(name: &str) -> Vec<String> {
    let text =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + name).unwrap();
    let mut lines = Vec::new();
    let mut in_comment = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("<!--") {
            in_comment = !trimmed.ends_with("-->");
            continue;
        }
        if in_comment {
            in_comment = !trimmed.ends_with("-->");
            continue;
        }
        lines.push(trimmed.to_owned());
    }
    lines
}

/// The lines that say which page it is (and the app's own copies of its files).
fn is_own(line: &str) -> bool {
    [
        "<title>",
        "name=\"description\"",
        "skeleton__text\" role=\"status\"",
        "rel=\"rust\"",
        "rel=\"copy-",
    ]
    .iter()
    .any(|mark| line.contains(mark))
}

#[test]
fn the_desks_page_is_the_apps_but_for_what_it_is() {
    let (app, desk) = (page("index.html"), page("desk.html"));
    let shared = |lines: &[String]| -> Vec<String> {
        lines.iter().filter(|l| !is_own(l)).cloned().collect()
    };
    assert_eq!(shared(&desk), shared(&app));
    assert!(app.iter().any(|l| l.contains("data-bin=\"backcare\"")));
    assert!(desk.iter().any(|l| l.contains("data-bin=\"desk\"")));
    // The desk's page ships none of the app's files itself: the app's build does.
    assert!(!desk.iter().any(|l| l.contains("rel=\"copy-")));
    assert!(desk
        .iter()
        .any(|l| l.contains("<title>") && l.contains("physiotherapists")));
}

#[test]
fn the_first_visits_page_is_the_apps_but_for_its_binary() {
    let (app, first) = (page("index.html"), page("first.html"));
    let except_binary = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .filter(|l| !l.contains("rel=\"rust\"") && !l.contains("rel=\"copy-"))
            .cloned()
            .collect()
    };
    assert_eq!(except_binary(&first), except_binary(&app));
    assert!(first.iter().any(|l| l.contains("data-bin=\"first\"")));
    // Its files ship through the app's build, which alone copies the app's own files.
    assert!(!first.iter().any(|l| l.contains("rel=\"copy-")));
}
