//! Reminders without a server (`domain::reminders`): the calendar file's grammar
//! (RFC 5545: escaping, folding at 75 octets, CRLF, floating times, RRULE, UID,
//! DTSTAMP, PRODID, URL) against a golden file, the plan it is made from, and the
//! "due today" mark on the Today tab.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::exercise::ExerciseId;
use backcare::domain::history::SessionLog;
use backcare::domain::imported::ImportedRoutine;
use backcare::domain::profile::{Birth, Delivery, Profile};
use backcare::domain::reminders::ics::{self, escape_text, fold, unfold, utc_stamp};
use backcare::domain::reminders::{
    app_link, calendar, calendar_file, due_today, offer, spread_days, Offer, PlanRef, ReminderPlan,
    ReminderTime, Request, Weekday, FILE_NAME,
};
use backcare::domain::routine::RoutineName;
use backcare::domain::saved::AppData;
use backcare::domain::share::{Frequency, ShareText, SharedExercise, SharedRoutine};
use backcare::domain::start::Start;
use backcare::domain::text::{plain, Lang, Text};

const DAY: i64 = 24 * 60 * 60 * 1000;
const HOUR: i64 = 60 * 60 * 1000;
/// Saturday 8 November 2025, 00:00 UTC.
const MIDNIGHT: i64 = 20_400 * DAY;
const NOW: i64 = MIDNIGHT + 8 * HOUR;
const LINK: &str = "https://example.org/gentle-back/#/";

fn en(text: Text) -> String {
    plain(Lang::En, &text)
}

fn es(text: Text) -> String {
    plain(Lang::Es, &text)
}

fn at(hh_mm: &str) -> ReminderTime {
    ReminderTime::parse(hh_mm).unwrap()
}

fn own(minutes: u8) -> ReminderPlan {
    ReminderPlan {
        plan: PlanRef::Own,
        name: None,
        frequency: Frequency::PerDay(1),
        minutes,
        last_day: None,
    }
}

fn physio(frequency: Frequency, name: &str, last_day: Option<i64>) -> ReminderPlan {
    ReminderPlan {
        plan: PlanRef::Physio(1_762_000_000_000),
        name: Some(name.to_owned()),
        frequency,
        minutes: 12,
        last_day,
    }
}

