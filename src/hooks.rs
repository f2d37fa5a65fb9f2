//! Custom hooks: the app context, timers and page events, and the guided session with
//! its cues and wake lock, each cleaned up with the component.
pub mod use_app;
pub mod use_cues;
pub mod use_details;
pub mod use_lang;
pub mod use_session;
pub mod use_session_lock;
pub mod use_ticker;
pub mod use_visible;
pub mod use_wake_lock;
