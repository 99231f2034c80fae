//! The downloads of the budget tables: exactly the numbers a table shows,
//! column for column, as CSV in machine form (amounts `48250.50`, rates
//! `96.5`) and as an Excel workbook, built from the same view as the page.

use crate::render::OutputFile;
use crate::render::open_data::tabular::{Column, Tabular, Value};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{
    BudgetRow, BudgetTable, IndicatorView, LinesTable, NetTable, PerInhabitantTable, View,
    YearOnYearTable,
};

/// A budget table; the optional columns as the table shows them.
pub fn table(t: &BudgetTable) -> Tabular {
    let mut names = vec!["planned"];
    if t.revised {
        names.push("revised");
    }
    names.extend([
        "planned_of_lines_with_actual",
        "actual",
        "difference",
        "execution_rate_percent",
    ]);
    let mut columns = vec![Column {
        name: t.key_heading.clone(),
        heading: Some(t.key_heading.clone()),
    }];
    columns.extend(names.iter().map(|n| Column::named(n)));
    let row = |r: &BudgetRow| {
        let mut cells = vec![Value::text(&r.label), Value::Money(r.planned)];
        if t.revised {
            cells.push(Value::Money(r.revised));
        }
        cells.extend([
            Value::money(r.basis),
            Value::money(r.actual),
            Value::money(r.difference),
            Value::rate(r.rate),
        ]);
        cells
    };
    let footer = t.adjustment.iter().chain(t.total.iter());
    Tabular {
        columns,
        rows: t.rows.iter().chain(footer).map(row).collect(),
    }
}

/// The periods per inhabitant.
pub fn per_inhabitant(t: &PerInhabitantTable) -> Tabular {
    let rows = t.rows.iter().map(|r| {
        vec![
            Value::text(&r.label),
            Value::Money(r.planned),
            Value::Money(r.planned_per_inhabitant),
            Value::money(r.actual),
            Value::money(r.actual_per_inhabitant),
        ]
    });
    Tabular::new(
        &[
            "period",
            "planned",
            "planned_per_inhabitant",
            "actual",
            "actual_per_inhabitant",
        ],
        rows.collect(),
    )
}

/// Every year against the year before.
pub fn year_on_year(t: &YearOnYearTable) -> Tabular {
    let rows = t.rows.iter().map(|r| {
        vec![
            Value::Int(i64::from(r.year)),
            Value::Money(r.planned),
            Value::money(r.planned_delta),
            Value::rate(r.planned_percent),
            Value::money(r.actual),
            Value::money(r.actual_delta),
            Value::rate(r.actual_percent),
        ]
    });
    Tabular::new(
        &[
            "year",
            "planned",
            "planned_change",
            "planned_change_percent",
            "actual",
            "actual_change",
            "actual_change_percent",
        ],
        rows.collect(),
    )
}

/// Expense, income and net by year.
pub fn net(t: &NetTable) -> Tabular {
    let rows = t.rows.iter().chain(std::iter::once(&t.total)).map(|r| {
        vec![
            Value::text(&r.label),
            Value::Money(r.expense_planned),
            Value::Money(r.income_planned),
            Value::Money(r.net_planned),
            Value::money(r.expense_actual),
            Value::money(r.income_actual),
            Value::money(r.net_actual),
        ]
    });
    Tabular::new(
        &[
            "year",
            "expense_planned",
            "income_planned",
            "net_planned",
            "expense_actual",
            "income_actual",
            "net_actual",
        ],
        rows.collect(),
    )
}

/// A measure's budget lines, with the totals row the page shows.
pub fn lines(t: &LinesTable) -> Tabular {
    let mut names = vec!["year", "label", "product", "reference", "planned"];
    if t.revised {
        names.push("revised");
    }
    names.push("actual");
    let mut rows: Vec<Vec<Value>> = t
        .rows
        .iter()
        .map(|l| {
            let mut cells = vec![
                Value::Int(i64::from(l.year)),
                Value::opt_text(l.label.as_deref()),
                Value::opt_text(l.product.as_deref()),
                Value::opt_text(l.reference.as_deref()),
                Value::Money(l.planned),
            ];
            if t.revised {
                cells.push(Value::Money(l.revised));
            }
            cells.push(Value::money(l.actual));
            cells
        })
        .collect();
    let mut total = vec![
        Value::text(&t.total.label),
        Value::Empty,
        Value::Empty,
        Value::Empty,
        Value::Money(t.total.planned),
    ];
    if t.revised {
        total.push(Value::Money(t.total.revised));
    }
    total.push(Value::money(t.total.actual));
    rows.push(total);
    Tabular::new(&names, rows)
}

