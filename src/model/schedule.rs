//! What the build date decides: which milestones are overdue, and which
//! committee sessions are still ahead. Computed once here, so the pages,
//! the calendar and the open data agree.

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
    out.sort_by(|a, b| {
        a.due.cmp(&b.due).then_with(|| {
            measures[a.measure]
                .item
                .title
                .cmp(&measures[b.measure].item.title)
        })
    });
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
