//! Report updates as dated snapshots: each measure's history, and for each
//! update the state the previous report gave.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::vocab::Status;
use crate::load::records::{ReportSrc, Shared};
use crate::model::Measure;
use crate::model::assemble::ReportLinks;

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub date: Date,
    pub report: usize,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
}

/// The state the previous report gave a measure: (status, progress).
pub(crate) type Previous = Option<(Option<Status>, Option<u8>)>;

/// Each measure's timeline (oldest first), and for each report's updates
/// (in `ReportLinks::updates` order) the state before it.
pub(super) fn history(
    reports: &[Shared<ReportSrc>],
    links: &[ReportLinks],
    measures: usize,
) -> (Vec<Vec<TimelineEntry>>, Vec<Vec<Previous>>) {
    let mut timelines: Vec<Vec<TimelineEntry>> = vec![Vec::new(); measures];
    let mut previous: Vec<Vec<Previous>> =
        links.iter().map(|l| vec![None; l.updates.len()]).collect();
    // (date, report slug) orders snapshots; equal dates stay in slug order.
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by(|&a, &b| {
        (reports[a].data.date, &reports[a].slug).cmp(&(reports[b].data.date, &reports[b].slug))
    });
    for ri in order {
        for (n, &(m, k)) in links[ri].updates.iter().enumerate() {
            let u = &reports[ri].data.updates[k];
            let tl = &mut timelines[m];
            previous[ri][n] = tl.last().map(|e| (e.status, e.progress));
            tl.push(TimelineEntry {
                date: reports[ri].data.date,
                report: ri,
                status: u.status,
                progress: u.progress,
                note: u.note.clone(),
            });
        }
    }
    (timelines, previous)
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
