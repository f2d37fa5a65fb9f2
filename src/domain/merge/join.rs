//! The joining rules: the three-way rule for one part, lists joined item by item, and
//! what a session log, its comfort answers, the safety record and the kept routines
//! need beyond that.

use std::collections::BTreeSet;

use crate::domain::comfort::Comfort;
use crate::domain::history::SessionLog;
use crate::domain::history::{fold, WeekSummary, MAX_LOGS};
use crate::domain::imported::ImportedRoutine;
use crate::domain::safety::{Moment, RedFlag, SafetyEvent, SafetyState, Tier};
use crate::domain::saved::NoticeAck;

/// The three-way rule for one part: unchanged here, theirs; unchanged there, mine;
/// changed on both sides, `both` decides.
pub(super) fn part<T: Clone + PartialEq>(
    base: &T,
    mine: &T,
    theirs: &T,
    both: impl FnOnce(&T, &T) -> T,
) -> T {
    if mine == base || mine == theirs {
        theirs.clone()
    } else if theirs == base {
        mine.clone()
    } else {
        both(mine, theirs)
    }
}

/// Joins two lists item by item, by `key`, in key order. An item only one side has
/// is kept, unless it was in `base` and that side left it unchanged (the other side
/// deleted it); an item both have and that differs is `both(base's, mine, theirs)`.
/// Two items of one list with the same key become one, by `fold(earlier, later)`.
pub(super) fn join<T: Clone + PartialEq, K: Ord + Clone>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    fold: impl Fn(&T, &T) -> T,
    both: impl Fn(Option<&T>, &T, &T) -> T,
) -> Vec<T> {
    // Sorted vectors rather than maps, sorted through `sorted_keys` (one sort per key
    // type): the lists are short, and a map or a sort per item type costs the download
    // far more than it saves here.
    let index = |list: &[T]| -> Vec<(K, T)> {
        let keys = sorted_keys(list.iter().enumerate().map(|(i, t)| (key(t), i)).collect());
        let mut out: Vec<(K, T)> = Vec::with_capacity(keys.len());
        for (k, i) in keys {
            let t = &list[i];
            match out.last_mut() {
                Some((last, earlier)) if *last == k => *earlier = fold(earlier, t),
                _ => out.push((k, t.clone())),
            }
        }
        out
    };
    let find = |list: &[(K, T)], k: &K| -> Option<usize> {
        list.binary_search_by(|(other, _)| other.cmp(k)).ok()
    };
    let (base, mine, theirs) = (index(base), index(mine), index(theirs));
    let mut taken = vec![false; mine.len()];
    let mut out: Vec<(K, T)> = Vec::with_capacity(mine.len().max(theirs.len()));
    for (k, t) in theirs {
        let b = find(&base, &k).map(|i| &base[i].1);
        let m = find(&mine, &k).map(|i| {
            taken[i] = true;
            &mine[i].1
        });
        let item = match m {
            Some(m) if *m == t || b == Some(&t) => Some(m.clone()),
            Some(m) if b == Some(m) => Some(t),
            Some(m) => Some(both(b, m, &t)),
            // Deleted here: gone, unless the other side changed it.
            None => (b != Some(&t)).then_some(t),
        };
        if let Some(item) = item {
            out.push((k, item));
        }
    }
    for ((k, m), taken) in mine.into_iter().zip(taken) {
        // Deleted there: gone, unless this side changed it.
        if !taken && find(&base, &k).map(|i| &base[i].1) != Some(&m) {
            out.push((k, m));
        }
    }
    let order = sorted_keys(
        out.iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), i))
            .collect(),
    );
    let mut slots: Vec<Option<T>> = out.into_iter().map(|(_, t)| Some(t)).collect();
    order
        .into_iter()
        .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// Keys with their positions, in key order (position order among equal keys).
pub(super) fn sorted_keys<K: Ord>(mut keys: Vec<(K, usize)>) -> Vec<(K, usize)> {
    keys.sort_unstable();
    keys
}

pub(super) fn log_key(log: &SessionLog) -> i64 {
    log.started_at_ms
}

/// How many answers a log's comfort report holds.
pub(super) fn answers(c: &Comfort) -> usize {
    usize::from(c.before.is_some())
        + usize::from(c.after.is_some())
        + usize::from(c.morning.is_some() || c.morning_skipped)
}

/// The same session from two sides with no common ancestor: the one with more answers
/// (on a tie, `a`), with any answer only the other gave added.
pub(super) fn two_way_log(a: &SessionLog, b: &SessionLog) -> SessionLog {
    if answers(&b.comfort) > answers(&a.comfort) {
        merge_log(None, b, a)
    } else {
        merge_log(None, a, b)
    }
}

/// The same session changed on two sides since `base`: its comfort answers merged
/// field by field; the rest (written once, when it was logged) from whichever side
/// changed it, else `mine`.
pub(super) fn merge_log(
    base: Option<&SessionLog>,
    mine: &SessionLog,
    theirs: &SessionLog,
) -> SessionLog {
    let none = Comfort::default();
    let comfort = merge_comfort(
        base.map_or(&none, |b| &b.comfort),
        &mine.comfort,
        &theirs.comfort,
    );
    let same_apart_from_comfort = |a: &SessionLog, b: &SessionLog| {
        SessionLog {
            comfort: b.comfort.clone(),
            ..a.clone()
        } == *b
    };
    let rest = match base {
        Some(b) if same_apart_from_comfort(mine, b) => theirs,
        _ => mine,
    };
    SessionLog {
        comfort,
        ..rest.clone()
    }
}

