//! What the build date decides: which milestones are overdue, how much of
//! a measure's period has passed and which measures are behind it, and
//! which committee sessions are still ahead. Computed once here, so the
//! pages, the calendar and the open data agree.

use crate::base::date::Date;
use crate::base::vocab::Status;
use crate::model::progress::MilestoneState;
use crate::model::{Measure, Report};

/// A milestone past its due date and not done, of a measure that goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overdue {
    pub measure: usize,
    /// Its place in the measure's `milestones`.
    pub milestone: usize,
    pub due: Date,
}

/// What the build date decides for the whole portal.
pub struct Dates {
    pub overdue: Vec<Overdue>,
    pub behind: Vec<Behind>,
    pub stalled: Vec<usize>,
    pub upcoming_sessions: Vec<Upcoming>,
}

impl Dates {
    pub fn of(measures: &[Measure], reports: &[Report], today: Date) -> Dates {
        Dates {
            overdue: overdue(measures),
            behind: behind_schedule(measures),
            stalled: stalled(measures),
            upcoming_sessions: upcoming_sessions(reports, today),
        }
    }
}

/// Overdue milestones of measures not cancelled, earliest first, then by
/// measure title.
pub fn overdue(measures: &[Measure]) -> Vec<Overdue> {
    let mut out: Vec<Overdue> = measures
        .iter()
        .enumerate()
        .filter(|(_, m)| m.item.data.status != Status::Cancelled)
        .flat_map(|(mi, m)| {
            m.milestone_states
                .iter()
                .zip(&m.item.data.milestones)
                .enumerate()
                .filter_map(move |(k, (state, ms))| {
                    let due = ms.due.filter(|_| *state == MilestoneState::Overdue)?;
                    Some(Overdue {
                        measure: mi,
                        milestone: k,
                        due,
                    })
                })
        })
        .collect();
    // Measures are in title order already (`order::sort`).
    out.sort_by_key(|o| (o.due, o.measure));
    out
}

/// A committee session on or after the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Upcoming {
    pub date: Date,
    pub report: usize,
    /// Its place in the report's `sessions`.
    pub session: usize,
}

/// Sessions on or after `today`, by date, then report and place.
pub fn upcoming_sessions(reports: &[Report], today: Date) -> Vec<Upcoming> {
    let mut out: Vec<Upcoming> = reports
        .iter()
        .enumerate()
        .flat_map(|(ri, r)| {
            r.item
                .data
                .sessions
                .iter()
                .enumerate()
                .filter_map(move |(si, s)| {
                    let date = s.date.filter(|d| *d >= today)?;
                    Some(Upcoming {
                        date,
                        report: ri,
                        session: si,
                    })
                })
        })
        .collect();
    out.sort();
    out
}

/// A committee cannot have decided before it met: the `result` of a
/// session dated after the build date is left out until that day, as an
/// item is left out before its publication date.
pub fn withhold_future_results(reports: &mut [Report], today: Date) {
    let ahead = |s: &crate::base::vocab::Session| s.date.is_some_and(|d| d > today);
    for r in reports {
        // The item is shared with the preview's cache: copied only when changed.
        if r.item
            .data
            .sessions
            .iter()
            .any(|s| ahead(s) && s.result.is_some())
        {
            let item = std::sync::Arc::make_mut(&mut r.item);
            for s in item.data.sessions.iter_mut().filter(|s| ahead(s)) {
                s.result = None;
            }
        }
    }
}

/// The share of the period from `start` to `end` (both days included) that
/// has passed before `today`, in whole percent, halves up: 0 on the first
/// day and before, 100 after the last day.
pub fn elapsed_percent(start: Date, end: Date, today: Date) -> u8 {
    let total = end.days_since_epoch() - start.days_since_epoch() + 1;
    let passed = (today.days_since_epoch() - start.days_since_epoch()).clamp(0, total);
    ((2 * passed * 100 + total) / (2 * total)) as u8
}

/// How far progress may trail the share of the period passed before a
/// measure counts as behind schedule, in percentage points.
pub const BEHIND_POINTS: u8 = 20;

/// A measure whose progress trails the share of its period passed by more
/// than [`BEHIND_POINTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Behind {
    pub measure: usize,
    pub progress: u8,
    pub elapsed: u8,
}

impl Behind {
    /// Percentage points behind: elapsed − progress.
    pub fn gap(&self) -> u8 {
        self.elapsed - self.progress
    }
}

/// Measures that are meant to move (planned, in progress or delayed), with
/// a progress figure and a period, whose progress is more than
/// [`BEHIND_POINTS`] below the share of the period passed; furthest behind
/// first, then by title.
pub fn behind_schedule(measures: &[Measure]) -> Vec<Behind> {
    let mut out: Vec<Behind> = measures
        .iter()
        .enumerate()
        .filter_map(|(mi, m)| behind(mi, m))
        .collect();
    out.sort_by(|a, b| {
        b.gap().cmp(&a.gap()).then_with(|| {
            measures[a.measure]
                .item
                .title
                .cmp(&measures[b.measure].item.title)
        })
    });
    out
}

/// Measure `mi` against the rule of [`behind_schedule`]: the one definition
/// the dashboard's list and each measure's `behind_schedule` flag share.
pub fn behind(mi: usize, m: &Measure) -> Option<Behind> {
    let moving = matches!(
        m.item.data.status,
        Status::Planned | Status::InProgress | Status::Delayed
    );
    let (progress, elapsed) = (m.progress?, m.elapsed?);
    (moving && elapsed > progress.saturating_add(BEHIND_POINTS)).then_some(Behind {
        measure: mi,
        progress,
        elapsed,
    })
}

/// Delayed and paused measures, in measure order: the dashboard lists each
/// with its `status_note`.
pub fn stalled(measures: &[Measure]) -> Vec<usize> {
    measures
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.item.data.status, Status::Delayed | Status::OnHold))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn the_share_of_the_period_passed() {
        // 2024-01-01 to 2027-12-31 is 1,461 days; by 2025-07-15, 561 have
        // passed (366 in 2024, 195 in 2025): 38.4 % → 38 %.
        assert_eq!(
            elapsed_percent(d("2024-01-01"), d("2027-12-31"), d("2025-07-15")),
            38
        );
        // A ten-day period: none passed on its first day, nine on its last,
        // all after it; before the start it is 0.
        let (s, e) = (d("2025-03-01"), d("2025-03-10"));
        assert_eq!(elapsed_percent(s, e, s), 0);
        assert_eq!(elapsed_percent(s, e, d("2025-03-10")), 90);
        assert_eq!(elapsed_percent(s, e, d("2025-03-11")), 100);
        assert_eq!(elapsed_percent(s, e, d("2024-12-24")), 0);
        // A one-day period: 0 on the day, 100 after.
        assert_eq!(elapsed_percent(s, s, s), 0);
        assert_eq!(elapsed_percent(s, s, d("2025-03-02")), 100);
        // Half of two days passed: 1 ÷ 2 = 50 %; 1 ÷ 8 = 12.5 % → 13 %.
        assert_eq!(elapsed_percent(s, d("2025-03-02"), d("2025-03-02")), 50);
        assert_eq!(elapsed_percent(s, d("2025-03-08"), d("2025-03-02")), 13);
    }
}
