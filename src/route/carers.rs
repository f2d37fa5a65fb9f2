//! Which routes a carer may see without the first-run notice. The notice is written
//! for the mother (what the app is for her, check with her midwife); a partner or
//! grandparent opening her carer link on their own phone gets the carers' page, the
//! carers' lessons and their practice instead, and nothing they do is saved while the
//! notice is unacknowledged (`App` writes nothing until then).

use crate::domain::carer::{is_carer_link, open_to_carers};
use crate::domain::catalog::Catalog;
use crate::domain::start::Start;
use crate::state::AppState;

use super::Route;

/// This tab arrived by a carer's link (its code is kept in memory once the address
/// bar is cleared).
pub fn carer_tab(state: &AppState) -> bool {
    state
        .incoming
        .as_ref()
        .is_some_and(|code| is_carer_link(code))
}

impl Route {
    /// Whether a carer may see this route before (or without) the first-run notice.
    pub fn open_to_carers(&self, state: &AppState) -> bool {
        match self {
            Route::Shared { code } => is_carer_link(code),
            Route::SharedEmpty => carer_tab(state),
            Route::Exercise { id } => Catalog::builtin().find(id).is_some_and(open_to_carers),
            Route::Check {
                start: Start::Carer,
            } => true,
            Route::Player => {
                carer_tab(state) || state.data.active.as_ref().is_some_and(|a| a.is_carers())
            }
            _ => false,
        }
    }
}
