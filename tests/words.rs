//! The words files (`text::words`): each language but English travels beside the wasm as
//! one text file. What the build writes reads back the same, every message renders as the
//! message files say, its name follows its content, and a damaged, foreign or mismatched
//! file is an error naming the problem, never a panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::search;
use backcare::domain::text::words::{self, Entry, Key, Piece, Words, HEADER};
use backcare::domain::text::{plain, read, Lang, Msg, Text};
use proptest::prelude::*;

/// The Spanish words file this build wrote.
const SPANISH: &str = include_str!(concat!(env!("OUT_DIR"), "/words-es.txt"));

fn text(s: &str) -> Piece {
    Piece::Text(s.into())
}

fn sample() -> Words {
    Words {
        lang: "xx".into(),
        details: "exercise-details-0000000000000000.txt".into(),
        messages: vec![
            vec![text("Plain {braces} [and] \\ slash\tand tab\nand newline")],
            vec![text("Hola, "), Piece::Var("name".into()), text(".")],
            vec![Piece::Select {
                var: "count".into(),
                variants: vec![
                    (Key::Exact(0), vec![text("none")]),
                    (
                        Key::Plural("one".into()),
                        vec![Piece::Var("count".into()), text(" thing")],
                    ),
                    (
                        Key::Plural("other".into()),
                        vec![
                            Piece::Var("count".into()),
                            text(" things"),
                            Piece::Select {
                                var: "side".into(),
                                variants: vec![
                                    (Key::Exact(-1), vec![]),
                                    (Key::Plural("other".into()), vec![text("!")]),
                                ],
                                default: 1,
                            },
                        ],
                    ),
                ],
                default: 2,
            }],
            vec![],
        ],
        entries: vec![Entry {
            id: "walk-5".into(),
            name: "Paseo".into(),
            position: "De pie".into(),
            summary: "Camina {despacio}".into(),
            cues: vec!["uno".into(), "dos".into()],
            also: vec!["caminar".into()],
        }],
    }
}

#[test]
fn what_is_written_reads_back_the_same() {
    let words = sample();
    let written = words::write(&words);
    assert!(written.starts_with(HEADER));
    assert_eq!(words::parse(&written).unwrap(), words);
    // One line per field: escapes keep every value on its line.
    assert_eq!(written.lines().count(), 1 + 2 + 4 + 1 + 5 + 1);
}

#[test]
fn the_spanish_file_is_this_builds_words_and_reads_back_the_same() {
    let words = words::parse(SPANISH).unwrap();
    assert_eq!(words.lang, "es");
    assert_eq!(words::write(&words), SPANISH);
    assert_eq!(words.messages.len(), Msg::ALL.len());
    assert_eq!(
        Lang::Es.words_file(),
        Some(words::file_name("es", SPANISH).as_str())
    );
    assert_eq!(Lang::En.words_file(), None);
    assert_ne!(
        words::file_name("es", SPANISH),
        words::file_name("es", &format!("{SPANISH} "))
    );
    // The library's details in Spanish are the ones it names.
    assert_eq!(Catalog::details_file_in(Lang::Es), words.details);
    assert_ne!(
        Catalog::details_file_in(Lang::Es),
        Catalog::details_file_in(Lang::En)
    );
}

#[test]
fn spanish_renders_from_its_words_file() {
    let loaded = read(Lang::Es, SPANISH).unwrap();
    assert_eq!(loaded.words.entries.len(), Catalog::builtin().len());
    // Word for word, with variables and plurals chosen as the message files say.
    assert_eq!(plain(Lang::Es, &Text::new(Msg::NavToday)), "Hoy");
    let some = Text::new(Msg::SessionsCount).with("count", 3_u32);
    assert_eq!(plain(Lang::Es, &some), "3 sesiones");
    let one = Text::new(Msg::SessionsCount).with("count", 1_u32);
    assert_eq!(plain(Lang::Es, &one), "1 sesión");
    // The library in Spanish: its names and other names, the same ids and doses.
    let es = Catalog::builtin_in(Lang::Es);
    let en = Catalog::builtin();
    let cat_cow = es.find("cat-cow").unwrap();
    assert_ne!(cat_cow.name, en.find("cat-cow").unwrap().name);
    assert_eq!(cat_cow.dose, en.find("cat-cow").unwrap().dose);
    assert!(search::synonyms(Lang::Es, "cat-cow").contains(&"gato-vaca"));
    assert!(search::synonyms(Lang::En, "glute-bridge").contains(&"bridge"));
}

