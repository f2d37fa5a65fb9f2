//! Backups: export then read gives the same data back, every saved format inside a
//! backup keeps loading, every error has its plain message and changes nothing, the
//! preview says what a file holds, the file is named for her local date, the size cap
//! holds, and no input whatever makes reading panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::backup::{
    export, file_name, preview, read, read_bytes, Backup, BackupError, Preview, FORMAT, MARK,
    MAX_BYTES,
};
use backcare::domain::comfort::{AfterReport, Comfort, Effort, Note, PainScore};
use backcare::domain::history::{ExerciseLog, SessionLog, MAX_LOGS};
use backcare::domain::merge::{self, Side};
use backcare::domain::profile::{day_from_iso, Birth, Delivery, Profile};
use backcare::domain::saved::{from_json, to_json, AppData, CURRENT_VERSION};
use backcare::domain::text::{plain, Lang, Text, When};
use proptest::prelude::*;

/// 2026-11-25 09:46:40 UTC.
const NOW: i64 = 1_795_600_000_000;
const DAY: i64 = 86_400_000;
const HOUR: i64 = 3_600_000;

/// A message in English, as the app shows it.
fn en(text: &Text) -> String {
    plain(Lang::En, text)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/saved/{name}")).unwrap()
}

/// Every part filled in: the format 4 fixture (`saved.rs`'s `v4::full()`), with its
/// sessions of 16–20 Nov 2026, a profile, a plan with changes, a red flag, a kept
/// routine, a physio's draft and a session running.
fn rich() -> AppData {
    from_json(&fixture("v4_full.json")).unwrap()
}

/// A backup file made by hand around `document` (any JSON text).
fn wrapped(document: &str) -> String {
    format!(r#"{{"backup":"gentle-back","format":1,"exported_at_ms":{NOW},"document":{document}}}"#)
}

// ---- round trips ----

#[test]
fn export_then_read_gives_the_same_data() {
    for data in [rich(), AppData::default()] {
        let text = export(&data, NOW);
        let back = read(&text).unwrap();
        assert_eq!(
            back,
            Backup {
                exported_at_ms: NOW,
                data: data.clone()
            }
        );
        // Imported into an empty app, it is her data again, all of it.
        let (restored, _) = merge::import(&AppData::default(), &back.data);
        assert_eq!(restored, data);
    }
}

#[test]
fn importing_the_rich_backup_into_an_empty_app_reports_it_all() {
    let data = rich();
    let back = read(&export(&data, NOW)).unwrap();
    let (_, report) = merge::import(&AppData::default(), &back.data);
    assert_eq!(report.sessions_added, data.history.len());
    assert_eq!(report.red_flags_added, 1);
    assert_eq!(report.routines_added, 1);
    assert_eq!(report.profile, Some(Side::Incoming));
    assert_eq!(report.settings, Side::Incoming);
}

#[test]
fn the_file_wraps_the_saved_document_byte_for_byte() {
    let data = rich();
    let text = export(&data, NOW);
    assert_eq!(
        text,
        format!(
            r#"{{"backup":"{MARK}","format":{FORMAT},"exported_at_ms":{NOW},"document":{}}}"#,
            to_json(&data)
        )
    );
    assert!(text.starts_with(&format!(
        r#"{{"backup":"gentle-back","format":1,"exported_at_ms":1795600000000,"document":{{"version":{CURRENT_VERSION},"#
    )));
}

#[test]
fn every_saved_format_reads_inside_a_backup() {
    for name in [
        "v1_empty.json",
        "v1_notice.json",
        "v2_full.json",
        "v3_full.json",
        "v4_full.json",
        "written_v4_rich.json",
    ] {
        let document = fixture(name);
        let back = read(&wrapped(document.trim())).unwrap();
        assert_eq!(back.data, from_json(&document).unwrap(), "{name}");
        assert_eq!(back.exported_at_ms, NOW);
    }
}

#[test]
fn layout_the_format_allows_still_reads() {
    let data = rich();
    let document = to_json(&data);
    for text in [
        // A byte-order mark, as some editors add, and whitespace around and between.
        format!("\u{feff}{}", export(&data, NOW)),
        format!(
            "\n  {{ \"document\" : {document} ,\n \"exported_at_ms\": {NOW}, \"format\": 1, \"backup\": \"gentle-back\" }}\n\n"
        ),
    ] {
        assert_eq!(read(&text).unwrap().data, data);
    }
}

// ---- errors ----

fn check_error(input: &str, expected: &BackupError) {
    let got = read(input);
    assert_eq!(got.as_ref().err(), Some(expected), "for {:.120}", input);
    assert_eq!(
        read_bytes(input.as_bytes()).err().as_ref(),
        Some(expected),
        "bytes of {:.120}",
        input
    );
}

fn damaged(input: &str) {
    match read(input) {
        Err(BackupError::Damaged(detail)) => assert!(!detail.is_empty()),
        other => panic!("{:.160} read as {other:?}", input),
    }
}

#[test]
fn empty_files() {
    for text in ["", "   ", "\n\r\n\t", "\u{feff}", "\u{feff}  \n"] {
        check_error(text, &BackupError::Empty);
    }
}

#[test]
fn files_that_are_not_backups() {
    let saved_document = to_json(&rich());
    for text in [
        "hello",
        "Gentle Back",
        "<html><body>gentle-back</body></html>",
        "[1,2,3]",
        "42",
        "null",
        r#""gentle-back""#,
        "{}",
        r#"{"name":"another app","version":1,"items":[]}"#,
        r#"{"backup":"another-app","format":1,"exported_at_ms":0,"document":{}}"#,
        r#"{"backup":1,"format":1}"#,
        r#"{"backup":"Gentle-Back","format":1}"#,
        // Her saved document on its own is not a backup file.
        saved_document.as_str(),
        "version: 4\nhistory: []\n",
    ] {
        check_error(text, &BackupError::NotABackup);
    }
}

#[test]
fn binary_files_are_not_backups() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
    let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xdb";
    let zip = b"PK\x03\x04\x14\0\0\0\x08\0";
    for bytes in [&png[..], &jpeg[..], &zip[..], &[0u8; 64][..]] {
        assert_eq!(read_bytes(bytes), Err(BackupError::NotABackup));
    }
}

