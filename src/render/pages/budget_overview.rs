//! The budget at a glance (the budget year, the year before, all years, per
//! inhabitant), the year-on-year table and expense against income: the
//! budget page's comparisons, each figure arithmetic on figures beside it.

use crate::base::vocab::LineKind;
use crate::model::budget::{Net, Totals, YearOnYear};
use crate::render::pages::context::RenderContext;
use crate::render::pages::tables::{Spec, budget_row, per_inhabitant_row};
use crate::render::pages::views::{
    BudgetOverview, BudgetTable, NetRow, NetTable, PerInhabitantTable, YearOnYearRow,
    YearOnYearTable,
};

/// "2023–2027", or "2025" for a single year.
fn year_span(by_year: &[(i32, Totals)]) -> Option<String> {
    let (first, last) = (by_year.first()?.0, by_year.last()?.0);
    Some(if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    })
}

fn year_on_year_row(y: &YearOnYear) -> YearOnYearRow {
    YearOnYearRow {
        year: y.year,
        planned: y.totals.planned.0,
        planned_delta: y.planned.map(|c| c.delta.0),
        planned_percent: y.planned.and_then(|c| c.percent_tenths),
        actual: y.totals.has_actual().then_some(y.totals.actual.0),
        actual_delta: y.actual.map(|c| c.delta.0),
        actual_percent: y.actual.and_then(|c| c.percent_tenths),
    }
}

fn net_row(label: String, n: &Net) -> NetRow {
    let actual = |t: &Totals| t.has_actual().then_some(t.actual.0);
    NetRow {
        label,
        expense_planned: n.expense.revised.0,
        income_planned: n.income.revised.0,
        net_planned: n.planned().0,
        expense_actual: actual(&n.expense),
        income_actual: actual(&n.income),
        net_actual: n.actual().map(|c| c.0),
    }
}

impl RenderContext<'_> {
    fn year_label(&self, year: i32) -> String {
        format!("{} {year}", self.text("budget_year"))
    }

    /// The budget year, the year before it and all years together: what the
    /// home page and the top of the budget page show.
    pub fn budget_overview(&self) -> BudgetOverview {
        let b = &self.site.budget;
        let year_of = |y: i32| b.year_on_year.iter().find(|r| r.year == y);
        let lead = b.lead_year.and_then(year_of);
        let before = lead.and_then(|l| year_of(l.year - 1));
        let mut rows: Vec<(String, Totals)> = [lead, before]
            .into_iter()
            .flatten()
            .map(|r| (self.year_label(r.year), r.totals))
            .collect();
        if let Some(span) = year_span(&b.by_year) {
            rows.push((format!("{} {span}", self.text("all_years")), b.total));
        }
        let per_inhabitant = self.site.config.population.map(|p| PerInhabitantTable {
            id: "per-inhabitant",
            caption: format!(
                "{} ({} {})",
                self.text("per_inhabitant_caption"),
                self.fmt.number(p as f64),
                self.text("inhabitants")
            ),
            population: p,
            revised: self.shows_revised(),
            rows: rows
                .iter()
                .map(|(label, t)| per_inhabitant_row(label.clone(), t, p))
                .collect(),
            csv: format!("{}/per-inhabitant.csv", self.words.budget),
        });
        let rows = rows
            .iter()
            .map(|(label, t)| budget_row(label.clone(), None, t))
            .collect();
        let mut table = self.budget_table(
            Spec {
                id: "overview",
                caption: self.text("budget_overview"),
                key_heading: self.text("period"),
                rows,
                csv: Some(format!("{}/overview.csv", self.words.budget)),
            },
            &Totals::default(),
        );
        // The rows are not parts of a whole: no total row.
        table.total = None;
        BudgetOverview {
            year: lead.map(|l| l.year),
            planned_change: lead
                .filter(|_| before.is_some())
                .and_then(|l| Some((l.year, l.planned?)))
                .map(|(year, c)| {
                    let pct = c
                        .percent_tenths
                        .map(|p| format!(" ({})", self.fmt.rate_change(p)))
                        .unwrap_or_default();
                    let label = self
                        .text("planned_change_to_previous")
                        .replace("{year}", &year.to_string())
                        .replace("{previous}", &(year - 1).to_string());
                    format!("{label} {}{pct}", self.fmt.money_change(c.delta))
                }),
            table,
            per_inhabitant,
        }
    }

    /// Every year against the year before.
    pub fn year_on_year_table(&self) -> Option<YearOnYearTable> {
        let rows = &self.site.budget.year_on_year;
        (rows.len() > 1).then(|| YearOnYearTable {
            id: "year-on-year",
            caption: self.text("budget_year_on_year"),
            rows: rows.iter().map(year_on_year_row).collect(),
            csv: format!("{}/year-on-year.csv", self.words.budget),
        })
    }

    /// Income by year, when the portal has income lines.
    pub fn income_table(&self) -> Option<BudgetTable> {
        let b = &self.site.budget;
        (b.income.lines > 0)
            .then(|| self.by_year_table(LineKind::Income, &b.income_by_year, &b.income))
    }

    /// Expense, income and net by year, when the portal has income lines.
    pub fn net_table(&self) -> Option<NetTable> {
        let b = &self.site.budget;
        if b.income.lines == 0 {
            return None;
        }
        let total = Net {
            year: 0,
            expense: b.total,
            income: b.income,
        };
        Some(NetTable {
            id: "net-by-year",
            caption: self.text("budget_net_by_year"),
            rows: b
                .net_by_year
                .iter()
                .map(|n| net_row(n.year.to_string(), n))
                .collect(),
            total: net_row(self.text("total"), &total),
            csv: format!("{}/net-by-year.csv", self.words.budget),
            revised: self.shows_revised(),
        })
    }
}
