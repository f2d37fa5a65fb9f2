//! The saved document: everything the app keeps for her, as one versioned JSON value.
//!
//! Owns the wire format (types apart from the domain types), parsing, writing and the
//! migrations from every earlier version. It never touches storage itself: the browser
//! layer hands it strings and stores the strings it returns.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

/// The schema version this build writes. Every earlier version keeps loading.
pub const CURRENT_VERSION: u32 = 1;

/// Version of the first-run notice text. Raising it shows the notice again.
pub const NOTICE_VERSION: u32 = 1;

/// Why a stored string could not become app data.
#[derive(Debug, Error, PartialEq)]
pub enum SavedError {
    /// Not JSON, not an object, no usable version, or fields of the wrong shape.
    #[error("the saved data is damaged: {0}")]
    Corrupt(String),
    /// Written by a newer build; this build must not write over it.
    #[error("the saved data comes from a newer version of the app (format {found})")]
    NewerVersion { found: u32 },
}

/// Her acknowledgment of the first-run notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoticeAck {
    /// Which notice text she acknowledged.
    pub version: u32,
    /// When, in milliseconds since the Unix epoch.
    pub at_ms: i64,
}

/// Everything the app keeps, in domain form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppData {
    pub notice: Option<NoticeAck>,
}

impl AppData {
    /// True when the current notice text still needs her acknowledgment.
    pub fn needs_notice(&self) -> bool {
        self.notice.is_none_or(|ack| ack.version < NOTICE_VERSION)
    }
}

/// Version 1 on the wire.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireV1 {
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notice: Option<WireNotice>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireNotice {
    version: u32,
    at_ms: i64,
}

/// Parses a stored document of any known version into app data.
pub fn from_json(raw: &str) -> Result<AppData, SavedError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| SavedError::Corrupt(format!("not JSON ({e})")))?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| SavedError::Corrupt("no version number".into()))?;
    let version =
        u32::try_from(version).map_err(|_| SavedError::Corrupt("version out of range".into()))?;
    match version {
        0 => Err(SavedError::Corrupt("version 0 was never written".into())),
        1 => v1_from_value(value).map(domain_from_v1),
        found => Err(SavedError::NewerVersion { found }),
    }
}

/// Writes app data as the current version.
pub fn to_json(data: &AppData) -> String {
    let wire = WireV1 {
        version: CURRENT_VERSION,
        notice: data.notice.map(|n| WireNotice {
            version: n.version,
            at_ms: n.at_ms,
        }),
    };
    // Serialising plain structs of integers cannot fail; fall back to a minimal valid
    // document rather than panic if that ever changes.
    serde_json::to_string(&wire).unwrap_or_else(|_| format!("{{\"version\":{CURRENT_VERSION}}}"))
}

fn v1_from_value(value: Value) -> Result<WireV1, SavedError> {
    serde_json::from_value(value).map_err(|e| SavedError::Corrupt(format!("format 1: {e}")))
}

fn domain_from_v1(wire: WireV1) -> AppData {
    AppData {
        notice: wire.notice.map(|n| NoticeAck {
            version: n.version,
            at_ms: n.at_ms,
        }),
    }
}