fn request(time: &str, days: &'static [Weekday]) -> Request<'static> {
    Request {
        at: ReminderTime::parse(time).unwrap(),
        days,
        now_ms: NOW,
        offset_min: 0,
        app_link: LINK,
    }
}

/// The file for `plan` in English, unfolded into its content lines.
fn lines(plan: &ReminderPlan, req: &Request) -> Vec<String> {
    unfold(&calendar_file(plan, req, &en))
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .collect()
}

#[test]
fn the_time_she_picks_is_read_from_a_time_input() {
    assert_eq!(ReminderTime::default().hh_mm(), "09:00");
    for (raw, minute) in [
        ("09:00", 540),
        ("00:00", 0),
        ("23:59", 1439),
        ("07:30:00", 450),
        (" 18:05 ", 1085),
    ] {
        assert_eq!(
            ReminderTime::parse(raw).map(ReminderTime::minute),
            Some(minute),
            "{raw}"
        );
    }
    for raw in [
        "",
        "9:00",
        "24:00",
        "12:60",
        "ab:cd",
        "12:00:99",
        "12:00:00:00",
        "-1:00",
        "12",
    ] {
        assert_eq!(ReminderTime::parse(raw), None, "{raw:?}");
    }
    assert_eq!(ReminderTime::new(1440), None);
    assert_eq!(at("07:05").hh_mm(), "07:05");
}

#[test]
fn a_plan_of_some_days_a_week_spreads_them_from_monday() {
    use Weekday::*;
    let cases: [(u8, &[Weekday]); 7] = [
        (1, &[Mo]),
        (2, &[Mo, Th]),
        (3, &[Mo, We, Fr]),
        (4, &[Mo, Tu, Th, Sa]),
        (5, &[Mo, Tu, We, Fr, Sa]),
        (6, &[Mo, Tu, We, Th, Fr, Sa]),
        (7, &[Mo, Tu, We, Th, Fr, Sa, Su]),
    ];
    for (n, days) in cases {
        assert_eq!(spread_days(n), days, "{n} a week");
    }
    assert!(physio(Frequency::PerWeek(3), "x", None).is_weekly());
    assert!(!physio(Frequency::PerWeek(7), "x", None).is_weekly());
    assert!(!own(15).is_weekly());
    assert_eq!(Weekday::of_day(MIDNIGHT / DAY), Sa);
    assert_eq!(Weekday::of_day(0), Th);
}

#[test]
fn several_sessions_a_day_are_spread_over_ten_hours_in_half_hours() {
    let hh = |plan: &ReminderPlan, first: &str| -> Vec<String> {
        plan.times(at(first))
            .into_iter()
            .map(ReminderTime::hh_mm)
            .collect()
    };
    let per_day = |n| physio(Frequency::PerDay(n), "x", None);
    assert_eq!(hh(&own(15), "09:00"), ["09:00"]);
    assert_eq!(hh(&per_day(2), "09:00"), ["09:00", "19:00"]);
    assert_eq!(hh(&per_day(3), "08:30"), ["08:30", "13:30", "18:30"]);
    assert_eq!(
        hh(&per_day(4), "09:00"),
        ["09:00", "12:00", "15:00", "18:00"]
    );
    assert_eq!(
        hh(&per_day(5), "09:00"),
        ["09:00", "11:30", "14:00", "16:30", "19:00"]
    );
    // Past midnight, the clock wraps.
    assert_eq!(hh(&per_day(2), "20:00"), ["20:00", "06:00"]);
    assert_eq!(
        hh(&physio(Frequency::PerWeek(3), "x", None), "09:00"),
        ["09:00"]
    );
}

#[test]
fn her_own_plan_is_one_daily_event_at_her_time_in_floating_local_time() {
    let l = lines(&own(15), &request("09:00", &[]));
    assert_eq!(values(&l, "BEGIN"), ["VCALENDAR", "VEVENT", "VALARM"]);
    assert_eq!(
        values(&l, "DTSTART"),
        ["20251108T090000"],
        "today, no Z, no TZID"
    );
    assert_eq!(values(&l, "RRULE"), ["FREQ=DAILY"]);
    assert_eq!(values(&l, "DURATION"), ["PT15M"]);
    assert_eq!(values(&l, "SUMMARY"), ["Gentle Back: your back routine"]);
    assert_eq!(values(&l, "URL"), [LINK]);
    assert_eq!(
        values(&l, "UID"),
        ["gentle-back-own-plan-1@example.org"],
        "one per plan item, on the app's host"
    );
    let description = values(&l, "DESCRIPTION")[0];
    assert!(description.starts_with("About 15 minutes of gentle exercise"));
    assert!(
        description.ends_with(&format!("start: {LINK}")),
        "{description}"
    );
    // Her local day, not UTC's: 00:30 on Sunday in UTC+1 is still Saturday 23:30 in
    // UTC-1.
    let west = Request {
        now_ms: MIDNIGHT + DAY + 30 * 60_000,
        offset_min: -60,
        ..request("07:00", &[])
    };
    assert_eq!(
        values(&lines(&own(15), &west), "DTSTART"),
        ["20251108T070000"]
    );
}

#[test]
fn the_event_lasts_ten_to_fifteen_minutes() {
    let mut data = her_data();
    for (target, minutes) in [(10, 10), (15, 15), (20, 15)] {
        data.target_min = target;
        let Offer::Plan(plan) = offer(&data, NOW, 0, Catalog::builtin()) else {
            panic!("a plan");
        };
        assert_eq!(plan.minutes, minutes, "target {target}");
    }
}

#[test]
fn the_uid_stays_the_same_when_the_time_or_the_day_changes() {
    let uids = |req: &Request| values(&lines(&own(15), req), "UID").join(" ");
    let later = Request {
        now_ms: NOW + 40 * DAY,
        ..request("18:45", &[])
    };
    assert_eq!(uids(&request("09:00", &[])), uids(&later));
    let other_host = Request {
        app_link: "http://127.0.0.1:8080/#/",
        ..request("09:00", &[])
    };
    assert_eq!(uids(&other_host), "gentle-back-own-plan-1@127.0.0.1:8080");
}

#[test]
fn twice_a_day_is_two_events_each_saying_which() {
    let plan = physio(Frequency::PerDay(2), "Core basics", None);
    let l = lines(&plan, &request("20:00", &[]));
    assert_eq!(values(&l, "RRULE"), ["FREQ=DAILY", "FREQ=DAILY"]);
    assert_eq!(
        values(&l, "DTSTART"),
        ["20251108T200000", "20251109T060000"],
        "the second one past midnight starts the next morning"
    );
    assert_eq!(
        values(&l, "UID"),
        [
            "gentle-back-physio-1762000000000-1@example.org",
            "gentle-back-physio-1762000000000-2@example.org"
        ]
    );
    assert_eq!(values(&l, "SUMMARY"), ["Your back routine: Core basics"; 2]);
    let descriptions = values(&l, "DESCRIPTION");
    assert!(
        descriptions[0].ends_with("\\nSession 1 of 2 today."),
        "{descriptions:?}"
    );
    assert!(
        descriptions[2].ends_with("\\nSession 2 of 2 today."),
        "{descriptions:?}"
    );
    assert_eq!(values(&l, "DURATION"), ["PT12M", "PT12M"]);
}

#[test]
fn a_weekly_plan_repeats_on_her_days_from_the_first_of_them_and_ends_with_the_plan() {
    let last = MIDNIGHT / DAY + 20; // Friday 28 November
    let plan = physio(Frequency::PerWeek(3), "Back to strength", Some(last));
    let l = lines(&plan, &request("09:30", &[]));
    assert_eq!(
        values(&l, "RRULE"),
        ["FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20251128T235900"],
        "UNTIL in the same floating form as DTSTART"
    );
    assert_eq!(
        values(&l, "DTSTART"),
        ["20251110T093000"],
        "Saturday: next is Monday"
    );
    // Days she chose, in any order.
    let l = lines(&plan, &request("09:30", &[Weekday::Sa, Weekday::Tu]));
    assert_eq!(
        values(&l, "RRULE"),
        ["FREQ=WEEKLY;BYDAY=TU,SA;UNTIL=20251128T235900"]
    );
    assert_eq!(
        values(&l, "DTSTART"),
        ["20251108T093000"],
        "today is a Saturday"
    );
    // Seven a week is every day.
    let daily = physio(Frequency::PerWeek(7), "x", None);
    assert_eq!(
        values(&lines(&daily, &request("09:30", &[])), "RRULE"),
        ["FREQ=DAILY"]
    );
    // A plan that ends before her first chosen day carries on rather than vanish.
    let ending = physio(Frequency::PerWeek(1), "x", Some(MIDNIGHT / DAY));
    assert_eq!(
        values(&lines(&ending, &request("09:30", &[])), "RRULE"),
        ["FREQ=WEEKLY;BYDAY=MO"]
    );
}

#[test]
fn the_words_are_in_her_language() {
    let plan = physio(Frequency::PerDay(2), "Suelo pélvico", None);
    let text = calendar_file(&plan, &request("09:00", &[]), &es);
    let l: Vec<String> = unfold(&text).split("\r\n").map(str::to_owned).collect();
    assert_eq!(
        values(&l, "SUMMARY"),
        ["Tu rutina para la espalda: Suelo pélvico"; 2]
    );
    assert!(values(&l, "DESCRIPTION")[0].starts_with("Unos 12 minutos de ejercicio suave"));
    assert!(values(&l, "DESCRIPTION")[0].ends_with("Sesión 1 de 2 de hoy."));
    let own_es = calendar_file(&own(10), &request("09:00", &[]), &es);
    assert!(unfold(&own_es).contains("SUMMARY:Gentle Back: tu rutina para la espalda\r\n"));
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("one\ntwo\r\nthree\rfour"),
        r"one\ntwo\nthree\nfour"
    );
    assert_eq!(escape_text("tab\there\u{7}bell"), "tab herebell");
    assert_eq!(
        escape_text("colon: fine, “quotes” too"),
        r"colon: fine\, “quotes” too"
    );
    // In a file: a physiotherapist's name with every special character.
    let plan = physio(Frequency::PerDay(1), r"Hips; knees, back\core", None);
    let l = lines(&plan, &request("09:00", &[]));
    assert_eq!(
        values(&l, "SUMMARY"),
        [r"Your back routine: Hips\; knees\, back\\core"]
    );
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let long = format!("SUMMARY:{}", "Cesárea — suelo pélvico 🌿 ".repeat(12));
    let folded = fold(&long);
    let physical: Vec<&str> = folded.split("\r\n").collect();
    assert!(physical.len() > 5);
    for (i, line) in physical.iter().enumerate() {
        assert!(line.len() <= 75, "line {i} has {} octets", line.len());
        if i > 0 {
            assert!(
                line.starts_with(' '),
                "continuation {i} starts with a space"
            );
        }
    }
    // Full lines: each line but the last is filled to within one character of 75.
    for line in &physical[..physical.len() - 1] {
        assert!(line.len() > 75 - 4, "{line:?} is short");
    }
    assert_eq!(unfold(&folded), long);
    assert_eq!(fold("SHORT:line"), "SHORT:line");
    assert_eq!(fold(&"x".repeat(75)), "x".repeat(75), "75 octets fit");
    assert_eq!(fold(&"x".repeat(76)), format!("{}\r\n x", "x".repeat(75)));
    // A whole file, with a long name: no physical line over 75 octets.
    let name = "Rutina de recuperación después de la cesárea — semanas 6 a 12";
    let text = calendar_file(
        &physio(Frequency::PerDay(1), name, None),
        &request("09:00", &[]),
        &es,
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
    }
    assert!(unfold(&text).contains(&format!("SUMMARY:Tu rutina para la espalda: {name}\r\n")));
}

