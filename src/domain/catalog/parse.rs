//! The exercise file format: the TOML wire types and every rule an entry must meet
//! to become an `Exercise`.

use serde::Deserialize;

use super::{CatalogError, Source};
use crate::domain::exercise::{Dose, Exercise, ExerciseId, Kind, Region, Sides, Stage, Work};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireExercise {
    id: String,
    name: String,
    kind: String,
    helps: Vec<String>,
    position: String,
    #[serde(default)]
    equipment: Vec<String>,
    summary: String,
    instructions: Vec<String>,
    cues: Vec<String>,
    mistakes: Vec<String>,
    stop_if: Vec<String>,
    #[serde(default = "default_sides")]
    sides: String,
    /// Counts toward the weekly minutes of moderate activity (walks always do).
    #[serde(default)]
    aerobic: bool,
    easier: Option<String>,
    harder: Option<String>,
    source: String,
    stage: WireStage,
    dose: WireDose,
}

fn default_sides() -> String {
    "both".to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireStage {
    vaginal_weeks: u8,
    caesarean_weeks: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireDose {
    sets: u8,
    #[serde(default)]
    rest_s: u16,
    seconds: Option<u16>,
    reps: Option<u8>,
    rep_s: Option<u8>,
    #[serde(default)]
    hold_s: u8,
}

fn field_err(id: &str, field: &'static str, why: impl Into<String>) -> CatalogError {
    CatalogError::Field {
        id: id.to_owned(),
        field,
        why: why.into(),
    }
}

fn text(id: &str, field: &'static str, value: String, max: usize) -> Result<String, CatalogError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(field_err(id, field, "empty"));
    }
    if trimmed.chars().count() > max {
        return Err(field_err(
            id,
            field,
            format!("longer than {max} characters"),
        ));
    }
    Ok(trimmed.to_owned())
}

fn list(
    id: &str,
    field: &'static str,
    values: Vec<String>,
    min: usize,
    max_each: usize,
) -> Result<Vec<String>, CatalogError> {
    if values.len() < min {
        return Err(field_err(id, field, format!("needs at least {min}")));
    }
    values
        .into_iter()
        .map(|v| text(id, field, v, max_each))
        .collect()
}

fn link(
    id: &str,
    field: &'static str,
    raw: Option<String>,
) -> Result<Option<ExerciseId>, CatalogError> {
    raw.map(|r| {
        ExerciseId::new(&r).ok_or_else(|| field_err(id, field, format!("{r:?} is not an id")))
    })
    .transpose()
}

fn parse_dose(id: &str, wire: WireDose) -> Result<Dose, CatalogError> {
    let work = match (wire.seconds, wire.reps, wire.rep_s) {
        (Some(seconds), None, None) if wire.hold_s == 0 => Work::Timed { seconds },
        (None, Some(reps), Some(rep_s)) => Work::Reps {
            reps,
            rep_s,
            hold_s: wire.hold_s,
        },
        _ => {
            return Err(field_err(
                id,
                "dose",
                "give either `seconds`, or `reps` with `rep_s` (and optional `hold_s`)",
            ))
        }
    };
    let dose = Dose {
        sets: wire.sets,
        work,
        rest_s: wire.rest_s,
    };
    dose.check().map_err(|why| field_err(id, "dose", why))?;
    Ok(dose)
}

/// True when SVG markup scripts, links out, or carries an event handler.
fn svg_is_active(svg: &str) -> bool {
    let lower = svg.to_ascii_lowercase();
    let handler = lower.match_indices(" on").any(|(at, _)| {
        let rest = &lower[at + 3..];
        let name_len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        name_len > 0 && rest[name_len..].trim_start().starts_with('=')
    });
    handler || lower.contains("<script") || lower.contains("href") || lower.contains("javascript:")
}

pub(super) fn parse_entry(source: &Source) -> Result<Exercise, CatalogError> {
    let sid = source.id;
    let wire: WireExercise = toml::from_str(source.toml).map_err(|e| CatalogError::Parse {
        id: sid.to_owned(),
        message: e.to_string(),
    })?;
    if wire.id != sid {
        return Err(CatalogError::IdMismatch {
            id: sid.to_owned(),
            found: wire.id,
        });
    }
    let id = ExerciseId::new(sid).ok_or_else(|| field_err(sid, "id", "not of the stable form"))?;
    let kind = Kind::from_key(&wire.kind)
        .ok_or_else(|| field_err(sid, "kind", format!("unknown kind {:?}", wire.kind)))?;
    let helps = wire
        .helps
        .iter()
        .map(|h| {
            Region::from_key(h)
                .ok_or_else(|| field_err(sid, "helps", format!("unknown region {h:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if helps.is_empty() {
        return Err(field_err(sid, "helps", "needs at least one region"));
    }
    let sides = match wire.sides.as_str() {
        "both" => Sides::Both,
        "each-side" => Sides::EachSide,
        other => return Err(field_err(sid, "sides", format!("unknown {other:?}"))),
    };
    let stage = Stage {
        vaginal_weeks: wire.stage.vaginal_weeks,
        caesarean_weeks: wire.stage.caesarean_weeks,
    };
    if stage.caesarean_weeks < stage.vaginal_weeks || stage.caesarean_weeks > 52 {
        return Err(field_err(
            sid,
            "stage",
            "caesarean_weeks must be at least vaginal_weeks and at most 52",
        ));
    }
    let svg = source.svg.trim();
    if !(svg.starts_with("<svg") && svg.ends_with("</svg>") && svg.contains("viewBox")) {
        return Err(field_err(
            sid,
            "illustration",
            "not a single <svg> element with a viewBox",
        ));
    }
    if svg_is_active(svg) {
        return Err(field_err(
            sid,
            "illustration",
            "must not script or link out",
        ));
    }
    let easier = link(sid, "easier", wire.easier)?;
    let harder = link(sid, "harder", wire.harder)?;
    if easier.as_ref() == Some(&id) || harder.as_ref() == Some(&id) {
        return Err(CatalogError::Cycle { id: sid.to_owned() });
    }
    Ok(Exercise {
        name: text(sid, "name", wire.name, 48)?,
        kind,
        helps,
        position: text(sid, "position", wire.position, 160)?,
        equipment: list(sid, "equipment", wire.equipment, 0, 60)?,
        summary: text(sid, "summary", wire.summary, 200)?,
        instructions: list(sid, "instructions", wire.instructions, 3, 300)?,
        cues: list(sid, "cues", wire.cues, 2, 80)?,
        mistakes: list(sid, "mistakes", wire.mistakes, 1, 240)?,
        stop_if: list(sid, "stop_if", wire.stop_if, 1, 240)?,
        stage,
        dose: parse_dose(sid, wire.dose)?,
        sides,
        aerobic: wire.aerobic,
        easier,
        harder,
        source: text(sid, "source", wire.source, 300)?,
        illustration: source.svg,
        id,
    })
}
