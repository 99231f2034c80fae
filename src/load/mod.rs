//! `load`: walks the portal folder, parses every file into source records and
//! collects every problem (file, line, column) instead of stopping at the first.

mod cache;
pub use cache::ParseCache;
pub mod csv;
pub mod fields;
pub mod frontmatter;
pub mod items;
pub mod records;
pub mod redirects;
pub mod site;
pub mod theme;
mod walk;
pub(crate) use walk::linked_root;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::fsutil;
use crate::base::slug;
use crate::base::vocab::*;
use crate::load::fields::{Doc, Table};
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
    /// Parsed files of an earlier load, reused while their text is the same.
    pub cache: Option<&'a ParseCache>,
    /// The files changed since the load that filled `cache`, when known (the
    /// preview's watcher knows): other files are not read again.
    pub changed: Option<&'a [PathBuf]>,
}

/// Reads a text file: names the path on I/O errors, refuses huge and non-UTF-8 files.
pub fn read_text(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<String> {
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
            (
                "a Markdown file",
                "split the text into several pages, or attach the full document (a PDF, say) to the item's bundle folder",
            )
        } else {
            (
                "a data or settings file",
                "split the data into several files, or publish it as an attachment",
            )
        };
        d.push(
            Diagnostic::error(
                &rel,
                Loc::START,
                format!(
                    "file is {}; {what} may hold at most {}",
                    mb(meta.len()),
                    mb(limit)
                ),
            )
            .with_hint(hint),
        );
        return None;
    }
    let bytes = match fsutil::read(path) {
        Ok(b) => b,
        Err(e) => {
            d.push(Diagnostic::error(&rel, Loc::START, e.to_string()));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => {
            check_characters(&rel, &s, d);
            Some(s)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or("");
            d.push(
                Diagnostic::error(&rel, Loc::of_offset(valid, valid.len()), "file is not valid UTF-8")
                    .with_hint("save the file with UTF-8 encoding (most editors offer it under “Save as” / encoding)"),
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
        message.push_str(&format!(" ({more} more in this file)"));
    }
    d.push(
        Diagnostic::error(rel, Loc::of_offset(text, at), message)
            .with_hint(crate::base::text::HINT),
    );
}

#[derive(Clone)]
enum Parsed {
    Goal(Shared<GoalSrc>),
    Measure(Shared<MeasureSrc>),
    Report(Shared<ReportSrc>),
    Indicator(Shared<IndicatorSrc>),
    Page(Shared<PageSrc>),
}

/// What every item shares, read before the kind's own keys.
struct Head {
    title: Option<String>,
    slug: Option<String>,
    draft: bool,
    aliases: Vec<At<String>>,
}

fn head(t: &Table, stem: &str, d: &mut Diagnostics) -> Head {
    let title = t.required_string("title", d).map(|s| s.value);
    let slug = match t.string("slug", d) {
        Some(s) if slug::is_valid(&s.value) => Some(s.value),
        Some(s) => {
            let suggestion = slug::slugify(&s.value);
            d.push(
                Diagnostic::error(t.doc.file, s.loc, format!("invalid slug `{}`", s.value))
                    .with_hint(if suggestion.is_empty() {
                        "slugs are lowercase a-z, 0-9 and -".to_string()
                    } else {
                        format!("slugs are lowercase a-z, 0-9 and -, e.g. `{suggestion}`")
                    }),
            );
            None
        }
        None => {
            let s = slug::slugify(stem);
            if s.is_empty() {
                d.push(
                    Diagnostic::error(
                        t.doc.file,
                        Loc::START,
                        format!("cannot make a slug from the file name `{stem}`"),
                    )
                    .with_hint("rename the file or add `slug = \"…\"`"),
                );
                None
            } else if s.len() > slug::MAX_LEN {
                // Transliteration lengthens names: a file name within the
                // file system's limit can make a page folder beyond it.
                d.push(
                    Diagnostic::error(
                        t.doc.file,
                        Loc::START,
                        format!(
                            "the slug made from the file name is {} bytes long; a slug may hold at most {} bytes",
                            s.len(),
                            slug::MAX_LEN
                        ),
                    )
                    .with_hint("rename the file or add a shorter `slug = \"…\"`"),
                );
                None
            } else {
                Some(s)
            }
        }
    };
    Head {
        title,
        slug,
        draft: t.boolean("draft", d).unwrap_or(false),
        aliases: redirects::parse(t, d),
    }
}

fn series_file(root: &Path, name: &str, file: &Path, loc: Loc, d: &mut Diagnostics) -> Vec<Point> {
    let plain = Path::new(name).components().count() == 1
        && !name.starts_with('.')
        && name.ends_with(".csv");
    if !plain {
        d.push(
            Diagnostic::error(
                file,
                loc,
                format!("`data` `{name}` must be the name of a .csv file in data/"),
            )
            .with_hint("e.g. data = \"uebergangsquote.csv\""),
        );
        return Vec::new();
    }
    let data = root.join("data");
    if linked_root(root, &data, &mut Diagnostics::new()) {
        d.push(
            Diagnostic::error(
                file,
                loc,
                format!("data file `data/{name}` is not read: data/ is a symbolic link"),
            )
            .with_hint("replace the link with the folder itself (copy it into the portal)"),
        );
        return Vec::new();
    }
    let path = data.join(name);
    if !path.is_file() {
        d.push(Diagnostic::error(
            file,
            loc,
            format!("data file `data/{name}` not found"),
        ));
        return Vec::new();
    }
    let mut local = Diagnostics::new();
    let text = read_text(root, &path, &mut local);
    let points = text
        .map(|t| csv::series(&rel_path(root, &path), &t, &mut local))
        .unwrap_or_default();
    d.extend(local);
    points
}

fn parse_file(
    root: &Path,
    f: walk::Found,
    text: Option<String>,
) -> (Option<(Parsed, bool)>, Diagnostics) {
    let mut d = Diagnostics::new();
    let rel = rel_path(root, &f.path);
    let Some(text) = text.or_else(|| read_text(root, &f.path, &mut d)) else {
        return (None, d);
    };
    let split = match crate::load::frontmatter::split(&text) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::error(&rel, e.loc, e.message).maybe_hint(e.hint));
            return (None, d);
        }
    };
    let doc = Doc::new(&rel, &text, split.front_offset);
    let Some(root_table) = doc.parse(split.front, &mut d) else {
        return (None, d);
    };
    let t = Table::new(&doc, &root_table, f.kind.name());
    let h = head(&t, &f.stem, &mut d);
    let slug_for_budget = h.slug.clone().unwrap_or_default();
    let parsed = match f.kind {
        Kind::Goal => Some(Kinded::Goal(items::goal(&t, &mut d))),
        Kind::Measure => items::measure(&t, &slug_for_budget, &mut d).map(Kinded::Measure),
        Kind::Report => items::report(&t, &mut d).map(Kinded::Report),
        Kind::Indicator => {
            let mut ind = items::indicator(&t, &mut d);
            if let Some(data) = &ind.data {
                ind.values = series_file(root, &data.value, &rel, data.loc, &mut d);
            }
            Some(Kinded::Indicator(ind))
        }
        Kind::Page => Some(Kinded::Page(items::page(&t, &mut d))),
    };
    let (Some(title), Some(slug), Some(data)) = (h.title, h.slug, parsed) else {
        return (None, d);
    };
    let common = Item {
        slug,
        file: rel,
        title,
        draft: h.draft,
        aliases: h.aliases,
        body: split.body.to_string(),
        body_line: Loc::of_offset(&text, split.body_offset).line,
        assets: f.assets,
        bundle_dir: f.bundle_dir,
        data: (),
    };
    let p = match data {
        Kinded::Goal(x) => Parsed::Goal(Arc::new(common.with(x))),
        Kinded::Measure(x) => Parsed::Measure(Arc::new(common.with(x))),
        Kinded::Report(x) => Parsed::Report(Arc::new(common.with(x))),
        Kinded::Indicator(x) => Parsed::Indicator(Arc::new(common.with(x))),
        Kinded::Page(x) => Parsed::Page(Arc::new(common.with(x))),
    };
    (Some((p, h.draft)), d)
}

