//! Finding a portal's files: the content items, the home page intro,
//! data/budget.csv and static/. `serve` keeps a walk while only item files
//! change, so a save does not list and read the whole portal again.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::records::{BudgetLineSrc, PageSrc, Shared};
use super::{csv, read_text};
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::vocab::Kind;
use crate::load::fields::{Doc, Table};
use crate::load::records::Item;
use crate::load::translation;
use crate::msg;

/// What a walk found besides the items' text, with the problems it met
/// (replayed on every build that reuses it).
#[derive(Clone, Default)]
pub(super) struct Walk {
    pub found: Vec<Found>,
    pub home_intro: Option<Shared<PageSrc>>,
    pub home_translations: Vec<(crate::base::locale::Lang, Shared<PageSrc>)>,
    pub csv_budget: Vec<Arc<BudgetLineSrc>>,
    /// The areas of data/districts.geojson, when there is one.
    pub districts: Option<Arc<Vec<super::districts::Area>>>,
    pub static_files: Vec<PathBuf>,
    pub diagnostics: Diagnostics,
}

impl Walk {
    /// True when every changed path is an item file of this walk that is
    /// still there, or a path below `content/` that is gone and that this
    /// walk never saw: a new walk would find the same files.
    pub(super) fn covers(&self, root: &Path, changed: &[PathBuf]) -> bool {
        let mut distinct: Vec<&PathBuf> = changed
            .iter()
            .filter(|p| !self.never_saw(root, p))
            .collect();
        distinct.sort();
        distinct.dedup();
        let changed_set = crate::base::fsutil::PathSet::new(distinct.iter().map(|p| p.as_path()));
        let known = self
            .found
            .iter()
            .filter(|f| changed_set.contains(&f.path))
            .count();
        // Each found path is distinct, so every changed path was found once.
        known == distinct.len() && distinct.iter().all(|p| p.is_file())
    }

    /// True for a path in a kind's folder that no longer exists and that
    /// this walk knew nothing at or below: the temporary file an editor (or
    /// `sed -i`) writes beside an item and renames onto it. Paths the walk
    /// read or warned about still count, so deleting one walks again;
    /// outside `content/` the walk reads files by fixed names, so every
    /// change there counts.
    fn never_saw(&self, root: &Path, path: &Path) -> bool {
        let Ok(rel) = path.strip_prefix(root.join("content")) else {
            return false;
        };
        if rel.components().count() < 2 || path.symlink_metadata().is_ok() {
            return false;
        }
        let seen = |p: &Path| p.starts_with(path);
        let item_seen = |f: &Found| {
            seen(&f.path)
                || f.bundle_dir
                    .as_deref()
                    .is_some_and(|dir| seen(dir) || f.assets.iter().any(|a| seen(&dir.join(a))))
        };
        !self.found.iter().any(item_seen)
            && !self.diagnostics.iter().any(|d| seen(&root.join(&d.file)))
    }
}

/// Walks the portal at `root`.
pub(super) fn walk(root: &Path) -> Walk {
    let mut d = Diagnostics::new();
    let mut w = Walk::default();
    let content = root.join("content");
    if linked_root(root, &content, &mut d) {
    } else if content.is_dir() {
        for (path, name) in sorted_entries(&content, root, &mut d) {
            let home_lang = name
                .strip_suffix(".md")
                .filter(|n| n.starts_with("_index."))
                .map(translation::name);
            if name == "_index.md" {
                w.home_intro = home_intro(root, &path, &mut d);
            } else if let Some(translation::Name::Translation { lang, .. }) = home_lang {
                let intro = home_intro(root, &path, &mut d);
                w.home_translations.extend(intro.map(|i| (lang, i)));
            } else if let Some(translation::Name::Unknown { code }) = home_lang {
                unknown_language(root, &path, code, &mut d);
            } else if let Some(translation::Name::EasyReading { .. }) = home_lang {
                unknown_language(root, &path, translation::EASY_READING_CODE, &mut d);
            } else if Kind::from_folder(&name).is_some() && linked_root(root, &path, &mut d) {
            } else if let Some(kind) = Kind::from_folder(&name).filter(|_| path.is_dir()) {
                w.found.extend(walk_kind(root, kind, &path, &mut d));
            } else {
                let folders: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
                d.push(
                    Diagnostic::warning(
                        rel_path(root, &path),
                        Loc::START,
                        msg!("not-content-folder"),
                    )
                    .with_hint(msg!("hint-content-folders", folders = folders.join(", "))),
                );
            }
        }
    } else {
        d.push(Diagnostic::warning(
            "content",
            Loc::START,
            msg!("no-content-folder"),
        ));
    }
    if !linked_root(root, &root.join("data"), &mut d) {
        w.csv_budget = budget_files(root, &mut d);
        w.districts = district_file(root, &mut d);
    }
    w.static_files = static_files(root, &mut d);
    w.diagnostics = d;
    w
}

