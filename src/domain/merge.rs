//! Joining two versions of her data without losing anything: a backup merged into
//! what this device holds (`import`), and two tabs that saved at the same time
//! (`three_way`).
//!
//! Lists are joined item by item: session logs by `started_at_ms` (their comfort
//! answers merged field by field, so an answer given on either side is kept), red-flag
//! events and "I've been checked" times by value, routines from a physiotherapist by
//! `imported_at_ms`, return-to-running checks by when they began (`join_checks`).
//! Everything else is taken whole from one side. Whether the plan is
//! paused is worked out again from the joined red flags, so a join never lifts a
//! pause a red flag called for. Pure: the caller re-settles the plan afterwards.

use super::comfort::Comfort;
use super::history::SessionLog;
use super::profile::Birth;
use super::running::join_checks;
use super::safety::SafetyState;
use super::saved::AppData;
use super::session::ActiveSession;

mod join;
mod report;

use join::{
    folded, fuller_week, join, latest_notice, log_key, merge_log, merge_safety, part, sorted_keys,
    tidy_imported, two_way_log, week_key,
};
pub use report::ImportReport;

/// Which side something was kept from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The data on this device.
    Current,
    /// The backup file.
    Incoming,
}

/// The latest moment recorded anywhere in `data`: a session (its end), a comfort
/// answer, a red flag or "I've been checked", the notice, the profile (when "weeks
/// ago" was said, when she was cleared), a kept routine, the running session.
/// Settings and drafts carry no time of their own.
pub fn latest_activity(data: &AppData) -> Option<i64> {
    let AppData {
        notice,
        cues: _,
        active,
        history,
        profile,
        plan: _, // settled from the rest, so no activity of its own
        safety,
        thresholds: _,
        target_min: _,
        imported,
        physio_draft: _,
        folded_weeks: _, // older than every session still logged
        run_checks,
    } = data;
    let sessions = history.iter().flat_map(|l| {
        let end = l.started_at_ms.saturating_add(l.active_ms.max(0));
        [Some(end), l.comfort.morning.map(|m| m.at_ms)]
    });
    let birth = profile.iter().flat_map(|p| {
        let said = match p.birth {
            Birth::WeeksAgo { recorded_at_ms, .. } => Some(recorded_at_ms),
            Birth::Date { .. } => None,
        };
        [said, p.cleared_at_ms]
    });
    let SafetyState {
        events,
        paused_since_ms,
        resumed_at_ms,
    } = safety;
    sessions
        .chain(birth)
        .flatten()
        .chain(events.iter().map(|e| e.at_ms))
        .chain(*paused_since_ms)
        .chain(resumed_at_ms.iter().copied())
        .chain(notice.map(|n| n.at_ms))
        .chain(imported.iter().map(|i| i.imported_at_ms))
        .chain(active.as_ref().map(|a| a.timing.last_ms))
        .chain(run_checks.iter().flat_map(|c| {
            std::iter::once(c.started_at_ms).chain(c.answers.iter().map(|a| a.at_ms))
        }))
        .max()
}

/// How recent a side is: its latest activity, then whether it holds anything set up
/// at all (a side with no times but changed settings beats an empty one).
fn recency(data: &AppData) -> (Option<i64>, bool) {
    let empty = AppData::default();
    let set_up = data.notice.is_some()
        || data.profile.is_some()
        || data.cues != empty.cues
        || data.thresholds != empty.thresholds
        || data.target_min != empty.target_min
        || data.plan != empty.plan
        || data.physio_draft.is_some();
    (latest_activity(data), set_up)
}

