//! The phases of `model::build` that link the sources: budget lines to
//! their measures, reports to goals, measures and updates, the lists of
//! what points to what, and then each kind's record, complete when made.

use rayon::prelude::*;

use super::budget::{self, Totals};
use super::link::Resolver;
use super::progress::{self, MeasureShare, milestone_state};
use super::strategy;
use super::timeline::{Previous, TimelineEntry};
use super::{BudgetLine, BudgetSummary, Goal, Indicator, Measure, Report, Update, indicator};
use crate::base::date::Date;
use crate::base::diagnostics::{At, Diagnostic, Diagnostics};
use crate::base::vocab::{Kind, LineKind};
use crate::load::records::*;
use crate::load::site::Weighting;

/// Budget lines, front matter first, then data/budget.csv, each resolved to
/// its measure and sorted by measure and year. A front-matter line belongs
/// to the measure it is written in; only the CSV's lines name theirs. Past
/// the bound on the sum of amounts, an error and no lines (the build stops).
pub(super) fn budget_lines(
    src: &Sources,
    resolver: &Resolver,
    d: &mut Diagnostics,
) -> Vec<BudgetLine> {
    let all = || {
        let own = src
            .measures
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.data.budget.iter().map(move |l| (Some(i), l)));
        own.chain(src.csv_budget.iter().map(|l| (None, l)))
    };
    let beyond = budget::first_beyond_bound(all().map(|(_, l)| (l.planned, l.actual)));
    if let Some((_, l)) = beyond.and_then(|i| all().nth(i)) {
        d.push(
            Diagnostic::error(&l.file, l.loc, crate::msg!("budget-beyond-bound"))
                .with_hint(crate::msg!("hint-budget-beyond-bound")),
        );
        return Vec::new();
    }
    let mut lines: Vec<BudgetLine> = all()
        .filter_map(|(own, l)| {
            let m = own.or_else(|| resolver.one(Kind::Measure, &l.measure, &l.file, d))?;
            Some(BudgetLine {
                measure: m,
                year: l.year,
                planned: l.planned,
                actual: l.actual,
                src: l.clone(),
            })
        })
        .collect();
    lines.sort_by_key(|l| (l.measure, l.year));
    lines
}

/// The figures of budget lines the roll-ups need.
pub(super) fn plain(lines: &[BudgetLine]) -> Vec<budget::Line> {
    lines
        .iter()
        .map(|l| budget::Line {
            measure: l.measure,
            year: l.year,
            kind: l.src.kind,
            planned: l.planned,
            revised: l.src.revised,
            actual: l.actual,
        })
        .collect()
}

fn by_year(lines: &[budget::Line], kind: LineKind) -> Vec<(i32, Totals)> {
    budget::by(lines, kind, |l| l.year).into_iter().collect()
}

/// The goals each item names, resolved.
pub(super) fn goals_of<T>(
    items: &[Shared<T>],
    goals: impl Fn(&T) -> &Vec<At<String>>,
    resolver: &Resolver,
    d: &mut Diagnostics,
) -> Vec<Vec<usize>> {
    items
        .iter()
        .map(|i| resolver.many(Kind::Goal, goals(&i.data), &i.file, d))
        .collect()
}

/// What the items point to, resolved, with what that reported.
pub(super) struct Links {
    pub measure_goals: Vec<Vec<usize>>,
    pub indicator_goals: Vec<Vec<usize>>,
    /// The indicators each measure works on.
    pub measure_indicators: Vec<Vec<usize>>,
    pub placements: Vec<Vec<strategy::Placement>>,
    pub report_links: Vec<ReportLinks>,
    pub timelines: Vec<Vec<TimelineEntry>>,
    pub previous: Vec<Vec<Previous>>,
    pub diagnostics: Diagnostics,
}

