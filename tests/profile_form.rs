//! Her profile form on the host: every edit is a plain action applied to a plain draft,
//! and the draft becomes a profile or says, in her words, what is missing.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::components::profile_form::draft::{ProfileAction, ProfileDraft, MAX_WEEKS_AGO};
use backcare::domain::comfort::PainScore;
use backcare::domain::profile::{iso_from_day, Activity, Birth, Delivery, PainSite};

const NOW_MS: i64 = 1_795_000_000_000;
const TODAY: i64 = NOW_MS / 86_400_000;

fn profile_draft(actions: impl IntoIterator<Item = ProfileAction>) -> ProfileDraft {
    let mut d = ProfileDraft::default();
    for a in actions {
        d.apply(a);
    }
    d
}

#[test]
fn the_two_required_answers_are_asked_for_in_her_words() {
    use ProfileAction as P;
    let no_date = ProfileDraft::default();
    assert!(no_date
        .build(None, NOW_MS, TODAY)
        .unwrap_err()
        .contains("birth date"));
    let no_delivery = profile_draft([P::ByDate(false), P::SetWeeks("6".into())]);
    assert!(no_delivery
        .build(None, NOW_MS, TODAY)
        .unwrap_err()
        .contains("how you gave birth"));
    let no_weeks = profile_draft([P::ByDate(false), P::SetDelivery(Delivery::ALL[0])]);
    assert!(no_weeks
        .build(None, NOW_MS, TODAY)
        .unwrap_err()
        .contains("weeks ago"));
}

#[test]
fn weeks_since_the_birth_stop_at_the_limit() {
    use ProfileAction as P;
    let with = |weeks: String| {
        profile_draft([
            P::ByDate(false),
            P::SetWeeks(weeks),
            P::SetDelivery(Delivery::ALL[0]),
        ])
        .build(None, NOW_MS, TODAY)
    };
    let p = with(MAX_WEEKS_AGO.to_string()).unwrap();
    assert_eq!(
        p.birth,
        Birth::WeeksAgo {
            weeks: MAX_WEEKS_AGO,
            recorded_at_ms: NOW_MS
        }
    );
    let why = with((MAX_WEEKS_AGO + 1).to_string()).unwrap_err();
    assert!(why.contains(&MAX_WEEKS_AGO.to_string()), "{why}");
    assert!(with("soon".into()).is_err());
}

#[test]
fn a_birth_date_in_the_future_is_refused() {
    use ProfileAction as P;
    let on = |day: i64| {
        let iso = iso_from_day(day);
        profile_draft([P::SetDate(iso), P::SetDelivery(Delivery::ALL[0])])
            .build(None, NOW_MS, TODAY)
    };
    assert_eq!(on(TODAY).unwrap().birth, Birth::Date { day: TODAY });
    assert!(on(TODAY + 1).unwrap_err().contains("future"));
}

#[test]
fn every_answer_reaches_the_profile() {
    use ProfileAction as P;
    let score = PainScore::new(4).unwrap();
    let d = profile_draft([
        P::SetDate(iso_from_day(TODAY - 30)),
        P::SetDelivery(Delivery::ALL[1]),
        P::SetTear(None),
        P::SetEpidural(true),
        P::ToggleSite(PainSite::ALL[2], true),
        P::ToggleSite(PainSite::ALL[0], true),
        P::ToggleSite(PainSite::ALL[0], true),
        P::ToggleSite(PainSite::ALL[1], true),
        P::ToggleSite(PainSite::ALL[1], false),
        P::SetUsualPain(score),
        P::SetLiftingPain(true),
        P::SetPregnancyPain(true),
        P::SetActivity(Activity::High),
        P::SetCleared(true),
        P::SetEmergency(" 999 ".into()),
        P::SetContact("Midwife Jo".into()),
    ]);
    let p = d.build(None, NOW_MS, TODAY).unwrap();
    assert_eq!(p.delivery, Delivery::ALL[1]);
    assert!(p.severe_tear, "not sure counts as yes");
    assert!(p.epidural && p.lifting_pain && p.pregnancy_back_pain);
    assert_eq!(
        p.pain_sites,
        vec![PainSite::ALL[0], PainSite::ALL[2]],
        "in order, once each"
    );
    assert_eq!(p.usual_pain, Some(score));
    assert_eq!(p.activity, Activity::High);
    assert_eq!(p.cleared_at_ms, Some(NOW_MS));
    assert_eq!(p.emergency_number.as_str(), "999");
    assert_eq!(p.care_contact.as_str(), "Midwife Jo");
    // Reopened, the form shows the same answers, and saving again changes nothing.
    let again = ProfileDraft::from_profile(Some(&p));
    assert_eq!(
        again
            .build(Some(&p), NOW_MS + 86_400_000, TODAY + 1)
            .unwrap(),
        p
    );
}

#[test]
fn an_empty_weeks_box_keeps_what_she_said_before() {
    use ProfileAction as P;
    let before = profile_draft([
        P::ByDate(false),
        P::SetWeeks("8".into()),
        P::SetDelivery(Delivery::ALL[0]),
    ])
    .build(None, NOW_MS, TODAY)
    .unwrap();
    let reopened = ProfileDraft::from_profile(Some(&before));
    assert!(!reopened.by_date);
    assert_eq!(reopened.weeks, "");
    let later = NOW_MS + 7 * 86_400_000;
    assert_eq!(
        reopened
            .build(Some(&before), later, TODAY + 7)
            .unwrap()
            .birth,
        before.birth
    );
}
