//! The dashboard (`fortschritt/`): measures by status, goals, indicators,
//! overdue milestones, measures behind schedule and stalled ones. Each of
//! its lists shows at most [`DASHBOARD_ROWS`] entries; a longer one links
//! its whole list, in pages of its own (`fortschritt/ueberfaellig/` …) or
//! the goals' and indicators' lists.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::listing::ListView;
use super::lists::List;
use super::views::{BehindView, OverdueView, StalledView, View};
use crate::base::vocab::Kind;

/// Entries a list of the dashboard shows before it links the whole list.
pub const DASHBOARD_ROWS: usize = 20;

/// "All 412 overdue milestones": the whole list of a cut dashboard list.
#[derive(Debug, Clone, Serialize)]
pub struct More {
    pub count: usize,
    pub href: String,
}

/// The whole lists the dashboard's lists cut, when they are longer.
#[derive(Debug, Clone, Serialize, Default)]
pub struct DashboardMore {
    pub goals: Option<More>,
    pub indicators: Option<More>,
    pub overdue: Option<More>,
    pub behind: Option<More>,
    pub stalled: Option<More>,
}

/// The rows of one of the dashboard's own lists, for its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rows {
    Overdue,
    Behind,
    Stalled,
}

impl RenderContext<'_> {
    fn overdue_rows(&self, shown: &[usize]) -> Vec<OverdueView> {
        let site = self.site;
        shown
            .iter()
            .map(|&n| {
                let o = &site.overdue[n];
                let m = &site.measures[o.measure];
                OverdueView {
                    measure: self.link(Kind::Measure, o.measure),
                    owner: m.item.data.owner.clone(),
                    title: m.item.data.milestones[o.milestone].title.clone(),
                    due: o.due,
                    replanned_from: m.item.data.milestones[o.milestone].replanned_from,
                }
            })
            .collect()
    }

    fn behind_rows(&self, shown: &[usize]) -> Vec<BehindView> {
        let site = self.site;
        shown
            .iter()
            .map(|&n| {
                let b = &site.behind[n];
                BehindView {
                    measure: self.link(Kind::Measure, b.measure),
                    owner: site.measures[b.measure].item.data.owner.clone(),
                    progress: b.progress,
                    elapsed: b.elapsed,
                    gap: b.gap(),
                }
            })
            .collect()
    }

    fn stalled_rows(&self, shown: &[usize]) -> Vec<StalledView> {
        let site = self.site;
        shown
            .iter()
            .map(|&n| {
                let i = site.stalled[n];
                let data = &site.measures[i].item.data;
                StalledView {
                    measure: self.link(Kind::Measure, i),
                    owner: data.owner.clone(),
                    status: data.status,
                    note: data.status_note.clone(),
                }
            })
            .collect()
    }

    fn rows_list(&self, rows: Rows) -> List {
        let (word, key, count) = match rows {
            Rows::Overdue => (
                self.words.overdue,
                "overdue_milestones",
                self.site.overdue.len(),
            ),
            Rows::Behind => (self.words.behind, "behind_schedule", self.site.behind.len()),
            Rows::Stalled => (
                self.words.stalled,
                "stalled_measures",
                self.site.stalled.len(),
            ),
        };
        List {
            folder: format!("{}/{word}/", self.words.progress),
            section: format!("{}/", self.words.progress),
            title: self.text(key),
            template: "progress_list.html",
            page_size: self.site.config.page_size,
            entries: (0..count).collect(),
            filters: Vec::new(),
        }
    }

    /// The whole list behind a dashboard list of `count` entries, when
    /// the dashboard cuts it.
    fn more(&self, count: usize, href: impl FnOnce() -> String) -> Option<More> {
        (count > DASHBOARD_ROWS).then(|| More {
            count,
            href: href(),
        })
    }

    /// The dashboard, and the pages of its lists that it cuts.
    pub(in crate::render) fn progress_jobs(&self) -> Vec<Job> {
        let site = self.site;
        let first = |n: usize| (0..n.min(DASHBOARD_ROWS)).collect::<Vec<usize>>();
        let more = DashboardMore {
            goals: self.more(site.goals.len(), || self.words.section(Kind::Goal)),
            indicators: self.more(site.indicators.len(), || {
                self.words.section(Kind::Indicator)
            }),
            overdue: self.more(site.overdue.len(), || self.rows_list(Rows::Overdue).folder),
            behind: self.more(site.behind.len(), || self.rows_list(Rows::Behind).folder),
            stalled: self.more(site.stalled.len(), || self.rows_list(Rows::Stalled).folder),
        };
        let cut = [
            (more.overdue.is_some(), Rows::Overdue),
            (more.behind.is_some(), Rows::Behind),
            (more.stalled.is_some(), Rows::Stalled),
        ];
        let view = View::Progress {
            status_chart: self.status_chart(&site.measure_statuses),
            statuses: site.measure_statuses.clone(),
            overdue: self.overdue_rows(&first(site.overdue.len())),
            behind: self.behind_rows(&first(site.behind.len())),
            behind_points: crate::model::schedule::BEHIND_POINTS,
            stalled: self.stalled_rows(&first(site.stalled.len())),
            measure_count: site.measures.len(),
            goals: first(site.goals.len())
                .into_iter()
                .map(|i| self.goal_summary(i))
                .collect(),
            indicators: first(site.indicators.len())
                .into_iter()
                .map(|i| self.indicator_summary(i))
                .collect(),
            more: Box::new(more),
            since_report: self.since_report_view(),
        };
        let mut jobs = vec![self.own_job(
            self.words.progress,
            self.text("progress_title"),
            "progress.html",
            view,
        )];
        for (_, rows) in cut.into_iter().filter(|(c, _)| *c) {
            let list = self.rows_list(rows);
            jobs.extend(self.list_jobs(&list, |shown, list| self.rows_view(rows, shown, list)));
        }
        jobs
    }

    fn rows_view(&self, rows: Rows, shown: &[usize], list: ListView) -> View {
        let pick = |r: Rows| rows == r;
        View::ProgressList {
            overdue: pick(Rows::Overdue).then(|| self.overdue_rows(shown)),
            behind: pick(Rows::Behind).then(|| self.behind_rows(shown)),
            stalled: pick(Rows::Stalled).then(|| self.stalled_rows(shown)),
            behind_points: crate::model::schedule::BEHIND_POINTS,
            list,
        }
    }
}
