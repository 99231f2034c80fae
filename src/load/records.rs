//! Source records: what one content file says, checked for types and ranges
//! but not yet linked to other items.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::base::date::Date;
use crate::base::diagnostics::{At, Loc};
use crate::base::money::Cents;
use crate::base::sdg::Sdg;
use crate::base::vocab::{
    Direction, Kind, LineKind, Milestone, Periodicity, Point, Session, Status,
};
use crate::load::contact::Contact;

/// Fields every content file shares.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub slug: String,
    /// Path relative to the portal root, for messages.
    pub file: PathBuf,
    pub title: String,
    pub draft: bool,
    /// The first day the item is published: its `publish` date, and for a
    /// report not before its `date`. None: from the start.
    pub appears: Option<Date>,
    /// Old addresses that forward here, as written (`alt/pfad/`), all valid.
    pub aliases: Vec<At<String>>,
    pub body: String,
    /// File line where the Markdown body starts (for link errors).
    pub body_line: u32,
    /// Files beside a bundle's index.md, relative to the bundle folder.
    pub assets: Vec<PathBuf>,
    /// `[[attachments]]`: titles for some of `assets`, in the order shown.
    pub attachments: Vec<Attachment>,
    /// `tags`: the topics the item belongs to.
    pub tags: Vec<Tag>,
    /// Absolute folder of a bundle, if the item is one.
    pub bundle_dir: Option<PathBuf>,
    /// In another language than the default: the translation its title,
    /// body and texts come from (relative); None shows the original's.
    pub translation: Option<PathBuf>,
    pub data: T,
}

/// A topic an item is tagged with: its name as written (in a translation,
/// the translated name) and its slug, made from the first language's name
/// so that a topic has one address stem in every language.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub slug: String,
}

/// A file of a bundle with the title its list shows (`[[attachments]]`).
#[derive(Debug, Clone)]
pub struct Attachment {
    /// Relative to the bundle folder, as written.
    pub file: String,
    pub title: String,
}

/// What every item has, whatever its kind: one way to reach it.
#[derive(Debug, Clone, Copy)]
pub struct Header<'a> {
    pub slug: &'a str,
    pub file: &'a Path,
    pub title: &'a str,
    pub draft: bool,
    pub appears: Option<Date>,
    pub aliases: &'a [At<String>],
    /// The bundle folder, when the item is one, and its files.
    pub bundle_dir: Option<&'a Path>,
    pub assets: &'a [PathBuf],
    /// The translation the texts come from, in another language's pages.
    pub translation: Option<&'a Path>,
    pub tags: &'a [Tag],
}

impl<T> Item<T> {
    pub fn header(&self) -> Header<'_> {
        Header {
            slug: &self.slug,
            file: &self.file,
            title: &self.title,
            draft: self.draft,
            appears: self.appears,
            aliases: &self.aliases,
            bundle_dir: self.bundle_dir.as_deref(),
            assets: &self.assets,
            translation: self.translation.as_deref(),
            tags: &self.tags,
        }
    }
}

