//! Each phase of `model::build` on the example portal's sources, and the
//! figures that depend on the build date. Expected values are worked out
//! from the sources independently of the phase under test.

use std::path::Path;

use super::assemble::{self, ReportLinks};
use super::link::Resolver;
use super::*;
use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::LineKind;
use crate::load::{self, LoadOptions};

fn sources() -> (SiteConfig, Sources) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content-example");
    let mut d = Diagnostics::new();
    let (config, mut src) =
        load::read_portal(&root, &LoadOptions::default(), &mut d).expect("site.toml");
    assert!(!d.has_errors(), "{:?}", d.sorted());
    order::sort(&mut src, config.language);
    (config, src)
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// Runs `f` with a resolver over `src`.
fn with_resolver<T>(src: &Sources, f: impl FnOnce(&Resolver, &mut Diagnostics) -> T) -> T {
    let index = Index::of_sources(src);
    let resolver = Resolver {
        index: &index,
        drafts: &src.hidden_drafts,
        future: &src.hidden_future,
        failed: &src.failed,
    };
    let mut d = Diagnostics::new();
    let out = f(&resolver, &mut d);
    assert!(!d.has_errors(), "{:?}", d.sorted());
    out
}

#[test]
fn sorting_orders_goals_by_number_and_reports_newest_first() {
    let (_, src) = sources();
    let numbers: Vec<Option<i64>> = src.goals.iter().map(|g| g.data.number).collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "{numbers:?}");
    let dates: Vec<Date> = src.reports.iter().map(|r| r.data.date).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let titles: Vec<&str> = src.measures.iter().map(|m| m.title.as_str()).collect();
    assert!(titles.windows(2).all(|w| {
        crate::base::collate::compare(crate::base::locale::Lang::De, w[0], w[1]).is_le()
    }));
    // DIN 5007-1, not byte order: Ä among the A.
    assert_eq!(titles[1], "Ämterübergreifende Treffen");
    let index = Index::of_sources(&src);
    for (i, m) in src.measures.iter().enumerate() {
        assert_eq!(index.measures[&m.slug], i);
    }
}

#[test]
fn budget_lines_are_every_line_resolved_and_sorted() {
    let (_, src) = sources();
    let written = src
        .measures
        .iter()
        .map(|m| m.data.budget.len())
        .sum::<usize>()
        + src.csv_budget.len();
    let lines = with_resolver(&src, |r, d| assemble::budget_lines(&src, r, d));
    assert_eq!(lines.len(), written);
    assert!(
        lines
            .windows(2)
            .all(|w| (w[0].measure, w[0].year) <= (w[1].measure, w[1].year))
    );
    for l in &lines {
        assert_eq!(src.measures[l.measure].slug, l.src.measure.value);
    }
}

#[test]
fn report_links_take_in_the_measures_of_updates_and_relations_invert_them() {
    let (_, src) = sources();
    let (links, measure_goals, indicator_goals) = with_resolver(&src, |r, d| {
        (
            assemble::report_links(&src.reports, r, d),
            assemble::goals_of(&src.measures, |m| &m.goals, r, d),
            assemble::goals_of(&src.indicators, |i| &i.goals, r, d),
        )
    });
    for (l, r) in links.iter().zip(&src.reports) {
        assert_eq!(l.updates.len(), r.data.updates.len());
        assert!(l.updates.iter().all(|(m, _)| l.measures.contains(m)));
    }
    let rel = assemble::relations(src.goals.len(), &measure_goals, &links, &indicator_goals);
    for m in 0..src.measures.len() {
        let naming: Vec<usize> = (0..links.len())
            .filter(|&ri| links[ri].measures.contains(&m))
            .collect();
        assert_eq!(rel.reports_of_measure[m], naming);
    }
    for g in 0..src.goals.len() {
        let serving: Vec<usize> = (0..measure_goals.len())
            .filter(|&m| measure_goals[m].contains(&g))
            .collect();
        assert_eq!(rel.measures_of_goal[g], serving);
        // A report is about a goal when it names it or one of its measures.
        for &ri in &rel.reports_of_goal[g] {
            let l = &links[ri];
            assert!(
                l.goals.contains(&g) || l.measures.iter().any(|m| measure_goals[*m].contains(&g))
            );
        }
    }
}

#[test]
fn history_orders_snapshots_by_date_and_remembers_the_state_before() {
    let (_, src) = sources();
    let links = with_resolver(&src, |r, d| assemble::report_links(&src.reports, r, d));
    let (timelines, previous) = super::timeline::history(&src.reports, &links, src.measures.len());
    let mut checked = 0;
    for tl in &timelines {
        assert!(tl.windows(2).all(|w| w[0].date <= w[1].date));
        // Each snapshot after the first: its report's `previous` is the one before.
        for w in tl.windows(2) {
            let n = links[w[1].report]
                .updates
                .iter()
                .position(|&(m, _)| timelines[m].iter().any(|e| std::ptr::eq(e, &w[1])));
            let prev = previous[w[1].report][n.unwrap()];
            assert_eq!(prev, Some((w[0].status, w[0].progress)));
            checked += 1;
        }
    }
    assert!(
        checked > 0,
        "the example has measures in more than one report"
    );
    let firsts = timelines.iter().filter_map(|tl| tl.first());
    for e in firsts {
        let n = links[e.report]
            .updates
            .iter()
            .position(|&(m, _)| timelines[m].first().is_some_and(|f| std::ptr::eq(f, e)));
        assert_eq!(previous[e.report][n.unwrap()], None);
    }
}

