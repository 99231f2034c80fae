//! One content file: its front matter's shared keys (title, slug, draft,
//! aliases) and its kind's own, with the indicator's data file, joined into
//! an item of that kind.

use std::path::Path;
use std::sync::Arc;

use super::fields::{Doc, Table};
use super::records::*;
use super::{csv, grid, items, linked_root, read_text, redirects, sheet, walk};
use crate::base::date::Date;
use crate::base::diagnostics::{At, Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::slug;
use crate::base::vocab::*;
use crate::msg;

/// An item of any kind, as one file gives it.
#[derive(Clone)]
pub(super) enum AnyItem {
    Goal(Shared<GoalSrc>),
    Measure(Shared<MeasureSrc>),
    Report(Shared<ReportSrc>),
    Indicator(Shared<IndicatorSrc>),
    Page(Shared<PageSrc>),
    /// An item's texts in another language (`kita.en.md`).
    Translation(Shared<super::translation::TextsSrc>),
    /// A goal's or measure's version in Leichte Sprache (`kita.de-LS.md`).
    EasyReading(Shared<super::translation::EasySrc>),
}

impl AnyItem {
    pub(super) fn kind(&self) -> Kind {
        match self {
            AnyItem::Goal(_) => Kind::Goal,
            AnyItem::Measure(_) => Kind::Measure,
            AnyItem::Report(_) => Kind::Report,
            AnyItem::Indicator(_) => Kind::Indicator,
            AnyItem::Page(_) => Kind::Page,
            AnyItem::Translation(t) => t.data.kind,
            AnyItem::EasyReading(t) => t.data.kind,
        }
    }

    /// What every item has, whatever its kind.
    pub(super) fn header(&self) -> Header<'_> {
        match self {
            AnyItem::Goal(i) => i.header(),
            AnyItem::Measure(i) => i.header(),
            AnyItem::Report(i) => i.header(),
            AnyItem::Indicator(i) => i.header(),
            AnyItem::Page(i) => i.header(),
            AnyItem::Translation(i) => i.header(),
            AnyItem::EasyReading(i) => i.header(),
        }
    }

    /// Adds the item to the sources' list of its kind.
    pub(super) fn add_to(self, sources: &mut Sources) {
        match self {
            AnyItem::Goal(i) => sources.goals.push(i),
            AnyItem::Measure(i) => sources.measures.push(i),
            AnyItem::Report(i) => sources.reports.push(i),
            AnyItem::Indicator(i) => sources.indicators.push(i),
            AnyItem::Page(i) => sources.pages.push(i),
            AnyItem::Translation(i) => sources.translations.push(i),
            AnyItem::EasyReading(i) => sources.easy_reading.push(i),
        }
    }
}

/// A kind's own keys, before the shared ones join them into an item.
enum KindData {
    Goal(GoalSrc),
    Measure(MeasureSrc),
    Report(ReportSrc),
    Indicator(IndicatorSrc),
    Page(PageSrc),
}

/// What every item shares, read before the kind's own keys.
struct Head {
    title: Option<String>,
    slug: Option<String>,
    draft: bool,
    publish: Option<Date>,
    aliases: Vec<At<String>>,
}

