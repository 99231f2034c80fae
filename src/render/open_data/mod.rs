//! Open data: the whole portal as JSON and CSV, with the same figures as the
//! pages, and a zip of them all.

pub mod budget_json;
pub mod catalog;
pub mod changes_json;
pub mod portal_json;
pub mod tabular;
pub mod translations_json;

use crate::base::date::Date;
use crate::model::Site;
use crate::render::OutputFile;
use crate::render::open_data::tabular::{Tabular, Value};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::Download;
use rayon::prelude::*;

/// Text cells that a spreadsheet would run as a formula get a leading apostrophe.
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

pub fn csv_bytes(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).expect("in-memory write");
    for r in rows {
        w.write_record(&r).expect("in-memory write");
    }
    w.into_inner().expect("in-memory write")
}

pub fn opt_cents(c: Option<i64>) -> String {
    c.map(|c| crate::base::money::Cents(c).to_machine())
        .unwrap_or_default()
}

/// One file of the open-data folder: its name in `daten/`, what it is, its bytes.
pub struct DataFile {
    pub name: &'static str,
    /// What readers see: `CSV`, `JSON`, `ZIP` …
    pub format: &'static str,
    pub media_type: &'static str,
    /// The UI string that names it on the data page.
    pub title_key: &'static str,
    pub bytes: Vec<u8>,
}

pub const ZIP: &str = "portal.zip";
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const CATALOG: &str = "catalog.jsonld";

/// Every file of the open-data folder, in the order the data page lists them.
/// The data folder's files; `pdf` is the portal's PDF (typeset before),
/// listed and catalogued with them but not zipped: the ZIP holds the data.
pub fn data_files(
    ctx: &RenderContext,
    pdf: Option<Vec<u8>>,
    zips: Option<&mut ZipCache>,
) -> Vec<DataFile> {
    let file = |name, format, media_type, title_key, bytes| DataFile {
        name,
        format,
        media_type,
        title_key,
        bytes,
    };
    // The portal's JSON and the three tables (each as CSV and workbook)
    // are made side by side: at 10,000 measures each takes a while.
    let sheet = ctx.text("xlsx_sheet");
    let symbol = ctx.fmt.currency_symbol();
    type Make = fn(&Site) -> Tabular;
    let tables: [(&str, &str, &str, &str, Make); 3] = [
        (
            "measures.csv",
            "measures.xlsx",
            "download_measures",
            "download_measures_xlsx",
            measures_table,
        ),
        (
            "budget.csv",
            "budget.xlsx",
            "download_budget",
            "download_budget_xlsx",
            budget_table,
        ),
        (
            "indicators.csv",
            "indicators.xlsx",
            "download_indicators",
            "download_indicators_xlsx",
            indicators_table,
        ),
    ];
    let (portal, tables) = rayon::join(
        || crate::render::open_data::portal_json::portal_json(ctx.site, ctx.texts),
        || {
            tables
                .par_iter()
                .map(|&(csv_name, xlsx_name, key, xlsx_key, make)| {
                    let table = make(ctx.site);
                    let (csv, xlsx) = rayon::join(
                        || table.csv(),
                        || table.xlsx(&sheet, ctx.t, symbol, ctx.site.today),
                    );
                    [
                        file(csv_name, "CSV", "text/csv", key, csv),
                        file(xlsx_name, "XLSX", XLSX_TYPE, xlsx_key, xlsx),
                    ]
                })
                .collect::<Vec<_>>()
        },
    );
    let mut files = vec![
        file(
            "portal.json",
            "JSON",
            "application/json",
            "download_portal",
            portal,
        ),
        file(
            "portal.schema.json",
            "JSON Schema",
            "application/schema+json",
            "download_schema",
            crate::render::open_data::portal_json::SCHEMA
                .as_bytes()
                .to_vec(),
        ),
    ];
    files.extend(tables.into_iter().flatten());
    let zip = zip_of(ctx, &files, zips);
    files.insert(0, file(ZIP, "ZIP", "application/zip", "download_zip", zip));
    if let Some(pdf) = pdf {
        let name = crate::render::files::pdf::PORTAL_FILE;
        files.insert(1, file(name, "PDF", "application/pdf", "download_pdf", pdf));
    }
    let catalog = crate::render::open_data::catalog::catalog(ctx, &files);
    files.push(file(
        CATALOG,
        "JSON-LD",
        "application/ld+json",
        "download_catalog",
        catalog,
    ));
    files
}