/// An indicator's series: a row per year, oldest first; with dimensions,
/// every row of its data file in the file's order, a column per dimension
/// (empty for its total).
fn series(x: &IndicatorView) -> Tabular {
    let Some(b) = &x.series_rows else {
        let rows = x
            .values
            .iter()
            .map(|p| vec![Value::Int(p.year.into()), Value::Number(p.value)])
            .collect();
        return Tabular::new(&["year", "value"], rows);
    };
    let rows =
        b.rows
            .iter()
            .map(|r| {
                let mut cells = vec![Value::Int(r.year.into()), Value::Number(r.value)];
                cells.extend(r.keys.iter().map(|k| {
                    Value::opt_text(Some(k).filter(|k| !k.is_empty()).map(String::as_str))
                }));
                cells
            })
            .collect();
    let mut t = Tabular::new(&["year", "value"], rows);
    t.columns.extend(b.dimensions.iter().map(|d| Column {
        name: d.clone(),
        heading: Some(d.clone()),
    }));
    t
}

impl RenderContext<'_> {
    /// A table's CSV at `csv` and its workbook twin beside it (`.xlsx`).
    pub fn download_pair(&self, csv: &str, data: &Tabular) -> [OutputFile; 2] {
        let sheet = self.text("xlsx_sheet");
        let xlsx = format!("{}.xlsx", csv.strip_suffix(".csv").unwrap_or(csv));
        [
            OutputFile::bytes(csv.to_string(), data.csv()),
            OutputFile::bytes(
                xlsx,
                data.xlsx(&sheet, self.t, self.fmt.currency_symbol(), self.site.today),
            ),
        ]
    }

    /// The downloads of the tables a page shows, built from the same view.
    pub fn view_downloads(&self, view: &View) -> Vec<OutputFile> {
        let mut out: Vec<(String, Tabular)> = Vec::new();
        let budget = |t: &BudgetTable, out: &mut Vec<(String, Tabular)>| {
            if let Some(csv) = &t.csv {
                out.push((csv.clone(), table(t)));
            }
        };
        match view {
            View::Budget { budget: b } => {
                for t in std::iter::once(&b.overview.table)
                    .chain(&b.tables)
                    .chain(&b.income)
                {
                    budget(t, &mut out);
                }
                // Paged, a table's CSV still holds every row.
                for p in &b.paged {
                    if let Some(t) = self.whole_table(p.id) {
                        budget(&t, &mut out);
                    }
                }
                out.extend(
                    b.year_on_year
                        .iter()
                        .map(|y| (y.csv.clone(), year_on_year(y))),
                );
                out.extend(
                    b.overview
                        .per_inhabitant
                        .iter()
                        .map(|p| (p.csv.clone(), per_inhabitant(p))),
                );
                out.extend(b.net.iter().map(|n| (n.csv.clone(), net(n))));
            }
            View::Goal { goal } => {
                for t in std::iter::once(&goal.budget).chain(&goal.income) {
                    budget(t, &mut out);
                }
            }
            View::Measure { measure } => {
                for t in std::iter::once(&measure.budget).chain(&measure.income) {
                    budget(t, &mut out);
                }
                for l in std::iter::once(&measure.budget_lines).chain(&measure.income_lines) {
                    if let Some(csv) = &l.csv {
                        out.push((csv.clone(), lines(l)));
                    }
                }
            }
            View::Indicator { indicator } => {
                if let Some(csv) = &indicator.csv {
                    out.push((csv.clone(), series(indicator)));
                }
            }
            _ => {}
        }
        out.iter()
            .flat_map(|(csv, data)| self.download_pair(csv, data))
            .collect()
    }
}