#[test]
fn damaged_backups() {
    let good = export(&rich(), NOW);
    let cut = &good[..good.len() / 2];
    damaged(cut);
    damaged(&good[..good.len() - 1]);
    damaged(&format!("{good},"));
    damaged(&good.replacen(r#""history":["#, r#""history":[,"#, 1));
    for (from, to) in [
        // The wrapper, strictly.
        (r#""format":1,"#, r#""format":"1","#),
        (r#""format":1,"#, r#""format":1.0,"#),
        (r#""format":1,"#, r#""format":0,"#),
        (r#""format":1,"#, r#""format":-1,"#),
        (r#""format":1,"#, r#""format":null,"#),
        (r#""format":1,"#, ""),
        (r#""format":1,"#, r#""format":1,"format":1,"#),
        (r#""format":1,"#, r#""format":1,"comment":"mine","#),
        (r#""exported_at_ms":1795600000000,"#, ""),
        (
            r#""exported_at_ms":1795600000000,"#,
            r#""exported_at_ms":"yesterday","#,
        ),
        (
            r#""exported_at_ms":1795600000000,"#,
            r#""exported_at_ms":-5,"#,
        ),
        (
            r#""exported_at_ms":1795600000000,"#,
            r#""exported_at_ms":1e12,"#,
        ),
        (
            r#""exported_at_ms":1795600000000,"#,
            r#""exported_at_ms":99999999999999999999,"#,
        ),
        (r#""document":{"#, r#""document":"{"#),
        // The document inside, as strictly as when the app loads it.
        (r#""after":[3,"#, r#""after":[11,"#),
        (r#""delivery":"assisted""#, r#""delivery":"stork""#),
        (r#""target_min":12"#, r#""target_min":200"#),
        (r#""version":6,"#, r#""version":0,"#),
        (r#""version":6,"#, ""),
        (r#""routine":"#, r#""routines":"#),
    ] {
        assert!(good.contains(from), "the file lacks {from}");
        damaged(&good.replacen(from, to, 1));
    }
    damaged(&wrapped("{}"));
    damaged(&wrapped("[]"));
    damaged(&wrapped("null"));
    damaged(&wrapped(r#"{"version":"5"}"#));
    // A backup whose bytes were garbled is damaged, not "some other file".
    let mut bytes = good.into_bytes();
    bytes[400] = 0xff;
    assert!(matches!(
        read_bytes(&bytes),
        Err(BackupError::Damaged(d)) if d.contains("UTF-8")
    ));
}

#[test]
fn damage_is_detailed_for_the_log_but_not_in_the_message() {
    let good = export(&rich(), NOW);
    let err = read(&good.replacen(r#""after":[3,"#, r#""after":[11,"#, 1)).unwrap_err();
    assert!(err.detail().contains("document"), "{}", err.detail());
    assert!(err.detail().contains("pain"), "{}", err.detail());
    assert_eq!(
        en(&err.text().into()),
        "This backup file is damaged, so it can't be read. Nothing has been changed. \
         If you have another copy, try that one."
    );
    let err = read(&good.replacen(r#""format":1,"#, r#""format":1,"x":2,"#, 1)).unwrap_err();
    assert!(
        err.detail().contains("x: unknown field"),
        "{}",
        err.detail()
    );
}

#[test]
fn backups_from_a_newer_app() {
    let good = export(&rich(), NOW);
    for (from, to, expected) in [
        (
            r#""format":1,"#,
            r#""format":2,"#,
            BackupError::NewerFormat { format: 2 },
        ),
        // A newer format may have fields this one does not know: still "newer".
        (
            r#""format":1,"#,
            r#""format":3,"checksum":"abc","#,
            BackupError::NewerFormat { format: 3 },
        ),
        (
            r#""format":1,"#,
            r#""format":99999999999,"#,
            BackupError::NewerFormat { format: u32::MAX },
        ),
        (
            r#""document":{"version":6,"#,
            r#""document":{"version":7,"#,
            BackupError::NewerDocument { version: 7 },
        ),
        (
            r#""document":{"version":6,"#,
            r#""document":{"version":77,"weekly":[],"#,
            BackupError::NewerDocument { version: 77 },
        ),
    ] {
        let text = good.replacen(from, to, 1);
        assert_ne!(text, good);
        let err = read(&text).unwrap_err();
        assert_eq!(err, expected);
        assert!(err.is_newer());
    }
}

#[test]
fn every_error_has_a_plain_message() {
    let cases = [
        (
            BackupError::Empty,
            "This file is empty, so there is nothing in it to restore. Nothing has been changed.",
        ),
        (
            BackupError::NotABackup,
            "This file isn't a Gentle Back backup. Choose the file the app saved for you, \
             named like gentle-back-2026-11-27.json. Nothing has been changed.",
        ),
        (
            BackupError::Damaged("format 4: history[2]: unknown field".into()),
            "This backup file is damaged, so it can't be read. Nothing has been changed. \
             If you have another copy, try that one.",
        ),
        (
            BackupError::NewerFormat { format: 2 },
            "This backup was made by a newer version of Gentle Back. Reload the app to \
             update it, then try again. Nothing has been changed.",
        ),
        (
            BackupError::NewerDocument { version: 5 },
            "This backup was made by a newer version of Gentle Back. Reload the app to \
             update it, then try again. Nothing has been changed.",
        ),
        (
            BackupError::TooLarge { bytes: 6_000_000 },
            "This file is too large to be a Gentle Back backup. Nothing has been changed.",
        ),
    ];
    for (err, message) in cases {
        let shown = en(&err.text().into());
        assert_eq!(shown, message);
        let spanish = plain(Lang::Es, &err.text().into());
        assert!(spanish != shown && !spanish.contains("{$"), "{spanish}");
        for jargon in [
            "JSON",
            "UTF",
            "byte",
            "parse",
            "format",
            "field",
            "version 5",
            "{",
        ] {
            assert!(!shown.contains(jargon), "{shown:?} says {jargon}");
        }
        assert!(!err.detail().is_empty());
    }
}

// ---- the size cap ----

#[test]
fn the_size_cap_is_checked_before_anything_else() {
    let good = export(&rich(), NOW);
    // Padded to exactly the cap (whitespace is allowed after the value): read.
    let at_cap = format!("{good}{}", " ".repeat(MAX_BYTES - good.len()));
    assert_eq!(at_cap.len(), MAX_BYTES);
    assert_eq!(read(&at_cap).unwrap().data, rich());
    // One byte more: refused, though otherwise a good backup.
    let over = format!("{at_cap} ");
    let too_large = BackupError::TooLarge {
        bytes: MAX_BYTES + 1,
    };
    assert_eq!(read(&over), Err(too_large.clone()));
    assert_eq!(read_bytes(over.as_bytes()), Err(too_large));
    // Whatever it holds.
    let junk = vec![0xffu8; MAX_BYTES * 2];
    assert_eq!(
        read_bytes(&junk),
        Err(BackupError::TooLarge {
            bytes: MAX_BYTES * 2
        })
    );
}

/// A session of eight exercises with every answer and a note of the longest length.
fn long_log(started_at_ms: i64) -> SessionLog {
    SessionLog {
        routine: "Gentle starter routine".into(),
        started_at_ms,
        active_ms: 14 * 60_000,
        stopped_early: false,
        exercises: (0..8)
            .map(|_| ExerciseLog {
                exercise: backcare::domain::exercise::ExerciseId::new("pelvic-tilt-lying").unwrap(),
                planned_sets: 2,
                done_sets: 2,
                planned_work_s: 120,
                done_work_s: 120,
            })
            .collect(),
        comfort: Comfort {
            before: PainScore::new(3),
            after: Some(AfterReport {
                worst_pain: PainScore::new(4).unwrap(),
                effort: Effort::Moderate,
                note: Note::new(&"a".repeat(Note::MAX_CHARS)).unwrap(),
            }),
            morning: None,
            morning_skipped: true,
        },
        start: None,
    }
}

#[test]
fn the_most_history_the_app_keeps_fits_under_the_cap() {
    let mut data = rich();
    // Two years of daily sessions: about half a megabyte.
    data.history = (0..730).map(|k| log_at(k * DAY)).collect();
    assert!(export(&data, NOW).len() < 600_000);
    // The most sessions kept, each with the longest note: under half the cap.
    data.history = (0..MAX_LOGS as i64).map(|k| long_log(k * DAY)).collect();
    let text = export(&data, NOW);
    assert!(text.len() < MAX_BYTES / 2, "{} bytes", text.len());
    assert_eq!(read(&text).unwrap().data, data);
    // The same with every note and routine name in a script of 3-byte characters (the
    // most bytes per character): still under the cap, and under what local storage holds
    // (about 5 million UTF-16 units).
    for log in &mut data.history {
        log.routine = "腰".repeat(60);
        log.comfort.after.as_mut().unwrap().note = Note::new(&"痛".repeat(500)).unwrap();
        let one = log.exercises[0].clone();
        log.exercises.resize(14, one);
    }
    let text = export(&data, NOW);
    let units = text.encode_utf16().count();
    assert!(units < 5_000_000, "{units} units, {} bytes", text.len());
    assert!(text.len() < MAX_BYTES, "{} bytes", text.len());
    assert_eq!(read(&text).unwrap().data, data);
}

// ---- the preview ----

/// The preview's rows, in English.
fn rows(p: &Preview) -> Vec<(String, String)> {
    p.rows()
        .into_iter()
        .map(|(label, value)| (en(&label.into()), en(&value)))
        .collect()
}

fn log_at(started_at_ms: i64) -> SessionLog {
    let mut log = long_log(started_at_ms);
    log.exercises.truncate(4);
    log.comfort = Comfort::default();
    log
}

#[test]
fn the_preview_says_what_the_file_holds() {
    let backup = read(&export(&rich(), NOW)).unwrap();
    let p = preview(&backup, NOW, 0);
    assert_eq!(
        p,
        Preview {
            exported: When::DayYear(day_from_iso("2026-11-25").unwrap()),
            sessions: 4,
            first_day: Some(day_from_iso("2026-11-16").unwrap()),
            last_day: Some(day_from_iso("2026-11-20").unwrap()),
            has_profile: true,
            // Nine weeks said on 19 Oct, 37 days before now.
            stage: p.stage.clone(),
            reports: 2,
            red_flags: 1,
            imported: 1,
        }
    );
    assert_eq!(
        p.stage.as_ref().map(en).as_deref(),
        Some("14 weeks and 2 days since the birth · Assisted vaginal birth (forceps or ventouse)")
    );
    assert_eq!(
        rows(&p),
        vec![
            ("Made on".to_owned(), "25 Nov 2026".to_owned()),
            ("Sessions".to_owned(), "4, from 16 Nov 2026 to 20 Nov 2026".to_owned()),
            (
                "Profile".to_owned(),
                "14 weeks and 2 days since the birth · Assisted vaginal birth (forceps or ventouse)"
                    .to_owned()
            ),
            ("Comfort reports".to_owned(), "2".to_owned()),
            ("Red flags recorded".to_owned(), "1".to_owned()),
            ("Routines from a physiotherapist".to_owned(), "1".to_owned()),
        ]
    );
    assert_eq!(
        en(&p.summary()),
        "4 sessions, 2 comfort reports, 1 red flag record and 1 routine from a physiotherapist."
    );
}

#[test]
fn the_preview_of_an_empty_backup() {
    let backup = read(&export(&AppData::default(), NOW)).unwrap();
    let p = preview(&backup, NOW, 0);
    assert_eq!(
        rows(&p),
        vec![
            ("Made on".to_owned(), "25 Nov 2026".to_owned()),
            ("Sessions".to_owned(), "None".to_owned()),
            ("Profile".to_owned(), "None".to_owned()),
            ("Comfort reports".to_owned(), "0".to_owned()),
            ("Red flags recorded".to_owned(), "0".to_owned()),
            ("Routines from a physiotherapist".to_owned(), "0".to_owned()),
        ]
    );
    assert_eq!(
        en(&p.summary()),
        "0 sessions, 0 comfort reports, 0 red flag records and 0 routines from a physiotherapist."
    );
}

#[test]
fn the_preview_uses_her_calendar_and_the_clock() {
    // One session at 23:30 UTC on 30 Jun 2026, exported at 23:50 UTC on 31 Dec 2026.
    let session = day_from_iso("2026-06-30").unwrap() * DAY + 23 * HOUR + 30 * 60_000;
    let exported = day_from_iso("2026-12-31").unwrap() * DAY + 23 * HOUR + 50 * 60_000;
    let data = AppData {
        history: vec![log_at(session)],
        profile: Some(Profile::new(
            Birth::Date {
                day: day_from_iso("2026-09-17").unwrap(),
            },
            Delivery::EmergencyCaesarean,
        )),
        ..AppData::default()
    };
    let backup = read(&export(&data, exported)).unwrap();
    let utc = preview(&backup, exported, 0);
    assert_eq!(rows(&utc)[0].1, "31 Dec 2026");
    assert_eq!(rows(&utc)[1].1, "1, on 30 Jun 2026");
    assert_eq!(
        utc.stage.as_ref().map(en).as_deref(),
        Some("15 weeks since the birth · Emergency caesarean")
    );
    // An hour east of UTC it is already the next day, and the next year.
    let paris = preview(&backup, exported, 60);
    assert_eq!(rows(&paris)[0].1, "1 Jan 2027");
    assert_eq!(rows(&paris)[1].1, "1, on 1 Jul 2026");
    assert_eq!(
        paris.stage.as_ref().map(en).as_deref(),
        Some("15 weeks and 1 day since the birth · Emergency caesarean")
    );
}

#[test]
fn a_birth_out_of_all_range_still_previews() {
    for birth in [
        Birth::Date { day: i64::MIN },
        Birth::Date { day: i64::MAX },
        Birth::WeeksAgo {
            weeks: 3,
            recorded_at_ms: i64::MIN,
        },
        Birth::WeeksAgo {
            weeks: 3,
            recorded_at_ms: i64::MAX,
        },
    ] {
        let data = AppData {
            profile: Some(Profile::new(birth, Delivery::Vaginal)),
            history: vec![log_at(i64::MAX - 1), log_at(i64::MIN)],
            ..AppData::default()
        };
        // Read back from a file: nothing in the saved format bounds these numbers.
        let backup = read(&export(&data, i64::MAX)).unwrap();
        for offset in [-720, 0, 840] {
            let p = preview(&backup, NOW, offset);
            assert!(p.has_profile);
            assert_eq!(p.stage, None);
            assert_eq!(rows(&p)[2], ("Profile".to_owned(), "Yes".to_owned()));
            assert_eq!(p.sessions, 2);
        }
    }
}

// ---- the file name ----

#[test]
fn the_file_is_named_for_her_local_date() {
    let day = |iso: &str| day_from_iso(iso).unwrap() * DAY;
    let cases = [
        // UTC midnight, either side.
        (day("2026-11-27"), 0, "2026-11-27"),
        (day("2026-11-27") - 1, 0, "2026-11-26"),
        // 23:30 UTC: still the 27th in London and New York, the 28th in Paris and Delhi.
        (day("2026-11-27") + 23 * HOUR + 30 * 60_000, 0, "2026-11-27"),
        (
            day("2026-11-27") + 23 * HOUR + 30 * 60_000,
            -300,
            "2026-11-27",
        ),
        (
            day("2026-11-27") + 23 * HOUR + 30 * 60_000,
            60,
            "2026-11-28",
        ),
        (
            day("2026-11-27") + 23 * HOUR + 30 * 60_000,
            330,
            "2026-11-28",
        ),
        // 00:30 UTC: the day before west of UTC (Newfoundland, Baker Island).
        (day("2026-11-27") + 30 * 60_000, -210, "2026-11-26"),
        (day("2026-11-27") + 30 * 60_000, -720, "2026-11-26"),
        // The widest offsets, at her midnight exactly.
        (day("2026-11-27") - 14 * HOUR, 840, "2026-11-27"),
        (day("2026-11-27") - 14 * HOUR - 1, 840, "2026-11-26"),
        (day("2026-11-27") + 12 * HOUR, -720, "2026-11-27"),
        (day("2026-11-27") + 12 * HOUR - 1, -720, "2026-11-26"),
        // New year and a leap day.
        (day("2027-01-01") - HOUR, 60, "2027-01-01"),
        (day("2027-01-01") - HOUR, 0, "2026-12-31"),
        (day("2028-02-29") + HOUR, 0, "2028-02-29"),
        (day("2028-03-01") + HOUR, -120, "2028-02-29"),
    ];
    for (now, offset, date) in cases {
        assert_eq!(
            file_name(now, offset),
            format!("gentle-back-{date}.json"),
            "{now} at {offset}"
        );
    }
}

#[test]
fn the_file_name_never_panics() {
    for now in [i64::MIN, -1, 0, i64::MAX] {
        for offset in [i32::MIN, -720, 0, 840, i32::MAX] {
            let name = file_name(now, offset);
            assert!(name.starts_with("gentle-back-") && name.ends_with(".json"));
        }
    }
}

// ---- hostile input ----

/// Text made of the pieces a backup is made of, so that the reader is exercised past
/// "not JSON".
fn jsonish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        " ",
        "\"backup\"",
        "\"gentle-back\"",
        "\"format\"",
        "\"exported_at_ms\"",
        "\"document\"",
        "\"version\"",
        "\"history\"",
        "\"notice\"",
        "1",
        "0",
        "-1",
        "4",
        "99999999999999999999",
        "1.5",
        "null",
        "true",
        "false",
        "\"x\"",
        "\\u0000",
        "\\ud800",
        "\u{feff}",
        "é",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// What a read backup must satisfy: export it again and it reads back the same.
fn consistent(result: Result<Backup, BackupError>) {
    match result {
        Ok(backup) => {
            let again = read(&export(&backup.data, backup.exported_at_ms)).unwrap();
            assert_eq!(again, backup);
            let _ = preview(&backup, NOW, 0).rows();
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            assert!(!e.detail().is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        consistent(read_bytes(&bytes));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        consistent(read(&text));
    }

    #[test]
    fn jsonish_text_never_panics(body in jsonish()) {
        consistent(read(&body));
        consistent(read(&format!(r#"{{"backup":"gentle-back","format":1,{body}"#)));
        consistent(read(&wrapped(&body)));
        consistent(read(&wrapped(&format!(r#"{{"version":4,{body}}}"#))));
    }

    #[test]
    fn a_damaged_real_backup_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6)
    ) {
        let mut bytes = export(&rich(), NOW).into_bytes();
        for (at, byte, how) in edits {
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        consistent(read_bytes(&bytes));
    }
}