/// The data page's list: every file with its size.
pub fn downloads(ctx: &RenderContext, files: &[DataFile]) -> Vec<Download> {
    files
        .iter()
        .map(|f| Download {
            title: ctx.text(f.title_key),
            // A workbook holds what its CSV twin holds.
            about: ctx.text(&format!("{}_about", f.title_key.trim_end_matches("_xlsx"))),
            href: format!("{}/{}", ctx.words.data, f.name),
            format: f.format,
            size: ctx.fmt.file_size(f.bytes.len() as u64),
        })
        .collect()
}

/// The data folder's files, as output files.
pub fn files(ctx: &RenderContext, files: Vec<DataFile>) -> Vec<OutputFile> {
    let dir = ctx.words.data;
    files
        .into_iter()
        .map(|f| OutputFile::bytes(format!("{dir}/{}", f.name), f.bytes))
        .collect()
}

fn measures_table(site: &Site) -> Tabular {
    let rows = site.measures.iter().enumerate().map(|(mi, m)| {
        let d = &m.item.data;
        let date = |x: Option<Date>| x.map_or(Value::Empty, |x| Value::Raw(x.to_string()));
        vec![
            Value::Raw(m.item.slug.clone()),
            Value::text(&m.item.title),
            Value::Raw(
                m.goals
                    .iter()
                    .map(|g| site.goals[*g].item.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Value::Raw(d.status.key().into()),
            m.progress
                .map_or(Value::Empty, |p| Value::Int(i64::from(p))),
            Value::opt_text(d.owner.as_deref()),
            date(d.start),
            date(d.end),
            date(d.updated),
            Value::Money(m.budget.planned.0),
            Value::money(m.budget.has_actual().then_some(m.budget.actual.0)),
            m.elapsed.map_or(Value::Empty, |e| Value::Int(i64::from(e))),
            Value::Bool(crate::model::schedule::behind(mi, m).is_some()),
            Value::opt_text(d.status_note.as_deref()),
        ]
    });
    Tabular::new(
        &[
            "slug",
            "title",
            "goals",
            "status",
            "progress_percent",
            "owner",
            "start",
            "end",
            "updated",
            "planned",
            "actual",
            "elapsed_percent",
            "behind_schedule",
            "status_note",
        ],
        rows.collect(),
    )
}

fn budget_table(site: &Site) -> Tabular {
    let rows = site.budget_lines.iter().map(|l| {
        vec![
            Value::Raw(site.measures[l.measure].item.slug.clone()),
            Value::Int(i64::from(l.year)),
            Value::opt_text(l.src.label.as_deref()),
            Value::Money(l.planned.0),
            Value::money(l.actual.map(|a| a.0)),
            Value::opt_text(l.src.reference.as_deref()),
            Value::Raw(l.src.kind.key().to_string()),
            Value::opt_text(l.src.product.as_deref()),
            Value::money(l.src.revised.map(|r| r.0)),
        ]
    });
    Tabular::new(&crate::load::grid::BUDGET_COLUMNS, rows.collect())
}

fn indicators_table(site: &Site) -> Tabular {
    let rows = site.indicators.iter().flat_map(|x| {
        x.values.iter().map(move |p| {
            vec![
                Value::Raw(x.item.slug.clone()),
                Value::text(&x.item.title),
                Value::opt_text(x.item.data.unit.as_deref()),
                Value::Int(i64::from(p.year)),
                Value::Number(p.value),
                Value::Raw(x.status.key().into()),
            ]
        })
    });
    Tabular::new(
        &["indicator", "title", "unit", "year", "value", "status"],
        rows.collect(),
    )
}

/// A short text that travels with the zip: what, from where, under which terms.
fn zip_readme(ctx: &RenderContext, files: &[DataFile]) -> String {
    let c = &ctx.site.config;
    let page = format!("{}/", ctx.words.data);
    let mut text = format!("{}\n\n", c.title);
    text.push_str(&format!(
        "{}: {}\n",
        ctx.text("open_data"),
        crate::render::files::feeds::absolute(ctx, &page)
    ));
    text.push_str(&format!(
        "{}: {} – {}\n",
        ctx.text("license"),
        c.license.name,
        c.license.url
    ));
    if let Some(date) = ctx.site.data_as_of {
        text.push_str(&format!(
            "{} {}\n",
            ctx.text("data_as_of"),
            ctx.fmt.date(date)
        ));
    }
    text.push('\n');
    for f in files {
        text.push_str(&format!("{} – {}\n", f.name, ctx.text(f.title_key)));
    }
    text
}

/// All files in one zip, dated to the data's date so that the same portal
/// always gives the same bytes.
fn zip_of(ctx: &RenderContext, files: &[DataFile], zips: Option<&mut ZipCache>) -> Vec<u8> {
    use std::io::Write;
    let date = ctx.site.data_as_of.unwrap_or(Date {
        year: 1980,
        month: 1,
        day: 1,
    });
    let readme = zip_readme(ctx, files);
    let readme_name = if ctx.site.config.language == crate::base::locale::Lang::En {
        "README.txt"
    } else {
        "LIESMICH.txt"
    };
    let entries: Vec<(&str, &[u8])> = std::iter::once((readme_name, readme.as_bytes()))
        .chain(files.iter().map(|f| (f.name, &f.bytes[..])))
        .collect();
    // Hashed only for the preview's cache: a build makes the zip once.
    cached(
        zips,
        || zip_key(&entries, date),
        || {
            let stamp = zip::DateTime::from_date_and_time(
                date.year.clamp(1980, 2107) as u16,
                date.month,
                date.day,
                0,
                0,
                0,
            )
            .unwrap_or_default();
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .last_modified_time(stamp);
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            for (name, bytes) in &entries {
                zip.start_file(*name, options).expect("in-memory zip");
                zip.write_all(bytes).expect("in-memory zip");
            }
            zip.finish().expect("in-memory zip").into_inner()
        },
    )
}

/// The last data zip the preview made, with the hash of what went into it:
/// the preview makes the open data again after every save, and compressing
/// the zip costs far more than hashing its entries.
#[derive(Default)]
pub struct ZipCache(Option<(u64, Vec<u8>)>);

/// What decides a zip's bytes: its entries' names and bytes, and their date.
fn zip_key(entries: &[(&str, &[u8])], date: Date) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    entries.hash(&mut h);
    (date.year, date.month, date.day).hash(&mut h);
    h.finish()
}

/// `make()`, or the cached bytes when they were made from the same `key()`.
fn cached(
    cache: Option<&mut ZipCache>,
    key: impl FnOnce() -> u64,
    make: impl FnOnce() -> Vec<u8>,
) -> Vec<u8> {
    let Some(cache) = cache else {
        return make();
    };
    let key = key();
    match &cache.0 {
        Some((k, bytes)) if *k == key => bytes.clone(),
        _ => {
            let bytes = make();
            cache.0 = Some((key, bytes.clone()));
            bytes
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("@SUM"), "'@SUM");
        assert_eq!(safe_cell("Sozialamt"), "Sozialamt");
        assert_eq!(super::budget_json::rate_text(965), "96.5");
        assert_eq!(super::budget_json::rate_text(-5), "-0.5");
    }

    /// The preview's zip is made again only when an entry or the date
    /// changed; a build (no cache) always makes it.
    #[test]
    fn the_zip_is_compressed_again_only_when_its_entries_change() {
        let date = Date {
            year: 2025,
            month: 7,
            day: 15,
        };
        let made = std::cell::Cell::new(0);
        let make = |tag: u8| {
            made.set(made.get() + 1);
            vec![tag]
        };
        let mut cache = ZipCache::default();
        let a: &[(&str, &[u8])] = &[("measures.csv", b"slug\nkita\n"), ("LIESMICH.txt", b"x")];
        let key = zip_key(a, date);
        assert_eq!(cached(Some(&mut cache), || key, || make(1)), [1]);
        assert_eq!(cached(Some(&mut cache), || key, || make(2)), [1]);
        assert_eq!(made.get(), 1);
        // One byte of one file, a file's name, the date: each makes it again.
        let b: &[(&str, &[u8])] = &[("measures.csv", b"slug\nkitb\n"), ("LIESMICH.txt", b"x")];
        let c: &[(&str, &[u8])] = &[("budget.csv", b"slug\nkita\n"), ("LIESMICH.txt", b"x")];
        let later = Date { day: 16, ..date };
        for (n, key) in [zip_key(b, date), zip_key(c, date), zip_key(a, later)]
            .into_iter()
            .enumerate()
        {
            assert_eq!(
                cached(Some(&mut cache), || key, || make(3 + n as u8)),
                [3 + n as u8]
            );
        }
        assert_eq!(made.get(), 4);
        assert_eq!(cached(None, || key, || make(9)), [9]);
        assert_eq!(made.get(), 5);
    }
}
