//! Progress: one definition, used by every page and export
//! (docs/content-format.md, "Derived figures").

use serde::Serialize;

use crate::base::money::Cents;
use crate::base::vocab::{Milestone, Status};
use crate::load::site::Weighting;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgressSource {
    /// `progress` in the front matter.
    Given,
    /// The share of done milestones.
    Milestones,
    /// 100 for completed, 0 for planned.
    Status,
    /// No figure: shown as status only.
    None,
}

/// Rounds `num / den` to the nearest integer, halves up (both non-negative).
fn round_div(num: u128, den: u128) -> u128 {
    (2 * num + den) / (2 * den)
}

/// `count` of `total` in whole percent, halves up; 0 when `total` is 0.
pub fn share_percent(count: usize, total: usize) -> u32 {
    if total == 0 {
        0
    } else {
        round_div(count as u128 * 100, total as u128) as u32
    }
}

/// None for a cancelled measure (a share of work that will not be finished
/// says nothing) and for an ongoing one (a standing task is never a share
/// done); else `progress` if given; else the share of done milestones; else
/// 100 for completed, 0 for planned, and none otherwise.
pub fn measure_progress(
    given: Option<u8>,
    milestones: &[Milestone],
    status: Status,
) -> (Option<u8>, ProgressSource) {
    if matches!(status, Status::Cancelled | Status::Ongoing) {
        return (None, ProgressSource::None);
    }
    if let Some(p) = given {
        return (Some(p), ProgressSource::Given);
    }
    if !milestones.is_empty() {
        let done = milestones.iter().filter(|m| m.done).count() as u128;
        return (
            Some(round_div(done * 100, milestones.len() as u128) as u8),
            ProgressSource::Milestones,
        );
    }
    match status {
        Status::Completed => (Some(100), ProgressSource::Status),
        Status::Planned => (Some(0), ProgressSource::Status),
        _ => (None, ProgressSource::None),
    }
}

/// Where a milestone stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneState {
    Done,
    /// Not done, due today or later, or without a date.
    Due,
    /// Not done and its date has passed.
    Overdue,
}

impl MilestoneState {
    /// As serialized: the theme's `milestone_<key>` label.
    pub fn key(self) -> &'static str {
        match self {
            MilestoneState::Done => "done",
            MilestoneState::Due => "due",
            MilestoneState::Overdue => "overdue",
        }
    }
}

pub fn milestone_state(m: &Milestone, today: crate::base::date::Date) -> MilestoneState {
    if m.done {
        MilestoneState::Done
    } else if m.due.is_some_and(|due| due < today) {
        MilestoneState::Overdue
    } else {
        MilestoneState::Due
    }
}

/// The measures in one status and their share of all measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatusShare {
    pub status: Status,
    pub count: usize,
    /// Share of all measures in percent (rounded).
    pub percent: u32,
}

/// Counts and shares of the measures in each status, in `Status::ALL` order.
pub fn status_shares(statuses: impl Iterator<Item = Status>) -> Vec<StatusShare> {
    let mut counts = StatusCounts::default();
    let mut total = 0;
    for s in statuses {
        counts.add(s);
        total += 1;
    }
    Status::ALL
        .iter()
        .map(|&status| StatusShare {
            status,
            count: counts.get(status),
            percent: share_percent(counts.get(status), total),
        })
        .collect()
}

/// Count of measures per status, in `Status::ALL` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct StatusCounts {
    pub planned: usize,
    pub in_progress: usize,
    pub ongoing: usize,
    pub completed: usize,
    pub delayed: usize,
    pub on_hold: usize,
    pub cancelled: usize,
}

impl StatusCounts {
    pub fn add(&mut self, s: Status) {
        *self.slot(s) += 1;
    }

    fn slot(&mut self, s: Status) -> &mut usize {
        match s {
            Status::Planned => &mut self.planned,
            Status::InProgress => &mut self.in_progress,
            Status::Ongoing => &mut self.ongoing,
            Status::Completed => &mut self.completed,
            Status::Delayed => &mut self.delayed,
            Status::OnHold => &mut self.on_hold,
            Status::Cancelled => &mut self.cancelled,
        }
    }