/// A backup (`incoming`) merged into her data on this device (`current`).
///
/// Sessions, red flags and kept routines are joined; the same session on both sides
/// keeps every comfort answer either gave. The profile with the plan, the settings
/// (cues, thresholds, routine length) and the physio's draft come whole from the
/// newer side (by `latest_activity`; on a tie, this device's), except that a profile or
/// draft only one side has is kept. The notice keeps the latest acknowledgment. A
/// session running here stays; one running in the file is taken only when none runs
/// here and this device has not logged it since.
pub fn import(current: &AppData, incoming: &AppData) -> (AppData, ImportReport) {
    let AppData {
        notice: c_notice,
        cues: c_cues,
        active: c_active,
        history: c_history,
        profile: c_profile,
        plan: c_plan,
        safety: c_safety,
        thresholds: c_thresholds,
        target_min: c_target_min,
        imported: c_imported,
        physio_draft: c_draft,
        folded_weeks: c_weeks,
        run_checks: c_runs,
    } = current;
    let AppData {
        notice: i_notice,
        cues: i_cues,
        active: i_active,
        history: i_history,
        profile: i_profile,
        plan: i_plan,
        safety: i_safety,
        thresholds: i_thresholds,
        target_min: i_target_min,
        imported: i_imported,
        physio_draft: i_draft,
        folded_weeks: i_weeks,
        run_checks: i_runs,
    } = incoming;

    let newer = if recency(incoming) > recency(current) {
        Side::Incoming
    } else {
        Side::Current
    };
    let profile_side = match (c_profile, i_profile) {
        (None, None) => None,
        (Some(_), None) => Some(Side::Current),
        (None, Some(_)) => Some(Side::Incoming),
        (Some(_), Some(_)) => Some(newer),
    };
    let (profile, plan) = match profile_side.unwrap_or(newer) {
        Side::Current => (c_profile, c_plan),
        Side::Incoming => (i_profile, i_plan),
    };
    let physio_draft = match pick(newer, c_draft, i_draft) {
        None => c_draft.as_ref().or(i_draft.as_ref()),
        chosen => chosen.as_ref(),
    };

    let history = if i_history.is_empty() || c_history == i_history {
        c_history.clone()
    } else if c_history.is_empty() {
        i_history.clone()
    } else {
        join(
            &[],
            c_history,
            i_history,
            log_key,
            two_way_log,
            |_, c, i| two_way_log(c, i),
        )
    };
    // Weeks folded on either side, one per Monday (the fuller one when both have it).
    let weeks = join(&[], c_weeks, i_weeks, week_key, fuller_week, |_, c, i| {
        fuller_week(c, i)
    });
    // The report counts what was joined, folded or not.
    let joined = history;
    let (history, folded_weeks) = folded(joined.clone(), weeks);
    let safety = merge_safety(&SafetyState::default(), c_safety, i_safety, true);
    let imported = if i_imported.is_empty() || c_imported == i_imported {
        c_imported.clone()
    } else if c_imported.is_empty() {
        i_imported.clone()
    } else {
        tidy_imported(join(
            &[],
            c_imported,
            i_imported,
            |r| r.imported_at_ms,
            |_, later| later.clone(),
            |_, c, i| pick(newer, c, i).clone(),
        ))
    };
    let active = match (c_active, i_active) {
        (Some(a), _) => Some(a.clone()),
        (None, Some(a)) if !logged(c_history, a) => Some(a.clone()),
        (None, _) => None,
    };

    let had = sorted_keys(
        c_history
            .iter()
            .enumerate()
            .map(|(i, l)| (l.started_at_ms, i))
            .collect(),
    );
    let had_at = |at: i64| -> Option<&Comfort> {
        let i = had.binary_search_by(|(k, _)| k.cmp(&at)).ok()?;
        c_history.get(had.get(i)?.1).map(|l| &l.comfort)
    };
    let report = ImportReport {
        newer,
        profile: profile_side,
        settings: newer,
        sessions_added: joined
            .iter()
            .filter(|l| had_at(l.started_at_ms).is_none())
            .count(),
        sessions_completed: joined
            .iter()
            .filter(|l| had_at(l.started_at_ms).is_some_and(|c| *c != l.comfort))
            .count(),
        red_flags_added: safety.events.len().saturating_sub(c_safety.events.len()),
        routines_added: imported
            .iter()
            .filter(|r| {
                !c_imported
                    .iter()
                    .any(|c| c.imported_at_ms == r.imported_at_ms)
            })
            .count(),
    };
    let data = AppData {
        notice: latest_notice(*c_notice, *i_notice),
        cues: *pick(newer, c_cues, i_cues),
        active,
        history,
        profile: profile.clone(),
        plan: plan.clone(),
        safety,
        thresholds: *pick(newer, c_thresholds, i_thresholds),
        target_min: *pick(newer, c_target_min, i_target_min),
        imported,
        physio_draft: physio_draft.cloned(),
        folded_weeks,
        run_checks: join_checks(c_runs, i_runs),
    };
    (data, report)
}

