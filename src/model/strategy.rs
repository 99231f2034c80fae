//! Strategies as nodes between goals and measures (Bamberg: Ziel →
//! Strategie → Maßnahme): which strategy of which goal each measure serves,
//! and the measures and progress of each strategy.

use crate::base::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::load::records::{GoalSrc, MeasureSrc, Shared};
use crate::load::site::Weighting;
use crate::model::progress::{self, GoalProgress, MeasureShare};

/// A measure's place under strategy `strategy` (an index into the goal's
/// `strategies`) of goal `goal`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub goal: usize,
    pub strategy: usize,
}

/// One strategy of a goal with the measures placed under it.
#[derive(Debug)]
pub struct StrategyNode {
    /// In measure order.
    pub measures: Vec<usize>,
    /// Computed like a goal's progress, over these measures.
    pub progress: GoalProgress,
}

/// Resolves each measure's `strategies` against the strategies of its goals:
/// by title or by slug, so that `"Prävention stärken"` and
/// `"praevention-staerken"` name the same one. A name that matches
/// strategies of two of its goals places the measure under both; one that
/// matches none is an error at its place, with the closest title.
pub fn place(
    measures: &[Shared<MeasureSrc>],
    measure_goals: &[Vec<usize>],
    goals: &[Shared<GoalSrc>],
    d: &mut Diagnostics,
) -> Vec<Vec<Placement>> {
    measures
        .iter()
        .zip(measure_goals)
        .map(|(m, gs)| {
            let mut out = Vec::new();
            for (name, slug) in m.data.strategies.iter().zip(&m.data.strategy_slugs) {
                let found: Vec<Placement> = gs
                    .iter()
                    .flat_map(|&g| {
                        goals[g]
                            .data
                            .strategies
                            .iter()
                            .enumerate()
                            .filter_map(move |(k, s)| {
                                (s.slug == *slug).then_some(Placement {
                                    goal: g,
                                    strategy: k,
                                })
                            })
                    })
                    .collect();
                if found.is_empty() {
                    d.push(unknown(&m.file, name, gs, goals));
                }
                for p in found {
                    if !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
            out
        })
        .collect()
}

fn unknown(
    file: &std::path::Path,
    name: &crate::base::diagnostics::At<String>,
    gs: &[usize],
    goals: &[Shared<GoalSrc>],
) -> Diagnostic {
    let titles: Vec<&str> = gs
        .iter()
        .flat_map(|&g| goals[g].data.strategies.iter().map(|s| s.title.as_str()))
        .collect();
    let all = titles.join(", ");
    let hint = match closest(&name.value, titles.iter().copied()) {
        Some(c) => crate::msg!("hint-strategy-closest", name = c, titles = all),
        None if titles.is_empty() => crate::msg!("hint-no-strategies"),
        None => crate::msg!("hint-strategies", titles = all),
    };
    Diagnostic::error(
        file,
        name.loc,
        crate::msg!("unknown-strategy", name = name.value),
    )
    .with_hint(hint)
}

/// The strategies of goal `g`, each with its measures (from `goal_measures`,
/// in their order) and their progress.
pub fn nodes<'a>(
    g: usize,
    goal: &GoalSrc,
    goal_measures: &[usize],
    placements: impl Fn(usize) -> &'a [Placement],
    share: impl Fn(usize) -> MeasureShare,
    weighting: Weighting,
) -> Vec<StrategyNode> {
    (0..goal.strategies.len())
        .map(|k| {
            let here = Placement {
                goal: g,
                strategy: k,
            };
            let measures: Vec<usize> = goal_measures
                .iter()
                .copied()
                .filter(|&m| placements(m).contains(&here))
                .collect();
            let shares: Vec<MeasureShare> = measures.iter().map(|&m| share(m)).collect();
            StrategyNode {
                progress: progress::goal_progress(&shares, weighting),
                measures,
            }
        })
        .collect()
}
