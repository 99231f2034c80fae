//! Budget tables as the pages show them: one row per year, goal, owner or
//! measure, a totals row, and the path of the CSV that repeats the same numbers.

use crate::base::money::Cents;
use crate::base::vocab::Kind;
use crate::model::budget::{Totals, YearOnYear};
use crate::render::OutputFile;
use crate::render::open_data::portal_json::rate_text;
use crate::render::open_data::{csv_bytes, opt_cents, safe_cell};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{
    BudgetLineView, BudgetOverview, BudgetRow, BudgetTable, LinesTable, View, YearOnYearRow,
    YearOnYearTable,
};

pub fn budget_row(label: String, href: Option<String>, t: &Totals) -> BudgetRow {
    BudgetRow {
        label,
        href,
        planned: t.planned.0,
        basis: t.has_actual().then_some(t.planned_reported.0),
        actual: t.has_actual().then_some(t.actual.0),
        difference: t.difference().map(|c| c.0),
        rate: t.rate_tenths(),
    }
}

/// A row that takes `t` away: each amount negated, no rate.
fn subtracted_row(label: String, t: &Totals) -> BudgetRow {
    let neg = |c: Option<i64>| c.map(|c| -c);
    let row = budget_row(label, None, t);
    BudgetRow {
        planned: -row.planned,
        basis: neg(row.basis),
        actual: neg(row.actual),
        difference: neg(row.difference),
        rate: None,
        ..row
    }
}

/// "2023–2027", or "2025" for a single year.
fn year_span(by_year: &[(i32, Totals)]) -> Option<String> {
    let (first, last) = (by_year.first()?.0, by_year.last()?.0);
    Some(if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    })
}