#[test]
fn every_line_ends_in_crlf() {
    let text = calendar_file(&own(15), &request("09:00", &[]), &en);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    let bare_lf = text
        .match_indices('\n')
        .any(|(i, _)| i == 0 || &text[i - 1..i] != "\r");
    let bare_cr = text
        .match_indices('\r')
        .any(|(i, _)| text.get(i + 1..i + 2) != Some("\n"));
    assert!(!bare_lf && !bare_cr);
}

#[test]
fn the_file_says_who_made_it_and_when_in_utc() {
    assert_eq!(utc_stamp(0), "19700101T000000Z");
    assert_eq!(utc_stamp(NOW + 15 * 60_000 + 30_999), "20251108T081530Z");
    let l = lines(&own(15), &request("09:00", &[]));
    assert_eq!(values(&l, "PRODID"), [ics::PRODID]);
    assert_eq!(values(&l, "VERSION"), ["2.0"]);
    assert_eq!(values(&l, "DTSTAMP"), ["20251108T080000Z"]);
    assert_eq!(values(&l, "END"), ["VALARM", "VEVENT", "VCALENDAR"]);
    assert_eq!(values(&l, "TRIGGER"), ["PT0M"]);
    assert_eq!(FILE_NAME, "gentle-back-reminders.ics");
}

