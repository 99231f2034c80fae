//! data/budget.csv and indicator series CSV files.

use std::path::Path;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::money::Cents;
use crate::base::vocab::{LineKind, Point};
use crate::load::csv_dialect::{Dialect, canonical_header, machine_number};
use crate::load::records::BudgetLineSrc;

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
const BUDGET_REQUIRED: usize = 6;

/// What a CSV's header must and may name.
#[derive(Clone, Copy)]
struct Columns<'a> {
    names: &'a [&'a str],
    /// The first `required` names must be present.
    required: usize,
    /// The German names the header may use instead, for the hint.
    german: &'a str,
}

impl Columns<'_> {
    fn hint(&self) -> String {
        let (must, may) = self.names.split_at(self.required);
        let english = if may.is_empty() {
            format!("the header is {}", must.join(","))
        } else {
            format!(
                "the header is {}, optionally with {}",
                must.join(","),
                may.join(",")
            )
        };
        format!(
            "{english} (in any order; German names work too: {})",
            self.german
        )
    }
}

/// Column positions of a header (none for an optional column left out), or
/// an error naming what is missing or unknown.
fn header_map(
    file: &Path,
    header: &csv::StringRecord,
    cols: Columns,
    dialect: Dialect,
    d: &mut Diagnostics,
) -> Option<Vec<Option<usize>>> {
    let names: Vec<std::borrow::Cow<str>> = header.iter().map(canonical_header).collect();
    let mut ok = true;
    for (i, n) in names.iter().enumerate() {
        if !cols.names.contains(&n.as_ref()) {
            d.push(
                Diagnostic::error(
                    file,
                    Loc::new(1, column_of(header, i)),
                    format!("unknown column `{n}`{}", dialect.describe()),
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
                Diagnostic::error(file, Loc::START, format!("missing column `{e}`"))
                    .with_hint(cols.hint()),
            );
            ok = false;
        }
        map.push(at);
    }
    ok.then_some(map)
}

/// 1-based character column where field `i` starts (exact for unquoted fields).
fn column_of(record: &csv::StringRecord, i: usize) -> u32 {
    1 + record
        .iter()
        .take(i)
        .map(|f| f.chars().count() as u32 + 1)
        .sum::<u32>()
}

fn reader(text: &str, dialect: Dialect) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(dialect.delimiter)
        .from_reader(text.as_bytes())
}

struct Row<'a> {
    file: &'a Path,
    record: &'a csv::StringRecord,
    line: u32,
    map: &'a [Option<usize>],
    names: &'a [&'a str],
    dialect: Dialect,
}

impl Row<'_> {
    /// The cell of a column; empty for an optional column the file leaves out.
    fn get(&self, col: usize) -> &str {
        self.map[col]
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
            .trim()
    }

    fn loc(&self, col: usize) -> Loc {
        Loc::new(
            self.line,
            self.map[col].map_or(1, |i| column_of(self.record, i)),
        )
    }

    fn error(&self, col: usize, message: String) -> Diagnostic {
        Diagnostic::error(
            self.file,
            self.loc(col),
            format!(
                "column `{}`{}: {message}",
                self.names[col],
                self.dialect.describe()
            ),
        )
    }

    fn year(&self, col: usize, d: &mut Diagnostics) -> Option<i32> {
        match self.get(col).parse::<i32>() {
            Ok(y) if (1900..=2200).contains(&y) => Some(y),
            _ => {
                d.push(
                    self.error(col, format!("`{}` is not a year", self.get(col)))
                        .with_hint("write a four-digit year, e.g. 2025"),
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
                    format!("{} amount {} is negative", self.names[col], a.to_machine()),
                )
                .with_hint(crate::load::items::NEGATIVE_PLAN_HINT),
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
                self.error(col, format!("invalid budget line kind `{text}`"))
                    .with_hint(crate::load::items::LINE_KIND_HINT),
            );
        }
        found
    }

    /// The cell as a number in machine form (`1.234,5` → `1234.5`).
    fn number(&self, col: usize) -> String {
        let text = self.get(col);
        machine_number(text, self.dialect).unwrap_or_else(|| text.to_string())
    }

    fn amount(&self, col: usize, d: &mut Diagnostics) -> Option<Cents> {
        let text = self.get(col);
        Cents::parse(&self.number(col))
            .map_err(|e| {
                let hint = if self.dialect.dot_groups_thousands() {
                    "write amounts like 50.000 or 48.250,50 (decimal comma, `.` between thousands) or 48250.50"
                } else {
                    "write amounts like 50000 or 48250.50, `.` as decimal point; or \"48.250,50\" in quotes"
                };
                d.push(self.error(col, e.describe(text)).with_hint(hint));
            })
            .ok()
    }
}

