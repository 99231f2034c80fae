//! CSV as offices save it: German Excel and LibreOffice write `;` between
//! fields, a decimal comma, `.` between thousands, often Windows-1252 and a
//! byte-order mark. This module finds out which form a file has and turns
//! its numbers and header names into the machine form the readers expect.

use std::borrow::Cow;

use crate::load::grid;

/// How one CSV file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: u8,
}

impl Dialect {
    pub const COMMA: Dialect = Dialect { delimiter: b',' };
    /// Text cells of a spreadsheet: numbers typed as text are read the
    /// German way (`50.000`, `1.234,56`).
    pub const SHEET: Dialect = Dialect { delimiter: 0 };

    /// The delimiter used most in the header line (outside quotes): `,`,
    /// `;` or a tab; a comma when none is used.
    pub fn detect(text: &str) -> Dialect {
        let header = header_line(text);
        let count = |d: char| {
            let mut quoted = false;
            header
                .chars()
                .filter(|&c| {
                    if c == '"' {
                        quoted = !quoted;
                    }
                    !quoted && c == d
                })
                .count()
        };
        let (comma, semicolon, tab) = (count(','), count(';'), count('\t'));
        let delimiter = if semicolon > comma && semicolon >= tab {
            b';'
        } else if tab > comma && tab > semicolon {
            b'\t'
        } else {
            b','
        };
        Dialect { delimiter }
    }

    /// Dots group thousands in numbers without a comma (`50.000`): what a
    /// `;` file from German office software means by them.
    pub fn dot_groups_thousands(self) -> bool {
        self.delimiter == b';' || self.delimiter == 0
    }

    /// For messages: `comma` for the standard form, `semicolon` (decimal
    /// comma) or `tab`; the catalogue says it after a column's name.
    pub fn describe(self) -> &'static str {
        match self.delimiter {
            b';' => "semicolon",
            b'\t' => "tab",
            _ => "comma",
        }
    }
}

fn header_line(text: &str) -> &str {
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// The text of a data file: UTF-8 (a byte-order mark dropped), else read as
/// Windows-1252, the encoding German Excel saves "CSV" in; the second value
/// says the file was not UTF-8, for a warning.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text, true)
        }
    }
}

/// A number as written in a cell, in machine form (`-1234.5`): a comma is a
/// decimal comma and dots in front of it group thousands (`1.234,56`); in a
/// `;` file, dots that group by three digits are thousands too (`50.000`);
/// otherwise a dot is the decimal point. Spaces (also no-break ones), a `€`
/// and a leading `−` are allowed. None when dots group wrongly (`1.23,4`).
pub fn machine_number(cell: &str, dialect: Dialect) -> Option<String> {
    let t: String = cell
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .collect();
    let (sign, t) = match t.strip_prefix('−').or_else(|| t.strip_prefix('-')) {
        Some(rest) => ("-", rest.to_string()),
        None => ("", t),
    };
    let grouped = |int: &str| -> Option<String> {
        let mut parts = int.split('.');
        let first = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        let ok = !first.is_empty()
            && first.len() <= 3
            && rest
                .iter()
                .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| std::iter::once(first).chain(rest).collect())
    };
    let machine = match t.split_once(',') {
        Some((int, frac)) => {
            let int = if int.contains('.') {
                grouped(int)?
            } else {
                int.to_string()
            };
            format!("{int}.{frac}")
        }
        None => {
            let dots = t.matches('.').count();
            let thousands = dots > 1
                || (dots == 1
                    && dialect.dot_groups_thousands()
                    && t.rsplit('.').next()?.len() == 3);
            if thousands { grouped(&t)? } else { t }
        }
    };
    Some(format!("{sign}{machine}"))
}

/// German header names and the columns they stand for; matched without
/// regard to case or surrounding spaces.
pub const HEADER_ALIASES: &[(&str, &str)] = &[
    ("maßnahme", "measure"),
    ("massnahme", "measure"),
    ("jahr", "year"),
    ("haushaltsjahr", "year"),
    ("zweck", "label"),
    ("bezeichnung", "label"),
    ("plan", "planned"),
    ("ansatz", "planned"),
    ("ist", "actual"),
    ("ergebnis", "actual"),
    ("fundstelle", "reference"),
    ("art", "kind"),
    ("produkt", "product"),
    ("ansatz fortgeschrieben", "revised"),
    ("fortgeschriebener ansatz", "revised"),
    ("wert", "value"),
    // What `klarsicht import` sets in a measure's front matter.
    ("fortschritt", "progress"),
    ("stand", "updated"),
    ("aktualisiert", "updated"),
    ("begründung", "status_note"),
    ("zuständig", "owner"),
    ("zuständigkeit", "owner"),
    ("zusammenfassung", "summary"),
    ("titel", "title"),
    ("beginn", "start"),
    ("ende", "end"),
    ("veröffentlichen", "publish"),
];

