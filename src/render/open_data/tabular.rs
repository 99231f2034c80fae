//! A download table written twice from one definition: as CSV in machine
//! form (UTF-8, `,`, `.`; column names as documented) and as an Excel
//! workbook (rust_xlsxwriter) with the same values as typed cells, money
//! and percent formats, headers in the portal's language and a frozen
//! header row, so that a council member's double-click opens it right.

use std::collections::BTreeMap;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

use crate::base::date::Date;

use crate::base::money::Cents;
use crate::render::open_data::budget_json::rate_text;
use crate::render::open_data::{csv_bytes, safe_cell};

/// One cell of a download.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text from content: in the CSV, a leading `=`, `+`, `-` or `@` gets an
    /// apostrophe so that no spreadsheet runs it.
    Text(String),
    /// Text made here (a slug, a key, an ISO date): as it is.
    Raw(String),
    /// Cents.
    Money(i64),
    /// Tenths of a percent (96.5 % = 965).
    Rate(i64),
    Int(i64),
    Number(f64),
    Bool(bool),
    Empty,
}

impl Value {
    pub fn money(c: Option<i64>) -> Value {
        c.map_or(Value::Empty, Value::Money)
    }

    pub fn rate(r: Option<i64>) -> Value {
        r.map_or(Value::Empty, Value::Rate)
    }

    pub fn text(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    pub fn opt_text(s: Option<&str>) -> Value {
        s.map_or(Value::Empty, Value::text)
    }

    /// The machine form the CSV holds.
    fn machine(&self) -> String {
        match self {
            Value::Text(s) => safe_cell(s),
            Value::Raw(s) => s.clone(),
            Value::Money(c) => Cents(*c).to_machine(),
            Value::Rate(r) => rate_text(*r),
            Value::Int(i) => i.to_string(),
            Value::Number(f) => format!("{f}"),
            Value::Bool(b) => b.to_string(),
            Value::Empty => String::new(),
        }
    }
}

/// A header cell: the machine name the CSV uses, and the heading the
/// workbook shows (none: the `col_<name>` UI string).
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub heading: Option<String>,
}

impl Column {
    pub fn named(name: &str) -> Column {
        Column {
            name: name.to_string(),
            heading: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Tabular {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
}

impl Tabular {
    pub fn new(names: &[&str], rows: Vec<Vec<Value>>) -> Tabular {
        Tabular {
            columns: names.iter().map(|n| Column::named(n)).collect(),
            rows,
        }
    }

    pub fn csv(&self) -> Vec<u8> {
        let header: Vec<&str> = self.columns.iter().map(|c| c.name.as_str()).collect();
        csv_bytes(
            &header,
            self.rows
                .iter()
                .map(|r| r.iter().map(Value::machine).collect()),
        )
    }

    /// The workbook: one sheet named `sheet`, headings from `t`
    /// (`col_<name>`), money in `symbol`, created on the build date `on`
    /// (so that two builds of the same content give the same bytes).
    pub fn xlsx(
        &self,
        sheet: &str,
        t: &BTreeMap<String, String>,
        symbol: &str,
        on: Date,
    ) -> Vec<u8> {
        let bold = Format::new().set_bold();
        let money = Format::new().set_num_format(format!("#,##0.00 \"{symbol}\""));
        let percent = Format::new().set_num_format("0.0%");
        let int = Format::new().set_num_format("0");
        let mut book = Workbook::new();
        // The fastest deflate level: a site has a workbook per table (3,269
        // for 1,000 measures), and these small sheets hardly shrink further.
        book.set_zip_compression_level(1);
        if let Ok(day) = ExcelDateTime::from_ymd(on.year as u16, on.month, on.day) {
            book.set_properties(&DocProperties::new().set_creation_datetime(&day));
        }
        let ws = book.add_worksheet();
        // Sheet names are plain words chosen here; a bad one only loses the name.
        let _ = ws.set_name(sheet);
        for (j, c) in self.columns.iter().enumerate() {
            let heading = c.heading.clone().unwrap_or_else(|| {
                t.get(&format!("col_{}", c.name))
                    .cloned()
                    .unwrap_or_else(|| c.name.clone())
            });
            let _ = ws.write_string_with_format(0, j as u16, heading, &bold);
        }
        for (i, row) in self.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (j, v) in row.iter().enumerate() {
                let c = j as u16;
                let _ = match v {
                    Value::Text(s) | Value::Raw(s) => ws.write_string(r, c, s.as_str()),
                    Value::Money(m) => ws.write_number_with_format(r, c, *m as f64 / 100.0, &money),
                    Value::Rate(p) => {
                        ws.write_number_with_format(r, c, *p as f64 / 1000.0, &percent)
                    }
                    Value::Int(n) => ws.write_number_with_format(r, c, *n as f64, &int),
                    Value::Number(f) => ws.write_number(r, c, *f),
                    Value::Bool(b) => ws.write_boolean(r, c, *b),
                    Value::Empty => continue,
                };
            }
        }
        let _ = ws.set_freeze_panes(1, 0);
        ws.autofit();
        book.save_to_buffer()
            .expect("an in-memory workbook of plain cells is written")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};

    #[test]
    fn the_workbook_holds_the_csv_values_as_typed_cells() {
        let t = Tabular::new(
            &["year", "planned", "execution_rate_percent", "label"],
            vec![
                vec![
                    Value::Int(2024),
                    Value::Money(4_825_050),
                    Value::Rate(965),
                    Value::text("=SUMME(A1)"),
                ],
                vec![
                    Value::Int(2025),
                    Value::Money(-12_050),
                    Value::Empty,
                    Value::Empty,
                ],
            ],
        );
        assert_eq!(
            String::from_utf8(t.csv()).unwrap(),
            "year,planned,execution_rate_percent,label\n2024,48250.50,96.5,'=SUMME(A1)\n2025,-120.50,,\n"
        );
        let mut strings = BTreeMap::new();
        strings.insert("col_planned".to_string(), "Ansatz".to_string());
        let on = Date::new(2025, 7, 15).unwrap();
        let bytes = t.xlsx("Daten", &strings, "€", on);
        // The same table on the same build date: the same bytes.
        assert_eq!(bytes, t.xlsx("Daten", &strings, "€", on));
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let range = book.worksheet_range("Daten").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
        assert_eq!(rows[0][0], Data::String("year".into()));
        assert_eq!(rows[0][1], Data::String("Ansatz".into()));
        assert_eq!(rows[1][0], Data::Float(2024.0));
        assert_eq!(rows[1][1], Data::Float(48250.5));
        assert_eq!(rows[1][2], Data::Float(0.965));
        // In a workbook a text cell is never a formula: no apostrophe needed.
        assert_eq!(rows[1][3], Data::String("=SUMME(A1)".into()));
        assert_eq!(rows[2][1], Data::Float(-120.5));
        assert_eq!(rows[2][2], Data::Empty);
    }
}
