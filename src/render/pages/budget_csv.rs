//! The CSV downloads of the budget tables: exactly the numbers a table
//! shows, column for column, in machine format (amounts `48250.50`, rates
//! `96.5`), built from the same view as the page.

use crate::base::money::Cents;
use crate::render::OutputFile;
use crate::render::open_data::budget_json::rate_text;
use crate::render::open_data::{csv_bytes, opt_cents, safe_cell};
use crate::render::pages::views::{
    BudgetRow, BudgetTable, LinesTable, NetTable, PerInhabitantTable, View, YearOnYearTable,
};

fn rate(v: Option<i64>) -> String {
    v.map(rate_text).unwrap_or_default()
}

/// A budget table as CSV; the optional columns as the table shows them.
pub fn table_csv(t: &BudgetTable) -> Vec<u8> {
    let mut header = vec![t.key_heading.as_str(), "planned"];
    if t.revised {
        header.push("revised");
    }
    header.extend([
        "planned_of_lines_with_actual",
        "actual",
        "difference",
        "execution_rate_percent",
    ]);

    let row = |r: &BudgetRow| {
        let mut cells = vec![safe_cell(&r.label), Cents(r.planned).to_machine()];
        if t.revised {
            cells.push(Cents(r.revised).to_machine());
        }
        cells.extend([
            opt_cents(r.basis),
            opt_cents(r.actual),
            opt_cents(r.difference),
            rate(r.rate),
        ]);

        cells
    };
    let footer = t.adjustment.iter().chain(t.total.iter());
    csv_bytes(&header, t.rows.iter().chain(footer).map(row))
}

/// The periods per inhabitant as CSV.
pub fn per_inhabitant_csv(t: &PerInhabitantTable) -> Vec<u8> {
    let rows = t.rows.iter().map(|r| {
        vec![
            safe_cell(&r.label),
            Cents(r.planned).to_machine(),
            Cents(r.planned_per_inhabitant).to_machine(),
            opt_cents(r.actual),
            opt_cents(r.actual_per_inhabitant),
        ]
    });
    csv_bytes(
        &[
            "period",
            "planned",
            "planned_per_inhabitant",
            "actual",
            "actual_per_inhabitant",
        ],
        rows,
    )
}

/// The year-on-year table as CSV.
pub fn year_on_year_csv(t: &YearOnYearTable) -> Vec<u8> {
    let rows = t.rows.iter().map(|r| {
        vec![
            r.year.to_string(),
            Cents(r.planned).to_machine(),
            opt_cents(r.planned_delta),
            rate(r.planned_percent),
            opt_cents(r.actual),
            opt_cents(r.actual_delta),
            rate(r.actual_percent),
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

/// Expense, income and net by year as CSV.
pub fn net_csv(t: &NetTable) -> Vec<u8> {
    let rows = t.rows.iter().chain(std::iter::once(&t.total)).map(|r| {
        vec![
            safe_cell(&r.label),
            Cents(r.expense_planned).to_machine(),
            Cents(r.income_planned).to_machine(),
            Cents(r.net_planned).to_machine(),
            opt_cents(r.expense_actual),
            opt_cents(r.income_actual),
            opt_cents(r.net_actual),
        ]
    });
    csv_bytes(
        &[
            "year",
            "expense_planned",
            "income_planned",
            "net_planned",
            "expense_actual",
            "income_actual",
            "net_actual",
        ],
        rows,
    )
}

/// A measure's budget lines as CSV, with the totals row the page shows.
pub fn lines_csv(t: &LinesTable) -> Vec<u8> {
    let mut header = vec!["year", "label", "product", "reference", "planned"];
    if t.revised {
        header.push("revised");
    }
    header.push("actual");
    let rows = t.rows.iter().map(|l| {
        let mut cells = vec![
            l.year.to_string(),
            safe_cell(l.label.as_deref().unwrap_or("")),
            safe_cell(l.product.as_deref().unwrap_or("")),
            safe_cell(l.reference.as_deref().unwrap_or("")),
            Cents(l.planned).to_machine(),
        ];
        if t.revised {
            cells.push(Cents(l.revised).to_machine());
        }
        cells.push(opt_cents(l.actual));
        cells
    });
    let mut total = vec![
        safe_cell(&t.total.label),
        String::new(),
        String::new(),
        String::new(),
        Cents(t.total.planned).to_machine(),
    ];
    if t.revised {
        total.push(Cents(t.total.revised).to_machine());
    }
    total.push(opt_cents(t.total.actual));
    csv_bytes(&header, rows.chain(std::iter::once(total)))
}

fn table_file(t: &BudgetTable) -> Option<OutputFile> {
    t.csv
        .as_ref()
        .map(|path| OutputFile::bytes(path.clone(), table_csv(t)))
}

fn lines_file(t: &LinesTable) -> Option<OutputFile> {
    t.csv
        .as_ref()
        .map(|path| OutputFile::bytes(path.clone(), lines_csv(t)))
}

/// The CSV downloads of the tables a page shows, built from the same view.
pub fn view_csvs(view: &View) -> Vec<OutputFile> {
    match view {
        View::Budget { budget: b } => std::iter::once(&b.overview.table)
            .chain(&b.tables)
            .chain(&b.income)
            .filter_map(table_file)
            .chain(
                b.year_on_year
                    .iter()
                    .map(|y| OutputFile::bytes(y.csv.clone(), year_on_year_csv(y))),
            )
            .chain(
                b.overview
                    .per_inhabitant
                    .iter()
                    .map(|p| OutputFile::bytes(p.csv.clone(), per_inhabitant_csv(p))),
            )
            .chain(
                b.net
                    .iter()
                    .map(|n| OutputFile::bytes(n.csv.clone(), net_csv(n))),
            )
            .collect(),
        View::Goal { goal } => std::iter::once(&goal.budget)
            .chain(&goal.income)
            .filter_map(table_file)
            .collect(),
        View::Measure { measure } => std::iter::once(&measure.budget)
            .chain(&measure.income)
            .filter_map(table_file)
            .chain(
                std::iter::once(&measure.budget_lines)
                    .chain(&measure.income_lines)
                    .filter_map(lines_file),
            )
            .collect(),
        _ => Vec::new(),
    }
}