#[test]
fn the_link_opens_the_app_at_today() {
    assert_eq!(
        app_link("https://example.org/app/"),
        "https://example.org/app/#/"
    );
    assert_eq!(
        app_link("https://example.org/app/index.html#/settings"),
        "https://example.org/app/index.html#/"
    );
    assert_eq!(
        app_link("http://127.0.0.1:4173/#/"),
        "http://127.0.0.1:4173/#/"
    );
}

/// The golden file: a twice-daily plan from a physiotherapist with a name that needs
/// escaping and folding, ending on a set day. Regenerate with `WRITE_FIXTURES=1` only
/// when the format is meant to change, and read the difference.
#[test]
fn the_file_matches_the_golden_one() {
    let plan = ReminderPlan {
        plan: PlanRef::Physio(1_762_560_000_000),
        name: Some("Pelvic floor, breathing; and gentle core — after the caesarean".into()),
        frequency: Frequency::PerDay(2),
        minutes: 10,
        last_day: Some(MIDNIGHT / DAY + 41),
    };
    let req = Request {
        at: at("08:15"),
        days: &[],
        now_ms: NOW + 15 * 60_000 + 30_000,
        offset_min: 60,
        app_link: "https://example.org/gentle-back/#/",
    };
    let text = calendar_file(&plan, &req, &en);
    let path = "tests/fixtures/reminders/twice-a-day.ics";
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::create_dir_all("tests/fixtures/reminders").unwrap();
        std::fs::write(path, &text).unwrap();
    }
    assert_eq!(text, std::fs::read_to_string(path).unwrap());
}