fn head(t: &Table, stem: &str, d: &mut Diagnostics) -> Head {
    let title = t.required_string("title", d).map(|s| s.value);
    let slug = match t.string("slug", d) {
        Some(s) if slug::is_valid(&s.value) => Some(s.value),
        Some(s) => {
            let suggestion = slug::slugify(&s.value);
            d.push(
                Diagnostic::error(t.doc.file, s.loc, msg!("invalid-slug", value = s.value))
                    .with_hint(if suggestion.is_empty() {
                        msg!("hint-slug-form")
                    } else {
                        msg!("hint-slug-form-example", example = suggestion)
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
                        msg!("no-slug-from-file", stem = stem),
                    )
                    .with_hint(msg!("hint-no-slug-from-file")),
                );
                None
            } else if s.len() > slug::MAX_LEN {
                // Transliteration lengthens names: a file name within the
                // file system's limit can make a page folder beyond it.
                d.push(
                    Diagnostic::error(
                        t.doc.file,
                        Loc::START,
                        msg!("slug-too-long", bytes = s.len(), max = slug::MAX_LEN),
                    )
                    .with_hint(msg!("hint-slug-too-long")),
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
        publish: t.date("publish", d).map(|p| p.value),
        aliases: redirects::parse(t, d),
    }
}

fn series_file(
    root: &Path,
    name: &str,
    sheet: Option<&At<String>>,
    file: &Path,
    loc: Loc,
    d: &mut Diagnostics,
) -> crate::load::series::SeriesRows {
    let plain = Path::new(name).components().count() == 1
        && !name.starts_with('.')
        && (name.ends_with(".csv") || sheet::is_spreadsheet(name));
    if !plain {
        d.push(
            Diagnostic::error(file, loc, msg!("data-name", name = name))
                .with_hint(msg!("hint-data-name")),
        );
        return Default::default();
    }
    let data = root.join("data");
    if linked_root(root, &data, &mut Diagnostics::new()) {
        d.push(
            Diagnostic::error(file, loc, msg!("data-file-linked", name = name))
                .with_hint(msg!("hint-folder-is-link")),
        );
        return Default::default();
    }
    let path = data.join(name);
    if !path.is_file() {
        d.push(Diagnostic::error(
            file,
            loc,
            msg!("data-file-missing", name = name),
        ));
        return Default::default();
    }
    let mut local = Diagnostics::new();
    let rel = rel_path(root, &path);
    let points = if sheet::is_spreadsheet(name) {
        sheet::grid(&rel, &path, sheet, grid::SERIES, &mut local)
            .map(|g| crate::load::series::read(&rel, &g, &mut local))
            .unwrap_or_default()
    } else {
        super::read_data_text(root, &path, &mut local)
            .map(|t| csv::series(&rel, &t, &mut local))
            .unwrap_or_default()
    };
    d.extend(local);
    points
}

/// Parses one content file (its text, when the caller read it already)
/// into an item of the kind its folder says.
pub(super) fn parse_file(
    root: &Path,
    f: walk::Found,
    text: Option<String>,
) -> (Option<AnyItem>, Diagnostics) {
    parse_file_with(root, f, text, true)
}

/// One content file's text as an item, as of another time (a commit):
/// an indicator's `data` file is not read from the folder, and its values
/// are the caller's to fill in. `path` is relative to the portal.
pub(super) fn parse_detached(kind: Kind, path: &Path, text: &str) -> Option<AnyItem> {
    // The history follows the originals: a translation changes only texts.
    let file_stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    if file_stem.is_some_and(|s| {
        !matches!(
            super::translation::name(&s),
            super::translation::Name::Original
        )
    }) {
        return None;
    }
    let found = walk::Found {
        kind,
        path: path.to_path_buf(),
        stem: stem_of(path),
        bundle_dir: None,
        assets: Vec::new(),
        lang: None,
        easy: false,
    };
    parse_file_with(Path::new(""), found, Some(text.to_string()), false).0
}

/// A content file's stem: a bundle's folder name for its `index.md`.
fn stem_of(path: &Path) -> String {
    let name = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    match name(path) {
        Some(s) if s == "index" => path.parent().and_then(name).unwrap_or(s),
        other => other.unwrap_or_default(),
    }
}

/// A translation or a version in Leichte Sprache as an item: a title, the
/// body and what it translates; everything else is the original's.
fn version<T>(
    stem: &str,
    rel: &Path,
    title: At<String>,
    text: &str,
    split: &crate::load::frontmatter::Split,
    data: T,
) -> Item<T> {
    Item {
        slug: slug::slugify(stem),
        file: rel.to_path_buf(),
        title: title.value,
        draft: false,
        appears: None,
        aliases: Vec::new(),
        body: split.body.to_string(),
        body_line: Loc::of_offset(text, split.body_offset).line,
        assets: Vec::new(),
        attachments: Vec::new(),
        tags: Vec::new(),
        bundle_dir: None,
        translation: None,
        data,
    }
}

fn parse_file_with(
    root: &Path,
    f: walk::Found,
    text: Option<String>,
    read_data: bool,
) -> (Option<AnyItem>, Diagnostics) {
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
    let t = Table::new(&doc, &root_table, f.kind.what());
    if let Some(lang) = f.lang {
        let original = super::translation::original_of(&rel);
        let texts = super::translation::parse(&t, f.kind, lang, &original, &mut d);
        let item = t
            .required_string("title", &mut d)
            .map(|title| version(&f.stem, &rel, title, &text, &split, texts));
        return (item.map(|i| AnyItem::Translation(Arc::new(i))), d);
    }
    if f.easy {
        t.check_known(&["title"], &mut d);
        let data = super::translation::EasySrc {
            kind: f.kind,
            original: super::translation::original_of(&rel),
        };
        let item = t
            .required_string("title", &mut d)
            .map(|title| version(&f.stem, &rel, title, &text, &split, data));
        return (item.map(|i| AnyItem::EasyReading(Arc::new(i))), d);
    }
    let h = head(&t, &f.stem, &mut d);
    let attachments = super::attachments::parse(&t, &f.assets, &mut d);
    let tags = super::tags::parse(&t, &mut d);
    let slug_for_budget = h.slug.clone().unwrap_or_default();
    let parsed = match f.kind {
        Kind::Goal => Some(KindData::Goal(items::goal(&t, &mut d))),
        Kind::Measure => items::measure(&t, &slug_for_budget, &mut d).map(KindData::Measure),
        Kind::Report => items::report(&t, &mut d).map(KindData::Report),
        Kind::Indicator => {
            let mut ind = items::indicator(&t, &mut d);
            if let Some(data) = ind.data.as_ref().filter(|_| read_data) {
                let sheet = ind.sheet.clone();
                let rows = series_file(root, &data.value, sheet.as_ref(), &rel, data.loc, &mut d);
                ind.values = rows.points;
                ind.breakdown = rows.breakdown;
            }
            if read_data {
                for c in &mut ind.compare {
                    if let Some(data) = &c.data {
                        let rows = series_file(
                            root,
                            &data.value,
                            c.sheet.as_ref(),
                            &rel,
                            data.loc,
                            &mut d,
                        );
                        c.values = rows.points;
                        c.values.sort_by_key(|p| p.year);
                    }
                }
            }
            Some(KindData::Indicator(ind))
        }
        Kind::Page => Some(KindData::Page(items::page(&t, &mut d))),
    };
    let (Some(title), Some(slug), Some(data)) = (h.title, h.slug, parsed) else {
        return (None, d);
    };
    let common = Item {
        slug,
        file: rel,
        title,
        draft: h.draft,
        // A report appears on its date at the earliest.
        appears: match &data {
            KindData::Report(r) => Some(h.publish.map_or(r.date, |p| p.max(r.date))),
            _ => h.publish,
        },
        aliases: h.aliases,
        body: split.body.to_string(),
        body_line: Loc::of_offset(&text, split.body_offset).line,
        assets: f.assets,
        attachments,
        tags,
        bundle_dir: f.bundle_dir,
        translation: None,
        data: (),
    };
    let p = match data {
        KindData::Goal(x) => AnyItem::Goal(Arc::new(common.with(x))),
        KindData::Measure(x) => AnyItem::Measure(Arc::new(common.with(x))),
        KindData::Report(x) => AnyItem::Report(Arc::new(common.with(x))),
        KindData::Indicator(x) => AnyItem::Indicator(Arc::new(common.with(x))),
        KindData::Page(x) => AnyItem::Page(Arc::new(common.with(x))),
    };
    (Some(p), d)
}

/// Parses one content file's text as an item of `kind`, as a build does,
/// and returns what it found wrong (the fuzz targets start here).
pub fn parse_text(root: &Path, kind: Kind, path: &Path, text: &str) -> Diagnostics {
    parse_item(root, kind, path, text).1
}

/// Parses a report's text as a build does: the report, when it reads, and
/// what was wrong (what `import oparl` writes is checked with it).
pub fn parse_report(
    root: &Path,
    path: &Path,
    text: &str,
) -> (Option<Arc<Item<ReportSrc>>>, Diagnostics) {
    match parse_item(root, Kind::Report, path, text) {
        (Some(AnyItem::Report(r)), d) => (Some(r), d),
        (_, d) => (None, d),
    }
}

/// Parses one content file's text as an item of `kind`: the item, when it
/// reads, and what was wrong.
fn parse_item(root: &Path, kind: Kind, path: &Path, text: &str) -> (Option<AnyItem>, Diagnostics) {
    let mut d = Diagnostics::new();
    super::check_characters(&rel_path(root, path), text, &mut d);
    let found = walk::Found {
        kind,
        path: path.to_path_buf(),
        stem: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        bundle_dir: None,
        assets: Vec::new(),
        lang: None,
        easy: false,
    };
    let (item, more) = parse_file(root, found, Some(text.to_string()));
    d.extend(more);
    (item, d)
}
