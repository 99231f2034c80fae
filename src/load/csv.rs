//! data/budget.csv and indicator series CSV files.

use std::path::Path;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::money::Cents;
use crate::base::vocab::Point;
use crate::load::records::BudgetLineSrc;

pub const BUDGET_COLUMNS: [&str; 6] =
    ["measure", "year", "label", "planned", "actual", "reference"];

/// Column positions of a header, or an error naming what is missing or unknown.
fn header_map(
    file: &Path,
    header: &csv::StringRecord,
    expected: &[&str],
    d: &mut Diagnostics,
) -> Option<Vec<usize>> {
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let mut ok = true;
    for (i, n) in names.iter().enumerate() {
        if !expected.contains(n) {
            d.push(
                Diagnostic::error(
                    file,
                    Loc::new(1, column_of(header, i)),
                    format!("unknown column `{n}`"),
                )
                .with_hint(format!("the header is {}", expected.join(","))),
            );
            ok = false;
        }
    }
    let mut map = Vec::new();
    for e in expected {
        match names.iter().position(|n| n == e) {
            Some(i) => map.push(i),
            None => {
                d.push(
                    Diagnostic::error(file, Loc::START, format!("missing column `{e}`"))
                        .with_hint(format!("the header is {}", expected.join(","))),
                );
                ok = false;
            }
        }
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

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes())
}

struct Row<'a> {
    file: &'a Path,
    record: &'a csv::StringRecord,
    line: u32,
    map: &'a [usize],
    names: &'a [&'a str],
}

impl Row<'_> {
    fn get(&self, col: usize) -> &str {
        self.record.get(self.map[col]).unwrap_or("").trim()
    }

    fn loc(&self, col: usize) -> Loc {
        Loc::new(self.line, column_of(self.record, self.map[col]))
    }

    fn error(&self, col: usize, message: String) -> Diagnostic {
        Diagnostic::error(
            self.file,
            self.loc(col),
            format!("column `{}`: {message}", self.names[col]),
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

    fn amount(&self, col: usize, d: &mut Diagnostics) -> Option<Cents> {
        let text = self.get(col);
        Cents::parse(text)
            .map_err(|e| {
                d.push(self.error(col, e.describe(text)).with_hint("write amounts like 50000 or 48250.50, `.` as decimal point, no thousands separator"));
            })
            .ok()
    }
}

/// Column positions and the data rows with their line numbers.
type Rows = (Vec<usize>, Vec<(u32, csv::StringRecord)>);

fn records(file: &Path, text: &str, expected: &[&str], d: &mut Diagnostics) -> Option<Rows> {
    let mut rdr = reader(text);
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
    let map = header_map(file, &header, expected, d)?;
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
    let Some((map, rows)) = records(file, text, &BUDGET_COLUMNS, d) else {
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
        };
        let measure = row.get(0);
        if measure.is_empty() {
            d.push(row.error(0, "the measure slug is empty".into()));
            continue;
        }
        let year = row.year(1, d);
        let planned = row.amount(3, d);
        let actual = if row.get(4).is_empty() {
            Some(None)
        } else {
            row.amount(4, d).map(Some)
        };
        if let Some(p) = planned
            && p.is_negative()
        {
            d.push(row.error(3, format!("planned amount {} is negative", p.to_machine())));
            continue;
        }
        let (Some(year), Some(planned), Some(actual)) = (year, planned, actual) else {
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
            actual,
            reference: opt(row.get(5)),
            file: file.to_path_buf(),
            loc: row.loc(3),
        }));
    }
    out
}

pub fn series(file: &Path, text: &str, d: &mut Diagnostics) -> Vec<Point> {
    const COLS: [&str; 2] = ["year", "value"];
    let Some((map, rows)) = records(file, text, &COLS, d) else {
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
        };
        let year = row.year(0, d);
        let value = match row.get(1).parse::<f64>() {
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
                        .with_hint("use `.` as decimal point, e.g. 61.5"),
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
