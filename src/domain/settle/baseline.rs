//! Her baseline for judging a next morning: the pain before the session, else her
//! latest resting pain (earlier morning answers by time, or her usual pain).

use crate::domain::history::SessionLog;
use crate::domain::profile::Profile;

/// What the replay knows about her rest pain: next-morning answers by time.
pub(super) struct Mornings {
    /// (answered at, pain), sorted by time.
    points: Vec<(i64, u8)>,
    usual: Option<u8>,
}

impl Mornings {
    pub(super) fn of(logs: &[SessionLog], profile: &Profile) -> Self {
        let mut points: Vec<(i64, u8)> = logs
            .iter()
            .filter_map(|l| l.comfort.morning.map(|m| (m.at_ms, m.pain.value())))
            .collect();
        points.sort_unstable();
        Mornings {
            points,
            usual: profile.usual_pain.map(|p| p.value()),
        }
    }

    /// Her most recent known resting pain before `t`: the latest morning answer, else
    /// her usual pain.
    pub(super) fn before(&self, t: i64) -> Option<u8> {
        let i = self.points.partition_point(|(at, _)| *at < t);
        i.checked_sub(1)
            .and_then(|i| self.points.get(i))
            .map(|(_, p)| *p)
            .or(self.usual)
    }

    /// The baseline for judging a session's next morning: the pain before it when she
    /// gave it, else her most recent resting pain.
    pub(super) fn baseline(&self, log: &SessionLog) -> Option<u8> {
        log.comfort
            .before
            .map(|p| p.value())
            .or_else(|| self.before(log.started_at_ms))
    }
}
