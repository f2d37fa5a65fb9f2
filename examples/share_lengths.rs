//! Prints the length of share links for three reference routines (and summaries), so
//! `make bench` shows when the format or the QR code gets heavier.
//!
//! Run: `cargo run --example share_lengths`. One line per value: name, characters.

#[allow(dead_code)] // The tests use more of the reference module than this does.
#[path = "../tests/fixtures/share/reference.rs"]
mod reference;

use backcare::domain::share::{encode, ProgressSummary, Shared};

fn main() {
    let values = [
        (
            "routine, 4 exercises, no notes",
            Shared::Routine(reference::small_routine()),
        ),
        (
            "routine, 8 exercises, short notes, names",
            Shared::Routine(reference::typical_routine()),
        ),
        (
            "routine, 20 exercises, long notes",
            Shared::Routine(reference::large_routine()),
        ),
        (
            "progress summary, 2 weeks",
            Shared::Summary(reference::summary()),
        ),
        (
            "progress summary, 4 weeks, 10-item plan",
            Shared::Summary(reference::four_week_summary()),
        ),
        (
            "progress summary, 4 weeks, same without its plan",
            Shared::Summary(ProgressSummary {
                plan: None,
                ..reference::four_week_summary()
            }),
        ),
    ];
    println!("share link lengths (characters):");
    for (label, value) in values {
        println!("  {label}: {}", encode(&value).len());
    }
}
