//! Spreadsheets read directly (`data/budget.xlsx` or `.ods`, indicator
//! series in `.xlsx`/`.ods`/`.xls`), with calamine: the first sheet or a named
//! one, the header row found in the first rows (a title block may sit above
//! it), formula cells by the values they were saved with, empty rows left
//! out. The result is a `Grid`, read like a CSV file.

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use crate::base::diagnostics::{At, Diagnostic, Diagnostics, Loc};
use crate::load::csv_dialect::{Dialect, canonical_header};
use crate::load::grid::{Cell, Columns, Grid};

/// How far down the header row may be.
const HEADER_SEARCH_ROWS: usize = 20;

/// Whether a data file name is a spreadsheet calamine reads.
pub fn is_spreadsheet(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".xlsx", ".xlsm", ".xls", ".ods"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// `A`, `Z`, `AA` … for a 0-based column.
fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// A cell's value as text: whole numbers without decimals (a year),
/// others to the cent when they are that close to a cent, else in full.
fn text_of(value: &Data) -> Result<String, crate::base::messages::Text> {
    Ok(match value {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => {
            let cents = (f * 100.0).round();
            if (f * 100.0 - cents).abs() < 1e-6 && cents.abs() < 1e17 {
                crate::base::money::Cents(cents as i64).to_machine()
            } else {
                format!("{f}")
            }
        }
        Data::DateTime(dt) => format!("{}", dt.as_f64()),
        Data::Error(e) => return Err(crate::msg!("cell-holds-error", error = e.to_string())),
    })
}

/// The sheet `wanted` (or the first) of the workbook at `path`, as a grid
/// whose header is the first row naming every required column of `cols`.
pub fn grid(
    file: &Path,
    path: &Path,
    wanted: Option<&At<String>>,
    cols: Columns,
    d: &mut Diagnostics,
) -> Option<Grid> {
    if let Ok(meta) = path.metadata()
        && meta.len() > crate::load::MAX_FILE_BYTES
    {
        d.push(Diagnostic::error(
            file,
            Loc::START,
            crate::msg!(
                "sheet-too-large",
                bytes = meta.len(),
                max = crate::load::MAX_FILE_BYTES
            ),
        ));
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return unreadable(file, e, d),
    };
    grid_of_bytes(file, bytes, wanted, cols, d)
}

fn unreadable<T>(file: &Path, e: impl std::fmt::Display, d: &mut Diagnostics) -> Option<T> {
    d.push(
        Diagnostic::error(
            file,
            Loc::START,
            crate::msg!("sheet-unreadable", error = e.to_string()),
        )
        .with_hint(crate::msg!("hint-sheet-unreadable")),
    );
    None
}

/// The sheet `wanted` (or the first) of a workbook's bytes, as `grid` reads
/// it from a file (the history reads old versions from Git).
pub fn grid_of_bytes(
    file: &Path,
    bytes: Vec<u8>,
    wanted: Option<&At<String>>,
    cols: Columns,
    d: &mut Diagnostics,
) -> Option<Grid> {
    let mut book = match open_workbook_auto_from_rs(std::io::Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => return unreadable(file, e, d),
    };
    let names = book.sheet_names();
    let name = match wanted {
        Some(w) if names.contains(&w.value) => w.value.clone(),
        Some(w) => {
            d.push(
                Diagnostic::error(file, Loc::START, crate::msg!("no-sheet", name = w.value))
                    .with_hint(crate::msg!("hint-sheets", names = names.join(", "))),
            );
            return None;
        }
        None => names.first()?.clone(),
    };
    let range = match book.worksheet_range(&name) {
        Ok(r) => r,
        Err(e) => {
            d.push(Diagnostic::error(
                file,
                Loc::START,
                crate::msg!("sheet-page-unreadable", sheet = name, error = e.to_string()),
            ));
            return None;
        }
    };
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let line = top + i as u32;
        let mut cells = Vec::new();
        for (j, value) in row.iter().enumerate() {
            let col = left + j as u32;
            let reference = format!("{}{}", column_letters(col), line + 1);
            let text = text_of(value).unwrap_or_else(|why| {
                d.push(Diagnostic::error(
                    file,
                    Loc::new(line + 1, col + 1),
                    crate::msg!("cell-place", sheet = name, cell = reference, problem = why),
                ));
                String::new()
            });
            cells.push(Cell {
                text,
                loc: Loc::new(line + 1, col + 1),
                reference: Some(reference),
                numeric: matches!(value, Data::Int(_) | Data::Float(_)),
            });
        }
        if cells.iter().any(|c| !c.text.trim().is_empty()) {
            rows.push(cells);
        }
    }
    let required = &cols.names[..cols.required];
    let is_header = |r: &Vec<Cell>| {
        let names: Vec<String> = r
            .iter()
            .map(|c| canonical_header(&c.text).into_owned())
            .collect();
        required.iter().all(|n| names.iter().any(|x| x == n))
    };
    let Some(at) = rows.iter().take(HEADER_SEARCH_ROWS).position(is_header) else {
        d.push(
            Diagnostic::error(
                file,
                Loc::START,
                crate::msg!(
                    "no-header-row",
                    sheet = name,
                    rows = HEADER_SEARCH_ROWS,
                    columns = required.join(", ")
                ),
            )
            .with_hint(crate::msg!("hint-german-names", names = cols.german)),
        );
        return None;
    };
    let mut rows = rows.split_off(at);
    let mut header = rows.remove(0);
    // Cells right of the last header name belong to no column.
    while header.last().is_some_and(|c| c.text.trim().is_empty()) {
        header.pop();
    }
    Some(Grid {
        header,
        rows,
        dialect: Dialect::SHEET,
        sheet: Some(name),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_as_spreadsheets_write_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn cell_values_as_text() {
        assert_eq!(text_of(&Data::Float(2025.0)).unwrap(), "2025");
        assert_eq!(text_of(&Data::Float(238420.75)).unwrap(), "238420.75");
        // A formula's float noise is rounded to the cent it is.
        assert_eq!(text_of(&Data::Float(0.1 + 0.2)).unwrap(), "0.30");
        assert_eq!(text_of(&Data::Float(61.567)).unwrap(), "61.567");
        assert_eq!(text_of(&Data::Int(-5)).unwrap(), "-5");
        assert_eq!(
            text_of(&Data::String("50.000,00".into())).unwrap(),
            "50.000,00"
        );
        assert!(text_of(&Data::Error(calamine::CellErrorType::Div0)).is_err());
        assert!(is_spreadsheet("Haushalt.XLSX") && is_spreadsheet("werte.ods"));
        assert!(!is_spreadsheet("budget.csv"));
    }

    proptest::proptest! {
        /// Every amount a spreadsheet stores as a number (a float) reads
        /// back to the same cents, and whole numbers (years) stay whole.
        #[test]
        fn number_cells_read_back_to_the_cent(cents in -9_999_999_999_999_i64..9_999_999_999_999) {
            let f = cents as f64 / 100.0;
            let text = text_of(&Data::Float(f)).unwrap();
            proptest::prop_assert_eq!(
                crate::base::money::Cents::parse(&text).ok(),
                Some(crate::base::money::Cents(cents)),
                "{} from {}", text, f
            );
        }

        #[test]
        fn whole_number_cells_are_integers(n in -999_999_999i64..999_999_999) {
            proptest::prop_assert_eq!(text_of(&Data::Float(n as f64)).unwrap(), n.to_string());
        }
    }
}
