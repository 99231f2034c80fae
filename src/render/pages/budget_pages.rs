//! The budget page, and its tables by goal and by measure on pages of
//! their own (`haushalt/ziele/`, `haushalt/massnahmen/seite/2/` …) when
//! they have more rows than `page_size`: each page's table adds up, the
//! rows on the other pages in one row.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::listing::{self, ListView};
use super::views::{BudgetTable, BudgetView, View};
use crate::base::vocab::Kind;

/// A table of the budget page that is on pages of its own.
#[derive(Debug, Clone, Serialize)]
pub struct PagedTable {
    /// The table's id on the budget page ("by-goal", "by-measure").
    pub id: &'static str,
    pub caption: String,
    /// Its first page.
    pub href: String,
    /// Its rows, and the pages they fill.
    pub rows: usize,
    pub pages: usize,
    /// Every row, as on the pages together.
    pub csv: String,
}

/// The budget page's tables that may be paged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pageable {
    ByGoal,
    ByMeasure,
}

impl RenderContext<'_> {
    fn pageable(&self, p: Pageable) -> (&'static str, &'static str, usize, &'static str) {
        match p {
            Pageable::ByGoal => (
                "by-goal",
                "budget_by_goal",
                self.site.budget.by_goal.len(),
                self.words.goals,
            ),
            Pageable::ByMeasure => (
                "by-measure",
                "budget_by_measure",
                self.budget_measures().len(),
                self.words.measures,
            ),
        }
    }

    fn paged_table(&self, p: Pageable, shown: &[usize]) -> BudgetTable {
        match p {
            Pageable::ByGoal => self.by_goal_table(shown),
            Pageable::ByMeasure => self.by_measure_table(shown),
        }
    }

    /// The tables that have more rows than a page.
    pub fn paged_tables(&self) -> Vec<PagedTable> {
        let size = self.site.config.page_size;
        [Pageable::ByGoal, Pageable::ByMeasure]
            .into_iter()
            .filter_map(|p| {
                let (id, caption, rows, word) = self.pageable(p);
                (rows > size).then(|| PagedTable {
                    id,
                    caption: self.text(caption),
                    href: format!("{}/{word}/", self.words.budget),
                    rows,
                    pages: listing::page_count(rows, size),
                    csv: format!("{}/{id}.csv", self.words.budget),
                })
            })
            .collect()
    }

    /// Every row of a paged table, for its CSV.
    pub fn whole_table(&self, id: &str) -> Option<BudgetTable> {
        [Pageable::ByGoal, Pageable::ByMeasure]
            .into_iter()
            .find(|&p| self.pageable(p).0 == id)
            .map(|p| self.paged_table(p, &(0..self.pageable(p).2).collect::<Vec<_>>()))
    }

    /// `haushalt/`, and the pages of its paged tables.
    pub(in crate::render) fn budget_jobs(&self) -> Vec<Job> {
        let paged = self.paged_tables();
        let mut jobs = vec![self.own_job(
            self.words.budget,
            self.text("budget"),
            "budget.html",
            self.budget_view(paged.clone()),
        )];
        jobs[0].meta.embed = self.budget_embed_code();
        jobs.push(self.budget_embed_job());
        for p in [Pageable::ByGoal, Pageable::ByMeasure] {
            if let Some(t) = paged.iter().find(|t| t.id == self.pageable(p).0) {
                jobs.extend(self.table_pages(p, t));
            }
        }
        jobs
    }

    fn table_pages(&self, p: Pageable, t: &PagedTable) -> Vec<Job> {
        let size = self.site.config.page_size;
        let rows: Vec<usize> = (0..t.rows).collect();
        let word = self.words.list.page;
        (1..=t.pages)
            .map(|n| {
                let shown = listing::page_of(&rows, size, n);
                let first = (n - 1) * size + 1;
                let list = ListView {
                    total: t.rows,
                    first,
                    last: first + shown.len() - 1,
                    pager: listing::pager(&t.href, word, n, t.pages),
                    filters: Vec::new(),
                    narrowed: None,
                };
                let page = self
                    .text("page_of")
                    .replace("{n}", &n.to_string())
                    .replace("{count}", &t.pages.to_string());
                let title = format!("{} ({page})", t.caption);
                let path = format!("{}index.html", listing::page_folder(&t.href, word, n));
                Job {
                    search: None,
                    meta: self.meta(&path, title, None, format!("{}/", self.words.budget)),
                    path,
                    template: "budget_measures.html",
                    view: View::BudgetMeasures {
                        table: Box::new(self.paged_table(p, shown)),
                        list,
                        budget: format!("{}/", self.words.budget),
                    },
                }
            })
            .collect()
    }

    fn budget_view(&self, paged: Vec<PagedTable>) -> View {
        let shared = &self.site.budget.shared_measures;
        View::Budget {
            budget: Box::new(BudgetView {
                overview: self.budget_overview(),
                tables: self.budget_tables(),
                paged,
                income: self.income_table(),
                net: self.net_table(),
                year_on_year: self.year_on_year_table(),
                chart: self.budget_chart(),
                shared_measures: shared
                    .iter()
                    .take(super::progress_page::DASHBOARD_ROWS)
                    .map(|&m| self.link(Kind::Measure, m))
                    .collect(),
                shared_count: shared.len(),
            }),
        }
    }
}
