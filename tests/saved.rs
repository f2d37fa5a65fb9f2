//! The saved document: round trips, every fixture of every version keeps loading, and
//! damaged or newer documents are reported, never misread.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::saved::{
    from_json, to_json, AppData, NoticeAck, SavedError, CURRENT_VERSION, NOTICE_VERSION,
};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/saved/{name}")).unwrap()
}

#[test]
fn empty_data_round_trips() {
    let data = AppData::default();
    assert_eq!(from_json(&to_json(&data)), Ok(data));
}

#[test]
fn acknowledged_notice_round_trips() {
    let data = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION,
            at_ms: 1_795_000_000_000,
        }),
    };
    let json = to_json(&data);
    assert!(json.contains(&format!("\"version\":{CURRENT_VERSION}")));
    assert_eq!(from_json(&json), Ok(data));
}

#[test]
fn v1_fixtures_load() {
    assert_eq!(from_json(&fixture("v1_empty.json")), Ok(AppData::default()));
    let data = from_json(&fixture("v1_notice.json")).unwrap();
    assert_eq!(
        data.notice,
        Some(NoticeAck {
            version: 1,
            at_ms: 1_795_000_000_000
        })
    );
    assert!(!data.needs_notice());
}

#[test]
fn fresh_data_needs_the_notice_and_an_old_ack_asks_again() {
    assert!(AppData::default().needs_notice());
    let old = AppData {
        notice: Some(NoticeAck {
            version: NOTICE_VERSION - 1,
            at_ms: 0,
        }),
    };
    assert!(old.needs_notice());
}

#[test]
fn damaged_documents_are_corrupt() {
    for raw in [
        "",
        "{",
        "null",
        "[]",
        "42",
        "{}",
        r#"{"version":"1"}"#,
        r#"{"version":0}"#,
        r#"{"version":-1}"#,
        r#"{"version":1,"notice":"yes"}"#,
        r#"{"version":1,"notice":{"version":1}}"#,
        r#"{"version":1,"surprise":true}"#,
        r#"{"version":99999999999}"#,
    ] {
        assert!(
            matches!(from_json(raw), Err(SavedError::Corrupt(_))),
            "{raw:?} gave {:?}",
            from_json(raw)
        );
    }
}

#[test]
fn a_newer_document_is_recognised_not_misread() {
    let raw = format!(
        r#"{{"version":{},"anything":[1,2,3]}}"#,
        CURRENT_VERSION + 1
    );
    assert_eq!(
        from_json(&raw),
        Err(SavedError::NewerVersion {
            found: CURRENT_VERSION + 1
        })
    );
}
