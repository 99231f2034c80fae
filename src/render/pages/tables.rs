//! Budget tables as the pages show them: one row per year, goal, owner or
//! measure, a totals row, and the path of the CSV that repeats the same numbers.

use crate::base::money::Cents;
use crate::base::vocab::Kind;
use crate::model::budget::Totals;
use crate::render::OutputFile;
use crate::render::open_data::portal_json::rate_text;
use crate::render::open_data::{csv_bytes, opt_cents, safe_cell};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{BudgetLineView, BudgetRow, BudgetTable, LinesTable, View};

pub fn budget_row(label: String, href: Option<String>, t: &Totals) -> BudgetRow {
    BudgetRow {
        label,
        href,
        planned: t.planned.0,
        actual: t.has_actual().then_some(t.actual.0),
        difference: t.difference().map(|c| c.0),
        rate_bp: t.rate_bp(),
    }
}

impl RenderContext<'_> {
    /// Folder of the budget CSVs that belong to one goal or measure page.
    fn item_csv_dir(&self, kind: Kind, slug: &str) -> String {
        format!("{}/{}", self.words.budget, self.words.item(kind, slug))
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
            total: budget_row(self.text("total"), None, total),
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

    /// The tables of the budget page: by year, goal, owner and measure.
    pub fn budget_tables(&self) -> Vec<BudgetTable> {
        let b = &self.site.budget;
        let dir = format!("{}/", self.words.budget);
        let total = &b.total;
        let by_year = self.by_year_table(
            self.text("budget_by_year"),
            &b.by_year,
            total,
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
            total: budget_row(self.text("total_counted_once"), None, total),
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
            total: budget_row(self.text("total"), None, total),
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
            total: budget_row(self.text("total"), None, total),
            csv: Some(format!("{dir}by-measure.csv")),
        };
        vec![by_year, by_goal, by_owner, by_measure]
    }
}

/// A budget table as CSV: exactly the numbers shown, in machine format.
pub fn table_csv(t: &BudgetTable) -> Vec<u8> {
    let header = [
        t.key_heading.as_str(),
        "planned",
        "actual",
        "difference",
        "execution_rate_percent",
    ];
    let row = |r: &BudgetRow| {
        vec![
            safe_cell(&r.label),
            Cents(r.planned).to_machine(),
            opt_cents(r.actual),
            opt_cents(r.difference),
            r.rate_bp.map(rate_text).unwrap_or_default(),
        ]
    };
    csv_bytes(
        &header,
        t.rows.iter().map(row).chain(std::iter::once(row(&t.total))),
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
        View::Budget { tables, .. } => tables.iter().filter_map(table).collect(),
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
