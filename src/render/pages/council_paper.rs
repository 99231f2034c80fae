//! A goal's council paper (`ziele/<slug>/sitzungsunterlage/`): everything a
//! committee reads about one goal, in the order it reads it, set for
//! printing on A4: the goal and its progress, its budget, its measures at a
//! glance, then each measure with status, progress, schedule, milestones
//! and budget, the indicators and the latest report.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::views::{
    BudgetTable, GoalSummary, IndicatorSummary, MeasureSummary, MilestoneView, ReportSummary, View,
};
use crate::base::vocab::Kind;

#[derive(Debug, Clone, Serialize)]
pub struct CouncilPaperView {
    pub goal: GoalSummary,
    /// The goal page's absolute address, with `base_url`.
    pub url: Option<String>,
    pub budget: BudgetTable,
    pub measures: Vec<PaperMeasure>,
    pub indicators: Vec<IndicatorSummary>,
    /// The newest report about the goal or its measures.
    pub report: Option<ReportSummary>,
    /// The paper as an accessible PDF; none with `pdf = false`.
    pub pdf: Option<String>,
}

/// One measure as the paper shows it.
#[derive(Debug, Clone, Serialize)]
pub struct PaperMeasure {
    #[serde(flatten)]
    pub summary: MeasureSummary,
    pub milestones: Vec<MilestoneView>,
    /// By year; its id names the measure, so that ids stay unique.
    pub budget: BudgetTable,
}

impl RenderContext<'_> {
    /// `ziele/<slug>/sitzungsunterlage/`.
    pub fn council_paper_folder(&self, slug: &str) -> String {
        format!(
            "{}{}/",
            self.href(Kind::Goal, slug),
            self.words.council_paper
        )
    }

    /// The paper's PDF, root-relative, when the portal writes PDFs.
    pub fn council_paper_pdf(&self, slug: &str) -> Option<String> {
        let c = &self.site.config;
        c.pdf
            .then(|| crate::render::files::pdf::paper_path(self, slug))
    }

    /// What the council paper shows, for its page and its PDF.
    pub fn council_paper_view(&self, i: usize) -> CouncilPaperView {
        let g = &self.site.goals[i];
        // The goal page's order: by strategy, when measures are placed.
        let mut order: Vec<usize> = g
            .strategies
            .iter()
            .flat_map(|s| s.measures.iter().copied())
            .chain(g.other_measures.iter().copied())
            .collect();
        if !g.strategies.iter().any(|s| !s.measures.is_empty()) {
            order = g.measures.clone();
        }
        let mut seen = std::collections::HashSet::new();
        order.retain(|m| seen.insert(*m));
        let measures = order
            .iter()
            .map(|&m| {
                let x = &self.site.measures[m];
                let mut budget = self.measure_expense(m);
                budget.id = format!("budget-{}", x.item.slug);
                PaperMeasure {
                    summary: self.measure_summary(m),
                    milestones: self.milestone_views(m),
                    budget,
                }
            })
            .collect();
        CouncilPaperView {
            goal: self.goal_summary(i),
            url: self
                .site
                .config
                .base_url
                .as_ref()
                .map(|b| format!("{b}{}", self.href(Kind::Goal, &g.item.slug))),
            budget: self.goal_expense(i),
            measures,
            indicators: g
                .indicators
                .iter()
                .map(|&x| self.indicator_summary(x))
                .collect(),
            report: g.reports.first().map(|&r| self.report_summary(r)),
            pdf: self.council_paper_pdf(&g.item.slug),
        }
    }

    pub(in crate::render) fn council_paper_job(&self, i: usize) -> Job {
        let g = &self.site.goals[i];
        let view = self.council_paper_view(i);
        let path = format!("{}index.html", self.council_paper_folder(&g.item.slug));
        let title = format!("{}: {}", self.text("paper_title"), g.item.title);
        let mut meta = self.meta(&path, title, None, self.words.section(Kind::Goal));
        meta.text_lang = self.text_lang(g.item.translation.as_deref());
        Job {
            search: None,
            meta,
            path,
            template: "council_paper.html",
            view: View::CouncilPaper {
                paper: Box::new(view),
            },
        }
    }
}
