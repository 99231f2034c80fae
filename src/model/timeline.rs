//! Report updates as dated snapshots: each measure's history, and for each
//! update the state the previous report gave.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::vocab::Status;
use crate::model::{Measure, Report};

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub date: Date,
    pub report: usize,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
}

/// Fills `Measure::timeline` (oldest first) and `Update::previous`.
pub(super) fn attach(measures: &mut [Measure], reports: &mut [Report]) {
    // (date, report slug) orders snapshots; equal dates stay in slug order.
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by(|&a, &b| {
        (reports[a].item.data.date, &reports[a].item.slug)
            .cmp(&(reports[b].item.data.date, &reports[b].item.slug))
    });
    for ri in order {
        let date = reports[ri].item.data.date;
        for u in reports[ri].updates.iter_mut() {
            let tl = &mut measures[u.measure].timeline;
            u.previous = tl.last().map(|e| (e.status, e.progress));
            tl.push(TimelineEntry {
                date,
                report: ri,
                status: u.status,
                progress: u.progress,
                note: u.note.clone(),
            });
        }
    }
}

/// Progress over time: the report snapshots that give a figure, then the
/// measure's own figure at its `updated` date when that is later.
pub fn progress_points(m: &Measure) -> Vec<(Date, u8)> {
    let mut points: Vec<(Date, u8)> = m
        .timeline
        .iter()
        .filter_map(|e| Some((e.date, e.progress?)))
        .collect();
    if let (Some(p), Some(updated)) = (m.progress, m.item.data.updated)
        && points.last().is_none_or(|last| last.0 < updated)
    {
        points.push((updated, p));
    }
    points
}
