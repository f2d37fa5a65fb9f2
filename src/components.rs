//! Reusable pieces of the UI. Each reads the app context itself or takes props; none
//! touches storage or the clock directly except through `web`.
pub mod after_report;
pub mod art;
pub mod backup_reminder;
pub mod finished_view;
pub mod first_run;
pub mod morning;
pub mod nav;
pub mod not_found;
pub mod notices;
pub mod pain_chart;
pub mod pain_picker;
pub mod persist_note;
pub mod player_controls;
pub mod profile_form;
pub mod qr;
pub mod red_flags;
pub mod select_field;
pub mod session_start;
pub mod share_panel;
pub mod shared_view;
pub mod start_button;
pub mod step_view;
pub mod summary_view;
pub mod trouble;
pub mod update_prompt;
pub mod welcome;