/// Column positions and the data rows with their line numbers.
type Rows = (Vec<Option<usize>>, Vec<(u32, csv::StringRecord)>);

fn records(
    file: &Path,
    text: &str,
    cols: Columns,
    dialect: Dialect,
    d: &mut Diagnostics,
) -> Option<Rows> {
    let mut rdr = reader(text, dialect);
    let header = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            d.push(Diagnostic::error(
                file,
                Loc::START,
                format!("cannot read CSV header: {e}"),
            ));
            return None;
        }
    };
    let map = header_map(file, &header, cols, dialect, d)?;
    let mut out = Vec::new();
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
                            format!(
                                "row has {} fields, the header has {}",
                                r.len(),
                                header.len()
                            ),
                        )
                        .with_hint("quote fields that contain commas: \"a, b\""),
                    );
                    continue;
                }
                out.push((line, r));
            }
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line()) as u32;
                d.push(Diagnostic::error(
                    file,
                    Loc::new(line, 1),
                    format!("cannot read CSV row: {e}"),
                ));
            }
        }
    }
    Some((map, out))
}

pub fn budget(file: &Path, text: &str, d: &mut Diagnostics) -> Vec<std::sync::Arc<BudgetLineSrc>> {
    let cols = Columns {
        names: &BUDGET_COLUMNS,
        required: BUDGET_REQUIRED,
        german: "Maßnahme, Jahr, Zweck, Plan or Ansatz, Ist, Fundstelle, Art, Produkt, Ansatz fortgeschrieben",
    };
    let dialect = Dialect::detect(text);
    let Some((map, rows)) = records(file, text, cols, dialect, d) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (line, record) in &rows {
        let row = Row {
            file,
            record,
            line: *line,
            map: &map,
            names: &BUDGET_COLUMNS,
            dialect,
        };
        let measure = row.get(0);
        if measure.is_empty() {
            d.push(row.error(0, "the measure slug is empty".into()));
            continue;
        }
        let year = row.year(1, d);
        let planned = row.plan_amount(3, d);
        let revised = row.optional(8, |c| row.plan_amount(c, d));
        let actual = row.optional(4, |c| row.amount(c, d));
        let kind = row.optional(6, |c| row.kind(c, d));
        let (Some(year), Some(planned), Some(revised), Some(actual), Some(kind)) =
            (year, planned, revised, actual, kind)
        else {
            continue;
        };
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        out.push(std::sync::Arc::new(BudgetLineSrc {
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
        }));
    }
    out
}

pub fn series(file: &Path, text: &str, d: &mut Diagnostics) -> Vec<Point> {
    const COLS: [&str; 2] = ["year", "value"];
    let cols = Columns {
        names: &COLS,
        required: COLS.len(),
        german: "Jahr, Wert",
    };
    let dialect = Dialect::detect(text);
    let Some((map, rows)) = records(file, text, cols, dialect, d) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (line, record) in &rows {
        let row = Row {
            file,
            record,
            line: *line,
            map: &map,
            names: &COLS,
            dialect,
        };
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
                    row.error(1, format!("`{}` is not a number", row.get(1)))
                        .with_hint(if dialect.dot_groups_thousands() {
                            "write e.g. 61,5 or 1.234,5 (decimal comma)"
                        } else {
                            "use `.` as decimal point, e.g. 61.5"
                        }),
                );
                None
            }
        };
        if let (Some(year), Some(value)) = (year, value) {
            out.push(Point { year, value });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