/// Parses one content file's text as an item of `kind`, as a build does,
/// and returns what it found wrong (the fuzz targets start here).
pub fn parse_text(root: &Path, kind: Kind, path: &Path, text: &str) -> Diagnostics {
    let mut d = Diagnostics::new();
    check_characters(&rel_path(root, path), text, &mut d);
    let found = walk::Found {
        kind,
        path: path.to_path_buf(),
        stem: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        bundle_dir: None,
        assets: Vec::new(),
    };
    d.extend(parse_file(root, found, Some(text.to_string())).1);
    d
}

enum Kinded {
    Goal(GoalSrc),
    Measure(MeasureSrc),
    Report(ReportSrc),
    Indicator(IndicatorSrc),
    Page(PageSrc),
}

fn check_duplicates<T>(items: &[Shared<T>], kind: Kind, d: &mut Diagnostics) {
    let mut seen: HashMap<&str, &Path> = HashMap::with_capacity(items.len());
    for it in items {
        if let Some(first) = seen.insert(&it.slug, &it.file) {
            d.push(
                Diagnostic::error(
                    &it.file,
                    Loc::START,
                    format!(
                        "duplicate {} slug `{}`: also used by {}",
                        kind.name(),
                        it.slug,
                        first.display()
                    ),
                )
                .with_hint("rename one of the files or give it another `slug`"),
            );
            seen.insert(&it.slug, first);
        }
    }
}

