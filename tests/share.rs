//! Share links: round trips of every valid value, golden links that must decode forever,
//! one concrete input per error, hostile input that must never panic, and link sizes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

#[path = "fixtures/share/reference.rs"]
mod reference;

use std::collections::BTreeSet;

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::{Dose, ExerciseId, Work};
use backcare::domain::progression::{MAX_STEP, MIN_STEP};
use backcare::domain::routine::{RoutineName, RoutineStep};
use backcare::domain::safety::Tier;
use backcare::domain::settings::Thresholds;
use backcare::domain::share::{
    decode, encode, Frequency, ProgressSummary, ShareError, ShareText, Shared, SharedCarer,
    SharedExercise, SharedRoutine, SummaryFlag, SummaryItem, SummaryNote, SummaryPain, SummaryPlan,
    CODES, MAX_DAY, MAX_DECODED_BYTES, MAX_ENCODED_CHARS, MAX_PLAN_ITEMS, MAX_STREAK,
    NOTE_MAX_CHARS, PERSON_MAX_CHARS, SUMMARY_NOTE_MAX_CHARS, VERSION,
};
use backcare::domain::text::{plain, Lang};
use proptest::prelude::*;
use reference::{plan_item, reps, step, text, timed};

// ---- helpers: links built by hand ----

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// An independent base64url encoder (no padding), to build links by hand.
fn b64(bytes: &[u8]) -> String {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = String::new();
    for &b in bytes {
        bits = (bits << 8) | u32::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(char::from(ALPHABET[((bits >> n) & 63) as usize]));
        }
    }
    if n > 0 {
        out.push(char::from(ALPHABET[((bits << (6 - n)) & 63) as usize]));
    }
    out
}