pub(super) fn links(src: &Sources, resolver: &Resolver) -> Links {
    let mut d = Diagnostics::new();
    let measure_goals = goals_of(&src.measures, |m| &m.goals, resolver, &mut d);
    let indicator_goals = goals_of(&src.indicators, |i| &i.goals, resolver, &mut d);
    let measure_indicators = src
        .measures
        .iter()
        .map(|m| resolver.many(Kind::Indicator, &m.data.indicators, &m.file, &mut d))
        .collect();
    let placements = strategy::place(&src.measures, &measure_goals, &src.goals, &mut d);
    let report_links = report_links(&src.reports, resolver, &mut d);
    let (timelines, previous) =
        super::timeline::history(&src.reports, &report_links, src.measures.len());
    Links {
        measure_goals,
        indicator_goals,
        measure_indicators,
        placements,
        report_links,
        timelines,
        previous,
        diagnostics: d,
    }
}

/// What a report points to: goals, measures (those of its updates
/// included) and its updates' measures with the update's place.
pub(super) struct ReportLinks {
    pub goals: Vec<usize>,
    pub measures: Vec<usize>,
    pub updates: Vec<(usize, usize)>,
}

pub(super) fn report_links(
    reports: &[Shared<ReportSrc>],
    resolver: &Resolver,
    d: &mut Diagnostics,
) -> Vec<ReportLinks> {
    reports
        .iter()
        .map(|r| {
            let goals = resolver.many(Kind::Goal, &r.data.goals, &r.file, d);
            let mut measures = resolver.many(Kind::Measure, &r.data.measures, &r.file, d);
            let updates: Vec<(usize, usize)> = r
                .data
                .updates
                .iter()
                .enumerate()
                .filter_map(|(k, u)| {
                    Some((resolver.one(Kind::Measure, &u.measure, &r.file, d)?, k))
                })
                .collect();
            for &(m, _) in &updates {
                if !measures.contains(&m) {
                    measures.push(m);
                }
            }
            ReportLinks {
                goals,
                measures,
                updates,
            }
        })
        .collect()
}

/// Who points to whom, in the order of the items pointing.
#[derive(Debug, PartialEq)]
pub(super) struct Relations {
    pub reports_of_measure: Vec<Vec<usize>>,
    pub measures_of_goal: Vec<Vec<usize>>,
    pub indicators_of_goal: Vec<Vec<usize>>,
    /// Reports about a goal or one of its measures.
    pub reports_of_goal: Vec<Vec<usize>>,
}

pub(super) fn relations(
    goals: usize,
    measure_goals: &[Vec<usize>],
    reports: &[ReportLinks],
    indicator_goals: &[Vec<usize>],
) -> Relations {
    let mut rel = Relations {
        reports_of_measure: vec![Vec::new(); measure_goals.len()],
        measures_of_goal: vec![Vec::new(); goals],
        indicators_of_goal: vec![Vec::new(); goals],
        reports_of_goal: vec![Vec::new(); goals],
    };
    for (mi, gs) in measure_goals.iter().enumerate() {
        for &g in gs {
            rel.measures_of_goal[g].push(mi);
        }
    }
    for (ii, gs) in indicator_goals.iter().enumerate() {
        for &g in gs {
            rel.indicators_of_goal[g].push(ii);
        }
    }
    for (ri, r) in reports.iter().enumerate() {
        let mut related: Vec<usize> = r.goals.clone();
        related.extend(
            r.measures
                .iter()
                .flat_map(|&m| measure_goals[m].iter().copied()),
        );
        related.sort_unstable();
        related.dedup();
        for g in related {
            rel.reports_of_goal[g].push(ri);
        }
        for &m in &r.measures {
            rel.reports_of_measure[m].push(ri);
        }
    }
    rel
}

/// What a measure's record is made of besides its source.
pub(super) struct MeasureParts {
    pub goals: Vec<usize>,
    pub indicators: Vec<usize>,
    pub strategies: Vec<super::strategy::Placement>,
    pub timeline: Vec<TimelineEntry>,
    pub reports: Vec<usize>,
}

