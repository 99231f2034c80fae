//! Source records: what one content file says, checked for types and ranges
//! but not yet linked to other items.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::date::Date;
use crate::diagnostics::Loc;
use crate::fields::At;
use crate::money::Cents;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Goal,
    Measure,
    Report,
    Indicator,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Goal,
        Kind::Measure,
        Kind::Report,
        Kind::Indicator,
        Kind::Page,
    ];

    /// The folder below content/.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Goal => "goals",
            Kind::Measure => "measures",
            Kind::Report => "reports",
            Kind::Indicator => "indicators",
            Kind::Page => "pages",
        }
    }

    pub fn from_folder(folder: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == folder)
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Measure => "measure",
            Kind::Report => "report",
            Kind::Indicator => "indicator",
            Kind::Page => "page",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    InProgress,
    Completed,
    Delayed,
    OnHold,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Planned,
        Status::InProgress,
        Status::Completed,
        Status::Delayed,
        Status::OnHold,
        Status::Cancelled,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
            Status::Delayed => "delayed",
            Status::OnHold => "on_hold",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Increase,
    Decrease,
}

/// Fields every content file shares.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub slug: String,
    /// Path relative to the portal root, for messages.
    pub file: PathBuf,
    pub title: String,
    pub draft: bool,
    /// Old addresses that forward here, as written (`alt/pfad/`), all valid.
    pub aliases: Vec<crate::fields::At<String>>,
    pub body: String,
    /// File line where the Markdown body starts (for link errors).
    pub body_line: u32,
    /// Files beside a bundle's index.md, relative to the bundle folder.
    pub assets: Vec<PathBuf>,
    /// Absolute folder of a bundle, if the item is one.
    pub bundle_dir: Option<PathBuf>,
    pub data: T,
}

impl Item<()> {
    /// The shared fields with a kind's own data.
    pub fn with<T>(&self, data: T) -> Item<T> {
        Item {
            slug: self.slug.clone(),
            file: self.file.clone(),
            title: self.title.clone(),
            draft: self.draft,
            aliases: self.aliases.clone(),
            body: self.body.clone(),
            body_line: self.body_line,
            assets: self.assets.clone(),
            bundle_dir: self.bundle_dir.clone(),
            data,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct GoalSrc {
    pub number: Option<i64>,
    pub summary: Option<String>,
    pub owner: Option<String>,
    pub strategies: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Milestone {
    pub title: String,
    pub due: Option<Date>,
    pub done: bool,
}

/// One budget line, from front matter or data/budget.csv.
#[derive(Debug, Clone)]
pub struct BudgetLineSrc {
    pub measure: At<String>,
    pub year: i32,
    pub label: Option<String>,
    pub planned: Cents,
    pub actual: Option<Cents>,
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
    pub progress: Option<u8>,
    pub owner: Option<String>,
    pub partners: Vec<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub updated: Option<Date>,
    pub tags: Vec<String>,
    pub milestones: Vec<Milestone>,
    pub budget: Vec<Arc<BudgetLineSrc>>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub committee: String,
    pub date: Option<Date>,
    pub role: Option<String>,
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
    pub sessions: Vec<Session>,
    pub updates: Vec<UpdateSrc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub year: i32,
    pub value: f64,
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
    pub source: Option<String>,
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
    /// Lines of data/budget.csv.
    pub csv_budget: Vec<Arc<BudgetLineSrc>>,
    /// Slugs of drafts left out, per kind, to explain references to them.
    pub hidden_drafts: Vec<(Kind, String)>,
    /// Slugs (from file names) of files that failed to load: references to
    /// them are not reported again, the file's own error says what is wrong.
    pub failed: Vec<(Kind, String)>,
    /// Files of static/ (relative paths).
    pub static_files: Vec<PathBuf>,
}