/// The column a header cell names: itself, or the English name of a German one.
pub fn canonical_header(name: &str) -> Cow<'_, str> {
    let name = name.trim();
    let lower = name.to_lowercase();
    if let Some((_, canonical)) = HEADER_ALIASES.iter().find(|(alias, _)| *alias == lower) {
        return Cow::Borrowed(canonical);
    }
    // An English column name written in another case (`Status`, `YEAR`).
    let english = grid::BUDGET_COLUMNS
        .iter()
        .chain(&grid::SERIES_COLUMNS)
        .chain(&grid::MEASURE_KEYS)
        .find(|e| **e == lower);
    match english {
        Some(e) => Cow::Borrowed(e),
        None => Cow::Borrowed(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEMI: Dialect = Dialect { delimiter: b';' };

    #[test]
    fn the_delimiter_is_the_one_the_header_uses() {
        assert_eq!(Dialect::detect("measure,year,planned\n").delimiter, b',');
        assert_eq!(
            Dialect::detect("Maßnahme;Jahr;Plan\r\na;2024;1,5\r\n").delimiter,
            b';'
        );
        assert_eq!(Dialect::detect("year\tvalue\n").delimiter, b'\t');
        // A comma inside a quoted header name does not count.
        assert_eq!(
            Dialect::detect("\"Zweck, kurz\";Jahr;Plan\n").delimiter,
            b';'
        );
        // Empty lines before the header are skipped; one column is a comma file.
        assert_eq!(Dialect::detect("\n\nyear;value\n").delimiter, b';');
        assert_eq!(Dialect::detect("year\n").delimiter, b',');
    }

    #[test]
    fn windows_1252_and_the_byte_order_mark() {
        let (text, converted) = decode(b"\xEF\xBB\xBFMa\xC3\x9Fnahme");
        assert_eq!((text.as_ref(), converted), ("Maßnahme", false));
        // "Maßnahme;Förderung" as German Excel saves it: ß = DF, ö = F6.
        let (text, converted) = decode(b"Ma\xDFnahme;F\xF6rderung \x80");
        assert_eq!((text.as_ref(), converted), ("Maßnahme;Förderung €", true));
    }

    #[test]
    fn numbers_in_every_form_offices_write() {
        let m = |s: &str, d| machine_number(s, d);
        assert_eq!(m("238.420,75", SEMI).as_deref(), Some("238420.75"));
        assert_eq!(
            m("238.420,75", Dialect::COMMA).as_deref(),
            Some("238420.75")
        );
        assert_eq!(m("50.000", SEMI).as_deref(), Some("50000"));
        assert_eq!(m("1.234.567", SEMI).as_deref(), Some("1234567"));
        assert_eq!(m("1.234.567", Dialect::COMMA).as_deref(), Some("1234567"));
        assert_eq!(m("48250,5", SEMI).as_deref(), Some("48250.5"));
        assert_eq!(m("48250.50", SEMI).as_deref(), Some("48250.50"));
        // In a comma file a single dot is the decimal point, 3 digits or not.
        assert_eq!(m("50.000", Dialect::COMMA).as_deref(), Some("50.000"));
        assert_eq!(m("50000", SEMI).as_deref(), Some("50000"));
        assert_eq!(m("−1.250,00 €", SEMI).as_deref(), Some("-1250.00"));
        assert_eq!(
            m("50\u{a0}000,00\u{a0}€", SEMI).as_deref(),
            Some("50000.00")
        );
        assert_eq!(m("-0,5", SEMI).as_deref(), Some("-0.5"));
        // Dots that do not group by three are not thousands.
        assert_eq!(m("1.23,4", SEMI), None);
        assert_eq!(m("12.34.567", SEMI), None);
        // What is not a number stays for the amount reader to refuse.
        assert_eq!(m("5O000", SEMI).as_deref(), Some("5O000"));
    }

    #[test]
    fn german_header_names() {
        assert_eq!(canonical_header(" Maßnahme "), "measure");
        assert_eq!(canonical_header("IST"), "actual");
        assert_eq!(canonical_header("Ansatz fortgeschrieben"), "revised");
        assert_eq!(canonical_header("planned"), "planned");
        assert_eq!(canonical_header("Wert"), "value");
        assert_eq!(canonical_header("Sonstiges"), "Sonstiges");
        assert_eq!(canonical_header("Status"), "status");
        assert_eq!(canonical_header("Fortschritt"), "progress");
    }

    /// German form of an amount: `-1.234.567,89`.
    fn german(cents: i64, thousands: bool) -> String {
        let sign = if cents < 0 { "-" } else { "" };
        let (euros, rest) = (cents.abs() / 100, cents.abs() % 100);
        let digits = euros.to_string();
        let int = if thousands {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push('.');
                }
                out.push(c);
            }
            out
        } else {
            digits
        };
        format!("{sign}{int},{rest:02}")
    }

    proptest::proptest! {
        /// Every amount written the German way, with or without thousands
        /// dots, in a `;` or a `,` file, reads back to the same cents.
        #[test]
        fn german_amounts_read_back_exactly(cents in -99_999_999_999_999i64..99_999_999_999_999, dots: bool, semi: bool) {
            let dialect = if semi { SEMI } else { Dialect::COMMA };
            let text = german(cents, dots);
            let machine = machine_number(&text, dialect).unwrap();
            proptest::prop_assert_eq!(crate::base::money::Cents::parse(&machine).ok(), Some(crate::base::money::Cents(cents)), "{}", text);
        }

        /// Whole euros with thousands dots in a `;` file (`50.000`) too.
        #[test]
        fn whole_euros_with_thousands_dots(euros in 1_000i64..999_999_999_999) {
            let text = german(euros * 100, true);
            let whole = text.strip_suffix(",00").unwrap();
            let machine = machine_number(whole, SEMI).unwrap();
            proptest::prop_assert_eq!(machine.parse::<i64>().ok(), Some(euros), "{}", whole);
        }
    }
}