/// The budget lines of data/budget.csv and of a spreadsheet beside it
/// (data/budget.xlsx, .ods or .xls), in that order: the lines of all of them.
fn budget_files(root: &Path, d: &mut Diagnostics) -> Vec<std::sync::Arc<BudgetLineSrc>> {
    let data = root.join("data");
    let mut lines = Vec::new();
    let csv_path = data.join("budget.csv");
    if csv_path.is_file()
        && let Some(text) = super::read_data_text(root, &csv_path, d)
    {
        lines.extend(csv::budget(Path::new("data/budget.csv"), &text, d));
    }
    for ext in ["xlsx", "ods", "xls"] {
        let path = data.join(format!("budget.{ext}"));
        if path.is_file() {
            let rel = PathBuf::from(format!("data/budget.{ext}"));
            if let Some(g) = super::sheet::grid(&rel, &path, None, super::grid::BUDGET, d) {
                lines.extend(super::grid::budget_lines(&rel, &g, d));
            }
        }
    }
    lines
}

/// The areas of data/districts.geojson: None without the file or when it
/// is not a FeatureCollection (an error says why).
fn district_file(root: &Path, d: &mut Diagnostics) -> Option<Arc<Vec<super::districts::Area>>> {
    let path = root.join(super::districts::FILE);
    if !path.is_file() {
        return None;
    }
    let text = read_text(root, &path, d)?;
    super::districts::parse(Path::new(super::districts::FILE), &text, d).map(Arc::new)
}

/// One content file found by the walk.
#[derive(Clone)]
pub(super) struct Found {
    pub kind: Kind,
    pub path: PathBuf,
    pub stem: String,
    pub bundle_dir: Option<PathBuf>,
    pub assets: Vec<PathBuf>,
    /// The language of a translation (`kita.en.md`); None for an original.
    pub lang: Option<crate::base::locale::Lang>,
    /// A version in Leichte Sprache (`kita.de-LS.md`).
    pub easy: bool,
}

/// A content file that is no bundle: an original, a translation (`lang`)
/// or a version in Leichte Sprache (`easy`).
fn version(
    kind: Kind,
    path: PathBuf,
    stem: &str,
    lang: Option<crate::base::locale::Lang>,
    easy: bool,
) -> Found {
    Found {
        kind,
        path,
        stem: stem.to_string(),
        bundle_dir: None,
        assets: Vec::new(),
        lang,
        easy,
    }
}

pub(super) fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".bak")
}

/// The entries of `dir` with their names, sorted, without hidden and backup files.
fn sorted_entries(dir: &Path, root: &Path, d: &mut Diagnostics) -> Vec<(PathBuf, String)> {
    match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            v.sort();
            v.into_iter()
                .map(|path| {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    (path, name)
                })
                .filter(|(_, name)| !is_ignored_name(name))
                .collect()
        }
        Err(e) => {
            d.push(Diagnostic::error(
                rel_path(root, dir),
                Loc::START,
                msg!("folder-unreadable", error = e.to_string()),
            ));
            Vec::new()
        }
    }
}

