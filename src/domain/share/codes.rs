//! The stable one-byte codes that stand for exercise ids in share links.
//!
//! Owns the table and the look-ups both ways. A host test checks that every catalogue
//! id has exactly one code and that no code is used twice.

use crate::domain::exercise::ExerciseId;

/// Exercise id for each share code, `(code, id)`.
///
/// APPEND-ONLY, FOREVER. Links already sent (printed, in messages, saved in her
/// browser) name exercises by these codes. Never change, reuse or remove a row: a new
/// exercise gets the next unused code at the end; a retired exercise keeps its row.
/// Code 0 is never assigned.
pub const CODES: &[(u8, &str)] = &[
    (1, "walk-5"),
    (2, "walk-10"),
    (3, "walk-20"),
    (4, "walk-30"),
    (5, "breathing-belly"),
    (6, "breathing-relax"),
    (7, "brace-lying"),
    (8, "brace-sitting"),
    (9, "brace-standing"),
    (10, "brace-lifting"),
    (11, "pelvic-floor-quick"),
    (12, "pelvic-floor-hold"),
    (13, "pelvic-tilt-lying"),
    (14, "pelvic-tilt-wall"),
    (15, "pelvic-tilt-hands-knees"),
    (16, "knee-rolls"),
    (17, "knee-to-chest"),
    (18, "hamstring-stretch"),
    (19, "hip-flexor-stretch"),
    (20, "cat-cow"),
    (21, "childs-pose"),
    (22, "chest-opener"),
    (23, "chin-tuck"),
    (24, "shoulder-blade-squeeze"),
    (25, "heel-slides"),
    (26, "glute-bridge"),
    (27, "side-lying-clam"),
    (28, "bird-dog"),
    (29, "sit-to-stand"),
    (30, "lesson-lifting-baby"),
    (31, "lesson-car-seat-buggy"),
    (32, "lesson-feeding-posture"),
    (33, "lesson-changing-height"),
    (34, "lesson-sitting-support"),
    (35, "heat-cold"),
    (36, "lesson-caesarean-recovery"),
    (37, "lesson-epidural-site"),
    (38, "tummy-stretch"),
    (39, "lesson-carrying-baby"),
    (40, "lesson-standing-posture"),
    (41, "lesson-wound-support"),
    (42, "partner-massage"),
    (43, "carer-bracing"),
    (44, "carer-lifting"),
    (45, "carer-car-seat-buggy"),
    (46, "carer-bathing"),
    (47, "carer-carrying"),
    (48, "run-test-walk"),
    (49, "run-test-balance"),
    (50, "run-test-squat"),
    (51, "run-test-jog"),
    (52, "run-test-bounds"),
    (53, "run-test-hop"),
    (54, "run-test-running-man"),
    (55, "run-test-calf-raise"),
    (56, "run-test-bridge"),
    (57, "run-test-sit-to-stand"),
    (58, "run-test-leg-lift"),
    (59, "walk-run-1"),
    (60, "walk-run-2"),
    (61, "walk-run-3"),
];

/// The code of an exercise id, if it has one.
pub(super) fn code_of(id: &ExerciseId) -> Option<u8> {
    CODES
        .iter()
        .find(|(_, raw)| *raw == id.as_str())
        .map(|(code, _)| *code)
}

/// The exercise id of a code, if the code is assigned.
pub(super) fn id_of(code: u8) -> Option<ExerciseId> {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .and_then(|(_, raw)| ExerciseId::new(raw))
}
