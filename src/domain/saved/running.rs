//! Her return-to-running checks on the wire (format 6): reading, writing, and turning
//! them into domain values, checked as if a stranger wrote them.

use super::wire::{WireRunAnswer, WireRunCheck};
use super::{corrupt, SavedError};
use crate::domain::json::{read_i64, read_string, read_u8, Error, Fields, Value, Writer};
use crate::domain::running::{Answer, RunCheck, Symptoms, Test, MAX_CHECKS};

const PAIN: u8 = 1;
const HEAVINESS: u8 = 2;
const LEAKING: u8 = 4;

pub(super) fn read_check(value: &Value) -> Result<WireRunCheck, Error> {
    let f = Fields::of(value)?;
    let wire = WireRunCheck {
        started_at_ms: f.req("started_at_ms", read_i64)?,
        answers: f.list_or_empty("answers", read_answer)?,
    };
    f.end()?;
    Ok(wire)
}

/// An answer: a strict array of five items.
fn read_answer(value: &Value) -> Result<WireRunAnswer, Error> {
    let Value::Array(items) = value else {
        return Err(Error::new("expected an array"));
    };
    let [test, at_ms, left, right, symptoms] = items.as_slice() else {
        return Err(Error::new("wrong number of items"));
    };
    let at = |i: usize| move |e: Error| e.in_item(i);
    Ok(WireRunAnswer {
        test: read_string(test).map_err(at(0))?,
        at_ms: read_i64(at_ms).map_err(at(1))?,
        done: [
            read_u8(left).map_err(at(2))?,
            read_u8(right).map_err(at(3))?,
        ],
        symptoms: read_u8(symptoms).map_err(at(4))?,
    })
}

pub(super) fn write_check(w: &mut Writer, c: &WireRunCheck) {
    w.begin_object();
    w.key("started_at_ms").i64(c.started_at_ms);
    w.key("answers").begin_array();
    for a in &c.answers {
        w.begin_array();
        w.str(&a.test);
        w.i64(a.at_ms);
        w.u64(a.done[0].into());
        w.u64(a.done[1].into());
        w.u64(a.symptoms.into());
        w.end_array();
    }
    w.end_array();
    w.end_object();
}

pub(super) fn check_to_wire(c: &RunCheck) -> WireRunCheck {
    WireRunCheck {
        started_at_ms: c.started_at_ms,
        answers: c
            .answers
            .iter()
            .map(|a| WireRunAnswer {
                test: a.test.key().to_owned(),
                at_ms: a.at_ms,
                done: a.done,
                symptoms: [
                    (a.symptoms.pain, PAIN),
                    (a.symptoms.heaviness, HEAVINESS),
                    (a.symptoms.leaking, LEAKING),
                ]
                .iter()
                .filter(|(on, _)| *on)
                .fold(0, |bits, (_, bit)| bits | bit),
            })
            .collect(),
    }
}

pub(super) fn checks_from_wire(wire: Vec<WireRunCheck>) -> Result<Vec<RunCheck>, SavedError> {
    if wire.len() > MAX_CHECKS {
        return Err(corrupt("too many running checks"));
    }
    wire.into_iter()
        .map(|c| {
            let answers = c
                .answers
                .into_iter()
                .map(answer_from_wire)
                .collect::<Result<Vec<_>, _>>()?;
            Ok(RunCheck {
                started_at_ms: c.started_at_ms,
                answers,
            })
        })
        .collect()
}

fn answer_from_wire(w: WireRunAnswer) -> Result<Answer, SavedError> {
    let test = Test::from_key(&w.test).ok_or_else(|| corrupt("unknown running test"))?;
    if w.symptoms & !(PAIN | HEAVINESS | LEAKING) != 0 {
        return Err(corrupt("unknown symptom in a running check"));
    }
    let answer = Answer::new(
        test,
        w.at_ms,
        w.done,
        Symptoms {
            pain: w.symptoms & PAIN != 0,
            heaviness: w.symptoms & HEAVINESS != 0,
            leaking: w.symptoms & LEAKING != 0,
        },
    );
    // A count out of its test's range was never written by the app.
    if answer.done != w.done {
        return Err(corrupt("a running test's count is out of range"));
    }
    Ok(answer)
}