impl Item<()> {
    /// The shared fields with a kind's own data.
    pub fn with<T>(&self, data: T) -> Item<T> {
        Item {
            slug: self.slug.clone(),
            file: self.file.clone(),
            title: self.title.clone(),
            draft: self.draft,
            appears: self.appears,
            aliases: self.aliases.clone(),
            body: self.body.clone(),
            body_line: self.body_line,
            assets: self.assets.clone(),
            attachments: self.attachments.clone(),
            tags: self.tags.clone(),
            bundle_dir: self.bundle_dir.clone(),
            translation: self.translation.clone(),
            data,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct GoalSrc {
    pub number: Option<i64>,
    pub summary: Option<String>,
    pub owner: Option<String>,
    pub contact: Option<Contact>,
    pub strategies: Vec<Strategy>,
    /// The SDGs and targets it serves, in the UN's order.
    pub sdg: Vec<Sdg>,
}

/// How a goal is pursued (Bamberg: Ziel → Strategie → Maßnahme); measures
/// name it in their `strategies`.
#[derive(Debug, Clone)]
pub struct Strategy {
    pub title: String,
    /// The title's slug: measures may name a strategy by it, and the goal
    /// page's anchor is `strategie-<slug>`.
    pub slug: String,
    pub text: Option<String>,
}

/// One budget line, from front matter or data/budget.csv.
#[derive(Debug, Clone)]
pub struct BudgetLineSrc {
    pub measure: At<String>,
    pub year: i32,
    pub label: Option<String>,
    pub planned: Cents,
    /// The amended plan after a supplementary budget (fortgeschriebener Ansatz).
    pub revised: Option<Cents>,
    pub actual: Option<Cents>,
    pub kind: LineKind,
    /// Product or cost-centre code, e.g. "31.10.01".
    pub product: Option<String>,
    pub reference: Option<String>,
    pub file: PathBuf,
    /// Where the planned amount is written.
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct MeasureSrc {
    pub goals: Vec<At<String>>,
    pub goals_loc: Loc,
    pub status: Status,
    /// Strategies of its goals the measure serves, by title or slug.
    pub strategies: Vec<At<String>>,
    /// Each of `strategies` slugified: what they are matched by, made once
    /// per parse rather than on every build of the preview.
    pub strategy_slugs: Vec<String>,
    /// The indicators the measure works on, by slug.
    pub indicators: Vec<At<String>>,
    pub sdg: Vec<Sdg>,
    /// The districts (Stadtteile) it takes place in, by name; none for the
    /// whole city.
    pub districts: Vec<At<String>>,
    /// Why the measure is delayed, paused or cancelled.
    pub status_note: Option<String>,
    pub progress: Option<u8>,
    pub owner: Option<String>,
    pub contact: Option<Contact>,
    pub partners: Vec<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub updated: Option<Date>,
    pub milestones: Vec<Milestone>,
    pub budget: Vec<Arc<BudgetLineSrc>>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UpdateSrc {
    pub measure: At<String>,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ReportSrc {
    pub date: Date,
    pub kind: Option<String>,
    pub reference: Option<String>,
    pub summary: Option<String>,
    pub goals: Vec<At<String>>,
    pub measures: Vec<At<String>>,
    /// The districts it concerns, by name.
    pub districts: Vec<At<String>>,
    pub sessions: Vec<Session>,
    pub updates: Vec<UpdateSrc>,
    /// The paper's page in the council information system.
    pub council_url: Option<String>,
    /// The paper's main document (usually a PDF) in the council system.
    pub council_file: Option<String>,
    /// The paper's OParl address, by which `import oparl` finds the report again.
    pub oparl: Option<String>,
}

#[derive(Debug, Clone)]
pub struct IndicatorSrc {
    pub unit: Option<String>,
    pub summary: Option<String>,
    pub goals: Vec<At<String>>,
    pub direction: Direction,
    pub baseline: Option<Point>,
    pub target: Option<Point>,
    pub values: Vec<Point>,
    pub data: Option<At<String>>,
    /// The sheet of a spreadsheet `data` file; the first when none.
    pub sheet: Option<At<String>>,
    pub source: Option<String>,
    pub about: IndicatorAbout,
    /// With dimension columns in the data file: every row of it.
    pub breakdown: Option<Breakdown>,
    /// Series to compare with, in the order written.
    pub compare: Vec<CompareSrc>,
    pub sdg: Vec<Sdg>,
    pub contact: Option<Contact>,
}

/// `[[compare]]`: another body's figure for the same thing, with its own
/// values or data file (its headline series).
#[derive(Debug, Clone)]
pub struct CompareSrc {
    pub label: String,
    pub source: Option<String>,
    pub values: Vec<Point>,
    pub data: Option<At<String>>,
    pub sheet: Option<At<String>>,
}

/// An indicator's data file with dimension columns (`district`, `sex`).
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The data file, relative to the portal.
    pub file: PathBuf,
    /// The dimension columns' names as the header writes them.
    pub dimensions: Vec<String>,
    /// Every row in the file's order, the headline's (all keys empty) too.
    pub rows: Vec<BreakdownRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub year: i32,
    pub value: f64,
    /// One per dimension; empty for its total.
    pub keys: Vec<String>,
    /// Where each key's cell is.
    pub locs: Vec<Loc>,
}

/// What an indicator's figure is and how it comes about: the metadata
/// journalists ask for. Texts are translatable; `method` is Markdown.
#[derive(Debug, Clone, Default)]
pub struct IndicatorAbout {
    pub definition: Option<String>,
    pub numerator: Option<String>,
    pub denominator: Option<String>,
    pub method: Option<String>,
    /// The line of `method`'s text in the file that holds it (original
    /// or translation), for the errors its links give.
    pub method_line: u32,
    pub periodicity: Option<Periodicity>,
    pub next_update: Option<Date>,
    pub source_url: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct PageSrc {
    pub description: Option<String>,
}

/// A parsed item, shared between the parse cache, the sources and the
/// model: a rebuild reuses unchanged items without copying them.
pub type Shared<T> = Arc<Item<T>>;

/// Everything `load` found, before linking.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    pub home_intro: Option<Shared<PageSrc>>,
    pub goals: Vec<Shared<GoalSrc>>,
    pub measures: Vec<Shared<MeasureSrc>>,
    pub reports: Vec<Shared<ReportSrc>>,
    pub indicators: Vec<Shared<IndicatorSrc>>,
    pub pages: Vec<Shared<PageSrc>>,
    /// Translations of items, in every language but the default.
    pub translations: Vec<Shared<crate::load::translation::TextsSrc>>,
    /// Goals' and measures' versions in Leichte Sprache (`kita.de-LS.md`).
    pub easy_reading: Vec<Shared<crate::load::translation::EasySrc>>,
    /// `content/_index.<lang>.md`: the home page intro in other languages.
    pub home_translations: Vec<(crate::base::locale::Lang, Shared<PageSrc>)>,
    /// Lines of data/budget.csv.
    pub csv_budget: Vec<Arc<BudgetLineSrc>>,
    /// The areas of data/districts.geojson, when there is one.
    pub districts: Option<Arc<Vec<crate::load::districts::Area>>>,
    /// Slugs of drafts left out, per kind, to explain references to them.
    pub hidden_drafts: Vec<(Kind, String)>,
    /// Items left out until they appear (`publish`, a report's date), with
    /// that date, to explain references to them.
    pub hidden_future: Vec<(Kind, String, Date)>,
    /// Slugs (from file names) of files that failed to load: references to
    /// them are not reported again, the file's own error says what is wrong.
    pub failed: Vec<(Kind, String)>,
    /// Files of static/ (relative paths).
    pub static_files: Vec<PathBuf>,
    /// What the portal's Git repository says changed, when there is one.
    pub history: Option<Arc<crate::load::history::History>>,
    /// The preview's content files (relative) that differ from the last commit.
    pub uncommitted: std::collections::HashSet<String>,
}

impl Sources {
    /// The files of the items of `kind`, relative to the portal.
    pub fn files(&self, kind: Kind) -> Vec<&Path> {
        fn of<T>(items: &[Shared<T>]) -> Vec<&Path> {
            items.iter().map(|i| i.file.as_path()).collect()
        }
        match kind {
            Kind::Goal => of(&self.goals),
            Kind::Measure => of(&self.measures),
            Kind::Report => of(&self.reports),
            Kind::Indicator => of(&self.indicators),
            Kind::Page => of(&self.pages),
        }
    }
}
