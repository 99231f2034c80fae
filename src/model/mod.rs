//! `model`: the portal as plain, linked data with every derived figure
//! computed once. Knows nothing of HTML; serialises to templates and exports.

mod assemble;
pub mod breakdown;
pub mod budget;
pub mod changes;
pub mod district_map;
pub mod districts;
pub mod indicator;
mod link;
mod order;
pub mod progress;
mod relations;
pub mod schedule;
pub mod sdg;
pub mod strategy;
mod timeline;
pub mod topics;

use std::path::PathBuf;

use crate::base::date::Date;
use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::*;
use crate::load::records::*;
use crate::load::site::SiteConfig;
use budget::Totals;
use indicator::IndicatorStatus;
use progress::{GoalProgress, MilestoneState, ProgressSource, StatusShare};
use schedule::{Overdue, Upcoming};

pub use timeline::{TimelineEntry, progress_points};

#[derive(Debug)]
pub struct Goal {
    pub item: Shared<GoalSrc>,
    /// Measures serving the goal, in measure order.
    pub measures: Vec<usize>,
    pub indicators: Vec<usize>,
    /// Reports about the goal or one of its measures, newest first.
    pub reports: Vec<usize>,
    pub progress: GoalProgress,
    /// Parallel to `item.data.strategies`.
    pub strategies: Vec<strategy::StrategyNode>,
    /// Measures of the goal under none of its strategies, in measure order.
    pub other_measures: Vec<usize>,
    pub budget: Totals,
    pub budget_by_year: Vec<(i32, Totals)>,
    pub income: Totals,
    pub income_by_year: Vec<(i32, Totals)>,
}

#[derive(Debug)]
pub struct Measure {
    pub item: Shared<MeasureSrc>,
    pub goals: Vec<usize>,
    /// The indicators it works on.
    pub indicators: Vec<usize>,
    /// The strategies of its goals it serves.
    pub strategies: Vec<strategy::Placement>,
    pub progress: Option<u8>,
    pub progress_source: ProgressSource,
    /// Share of the period from `start` to `end` passed on the build date
    /// ([`schedule::elapsed_percent`]); none without both dates.
    pub elapsed: Option<u8>,
    /// Each milestone's state on the build date, in `milestones` order.
    pub milestone_states: Vec<MilestoneState>,
    /// Indexes into `Site::budget_lines`, by year.
    pub budget_lines: Vec<usize>,
    pub budget: Totals,
    pub budget_by_year: Vec<(i32, Totals)>,
    pub income: Totals,
    pub income_by_year: Vec<(i32, Totals)>,
    /// Report updates about this measure, oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// Reports that mention the measure, newest first.
    pub reports: Vec<usize>,
}

#[derive(Debug)]
pub struct Update {
    pub measure: usize,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
    /// The same measure's state in the previous report that mentioned it.
    pub previous: Option<(Option<Status>, Option<u8>)>,
}

#[derive(Debug)]
pub struct Report {
    pub item: Shared<ReportSrc>,
    pub goals: Vec<usize>,
    pub measures: Vec<usize>,
    pub updates: Vec<Update>,
}

