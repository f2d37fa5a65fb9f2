//! What time alone does to her plan while it is replayed: steps back after time away,
//! and items moved or opened as her stage after the birth changes (and the walk-run
//! chain, as her return-to-running checks open and close it). Part of `settle`'s
//! replay (`Replay`), beside the sessions and red flags it handles itself.

use super::*;

impl Replay<'_> {
    /// Time away, then her stage, as they stand at `t`.
    pub(super) fn advance_to(&mut self, t: i64) {
        self.time_away(t);
        self.restage(t);
    }

    /// After `away_days` without any session every item she has done steps back once,
    /// after `away_days_two` once more; each step taken once per gap, at the moment it
    /// fell due, and its streak starts again. A physiotherapist's routine counts the gap
    /// only from when she kept it (`Track::away_since`).
    fn time_away(&mut self, t: i64) {
        let Some(last) = self.last_session else {
            return;
        };
        for ti in 0..self.tracks.len() {
            let th = self.tracks[ti].th;
            let since = self.tracks[ti].away_since(last);
            let due = [th.away_days, th.away_days_two]
                .iter()
                .filter(|d| t - since >= i64::from(**d) * DAY_MS)
                .count();
            let due = u8::try_from(due).unwrap_or(0);
            for step in self.tracks[ti].away_steps..due {
                let days = if step == 0 {
                    th.away_days
                } else {
                    th.away_days_two
                };
                let at = since + i64::from(days) * DAY_MS;
                let stage = self.stage_at(at);
                let dose_only = self.tracks[ti].routine.is_some();
                let key = self.tracks[ti].key();
                let mut moved = Vec::new();
                // Only what she has been doing eases off; an item she never did is
                // still where it was placed.
                let b = Bounds {
                    catalog: self.catalog,
                    stage: &stage,
                    th: &th,
                    dose_only,
                };
                for item in self.tracks[ti]
                    .items
                    .iter_mut()
                    .filter(|i| i.last_done_ms.is_some())
                {
                    let from = item.position();
                    let m = move_by(&from, Call::Down(Reason::Away { days }), &b);
                    shift(item, &m.0, 0);
                    // Already as gentle as it goes: nothing to say about time away.
                    if m.1 != Verdict::Hold {
                        moved.push((from, m));
                    }
                }
                for (from, m) in moved {
                    self.record(at, key, from, m);
                }
            }
            let track = &mut self.tracks[ti];
            track.away_steps = track.away_steps.max(due);
        }
    }

    /// Her own plan as her stage stands at `t`: an item whose variant no longer suits
    /// her goes back to the easiest member of its chain that does (or waits, when none
    /// does); a chain that now has a member suiting her joins at her starting level.
    pub(super) fn restage(&mut self, t: i64) {
        let stage = self.stage_at(t);
        let th = self.tracks[0].th;
        let catalog = self.catalog;
        let mut changes = Vec::new();
        let mut kept = Vec::new();
        for item in std::mem::take(&mut self.tracks[0].items) {
            let Some(e) = catalog.get(&item.exercise) else {
                continue;
            };
            // A later check she did not pass closes the walk-run plan again.
            if e.kind == Kind::Run && !self.run_open {
                continue;
            }
            if suits(e, &stage, &th) {
                kept.push(PlanItem {
                    dose_step: normal_step(e, item.dose_step),
                    ..item
                });
                continue;
            }
            let from = item.position();
            if let Some(m) = catalog
                .chain(&item.exercise)
                .into_iter()
                .find(|m| suits(m, &stage, &th))
            {
                let to = Position {
                    exercise: m.id.clone(),
                    dose_step: 0,
                };
                changes.push((
                    from,
                    (to.clone(), Verdict::StepBack, Reason::NotForStageYet),
                ));
                kept.push(PlanItem {
                    exercise: to.exercise,
                    dose_step: 0,
                    ..item
                });
            }
        }
        let (level, dose_step) = starting_level(&self.factors(t, &stage));
        let run_root = self.run_open.then_some(WALK_RUN_ROOT);
        for root in plan_roots(self.profile).into_iter().chain(run_root) {
            let Some(first) = catalog.find(root) else {
                continue;
            };
            let chain: Vec<ExerciseId> = catalog
                .chain(&first.id)
                .into_iter()
                .map(|m| m.id.clone())
                .collect();
            if kept.iter().any(|i| chain.contains(&i.exercise)) {
                continue;
            }
            // Running always starts from the first walk-run, at its own dose.
            let (level, dose_step) = if Some(root) == run_root {
                (0, 0)
            } else {
                (level, dose_step)
            };
            if let Some(at) = place_root(catalog, root, level, dose_step, &stage, &th) {
                changes.push((
                    at.clone(),
                    (at.clone(), Verdict::Start, Reason::Placed { level }),
                ));
                kept.push(PlanItem::new(at.exercise, at.dose_step));
            }
        }
        self.tracks[0].items = kept;
        for (from, m) in changes {
            self.record(t, None, from, m);
        }
    }
}