/// The bytes of a link (checksum included).
fn unb64(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.trim().bytes() {
        let v = ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

/// A link for `version, flags, kind, payload`, with a correct checksum.
fn link(version: u8, flags: u8, kind: u8, payload: &[u8]) -> String {
    let mut frame = vec![version, flags, kind];
    frame.extend_from_slice(payload);
    let crc = crc32fast::hash(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    b64(&frame)
}

fn routine_link(payload: &[u8]) -> String {
    link(VERSION, 0, 1, payload)
}

fn summary_link(payload: &[u8]) -> String {
    link(VERSION, 0, 2, payload)
}

/// Packs `(value, width)` groups of bits, most significant first, zero-padded.
fn bits(groups: &[(u32, u32)]) -> Vec<u8> {
    let mut acc = 0u64;
    let mut n = 0;
    let mut out = Vec::new();
    for &(value, width) in groups {
        acc = (acc << width) | u64::from(value);
        n += width;
        while n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    if n > 0 {
        out.push((acc << (8 - n)) as u8);
    }
    out
}

/// A packed text of lowercase letters (5 bits each), with its character count.
fn lower(s: &str) -> Vec<u8> {
    let mut out = vec![s.len() as u8];
    let groups: Vec<_> = s.bytes().map(|b| (u32::from(b - b'a'), 5)).collect();
    out.extend(bits(&groups));
    out
}

/// A routine payload by hand: once a day for a week, named "abc", no clinician or
/// clinic, no thresholds, then `exercises` (already encoded, with their count first).
fn routine_payload(exercises: &[u8]) -> Vec<u8> {
    let mut p = vec![0b0000_1000, 1];
    p.extend(lower("abc"));
    p.extend([0, 0]);
    p.extend_from_slice(exercises);
    p
}

/// One exercise by hand: `code`, one set of 30 seconds, no rest, no note.
fn one_timed(code: u8) -> Vec<u8> {
    vec![1, code, 0b0000_0001, 30]
}

/// A summary payload by hand: "abc", day 20 000, 7 days, 3 of 4 sessions, 25 minutes,
/// then `rest` (the pain, flag and note lists).
fn summary_payload(rest: &[u8]) -> Vec<u8> {
    let mut p = lower("abc");
    p.extend([0xA0, 0x9C, 0x01, 7, 3, 4, 25]);
    p.extend_from_slice(rest);
    p
}

/// A plan section by hand: 3 days past 7 weeks after a caesarean, 2 sessions to a step
/// up and 6 weeks after a tear, then `items` (already encoded, with their count first).
fn plan_section(items: &[u8]) -> Vec<u8> {
    let mut p = vec![0b0000_1011, 7, 0x26];
    p.extend_from_slice(items);
    p
}

/// One plan item by hand: glute bridge (code 26), dose step 1, streak 1, last done on
/// the period's last day (day 6 of 7, sent as 7).
const ONE_ITEM: [u8; 4] = [1, 26, 0x31, 7];

/// A summary payload by hand with no pain, flags or notes, then the plan section `plan`.
fn summary_with_plan(plan: &[u8]) -> Vec<u8> {
    let mut p = summary_payload(&[0, 0, 0]);
    p.extend_from_slice(plan);
    p
}

fn routine(s: &Shared) -> &SharedRoutine {
    match s {
        Shared::Routine(r) => r,
        _ => panic!("expected a routine"),
    }
}

fn summary(s: &Shared) -> &ProgressSummary {
    match s {
        Shared::Summary(s) => s,
        _ => panic!("expected a summary"),
    }
}

// ---- codes ----

/// The codes as first assigned. The table may only grow: these rows never change.
const FROZEN_CODES: [(u8, &str); 61] = [
    (1, "walk-5"),
    (2, "walk-10"),
    (3, "walk-20"),
    (4, "walk-30"),
    (5, "breathing-belly"),
    (6, "breathing-relax"),
    (7, "brace-lying"),
    (8, "brace-sitting"),
    (9, "brace-standing"),
    (10, "brace-lifting"),
    (11, "pelvic-floor-quick"),
    (12, "pelvic-floor-hold"),
    (13, "pelvic-tilt-lying"),
    (14, "pelvic-tilt-wall"),
    (15, "pelvic-tilt-hands-knees"),
    (16, "knee-rolls"),
    (17, "knee-to-chest"),
    (18, "hamstring-stretch"),
    (19, "hip-flexor-stretch"),
    (20, "cat-cow"),
    (21, "childs-pose"),
    (22, "chest-opener"),
    (23, "chin-tuck"),
    (24, "shoulder-blade-squeeze"),
    (25, "heel-slides"),
    (26, "glute-bridge"),
    (27, "side-lying-clam"),
    (28, "bird-dog"),
    (29, "sit-to-stand"),
    (30, "lesson-lifting-baby"),
    (31, "lesson-car-seat-buggy"),
    (32, "lesson-feeding-posture"),
    (33, "lesson-changing-height"),
    (34, "lesson-sitting-support"),
    (35, "heat-cold"),
    (36, "lesson-caesarean-recovery"),
    (37, "lesson-epidural-site"),
    (38, "tummy-stretch"),
    (39, "lesson-carrying-baby"),
    (40, "lesson-standing-posture"),
    (41, "lesson-wound-support"),
    (42, "partner-massage"),
    (43, "carer-bracing"),
    (44, "carer-lifting"),
    (45, "carer-car-seat-buggy"),
    (46, "carer-bathing"),
    (47, "carer-carrying"),
    (48, "run-test-walk"),
    (49, "run-test-balance"),
    (50, "run-test-squat"),
    (51, "run-test-jog"),
    (52, "run-test-bounds"),
    (53, "run-test-hop"),
    (54, "run-test-running-man"),
    (55, "run-test-calf-raise"),
    (56, "run-test-bridge"),
    (57, "run-test-sit-to-stand"),
    (58, "run-test-leg-lift"),
    (59, "walk-run-1"),
    (60, "walk-run-2"),
    (61, "walk-run-3"),
];

/// The code the next new exercise will take: none has it yet.
fn first_unassigned() -> u8 {
    CODES.iter().map(|(c, _)| *c).max().unwrap_or(0) + 1
}

#[test]
fn every_catalogue_exercise_has_exactly_one_code() {
    let catalog = Catalog::builtin();
    assert!(!catalog.is_empty());
    for e in catalog.all() {
        let n = CODES.iter().filter(|(_, id)| *id == e.id.as_str()).count();
        assert_eq!(n, 1, "{} has {n} codes", e.id);
    }
}

#[test]
fn codes_and_ids_are_unique_valid_and_never_zero() {
    let codes: BTreeSet<u8> = CODES.iter().map(|(c, _)| *c).collect();
    let ids: BTreeSet<&str> = CODES.iter().map(|(_, id)| *id).collect();
    assert_eq!(codes.len(), CODES.len(), "a code is used twice");
    assert_eq!(ids.len(), CODES.len(), "an id has two codes");
    assert!(!codes.contains(&0), "code 0 is never assigned");
    for (_, id) in CODES {
        assert!(ExerciseId::new(id).is_some(), "{id} is not a valid id");
    }
}

#[test]
fn the_code_table_only_ever_grows() {
    assert!(CODES.len() >= FROZEN_CODES.len());
    assert_eq!(&CODES[..FROZEN_CODES.len()], &FROZEN_CODES[..]);
}

#[test]
fn every_code_decodes_to_its_exercise() {
    for &(code, id) in CODES {
        let shared = decode(&routine_link(&routine_payload(&one_timed(code)))).unwrap();
        assert_eq!(routine(&shared).exercises[0].exercise.as_str(), id);
    }
}

// ---- round trips ----

fn ids() -> impl Strategy<Value = ExerciseId> {
    let all: Vec<ExerciseId> = CODES
        .iter()
        .map(|(_, id)| ExerciseId::new(id).unwrap())
        .collect();
    prop::sample::select(all)
}

fn doses() -> impl Strategy<Value = Dose> {
    let timed = (5u16..=3600).prop_map(|seconds| Work::Timed { seconds });
    let reps = (1u8..=50, 1u8..=60)
        .prop_flat_map(|(reps, rep_s)| (Just(reps), Just(rep_s), 0..=rep_s))
        .prop_map(|(reps, rep_s, hold_s)| Work::Reps {
            reps,
            rep_s,
            hold_s,
        });
    (1u8..=10, prop_oneof![timed, reps], 0u16..=300).prop_map(|(sets, work, rest_s)| Dose {
        sets,
        work,
        rest_s,
    })
}

/// Raw text up to `max` characters: everyday text, markup, or any non-control
/// character at all (which exercises every symbol of the packed text).
fn raw_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex(&format!("[a-zA-Z0-9 .,'’–<>=!?]{{0,{max}}}")).unwrap(),
        proptest::string::string_regex(&format!("[^\\p{{Cc}}]{{0,{max}}}")).unwrap(),
    ]
}

fn share_texts(max: usize) -> impl Strategy<Value = ShareText> {
    raw_text(max).prop_map(move |s| ShareText::new(&s, max).unwrap())
}

fn names() -> impl Strategy<Value = RoutineName> {
    raw_text(RoutineName::MAX_CHARS).prop_filter_map("blank name", |s| RoutineName::new(&s))
}

fn thresholds() -> impl Strategy<Value = Thresholds> {
    (0u8..=7)
        .prop_flat_map(|acceptable| (0..=acceptable, Just(acceptable), 1u8..=5, 0u8..=12))
        .prop_map(
            |(comfortable_max, acceptable_max, sessions_to_progress, tear_weeks)| Thresholds {
                comfortable_max,
                acceptable_max,
                sessions_to_progress,
                tear_weeks,
                // Not carried by a link: decoding fills in the defaults.
                ..Thresholds::default()
            },
        )
}

fn routines() -> impl Strategy<Value = SharedRoutine> {
    let exercise =
        (ids(), doses(), share_texts(NOTE_MAX_CHARS)).prop_map(|(exercise, dose, note)| {
            SharedExercise {
                exercise,
                dose,
                note,
            }
        });
    let frequency = prop_oneof![
        (1u8..=5).prop_map(Frequency::PerDay),
        (1u8..=7).prop_map(Frequency::PerWeek),
    ];
    (
        names(),
        share_texts(PERSON_MAX_CHARS),
        share_texts(PERSON_MAX_CHARS),
        frequency,
        1u8..=52,
        any::<bool>(),
        proptest::option::of(thresholds()),
        proptest::collection::vec(exercise, 1..=20),
    )
        .prop_map(
            |(name, clinician, clinic, frequency, weeks, auto_progress, thresholds, exercises)| {
                SharedRoutine {
                    name,
                    clinician,
                    clinic,
                    frequency,
                    weeks,
                    auto_progress,
                    thresholds,
                    exercises,
                }
            },
        )
}

fn scores() -> impl Strategy<Value = Option<u8>> {
    proptest::option::of(0u8..=10)
}

/// A plan for a period of `days` days: any stage, her two thresholds, and up to
/// `MAX_PLAN_ITEMS` items last done on any day of the period, or not in it.
fn plans(days: u16) -> impl Strategy<Value = SummaryPlan> {
    let item = (
        ids(),
        MIN_STEP..=MAX_STEP,
        0..=MAX_STREAK,
        proptest::option::of(0..days),
    )
        .prop_map(|(exercise, dose_step, streak, last_done_day)| SummaryItem {
            exercise,
            dose_step,
            streak,
            last_done_day,
        });
    (
        any::<u8>(),
        0u8..=6,
        any::<[bool; 4]>(),
        1u8..=5,
        0u8..=12,
        proptest::collection::vec(item, 0..=MAX_PLAN_ITEMS),
    )
        .prop_map(
            |(
                weeks,
                days,
                [caesarean, severe_tear, girdle_care, paused],
                sessions_to_progress,
                tear_weeks,
                items,
            )| SummaryPlan {
                weeks,
                days,
                caesarean,
                severe_tear,
                girdle_care,
                paused,
                sessions_to_progress,
                tear_weeks,
                items,
            },
        )
}

fn summaries() -> impl Strategy<Value = ProgressSummary> {
    (1u16..=366).prop_flat_map(|days| {
        let day = 0..days;
        let pain =
            (day.clone(), scores(), scores()).prop_map(|(day, during, morning)| SummaryPain {
                day,
                during,
                morning,
            });
        let tier = prop_oneof![
            Just(Tier::Emergency),
            Just(Tier::Today),
            Just(Tier::Physio),
            Just(Tier::GpOrPhysio)
        ];
        let flag = (day.clone(), tier).prop_map(|(day, tier)| SummaryFlag { day, tier });
        let note = (day, share_texts(SUMMARY_NOTE_MAX_CHARS))
            .prop_map(|(day, text)| SummaryNote { day, text });
        (
            names(),
            0..=MAX_DAY,
            any::<u16>(),
            any::<u16>(),
            0..=u32::from(days) * 1440,
            proptest::collection::vec(pain, 0..=60),
            proptest::collection::vec(flag, 0..=20),
            proptest::collection::vec(note, 0..=10),
            proptest::option::of(plans(days)),
        )
            .prop_map(
                move |(
                    routine,
                    from_day,
                    sessions_done,
                    sessions_planned,
                    minutes,
                    pain,
                    flags,
                    notes,
                    plan,
                )| ProgressSummary {
                    routine,
                    from_day,
                    days,
                    sessions_done,
                    sessions_planned,
                    minutes,
                    pain,
                    flags,
                    notes,
                    plan,
                },
            )
    })
}

fn is_link_text(s: &str) -> bool {
    s.bytes().all(|b| ALPHABET.contains(&b))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_routine_round_trips(r in routines()) {
        prop_assert_eq!(r.check(), Ok(()));
        let text = encode(&Shared::Routine(r.clone()));
        prop_assert!(is_link_text(&text));
        prop_assert!(text.len() <= MAX_ENCODED_CHARS);
        prop_assert_eq!(decode(&text), Ok(Shared::Routine(r)));
    }

    #[test]
    fn every_valid_summary_round_trips(s in summaries()) {
        prop_assert_eq!(s.check(), Ok(()));
        let text = encode(&Shared::Summary(s.clone()));
        prop_assert!(is_link_text(&text));
        prop_assert!(text.len() <= MAX_ENCODED_CHARS);
        prop_assert_eq!(decode(&text), Ok(Shared::Summary(s)));
    }

    /// The plan section is optional: the same summary without it encodes to exactly the
    /// bytes of a link made before summaries carried a plan.
    #[test]
    fn a_summary_with_a_plan_round_trips_and_without_it_is_unchanged(
        s in summaries(),
        plan in plans(366),
    ) {
        let mut with = s.clone();
        with.plan = Some(SummaryPlan {
            items: plan
                .items
                .into_iter()
                .map(|i| SummaryItem {
                    last_done_day: i.last_done_day.filter(|d| *d < s.days),
                    ..i
                })
                .collect(),
            ..plan
        });
        prop_assert_eq!(with.check(), Ok(()));
        let text = encode(&Shared::Summary(with.clone()));
        prop_assert_eq!(decode(&text), Ok(Shared::Summary(with.clone())));
        let mut without = with;
        without.plan = None;
        let text = encode(&Shared::Summary(without.clone()));
        prop_assert_eq!(decode(&text), Ok(Shared::Summary(without)));
    }

    /// Any bytes after a summary's notes are read as a plan section: refused or valid,
    /// never a panic.
    #[test]
    fn any_plan_section_is_refused_or_valid(
        plan in proptest::collection::vec(any::<u8>(), 1..80),
        deflated in any::<bool>(),
    ) {
        let payload = summary_with_plan(&plan);
        let text = if deflated {
            link(VERSION, 1, 2, &miniz_oxide::deflate::compress_to_vec(&payload, 10))
        } else {
            summary_link(&payload)
        };
        match decode(&text) {
            Ok(shared) => {
                prop_assert!(summary(&shared).plan.is_some());
                prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn any_string_is_refused_or_valid_never_a_panic(s in any::<String>()) {
        if let Ok(shared) = decode(&s) {
            prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
        }
    }

    #[test]
    fn any_link_text_is_refused_or_valid_never_a_panic(s in "[A-Za-z0-9_-]{0,600}") {
        if let Ok(shared) = decode(&s) {
            prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
        }
    }

    /// Any frame with a correct checksum reaches the payload parsers.
    #[test]
    fn any_checksummed_frame_is_refused_or_valid(
        flags in 0u8..=1,
        kind in 1u8..=3,
        payload in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        if let Ok(shared) = decode(&link(VERSION, flags, kind, &payload)) {
            prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
        }
    }

    #[test]
    fn changing_any_one_character_is_caught(
        r in routines(),
        at in any::<prop::sample::Index>(),
        with in any::<prop::sample::Index>(),
    ) {
        let text = encode(&Shared::Routine(r));
        let i = at.index(text.len());
        let old = text.as_bytes()[i];
        let mut new = ALPHABET[with.index(64)];
        if new == old {
            new = if old == b'A' { b'B' } else { b'A' };
        }
        let mut bytes = text.into_bytes();
        bytes[i] = new;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(decode(&changed).is_err());
    }

    #[test]
    fn cut_or_lengthened_links_never_panic(
        s in summaries(),
        cut in any::<prop::sample::Index>(),
        tail in "[A-Za-z0-9_-]{0,8}",
    ) {
        let text = encode(&Shared::Summary(s));
        let cut_text = &text[..cut.index(text.len())];
        for candidate in [cut_text.to_owned(), format!("{text}{tail}"), format!("{cut_text}{tail}")] {
            if let Ok(shared) = decode(&candidate) {
                prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
            }
        }
    }
}

#[test]
fn markup_in_a_note_round_trips_byte_for_byte() {
    let xss = "<img src=x onerror=alert(1)>";
    let mut r = reference::small_routine();
    r.exercises[0].note = text(xss, NOTE_MAX_CHARS);
    r.clinician = text("<script>alert('x')</script>", PERSON_MAX_CHARS);
    let link = encode(&Shared::Routine(r.clone()));
    assert!(is_link_text(&link), "a link is only base64url: {link}");
    let back = decode(&link).unwrap();
    assert_eq!(
        routine(&back).exercises[0].note.as_str().as_bytes(),
        xss.as_bytes()
    );
    assert_eq!(back, Shared::Routine(r));
}

#[test]
fn texts_of_every_kind_round_trip() {
    let mut r = reference::small_routine();
    let notes = [
        "Keep it small",
        "0123456789.,-'’!?:;()/&+%\"@*=<>–",
        "[]{}\\^`|~$#_ — naïve café, Zoë’s 30°, 3×10 reps 🙂👶🏽",
        "Ålesund Øst, ÆØÅ æøå, ß, Ł, İ, 漢字, עברית",
        "",
    ];
    r.exercises = notes
        .iter()
        .map(|n| step("cat-cow", reps(2, 8, 8, 0, 20), n))
        .collect();
    let back = decode(&encode(&Shared::Routine(r.clone()))).unwrap();
    assert_eq!(back, Shared::Routine(r));
}

#[test]
fn a_shared_routine_plays_with_its_own_doses() {
    let r = reference::typical_routine();
    let routine = r.to_routine();
    assert_eq!(routine.name, r.name);
    let steps: Vec<RoutineStep> = r
        .exercises
        .iter()
        .map(|x| RoutineStep {
            exercise: x.exercise.clone(),
            dose: x.dose,
        })
        .collect();
    assert_eq!(routine.steps, steps);
}

// ---- ShareText ----

#[test]
fn share_text_trims_and_counts_characters() {
    assert_eq!(ShareText::new("  hi  ", 2).unwrap().as_str(), "hi");
    assert_eq!(ShareText::new("", 0).unwrap().as_str(), "");
    assert!(ShareText::new("   ", 0).unwrap().is_empty());
    assert!(ShareText::new(&"é".repeat(120), 120).is_some());
    assert!(ShareText::new(&"é".repeat(121), 120).is_none());
    assert!(ShareText::new("abc", 2).is_none());
}

#[test]
fn share_text_refuses_control_characters() {
    for bad in [
        "a\nb",
        "a\tb",
        "a\rb",
        "a\u{0}b",
        "a\u{7f}b",
        "a\u{85}b",
        "a\u{1b}[31mb",
    ] {
        assert!(ShareText::new(bad, 100).is_none(), "{bad:?} accepted");
    }
}

// ---- golden links ----

/// Decodes `tests/fixtures/share/{name}.txt` and compares it with `expected`.
/// `WRITE_FIXTURES=1 cargo test --test share` writes a missing fixture from today's
/// encoder; an existing one is never overwritten: golden links are frozen forever.
fn golden(name: &str, expected: Shared) {
    let path = format!("tests/fixtures/share/{name}.txt");
    if std::env::var_os("WRITE_FIXTURES").is_some() && !std::path::Path::new(&path).exists() {
        std::fs::write(&path, format!("{}\n", encode(&expected))).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(decode(&text), Ok(expected), "{path}");
}

/// Edge values spelt out in full: largest doses, markup and non-English text.
fn edge_routine() -> SharedRoutine {
    SharedRoutine {
        name: reference::name("Zoë’s <b>plan</b> – 100%"),
        clinician: text("Ingrid Ødegård", PERSON_MAX_CHARS),
        clinic: ShareText::default(),
        frequency: Frequency::PerDay(5),
        weeks: 52,
        auto_progress: false,
        thresholds: Some(Thresholds {
            comfortable_max: 0,
            acceptable_max: 7,
            sessions_to_progress: 5,
            tear_weeks: 12,
            ..Thresholds::default()
        }),
        exercises: vec![
            step(
                "heat-cold",
                timed(10, 3600, 300),
                "<img src=x onerror=alert(1)>",
            ),
            step(
                "bird-dog",
                reps(10, 50, 60, 60, 300),
                "👶🏽 漢字 \"quoted\" \\ back",
            ),
            step("walk-5", timed(1, 5, 0), ""),
        ],
    }
}

#[test]
fn golden_routine_links_decode_forever() {
    golden(
        "routine-small-v1",
        Shared::Routine(reference::small_routine()),
    );
    golden(
        "routine-typical-v1",
        Shared::Routine(reference::typical_routine()),
    );
    golden(
        "routine-large-v1",
        Shared::Routine(reference::large_routine()),
    );
    golden("routine-edge-v1", Shared::Routine(edge_routine()));
}

#[test]
fn golden_summary_link_decodes_forever() {
    golden("summary-v1", Shared::Summary(reference::summary()));
    golden(
        "summary-plan-v1",
        Shared::Summary(reference::four_week_summary()),
    );
}

/// Every link made before summaries carried a plan opens as one without a plan.
#[test]
fn golden_links_from_before_the_plan_have_no_plan() {
    let text = std::fs::read_to_string("tests/fixtures/share/summary-v1.txt").unwrap();
    assert_eq!(summary(&decode(&text).unwrap()).plan, None);
    for name in [
        "routine-small-v1",
        "routine-typical-v1",
        "routine-large-v1",
        "routine-edge-v1",
    ] {
        let text = std::fs::read_to_string(format!("tests/fixtures/share/{name}.txt")).unwrap();
        assert!(matches!(decode(&text), Ok(Shared::Routine(_))), "{name}");
    }
}

/// A summary without a plan encodes byte for byte as it did before plans existed.
#[test]
fn a_summary_without_a_plan_encodes_as_it_always_did() {
    let text = std::fs::read_to_string("tests/fixtures/share/summary-v1.txt").unwrap();
    assert_eq!(encode(&Shared::Summary(reference::summary())), text.trim());
}

#[test]
fn golden_links_cover_both_payload_forms() {
    let flags = |name: &str| {
        let text = std::fs::read_to_string(format!("tests/fixtures/share/{name}.txt")).unwrap();
        unb64(&text)[1]
    };
    assert_eq!(flags("routine-typical-v1"), 0, "stored as it is");
    assert_eq!(flags("routine-large-v1"), 1, "deflated");
}

// ---- sizes ----

#[test]
fn a_typical_routine_fits_an_easy_qr_code() {
    let len = encode(&Shared::Routine(reference::typical_routine())).len();
    assert!(len <= 220, "typical routine link is {len} characters");
}

#[test]
fn reference_links_stay_small() {
    let small = encode(&Shared::Routine(reference::small_routine())).len();
    let large = encode(&Shared::Routine(reference::large_routine())).len();
    let summary = encode(&Shared::Summary(reference::summary())).len();
    let with_plan = encode(&Shared::Summary(reference::four_week_summary())).len();
    assert!(small <= 80, "small routine link is {small} characters");
    assert!(large <= 1000, "large routine link is {large} characters");
    assert!(summary <= 200, "summary link is {summary} characters");
    assert!(
        with_plan <= 300,
        "four-week summary with a plan is {with_plan} characters"
    );
}

/// Deterministic characters that take the longest packed form and do not compress.
fn hard_text(seed: &mut u64, chars: usize) -> String {
    (0..chars)
        .map(|_| {
            *seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let cp = 0x1_0000 + ((*seed >> 33) % 0x10_0000) as u32;
            char::from_u32(cp).unwrap()
        })
        .collect()
}

#[test]
fn the_largest_valid_values_fit_the_caps() {
    let mut seed = 7;
    let mut r = edge_routine();
    r.name = RoutineName::new(&hard_text(&mut seed, 60)).unwrap();
    r.clinician = text(&hard_text(&mut seed, 60), PERSON_MAX_CHARS);
    r.clinic = text(&hard_text(&mut seed, 60), PERSON_MAX_CHARS);
    r.exercises = (0..20)
        .map(|_| {
            let note = hard_text(&mut seed, NOTE_MAX_CHARS);
            step("bird-dog", reps(10, 50, 60, 60, 300), &note)
        })
        .collect();
    let link = encode(&Shared::Routine(r.clone()));
    assert!(link.len() <= MAX_ENCODED_CHARS, "{} characters", link.len());
    assert!(unb64(&link).len() - 7 <= MAX_DECODED_BYTES);
    assert_eq!(decode(&link), Ok(Shared::Routine(r)));

    let mut s = reference::summary();
    s.routine = RoutineName::new(&hard_text(&mut seed, 60)).unwrap();
    s.days = 366;
    s.from_day = MAX_DAY;
    s.minutes = 366 * 1440;
    s.sessions_done = u16::MAX;
    s.sessions_planned = u16::MAX;
    s.pain = (0..60)
        .map(|d| SummaryPain {
            day: 300 + d,
            during: Some(10),
            morning: None,
        })
        .collect();
    s.flags = (0..20)
        .map(|d| SummaryFlag {
            day: 300 + d,
            tier: Tier::Emergency,
        })
        .collect();
    s.notes = (0..10)
        .map(|d| SummaryNote {
            day: 300 + d,
            text: text(&hard_text(&mut seed, 200), SUMMARY_NOTE_MAX_CHARS),
        })
        .collect();
    s.plan = Some(SummaryPlan {
        weeks: u8::MAX,
        days: 6,
        caesarean: true,
        severe_tear: true,
        girdle_care: true,
        paused: true,
        sessions_to_progress: 5,
        tear_weeks: 12,
        items: (0..MAX_PLAN_ITEMS)
            .map(|i| plan_item(CODES[i].1, MAX_STEP, MAX_STREAK, Some(365)))
            .collect(),
    });
    let link = encode(&Shared::Summary(s.clone()));
    assert!(link.len() <= MAX_ENCODED_CHARS, "{} characters", link.len());
    assert!(unb64(&link).len() - 7 <= MAX_DECODED_BYTES);
    assert_eq!(decode(&link), Ok(Shared::Summary(s)));
}

// ---- each error, with a concrete input ----

#[test]
fn empty_links_are_refused() {
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode("  \n"), Err(ShareError::Empty));
}

#[test]
fn surrounding_white_space_is_ignored() {
    let text = encode(&Shared::Routine(reference::small_routine()));
    assert!(decode(&format!("  {text}\n")).is_ok());
}

#[test]
fn garbage_is_refused() {
    for bad in [
        "hello world",
        "https://example.org/#abc",
        "AQEB==",
        "AQEB+/",
        "AQEBé",
        "<script>",
    ] {
        assert_eq!(decode(bad), Err(ShareError::NotBase64), "{bad}");
    }
    // 4n+1 characters cannot be base64; nor can unused bits that are not zero.
    assert_eq!(decode("AAAAA"), Err(ShareError::NotBase64));
    assert_eq!(decode("AB"), Err(ShareError::NotBase64));
}

#[test]
fn a_cut_link_is_truncated() {
    assert_eq!(decode("AQ"), Err(ShareError::Truncated));
    assert_eq!(decode("AQEBAAAA"), Err(ShareError::Truncated));
    let text = encode(&Shared::Routine(reference::typical_routine()));
    assert_eq!(decode(&text[..8]), Err(ShareError::Truncated));
}

#[test]
fn a_cut_link_that_is_long_enough_fails_its_checksum() {
    let text = encode(&Shared::Routine(reference::typical_routine()));
    assert_eq!(decode(&text[..100]), Err(ShareError::ChecksumMismatch));
}

#[test]
fn a_tampered_link_fails_its_checksum() {
    let text = encode(&Shared::Routine(reference::typical_routine()));
    let mut bytes = text.into_bytes();
    bytes[40] = if bytes[40] == b'x' { b'y' } else { b'x' };
    let tampered = String::from_utf8(bytes).unwrap();
    assert_eq!(decode(&tampered), Err(ShareError::ChecksumMismatch));
}

#[test]
fn a_huge_link_is_refused_before_anything_else() {
    let huge = "A".repeat(MAX_ENCODED_CHARS + 1);
    assert_eq!(
        decode(&huge),
        Err(ShareError::TooLong {
            chars: MAX_ENCODED_CHARS + 1
        })
    );
    assert!(decode(&"A".repeat(100_000_000)).is_err());
}

#[test]
fn an_unknown_version_is_named() {
    let payload = routine_payload(&one_timed(1));
    assert!(decode(&link(1, 0, 1, &payload)).is_ok(), "control");
    assert_eq!(
        decode(&link(2, 0, 1, &payload)),
        Err(ShareError::UnknownVersion(2))
    );
    assert_eq!(
        decode(&link(0, 0, 1, &payload)),
        Err(ShareError::UnknownVersion(0))
    );
}

#[test]
fn an_unknown_kind_is_named() {
    let payload = routine_payload(&one_timed(1));
    // Kind 3 (a carer's link) is the newest this app reads; the next is unknown.
    assert_eq!(
        decode(&link(1, 0, 4, &payload)),
        Err(ShareError::UnknownKind(4))
    );
    assert_eq!(decode(&link(1, 0, 0, &[])), Err(ShareError::UnknownKind(0)));
    assert_eq!(
        decode(&link(1, 0, 255, &[0])),
        Err(ShareError::UnknownKind(255))
    );
}

#[test]
fn unknown_header_flags_are_malformed() {
    let payload = routine_payload(&one_timed(1));
    assert_eq!(
        decode(&link(1, 0b10, 1, &payload)),
        Err(ShareError::Malformed { field: "header" })
    );
}

#[test]
fn an_unknown_exercise_code_is_named() {
    let next = first_unassigned();
    assert!(decode(&routine_link(&routine_payload(&one_timed(next - 1)))).is_ok());
    for code in [0, next, 200, 255] {
        assert_eq!(
            decode(&routine_link(&routine_payload(&one_timed(code)))),
            Err(ShareError::UnknownExercise(code))
        );
    }
}

#[test]
fn unsafe_doses_are_refused() {
    let cases: [(&[u8], &str); 5] = [
        (&[1, 5, 0b0000_0000, 30], "sets must be 1 to 10"),
        (&[1, 5, 0b0000_1011, 30], "sets must be 1 to 10"),
        (
            &[1, 5, 0b0000_0001, 4],
            "timed work must be 5 seconds to 1 hour",
        ),
        (
            &[1, 5, 0b0100_0001, 30, 0xAD, 0x02],
            "rest must be at most 5 minutes",
        ),
        (
            &[1, 7, 0b1001_0001, 8, 5, 6],
            "a hold cannot be longer than the rep",
        ),
    ];
    for (exercises, why) in cases {
        assert_eq!(
            decode(&routine_link(&routine_payload(exercises))),
            Err(ShareError::InvalidDose { why }),
            "{exercises:?}"
        );
    }
    // A timed dose longer than any u16 is out of range too.
    assert_eq!(
        decode(&routine_link(&routine_payload(&[
            1, 5, 1, 0x80, 0x80, 0x04
        ]))),
        Err(ShareError::InvalidDose {
            why: "timed work must be 5 seconds to 1 hour"
        })
    );
}

#[test]
fn a_deflate_bomb_is_stopped_at_the_limit() {
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 2_000_000], 10);
    let text = link(VERSION, 1, 1, &bomb);
    assert!(text.len() <= MAX_ENCODED_CHARS, "{} characters", text.len());
    assert_eq!(decode(&text), Err(ShareError::DecodedTooLarge));
    // Just over the limit is refused too; at the limit it unpacks (then fails to read).
    let over = miniz_oxide::deflate::compress_to_vec(&vec![0u8; MAX_DECODED_BYTES + 1], 10);
    assert_eq!(
        decode(&link(VERSION, 1, 1, &over)),
        Err(ShareError::DecodedTooLarge)
    );
    let at = miniz_oxide::deflate::compress_to_vec(&vec![0u8; MAX_DECODED_BYTES], 10);
    assert_eq!(
        decode(&link(VERSION, 1, 1, &at)),
        Err(ShareError::InvalidText {
            field: "routine name"
        })
    );
}

#[test]
fn bad_deflate_data_is_refused() {
    assert_eq!(
        decode(&link(VERSION, 1, 1, &[0xff, 0xff, 0xff])),
        Err(ShareError::DecompressFailed)
    );
    let good = miniz_oxide::deflate::compress_to_vec(&routine_payload(&one_timed(1)), 10);
    assert!(decode(&link(VERSION, 1, 1, &good)).is_ok(), "control");
    assert_eq!(
        decode(&link(VERSION, 1, 1, &good[..good.len() / 2])),
        Err(ShareError::DecompressFailed)
    );
}

#[test]
fn trailing_bytes_are_refused() {
    let mut payload = routine_payload(&one_timed(1));
    payload.push(0);
    assert_eq!(
        decode(&routine_link(&payload)),
        Err(ShareError::TrailingBytes)
    );
    // After a summary's notes, more bytes are its plan; after the plan, nothing.
    let mut payload = summary_with_plan(&plan_section(&ONE_ITEM));
    assert!(decode(&summary_link(&payload)).is_ok(), "control");
    payload.push(7);
    assert_eq!(
        decode(&summary_link(&payload)),
        Err(ShareError::TrailingBytes)
    );
}

#[test]
fn a_payload_that_ends_early_is_malformed() {
    let payload = routine_payload(&one_timed(1));
    for cut in 0..payload.len() {
        assert!(
            matches!(
                decode(&routine_link(&payload[..cut])),
                Err(ShareError::Malformed { .. })
            ),
            "cut at {cut}"
        );
    }
    assert_eq!(
        decode(&routine_link(&[0b1100_1000])),
        Err(ShareError::Malformed {
            field: "routine options"
        })
    );
    // An overlong varint (30 spelt in two bytes) has one spelling only.
    assert_eq!(
        decode(&routine_link(&routine_payload(&[1, 5, 1, 0x9E, 0x00]))),
        Err(ShareError::Malformed {
            field: "exercise dose"
        })
    );
    // A rest or hold flagged as present must not be zero.
    assert_eq!(
        decode(&routine_link(&routine_payload(&[1, 5, 0b0100_0001, 30, 0]))),
        Err(ShareError::Malformed {
            field: "exercise dose"
        })
    );
    // A note flagged as present must not be empty.
    assert_eq!(
        decode(&routine_link(&routine_payload(&[1, 5, 0b0010_0001, 30, 0]))),
        Err(ShareError::Malformed {
            field: "exercise note"
        })
    );
}

#[test]
fn invalid_texts_are_refused() {
    let with_name = |name: Vec<u8>| {
        let mut p = vec![0b0000_1000, 1];
        p.extend(name);
        p.extend([0, 0]);
        p.extend(one_timed(1));
        decode(&routine_link(&p))
    };
    let invalid = Err(ShareError::InvalidText {
        field: "routine name",
    });
    assert!(with_name(lower("abc")).is_ok(), "control");
    // A line break, spelt by its code point.
    let mut newline = vec![1];
    newline.extend(bits(&[(29, 5), (0x0A, 21)]));
    assert_eq!(with_name(newline), invalid);
    // A leading space: names are sent trimmed.
    let mut spaced = vec![2];
    spaced.extend(bits(&[(26, 5), (0, 5)]));
    assert_eq!(with_name(spaced), invalid);
    // Empty.
    assert_eq!(with_name(vec![0]), invalid);
    // 'a' spelt the long way, by its code point.
    let mut long_way = vec![1];
    long_way.extend(bits(&[(29, 5), (0x61, 21)]));
    assert_eq!(with_name(long_way), invalid);
    // A surrogate is not a character.
    let mut surrogate = vec![1];
    surrogate.extend(bits(&[(29, 5), (0xD800, 21)]));
    assert_eq!(with_name(surrogate), invalid);
    // Unused symbols.
    for symbol in [30, 31] {
        let mut unused = vec![1];
        unused.extend(bits(&[(symbol, 5)]));
        assert_eq!(with_name(unused), invalid);
    }
    // Padding bits that are not zero.
    assert_eq!(with_name(vec![1, 0b0000_0100]), invalid);
    // 61 characters.
    assert_eq!(with_name(lower(&"a".repeat(61))), invalid);
    // A clinician's name over its limit.
    let mut p = vec![0b0000_1000, 1];
    p.extend(lower("abc"));
    p.extend(lower(&"a".repeat(61)));
    p.push(0);
    p.extend(one_timed(1));
    assert_eq!(
        decode(&routine_link(&p)),
        Err(ShareError::InvalidText {
            field: "clinician's name"
        })
    );
}

#[test]
fn numbers_out_of_range_are_named() {
    let field = |f: &'static str| Err(ShareError::InvalidNumber { field: f });
    let mut weeks = routine_payload(&one_timed(1));
    weeks[1] = 0;
    assert_eq!(decode(&routine_link(&weeks)), field("number of weeks"));
    weeks[1] = 53;
    assert_eq!(decode(&routine_link(&weeks)), field("number of weeks"));
    let mut per_day = routine_payload(&one_timed(1));
    per_day[0] = 6 << 3;
    assert_eq!(decode(&routine_link(&per_day)), field("sessions a day"));
    per_day[0] = 0;
    assert_eq!(decode(&routine_link(&per_day)), field("sessions a day"));
    assert_eq!(
        decode(&routine_link(&routine_payload(&[0]))),
        field("number of exercises")
    );
    assert_eq!(
        decode(&routine_link(&routine_payload(&[21]))),
        field("number of exercises")
    );
    // Thresholds: acceptable above 7.
    let mut p = vec![0b0000_1010, 1];
    p.extend(lower("abc"));
    p.extend([0, 0, 0x38, 0x26]);
    p.extend(one_timed(1));
    assert_eq!(decode(&routine_link(&p)), field("pain thresholds"));
    p[7] = 0x35;
    assert!(decode(&routine_link(&p)).is_ok(), "control");

    // Summary: a pain score of 11, a day outside the 7-day period, a bad tier.
    assert_eq!(
        decode(&summary_link(&summary_payload(&[1, 0, 0xB0, 0, 0]))),
        field("pain score")
    );
    assert_eq!(
        decode(&summary_link(&summary_payload(&[1, 7, 0x3F, 0, 0]))),
        field("day of a pain score")
    );
    assert!(decode(&summary_link(&summary_payload(&[1, 6, 0x3F, 1, 6, 2, 0]))).is_ok());
    assert!(
        decode(&summary_link(&summary_payload(&[0, 1, 0, 3, 0]))).is_ok(),
        "tier 3: see a GP or a physiotherapist"
    );
    assert_eq!(
        decode(&summary_link(&summary_payload(&[0, 1, 0, 4, 0]))),
        field("safety flag")
    );
    assert_eq!(
        decode(&summary_link(&summary_payload(&[61]))),
        field("number of pain scores")
    );
    let mut days = summary_payload(&[0, 0, 0]);
    days[6] = 0;
    assert_eq!(decode(&summary_link(&days)), field("number of days"));
}

#[test]
fn a_plan_section_by_hand_reads_as_written() {
    let shared = decode(&summary_link(&summary_with_plan(&plan_section(&[
        2, 26, 0x31, 7, 5, 0x00, 0,
    ]))))
    .unwrap();
    let plan = summary(&shared).plan.clone().unwrap();
    assert_eq!(
        plan,
        SummaryPlan {
            weeks: 7,
            days: 3,
            caesarean: true,
            severe_tear: false,
            girdle_care: false,
            paused: false,
            sessions_to_progress: 2,
            tear_weeks: 6,
            items: vec![
                plan_item("glute-bridge", 1, 1, Some(6)),
                plan_item("breathing-belly", MIN_STEP, 0, None),
            ],
        }
    );
    // Every stage bit, and an empty plan.
    let shared = decode(&summary_link(&summary_with_plan(&[
        0b0111_0110,
        0,
        0x10,
        0,
    ])))
    .unwrap();
    let plan = summary(&shared).plan.clone().unwrap();
    assert_eq!(
        (
            plan.days,
            plan.caesarean,
            plan.severe_tear,
            plan.girdle_care,
            plan.paused
        ),
        (6, false, true, true, true)
    );
    assert!(plan.items.is_empty());
}

#[test]
fn a_cut_plan_section_is_malformed_never_a_panic() {
    let full = summary_with_plan(&plan_section(&[2, 26, 0x31, 7, 5, 0x00, 0x80, 0x01]));
    assert!(
        decode(&summary_link(&full)).is_err(),
        "day 127 is outside 7 days"
    );
    let full = summary_with_plan(&plan_section(&[2, 26, 0x31, 7, 5, 0x00, 3]));
    assert!(decode(&summary_link(&full)).is_ok(), "control");
    let notes_end = summary_payload(&[0, 0, 0]).len();
    // Cut exactly after the notes, it is a summary without a plan, as links always were.
    assert_eq!(
        summary(&decode(&summary_link(&full[..notes_end])).unwrap()).plan,
        None
    );
    for cut in notes_end + 1..full.len() {
        assert!(
            matches!(
                decode(&summary_link(&full[..cut])),
                Err(ShareError::Malformed { .. })
            ),
            "cut at {cut}: {:?}",
            decode(&summary_link(&full[..cut]))
        );
    }
    // Cut and then sent through the real encoder's framing (deflated), too.
    for cut in notes_end + 1..full.len() {
        let packed = miniz_oxide::deflate::compress_to_vec(&full[..cut], 10);
        assert!(
            decode(&link(VERSION, 1, 2, &packed)).is_err(),
            "cut at {cut}"
        );
    }
}

#[test]
fn a_cut_link_with_a_plan_is_refused() {
    let text = encode(&Shared::Summary(reference::four_week_summary()));
    for cut in 0..text.len() {
        assert!(decode(&text[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn a_tampered_plan_section_is_refused() {
    let number = |f: &'static str| Err(ShareError::InvalidNumber { field: f });
    let with = |plan: Vec<u8>| decode(&summary_link(&summary_with_plan(&plan)));
    assert!(with(plan_section(&ONE_ITEM)).is_ok(), "control");

    // The stage byte: the reserved bit, then 7 days past the whole weeks.
    assert_eq!(
        with(vec![0b1000_0000, 7, 0x26, 0]),
        Err(ShareError::Malformed {
            field: "plan stage"
        })
    );
    assert_eq!(
        with(vec![0b0000_0111, 7, 0x26, 0]),
        number("time since the birth")
    );
    // Her thresholds: 0 or 6 sessions to a step up, 13 weeks after a tear.
    assert_eq!(
        with(vec![0, 7, 0x06, 0]),
        number("number of sessions before a step up")
    );
    assert_eq!(
        with(vec![0, 7, 0x66, 0]),
        number("number of sessions before a step up")
    );
    assert_eq!(
        with(vec![0, 7, 0x2D, 0]),
        number("number of weeks after a tear")
    );
    // Too many items; more items than bytes.
    assert_eq!(
        with(plan_section(&[17])),
        number("number of plan exercises")
    );
    assert_eq!(
        with(plan_section(&[5, 26, 0x31, 7])),
        Err(ShareError::Malformed {
            field: "number of plan exercises"
        })
    );
    // An exercise code nobody has.
    for code in [0, first_unassigned(), 255] {
        assert_eq!(
            with(plan_section(&[1, code, 0x31, 7])),
            Err(ShareError::UnknownExercise(code))
        );
    }
    // Dose step 4 (nibble 6) and 13 (nibble 15); streak 6 and 15.
    assert_eq!(with(plan_section(&[1, 26, 0x61, 7])), number("dose step"));
    assert_eq!(with(plan_section(&[1, 26, 0xF1, 7])), number("dose step"));
    assert!(
        with(plan_section(&[1, 26, 0x55, 7])).is_ok(),
        "step 3, streak 5"
    );
    assert_eq!(with(plan_section(&[1, 26, 0x36, 7])), number("streak"));
    assert_eq!(with(plan_section(&[1, 26, 0x3F, 7])), number("streak"));
    // Last done the day after the 7-day period, and beyond any u16.
    assert_eq!(
        with(plan_section(&[1, 26, 0x31, 8])),
        number("day an exercise was last done")
    );
    assert_eq!(
        with(plan_section(&[1, 26, 0x31, 0x80, 0x80, 0x04])),
        number("day an exercise was last done")
    );
    // An overlong varint has one spelling only.
    assert_eq!(
        with(plan_section(&[1, 26, 0x31, 0x87, 0x00])),
        Err(ShareError::Malformed {
            field: "day an exercise was last done"
        })
    );
}

#[test]
fn invalid_plans_encode_to_links_that_are_refused() {
    let plan = |change: fn(&mut SummaryPlan)| {
        let mut s = reference::four_week_summary();
        if let Some(p) = s.plan.as_mut() {
            change(p);
        }
        let check = s.check();
        assert!(check.is_err());
        // The link is refused for the same reason `check` gives.
        assert_eq!(decode(&encode(&Shared::Summary(s))).err(), check.err());
    };
    plan(|p| p.days = 7);
    plan(|p| p.days = 200);
    plan(|p| p.sessions_to_progress = 0);
    plan(|p| p.sessions_to_progress = 6);
    plan(|p| p.sessions_to_progress = 200);
    plan(|p| p.tear_weeks = 13);
    plan(|p| p.items[0].dose_step = MIN_STEP - 1);
    plan(|p| p.items[0].dose_step = i8::MIN);
    plan(|p| p.items[0].dose_step = MAX_STEP + 1);
    plan(|p| p.items[0].dose_step = i8::MAX);
    plan(|p| p.items[0].streak = MAX_STREAK + 1);
    plan(|p| p.items[0].streak = u8::MAX);
    plan(|p| p.items[0].last_done_day = Some(28));
    plan(|p| p.items[0].last_done_day = Some(u16::MAX));
    plan(|p| p.items[0].exercise = ExerciseId::new("not-in-the-table").unwrap());
    plan(|p| p.items = vec![p.items[0].clone(); MAX_PLAN_ITEMS + 1]);
    let mut s = reference::four_week_summary();
    if let Some(p) = s.plan.as_mut() {
        p.items = vec![p.items[0].clone(); MAX_PLAN_ITEMS];
    }
    assert_eq!(s.check(), Ok(()), "control");
}

#[test]
fn a_summary_with_more_minutes_than_its_period_is_refused() {
    let mut s = reference::summary();
    s.minutes = 14 * 1440 + 1;
    assert_eq!(
        s.check(),
        Err(ShareError::InvalidNumber { field: "minutes" })
    );
    assert_eq!(
        decode(&encode(&Shared::Summary(s))),
        Err(ShareError::InvalidNumber { field: "minutes" })
    );
}

#[test]
fn invalid_values_encode_to_links_that_are_refused() {
    let mut r = reference::small_routine();
    r.weeks = 0;
    assert!(r.check().is_err());
    assert!(decode(&encode(&Shared::Routine(r))).is_err());

    let mut r = reference::small_routine();
    r.exercises[0].exercise = ExerciseId::new("not-in-the-table").unwrap();
    assert_eq!(r.check(), Err(ShareError::UnknownExercise(0)));
    assert_eq!(
        decode(&encode(&Shared::Routine(r))),
        Err(ShareError::UnknownExercise(0))
    );

    let mut r = reference::small_routine();
    r.exercises[0].dose.sets = 11;
    assert!(decode(&encode(&Shared::Routine(r))).is_err());

    let mut r = reference::small_routine();
    r.frequency = Frequency::PerWeek(9);
    assert!(decode(&encode(&Shared::Routine(r))).is_err());

    let mut r = reference::small_routine();
    r.exercises = Vec::new();
    assert!(decode(&encode(&Shared::Routine(r))).is_err());

    let mut r = reference::small_routine();
    r.thresholds = Some(Thresholds {
        tear_weeks: 200,
        ..Thresholds::default()
    });
    assert!(decode(&encode(&Shared::Routine(r))).is_err());

    let mut s = reference::summary();
    s.pain[0].during = Some(15);
    assert!(decode(&encode(&Shared::Summary(s))).is_err());

    let mut s = reference::summary();
    s.from_day = -1;
    assert!(decode(&encode(&Shared::Summary(s))).is_err());
}

#[test]
fn every_error_reads_as_plain_words() {
    let errors = [
        ShareError::Empty,
        ShareError::TooLong { chars: 20_000 },
        ShareError::NotBase64,
        ShareError::Truncated,
        ShareError::ChecksumMismatch,
        ShareError::UnknownVersion(2),
        ShareError::UnknownKind(3),
        ShareError::DecompressFailed,
        ShareError::DecodedTooLarge,
        ShareError::Malformed {
            field: "routine options",
        },
        ShareError::UnknownExercise(200),
        ShareError::InvalidDose {
            why: "sets must be 1 to 10",
        },
        ShareError::InvalidText {
            field: "routine name",
        },
        ShareError::InvalidNumber {
            field: "number of weeks",
        },
        ShareError::TrailingBytes,
    ];
    for e in errors {
        // For the log: which part of the link, in lower case.
        let message = e.to_string();
        assert!(message.starts_with("the "), "{message}");
        assert!(
            !message.contains('{') && !message.contains("::"),
            "{message}"
        );
        // For her: a whole sentence in each language.
        let english = plain(Lang::En, &e.text());
        let spanish = plain(Lang::Es, &e.text());
        assert!(
            english.starts_with("The ")
                || english.starts_with("A ")
                || english.starts_with("Some "),
            "{english}"
        );
        assert!(
            english.ends_with('.') && spanish.ends_with('.'),
            "{english} / {spanish}"
        );
        assert!(
            !english.contains('{') && !spanish.contains('{'),
            "{english} / {spanish}"
        );
        assert_ne!(english, spanish);
    }
    assert_eq!(
        plain(Lang::En, &ShareError::Truncated.text()),
        "The link is cut short; copy the whole link and try again."
    );
    assert_eq!(
        plain(Lang::En, &ShareError::UnknownVersion(2).text()),
        "The link was made by a version of the app this one does not know (format 2); \
         update the app and try again."
    );
}

#[test]
fn session_counts_round_trip_up_to_the_public_limits_and_no_further() {
    use backcare::domain::share::{MAX_PER_DAY, MAX_PER_WEEK};
    type Unit = fn(u8) -> Frequency;
    let units: [(Unit, u8, &str); 2] = [
        (Frequency::PerDay, MAX_PER_DAY, "sessions a day"),
        (Frequency::PerWeek, MAX_PER_WEEK, "sessions a week"),
    ];
    for (per, max, field) in units {
        let mut r = reference::small_routine();
        for n in 1..=max {
            r.frequency = per(n);
            let link = encode(&Shared::Routine(r.clone()));
            assert_eq!(
                decode(&link),
                Ok(Shared::Routine(r.clone())),
                "{field}: {n}"
            );
        }
        for n in [0, max + 1] {
            r.frequency = per(n);
            assert_eq!(r.check(), Err(ShareError::InvalidNumber { field }), "{n}");
        }
    }
}

#[test]
fn who_prescribed_it_reads_as_the_physio_wrote_it() {
    let mut r = edge_routine();
    assert_eq!(r.prescribed_by().as_deref(), Some("Ingrid Ødegård"));
    r.clinic = text("Fjord Physio", PERSON_MAX_CHARS);
    assert_eq!(
        r.prescribed_by().as_deref(),
        Some("Ingrid Ødegård, Fjord Physio")
    );
    r.clinician = ShareText::default();
    assert_eq!(r.prescribed_by().as_deref(), Some("Fjord Physio"));
    r.clinic = ShareText::default();
    assert_eq!(r.prescribed_by(), None);
}

// ---- the carer's link (kind 3) ----

fn carer_link(payload: &[u8]) -> String {
    link(VERSION, 0, 3, payload)
}

fn carer(from: &str, lang: Lang) -> SharedCarer {
    SharedCarer {
        from: text(from, PERSON_MAX_CHARS),
        lang,
    }
}

fn carers() -> impl Strategy<Value = SharedCarer> {
    (
        share_texts(PERSON_MAX_CHARS),
        proptest::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(|(from, lang)| SharedCarer { from, lang })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_carer_link_round_trips(c in carers()) {
        prop_assert_eq!(c.check(), Ok(()));
        let text = encode(&Shared::Carer(c.clone()));
        prop_assert!(is_link_text(&text));
        prop_assert!(text.len() <= 200, "{} characters", text.len());
        prop_assert_eq!(decode(&text), Ok(Shared::Carer(c)));
    }

    /// Any carer payload, stored or deflated: refused or valid, never a panic.
    #[test]
    fn any_carer_payload_is_refused_or_valid(
        payload in proptest::collection::vec(any::<u8>(), 0..80),
        deflated in any::<bool>(),
    ) {
        let text = if deflated {
            link(VERSION, 1, 3, &miniz_oxide::deflate::compress_to_vec(&payload, 10))
        } else {
            carer_link(&payload)
        };
        if let Ok(shared) = decode(&text) {
            prop_assert!(matches!(shared, Shared::Carer(_)));
            prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
        }
    }

    #[test]
    fn cut_or_lengthened_carer_links_never_panic(
        c in carers(),
        cut in any::<prop::sample::Index>(),
        tail in "[A-Za-z0-9_-]{0,8}",
    ) {
        let text = encode(&Shared::Carer(c));
        let cut_text = &text[..cut.index(text.len())];
        for candidate in [cut_text.to_owned(), format!("{text}{tail}"), format!("{cut_text}{tail}")] {
            if let Ok(shared) = decode(&candidate) {
                prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
            }
        }
    }
}

#[test]
fn golden_carer_links_decode_forever() {
    golden("carer-v1", Shared::Carer(carer("Ana", Lang::Es)));
    golden("carer-anonymous-v1", Shared::Carer(carer("", Lang::En)));
}

/// The payload spelt out by hand: the options byte (language), then the packed name.
#[test]
fn a_carer_link_by_hand_opens() {
    assert_eq!(
        decode(&carer_link(&[0, 0])),
        Ok(Shared::Carer(carer("", Lang::En)))
    );
    let mut payload = vec![1];
    payload.extend(lower("ana"));
    assert_eq!(
        decode(&carer_link(&payload)),
        Ok(Shared::Carer(carer("ana", Lang::Es)))
    );
    let c = carer("Ana", Lang::Es);
    assert_eq!(c.sender(), Some("Ana"));
    assert_eq!(carer("", Lang::En).sender(), None);
}

#[test]
fn carer_link_errors_are_named() {
    let cases: [(&[u8], ShareError); 6] = [
        (
            &[],
            ShareError::Malformed {
                field: "carer options",
            },
        ),
        (
            &[0],
            ShareError::Malformed {
                field: "sender's name",
            },
        ),
        (
            &[0b0001_0000, 0],
            ShareError::Malformed {
                field: "carer options",
            },
        ),
        (&[2, 0], ShareError::InvalidNumber { field: "language" }),
        (&[15, 0], ShareError::InvalidNumber { field: "language" }),
        (&[0, 0, 0], ShareError::TrailingBytes),
    ];
    for (payload, want) in cases {
        assert_eq!(decode(&carer_link(payload)), Err(want), "{payload:?}");
    }
    // A name past the limit, or with a control character, is refused as text.
    let long = carer(&"a".repeat(PERSON_MAX_CHARS), Lang::En);
    assert!(decode(&encode(&Shared::Carer(long))).is_ok());
    let too_long = SharedCarer {
        from: ShareText::new(&"a".repeat(PERSON_MAX_CHARS + 1), 100).unwrap(),
        lang: Lang::En,
    };
    assert_eq!(
        too_long.check(),
        Err(ShareError::InvalidText {
            field: "sender's name"
        })
    );
    assert_eq!(
        decode(&encode(&Shared::Carer(too_long))),
        Err(ShareError::InvalidText {
            field: "sender's name"
        })
    );
    // Markup in a name is kept as text, byte for byte.
    let xss = carer("<img src=x onerror=alert(1)>", Lang::En);
    assert_eq!(
        decode(&encode(&Shared::Carer(xss.clone()))),
        Ok(Shared::Carer(xss))
    );
}

#[test]
fn a_carer_link_says_nothing_about_her() {
    // Only the sender's name and a language: a carer link is a few dozen characters.
    let len = encode(&Shared::Carer(carer("Ana", Lang::Es))).len();
    assert!(len <= 20, "carer link is {len} characters");
    let c = carer(&"ü".repeat(PERSON_MAX_CHARS), Lang::Es);
    let len = encode(&Shared::Carer(c)).len();
    assert!(len <= 200, "longest carer link is {len} characters");
}
