//! Tabular data files as a grid of text cells with their places, whatever
//! the file was: CSV (`csv.rs`) or a spreadsheet (`sheet.rs`). Budget lines
//! and indicator series are read from the grid, so every form gives the
//! same lines and the same messages.

use std::path::Path;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::messages::Text;
use crate::base::money::Cents;
use crate::base::vocab::{LineKind, Point};
use crate::load::csv_dialect::{Dialect, canonical_header, machine_number};
use crate::load::records::BudgetLineSrc;
use crate::msg;

/// The columns of data/budget.csv: the first six are required, the rest optional.
pub const BUDGET_COLUMNS: [&str; 9] = [
    "measure",
    "year",
    "label",
    "planned",
    "actual",
    "reference",
    "kind",
    "product",
    "revised",
];

pub const BUDGET: Columns = Columns {
    names: &BUDGET_COLUMNS,
    required: 6,
    german: "Maßnahme, Jahr, Zweck, Plan or Ansatz, Ist, Fundstelle, Art, Produkt, Ansatz fortgeschrieben",
};

pub const SERIES_COLUMNS: [&str; 2] = ["year", "value"];

/// The scalar keys of a measure a table may set (`klarsicht import`).
pub const MEASURE_KEYS: [&str; 10] = [
    "status",
    "progress",
    "updated",
    "status_note",
    "owner",
    "summary",
    "title",
    "start",
    "end",
    "publish",
];

pub const SERIES: Columns = Columns {
    names: &SERIES_COLUMNS,
    required: 2,
    german: "Jahr, Wert",
};

/// One cell: its text (numbers in machine form where the file had them as
/// numbers) and where it is, for messages.
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub loc: Loc,
    /// `D17` in a spreadsheet; none in a CSV file (the location says it).
    pub reference: Option<String>,
    /// A spreadsheet's number cell: `text` is in machine form already.
    pub numeric: bool,
}

/// A header row and the data rows under it (empty rows left out).
#[derive(Debug, Clone)]
pub struct Grid {
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
    pub dialect: Dialect,
    /// The sheet of a spreadsheet.
    pub sheet: Option<String>,
}

impl Grid {
    /// `Haushalt!D17: ` for a spreadsheet cell, empty for CSV.
    pub fn place(&self, c: &Cell) -> String {
        match (&self.sheet, &c.reference) {
            (Some(s), Some(r)) => format!("{s}!{r}: "),
            _ => String::new(),
        }
    }

    /// `Haushalt: ` for a spreadsheet, empty for CSV.
    pub(super) fn sheet_place(&self) -> String {
        self.sheet
            .as_ref()
            .map(|s| format!("{s}: "))
            .unwrap_or_default()
    }

    pub(super) fn header_loc(&self) -> Loc {
        self.header
            .first()
            .map_or(Loc::START, |c| Loc::new(c.loc.line, 1))
    }
}

/// What a data file's header must and may name.
#[derive(Clone, Copy)]
pub struct Columns<'a> {
    pub names: &'a [&'a str],
    /// The first `required` names must be present.
    pub required: usize,
    /// The German names the header may use instead, for the hint.
    pub german: &'a str,
}

impl Columns<'_> {
    pub(super) fn hint(&self) -> Text {
        let (must, may) = self.names.split_at(self.required);
        msg!(
            "hint-header",
            must = must.join(","),
            may = if may.is_empty() {
                "none".to_string()
            } else {
                may.join(",")
            },
            german = self.german
        )
    }
}

/// Column positions of a header (none for an optional column left out), or
/// an error naming what is missing or unknown.
pub fn header_map(
    file: &Path,
    grid: &Grid,
    cols: Columns,
    d: &mut Diagnostics,
) -> Option<Vec<Option<usize>>> {
    let names: Vec<std::borrow::Cow<str>> = grid
        .header
        .iter()
        .map(|c| canonical_header(&c.text))
        .collect();
    let mut ok = true;
    for (i, n) in names.iter().enumerate() {
        if !cols.names.contains(&n.as_ref()) {
            d.push(
                Diagnostic::error(
                    file,
                    grid.header[i].loc,
                    msg!(
                        "unknown-column",
                        place = grid.place(&grid.header[i]),
                        column = n,
                        dialect = grid.dialect.describe()
                    ),
                )
                .with_hint(cols.hint()),
            );
            ok = false;
        }
    }
    let mut map = Vec::new();
    for (k, e) in cols.names.iter().enumerate() {
        let at = names.iter().position(|n| n == e);
        if at.is_none() && k < cols.required {
            d.push(
                Diagnostic::error(
                    file,
                    grid.header_loc(),
                    msg!("missing-column", place = grid.sheet_place(), column = e),
                )
                .with_hint(cols.hint()),
            );
            ok = false;
        }
        map.push(at);
    }
    ok.then_some(map)
}

pub(super) struct Row<'a> {
    pub file: &'a Path,
    pub grid: &'a Grid,
    pub cells: &'a [Cell],
    pub map: &'a [Option<usize>],
    pub names: &'a [&'a str],
}

