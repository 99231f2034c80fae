//! `load`: walks the portal folder, parses every file into source records and
//! collects every problem (file, line, column) instead of stopping at the first.

mod cache;
pub use cache::ParseCache;
pub mod csv;
pub mod items;
pub mod records;
pub mod site;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::fields::{Doc, Table};
use crate::fsutil;
use crate::slug;
use records::*;
use site::SiteConfig;

/// Files larger than this are refused with a message instead of exhausting memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Clone, Copy, Default)]
pub struct LoadOptions<'a> {
    pub drafts: bool,
    /// Parsed files of an earlier load, reused while their text is the same.
    pub cache: Option<&'a ParseCache>,
}

/// Reads a text file: names the path on I/O errors, refuses huge and non-UTF-8 files.
pub fn read_text(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<String> {
    let rel = rel_path(root, path);
    if let Ok(meta) = path.metadata()
        && meta.len() > MAX_FILE_BYTES
    {
        d.push(Diagnostic::error(
            &rel,
            Loc::START,
            format!(
                "file is {} MB; the limit is {} MB",
                meta.len() >> 20,
                MAX_FILE_BYTES >> 20
            ),
        ));
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
        Ok(s) => Some(s),
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

/// One content file found by the walk.
struct Found {
    kind: Kind,
    path: PathBuf,
    stem: String,
    bundle_dir: Option<PathBuf>,
    assets: Vec<PathBuf>,
}

fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".bak")
}

fn sorted_entries(dir: &Path, root: &Path, d: &mut Diagnostics) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            v.sort();
            v
        }
        Err(e) => {
            d.push(Diagnostic::error(
                rel_path(root, dir),
                Loc::START,
                format!("cannot read folder: {e}"),
            ));
            Vec::new()
        }
    }
}

fn walk_kind(root: &Path, kind: Kind, dir: &Path, d: &mut Diagnostics) -> Vec<Found> {
    let mut out = Vec::new();
    for path in sorted_entries(dir, root, d) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_ignored_name(&name) {
            continue;
        }
        let meta = path.symlink_metadata();
        let is_dir = meta.as_ref().is_ok_and(|m| m.is_dir());
        if is_dir {
            let index = path.join("index.md");
            if !index.is_file() {
                d.push(
                    Diagnostic::warning(
                        rel_path(root, &path),
                        Loc::START,
                        "folder has no index.md and is ignored",
                    )
                    .with_hint(format!(
                        "a {} bundle is a folder with index.md and its attachments",
                        kind.name()
                    )),
                );
                continue;
            }
            let assets = walkdir::WalkDir::new(&path)
                .follow_links(false)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file() && e.path() != index)
                .filter(|e| {
                    !e.path()
                        .components()
                        .any(|c| is_ignored_name(&c.as_os_str().to_string_lossy()))
                })
                .filter_map(|e| e.path().strip_prefix(&path).ok().map(Path::to_path_buf))
                .collect();
            out.push(Found {
                kind,
                path: index,
                stem: name,
                bundle_dir: Some(path),
                assets,
            });
        } else if let Some(stem) = name.strip_suffix(".md") {
            out.push(Found {
                kind,
                path: path.clone(),
                stem: stem.to_string(),
                bundle_dir: None,
                assets: Vec::new(),
            });
        } else {
            d.push(
                Diagnostic::warning(
                    rel_path(root, &path),
                    Loc::START,
                    "not a Markdown file; ignored",
                )
                .with_hint("put attachments into the item's bundle folder, or into static/"),
            );
        }
    }
    out
}

#[derive(Clone)]
enum Parsed {
    Goal(Item<GoalSrc>),
    Measure(Item<MeasureSrc>),
    Report(Item<ReportSrc>),
    Indicator(Item<IndicatorSrc>),
    Page(Item<PageSrc>),
}

