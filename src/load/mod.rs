//! `load`: walks the portal folder, parses every file into source records and
//! collects every problem (file, line, column) instead of stopping at the first.

mod cache;
pub use cache::ParseCache;
pub mod attachments;
pub mod contact;
pub mod csv;
pub mod csv_dialect;
pub mod districts;
pub mod fields;
pub mod frontmatter;
pub mod grid;
pub mod history;
mod item_file;
pub mod sheet;
pub mod spec;
pub mod tags;
pub mod translated;
pub mod translation;
pub use item_file::{parse_report, parse_text};
pub mod items;
pub mod records;
pub mod redirects;
pub mod series;
pub mod site;
pub mod theme;
mod toml_help;
mod walk;
pub(crate) use walk::linked_root;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::fsutil;
use crate::base::slug;
use crate::base::vocab::*;
use crate::msg;
use records::*;
use site::SiteConfig;

/// Files larger than this are refused with a message instead of exhausting memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A Markdown file becomes one page: 8 MB is some 1,000 printed pages, more
/// than a phone loads, and takes about 2 s and 200 MB to build (a 50 MB file
/// took 12.5 s and 1 GB).
pub const MAX_MARKDOWN_BYTES: u64 = 8 * 1024 * 1024;

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

#[derive(Clone, Copy, Default)]
pub struct LoadOptions<'a> {
    pub drafts: bool,
    /// The build date, when items that appear after it are left out
    /// (`publish`, a report's date); None keeps them (`--future`, `serve`).
    pub embargo_after: Option<crate::base::date::Date>,
    /// Parsed files of an earlier load, reused while their text is the same.
    pub cache: Option<&'a ParseCache>,
    /// The files changed since the load that filled `cache`, when known (the
    /// preview's watcher knows): other files are not read again.
    pub changed: Option<&'a [PathBuf]>,
}

/// A file's bytes, within the size limit of its kind; I/O errors name the path.
fn read_bytes(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<Vec<u8>> {
    let rel = rel_path(root, path);
    let markdown = path.extension().is_some_and(|e| e == "md");
    let limit = if markdown {
        MAX_MARKDOWN_BYTES
    } else {
        MAX_FILE_BYTES
    };
    if let Ok(meta) = path.metadata()
        && meta.len() > limit
    {
        let (what, hint) = if markdown {
            ("markdown", msg!("hint-too-large-markdown"))
        } else {
            ("data", msg!("hint-too-large-data"))
        };
        d.push(
            Diagnostic::error(
                &rel,
                Loc::START,
                msg!(
                    "file-too-large",
                    size = mb(meta.len()),
                    what = what,
                    limit = mb(limit)
                ),
            )
            .with_hint(hint),
        );
        return None;
    }
    match fsutil::read(path) {
        Ok(b) => Some(b),
        Err(e) => {
            d.push(Diagnostic::error(&rel, Loc::START, e.text()));
            None
        }
    }
}

/// A data file (CSV): UTF-8, or Windows-1252 as German Excel saves "CSV",
/// with a warning; a byte-order mark is dropped.
pub fn read_data_text(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<String> {
    let bytes = read_bytes(root, path, d)?;
    let rel = rel_path(root, path);
    let (text, converted) = csv_dialect::decode(&bytes);
    if converted {
        d.push(
            Diagnostic::warning(&rel, Loc::START, msg!("read-as-windows-1252"))
                .with_hint(msg!("hint-save-utf8-csv")),
        );
    }
    let text = text.into_owned();
    check_characters(&rel, &text, d);
    Some(text)
}

/// Reads a text file: refuses huge and non-UTF-8 files.
pub fn read_text(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<String> {
    let rel = rel_path(root, path);
    let bytes = read_bytes(root, path, d)?;
    match String::from_utf8(bytes) {
        Ok(s) => {
            check_characters(&rel, &s, d);
            Some(s)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or("");
            d.push(
                Diagnostic::error(&rel, Loc::of_offset(valid, valid.len()), msg!("not-utf8"))
                    .with_hint(msg!("hint-save-utf8")),
            );
            None
        }
    }
}

/// Reports the first character the text may not hold, and how many more
/// there are; the build then stops before anything is written.
fn check_characters(rel: &Path, text: &str, d: &mut Diagnostics) {
    let Some((at, c)) = crate::base::text::first_forbidden(text) else {
        return;
    };
    let more = text[at..]
        .chars()
        .filter(|&c| crate::base::text::forbidden(c))
        .count()
        - 1;
    let mut message = crate::base::text::message(c);
    if more > 0 {
        message = crate::msg!("char-and-more", first = message, more = more);
    }
    d.push(
        Diagnostic::error(rel, Loc::of_offset(text, at), message)
            .with_hint(crate::base::text::hint()),
    );
}

fn check_duplicates<T>(items: &[Shared<T>], kind: Kind, d: &mut Diagnostics) {
    let mut seen: HashMap<&str, &Path> = HashMap::with_capacity(items.len());
    for it in items {
        if let Some(first) = seen.insert(&it.slug, &it.file) {
            d.push(
                Diagnostic::error(
                    &it.file,
                    Loc::START,
                    msg!(
                        "duplicate-slug",
                        kind = kind.name(),
                        slug = it.slug,
                        other = first.display()
                    ),
                )
                .with_hint(msg!("hint-duplicate-slug")),
            );
            seen.insert(&it.slug, first);
        }
    }
}

/// Loads the portal at `root`. Returns `None` only when there is no site.toml.
pub fn read_portal(
    root: &Path,
    opts: &LoadOptions,
    d: &mut Diagnostics,
) -> Option<(SiteConfig, Sources)> {
    let site_path = root.join("site.toml");
    if !site_path.is_file() {
        d.push(
            Diagnostic::error(&site_path, Loc::START, msg!("no-site-toml"))
                .with_hint(msg!("hint-no-site-toml")),
        );
        return None;
    }
    let config = site::read(root, d);
    let (walk, reused) = cache::walk(root, opts);
    d.extend(walk.diagnostics.clone());
    let mut sources = Sources {
        home_intro: walk.home_intro.clone(),
        home_translations: walk.home_translations.clone(),
        csv_budget: walk.csv_budget.clone(),
        districts: walk.districts.clone(),
        static_files: walk.static_files.clone(),
        ..Sources::default()
    };
    let changed = opts.changed.filter(|_| reused);
    let results = cache::parse_all(root, &walk.found, opts.cache, changed);
    for (f, (parsed, diags)) in walk.found.iter().zip(results) {
        d.extend(diags);
        let Some(item) = parsed else {
            sources.failed.push((f.kind, slug::slugify(&f.stem)));
            continue;
        };
        if item.header().draft && !opts.drafts {
            let slug = item.header().slug.to_string();
            sources.hidden_drafts.push((item.kind(), slug));
            continue;
        }
        if let (Some(today), Some(appears)) = (opts.embargo_after, item.header().appears)
            && appears > today
        {
            let slug = item.header().slug.to_string();
            sources.hidden_future.push((item.kind(), slug, appears));
            continue;
        }
        item.add_to(&mut sources);
    }
    check_duplicates(&sources.goals, Kind::Goal, d);
    check_duplicates(&sources.measures, Kind::Measure, d);
    check_duplicates(&sources.reports, Kind::Report, d);
    check_duplicates(&sources.indicators, Kind::Indicator, d);
    check_duplicates(&sources.pages, Kind::Page, d);

    Some((config, sources))
}