fn walk_kind(root: &Path, kind: Kind, dir: &Path, d: &mut Diagnostics) -> Vec<Found> {
    let mut out = Vec::new();
    for (path, name) in sorted_entries(dir, root, d) {
        let meta = path.symlink_metadata();
        if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink())
            && !link_is_read(root, &path, &name, d)
        {
            continue;
        }
        let is_dir = meta.as_ref().is_ok_and(|m| m.is_dir());
        if is_dir {
            let index = path.join("index.md");
            if !index.is_file() {
                d.push(
                    Diagnostic::warning(
                        rel_path(root, &path),
                        Loc::START,
                        msg!("bundle-without-index"),
                    )
                    .with_hint(msg!("hint-bundle", kind = kind.name())),
                );
                continue;
            }
            let mut assets = Vec::new();
            for rel in tree_files(root, &path, Tree::Bundle, d) {
                let top = rel.components().count() == 1;
                let file = rel.to_string_lossy().into_owned();
                let translated = file
                    .strip_suffix(".md")
                    .filter(|_| top)
                    .map(translation::name);
                match translated {
                    _ if file == "index.md" => {}
                    Some(translation::Name::Translation {
                        stem: "index",
                        lang,
                    }) => out.push(version(kind, path.join(&rel), &name, Some(lang), false)),
                    Some(translation::Name::EasyReading { stem: "index" }) => {
                        out.push(version(kind, path.join(&rel), &name, None, true))
                    }
                    Some(translation::Name::Unknown { code }) if file.starts_with("index.") => {
                        unknown_language(root, &path.join(&rel), code, d)
                    }
                    _ => assets.push(rel),
                }
            }
            out.push(Found {
                kind,
                path: index,
                stem: name,
                bundle_dir: Some(path),
                assets,
                lang: None,
                easy: false,
            });
        } else if let Some(stem) = name.strip_suffix(".md") {
            out.push(match translation::name(stem) {
                translation::Name::Original => version(kind, path.clone(), stem, None, false),
                translation::Name::Translation { stem, lang } => {
                    version(kind, path.clone(), stem, Some(lang), false)
                }
                translation::Name::EasyReading { stem } => {
                    version(kind, path.clone(), stem, None, true)
                }
                translation::Name::Unknown { code } => {
                    unknown_language(root, &path, code, d);
                    continue;
                }
            });
        } else {
            d.push(
                Diagnostic::warning(rel_path(root, &path), Loc::START, msg!("not-markdown"))
                    .with_hint(msg!("hint-not-markdown")),
            );
        }
    }
    out
}

/// `kita.fr.md`: named like a translation into a language klarsicht does
/// not know; built as an item of its own it would be a page nobody meant.
fn unknown_language(root: &Path, path: &Path, code: &str, d: &mut Diagnostics) {
    d.push(
        Diagnostic::error(
            rel_path(root, path),
            Loc::START,
            msg!("translation-unknown-language", code = code),
        )
        .with_hint(msg!("hint-translation-unknown-language")),
    );
}

/// Whether a symbolic link in a kind folder is read: a link to a Markdown
/// file is; a link to a folder is not (a warning), nor a broken one (an error).
fn link_is_read(root: &Path, path: &Path, name: &str, d: &mut Diagnostics) -> bool {
    match path.metadata() {
        // A link to a Markdown file is read like the file.
        Ok(m) if m.is_file() && name.ends_with(".md") => true,
        Ok(m) if m.is_dir() => {
            d.push(
                Diagnostic::warning(rel_path(root, path), Loc::START, msg!("link-to-folder"))
                    .with_hint(msg!("hint-link-to-folder")),
            );
            false
        }
        Ok(_) => true,
        Err(e) => {
            d.push(
                Diagnostic::error(
                    rel_path(root, path),
                    Loc::START,
                    msg!("link-broken", error = e.to_string()),
                )
                .with_hint(msg!("hint-link-broken")),
            );
            false
        }
    }
}

/// The home page intro: `content/_index.md`, front matter optional.
fn home_intro(root: &Path, path: &Path, d: &mut Diagnostics) -> Option<Shared<PageSrc>> {
    let text = read_text(root, path, d)?;
    let rel = rel_path(root, path);
    let (title, body, body_offset) = match crate::load::frontmatter::split(&text) {
        Ok(s) => {
            let doc = Doc::new(&rel, &text, s.front_offset);
            let table = doc.parse(s.front, d)?;
            let t = Table::new(&doc, &table, "what-home-intro");
            t.check_known(&["title"], d);
            (
                t.string("title", d).map(|s| s.value).unwrap_or_default(),
                s.body,
                s.body_offset,
            )
        }
        Err(_) => (String::new(), text.as_str(), 0),
    };
    Some(Arc::new(Item {
        slug: String::new(),
        file: rel,
        title,
        draft: false,
        appears: None,
        aliases: Vec::new(),
        body: body.to_string(),
        body_line: Loc::of_offset(&text, body_offset).line,
        assets: Vec::new(),
        attachments: Vec::new(),
        tags: Vec::new(),
        bundle_dir: None,
        translation: None,
        data: PageSrc::default(),
    }))
}