impl RenderContext<'_> {
    /// Folder of the budget CSVs that belong to one goal or measure page.
    fn item_csv_dir(&self, kind: Kind, slug: &str) -> String {
        format!("{}/{}", self.words.budget, self.words.item(kind, slug))
    }

    fn year_label(&self, year: i32) -> String {
        format!("{} {year}", self.text("budget_year"))
    }

    pub fn by_year_table(
        &self,
        caption: String,
        by_year: &[(i32, Totals)],
        total: &Totals,
        csv: String,
    ) -> BudgetTable {
        BudgetTable {
            id: "by-year".into(),
            caption,
            key_heading: self.text("year"),
            rows: by_year
                .iter()
                .map(|(y, t)| budget_row(y.to_string(), None, t))
                .collect(),
            adjustment: None,
            total: Some(budget_row(self.text("total"), None, total)),
            csv: Some(csv),
        }
    }

    /// The budget-by-year table of a goal or measure page.
    pub fn item_budget(
        &self,
        kind: Kind,
        slug: &str,
        title: &str,
        by_year: &[(i32, Totals)],
        total: &Totals,
    ) -> BudgetTable {
        let caption = format!("{} – {}", self.text("budget_by_year"), title);
        let csv = format!("{}by-year.csv", self.item_csv_dir(kind, slug));
        let mut table = self.by_year_table(caption, by_year, total, csv);
        // No budget, no download: the page says so instead.
        if by_year.is_empty() {
            table.csv = None;
        }
        table
    }

    /// A measure's budget lines one by one, with their sum.
    pub fn lines_table(&self, i: usize) -> LinesTable {
        let m = &self.site.measures[i];
        let rows = m
            .budget_lines
            .iter()
            .map(|&l| {
                let l = &self.site.budget_lines[l];
                BudgetLineView {
                    year: l.year,
                    label: l.src.label.clone(),
                    reference: l.src.reference.clone(),
                    planned: l.planned.0,
                    actual: l.actual.map(|a| a.0),
                }
            })
            .collect();
        LinesTable {
            caption: format!("{} – {}", self.text("budget_lines"), m.item.title),
            rows,
            total: budget_row(self.text("total"), None, &m.budget),
            csv: (!m.budget_lines.is_empty()).then(|| {
                format!(
                    "{}lines.csv",
                    self.item_csv_dir(Kind::Measure, &m.item.slug)
                )
            }),
        }
    }

    /// The budget year, the year before it and all years together: what the
    /// home page and the top of the budget page show.
    pub fn budget_overview(&self) -> BudgetOverview {
        let b = &self.site.budget;
        let year_of = |y: i32| b.year_on_year.iter().find(|r| r.year == y);
        let lead = b.lead_year.and_then(year_of);
        let before = lead.and_then(|l| year_of(l.year - 1));
        let mut rows: Vec<BudgetRow> = [lead, before]
            .into_iter()
            .flatten()
            .map(|r| budget_row(self.year_label(r.year), None, &r.totals))
            .collect();
        if let Some(span) = year_span(&b.by_year) {
            rows.push(budget_row(
                format!("{} {span}", self.text("all_years")),
                None,
                &b.total,
            ));
        }
        let planned_change = lead.filter(|_| before.is_some()).and_then(|l| l.planned);
        BudgetOverview {
            year: lead.map(|l| l.year),
            table: BudgetTable {
                id: "overview".into(),
                caption: self.text("budget_overview"),
                key_heading: self.text("period"),
                rows,
                adjustment: None,
                total: None,
                csv: None,
            },
            planned_change: planned_change.map(|c| {
                let pct = c
                    .percent_tenths
                    .map(|p| format!(" ({})", self.fmt.rate_change(p)))
                    .unwrap_or_default();
                let year = lead.map_or(0, |l| l.year);
                let label = self
                    .text("planned_change_to_previous")
                    .replace("{year}", &year.to_string())
                    .replace("{previous}", &(year - 1).to_string());
                format!("{label} {}{pct}", self.fmt.money_change(c.delta))
            }),
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

    /// The tables of the budget page: by year, goal, owner and measure.
    pub fn budget_tables(&self) -> Vec<BudgetTable> {
        let b = &self.site.budget;
        let dir = format!("{}/", self.words.budget);
        let total = || Some(budget_row(self.text("total"), None, &b.total));
        let by_year = self.by_year_table(
            self.text("budget_by_year"),
            &b.by_year,
            &b.total,
            format!("{dir}by-year.csv"),
        );
        let goal_rows = b.by_goal.iter().map(|(g, t)| {
            let goal = &self.site.goals[*g].item;
            budget_row(
                goal.title.clone(),
                Some(self.href(Kind::Goal, &goal.slug)),
                t,
            )
        });
        let by_goal = BudgetTable {
            id: "by-goal".into(),
            caption: self.text("budget_by_goal"),
            key_heading: self.text("goal"),
            rows: goal_rows.collect(),
            adjustment: (b.counted_twice.lines > 0)
                .then(|| subtracted_row(self.text("counted_twice"), &b.counted_twice)),
            total: Some(budget_row(self.text("total_counted_once"), None, &b.total)),
            csv: Some(format!("{dir}by-goal.csv")),
        };
        let owner_rows = b.by_owner.iter().map(|(o, t)| {
            let label = if o.is_empty() {
                self.text("no_owner")
            } else {
                o.clone()
            };
            budget_row(label, None, t)
        });
        let by_owner = BudgetTable {
            id: "by-owner".into(),
            caption: self.text("budget_by_owner"),
            key_heading: self.text("owner"),
            rows: owner_rows.collect(),
            adjustment: None,
            total: total(),
            csv: Some(format!("{dir}by-owner.csv")),
        };
        let measure_rows = self
            .site
            .measures
            .iter()
            .filter(|m| !m.budget_lines.is_empty())
            .map(|m| {
                budget_row(
                    m.item.title.clone(),
                    Some(self.href(Kind::Measure, &m.item.slug)),
                    &m.budget,
                )
            });
        let by_measure = BudgetTable {
            id: "by-measure".into(),
            caption: self.text("budget_by_measure"),
            key_heading: self.text("measure"),
            rows: measure_rows.collect(),
            adjustment: None,
            total: total(),
            csv: Some(format!("{dir}by-measure.csv")),
        };
        vec![by_year, by_goal, by_owner, by_measure]
    }
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

/// A budget table as CSV: exactly the numbers shown, in machine format.
pub fn table_csv(t: &BudgetTable) -> Vec<u8> {
    let header = [
        t.key_heading.as_str(),
        "planned",
        "planned_of_lines_with_actual",
        "actual",
        "difference",
        "execution_rate_percent",
    ];
    let row = |r: &BudgetRow| {
        vec![
            safe_cell(&r.label),
            Cents(r.planned).to_machine(),
            opt_cents(r.basis),
            opt_cents(r.actual),
            opt_cents(r.difference),
            r.rate.map(rate_text).unwrap_or_default(),
        ]
    };
    let footer = t.adjustment.iter().chain(t.total.iter());
    csv_bytes(&header, t.rows.iter().chain(footer).map(row))
}

/// The year-on-year table as CSV.
pub fn year_on_year_csv(t: &YearOnYearTable) -> Vec<u8> {
    let rows = t.rows.iter().map(|r| {
        vec![
            r.year.to_string(),
            Cents(r.planned).to_machine(),
            opt_cents(r.planned_delta),
            r.planned_percent.map(rate_text).unwrap_or_default(),
            opt_cents(r.actual),
            opt_cents(r.actual_delta),
            r.actual_percent.map(rate_text).unwrap_or_default(),
        ]
    });
    csv_bytes(
        &[
            "year",
            "planned",
            "planned_change",
            "planned_change_percent",
            "actual",
            "actual_change",
            "actual_change_percent",
        ],
        rows,
    )
}

/// A measure's budget lines as CSV, with the totals row the page shows.
pub fn lines_csv(t: &LinesTable) -> Vec<u8> {
    let rows = t.rows.iter().map(|l| {
        vec![
            l.year.to_string(),
            safe_cell(l.label.as_deref().unwrap_or("")),
            safe_cell(l.reference.as_deref().unwrap_or("")),
            Cents(l.planned).to_machine(),
            opt_cents(l.actual),
        ]
    });
    let total = vec![
        safe_cell(&t.total.label),
        String::new(),
        String::new(),
        Cents(t.total.planned).to_machine(),
        opt_cents(t.total.actual),
    ];
    csv_bytes(
        &["year", "label", "reference", "planned", "actual"],
        rows.chain(std::iter::once(total)),
    )
}

/// The CSV downloads of the tables a page shows, built from the same view.
pub fn view_csvs(view: &View) -> Vec<OutputFile> {
    let table = |t: &BudgetTable| {
        t.csv
            .as_ref()
            .map(|path| OutputFile::bytes(path.clone(), table_csv(t)))
    };
    match view {
        View::Budget {
            tables,
            year_on_year,
            ..
        } => tables
            .iter()
            .filter_map(table)
            .chain(
                year_on_year
                    .iter()
                    .map(|y| OutputFile::bytes(y.csv.clone(), year_on_year_csv(y))),
            )
            .collect(),
        View::Goal { goal } => table(&goal.budget).into_iter().collect(),
        View::Measure { measure } => {
            table(&measure.budget)
                .into_iter()
                .chain(
                    measure.budget_lines.csv.as_ref().map(|path| {
                        OutputFile::bytes(path.clone(), lines_csv(&measure.budget_lines))
                    }),
                )
                .collect()
        }
        _ => Vec::new(),
    }
}