/// Comfort answers merged field by field: a field only one side changed takes that
/// change; a field both changed keeps an answer over none (and a next-morning answer
/// over "skipped"), else `mine`.
pub(super) fn merge_comfort(base: &Comfort, mine: &Comfort, theirs: &Comfort) -> Comfort {
    let Comfort {
        before,
        after,
        morning,
        morning_skipped,
    } = mine;
    let before = part(&base.before, before, &theirs.before, |m, t| m.or(*t));
    let after = part(&base.after, after, &theirs.after, |m, t| {
        m.clone().or_else(|| t.clone())
    });
    // The morning answer and "skipped" are one answer, set together.
    let (morning, morning_skipped) = part(
        &(base.morning, base.morning_skipped),
        &(*morning, *morning_skipped),
        &(theirs.morning, theirs.morning_skipped),
        |m, t| match (m, t) {
            ((None, _), (Some(_), _)) | ((None, false), (None, true)) => *t,
            _ => *m,
        },
    );
    Comfort {
        before,
        after,
        morning,
        morning_skipped,
    }
}

/// Red flags and "I've been checked" joined (one side's deletion, by erasing
/// everything, stands only where the other side added nothing); the pause is then
/// worked out again: the plan is paused since the earliest red flag (or pause) after
/// the latest "I've been checked", so joining never lifts a pause a red flag called
/// for. `both_pauses`: also count each side's own pause (a backup), not only the
/// three-way result.
pub(super) fn merge_safety(
    base: &SafetyState,
    mine: &SafetyState,
    theirs: &SafetyState,
    both_pauses: bool,
) -> SafetyState {
    if mine == base || mine == theirs {
        return theirs.clone();
    }
    if theirs == base {
        return mine.clone();
    }
    let SafetyState {
        events,
        paused_since_ms,
        resumed_at_ms,
    } = mine;
    let first = |a: &SafetyEvent, _: &SafetyEvent| a.clone();
    let events = join(
        &base.events,
        events,
        &theirs.events,
        event_key,
        first,
        |_, m, _| m.clone(),
    );
    let resumed_at_ms = join(
        &base.resumed_at_ms,
        resumed_at_ms,
        &theirs.resumed_at_ms,
        |t| *t,
        |a, _| *a,
        |_, m, _| *m,
    );
    let paused = part(
        &base.paused_since_ms,
        paused_since_ms,
        &theirs.paused_since_ms,
        |m, _| *m,
    );
    let marks = if both_pauses {
        [paused, *paused_since_ms, theirs.paused_since_ms]
    } else {
        [paused, None, None]
    };
    let last_checked = resumed_at_ms.iter().max().copied();
    let paused_since_ms = events
        .iter()
        .map(|e| e.at_ms)
        .chain(marks.into_iter().flatten())
        .filter(|&t| last_checked.is_none_or(|r| t > r))
        .min();
    SafetyState {
        events,
        paused_since_ms,
        resumed_at_ms,
    }
}

/// Everything about an event, as a sortable key (earliest first): two events are the
/// same event only if they agree in everything.
pub(super) fn event_key(e: &SafetyEvent) -> (i64, Tier, Vec<RedFlag>, bool) {
    let SafetyEvent {
        at_ms,
        tier,
        flags,
        moment,
    } = e;
    (
        *at_ms,
        *tier,
        flags.clone(),
        *moment == Moment::DuringSession,
    )
}

/// Kept routines after a join, in the order kept: as `AppData::import` keeps them,
/// one per source (name and clinician; the latest kept) and at most one as her plan
/// (the latest chosen).
pub(super) fn tidy_imported(joined: Vec<ImportedRoutine>) -> Vec<ImportedRoutine> {
    let mut sources = BTreeSet::new();
    let mut plan_seen = false;
    let mut out: Vec<ImportedRoutine> = joined
        .into_iter()
        .rev()
        .filter(|r| {
            sources.insert((
                r.routine.name.as_str().to_owned(),
                r.routine.clinician.as_str().to_owned(),
            ))
        })
        .collect();
    for r in &mut out {
        if r.as_plan {
            r.as_plan = !plan_seen;
            plan_seen = true;
        }
    }
    out.reverse();
    out
}

/// The later acknowledgment of the notice (a newer text, or the same later).
pub(super) fn latest_notice(a: Option<NoticeAck>, b: Option<NoticeAck>) -> Option<NoticeAck> {
    match (a, b) {
        (Some(a), Some(b)) if (b.version, b.at_ms) > (a.version, a.at_ms) => Some(b),
        (a, b) => a.or(b),
    }
}

/// At most `MAX_LOGS` logs, as `AppData::finish_session` keeps them: past that, the
/// oldest whole weeks are folded into weekly totals (`history::fold`), never dropped.
pub(super) fn folded(
    mut history: Vec<SessionLog>,
    mut weeks: Vec<WeekSummary>,
) -> (Vec<SessionLog>, Vec<WeekSummary>) {
    fold(&mut history, &mut weeks, MAX_LOGS);
    (history, weeks)
}

pub(super) fn week_key(w: &WeekSummary) -> i64 {
    w.monday
}

/// The same week folded on two sides: the one that counts more sessions.
pub(super) fn fuller_week(a: &WeekSummary, b: &WeekSummary) -> WeekSummary {
    if b.sessions > a.sessions {
        *b
    } else {
        *a
    }
}
