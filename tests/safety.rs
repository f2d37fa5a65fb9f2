//! Red flags: every flag routes to a tier, the most urgent tier wins, any flag pauses
//! the plan, and only her explicit answer resumes it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::safety::{assess, Assessment, Moment, RedFlag, SafetyState, Tier};
use backcare::domain::text::{plain, Lang, Text};
use proptest::prelude::*;

#[test]
fn the_tiers_follow_the_clinical_reference() {
    use RedFlag::*;
    for (flag, tier) in [
        (ChestPain, Tier::Emergency),
        (Breathless, Tier::Emergency),
        (HarmThoughts, Tier::Emergency),
        (SaddleNumbness, Tier::Emergency),
        (BladderBowelChange, Tier::Emergency),
        (BothLegsWeak, Tier::Emergency),
        (HeavyBleeding, Tier::Today),
        (WoundProblem, Tier::Today),
        (SwollenCalf, Tier::Today),
        (Fever, Tier::Today),
        (PosturalHeadache, Tier::Today),
        (LegNumbnessOrFever, Tier::Today),
        (PelvicHeaviness, Tier::Physio),
        (Leaking, Tier::Physio),
        (TummyBulge, Tier::Physio),
        (WorseningPain, Tier::Physio),
        (DailyLifePain, Tier::GpOrPhysio),
        (BleedingReturned, Tier::Physio),
    ] {
        assert_eq!(flag.tier(), tier, "{flag:?}");
    }
}

#[test]
fn every_flag_has_a_question_and_a_stable_key() {
    let mut keys: Vec<_> = RedFlag::ALL.iter().map(|f| f.key()).collect();
    for f in RedFlag::ALL {
        assert!(plain(Lang::En, &f.question().into()).len() > 10);
        assert!(plain(Lang::Es, &f.question().into()).len() > 10);
        assert_eq!(RedFlag::from_key(f.key()), Some(f));
    }
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), RedFlag::ALL.len());
}

#[test]
fn nothing_ticked_is_clear_and_the_most_urgent_tier_wins() {
    assert_eq!(assess(&[]), Assessment::Clear);
    assert_eq!(
        assess(&[RedFlag::Leaking, RedFlag::Fever, RedFlag::Leaking]),
        Assessment::Stop {
            tier: Tier::Today,
            flags: vec![RedFlag::Fever, RedFlag::Leaking]
        }
    );
    let Assessment::Stop { tier, .. } = assess(&[RedFlag::Leaking, RedFlag::ChestPain]) else {
        panic!("should stop");
    };
    assert_eq!(tier, Tier::Emergency);
}

#[test]
fn advice_routes_to_care_and_uses_her_number() {
    let said = |lang: Lang, tier: Tier, number: Option<&str>| -> Vec<String> {
        tier.advice(number)
            .iter()
            .map(|t: &Text| plain(lang, t))
            .collect()
    };
    assert_eq!(
        said(Lang::En, Tier::Emergency, Some("112"))[0],
        "Call 112 now."
    );
    assert_eq!(
        said(Lang::Es, Tier::Emergency, Some("112"))[0],
        "Llama al 112 ahora."
    );
    assert!(said(Lang::En, Tier::Emergency, None)[0].contains("local emergency number"));
    assert!(said(Lang::Es, Tier::Emergency, None)[0].contains("número de emergencias"));
    // An empty number is no number.
    assert_eq!(
        said(Lang::En, Tier::Emergency, Some("")),
        said(Lang::En, Tier::Emergency, None)
    );
    assert!(said(Lang::En, Tier::Today, None)
        .join(" ")
        .contains("midwife"));
    assert!(said(Lang::Es, Tier::Today, None)
        .join(" ")
        .contains("matrona"));
    assert!(said(Lang::En, Tier::Physio, None)
        .join(" ")
        .contains("physiotherapist"));
    for tier in [Tier::Emergency, Tier::Today, Tier::Physio] {
        assert_eq!(said(Lang::En, tier, None).len(), 3, "{tier:?}");
    }
    assert_eq!(
        plain(Lang::En, &Tier::Emergency.heading().into()),
        "Call for emergency help now"
    );
}

