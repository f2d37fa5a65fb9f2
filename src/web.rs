//! Browser glue: storage, the clock, cues, the wake lock and page events. Thin by
//! design: it moves strings, timestamps and events in and out and decides nothing.
pub mod clock;
pub mod cues;
pub mod fetch;
pub mod files;
pub mod intl;
pub mod page;
pub mod service_worker;
pub mod session_lock;
pub mod share_api;
pub mod storage;
pub mod storage_persist;
pub mod wake_lock;
pub mod words;