#[derive(Debug)]
pub struct Indicator {
    pub item: Shared<IndicatorSrc>,
    pub goals: Vec<usize>,
    /// The measures that work on it (that name it in `indicators`).
    pub measures: Vec<usize>,
    /// Sorted by year.
    pub values: Vec<Point>,
    pub status: IndicatorStatus,
    /// The value the straight path from baseline to target expects in the
    /// latest value's year.
    pub expected: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct BudgetLine {
    pub measure: usize,
    pub year: i32,
    pub planned: crate::base::money::Cents,
    pub actual: Option<crate::base::money::Cents>,
    /// The line as written: label, reference and file.
    pub src: std::sync::Arc<BudgetLineSrc>,
}

#[derive(Debug)]
/// The portal's budget. `total`, `by_year`, `by_goal`, `by_owner` and
/// `by_product` are expense lines; income lines are only in `income`,
/// `income_by_year` and `net_by_year`.
pub struct BudgetSummary {
    pub total: Totals,
    pub income: Totals,
    pub income_by_year: Vec<(i32, Totals)>,
    pub net_by_year: Vec<budget::Net>,
    /// Product code (empty for lines without one, last) and totals.
    pub by_product: Vec<(String, Totals)>,
    pub by_year: Vec<(i32, Totals)>,
    pub by_goal: Vec<(usize, Totals)>,
    /// Owner name (empty for measures without one) and totals.
    pub by_owner: Vec<(String, Totals)>,
    /// Measures with budget lines that serve more than one goal.
    pub shared_measures: Vec<usize>,
    /// What `by_goal` counts more than once: each shared measure's totals
    /// once for every goal beyond its first. `by_goal` minus this is `total`.
    pub counted_twice: Totals,
    /// Every year from the first to the last, against the year before.
    pub year_on_year: Vec<budget::YearOnYear>,
    /// The budget year pages lead with ([`budget::lead_year`]).
    pub lead_year: Option<i32>,
}

#[derive(Debug)]
pub struct Site {
    pub config: SiteConfig,
    pub home_intro: Option<Shared<PageSrc>>,
    pub goals: Vec<Goal>,
    pub measures: Vec<Measure>,
    pub reports: Vec<Report>,
    pub indicators: Vec<Indicator>,
    pub pages: Vec<Shared<PageSrc>>,
    pub budget_lines: Vec<BudgetLine>,
    pub budget: BudgetSummary,
    /// All measures by status, with shares.
    pub measure_statuses: Vec<StatusShare>,
    /// Overdue milestones on the build date, earliest first.
    pub overdue: Vec<Overdue>,
    /// Measures behind schedule on the build date, furthest first.
    pub behind: Vec<schedule::Behind>,
    /// Delayed and paused measures.
    pub stalled: Vec<usize>,
    /// Committee sessions on or after the build date, soonest first.
    pub upcoming_sessions: Vec<Upcoming>,
    pub static_files: Vec<PathBuf>,
    /// Goals' and measures' versions in Leichte Sprache, for that page.
    pub easy_reading: Vec<Shared<crate::load::translation::EasySrc>>,
    /// Latest `updated` or report date: what the figures describe.
    pub data_as_of: Option<Date>,
    /// The build date the figures above were derived for.
    pub today: Date,
    pub index: Index,
    /// Each item's changes from the portal's Git history.
    pub changes: std::sync::Arc<changes::SiteChanges>,
    /// The newest report out on the build date: the dashboard tells what
    /// changed after it.
    pub last_report: Option<usize>,
    /// The preview's items whose file differs from the last commit.
    pub uncommitted: std::collections::HashSet<(Kind, usize)>,
    /// Every tag of the items, with the items tagged with it.
    pub topics: Vec<topics::Topic>,
    /// The SDGs the items name, for `/sdg/`.
    pub sdg: Vec<sdg::SdgGoal>,
    /// The districts (Stadtteile) the items name, with their areas.
    pub districts: districts::Districts,
}

/// Slug → position, per kind: references resolve by lookup, never by scan.
#[derive(Debug, Default)]
pub struct Index {
    pub goals: SlugMap,
    pub measures: SlugMap,
    pub reports: SlugMap,
    pub indicators: SlugMap,
    pub pages: SlugMap,
}

/// Slugs are short, made by us and not chosen to attack a hash: a fast
/// hasher is safe here.
pub type SlugMap = rustc_hash::FxHashMap<String, usize>;

impl Index {
    pub fn of(&self, kind: Kind) -> &SlugMap {
        match kind {
            Kind::Goal => &self.goals,
            Kind::Measure => &self.measures,
            Kind::Report => &self.reports,
            Kind::Indicator => &self.indicators,
            Kind::Page => &self.pages,
        }
    }
}

fn index_of<T>(items: &[Shared<T>]) -> SlugMap {
    items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.slug.clone(), i))
        .collect()
}

impl Index {
    fn of_sources(src: &Sources) -> Index {
        Index {
            goals: index_of(&src.goals),
            measures: index_of(&src.measures),
            reports: index_of(&src.reports),
            indicators: index_of(&src.indicators),
            pages: index_of(&src.pages),
        }
    }
}