#[test]
fn a_pause_needs_her_explicit_answer_to_lift() {
    let mut s = SafetyState::default();
    assert_eq!(s.record(&[], Moment::BeforeSession, 1), None);
    assert!(!s.is_paused());
    assert_eq!(
        s.record(&[RedFlag::SwollenCalf], Moment::BeforeSession, 10),
        Some(Tier::Today)
    );
    assert!(s.is_paused());
    s.record(&[RedFlag::Leaking], Moment::DuringSession, 20);
    assert_eq!(
        s.paused_since_ms,
        Some(10),
        "the pause keeps its first time"
    );
    assert_eq!(s.events.len(), 2);
    s.resume(30);
    assert!(!s.is_paused());
    assert_eq!(s.resumed_at_ms, vec![30]);
}

#[test]
fn back_pain_that_stops_daily_life_is_a_see_someone_route_not_an_emergency() {
    let flag = RedFlag::DailyLifePain;
    assert_eq!(flag.key(), "daily-life-pain");
    assert_eq!(RedFlag::from_key("daily-life-pain"), Some(flag));
    assert_eq!(
        plain(Lang::En, &flag.question().into()),
        "Back pain that stops you doing everyday things or looking after your baby"
    );
    assert_eq!(
        plain(Lang::Es, &flag.question().into()),
        "Dolor de espalda que te impide hacer las cosas del día a día o cuidar de tu bebé"
    );
    // Alone it stops the session with its own non-emergency guidance: see a GP or a
    // physiotherapist (the route), not the pelvic-health one; beside anything
    // more urgent, or a pelvic-health sign, that tier wins.
    assert_eq!(
        assess(&[flag]),
        Assessment::Stop {
            tier: Tier::GpOrPhysio,
            flags: vec![flag]
        }
    );
    assert_eq!(Tier::GpOrPhysio.key(), "gp-or-physio");
    assert_eq!(Tier::from_key("gp-or-physio"), Some(Tier::GpOrPhysio));
    assert_eq!(
        plain(Lang::En, &Tier::GpOrPhysio.heading().into()),
        "See your GP or a physiotherapist soon"
    );
    let advice: Vec<String> = Tier::GpOrPhysio
        .advice(None)
        .iter()
        .map(|t| plain(Lang::En, t))
        .collect();
    assert!(advice[0].contains("isn't an emergency"), "{advice:?}");
    assert!(
        advice[1].contains("GP") && advice[1].contains("physiotherapist"),
        "{advice:?}"
    );
    let es: Vec<String> = Tier::GpOrPhysio
        .advice(None)
        .iter()
        .map(|t| plain(Lang::Es, t))
        .collect();
    assert!(
        es[1].contains("médico de cabecera") && es[1].contains("fisioterapeuta"),
        "{es:?}"
    );
    let Assessment::Stop { tier, .. } = assess(&[flag, RedFlag::Leaking]) else {
        panic!("should stop");
    };
    assert_eq!(tier, Tier::Physio);
    let Assessment::Stop { tier, .. } = assess(&[flag, RedFlag::LegNumbnessOrFever]) else {
        panic!("should stop");
    };
    assert_eq!(tier, Tier::Today);
    // The checklist lists it with its tier, after the emergency and same-day signs.
    let at = |f: RedFlag| RedFlag::ALL.iter().position(|&g| g == f).unwrap();
    assert!(at(flag) > at(RedFlag::LegNumbnessOrFever));
    assert!(at(flag) > at(RedFlag::WorseningPain));
}

#[test]
fn the_tummy_flag_names_a_visible_gap_as_well_as_bulging() {
    let en = plain(Lang::En, &RedFlag::TummyBulge.question().into());
    assert_eq!(
        en,
        "A bulge, doming or a visible gap down the middle of your tummy when you move"
    );
    let es = plain(Lang::Es, &RedFlag::TummyBulge.question().into());
    assert!(es.contains("abomba") && es.contains("separación"), "{es}");
    assert_eq!(
        RedFlag::TummyBulge.key(),
        "tummy-bulge",
        "the saved key never changes"
    );
}

proptest! {
    #[test]
    fn any_red_flag_always_pauses_the_plan(picks in proptest::collection::vec(0usize..RedFlag::ALL.len(), 1..6), at in 0i64..1_000_000) {
        let flags: Vec<RedFlag> = picks.iter().map(|&i| RedFlag::ALL[i]).collect();
        let mut s = SafetyState::default();
        let tier = s.record(&flags, Moment::BeforeSession, at);
        prop_assert!(s.is_paused());
        prop_assert_eq!(tier, flags.iter().map(|f| f.tier()).min());
        prop_assert_eq!(s.events.len(), 1);
    }
}
