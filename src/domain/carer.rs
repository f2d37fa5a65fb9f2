//! What a carer (a partner, a grandparent) gets from the link she sends them: the
//! carers' lessons, a short bracing routine that anyone can do, and the rule that
//! nothing of it is ever kept as hers.
//!
//! A carer opens the link on their own phone, with no profile and no first-run
//! notice: they are not the mother, so nothing here asks about a birth, and the
//! routine starts after one "stop if" line for anyone instead of the postnatal
//! safety check. A carer's session is played in the normal player but never saved:
//! not while it runs, and not as a log once it ends (see `AppData::finish_session`
//! and the saved document's writer).

use super::catalog::Catalog;
use super::exercise::{Exercise, Kind};
use super::routine::{default_step, Routine, RoutineName};
use super::share::{decode, Shared};

/// The routine a carer plays, in order: the brace on its own, then bracing for a lift.
pub const ROUTINE: [&str; 2] = ["carer-bracing", "carer-lifting"];

/// The routine's fixed name (never shown: the player names the exercises, and a
/// carer's session is never logged).
const ROUTINE_NAME: &str = "Carers' bracing practice";

/// The carers' lessons, in library order.
pub fn lessons(catalog: &Catalog) -> Vec<&Exercise> {
    catalog
        .all()
        .iter()
        .filter(|e| e.kind == Kind::Carer)
        .collect()
}

/// The carers' short bracing routine, at the library's doses; `None` if this build's
/// library lacks one of its entries.
pub fn routine(catalog: &Catalog) -> Option<Routine> {
    let steps = ROUTINE
        .iter()
        .map(|id| catalog.find(id).map(default_step))
        .collect::<Option<Vec<_>>>()?;
    Some(Routine {
        name: RoutineName::fixed(ROUTINE_NAME),
        steps,
    })
}

/// Whether a carer may open this library entry without the mother's first-run notice:
/// the carers' own lessons, and what their routine plays.
pub fn open_to_carers(e: &Exercise) -> bool {
    e.kind == Kind::Carer || ROUTINE.contains(&e.id.as_str())
}

/// Whether a link's code (the part after `#/shared/`) is a carer's link.
pub fn is_carer_link(code: &str) -> bool {
    matches!(decode(code), Ok(Shared::Carer(_)))
}