/// What every item shares, read before the kind's own keys.
struct Head {
    title: Option<String>,
    slug: Option<String>,
    draft: bool,
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
            } else {
                Some(s)
            }
        }
    };
    Head {
        title,
        slug,
        draft: t.boolean("draft", d).unwrap_or(false),
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
    let path = root.join("data").join(name);
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
    f: Found,
    text: Option<String>,
) -> (Option<(Parsed, bool)>, Diagnostics) {
    let mut d = Diagnostics::new();
    let rel = rel_path(root, &f.path);
    let Some(text) = text.or_else(|| read_text(root, &f.path, &mut d)) else {
        return (None, d);
    };
    let split = match crate::frontmatter::split(&text) {
        Ok(s) => s,
        Err(e) => {
            d.push(Diagnostic::error(&rel, e.loc, e.message).maybe_hint(e.hint));
            return (None, d);
        }
    };
    let doc = Doc {
        file: &rel,
        text: &text,
        base: split.front_offset,
    };
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
        body: split.body.to_string(),
        body_line: Loc::of_offset(&text, split.body_offset).line,
        assets: f.assets,
        bundle_dir: f.bundle_dir,
        data: (),
    };
    let p = match data {
        Kinded::Goal(x) => Parsed::Goal(common.with(x)),
        Kinded::Measure(x) => Parsed::Measure(common.with(x)),
        Kinded::Report(x) => Parsed::Report(common.with(x)),
        Kinded::Indicator(x) => Parsed::Indicator(common.with(x)),
        Kinded::Page(x) => Parsed::Page(common.with(x)),
    };
    (Some((p, h.draft)), d)
}

enum Kinded {
    Goal(GoalSrc),
    Measure(MeasureSrc),
    Report(ReportSrc),
    Indicator(IndicatorSrc),
    Page(PageSrc),
}

/// The home page intro: `content/_index.md`, front matter optional.
fn home_intro(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<Item<PageSrc>> {
    let text = read_text(root, path, d)?;
    let rel = rel_path(root, path);
    let (title, body, body_offset) = match crate::frontmatter::split(&text) {
        Ok(s) => {
            let doc = Doc {
                file: &rel,
                text: &text,
                base: s.front_offset,
            };
            let table = doc.parse(s.front, d)?;
            let t = Table::new(&doc, &table, "home page intro");
            t.check_known(&["title"], d);
            (
                t.string("title", d).map(|s| s.value).unwrap_or_default(),
                s.body,
                s.body_offset,
            )
        }
        Err(_) => (String::new(), text.as_str(), 0),
    };
    Some(Item {
        slug: String::new(),
        file: rel,
        title,
        draft: false,
        body: body.to_string(),
        body_line: Loc::of_offset(&text, body_offset).line,
        assets: Vec::new(),
        bundle_dir: None,
        data: PageSrc::default(),
    })
}

fn check_duplicates<T>(items: &[Item<T>], kind: Kind, d: &mut Diagnostics) {
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

fn static_files(root: &Path, d: &mut Diagnostics) -> Vec<PathBuf> {
    let dir = root.join("static");
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if let Ok(rel) = e.path().strip_prefix(&dir) {
                    out.push(rel.to_path_buf());
                }
            }
            Ok(e) if e.file_type().is_symlink() => d.push(Diagnostic::warning(
                rel_path(root, e.path()),
                Loc::START,
                "symbolic link in static/ is not copied",
            )),
            Ok(_) => {}
            Err(e) => d.push(Diagnostic::error(
                "static",
                Loc::START,
                format!("cannot read static/: {e}"),
            )),
        }
    }
    out
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

    let mut sources = Sources::default();
    let content = root.join("content");
    let mut found = Vec::new();
    if content.is_dir() {
        for path in sorted_entries(&content, root, d) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if is_ignored_name(&name) {
                continue;
            }
            if name == "_index.md" {
                sources.home_intro = home_intro(root, &path, d);
            } else if let Some(kind) = Kind::from_folder(&name).filter(|_| path.is_dir()) {
                found.extend(walk_kind(root, kind, &path, d));
            } else {
                let folders: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
                d.push(
                    Diagnostic::warning(
                        rel_path(root, &path),
                        Loc::START,
                        "not a content folder; ignored",
                    )
                    .with_hint(format!(
                        "content/ holds _index.md and the folders {}",
                        folders.join(", ")
                    )),
                );
            }
        }
    } else {
        d.push(Diagnostic::warning(
            "content",
            Loc::START,
            "no content/ folder: the portal is empty",
        ));
    }

    if let Some(cache) = opts.cache {
        cache.retain(&found.iter().map(|f| f.path.clone()).collect());
    }
    let results: Vec<_> = found
        .into_par_iter()
        .map(|f| {
            (
                f.kind,
                slug::slugify(&f.stem),
                cache::parse_cached(root, f, opts.cache),
            )
        })
        .collect();
    for (kind, stem_slug, (parsed, diags)) in results {
        d.extend(diags);
        let Some((p, draft)) = parsed else {
            sources.failed.push((kind, stem_slug));
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

    let budget_csv = root.join("data").join("budget.csv");
    if budget_csv.is_file()
        && let Some(text) = read_text(root, &budget_csv, d)
    {
        sources.csv_budget = csv::budget(Path::new("data/budget.csv"), &text, d);
    }
    sources.static_files = static_files(root, d);
    Some((config, sources))
}
