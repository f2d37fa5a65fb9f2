//! Profile arithmetic: dates, weeks since the birth advancing on their own.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::profile::{
    day_from_iso, iso_from_day, Birth, ContactText, Delivery, Profile, StageNow,
};
use backcare::domain::progression::GIRDLE_WEEKS;

fn profile(birth: Birth, delivery: Delivery) -> Profile {
    Profile::new(birth, delivery)
}

const DAY: i64 = 86_400_000;

#[test]
fn iso_dates_round_trip() {
    assert_eq!(day_from_iso("1970-01-01"), Some(0));
    assert_eq!(day_from_iso("2026-11-21"), Some(20_778));
    assert_eq!(day_from_iso("2024-02-29"), Some(19_782));
    for bad in [
        "",
        "2026-13-01",
        "2026-02-30",
        "2023-02-29",
        "abc",
        "2026-1",
        "1800-01-01",
    ] {
        assert_eq!(day_from_iso(bad), None, "{bad}");
    }
    for day in [-1000, 0, 19_782, 20_778, 60_000] {
        assert_eq!(day_from_iso(&iso_from_day(day)), Some(day));
    }
}

#[test]
fn weeks_from_a_birth_date_advance_with_the_clock_and_her_timezone() {
    let birth = day_from_iso("2026-10-31").unwrap();
    let p = profile(Birth::Date { day: birth }, Delivery::Vaginal);
    let noon_nov_21 = day_from_iso("2026-11-21").unwrap() * DAY + 12 * 3_600_000;
    let s = p.stage(noon_nov_21, 0);
    assert_eq!((s.weeks, s.days), (3, 0));
    assert!(!s.caesarean);
    assert_eq!(p.stage(noon_nov_21 + 7 * DAY, 0).weeks, 4);
    // 23:30 UTC on the 20th is already the 21st at UTC+1.
    let late = day_from_iso("2026-11-20").unwrap() * DAY + 23 * 3_600_000 + 1_800_000;
    assert_eq!(p.days_postpartum(late, 0), 20);
    assert_eq!(p.days_postpartum(late, 60), 21);
    // Before the birth date: never negative.
    assert_eq!(p.days_postpartum(0, 0), 0);
}

#[test]
fn weeks_ago_count_on_from_when_she_said_it() {
    let said = day_from_iso("2026-11-01").unwrap() * DAY + 9 * 3_600_000;
    let p = profile(
        Birth::WeeksAgo {
            weeks: 3,
            recorded_at_ms: said,
        },
        Delivery::EmergencyCaesarean,
    );
    assert_eq!(p.stage(said, 0).weeks, 3);
    assert_eq!(p.stage(said + 10 * DAY, 0).weeks, 4);
    assert!(p.stage(said, 0).caesarean);
}

#[test]
fn contact_text_is_bounded_and_plain() {
    assert!(ContactText::new("  999  ").is_some_and(|c| c.as_str() == "999"));
    assert!(ContactText::new(&"x".repeat(81)).is_none());
    assert!(ContactText::new("a\u{0007}b").is_none());
    assert!(Delivery::PlannedCaesarean.is_caesarean());
    assert!(!Delivery::AssistedVaginal.is_caesarean());
}

#[test]
fn pelvic_girdle_care_lasts_the_first_weeks_after_back_pain_in_pregnancy() {
    let birth = day_from_iso("2026-01-05").unwrap();
    let at = |days: i64| (birth + days) * DAY + 12 * 3_600_000;
    // (back pain in pregnancy, days since the birth → girdle care)
    let table: &[(bool, i64, bool)] = &[
        (true, 0, true),
        (true, 8 * 7, true),
        (true, i64::from(GIRDLE_WEEKS) * 7 - 1, true),
        (true, i64::from(GIRDLE_WEEKS) * 7, false),
        (true, 30 * 7, false),
        (false, 0, false),
        (false, 8 * 7, false),
    ];
    for &(back, days, want) in table {
        let p = Profile {
            pregnancy_back_pain: back,
            ..profile(Birth::Date { day: birth }, Delivery::Vaginal)
        };
        let s: StageNow = p.stage(at(days), 0);
        assert_eq!(s.girdle_care, want, "back pain {back}, day {days}");
        assert_eq!(i64::from(s.weeks) * 7 + i64::from(s.days), days);
    }
}

#[test]
fn a_stage_says_the_kind_of_birth_and_a_tear() {
    let birth = day_from_iso("2026-01-05").unwrap();
    let now = (birth + 20) * DAY;
    for delivery in Delivery::ALL {
        for tear in [false, true] {
            let p = Profile {
                severe_tear: tear,
                ..profile(Birth::Date { day: birth }, delivery)
            };
            let s = p.stage(now, 0);
            assert_eq!((s.weeks, s.days), (2, 6));
            assert_eq!(s.caesarean, delivery.is_caesarean(), "{delivery:?}");
            assert_eq!(s.severe_tear, tear);
        }
    }
}

#[test]
fn extreme_stored_times_never_overflow() {
    use backcare::domain::profile::local_day;
    for t in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX - 1, i64::MAX] {
        for offset in [-840, 0, 840] {
            let _ = local_day(t, offset);
            for birth in [
                Birth::Date { day: i64::MIN },
                Birth::Date { day: i64::MAX },
                Birth::WeeksAgo {
                    weeks: u8::MAX,
                    recorded_at_ms: i64::MIN,
                },
                Birth::WeeksAgo {
                    weeks: u8::MAX,
                    recorded_at_ms: i64::MAX,
                },
            ] {
                let p = Profile::new(birth, Delivery::Vaginal);
                assert!(p.days_postpartum(t, offset) >= 0);
            }
        }
    }
}
