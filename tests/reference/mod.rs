//! Reference routines the host tests play: a gentle 14-minute one and a 5-minute one,
//! both suitable from the first days after either birth.
#![allow(dead_code)] // Each test file uses the routines it needs.

use backcare::domain::catalog::Catalog;
use backcare::domain::routine::{default_step, Routine, RoutineName};

fn routine(name: &'static str, ids: &[&str], short: bool) -> Routine {
    let catalog = Catalog::builtin();
    Routine {
        name: RoutineName::fixed(name),
        steps: ids
            .iter()
            .filter_map(|id| catalog.find(id))
            .map(|e| {
                let mut step = default_step(e);
                if short {
                    step.dose = step.dose.shortened();
                }
                step
            })
            .collect(),
    }
}

/// About 14 minutes: breathing, bracing, pelvic floor, tilts and knee rolls.
pub fn starter() -> Routine {
    routine(
        "Gentle starter routine",
        &[
            "breathing-belly",
            "brace-lying",
            "pelvic-floor-hold",
            "pelvic-tilt-lying",
            "knee-rolls",
        ],
        false,
    )
}

/// About 5 minutes, one set of each.
pub fn nap() -> Routine {
    routine(
        "5 minutes while the baby naps",
        &[
            "breathing-belly",
            "brace-lying",
            "pelvic-tilt-lying",
            "shoulder-blade-squeeze",
        ],
        true,
    )
}