// ---- The plan the reminders follow, and the mark on the Today tab ----

fn her_data() -> AppData {
    AppData {
        profile: Some(Profile::new(
            Birth::Date {
                day: MIDNIGHT / DAY - 70,
            },
            Delivery::Vaginal,
        )),
        ..AppData::default()
    }
}

fn shared(name: &str, frequency: Frequency, weeks: u8) -> SharedRoutine {
    let id = ExerciseId::new("pelvic-tilt-lying").unwrap();
    SharedRoutine {
        name: RoutineName::new(name).unwrap(),
        clinician: ShareText::new("Sam Physio", 60).unwrap(),
        clinic: ShareText::default(),
        frequency,
        weeks,
        auto_progress: false,
        thresholds: None,
        exercises: vec![SharedExercise {
            dose: Catalog::builtin().get(&id).unwrap().dose,
            exercise: id,
            note: ShareText::default(),
        }],
    }
}

fn kept(data: &mut AppData, routine: SharedRoutine, at_ms: i64, as_plan: bool) {
    data.imported.push(ImportedRoutine {
        routine,
        imported_at_ms: at_ms,
        as_plan,
        cleared_above_stage: false,
    });
}

fn session(data: &mut AppData, at_ms: i64, start: Option<Start>, routine: &str) {
    data.history.push(SessionLog {
        routine: routine.to_owned(),
        started_at_ms: at_ms,
        active_ms: 10 * 60_000,
        stopped_early: false,
        exercises: Vec::new(),
        comfort: Default::default(),
        start,
    });
}

#[test]
fn the_card_offers_her_plan_or_says_to_remove_the_reminders_while_paused() {
    let catalog = Catalog::builtin();
    assert_eq!(offer(&AppData::default(), NOW, 0, catalog), Offer::NoPlan);
    let mut data = her_data();
    assert_eq!(offer(&data, NOW, 0, catalog), Offer::Plan(own(15)));
    // A physiotherapist's routine kept beside her plan changes nothing.
    kept(
        &mut data,
        shared("Extra", Frequency::PerDay(3), 4),
        NOW - 3 * DAY,
        false,
    );
    assert_eq!(offer(&data, NOW, 0, catalog), Offer::Plan(own(15)));
    // One that is her plan brings its frequency and its end: kept 3 days ago for 6
    // weeks, it ends 39 days from today.
    kept(
        &mut data,
        shared("Strong back", Frequency::PerWeek(3), 6),
        NOW - 3 * DAY,
        true,
    );
    let Offer::Plan(plan) = offer(&data, NOW, 0, catalog) else {
        panic!("a plan");
    };
    assert_eq!(plan.plan, PlanRef::Physio(NOW - 3 * DAY));
    assert_eq!(plan.name.as_deref(), Some("Strong back"));
    assert_eq!(plan.frequency, Frequency::PerWeek(3));
    assert_eq!(plan.last_day, Some(MIDNIGHT / DAY + 38));
    assert!((10..=15).contains(&plan.minutes));
    // Past its weeks it is still her plan, with no end.
    let Offer::Plan(plan) = offer(&data, NOW + 50 * DAY, 0, catalog) else {
        panic!("a plan");
    };
    assert_eq!(plan.last_day, None);
    // Paused: nothing to download.
    data.safety.paused_since_ms = Some(NOW);
    assert_eq!(offer(&data, NOW, 0, catalog), Offer::Paused);
}

