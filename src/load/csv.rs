//! data/budget.csv and indicator series CSV files, in any of the forms
//! `csv_dialect.rs` knows, read into a `Grid`.

use std::path::Path;

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::load::csv_dialect::Dialect;
use crate::load::grid::{self, Cell, Grid};
use crate::load::records::BudgetLineSrc;
use crate::msg;

/// 1-based character column where field `i` starts (exact for unquoted fields).
fn column_of(record: &csv::StringRecord, i: usize) -> u32 {
    1 + record
        .iter()
        .take(i)
        .map(|f| f.chars().count() as u32 + 1)
        .sum::<u32>()
}

fn cells(record: &csv::StringRecord, line: u32) -> Vec<Cell> {
    record
        .iter()
        .enumerate()
        .map(|(i, text)| Cell {
            text: text.to_string(),
            loc: Loc::new(line, column_of(record, i)),
            reference: None,
            numeric: false,
        })
        .collect()
}

/// The text as a grid; rows with another number of fields than the header
/// are errors and left out.
pub fn grid(file: &Path, text: &str, d: &mut Diagnostics) -> Option<Grid> {
    let dialect = Dialect::detect(text);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(dialect.delimiter)
        .from_reader(text.as_bytes());
    let header = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            d.push(Diagnostic::error(
                file,
                Loc::START,
                msg!("csv-header-unreadable", error = e.to_string()),
            ));
            return None;
        }
    };
    let mut rows = Vec::new();
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line()) as u32;
                if r.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                if r.len() != header.len() {
                    d.push(
                        Diagnostic::error(
                            file,
                            Loc::new(line, 1),
                            msg!(
                                "row-fields",
                                fields = r.len(),
                                header = header.len(),
                                dialect = dialect.describe()
                            ),
                        )
                        .with_hint(msg!("hint-quote-separator")),
                    );
                    continue;
                }
                rows.push(cells(&r, line));
            }
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line()) as u32;
                d.push(Diagnostic::error(
                    file,
                    Loc::new(line, 1),
                    msg!("csv-row-unreadable", error = e.to_string()),
                ));
            }
        }
    }
    Some(Grid {
        header: cells(&header, 1),
        rows,
        dialect,
        sheet: None,
    })
}

pub fn budget(file: &Path, text: &str, d: &mut Diagnostics) -> Vec<std::sync::Arc<BudgetLineSrc>> {
    grid(file, text, d).map_or_else(Vec::new, |g| grid::budget_lines(file, &g, d))
}

pub fn series(file: &Path, text: &str, d: &mut Diagnostics) -> crate::load::series::SeriesRows {
    grid(file, text, d).map_or_else(Default::default, |g| crate::load::series::read(file, &g, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::money::Cents;

    #[test]
    fn reads_budget_rows_and_reports_bad_cells() {
        let text = "measure,year,label,planned,actual,reference\nkita,2024,Bau,50000,48250.5,HH 64\nkita,2025,,12.345,,\nkita,20x5,,1,,\n";
        let mut d = Diagnostics::new();
        let rows = budget(Path::new("data/budget.csv"), text, &mut d);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].planned, Cents(5_000_000));
        assert_eq!(rows[0].actual, Some(Cents(4_825_050)));
        assert_eq!(rows[0].measure.loc, Loc::new(2, 1));
        let msgs: Vec<String> = d.sorted().iter().map(|x| x.to_string()).collect();
        assert!(msgs[0].starts_with("data/budget.csv:3:12: error: column `planned`: amount `12.345` has more than two decimals"), "{msgs:?}");
        assert!(
            msgs[1].starts_with("data/budget.csv:4:6: error: column `year`: `20x5` is not a year"),
            "{msgs:?}"
        );
    }

    #[test]
    fn header_must_match() {
        let mut d = Diagnostics::new();
        budget(
            Path::new("b.csv"),
            "measure,yaer,label,planned,actual,reference\n",
            &mut d,
        );
        let msgs: Vec<String> = d.sorted().iter().map(|x| x.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("b.csv:1:9: error: unknown column `yaer`")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("b.csv:1:1: error: missing column `year`")),
            "{msgs:?}"
        );
    }
}
