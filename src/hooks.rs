//! Custom hooks: the app context, timers and page events, cleaned up with the component.
pub mod use_app;
pub mod use_ticker;
pub mod use_visible;