/// Loads the portal at `root`. Returns `None` only when there is no site.toml.
pub fn load(root: &Path, opts: &LoadOptions, d: &mut Diagnostics) -> Option<(SiteConfig, Sources)> {
    let site_path = root.join("site.toml");
    if !site_path.is_file() {
        d.push(
            Diagnostic::error(
                &site_path,
                Loc::START,
                "site.toml not found: this folder is not a klarsicht portal",
            )
            .with_hint(
                "run `klarsicht init <folder>` to create a portal, or pass the portal folder",
            ),
        );
        return None;
    }
    let config = read_text(root, &site_path, d)
        .map(|t| site::parse(Path::new("site.toml"), &t, d))
        .unwrap_or_else(SiteConfig::fallback);

    let (walk, reused) = cache::walk(root, opts);
    d.extend(walk.diagnostics.clone());
    let mut sources = Sources {
        home_intro: walk.home_intro.clone(),
        csv_budget: walk.csv_budget.clone(),
        static_files: walk.static_files.clone(),
        ..Sources::default()
    };
    let changed = opts.changed.filter(|_| reused);
    let results = cache::parse_all(root, &walk.found, opts.cache, changed);
    for (f, (parsed, diags)) in walk.found.iter().zip(results) {
        d.extend(diags);
        let Some((p, draft)) = parsed else {
            sources.failed.push((f.kind, slug::slugify(&f.stem)));
            continue;
        };
        if draft && !opts.drafts {
            let (kind, slug) = match &p {
                Parsed::Goal(i) => (Kind::Goal, &i.slug),
                Parsed::Measure(i) => (Kind::Measure, &i.slug),
                Parsed::Report(i) => (Kind::Report, &i.slug),
                Parsed::Indicator(i) => (Kind::Indicator, &i.slug),
                Parsed::Page(i) => (Kind::Page, &i.slug),
            };
            sources.hidden_drafts.push((kind, slug.clone()));
            continue;
        }
        match p {
            Parsed::Goal(i) => sources.goals.push(i),
            Parsed::Measure(i) => sources.measures.push(i),
            Parsed::Report(i) => sources.reports.push(i),
            Parsed::Indicator(i) => sources.indicators.push(i),
            Parsed::Page(i) => sources.pages.push(i),
        }
    }
    check_duplicates(&sources.goals, Kind::Goal, d);
    check_duplicates(&sources.measures, Kind::Measure, d);
    check_duplicates(&sources.reports, Kind::Report, d);
    check_duplicates(&sources.indicators, Kind::Indicator, d);
    check_duplicates(&sources.pages, Kind::Page, d);

    Some((config, sources))
}
