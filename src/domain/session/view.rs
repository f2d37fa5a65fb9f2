//! What the player shows at one instant: the current segment, the time left in it, the
//! rep and phrase of the work, and how far through the whole routine she is. Pure: it
//! reads the session at a caller-supplied time and changes nothing.

use super::{Session, Status, PHRASE_EVERY_MS};
use crate::domain::exercise::Work;
use crate::domain::routine::{Segment, SegmentKind};

/// A snapshot for display at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub status: Status,
    /// The current segment, if the session is running or paused.
    pub segment: Option<Segment>,
    pub index: usize,
    pub remaining_ms: i64,
    /// Active (unpaused) time since start.
    pub elapsed_ms: i64,
    /// For reps work: the current rep (1-based) and how many.
    pub rep: Option<(u8, u8)>,
    /// The exercise phrase for this moment of the work.
    pub phrase: Option<String>,
    /// How far through the whole routine, for the progress bar.
    pub progress: Progress,
}

/// How far through the routine she is, in planned time and in exercises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Planned length of the segments before the current one, plus the part of the
    /// current one behind her (its planned length less the time left, so added rest
    /// holds the bar back by the rest added). `0..=total_ms`.
    pub done_ms: i64,
    /// Planned length of the whole routine, never below 1.
    pub total_ms: i64,
    /// The current exercise, 0-based as in `Segment::step`; `steps` once finished.
    pub step: usize,
    /// How many exercises the routine has.
    pub steps: usize,
}

impl Progress {
    /// Whole percent done, `0..=100`.
    pub fn percent(&self) -> i64 {
        (self.done_ms * 100 / self.total_ms.max(1)).clamp(0, 100)
    }
}

impl Session {
    /// What to show at `now_ms`, without changing the session. (Call `apply(Tick)` to
    /// move it; the view of an un-ticked session still shows the right remaining time.)
    pub fn view(&self, now_ms: i64) -> View {
        let status = self.timing.status;
        let segment = match status {
            Status::Running | Status::Paused => self.segment(self.timing.index),
            _ => None,
        };
        let at = self
            .timing
            .paused_at_ms
            .unwrap_or(now_ms.max(self.timing.last_ms));
        let into = (at - self.timing.segment_start_ms).max(0);
        let remaining_ms = segment
            .map(|s| (s.duration_ms + self.timing.extra_ms - into).max(0))
            .unwrap_or(0);
        let (rep, phrase) = match segment {
            Some(
                seg @ Segment {
                    kind: SegmentKind::Work { .. },
                    ..
                },
            ) => (self.rep_at(seg, into), self.phrase_at(seg, into)),
            _ => (None, None),
        };
        View {
            status,
            segment,
            index: self.timing.index,
            remaining_ms,
            elapsed_ms: self.elapsed_ms(now_ms),
            rep,
            phrase,
            progress: self.progress_at(segment, remaining_ms),
        }
    }

    /// How far through the routine she is at `now_ms` (the view's `progress`).
    pub fn progress(&self, now_ms: i64) -> Progress {
        self.view(now_ms).progress
    }

    /// Progress with the current segment (if shown) and its time left.
    fn progress_at(&self, segment: Option<Segment>, remaining_ms: i64) -> Progress {
        let segments = &self.plan.segments;
        let index = self.timing.index.min(segments.len());
        let before: i64 = segments[..index].iter().map(|s| s.duration_ms).sum();
        let into = segment
            .map(|s| (s.duration_ms - remaining_ms).max(0))
            .unwrap_or(0);
        let total_ms = self.plan.total_ms().max(1);
        let steps = self.plan.steps.len();
        Progress {
            done_ms: (before + into).clamp(0, total_ms),
            total_ms,
            step: segments.get(index).map_or(steps, |s| s.step),
            steps,
        }
    }

    fn rep_at(&self, seg: Segment, into_ms: i64) -> Option<(u8, u8)> {
        match self.plan.steps.get(seg.step)?.dose.work {
            Work::Reps { reps, rep_s, .. } => {
                let rep_ms = i64::from(rep_s.max(1)) * 1000;
                let current = (into_ms / rep_ms).min(i64::from(reps) - 1) + 1;
                Some((u8::try_from(current).unwrap_or(reps), reps))
            }
            Work::Timed { .. } => None,
        }
    }

    pub(super) fn phrase_at(&self, seg: Segment, into_ms: i64) -> Option<String> {
        let cues = &self.plan.steps.get(seg.step)?.exercise.cues;
        if cues.is_empty() {
            return None;
        }
        let i = usize::try_from(into_ms / PHRASE_EVERY_MS).unwrap_or(0) % cues.len();
        Some(cues[i].clone())
    }
}