/// Links the sources and derives every figure, `today` deciding what is
/// overdue and what is still ahead. Reference problems go to `d`. Parts
/// that do not depend on each other run on two threads: the preview builds
/// the model anew on every save.
pub fn build(config: SiteConfig, mut src: Sources, today: Date, d: &mut Diagnostics) -> Site {
    order::sort(&mut src, config.language);
    let district_areas = src.districts.take();
    let index = Index::of_sources(&src);
    let resolver = link::Resolver {
        index: &index,
        drafts: &src.hidden_drafts,
        future: &src.hidden_future,
        failed: &src.failed,
    };
    resolver.check_menu(&config, d);
    resolver.check_page_slugs(&src.pages, config.language, &config.languages, d);
    // Slugs are the same in every language: checked once.
    if config.language == config.default_language() {
        link::Resolver::check_list_slugs(&src, &config.languages, d);
    }
    let ((budget_lines, d_budget), links) = rayon::join(
        || {
            let mut d = Diagnostics::new();
            (assemble::budget_lines(&src, &resolver, &mut d), d)
        },
        || assemble::links(&src, &resolver),
    );
    d.extend(d_budget);
    let assemble::Links {
        measure_goals,
        indicator_goals,
        measure_indicators,
        placements,
        report_links,
        timelines,
        previous,
        diagnostics,
    } = links;
    d.extend(diagnostics);
    let lines = assemble::plain(&budget_lines);
    let mut rel = assemble::relations(
        src.goals.len(),
        &measure_goals,
        &report_links,
        &indicator_goals,
    );
    let indicators = assemble::indicators(src.indicators, indicator_goals, &measure_indicators);
    let parts = measure_goals
        .into_iter()
        .zip(measure_indicators)
        .zip(placements)
        .zip(timelines)
        .zip(std::mem::take(&mut rel.reports_of_measure))
        .map(
            |((((goals, indicators), strategies), timeline), reports)| assemble::MeasureParts {
                goals,
                indicators,
                strategies,
                timeline,
                reports,
            },
        )
        .collect();
    let measures = assemble::measures(src.measures, parts, &lines, today);
    let mut reports = assemble::reports(src.reports, report_links, previous);
    schedule::withhold_future_results(&mut reports, today);
    let weighting = config.progress_weighting;
    let (goals, (mut budget, dates)) = rayon::join(
        || assemble::goals(src.goals, &mut rel, &measures, weighting),
        || {
            let budget = assemble::budget_summary(&lines, &measures, &budget_lines, today.year);
            (budget, schedule::Dates::of(&measures, &reports, today))
        },
    );
    budget.by_goal = assemble::by_goal(&goals);
    // Owners in the language's order (the stable sort keeps "" first).
    crate::base::collate::sort_by(&mut budget.by_owner, config.language, |(o, _)| o);
    let last_report = changes::last_report(reports.iter().map(|r| r.item.data.date), today);
    let uncommitted_files = std::mem::take(&mut src.uncommitted);
    let history = src.history.take();
    let mut site = Site {
        budget,
        measure_statuses: progress::status_shares(measures.iter().map(|m| m.item.data.status)),
        overdue: dates.overdue,
        behind: dates.behind,
        stalled: dates.stalled,
        upcoming_sessions: dates.upcoming_sessions,
        data_as_of: data_as_of(&measures, &reports, today),
        today,
        config,
        home_intro: src.home_intro,
        goals,
        measures,
        reports,
        indicators,
        pages: src.pages,
        budget_lines,
        static_files: src.static_files,
        easy_reading: src.easy_reading,
        changes: Default::default(),
        last_report,
        index,
        uncommitted: Default::default(),
        topics: Vec::new(),
        sdg: Vec::new(),
        districts: Default::default(),
    };
    site.topics = topics::of(&site);
    site.sdg = sdg::of(&site);
    site.districts = districts::of(&site, district_areas, d);
    if let Some(h) = &history {
        site.changes = changes::shared(h, files_key(&site), || item_files(&site));
    }
    if !uncommitted_files.is_empty() {
        site.uncommitted = Kind::ALL
            .iter()
            .flat_map(|&k| (0..site.count(k)).map(move |i| (k, i)))
            .filter(|&(k, i)| {
                let file = site.header(k, i).file;
                uncommitted_files.iter().any(|u| same_file(file, u))
            })
            .collect();
    }
    site
}

/// Whether `file` is `path`, a relative path written with `/`, without
/// making a string per item.
fn same_file(file: &std::path::Path, path: &str) -> bool {
    let bytes = file.as_os_str().as_encoded_bytes();
    bytes.len() == path.len()
        && bytes
            .iter()
            .zip(path.as_bytes())
            .all(|(&a, &b)| a == b || (a == b'\\' && b == b'/'))
}

/// The items a history is kept for, with their headers: all but free
/// pages (an imprint, a note), which carry no figures to account for.
fn accountable(
    site: &Site,
) -> impl Iterator<Item = (Kind, usize, crate::load::records::Header<'_>)> {
    [Kind::Goal, Kind::Measure, Kind::Report, Kind::Indicator]
        .into_iter()
        .flat_map(move |k| (0..site.count(k)).map(move |i| (k, i, site.header(k, i))))
}

/// A fingerprint of what `item_files` gives, without making its strings:
/// the preview's saves rarely add, remove or rename an item.
fn files_key(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    // The path's bytes, not `Path::hash`, which walks its components.
    let mut h = rustc_hash::FxHasher::default();
    for (kind, _, header) in accountable(site) {
        kind.hash(&mut h);
        header.file.as_os_str().as_encoded_bytes().hash(&mut h);
        for a in header.aliases {
            a.value.hash(&mut h);
        }
    }
    h.finish()
}

/// Each item's kind, position, file and aliases: what its history is found by.
fn item_files(site: &Site) -> Vec<changes::ItemFile> {
    accountable(site)
        .map(|(kind, i, header)| {
            (
                kind,
                i,
                header.file.to_string_lossy().replace('\\', "/"),
                header.aliases.iter().map(|a| a.value.clone()).collect(),
            )
        })
        .collect()
}

/// The latest `updated` date or report date: what the figures describe,
/// never later than the build date (a report written ahead is not news yet).
fn data_as_of(measures: &[Measure], reports: &[Report], today: Date) -> Option<Date> {
    measures
        .iter()
        .filter_map(|m| m.item.data.updated)
        .chain(reports.iter().map(|r| r.item.data.date))
        .max()
        .map(|d| d.min(today))
}

#[cfg(test)]
mod tests;