impl Row<'_> {
    /// The cell of a column; empty for an optional column the file leaves out.
    fn cell(&self, col: usize) -> Option<&Cell> {
        self.map[col].and_then(|i| self.cells.get(i))
    }

    pub(super) fn get(&self, col: usize) -> &str {
        self.cell(col).map_or("", |c| c.text.trim())
    }

    fn loc(&self, col: usize) -> Loc {
        match self.cell(col) {
            Some(c) => c.loc,
            None => self
                .cells
                .first()
                .map_or(Loc::START, |c| Loc::new(c.loc.line, 1)),
        }
    }

    pub(super) fn error(&self, col: usize, message: Text) -> Diagnostic {
        let place = self
            .cell(col)
            .map(|c| self.grid.place(c))
            .unwrap_or_default();
        Diagnostic::error(
            self.file,
            self.loc(col),
            msg!(
                "cell-error",
                place = place,
                column = self.names[col],
                dialect = self.grid.dialect.describe(),
                problem = message
            ),
        )
    }

    fn year(&self, col: usize, d: &mut Diagnostics) -> Option<i32> {
        match self.get(col).parse::<i32>() {
            Ok(y) if (1900..=2200).contains(&y) => Some(y),
            _ => {
                d.push(
                    self.error(col, msg!("not-a-year", value = self.get(col)))
                        .with_hint(msg!("hint-year")),
                );
                None
            }
        }
    }

    /// Some(None) for an empty cell, Some(Some(v)) for a good one, None
    /// (and an error) for a bad one.
    fn optional<T>(&self, col: usize, read: impl FnOnce(usize) -> Option<T>) -> Option<Option<T>> {
        if self.get(col).is_empty() {
            Some(None)
        } else {
            read(col).map(Some)
        }
    }

    /// A planned or revised amount: 0 or more.
    fn plan_amount(&self, col: usize, d: &mut Diagnostics) -> Option<Cents> {
        let a = self.amount(col, d)?;
        if a.is_negative() {
            d.push(
                self.error(
                    col,
                    msg!(
                        "amount-negative",
                        column = self.names[col],
                        value = a.to_machine()
                    ),
                )
                .with_hint(msg!("hint-negative-plan")),
            );
            return None;
        }
        Some(a)
    }

    fn kind(&self, col: usize, d: &mut Diagnostics) -> Option<LineKind> {
        let text = self.get(col);
        let found = LineKind::from_word(text);
        if found.is_none() {
            d.push(
                self.error(col, msg!("invalid-line-kind", value = text))
                    .with_hint(msg!("hint-line-kind")),
            );
        }
        found
    }

    /// The cell as a number in machine form (`1.234,5` → `1234.5`).
    fn number(&self, col: usize) -> String {
        let text = self.get(col);
        if self.cell(col).is_some_and(|c| c.numeric) {
            return text.to_string();
        }
        machine_number(text, self.grid.dialect).unwrap_or_else(|| text.to_string())
    }

    fn amount(&self, col: usize, d: &mut Diagnostics) -> Option<Cents> {
        let text = self.get(col);
        Cents::parse(&self.number(col))
            .map_err(|e| {
                let hint = if self.grid.dialect.dot_groups_thousands() {
                    msg!("hint-amount-german")
                } else {
                    msg!("hint-amount-machine")
                };
                d.push(self.error(col, e.describe(text)).with_hint(hint));
            })
            .ok()
    }
}

/// Each data row of `grid` read by `read`, under the header `cols` names.
fn read_rows<T>(
    file: &Path,
    grid: &Grid,
    cols: Columns,
    d: &mut Diagnostics,
    mut read: impl FnMut(&Row, &mut Diagnostics) -> Option<T>,
) -> Vec<T> {
    let Some(map) = header_map(file, grid, cols, d) else {
        return Vec::new();
    };
    grid.rows
        .iter()
        .filter_map(|cells| {
            let row = Row {
                file,
                grid,
                cells,
                map: &map,
                names: cols.names,
            };
            read(&row, d)
        })
        .collect()
}

/// The budget lines of a grid read from data/budget.csv or a spreadsheet.
pub fn budget_lines(
    file: &Path,
    grid: &Grid,
    d: &mut Diagnostics,
) -> Vec<std::sync::Arc<BudgetLineSrc>> {
    read_rows(file, grid, BUDGET, d, |row, d| {
        let measure = row.get(0);
        if measure.is_empty() {
            d.push(row.error(0, msg!("measure-slug-empty")));
            return None;
        }
        let year = row.year(1, d);
        let planned = row.plan_amount(3, d);
        let revised = row.optional(8, |c| row.plan_amount(c, d));
        let actual = row.optional(4, |c| row.amount(c, d));
        let kind = row.optional(6, |c| row.kind(c, d));
        let (Some(year), Some(planned), Some(revised), Some(actual), Some(kind)) =
            (year, planned, revised, actual, kind)
        else {
            return None;
        };
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Some(std::sync::Arc::new(BudgetLineSrc {
            measure: At {
                value: measure.to_string(),
                loc: row.loc(0),
            },
            year,
            label: opt(row.get(2)),
            planned,
            revised,
            actual,
            kind: kind.unwrap_or_default(),
            product: opt(row.get(7)),
            reference: opt(row.get(5)),
            file: file.to_path_buf(),
            loc: row.loc(3),
        }))
    })
}

/// One row of a series: `year` in column 0, `value` in column 1 of the
/// row's map.
pub(super) fn series_point(row: &Row, d: &mut Diagnostics) -> Option<Point> {
    let year = row.year(0, d);
    let value = match row.number(1).parse::<f64>() {
        Ok(v) => match crate::model::indicator::value_problem(row.get(1), v) {
            Some(problem) => {
                d.push(row.error(1, problem));
                None
            }
            None => Some(v),
        },
        _ => {
            d.push(
                row.error(1, msg!("not-a-number", value = row.get(1)))
                    .with_hint(if row.grid.dialect.dot_groups_thousands() {
                        msg!("hint-number-german")
                    } else {
                        msg!("hint-number-machine")
                    }),
            );
            None
        }
    };
    Some(Point {
        year: year?,
        value: value?,
    })
}
