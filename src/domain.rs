//! Pure domain: every decision the app makes, with no browser crate in sight.
//! A host test (`tests/domain_boundary.rs`) keeps it that way.
pub mod backup;
pub mod backup_reminder;
pub mod catalog;
pub mod changes;
pub mod comfort;
pub mod exercise;
pub mod history;
pub mod imported;
pub mod json;
pub mod merge;
pub mod placement;
pub mod plan_view;
pub mod planner;
pub mod profile;
pub mod progression;
pub mod report;
pub mod routine;
pub mod safety;
pub mod saved;
pub mod session;
pub mod settings;
pub mod settle;
pub mod share;
pub mod start;
pub mod today;
pub mod wording;