#[test]
fn the_today_tab_is_marked_until_the_days_sessions_are_done() {
    // Before a profile there is no plan.
    assert!(!due_today(&AppData::default(), NOW, 0));
    let mut data = her_data();
    assert!(due_today(&data, NOW, 0));
    // Yesterday's session, a walk and one exercise tried today leave today's due.
    session(&mut data, NOW - DAY, Some(Start::Today), "today");
    session(&mut data, NOW, Some(Start::Walk), "walk");
    let tried = Start::Exercise(ExerciseId::new("pelvic-tilt-lying").unwrap());
    session(&mut data, NOW, Some(tried), "x");
    assert!(due_today(&data, NOW, 0));
    // The short version counts.
    session(&mut data, NOW + HOUR, Some(Start::Short), "short");
    assert!(!due_today(&data, NOW + 2 * HOUR, 0));
    assert!(due_today(&data, NOW + DAY, 0), "due again the next day");
    // Paused: no mark.
    let mut paused = her_data();
    paused.safety.paused_since_ms = Some(NOW - DAY);
    assert!(!due_today(&paused, NOW, 0));
}

#[test]
fn the_day_is_her_local_day() {
    let mut data = her_data();
    // 23:30 UTC on Friday is 01:30 on Saturday in UTC+2.
    session(
        &mut data,
        MIDNIGHT - 30 * 60_000,
        Some(Start::Today),
        "today",
    );
    assert!(!due_today(&data, NOW, 120));
    assert!(due_today(&data, NOW, 0));
}

#[test]
fn sessions_logged_before_starts_were_kept_count_by_name() {
    let mut data = her_data();
    kept(
        &mut data,
        shared("Strong back", Frequency::PerWeek(3), 6),
        NOW - 3 * DAY,
        false,
    );
    // A session of her physiotherapist's routine is not her own plan's.
    session(&mut data, NOW, None, "Strong back");
    assert!(due_today(&data, NOW, 0));
    session(&mut data, NOW, None, "Your routine for today");
    assert!(!due_today(&data, NOW, 0));
}

#[test]
fn a_physiotherapists_plan_is_due_by_its_own_frequency() {
    let imported_at = NOW - 3 * DAY;
    let shared_start = Some(Start::Shared(imported_at));
    // Twice a day: one session leaves one to do.
    let mut data = her_data();
    kept(
        &mut data,
        shared("Twice", Frequency::PerDay(2), 6),
        imported_at,
        true,
    );
    session(&mut data, NOW, Some(Start::Today), "today");
    assert!(
        due_today(&data, NOW, 0),
        "the app's own routine is not her plan now"
    );
    session(&mut data, NOW, shared_start.clone(), "Twice");
    assert!(due_today(&data, NOW, 0));
    session(&mut data, NOW + HOUR, shared_start.clone(), "Twice");
    assert!(!due_today(&data, NOW + 2 * HOUR, 0));

    // Three times a week (Monday to Sunday), once a day at most. Saturday the 8th:
    // Tuesday's and Thursday's sessions leave one to do; none on Sunday the 9th after
    // a third on Saturday; due again on Monday the 10th.
    let mut data = her_data();
    kept(
        &mut data,
        shared("Weekly", Frequency::PerWeek(3), 6),
        imported_at,
        true,
    );
    assert!(due_today(&data, NOW, 0));
    session(&mut data, NOW - 4 * DAY, shared_start.clone(), "Weekly");
    session(&mut data, NOW - 2 * DAY, shared_start.clone(), "Weekly");
    assert!(due_today(&data, NOW, 0));
    session(&mut data, NOW, shared_start.clone(), "Weekly");
    assert!(!due_today(&data, NOW + HOUR, 0), "done today");
    assert!(!due_today(&data, NOW + DAY, 0), "three this week");
    assert!(due_today(&data, NOW + 2 * DAY, 0), "a new week");
    // A session logged by name before starts were kept counts for her physio's plan.
    let mut data = her_data();
    kept(
        &mut data,
        shared("Weekly", Frequency::PerWeek(3), 6),
        imported_at,
        true,
    );
    session(&mut data, NOW, None, "Weekly");
    assert!(!due_today(&data, NOW, 0));
}

#[test]
fn the_calendar_for_her_data_is_made_from_the_offer() {
    let data = her_data();
    let Offer::Plan(plan) = offer(&data, NOW, 0, Catalog::builtin()) else {
        panic!("a plan");
    };
    let cal = calendar(&plan, &request("09:00", &[]), &en);
    assert_eq!(cal.events.len(), 1);
    assert_eq!(cal.stamp_ms, NOW);
}
