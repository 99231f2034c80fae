//! `klarsicht import <table>`: one row per measure (by slug or exact title)
//! with new values for scalar front-matter keys (status, progress, updated,
//! status_note …), written into each measure's front matter in place with
//! toml_edit, so comments, key order and the Markdown body stay as they
//! are. Nothing is written unless every row is valid; without `--apply`
//! nothing is written at all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, value};

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::messages::Text;
use crate::base::vocab::Status;
use crate::import::front::{self, FrontFile};
use crate::load::csv_dialect::canonical_header;
use crate::load::grid::{Cell, Grid};
use crate::load::sheet;
use crate::msg;

/// The keys a row may set: the scalar keys of a measure.
pub use crate::load::grid::MEASURE_KEYS as KEYS;

/// One file's changes: key, old value (as written), new value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChange {
    pub file: PathBuf,
    pub edits: Vec<(String, Option<String>, String)>,
    pub text: String,
}

/// A measure file, its front matter as read (`file.doc`) and as the table
/// changes it (`doc`).
struct MeasureFile {
    file: FrontFile,
    title: String,
    doc: DocumentMut,
}

fn measure_files(root: &Path, d: &mut Diagnostics) -> Vec<MeasureFile> {
    front::files(root, "measures", d)
        .into_iter()
        .map(|file| MeasureFile {
            title: file.get("title").unwrap_or("").to_string(),
            doc: file.doc.clone(),
            file,
        })
        .collect()
}

/// The table's grid: a spreadsheet's first sheet, or a CSV file.
fn read_table(root: &Path, table: &Path, d: &mut Diagnostics) -> Option<Grid> {
    let rel = rel_path(root, table);
    if !table.is_file() {
        d.push(Diagnostic::error(&rel, Loc::START, msg!("file-not-found")));
        return None;
    }
    if sheet::is_spreadsheet(&table.to_string_lossy()) {
        let cols = crate::load::grid::Columns {
            names: &["measure"],
            required: 1,
            german: "Maßnahme",
        };
        sheet::grid(&rel, table, None, cols, d)
    } else {
        let text = crate::load::read_data_text(root, table, d)?;
        crate::load::csv::grid(&rel, &text, d)
    }
}

/// A German spreadsheet date (`30.06.2025`), an ISO one, or a spreadsheet's
/// day number (days since 30 December 1899).
fn date_of(text: &str) -> Option<Date> {
    if let Some(d) = Date::parse_written(text) {
        return Some(d);
    }
    let serial: f64 = text.parse().ok()?;
    (serial.fract() == 0.0 && (1.0..200_000.0).contains(&serial)).then(|| {
        let epoch = Date::new(1899, 12, 30).expect("a date").days_since_epoch();
        Date::from_days_since_epoch(epoch + serial as i64)
    })
}

/// The TOML value a cell sets for `key`, or why it cannot.
fn item_of(key: &str, text: &str) -> Result<Item, Text> {
    match key {
        "status" => Status::from_word(text)
            .map(|s| value(s.key()))
            .ok_or_else(|| {
                let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
                msg!("table-not-status", value = text, valid = keys.join(", "))
            }),
        "progress" => match text.trim_end_matches('%').trim().parse::<i64>() {
            Ok(p) if (0..=100).contains(&p) => Ok(value(p)),
            _ => Err(msg!("table-not-progress", value = text)),
        },
        "updated" | "start" | "end" | "publish" => date_of(text)
            .map(|d| {
                let dt: toml_edit::Datetime =
                    d.to_string().parse().expect("an ISO date is a TOML date");
                value(dt)
            })
            .ok_or_else(|| msg!("table-not-date", value = text)),
        _ => Ok(value(text)),
    }
}

/// The changes the table asks for, file by file; errors in `d` (then
/// nothing is to be written).
pub fn plan(root: &Path, table: &Path, d: &mut Diagnostics) -> Vec<FileChange> {
    let Some(grid) = read_table(root, table, d) else {
        return Vec::new();
    };
    let rel = rel_path(root, table);
    let place = |c: &Cell| grid.place(c);
    let columns: Vec<String> = grid
        .header
        .iter()
        .map(|c| canonical_header(&c.text).into_owned())
        .collect();
    let Some(key_col) = columns.iter().position(|c| c == "measure") else {
        d.push(
            Diagnostic::error(&rel, Loc::START, msg!("table-no-measure-column"))
                .with_hint(msg!("hint-table-measure")),
        );
        return Vec::new();
    };
    for (i, c) in columns.iter().enumerate() {
        if i != key_col && !KEYS.contains(&c.as_str()) && !c.is_empty() {
            let h = &grid.header[i];
            d.push(
                Diagnostic::error(
                    &rel,
                    h.loc,
                    msg!("table-column-not-key", place = place(h), column = c),
                )
                .with_hint(msg!("hint-table-keys", keys = KEYS.join(", "))),
            );
        }
    }
    let mut files = measure_files(root, d);
    let mut seen: BTreeMap<usize, Loc> = BTreeMap::new();
    for row in &grid.rows {
        let Some(name_cell) = row.get(key_col) else {
            continue;
        };
        let name = name_cell.text.trim();
        let Some(fi) = files
            .iter()
            .position(|f| f.file.slug == name || f.title == name)
        else {
            d.push(
                Diagnostic::error(
                    &rel,
                    name_cell.loc,
                    msg!("table-no-measure", place = place(name_cell), name = name),
                )
                .with_hint(msg!("hint-table-measure-name")),
            );
            continue;
        };
        if let Some(first) = seen.insert(fi, name_cell.loc) {
            d.push(Diagnostic::error(
                &rel,
                name_cell.loc,
                msg!(
                    "table-measure-twice",
                    place = place(name_cell),
                    name = name,
                    line = first.line
                ),
            ));
            continue;
        }
        for (i, cell) in row.iter().enumerate() {
            let key = &columns[i];
            if i == key_col || !KEYS.contains(&key.as_str()) || cell.text.trim().is_empty() {
                continue;
            }
            match item_of(key, cell.text.trim()) {
                Ok(item) => {
                    files[fi].doc[key.as_str()] = item;
                }
                Err(why) => d.push(Diagnostic::error(
                    &rel,
                    cell.loc,
                    msg!(
                        "table-cell",
                        place = place(cell),
                        column = key,
                        problem = why
                    ),
                )),
            }
        }
    }
    files
        .into_iter()
        .filter_map(|f| change_of(root, f))
        .collect()
}

/// The file's new text and what changed in it; none when nothing did.
fn change_of(root: &Path, f: MeasureFile) -> Option<FileChange> {
    let old = &f.file.doc;
    let mut edits = Vec::new();
    for key in KEYS {
        let new = f
            .doc
            .get(key)
            .and_then(|i| i.as_value())
            .map(|v| v.to_string().trim().to_string());
        let was = old
            .get(key)
            .and_then(|i| i.as_value())
            .map(|v| v.to_string().trim().to_string());
        if let Some(new) = new
            && was.as_ref() != Some(&new)
        {
            edits.push((key.to_string(), was, new));
        }
    }
    if edits.is_empty() {
        return None;
    }
    Some(FileChange {
        file: rel_path(root, &f.file.path),
        edits,
        text: f.file.with_front(&f.doc),
    })
}