pub(super) fn measures(
    src: Vec<Shared<MeasureSrc>>,
    parts: Vec<MeasureParts>,
    lines: &[budget::Line],
    today: Date,
) -> Vec<Measure> {
    let mut lines_of: Vec<Vec<usize>> = vec![Vec::new(); src.len()];
    for (i, l) in lines.iter().enumerate() {
        lines_of[l.measure].push(i);
    }
    // Each measure's record is its own: made in parallel.
    src.into_par_iter()
        .zip(parts)
        .zip(lines_of)
        .map(|((item, p), budget_lines)| {
            let own: Vec<budget::Line> = budget_lines.iter().map(|&j| lines[j]).collect();
            let (progress, progress_source) = progress::measure_progress(
                item.data.progress,
                &item.data.milestones,
                item.data.status,
            );
            Measure {
                milestone_states: item
                    .data
                    .milestones
                    .iter()
                    .map(|m| milestone_state(m, today))
                    .collect(),
                goals: p.goals,
                indicators: p.indicators,
                strategies: p.strategies,
                elapsed: match (item.data.start, item.data.end) {
                    // An end before the start is an error of its own.
                    (Some(s), Some(e)) if s <= e => {
                        Some(super::schedule::elapsed_percent(s, e, today))
                    }
                    _ => None,
                },
                progress,
                progress_source,
                budget: budget::total(&own, LineKind::Expense),
                budget_by_year: by_year(&own, LineKind::Expense),
                income: budget::total(&own, LineKind::Income),
                income_by_year: by_year(&own, LineKind::Income),
                budget_lines,
                timeline: p.timeline,
                reports: p.reports,
                item,
            }
        })
        .collect()
}

pub(super) fn reports(
    src: Vec<Shared<ReportSrc>>,
    links: Vec<ReportLinks>,
    previous: Vec<Vec<Previous>>,
) -> Vec<Report> {
    src.into_iter()
        .zip(links)
        .zip(previous)
        .map(|((item, l), previous)| Report {
            updates: l
                .updates
                .iter()
                .zip(previous)
                .map(|(&(measure, k), previous)| {
                    let u = &item.data.updates[k];
                    Update {
                        measure,
                        status: u.status,
                        progress: u.progress,
                        note: u.note.clone(),
                        previous,
                    }
                })
                .collect(),
            goals: l.goals,
            measures: l.measures,
            item,
        })
        .collect()
}

/// `measure_indicators`: the indicators each measure names; an indicator
/// lists the measures that name it, in the measures' order.
pub(super) fn indicators(
    src: Vec<Shared<IndicatorSrc>>,
    goals: Vec<Vec<usize>>,
    measure_indicators: &[Vec<usize>],
) -> Vec<Indicator> {
    let mut measures_of: Vec<Vec<usize>> = vec![Vec::new(); src.len()];
    for (m, xs) in measure_indicators.iter().enumerate() {
        for &x in xs {
            measures_of[x].push(m);
        }
    }
    src.into_iter()
        .zip(goals)
        .zip(measures_of)
        .map(|((item, goals), measures)| {
            let mut values = item.data.values.clone();
            values.sort_by_key(|p| p.year);
            let d = &item.data;
            Indicator {
                status: indicator::status(d.direction, d.baseline, d.target, &values),
                expected: indicator::expected_latest(d.baseline, d.target, &values),
                goals,
                measures,
                values,
                item,
            }
        })
        .collect()
}