    pub fn get(&self, s: Status) -> usize {
        let mut c = *self;
        *c.slot(s)
    }

    pub fn total(&self) -> usize {
        Status::ALL.iter().map(|s| self.get(*s)).sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GoalProgress {
    /// Rounded percent; none when no measure has a progress figure.
    pub percent: Option<u8>,
    /// How many measures went into the mean.
    pub counted: usize,
    pub weighting: Weighting,
    /// True when budget weighting was asked for but no counted measure has a
    /// planned budget, so the measures weigh equally.
    pub fell_back_to_equal: bool,
    pub by_status: StatusCounts,
}

/// One measure of a goal as the goal's progress sees it.
#[derive(Debug, Clone, Copy)]
pub struct MeasureShare {
    pub progress: Option<u8>,
    pub status: Status,
    pub planned: Cents,
}

/// The mean progress of the measures that have one, cancelled ones left out,
/// weighted equally or by planned budget.
pub fn goal_progress(measures: &[MeasureShare], weighting: Weighting) -> GoalProgress {
    let mut by_status = StatusCounts::default();
    for m in measures {
        by_status.add(m.status);
    }
    let counted: Vec<(u128, u128)> = measures
        .iter()
        .filter(|m| m.status != Status::Cancelled)
        .filter_map(|m| {
            m.progress
                .map(|p| (u128::from(p), m.planned.0.max(0) as u128))
        })
        .collect();
    let budget_weight: u128 = counted.iter().map(|(_, w)| w).sum();
    let fell_back = weighting == Weighting::Budget && budget_weight == 0 && !counted.is_empty();
    let percent = if counted.is_empty() {
        None
    } else if weighting == Weighting::Budget && !fell_back {
        let num: u128 = counted.iter().map(|(p, w)| p * w).sum();
        Some(round_div(num, budget_weight) as u8)
    } else {
        let num: u128 = counted.iter().map(|(p, _)| p).sum();
        Some(round_div(num, counted.len() as u128) as u8)
    };
    GoalProgress {
        percent,
        counted: counted.len(),
        weighting,
        fell_back_to_equal: fell_back,
        by_status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(done: &[bool]) -> Vec<Milestone> {
        done.iter()
            .map(|d| Milestone {
                title: "m".into(),
                due: None,
                done: *d,
                done_on: None,
                replanned_from: None,
            })
            .collect()
    }

    #[test]
    fn status_shares_count_and_round_each_status() {
        use Status::*;
        let shares =
            status_shares([Planned, Planned, Completed, Delayed, Delayed, Delayed].into_iter());
        let get = |st| shares.iter().find(|x| x.status == st).copied().unwrap();
        // 2 of 6 is 33.3 %, 3 of 6 is 50 %, 1 of 6 is 16.7 %: rounded.
        assert_eq!((get(Planned).count, get(Planned).percent), (2, 33));
        assert_eq!((get(Delayed).count, get(Delayed).percent), (3, 50));
        assert_eq!((get(Completed).count, get(Completed).percent), (1, 17));
        assert_eq!((get(OnHold).count, get(OnHold).percent), (0, 0));
        assert_eq!(shares.len(), 7);
        assert!(
            status_shares(std::iter::empty())
                .iter()
                .all(|s| s.percent == 0)
        );
    }

    #[test]
    fn milestone_states_relative_to_today() {
        let d = |s: &str| crate::base::date::Date::parse_iso(s);
        let m = |due: &str, done| Milestone {
            title: "m".into(),
            due: d(due),
            done,
            done_on: None,
            replanned_from: None,
        };
        let today = d("2025-03-14").unwrap();
        assert_eq!(
            milestone_state(&m("2025-03-13", false), today),
            MilestoneState::Overdue
        );
        // Due today is not yet overdue.
        assert_eq!(
            milestone_state(&m("2025-03-14", false), today),
            MilestoneState::Due
        );
        assert_eq!(
            milestone_state(&m("2024-01-01", true), today),
            MilestoneState::Done
        );
        assert_eq!(
            milestone_state(&m("none", false), today),
            MilestoneState::Due
        );
    }

    #[test]
    fn measure_progress_prefers_given_then_milestones_then_status() {
        // A cancelled or ongoing measure has none, whatever it gives.
        assert_eq!(
            measure_progress(Some(10), &ms(&[true]), Status::Cancelled),
            (None, ProgressSource::None)
        );
        assert_eq!(
            measure_progress(Some(50), &ms(&[true, false]), Status::Ongoing),
            (None, ProgressSource::None)
        );
        assert_eq!(
            measure_progress(Some(40), &ms(&[true]), Status::InProgress),
            (Some(40), ProgressSource::Given)
        );
        // 2 of 3 done = 66.67 % → 67.
        assert_eq!(
            measure_progress(None, &ms(&[true, true, false]), Status::InProgress),
            (Some(67), ProgressSource::Milestones)
        );
        // 1 of 8 = 12.5 % → 13 (halves round up).
        assert_eq!(
            measure_progress(
                None,
                &ms(&[true, false, false, false, false, false, false, false]),
                Status::Delayed
            )
            .0,
            Some(13)
        );
        assert_eq!(
            measure_progress(None, &[], Status::Completed),
            (Some(100), ProgressSource::Status)
        );
        assert_eq!(
            measure_progress(None, &[], Status::Planned),
            (Some(0), ProgressSource::Status)
        );
        assert_eq!(
            measure_progress(None, &[], Status::InProgress),
            (None, ProgressSource::None)
        );
    }

    fn share(progress: Option<u8>, status: Status, euros: i64) -> MeasureShare {
        MeasureShare {
            progress,
            status,
            planned: Cents(euros * 100),
        }
    }

    #[test]
    fn goal_progress_equal_leaves_out_cancelled_and_unknown() {
        let m = [
            share(Some(40), Status::InProgress, 0),
            share(Some(100), Status::Completed, 0),
            share(Some(0), Status::Planned, 0),
            share(Some(90), Status::Cancelled, 0),
            share(None, Status::Delayed, 0),
            share(None, Status::Ongoing, 0),
        ];
        let g = goal_progress(&m, Weighting::Equal);
        // (40 + 100 + 0) / 3 = 46.67 → 47; the ongoing one is counted by
        // status only.
        assert_eq!(g.percent, Some(47));
        assert_eq!(g.counted, 3);
        assert_eq!(g.by_status.total(), 6);
        assert_eq!(g.by_status.ongoing, 1);
        assert_eq!(g.by_status.cancelled, 1);
        assert_eq!(g.by_status.delayed, 1);
    }

    #[test]
    fn shares_round_half_up() {
        // 1 of 8 = 12.5 % → 13; 2 of 3 = 66.67 % → 67.
        assert_eq!(share_percent(1, 8), 13);
        assert_eq!(share_percent(2, 3), 67);
        assert_eq!(share_percent(0, 0), 0);
    }

    #[test]
    fn goal_progress_by_budget() {
        let m = [
            share(Some(50), Status::InProgress, 200_000),
            share(Some(100), Status::Completed, 50_000),
            share(Some(0), Status::Planned, 0),
        ];
        // (50·200000 + 100·50000 + 0·0) / 250000 = 60
        let g = goal_progress(&m, Weighting::Budget);
        assert_eq!(g.percent, Some(60));
        assert!(!g.fell_back_to_equal);
        let none = [
            share(Some(50), Status::InProgress, 0),
            share(Some(0), Status::Planned, 0),
        ];
        let g = goal_progress(&none, Weighting::Budget);
        assert_eq!(g.percent, Some(25));
        assert!(g.fell_back_to_equal);
        assert_eq!(goal_progress(&[], Weighting::Equal).percent, None);
    }
}
