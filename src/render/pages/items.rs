//! The pages of single items: goal, measure, report, indicator, free page.

use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::{Kind, LineKind};
use crate::render::pages::context::{Job, RenderContext};
use crate::render::pages::views::*;

impl RenderContext<'_> {
    pub(in crate::render) fn goal_job(&self, i: usize, d: &mut Diagnostics) -> Job {
        let g = &self.site.goals[i];
        let path = format!("{}index.html", self.href(Kind::Goal, &g.item.slug));
        let mut body = self.markdown(&g.item, &path, d);
        let summary = self.goal_summary(i);
        let view = GoalView {
            council_paper: self.council_paper_folder(&g.item.slug),
            council_paper_pdf: self.council_paper_pdf(&g.item.slug),
            changes: self.changes_view(Kind::Goal, i),
            body: std::mem::take(&mut body.html),
            strategies: self.strategy_views(i),
            grouped: g.strategies.iter().any(|s| !s.measures.is_empty()),
            contact: g.item.data.contact.as_ref().map(ContactView::of),
            other_measures: g
                .other_measures
                .iter()
                .map(|&m| self.measure_summary(m))
                .collect(),
            tags: g.item.tags.iter().map(|t| t.name.clone()).collect(),
            measures: g
                .measures
                .iter()
                .map(|&m| self.measure_summary(m))
                .collect(),
            indicators: g
                .indicators
                .iter()
                .map(|&x| self.indicator_summary(x))
                .collect(),
            reports: g.reports.iter().map(|&r| self.report_summary(r)).collect(),
            budget: self.goal_expense(i),
            income: (g.income.lines > 0).then(|| {
                self.item_budget(
                    Kind::Goal,
                    &g.item.slug,
                    &g.item.title,
                    LineKind::Income,
                    &g.income_by_year,
                    &g.income,
                )
            }),
            summary,
        };
        let mut job = self.item_job(
            Kind::Goal,
            &g.item.title,
            path,
            g.item.data.summary.as_ref(),
            &body,
            "goal.html",
            View::Goal {
                goal: Box::new(view),
            },
        );
        job.meta.feed = Some(self.words.goal_feed(&self.site.goals[i].item.slug));
        job.search = Some(self.goal_record(
            i,
            &body.text,
            job.meta.description.as_deref().unwrap_or_default(),
        ));
        job
    }

    /// The strategies of goal `i`, each with its measures and progress.
    fn strategy_views(&self, i: usize) -> Vec<StrategyView> {
        let g = &self.site.goals[i];
        g.item
            .data
            .strategies
            .iter()
            .zip(&g.strategies)
            .map(|(s, node)| StrategyView {
                title: s.title.clone(),
                slug: s.slug.clone(),
                text: s.text.clone(),
                progress: node.progress.percent,
                measures: node
                    .measures
                    .iter()
                    .map(|&m| self.measure_summary(m))
                    .collect(),
            })
            .collect()
    }

    pub(in crate::render) fn measure_job(&self, i: usize, d: &mut Diagnostics) -> Job {
        let m = &self.site.measures[i];
        let data = &m.item.data;
        let path = format!("{}index.html", self.href(Kind::Measure, &m.item.slug));
        let mut body = self.markdown(&m.item, &path, d);
        let view = MeasureView {
            changes: self.changes_view(Kind::Measure, i),
            summary: self.measure_summary(i),
            body: std::mem::take(&mut body.html),
            partners: data.partners.clone(),
            tags: m.item.tags.iter().map(|t| t.name.clone()).collect(),
            goals: m.goals.iter().map(|&g| self.link(Kind::Goal, g)).collect(),
            indicators: m
                .indicators
                .iter()
                .map(|&x| self.indicator_summary(x))
                .collect(),
            milestones: self.milestone_views(i),
            timeline: m
                .timeline
                .iter()
                .map(|e| TimelineView {
                    date: e.date,
                    report: self.link(Kind::Report, e.report),
                    status: e.status,
                    progress: e.progress,
                    note: e.note.clone(),
                })
                .collect(),
            reports: m.reports.iter().map(|&r| self.report_summary(r)).collect(),
            progress_chart: self.progress_chart(i),
            budget: self.measure_expense(i),
            income: (m.income.lines > 0).then(|| {
                self.item_budget(
                    Kind::Measure,
                    &m.item.slug,
                    &m.item.title,
                    LineKind::Income,
                    &m.income_by_year,
                    &m.income,
                )
            }),
            budget_lines: self.lines_table(i, LineKind::Expense),
            income_lines: (m.income.lines > 0).then(|| self.lines_table(i, LineKind::Income)),
            attachments: self.attachments(&m.item, Kind::Measure),
            contact: data.contact.as_ref().map(ContactView::of),
        };
        let mut job = self.item_job(
            Kind::Measure,
            &m.item.title,
            path,
            data.summary.as_ref(),
            &body,
            "measure.html",
            View::Measure {
                measure: Box::new(view),
            },
        );
        job.search = Some(self.measure_record(
            i,
            &body.text,
            job.meta.description.as_deref().unwrap_or_default(),
        ));
        job
    }

    /// Measure `i`'s milestones with their state on the build date.
    pub(in crate::render) fn milestone_views(&self, i: usize) -> Vec<MilestoneView> {
        let m = &self.site.measures[i];
        m.item
            .data
            .milestones
            .iter()
            .zip(&m.milestone_states)
            .map(|(ms, &state)| MilestoneView {
                title: ms.title.clone(),
                due: ms.due,
                state,
                done_on: ms.done_on,
                replanned_from: ms.replanned_from,
            })
            .collect()
    }

    pub(in crate::render) fn report_job(&self, i: usize, d: &mut Diagnostics) -> Job {
        let r = &self.site.reports[i];
        let path = format!("{}index.html", self.href(Kind::Report, &r.item.slug));
        let mut body = self.markdown(&r.item, &path, d);
        let view = ReportView {
            changes: self.changes_view(Kind::Report, i),
            summary: self.report_summary(i),
            body: std::mem::take(&mut body.html),
            sessions: r.item.data.sessions.clone(),
            session_results: r.item.data.sessions.iter().any(|s| s.result.is_some()),
            updates: r
                .updates
                .iter()
                .map(|u| UpdateView {
                    measure: self.link(Kind::Measure, u.measure),
                    status: u.status,
                    progress: u.progress,
                    note: u.note.clone(),
                    previous_status: u.previous.and_then(|p| p.0),
                    previous_progress: u.previous.and_then(|p| p.1),
                    first: u.previous.is_none(),
                })
                .collect(),
            goals: r.goals.iter().map(|&g| self.link(Kind::Goal, g)).collect(),
            measures: r
                .measures
                .iter()
                .map(|&m| self.link(Kind::Measure, m))
                .collect(),
            attachments: self.attachments(&r.item, Kind::Report),
            council_url: r.item.data.council_url.clone(),
            council_file: r.item.data.council_file.clone(),
            council_file_type: r.item.data.council_file.as_deref().and_then(file_type),
        };
        let mut job = self.item_job(
            Kind::Report,
            &r.item.title,
            path,
            r.item.data.summary.as_ref(),
            &body,
            "report.html",
            View::Report { report: view },
        );
        job.meta.og_type = "article";
        job.search = Some(self.report_record(
            i,
            &body.text,
            job.meta.description.as_deref().unwrap_or_default(),
        ));
        job
    }

    pub(in crate::render) fn indicator_job(&self, i: usize, d: &mut Diagnostics) -> Job {
        let x = &self.site.indicators[i];
        let path = format!("{}index.html", self.href(Kind::Indicator, &x.item.slug));
        let mut body = self.markdown(&x.item, &path, d);
        let breakdown = self.breakdown_views(i);
        let view = IndicatorView {
            changes: self.changes_view(Kind::Indicator, i),
            summary: self.indicator_summary(i),
            body: std::mem::take(&mut body.html),
            direction: x.item.data.direction,
            baseline: x.item.data.baseline,
            values: x.values.clone(),
            expected: x.expected,
            chart: self.indicator_chart(i),
            source: x.item.data.source.clone(),
            about: self.indicator_about(i, &path, d),
            measures: x
                .measures
                .iter()
                .map(|&m| self.measure_summary(m))
                .collect(),
            breakdowns: breakdown.0,
            combined_rows: breakdown.1,
            series_rows: x.item.data.breakdown.clone(),
            compare: self.compare_table(i),
            csv: (!x.values.is_empty())
                .then(|| format!("{}data.csv", self.href(Kind::Indicator, &x.item.slug))),
            goals: x.goals.iter().map(|&g| self.link(Kind::Goal, g)).collect(),
            contact: x.item.data.contact.as_ref().map(ContactView::of),
        };
        let mut job = self.item_job(
            Kind::Indicator,
            &x.item.title,
            path,
            x.item.data.summary.as_ref(),
            &body,
            "indicator.html",
            View::Indicator {
                indicator: Box::new(view),
            },
        );
        job.search = Some(self.indicator_record(
            i,
            &body.text,
            job.meta.description.as_deref().unwrap_or_default(),
        ));
        job
    }

    fn indicator_about(&self, i: usize, path: &str, d: &mut Diagnostics) -> IndicatorAboutView {
        let x = &self.site.indicators[i];
        let a = &x.item.data.about;
        let method = a
            .method
            .as_ref()
            .map(|m| self.markdown_text(&x.item, m, a.method_line, path, d).html);
        IndicatorAboutView {
            any: a.definition.is_some()
                || a.numerator.is_some()
                || a.denominator.is_some()
                || method.is_some()
                || a.periodicity.is_some()
                || a.next_update.is_some()
                || x.item.data.source.is_some()
                || a.source_url.is_some(),
            definition: a.definition.clone(),
            numerator: a.numerator.clone(),
            denominator: a.denominator.clone(),
            method,
            periodicity: a.periodicity,
            next_update: a.next_update,
            source: x.item.data.source.clone(),
            source_url: a.source_url.clone(),
        }
    }

    pub(in crate::render) fn page_job(&self, i: usize, d: &mut Diagnostics) -> Job {
        let p = &self.site.pages[i];
        let path = format!("{}index.html", self.href(Kind::Page, &p.slug));
        let body = self.markdown(p, &path, d);
        let image = self.share_image(&path, body.image.as_ref());
        let description = p
            .data
            .description
            .clone()
            .or_else(|| Some(crate::render::markdown::excerpt(&body.text)));
        let record = self.page_record(i, &body.text, description.as_deref().unwrap_or_default());
        let mut meta = self.meta(&path, p.title.clone(), description, String::new());
        meta.image = image;
        Job {
            search: Some(record),
            meta,
            path,
            template: "page.html",
            view: View::Page { body: body.html },
        }
    }
}