pub(super) fn goals(
    src: Vec<Shared<GoalSrc>>,
    rel: &mut Relations,
    measures: &[Measure],
    weighting: Weighting,
) -> Vec<Goal> {
    src.into_iter()
        .enumerate()
        .map(|(gi, item)| {
            let ms = std::mem::take(&mut rel.measures_of_goal[gi]);
            let share = |m: usize| MeasureShare {
                progress: measures[m].progress,
                status: measures[m].item.data.status,
                planned: measures[m].budget.planned,
            };
            let shares: Vec<MeasureShare> = ms.iter().map(|&m| share(m)).collect();
            let placements = |m: usize| measures[m].strategies.as_slice();
            let strategies = strategy::nodes(gi, &item.data, &ms, placements, share, weighting);
            let other_measures = ms
                .iter()
                .copied()
                .filter(|&m| !measures[m].strategies.iter().any(|p| p.goal == gi))
                .collect();
            // A line counts under every goal its measure serves: the goal's
            // totals are its measures' totals, which are their lines' sums.
            let of_measures = || ms.iter().map(|&m| &measures[m]);
            Goal {
                progress: progress::goal_progress(&shares, weighting),
                strategies,
                other_measures,
                budget: budget::sum(of_measures().map(|m| &m.budget)),
                budget_by_year: budget::sum_by_year(of_measures().map(|m| &m.budget_by_year)),
                income: budget::sum(of_measures().map(|m| &m.income)),
                income_by_year: budget::sum_by_year(of_measures().map(|m| &m.income_by_year)),
                item,
                measures: ms,
                indicators: std::mem::take(&mut rel.indicators_of_goal[gi]),
                reports: std::mem::take(&mut rel.reports_of_goal[gi]),
            }
        })
        .collect()
}

/// The portal's budget; `by_goal` is left empty for [`by_goal`], which
/// needs the goals made beside it.
pub(super) fn budget_summary(
    lines: &[budget::Line],
    measures: &[Measure],
    all: &[BudgetLine],
    build_year: i32,
) -> BudgetSummary {
    let expense_by_year = by_year(lines, LineKind::Expense);
    let counted_twice = measures.iter().fold(Totals::default(), |mut t, m| {
        t.merge(&m.budget.times(m.goals.len().saturating_sub(1)));
        t
    });
    BudgetSummary {
        total: budget::total(lines, LineKind::Expense),
        income: budget::total(lines, LineKind::Income),
        income_by_year: by_year(lines, LineKind::Income),
        net_by_year: budget::net_by_year(lines),
        by_product: by_product(lines, all),
        year_on_year: budget::year_on_year(&expense_by_year),
        lead_year: budget::lead_year(expense_by_year.iter().map(|(y, _)| *y), build_year),
        by_year: expense_by_year,
        counted_twice,
        by_goal: Vec::new(),
        by_owner: by_owner(measures),
        shared_measures: measures
            .iter()
            .enumerate()
            .filter(|(_, m)| m.goals.len() > 1 && !m.budget_lines.is_empty())
            .map(|(i, _)| i)
            .collect(),
    }
}

/// The goals' own totals, for the goals that have budget lines.
pub(super) fn by_goal(goals: &[Goal]) -> Vec<(usize, Totals)> {
    goals
        .iter()
        .enumerate()
        .filter(|(_, g)| g.budget.lines > 0)
        .map(|(gi, g)| (gi, g.budget))
        .collect()
}

/// Expense totals per owner, in name order; measures without one first,
/// under the empty name. Summed from each measure's expense totals, which
/// are the sums of its lines: the same figures as a pass over the lines,
/// at a tenth of the lookups.
fn by_owner(measures: &[Measure]) -> Vec<(String, Totals)> {
    let mut map: rustc_hash::FxHashMap<&str, Totals> = Default::default();
    for m in measures.iter().filter(|m| m.budget.lines > 0) {
        let owner = m.item.data.owner.as_deref().unwrap_or("");
        map.entry(owner).or_default().merge(&m.budget);
    }
    let mut out: Vec<(String, Totals)> = map
        .into_iter()
        .map(|(owner, t)| (owner.to_string(), t))
        .collect();
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Expense totals per product code, in code order; lines without a code
/// last, under the empty code.
fn by_product(lines: &[budget::Line], all: &[BudgetLine]) -> Vec<(String, Totals)> {
    let mut map: rustc_hash::FxHashMap<Option<&str>, Totals> = Default::default();
    for (l, b) in lines.iter().zip(all) {
        if l.kind == LineKind::Expense {
            map.entry(b.src.product.as_deref()).or_default().add(l);
        }
    }
    let mut out: Vec<(Option<&str>, Totals)> = map.into_iter().collect();
    out.sort_unstable_by_key(|(p, _)| (p.is_none(), *p));
    out.into_iter()
        .map(|(p, t)| (p.unwrap_or("").to_string(), t))
        .collect()
}
