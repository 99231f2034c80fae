//! An indicator's data file: the columns `year` and `value`, and any other
//! column a dimension that breaks the figure down (`district`, `sex`).
//! A row whose dimensions are all empty (or a total word: `total`,
//! `insgesamt`, `gesamt`) belongs to the headline series.

use std::collections::HashMap;
use std::path::Path;

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::vocab::Point;
use crate::load::csv_dialect::canonical_header;
use crate::load::grid::{Grid, Row, SERIES, SERIES_COLUMNS, series_point};
use crate::load::records::{Breakdown, BreakdownRow};
use crate::msg;

/// The words that name a dimension's total, besides an empty cell.
pub const TOTAL_WORDS: [&str; 3] = ["total", "insgesamt", "gesamt"];

/// What a series file holds.
#[derive(Debug, Default)]
pub struct SeriesRows {
    /// The headline series, in the file's order.
    pub points: Vec<Point>,
    /// With dimension columns: every row, the headline's included.
    pub breakdown: Option<Breakdown>,
}

/// A dimension's cell: empty for the total.
fn key(text: &str) -> String {
    let t = text.trim();
    if TOTAL_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        String::new()
    } else {
        t.to_string()
    }
}

/// A dimension column: its position and its name as the header writes it.
type Dimension = (usize, String);

/// The columns of the header: `year`'s, `value`'s and the dimensions';
/// None after an error.
fn columns(file: &Path, grid: &Grid, d: &mut Diagnostics) -> Option<([usize; 2], Vec<Dimension>)> {
    let mut at = [None, None];
    let mut dims: Vec<Dimension> = Vec::new();
    let mut ok = true;
    for (i, c) in grid.header.iter().enumerate() {
        let name = canonical_header(&c.text);
        if let Some(k) = SERIES_COLUMNS.iter().position(|s| *s == name) {
            at[k] = Some(i);
            continue;
        }
        let written = c.text.trim().to_string();
        let problem = if written.is_empty() {
            Some(msg!("dimension-unnamed", place = grid.place(c)))
        } else if dims.iter().any(|(_, n)| n.eq_ignore_ascii_case(&written)) {
            Some(msg!(
                "dimension-twice",
                place = grid.place(c),
                column = written
            ))
        } else {
            None
        };
        match problem {
            Some(p) => {
                d.push(Diagnostic::error(file, c.loc, p).with_hint(msg!("hint-dimension")));
                ok = false;
            }
            None => dims.push((i, written)),
        }
    }
    for (k, col) in at.iter().enumerate() {
        if col.is_none() {
            d.push(
                Diagnostic::error(
                    file,
                    grid.header_loc(),
                    msg!(
                        "missing-column",
                        place = grid.sheet_place(),
                        column = SERIES_COLUMNS[k]
                    ),
                )
                .with_hint(SERIES.hint()),
            );
            ok = false;
        }
    }
    let [Some(year), Some(value)] = at else {
        return None;
    };
    ok.then_some(([year, value], dims))
}

/// A row's position: its first cell's.
fn row_loc(cells: &[crate::load::grid::Cell]) -> Loc {
    cells.first().map_or(Loc::START, |c| c.loc)
}

/// Reads a series grid. Two rows for the same year and the same
/// dimension values are an error at the second.
pub fn read(file: &Path, grid: &Grid, d: &mut Diagnostics) -> SeriesRows {
    let Some(([year, value], dims)) = columns(file, grid, d) else {
        return SeriesRows::default();
    };
    let map = [Some(year), Some(value)];
    let mut seen: HashMap<(i32, Vec<String>), u32> = HashMap::new();
    let mut out = SeriesRows::default();
    let mut rows = Vec::new();
    for cells in &grid.rows {
        let row = Row {
            file,
            grid,
            cells,
            map: &map,
            names: &SERIES_COLUMNS,
        };
        let Some(p) = series_point(&row, d) else {
            continue;
        };
        let keys: Vec<String> = dims
            .iter()
            .map(|(i, _)| key(cells.get(*i).map_or("", |c| c.text.as_str())))
            .collect();
        let locs: Vec<Loc> = dims
            .iter()
            .map(|(i, _)| cells.get(*i).map_or(row_loc(cells), |c| c.loc))
            .collect();
        let line = row_loc(cells).line;
        if let Some(first) = seen.insert((p.year, keys.clone()), line) {
            let what: Vec<&str> = keys
                .iter()
                .filter(|k| !k.is_empty())
                .map(String::as_str)
                .collect();
            let what = if what.is_empty() {
                String::new()
            } else {
                format!(" ({})", what.join(", "))
            };
            d.push(row.error(
                0,
                msg!(
                    "series-row-twice",
                    year = p.year.to_string(),
                    what = what,
                    line = first
                ),
            ));
            continue;
        }
        if keys.iter().all(String::is_empty) {
            out.points.push(p);
        }
        rows.push(BreakdownRow {
            year: p.year,
            value: p.value,
            keys,
            locs,
        });
    }
    if !dims.is_empty() {
        out.breakdown = Some(Breakdown {
            file: file.to_path_buf(),
            dimensions: dims.into_iter().map(|(_, n)| n).collect(),
            rows,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_csv(text: &str) -> (SeriesRows, Vec<String>) {
        let mut d = Diagnostics::new();
        let file = Path::new("data/quote.csv");
        let rows = crate::load::csv::grid(file, text, &mut d)
            .map(|g| read(file, &g, &mut d))
            .unwrap_or_default();
        (rows, d.sorted().iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn rows_without_dimensions_are_the_headline() {
        let (s, msgs) = read_csv(
            "year,value,district,sex\n2023,40,,\n2024,42,insgesamt,Total\n2024,38,Ost,\n2024,45,,w\n2024,30,Ost,w\n",
        );
        assert!(msgs.is_empty(), "{msgs:?}");
        assert_eq!(
            s.points,
            [
                Point {
                    year: 2023,
                    value: 40.0
                },
                Point {
                    year: 2024,
                    value: 42.0
                }
            ]
        );
        let b = s.breakdown.unwrap();
        assert_eq!(b.dimensions, ["district", "sex"]);
        assert_eq!(b.rows.len(), 5);
        assert_eq!(b.rows[4].keys, ["Ost", "w"]);
        assert_eq!(b.rows[1].keys, ["", ""]);
    }

    #[test]
    fn a_plain_series_has_no_breakdown_and_german_headers_work() {
        let (s, msgs) = read_csv("Jahr;Wert\n2023;40,5\n");
        assert!(msgs.is_empty(), "{msgs:?}");
        assert_eq!(
            s.points,
            [Point {
                year: 2023,
                value: 40.5
            }]
        );
        assert!(s.breakdown.is_none());
    }

    #[test]
    fn a_row_twice_and_bad_headers_are_errors() {
        let (_, msgs) = read_csv("year,value,district\n2024,38,Ost\n2024,39,ost \n2024,39,Ost\n");
        assert_eq!(
            msgs,
            [
                "data/quote.csv:4:1: error: column `year`: 2024 (Ost) is there twice; the first is in line 2"
            ]
        );
        let (_, msgs) = read_csv("year,value,,District,district\n");
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(
            msgs[0].starts_with("data/quote.csv:1:12: error: a column without a name"),
            "{msgs:?}"
        );
        assert!(
            msgs[1].starts_with("data/quote.csv:1:22: error: column `district` is there twice"),
            "{msgs:?}"
        );
        let (_, msgs) = read_csv("jahr,district\n");
        assert!(
            msgs[0].starts_with("data/quote.csv:1:1: error: missing column `value`"),
            "{msgs:?}"
        );
    }
}
