//! Browser glue: storage, the clock and other browser services. Thin by design: it
//! moves strings, timestamps and events in and out and decides nothing.
pub mod clock;
pub mod page;
pub mod storage;
