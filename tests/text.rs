//! The app's words (issue 12, in progress): every message renders in every language
//! with its variables filled, none is left in English, plurals follow each language's
//! CLDR rules, and the build refuses message files that disagree with the English.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use std::fs;
use std::path::PathBuf;

use backcare::domain::text::{render, Category, Lang, Msg, Text};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// The message generator `build.rs` runs, included as it does.
#[path = "../build/messages.rs"]
mod messages;

/// The words files' format, which the generator writes other languages' messages for.
#[path = "../src/domain/text/words.rs"]
#[allow(dead_code)]
mod words;

/// CLDR's cardinal plural rules, as the browser's `Intl.PluralRules` applies them.
fn cldr(lang: Lang, n: i64) -> Category {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
    match rules.select(n).unwrap() {
        PluralCategory::ZERO => Category::Zero,
        PluralCategory::ONE => Category::One,
        PluralCategory::TWO => Category::Two,
        PluralCategory::FEW => Category::Few,
        PluralCategory::MANY => Category::Many,
        PluralCategory::OTHER => Category::Other,
    }
}

fn say(lang: Lang, text: Text) -> String {
    render(lang, &text, &cldr)
}

/// Every variable the message takes, with a value, so it renders whole.
fn everything(msg: Msg) -> Text {
    let mut text = Text::new(msg);
    for name in msg.variables() {
        text = text.with(name, 3_i64);
    }
    text
}

#[test]
fn every_message_renders_whole_in_every_language() {
    let mut problems = Vec::new();
    for &lang in Lang::ALL {
        for &msg in Msg::ALL {
            let s = say(lang, everything(msg));
            if s.trim().is_empty() || s.contains("{$") {
                problems.push(format!("{}: {}: {s:?}", lang.code(), msg.id()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Identical to the English only where that is right in both languages.
const SAME_IN_BOTH: &[&str] = &[
    // Spoken cues that are only what they are given: a number, an exercise's own phrase.
    "cue-number",
    "cue-phrase",
    "cue-work-then",
    // The player's announcement for screen readers: a phase and an exercise's name.
    "session-announcement",
    // A bare number or date, the value of a row in a list of facts.
    "words-value",
    // "No" is the same word in both.
    "settings-profile-no",
    "run-no",
    // An exercise's name and why it is in today's routine, joined by a colon.
    "planner-why",
];

#[test]
fn nothing_is_left_in_english() {
    let mut problems = Vec::new();
    for &lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        for &msg in Msg::ALL {
            if SAME_IN_BOTH.contains(&msg.id()) {
                continue;
            }
            let (en, other) = (say(Lang::En, everything(msg)), say(lang, everything(msg)));
            if en == other {
                problems.push(format!(
                    "{}: {} is the English {en:?}",
                    lang.code(),
                    msg.id()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plurals_follow_each_languages_rules() {
    let count = |lang, n: i64| say(lang, Text::new(Msg::SessionsCount).with("count", n));
    assert_eq!(count(Lang::En, 1), "1 session");
    assert_eq!(count(Lang::En, 0), "0 sessions");
    assert_eq!(count(Lang::En, 2), "2 sessions");
    assert_eq!(count(Lang::Es, 1), "1 sesión");
    assert_eq!(count(Lang::Es, 0), "0 sesiones");
    assert_eq!(count(Lang::Es, 21), "21 sesiones");
}

#[test]
fn a_missing_variable_shows_rather_than_vanishing() {
    let s = say(Lang::En, Text::new(Msg::SessionsCount));
    assert!(s.contains("sessions"), "{s}");
}

#[test]
fn each_language_names_itself() {
    assert_eq!(Lang::En.own_name(), "English");
    assert_eq!(Lang::Es.own_name(), "Español");
    assert_eq!(Lang::En.code(), "en");
}

#[test]
fn the_browsers_languages_choose_an_offered_one() {
    let offered_es = Lang::OFFERED.contains(&Lang::Es);
    assert_eq!(Lang::negotiate(["fr-FR", "en-US"]), Lang::En);
    assert_eq!(
        Lang::negotiate(["de"]),
        Lang::En,
        "English when none is offered"
    );
    assert_eq!(Lang::negotiate([]), Lang::En);
    let es = if offered_es { Lang::Es } else { Lang::En };
    assert_eq!(Lang::negotiate(["es-MX", "en"]), es);
    assert_eq!(
        Lang::negotiate(["C", "ES_es"]),
        es,
        "odd tags are read by their language"
    );
    assert!(Lang::OFFERED.contains(&Lang::En));
}

/// A scratch `locales/` with the given files (`(path, text)`), for the generator.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("backcare-locales-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// The generator's errors for these files, each language given also the messages every
/// language keeps in the wasm.
fn build_errors(name: &str, files: &[(&str, &str)]) -> String {
    let kept = "words-unavailable = …\nwords-retry = …\n";
    let mut files = files.to_vec();
    for lang in ["en", "es"] {
        if files.iter().any(|(path, _)| path.starts_with(lang)) {
            files.push((
                if lang == "en" {
                    "en/kept.ftl"
                } else {
                    "es/kept.ftl"
                },
                kept,
            ));
        }
    }
    let dir = scratch(name, &files);
    let result = messages::generate(&dir);
    let _ = fs::remove_dir_all(&dir);
    match result {
        Ok(_) => String::new(),
        Err(errors) => errors.join("\n"),
    }
}

#[test]
fn the_build_refuses_files_that_disagree_with_the_english() {
    let en = "language-name = English\ngreet = Hello { $name }\n";
    assert_eq!(
        build_errors(
            "ok",
            &[
                ("en/a.ftl", en),
                (
                    "es/a.ftl",
                    "language-name = Español\ngreet = Hola { $name }\n"
                )
            ]
        ),
        ""
    );
    let missing = build_errors(
        "missing",
        &[("en/a.ftl", en), ("es/a.ftl", "language-name = Español\n")],
    );
    assert!(
        missing.contains("locales/es: message `greet` is missing"),
        "{missing}"
    );
    let var = build_errors(
        "var",
        &[
            ("en/a.ftl", en),
            (
                "es/a.ftl",
                "language-name = Español\ngreet = Hola { $nombre }\n",
            ),
        ],
    );
    assert!(var.contains("`greet` uses"), "{var}");
    let extra = build_errors(
        "extra",
        &[
            ("en/a.ftl", en),
            (
                "es/a.ftl",
                "language-name = Español\ngreet = Hola { $name }\nmore = Más\n",
            ),
        ],
    );
    assert!(extra.contains("`more` is not in English"), "{extra}");
    let broken = build_errors(
        "broken",
        &[
            ("en/a.ftl", "language-name = English\ngreet = { $n ->\n"),
            ("es/a.ftl", "language-name = Español\n"),
        ],
    );
    assert!(broken.contains("locales/en/a.ftl"), "{broken}");
    let unnamed = build_errors("unnamed", &[("en/a.ftl", "greet = Hi\n")]);
    assert!(unnamed.contains("needs `language-name`"), "{unnamed}");
    let no_english = build_errors("none", &[("es/a.ftl", "language-name = Español\n")]);
    assert!(no_english.contains("no en/ folder"), "{no_english}");
}