#[test]
fn the_build_date_decides_overdue_milestones_and_upcoming_sessions() {
    let (config, src) = sources();
    let early = build(
        config.clone(),
        src.clone(),
        date("2020-01-01"),
        &mut Diagnostics::new(),
    );
    let late = build(config, src, date("2025-07-15"), &mut Diagnostics::new());
    // Worked out from the sources: milestones not done, due before the date,
    // of measures not cancelled.
    let expected = |site: &Site, today: Date| {
        site.measures
            .iter()
            .filter(|m| m.item.data.status != Status::Cancelled)
            .flat_map(|m| &m.item.data.milestones)
            .filter(|ms| !ms.done && ms.due.is_some_and(|d| d < today))
            .count()
    };
    assert_eq!(late.overdue.len(), expected(&late, date("2025-07-15")));
    assert_eq!(early.overdue.len(), expected(&early, date("2020-01-01")));
    assert!(late.overdue.len() > early.overdue.len());
    assert!(late.overdue.windows(2).all(|w| w[0].due <= w[1].due));
    let sessions = |site: &Site, today: Date| {
        site.reports
            .iter()
            .flat_map(|r| &r.item.data.sessions)
            .filter(|s| s.date.is_some_and(|d| d >= today))
            .count()
    };
    assert_eq!(
        late.upcoming_sessions.len(),
        sessions(&late, date("2025-07-15"))
    );
    assert_eq!(
        early.upcoming_sessions.len(),
        sessions(&early, date("2020-01-01"))
    );
    assert!(
        late.upcoming_sessions
            .iter()
            .all(|u| u.date >= date("2025-07-15"))
    );
    assert!(late.upcoming_sessions.windows(2).all(|w| w[0] <= w[1]));
    for m in &late.measures {
        assert_eq!(m.milestone_states.len(), m.item.data.milestones.len());
    }
}

#[test]
fn records_are_complete_when_made() {
    let (config, src) = sources();
    let site = build(config, src, date("2025-07-15"), &mut Diagnostics::new());
    for (mi, m) in site.measures.iter().enumerate() {
        let own: Vec<&BudgetLine> = site
            .budget_lines
            .iter()
            .filter(|l| l.measure == mi)
            .collect();
        assert_eq!(m.budget_lines.len(), own.len());
        // Expense and income lines add up apart.
        let planned = |kind| -> i64 {
            own.iter()
                .filter(|l| l.src.kind == kind)
                .map(|l| l.planned.0)
                .sum()
        };
        assert_eq!(m.budget.planned.0, planned(LineKind::Expense));
        assert_eq!(m.income.planned.0, planned(LineKind::Income));
        for &g in &m.goals {
            assert!(site.goals[g].measures.contains(&mi));
        }
        for &r in &m.reports {
            assert!(site.reports[r].measures.contains(&mi));
        }
    }
    for (ii, x) in site.indicators.iter().enumerate() {
        for &g in &x.goals {
            assert!(site.goals[g].indicators.contains(&ii));
        }
        assert!(x.values.windows(2).all(|w| w[0].year <= w[1].year));
    }
    let shares: usize = site.measure_statuses.iter().map(|s| s.count).sum();
    assert_eq!(shares, site.measures.len());
    let latest_report = site.reports.iter().map(|r| r.item.data.date).max();
    assert!(site.data_as_of >= latest_report);
}

/// A report link made by hand, for the relations of a small case.
#[test]
fn relations_of_a_small_case() {
    let links = vec![
        ReportLinks {
            goals: vec![1],
            measures: vec![0],
            updates: vec![],
        },
        ReportLinks {
            goals: vec![],
            measures: vec![1],
            updates: vec![(1, 0)],
        },
    ];
    // Measure 0 serves goal 0; measure 1 serves goals 0 and 1; indicator 0 goal 1.
    let rel = assemble::relations(2, &[vec![0], vec![0, 1]], &links, &[vec![1]]);
    assert_eq!(rel.measures_of_goal, [vec![0, 1], vec![1]]);
    assert_eq!(rel.indicators_of_goal, [vec![], vec![0]]);
    assert_eq!(rel.reports_of_measure, [vec![0], vec![1]]);
    // Report 0 names goal 1 and measure 0 (goal 0); report 1 measure 1 (goals 0, 1).
    assert_eq!(rel.reports_of_goal, [vec![0, 1], vec![0, 1]]);
}
