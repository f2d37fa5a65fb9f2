//! Reusable pieces of the UI. Each reads the app context itself or takes props; none
//! touches storage or the clock directly except through `web`.
pub mod art;
pub mod first_run;
pub mod nav;
pub mod notices;
pub mod step_view;
