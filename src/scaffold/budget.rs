//! `klarsicht new budget`: one `[[budget]]` line added to a measure's front
//! matter, with toml_edit, so the rest of the file stays as written.

use std::path::{Path, PathBuf};

use toml_edit::{ArrayOfTables, Item, Table, value};

use crate::base::diagnostics::rel_path;
use crate::base::messages::Text;
use crate::base::money::Cents;
use crate::base::vocab::LineKind;
use crate::load::csv_dialect::{Dialect, machine_number};
use crate::msg;
use crate::scaffold::lookup;

/// What the command line says of the new line.
pub struct NewLine<'a> {
    pub measure: Option<&'a str>,
    pub year: Option<i32>,
    pub planned: Option<&'a str>,
    pub actual: Option<&'a str>,
    pub label: Option<&'a str>,
    pub kind: Option<&'a str>,
}

/// An amount as typed: `10000`, `48250.50`, or German `48.250,50`.
fn amount(option: &str, text: &str) -> Result<Cents, Text> {
    Cents::parse(text)
        .ok()
        .or_else(|| machine_number(text, Dialect::SHEET).and_then(|m| Cents::parse(&m).ok()))
        .filter(|c| !c.is_negative())
        .ok_or_else(|| msg!("new-budget-amount", option = option, value = text))
}

/// An amount as the front matter writes it: `10000`, or `"48250.50"`.
fn toml_amount(c: Cents) -> Item {
    if c.0 % 100 == 0 {
        value(c.0 / 100)
    } else {
        value(c.to_machine())
    }
}

/// Adds the line; returns the file and what was added.
pub fn add(root: &Path, line: &NewLine) -> Result<(PathBuf, Text), Text> {
    let measures = lookup::items(root, "measures");
    let Some(name) = line.measure else {
        return Err(msg!(
            "new-budget-needs-measure",
            measures = lookup::listing(&measures)
        ));
    };
    let file =
        lookup::find(&measures, name).ok_or_else(|| lookup::unknown(&measures, "measure", name))?;
    let year = line
        .year
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| msg!("new-budget-year"))?;
    let planned = amount(
        "--planned",
        line.planned.ok_or_else(|| msg!("new-budget-planned"))?,
    )?;
    let actual = line.actual.map(|a| amount("--actual", a)).transpose()?;
    let kind = match line.kind {
        Some(k) => Some(LineKind::from_word(k).ok_or_else(|| msg!("new-budget-kind", value = k))?),
        None => None,
    };
    let mut t = Table::new();
    t["year"] = value(i64::from(year));
    if let Some(l) = line.label {
        t["label"] = value(l);
    }
    t["planned"] = toml_amount(planned);
    if let Some(a) = actual {
        t["actual"] = toml_amount(a);
    }
    if let Some(LineKind::Income) = kind {
        t["kind"] = value("income");
    }
    let mut doc = file.doc.clone();
    match doc.get_mut("budget").and_then(Item::as_array_of_tables_mut) {
        Some(lines) => lines.push(t),
        None => {
            let mut lines = ArrayOfTables::new();
            lines.push(t);
            doc["budget"] = Item::ArrayOfTables(lines);
        }
    }
    crate::base::fsutil::write_atomic(&file.path, file.with_front(&doc).as_bytes())?;
    let rel = rel_path(root, &file.path);
    let said = msg!(
        "new-budget-added",
        file = rel.display(),
        year = year,
        planned = planned.to_machine()
    );
    Ok((rel, said))
}
