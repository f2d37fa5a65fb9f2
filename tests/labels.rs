//! The domain's labels and short lines are messages: the English is the app's own
//! words, every one has its Spanish, and the lines built from numbers read whole in
//! both languages.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::catalog::Catalog;
use backcare::domain::comfort::{Effort, MorningCompare};
use backcare::domain::exercise::{Kind, Region, Stage};
use backcare::domain::planner::Tip;
use backcare::domain::profile::{Activity, Delivery, PainSite, StageNow};
use backcare::domain::safety::{RedFlag, Tier};
use backcare::domain::text::{plain, Lang, Msg, Text};
use backcare::domain::wording::{earliest_text, since_birth_text};

fn en(msg: Msg) -> String {
    plain(Lang::En, &msg.into())
}

fn both(text: &Text) -> (String, String) {
    (plain(Lang::En, text), plain(Lang::Es, text))
}

#[test]
fn the_labels_keep_their_english() {
    assert_eq!(
        Delivery::ALL.map(|d| en(d.label())),
        [
            "Vaginal birth",
            "Assisted vaginal birth (forceps or ventouse)",
            "Planned caesarean",
            "Emergency caesarean",
        ]
    );
    assert_eq!(en(PainSite::Scar.label()), "Around the caesarean scar");
    assert_eq!(en(Activity::Moderate.label()), "Active now and then");
    assert_eq!(
        Effort::ALL.map(|e| en(e.label())),
        ["Easy", "About right", "Hard work", "Too much"]
    );
    assert_eq!(
        MorningCompare::ALL.map(|m| en(m.label())),
        ["Better", "About the same", "Worse"]
    );
    assert_eq!(en(Kind::Bracing.label()), "Deep tummy bracing");
    assert_eq!(en(Region::UpperBack.label()), "Upper back and neck");
    assert_eq!(
        en(Tier::Today.heading()),
        "Contact your midwife or doctor today"
    );
    assert_eq!(
        en(RedFlag::Fever.question()),
        "A temperature of 38 °C (100.4 °F) or more"
    );
    assert!(en(Tip::HeatCold.text()).starts_with("A warm (not hot) pack"));
}

#[test]
fn each_choice_in_a_list_reads_differently() {
    // Two options of one list with the same words could not be told apart.
    fn distinct(lang: Lang, msgs: &[Msg]) {
        let mut words: Vec<String> = msgs.iter().map(|m| plain(lang, &(*m).into())).collect();
        words.sort();
        words.dedup();
        assert_eq!(words.len(), msgs.len(), "{lang:?}: {msgs:?}");
    }
    for lang in [Lang::En, Lang::Es] {
        distinct(lang, &Delivery::ALL.map(Delivery::label));
        distinct(lang, &PainSite::ALL.map(PainSite::label));
        distinct(lang, &Activity::ALL.map(Activity::label));
        distinct(lang, &Effort::ALL.map(Effort::label));
        distinct(lang, &MorningCompare::ALL.map(MorningCompare::label));
        distinct(lang, &Kind::ALL.map(Kind::label));
        distinct(lang, &Region::ALL.map(Region::label));
        distinct(lang, &RedFlag::ALL.map(RedFlag::question));
    }
}

fn stage(weeks: u8, days: u8) -> StageNow {
    StageNow {
        weeks,
        days,
        caesarean: false,
        severe_tear: false,
        girdle_care: false,
    }
}

#[test]
fn the_time_since_the_birth_reads_whole() {
    let rows = [
        (
            0,
            0,
            Delivery::Vaginal,
            "0 days since the birth · Vaginal birth",
            "0 días desde el parto · Parto vaginal",
        ),
        (
            0,
            1,
            Delivery::Vaginal,
            "1 day since the birth · Vaginal birth",
            "1 día desde el parto · Parto vaginal",
        ),
        (
            1,
            0,
            Delivery::PlannedCaesarean,
            "1 week since the birth · Planned caesarean",
            "1 semana desde el parto · Cesárea programada",
        ),
        (
            3,
            2,
            Delivery::PlannedCaesarean,
            "3 weeks and 2 days since the birth · Planned caesarean",
            "3 semanas y 2 días desde el parto · Cesárea programada",
        ),
        (
            14,
            1,
            Delivery::AssistedVaginal,
            "14 weeks and 1 day since the birth · Assisted vaginal birth (forceps or ventouse)",
            "14 semanas y 1 día desde el parto · Parto vaginal instrumental (fórceps o ventosa)",
        ),
    ];
    for (weeks, days, delivery, english, spanish) in rows {
        let text = since_birth_text(&stage(weeks, days), delivery);
        assert_eq!(both(&text), (english.to_owned(), spanish.to_owned()));
    }
}

#[test]
fn when_an_exercise_suits_reads_whole() {
    let mut e = Catalog::builtin().all()[0].clone();
    let rows = [
        (
            0,
            0,
            "the first days after a vaginal birth; the first days after a caesarean",
            "los primeros días después de un parto vaginal; los primeros días después de una cesárea",
        ),
        (
            1,
            4,
            "1 week after a vaginal birth; 4 weeks after a caesarean",
            "1 semana después de un parto vaginal; 4 semanas después de una cesárea",
        ),
        (
            0,
            1,
            "the first days after a vaginal birth; 1 week after a caesarean",
            "los primeros días después de un parto vaginal; 1 semana después de una cesárea",
        ),
    ];
    for (vaginal_weeks, caesarean_weeks, english, spanish) in rows {
        e.stage = Stage {
            vaginal_weeks,
            caesarean_weeks,
        };
        assert_eq!(
            both(&earliest_text(&e)),
            (english.to_owned(), spanish.to_owned())
        );
    }
}

#[test]
fn the_emergency_number_is_hers_in_every_language() {
    for lang in [Lang::En, Lang::Es] {
        let lines: Vec<String> = Tier::Emergency
            .advice(Some("911"))
            .iter()
            .map(|t| plain(lang, t))
            .collect();
        assert!(lines[0].contains("911"), "{lang:?}: {lines:?}");
        let none: Vec<String> = Tier::Emergency
            .advice(None)
            .iter()
            .map(|t| plain(lang, t))
            .collect();
        assert!(!none.join(" ").contains("112") && !none.join(" ").contains("911"));
    }
}