#[test]
fn the_messages_every_language_keeps_in_the_wasm_are_its_own() {
    assert_eq!(Lang::Es.own_name(), "Español");
    assert!(plain(Lang::Es, &Text::new(Msg::WordsUnavailable)).contains("español"));
    assert_eq!(
        plain(Lang::Es, &Text::new(Msg::WordsRetry)),
        "Volver a intentarlo"
    );
    assert_eq!(plain(Lang::En, &Text::new(Msg::WordsRetry)), "Try again");
}

/// The Spanish file with `from` replaced by `to` (which must be in it).
fn edited(from: &str, to: &str) -> String {
    assert!(SPANISH.contains(from), "{from:?} is not in the file");
    SPANISH.replacen(from, to, 1)
}

#[test]
fn a_damaged_or_foreign_file_is_refused_with_its_reason() {
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "not a words file"),
        (
            "gentle-back exercise details 1\n".into(),
            "not a words file",
        ),
        (edited("lang\tes\n", ""), "names no language"),
        (edited("lang\tes\n", "lang\tes\nlang\tes\n"), "misplaced"),
        (
            edited("msg\tEspañol\n", "msg\tEspa\\ñol\n"),
            "line 4: a broken escape",
        ),
        (
            edited("msg\tEspañol\n", "msg\t{Español\n"),
            "line 4: a `{` that starts",
        ),
        (
            edited("msg\tEspañol\n", "msg\tEspañol}\n"),
            "line 4: an unexpected `}`",
        ),
        (
            edited("msg\tEspañol\n", "msg\t{?count 1[one]x}\n"),
            "without its default",
        ),
        (
            edited("msg\tEspañol\n", "msg\t{?count 0[one]x\n"),
            "expected `}`",
        ),
        (
            edited(
                "msg\tEspañol\n",
                "msg\t{?a 0[one]{?b 0[one]{?c 0[one]{?d 0[one]{?e 0[one]x}}}}}\n",
            ),
            "too deep",
        ),
        (
            edited("msg\tEspañol\n", "msg\t{$}\n"),
            "a variable without a name",
        ),
        (
            edited("msg\tEspañol\n", "color\tazul\n"),
            "line 4: an unknown or misplaced field",
        ),
        (edited("@walk-5\n", "@walk 5\n"), "not an entry id"),
        (
            format!("{SPANISH}msg\tmás\n"),
            "a message after the entries",
        ),
        (edited("msg\tEspañol\n", ""), "not this version's"),
        (
            edited("msg\tEspañol\n", "msg\tEspañol {$name}\n"),
            "`language-name` does not take",
        ),
        (
            edited("@walk-5\n", "@walk-50\n"),
            "its library is not this version's",
        ),
    ];
    for (file, why) in cases {
        let err = read(Lang::Es, &file).err().unwrap_or_default();
        assert!(err.contains(why), "wanted {why:?}, got {err:?}");
    }
    let foreign = SPANISH.replacen("lang\tes\n", "lang\tfr\n", 1);
    assert!(read(Lang::Es, &foreign).unwrap_err().contains("`fr`"));
    assert!(read(Lang::En, SPANISH).is_err(), "English is built in");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any edit of the real file (a cut, a changed or added character) is read or
    /// refused, never a panic.
    #[test]
    fn no_edit_of_the_file_panics(at in 0..SPANISH.len(), cut in 0..64_usize, c in any::<char>()) {
        let at = (0..=at).rev().find(|i| SPANISH.is_char_boundary(*i)).unwrap_or(0);
        let mut file = SPANISH[..at].to_owned();
        file.push(c);
        let rest = at.saturating_add(cut).min(SPANISH.len());
        let rest = (rest..=SPANISH.len()).find(|i| SPANISH.is_char_boundary(*i)).unwrap_or(SPANISH.len());
        file.push_str(&SPANISH[rest..]);
        let _ = read(Lang::Es, &file);
        let _ = words::parse(&file);
    }

    /// Any line of text after the header is read or refused, never a panic.
    #[test]
    fn no_line_panics(line in "[a-z@]{0,8}\t?[ -~\\\\{}\\[\\]$?]{0,40}") {
        let _ = words::parse(&format!("{HEADER}\nlang\tes\ndetails\tx\n{line}\n"));
    }
}
