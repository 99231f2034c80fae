//! `model`: the portal as plain, linked data with every derived figure
//! computed once. Knows nothing of HTML; serialises to templates and exports.

pub mod budget;
pub mod indicator;
mod link;
pub mod progress;
mod relations;
mod timeline;

use std::path::PathBuf;

use crate::base::date::Date;
use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::*;
use crate::load::records::*;
use crate::load::site::SiteConfig;
use budget::Totals;
use indicator::IndicatorStatus;
use progress::{GoalProgress, MeasureShare, ProgressSource};

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
    pub budget: Totals,
    pub budget_by_year: Vec<(i32, Totals)>,
}

#[derive(Debug)]
pub struct Measure {
    pub item: Shared<MeasureSrc>,
    pub goals: Vec<usize>,
    pub progress: Option<u8>,
    pub progress_source: ProgressSource,
    /// Indexes into `Site::budget_lines`, by year.
    pub budget_lines: Vec<usize>,
    pub budget: Totals,
    pub budget_by_year: Vec<(i32, Totals)>,
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
    /// Sorted by year.
    pub values: Vec<Point>,
    pub status: IndicatorStatus,
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
pub struct BudgetSummary {
    pub total: Totals,
    pub by_year: Vec<(i32, Totals)>,
    pub by_goal: Vec<(usize, Totals)>,
    /// Owner name (empty for measures without one) and totals.
    pub by_owner: Vec<(String, Totals)>,
    /// Measures with budget lines that serve more than one goal.
    pub shared_measures: Vec<usize>,
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
    pub static_files: Vec<PathBuf>,
    /// Latest `updated` or report date: what the figures describe.
    pub data_as_of: Option<Date>,
    pub index: Index,
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

fn by_year(map: std::collections::BTreeMap<i32, Totals>) -> Vec<(i32, Totals)> {
    map.into_iter().collect()
}

/// Links the sources and derives every figure. Reference problems go to `d`.
pub fn build(config: SiteConfig, mut src: Sources, d: &mut Diagnostics) -> Site {
    // A stable order: goals by number then title, measures and others by title; reports newest first.
    src.goals.sort_by(|a, b| {
        (a.data.number.is_none(), a.data.number, &a.title).cmp(&(
            b.data.number.is_none(),
            b.data.number,
            &b.title,
        ))
    });
    src.measures
        .sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.slug.cmp(&b.slug)));
    src.reports.sort_by(|a, b| {
        b.data
            .date
            .cmp(&a.data.date)
            .then_with(|| a.slug.cmp(&b.slug))
    });
    src.indicators
        .sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.slug.cmp(&b.slug)));
    src.pages.sort_by(|a, b| a.slug.cmp(&b.slug));

    let index = Index {
        goals: index_of(&src.goals),
        measures: index_of(&src.measures),
        reports: index_of(&src.reports),
        indicators: index_of(&src.indicators),
        pages: index_of(&src.pages),
    };
    let resolver = link::Resolver {
        index: &index,
        drafts: &src.hidden_drafts,
        failed: &src.failed,
    };
    resolver.check_menu(&config, d);
    resolver.check_page_slugs(&src.pages, config.language, d);

    // Budget lines: front matter first, then data/budget.csv, each resolved to its measure.
    let mut lines = Vec::new();
    let all_lines = || {
        src.measures
            .iter()
            .flat_map(|m| m.data.budget.iter())
            .chain(src.csv_budget.iter())
    };
    // Beyond the bound, no line is summed (the build stops with the error).
    let beyond = budget::first_beyond_bound(all_lines().map(|l| (l.planned, l.actual)));
    if let Some(l) = beyond.and_then(|i| all_lines().nth(i)) {
        d.push(
            crate::base::diagnostics::Diagnostic::error(
                &l.file,
                l.loc,
                "the portal's budget amounts add up to more than 1,000,000,000,000,000 € with this line",
            )
            .with_hint("planned and actual amounts of all lines, without their signs, may add up to 10^15 € at most; check for a misplaced decimal point"),
        );
    }
    for l in all_lines().filter(|_| beyond.is_none()) {
        let Some(m) = resolver.one(Kind::Measure, &l.measure, &l.file, d) else {
            continue;
        };
        lines.push(BudgetLine {
            measure: m,
            year: l.year,
            planned: l.planned,
            actual: l.actual,
            src: l.clone(),
        });
    }
    lines.sort_by_key(|l| (l.measure, l.year));
    let plain: Vec<budget::Line> = lines
        .iter()
        .map(|l| budget::Line {
            measure: l.measure,
            year: l.year,
            planned: l.planned,
            actual: l.actual,
        })
        .collect();

    let mut measures: Vec<Measure> = src
        .measures
        .into_iter()
        .map(|item| {
            let goals = resolver.many(Kind::Goal, &item.data.goals, &item.file, d);
            let (progress, progress_source) = progress::measure_progress(
                item.data.progress,
                &item.data.milestones,
                item.data.status,
            );
            Measure {
                item,
                goals,
                progress,
                progress_source,
                budget_lines: Vec::new(),
                budget: Totals::default(),
                budget_by_year: Vec::new(),
                timeline: Vec::new(),
                reports: Vec::new(),
            }
        })
        .collect();
    for (i, l) in plain.iter().enumerate() {
        let m = &mut measures[l.measure];
        m.budget_lines.push(i);
        m.budget.add(l.planned, l.actual);
    }
    for m in measures.iter_mut() {
        let own: Vec<budget::Line> = m.budget_lines.iter().map(|&j| plain[j]).collect();
        m.budget_by_year = by_year(budget::by(&own, |l| l.year));
    }

    let mut reports: Vec<Report> = src
        .reports
        .into_iter()
        .map(|item| {
            let goals = resolver.many(Kind::Goal, &item.data.goals, &item.file, d);
            let mut ms = resolver.many(Kind::Measure, &item.data.measures, &item.file, d);
            let updates: Vec<Update> = item
                .data
                .updates
                .iter()
                .filter_map(|u| {
                    let m = resolver.one(Kind::Measure, &u.measure, &item.file, d)?;
                    Some(Update {
                        measure: m,
                        status: u.status,
                        progress: u.progress,
                        note: u.note.clone(),
                        previous: None,
                    })
                })
                .collect();
            for u in &updates {
                if !ms.contains(&u.measure) {
                    ms.push(u.measure);
                }
            }
            Report {
                item,
                goals,
                measures: ms,
                updates,
            }
        })
        .collect();
    timeline::attach(&mut measures, &mut reports);

    let indicators: Vec<Indicator> = src
        .indicators
        .into_iter()
        .map(|item| {
            let goals = resolver.many(Kind::Goal, &item.data.goals, &item.file, d);
            let mut values = item.data.values.clone();
            values.sort_by_key(|p| p.year);
            let status = indicator::status(
                item.data.direction,
                item.data.baseline,
                item.data.target,
                &values,
            );
            Indicator {
                item,
                goals,
                values,
                status,
            }
        })
        .collect();

    let goals_of_measure: Vec<Vec<usize>> = measures.iter().map(|m| m.goals.clone()).collect();
    let goal_budget = budget::by_goal(&plain, &goals_of_measure);
    let mut measures_of_goal: Vec<Vec<usize>> = vec![Vec::new(); src.goals.len()];
    for (mi, gs) in goals_of_measure.iter().enumerate() {
        for &g in gs {
            measures_of_goal[g].push(mi);
        }
    }
    let mut lines_of_goal: Vec<Vec<budget::Line>> = vec![Vec::new(); src.goals.len()];
    for l in &plain {
        for &g in &goals_of_measure[l.measure] {
            lines_of_goal[g].push(*l);
        }
    }
    let mut goals: Vec<Goal> = src
        .goals
        .into_iter()
        .zip(measures_of_goal)
        .zip(lines_of_goal)
        .enumerate()
        .map(|(gi, ((item, ms), goal_lines))| {
            let shares: Vec<MeasureShare> = ms
                .iter()
                .map(|&m| MeasureShare {
                    progress: measures[m].progress,
                    status: measures[m].item.data.status,
                    planned: measures[m].budget.planned,
                })
                .collect();
            Goal {
                progress: progress::goal_progress(&shares, config.progress_weighting),
                budget: goal_budget.get(&gi).copied().unwrap_or_default(),
                budget_by_year: by_year(budget::by(&goal_lines, |l| l.year)),
                item,
                measures: ms,
                indicators: Vec::new(),
                reports: Vec::new(),
            }
        })
        .collect();
    for (ii, ind) in indicators.iter().enumerate() {
        for &g in &ind.goals {
            goals[g].indicators.push(ii);
        }
    }
    for (ri, r) in reports.iter().enumerate() {
        let mut related: Vec<usize> = r.goals.clone();
        related.extend(
            r.measures
                .iter()
                .flat_map(|&m| goals_of_measure[m].iter().copied()),
        );
        related.sort_unstable();
        related.dedup();
        for g in related {
            goals[g].reports.push(ri);
        }
        for &m in &r.measures {
            measures[m].reports.push(ri);
        }
    }

    let owner_of = |l: &budget::Line| measures[l.measure].item.data.owner.as_deref().unwrap_or("");
    let budget = BudgetSummary {
        total: budget::total(&plain),
        by_year: by_year(budget::by(&plain, |l| l.year)),
        by_goal: goal_budget.into_iter().collect(),
        by_owner: budget::by(&plain, owner_of)
            .into_iter()
            .map(|(owner, t)| (owner.to_string(), t))
            .collect(),
        shared_measures: measures
            .iter()
            .enumerate()
            .filter(|(_, m)| m.goals.len() > 1 && !m.budget_lines.is_empty())
            .map(|(i, _)| i)
            .collect(),
    };
    let data_as_of = measures
        .iter()
        .filter_map(|m| m.item.data.updated)
        .chain(reports.iter().map(|r| r.item.data.date))
        .max();

    Site {
        config,
        home_intro: src.home_intro,
        goals,
        measures,
        reports,
        indicators,
        pages: src.pages,
        budget_lines: lines,
        budget,
        static_files: src.static_files,
        data_as_of,
        index,
    }
}