/// Two tabs: `base` is what this tab last read or wrote, `mine` its data now, and
/// `theirs` what another tab has stored since. Each part that only one side changed
/// takes that side's change; a part both changed takes this tab's (the latest
/// change). Lists are joined item by item the same way; an item one side deleted
/// stays deleted unless the other side changed it. `three_way(b, m, b) == m` and
/// `three_way(b, b, t) == t`.
pub fn three_way(base: &AppData, mine: &AppData, theirs: &AppData) -> AppData {
    let AppData {
        notice: b_notice,
        cues: b_cues,
        active: b_active,
        history: b_history,
        profile: b_profile,
        plan: b_plan,
        safety: b_safety,
        thresholds: b_thresholds,
        target_min: b_target_min,
        imported: b_imported,
        physio_draft: b_draft,
        folded_weeks: b_weeks,
        run_checks: b_runs,
    } = base;
    let AppData {
        notice: m_notice,
        cues: m_cues,
        active: m_active,
        history: m_history,
        profile: m_profile,
        plan: m_plan,
        safety: m_safety,
        thresholds: m_thresholds,
        target_min: m_target_min,
        imported: m_imported,
        physio_draft: m_draft,
        folded_weeks: m_weeks,
        run_checks: m_runs,
    } = mine;
    let AppData {
        notice: t_notice,
        cues: t_cues,
        active: t_active,
        history: t_history,
        profile: t_profile,
        plan: t_plan,
        safety: t_safety,
        thresholds: t_thresholds,
        target_min: t_target_min,
        imported: t_imported,
        physio_draft: t_draft,
        folded_weeks: t_weeks,
        run_checks: t_runs,
    } = theirs;

    let history = part(b_history, m_history, t_history, |m, t| {
        join(b_history, m, t, log_key, two_way_log, merge_log)
    });
    let weeks = part(b_weeks, m_weeks, t_weeks, |m, t| {
        join(b_weeks, m, t, week_key, fuller_week, |_, m, t| {
            fuller_week(m, t)
        })
    });
    let (history, folded_weeks) = folded(history, weeks);
    let imported = part(b_imported, m_imported, t_imported, |m, t| {
        tidy_imported(join(
            b_imported,
            m,
            t,
            |r| r.imported_at_ms,
            |_, later| later.clone(),
            |_, m, _| m.clone(),
        ))
    });
    // A session running here that the other tab has since finished and logged is over.
    let active = part(b_active, m_active, t_active, |m, _| match m {
        Some(a) if logged(t_history, a) && !logged(m_history, a) => None,
        _ => m.clone(),
    });
    AppData {
        notice: part(b_notice, m_notice, t_notice, |m, _| *m),
        cues: part(b_cues, m_cues, t_cues, |m, _| *m),
        active,
        history,
        profile: part(b_profile, m_profile, t_profile, |m, _| m.clone()),
        plan: part(b_plan, m_plan, t_plan, |m, _| m.clone()),
        safety: merge_safety(b_safety, m_safety, t_safety, false),
        thresholds: part(b_thresholds, m_thresholds, t_thresholds, |m, _| *m),
        target_min: part(b_target_min, m_target_min, t_target_min, |m, _| *m),
        imported,
        physio_draft: part(b_draft, m_draft, t_draft, |m, _| m.clone()),
        folded_weeks,
        run_checks: part(b_runs, m_runs, t_runs, |m, t| join_checks(m, t)),
    }
}

/// `current` when it is the newer side, else `incoming`.
fn pick<'a, T>(newer: Side, current: &'a T, incoming: &'a T) -> &'a T {
    match newer {
        Side::Current => current,
        Side::Incoming => incoming,
    }
}

/// Whether `history` has a log of the session `active` is running.
fn logged(history: &[SessionLog], active: &ActiveSession) -> bool {
    history
        .iter()
        .any(|l| l.started_at_ms == active.timing.started_at_ms)
}