fn static_files(root: &Path, d: &mut Diagnostics) -> Vec<PathBuf> {
    let dir = root.join("static");
    if linked_root(root, &dir, d) || !dir.is_dir() {
        return Vec::new();
    }
    tree_files(root, &dir, Tree::Static, d)
}

/// True, with an error, when `dir` (the root of a walk: `content/`, a kind
/// folder, `static/`, a theme's folders) is a symbolic link. Its target is
/// not read: a `static -> /etc` in a repository would publish the machine's
/// files.
pub(crate) fn linked_root(root: &Path, dir: &Path, d: &mut Diagnostics) -> bool {
    let linked = dir
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink());
    if linked {
        d.push(
            Diagnostic::error(rel_path(root, dir), Loc::START, msg!("folder-is-link"))
                .with_hint(msg!("hint-folder-is-link")),
        );
    }
    linked
}

/// Hidden and backup files are not published, but `.well-known/` at the
/// top of static/ is (security.txt and other RFC 8615 files live there).
fn is_published_name(depth: usize, name: &str, in_static: bool) -> bool {
    !is_ignored_name(name) || (in_static && depth == 1 && name == ".well-known")
}

/// Folders nested deeper than this below a bundle or static/ are refused:
/// paths that long break on some hosts and in zip files, and a loop of
/// bind mounts would never end.
pub(super) const MAX_DEPTH: usize = 32;

/// The folder trees whose files are published as they are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tree {
    Bundle,
    Static,
}

/// The files below `dir` (a bundle or static/), relative to it, sorted.
/// Symbolic links are not followed or copied, and say so; unreadable
/// entries and too-deep folders are errors, so nothing goes missing silently.
/// Hidden and backup files below `dir` are left out (the folders above it
/// may be hidden: a portal in ~/.cache is fine); for static/, with one
/// warning that lists them (a bundle's are an editor's swap files, and
/// a warning on every save would be noise).
fn tree_files(root: &Path, dir: &Path, tree: Tree, d: &mut Diagnostics) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    let in_static = tree == Tree::Static;
    let what = match tree {
        Tree::Bundle => "bundle",
        Tree::Static => "static/",
    };
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walker.next() {
        match entry {
            Ok(e)
                if e.depth() > 0
                    && !is_published_name(
                        e.depth(),
                        &e.file_name().to_string_lossy(),
                        in_static,
                    ) =>
            {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                let mut name = rel.to_string_lossy().replace('\\', "/");
                if e.file_type().is_dir() {
                    name.push('/');
                    walker.skip_current_dir();
                }
                skipped.push(name);
            }
            Ok(e) if e.file_type().is_file() => {
                if let Ok(rel) = e.path().strip_prefix(dir) {
                    out.push(rel.to_path_buf());
                }
            }
            Ok(e) if e.file_type().is_symlink() => d.push(
                Diagnostic::warning(
                    rel_path(root, e.path()),
                    Loc::START,
                    msg!("link-not-copied", place = what),
                )
                .with_hint(msg!("hint-link-not-copied")),
            ),
            Ok(e) if e.file_type().is_dir() && e.depth() >= MAX_DEPTH => {
                d.push(
                    Diagnostic::error(
                        rel_path(root, e.path()),
                        Loc::START,
                        msg!("folders-too-deep", depth = MAX_DEPTH),
                    )
                    .with_hint(msg!("hint-folders-too-deep")),
                );
                walker.skip_current_dir();
            }
            Ok(_) => {}
            Err(e) => d.push(Diagnostic::error(
                e.path()
                    .map(|p| rel_path(root, p))
                    .unwrap_or_else(|| rel_path(root, dir)),
                Loc::START,
                msg!(
                    "cannot-read",
                    error = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string)
                ),
            )),
        }
    }
    if in_static && !skipped.is_empty() {
        d.push(
            Diagnostic::warning(
                rel_path(root, dir),
                Loc::START,
                msg!("hidden-files", files = skipped.join(", ")),
            )
            .with_hint(msg!("hint-hidden-files")),
        );
    }
    out
}
