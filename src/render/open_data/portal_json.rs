//! `portal.json`: every goal, measure, report, indicator and budget line with
//! every derived figure, as the pages show them. Its JSON Schema lives in
//! `schema/portal.schema.json` and is published beside it; the tests validate
//! the output against it, so the two cannot drift apart.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::base::date::Date;
use crate::base::vocab::{Kind, Milestone, Point, Session, Status};
use crate::load::contact::Contact;
use crate::load::site::license::License;
use crate::model::Site;
use crate::model::indicator::IndicatorStatus;
use crate::model::progress::{MilestoneState, ProgressSource, StatusCounts};
use crate::render::open_data::budget_json::{
    BudgetOut, TotalsOut, YearOut, budget_out, totals, years,
};
use crate::render::open_data::translations_json::LangTexts;

/// The schema, as kept in the repository.
pub const SCHEMA: &str = include_str!("../../../schema/portal.schema.json");

#[derive(Serialize)]
struct MilestoneOut<'a> {
    #[serde(flatten)]
    milestone: &'a Milestone,
    state: MilestoneState,
}

#[derive(Serialize)]
struct StrategyOut<'a> {
    title: &'a str,
    slug: &'a str,
    text: Option<&'a str>,
    measures: Vec<&'a str>,
    progress_percent: Option<u8>,
    measures_counted_in_progress: usize,
}

#[derive(Serialize)]
struct PlacementOut<'a> {
    goal: &'a str,
    strategy: &'a str,
}

#[derive(Serialize)]
struct GoalOut<'a> {
    slug: &'a str,
    title: &'a str,
    number: Option<i64>,
    summary: Option<&'a str>,
    owner: Option<&'a str>,
    contact: Option<&'a Contact>,
    strategies: Vec<StrategyOut<'a>>,
    sdg: &'a [crate::base::sdg::Sdg],
    tags: Vec<&'a str>,
    measures: Vec<&'a str>,
    indicators: Vec<&'a str>,
    progress_percent: Option<u8>,
    measures_counted_in_progress: usize,
    measures_by_status: StatusCounts,
    budget: TotalsOut,
    budget_by_year: Vec<YearOut>,
    income: TotalsOut,
    income_by_year: Vec<YearOut>,
}

#[derive(Serialize)]
struct MeasureOut<'a> {
    slug: &'a str,
    title: &'a str,
    goals: Vec<&'a str>,
    indicators: Vec<&'a str>,
    sdg: &'a [crate::base::sdg::Sdg],
    /// The districts it takes place in, by name; empty for the whole city.
    districts: Vec<&'a str>,
    strategies: Vec<PlacementOut<'a>>,
    status: Status,
    status_note: Option<&'a str>,
    progress_percent: Option<u8>,
    progress_source: ProgressSource,
    elapsed_percent: Option<u8>,
    behind_schedule: bool,
    owner: Option<&'a str>,
    contact: Option<&'a Contact>,
    partners: &'a [String],
    start: Option<Date>,
    end: Option<Date>,
    updated: Option<Date>,
    tags: Vec<&'a str>,
    milestones: Vec<MilestoneOut<'a>>,
    budget: TotalsOut,
    budget_by_year: Vec<YearOut>,
    income: TotalsOut,
    income_by_year: Vec<YearOut>,
}

#[derive(Serialize)]
struct UpdateOut<'a> {
    measure: &'a str,
    status: Option<Status>,
    progress_percent: Option<u8>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    slug: &'a str,
    title: &'a str,
    tags: Vec<&'a str>,
    date: Date,
    kind: Option<&'a str>,
    reference: Option<&'a str>,
    goals: Vec<&'a str>,
    measures: Vec<&'a str>,
    districts: Vec<&'a str>,
    sessions: &'a [Session],
    updates: Vec<UpdateOut<'a>>,
    council_url: Option<&'a str>,
    council_file: Option<&'a str>,
    oparl: Option<&'a str>,
}

#[derive(Serialize)]
struct CompareOut<'a> {
    label: &'a str,
    source: Option<&'a str>,
    values: &'a [Point],
}

#[derive(Serialize)]
struct IndicatorOut<'a> {
    slug: &'a str,
    title: &'a str,
    tags: Vec<&'a str>,
    unit: Option<&'a str>,
    goals: Vec<&'a str>,
    direction: crate::base::vocab::Direction,
    baseline: Option<Point>,
    target: Option<Point>,
    values: &'a [Point],
    status: IndicatorStatus,
    source: Option<&'a str>,
    source_url: Option<&'a str>,
    definition: Option<&'a str>,
    numerator: Option<&'a str>,
    denominator: Option<&'a str>,
    /// Markdown, as written.
    method: Option<&'a str>,
    periodicity: Option<crate::base::vocab::Periodicity>,
    next_update: Option<Date>,
    compare: Vec<CompareOut<'a>>,
    sdg: &'a [crate::base::sdg::Sdg],
    contact: Option<&'a Contact>,
}

#[derive(Serialize)]
struct Portal<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    title: &'a str,
    language: &'a str,
    currency: &'a str,
    data_as_of: Option<Date>,
    license: &'a License,
    note: &'static str,
    goals: Vec<GoalOut<'a>>,
    measures: Vec<MeasureOut<'a>>,
    reports: Vec<ReportOut<'a>>,
    indicators: Vec<IndicatorOut<'a>>,
    /// The districts the items name, with their figures.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    districts: Vec<DistrictOut<'a>>,
    #[serde(flatten)]
    budget: BudgetOut<'a>,
    /// Present when the portal has a history (a Git repository).
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<Vec<crate::render::open_data::changes_json::ChangeOut<'a>>>,
    /// In a shallow clone: the oldest date the history knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    changes_since: Option<Date>,
    /// Every language of a portal of several, the first the default.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<&'static str>,
    /// The texts in each other language, by language code.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<&'static str, &'a LangTexts>,
}

#[derive(Serialize)]
struct DistrictOut<'a> {
    slug: &'a str,
    name: &'a str,
    /// Whether data/districts.geojson has its area.
    area: bool,
    measures: Vec<&'a str>,
    /// The sum of its measures' planned amounts: a measure in several
    /// districts counts in each.
    planned: String,
    measures_with_budget: usize,
    reports: Vec<&'a str>,
}

/// The names of the districts item `i` of `kind` names.
fn district_names(site: &Site, kind: Kind, i: usize) -> Vec<&str> {
    let ds = &site.districts;
    ds.of_item(kind, i)
        .iter()
        .map(|&n| ds.list[n].name.as_str())
        .collect()
}

fn districts_out(site: &Site) -> Vec<DistrictOut<'_>> {
    site.districts
        .list
        .iter()
        .map(|x| DistrictOut {
            slug: &x.slug,
            name: &x.name,
            area: x.area.is_some(),
            measures: x
                .measures
                .iter()
                .map(|&m| site.measures[m].item.slug.as_str())
                .collect(),
            planned: x.planned.to_machine(),
            measures_with_budget: x.with_budget,
            reports: x
                .reports
                .iter()
                .map(|&r| site.reports[r].item.slug.as_str())
                .collect(),
        })
        .collect()
}

fn goal_out<'a>(site: &'a Site, g: &'a crate::model::Goal) -> GoalOut<'a> {
    let mslug = |m: &usize| site.measures[*m].item.slug.as_str();
    GoalOut {
        slug: &g.item.slug,
        title: &g.item.title,
        number: g.item.data.number,
        summary: g.item.data.summary.as_deref(),
        owner: g.item.data.owner.as_deref(),
        contact: g.item.data.contact.as_ref(),
        sdg: &g.item.data.sdg,
        strategies: g
            .item
            .data
            .strategies
            .iter()
            .zip(&g.strategies)
            .map(|(s, node)| StrategyOut {
                title: &s.title,
                slug: &s.slug,
                text: s.text.as_deref(),
                measures: node.measures.iter().map(mslug).collect(),
                progress_percent: node.progress.percent,
                measures_counted_in_progress: node.progress.counted,
            })
            .collect(),
        tags: g.item.tags.iter().map(|t| t.name.as_str()).collect(),
        measures: g.measures.iter().map(mslug).collect(),
        indicators: g
            .indicators
            .iter()
            .map(|i| site.indicators[*i].item.slug.as_str())
            .collect(),
        progress_percent: g.progress.percent,
        measures_counted_in_progress: g.progress.counted,
        measures_by_status: g.progress.by_status,
        budget: totals(&g.budget),
        budget_by_year: years(&g.budget_by_year),
        income: totals(&g.income),
        income_by_year: years(&g.income_by_year),
    }
}

fn measure_out(site: &Site, mi: usize) -> MeasureOut<'_> {
    let m = &site.measures[mi];
    let gslug = |g: &usize| site.goals[*g].item.slug.as_str();
    MeasureOut {
        slug: &m.item.slug,
        title: &m.item.title,
        goals: m.goals.iter().map(gslug).collect(),
        indicators: m
            .indicators
            .iter()
            .map(|x| site.indicators[*x].item.slug.as_str())
            .collect(),
        sdg: &m.item.data.sdg,
        districts: district_names(site, Kind::Measure, mi),
        strategies: m
            .strategies
            .iter()
            .map(|p| {
                let g = &site.goals[p.goal].item;
                PlacementOut {
                    goal: &g.slug,
                    strategy: &g.data.strategies[p.strategy].slug,
                }
            })
            .collect(),
        status: m.item.data.status,
        status_note: m.item.data.status_note.as_deref(),
        progress_percent: m.progress,
        progress_source: m.progress_source,
        elapsed_percent: m.elapsed,
        // Per measure, not a search of the list: linear in the measures.
        behind_schedule: crate::model::schedule::behind(mi, m).is_some(),
        owner: m.item.data.owner.as_deref(),
        contact: m.item.data.contact.as_ref(),
        partners: &m.item.data.partners,
        start: m.item.data.start,
        end: m.item.data.end,
        updated: m.item.data.updated,
        tags: m.item.tags.iter().map(|t| t.name.as_str()).collect(),
        milestones: m
            .item
            .data
            .milestones
            .iter()
            .zip(&m.milestone_states)
            .map(|(x, &state)| MilestoneOut {
                milestone: x,
                state,
            })
            .collect(),
        budget: totals(&m.budget),
        budget_by_year: years(&m.budget_by_year),
        income: totals(&m.income),
        income_by_year: years(&m.income_by_year),
    }
}

fn report_out(site: &Site, ri: usize) -> ReportOut<'_> {
    let r = &site.reports[ri];
    let gslug = |g: &usize| site.goals[*g].item.slug.as_str();
    let mslug = |m: &usize| site.measures[*m].item.slug.as_str();
    ReportOut {
        slug: &r.item.slug,
        title: &r.item.title,
        tags: r.item.tags.iter().map(|t| t.name.as_str()).collect(),
        date: r.item.data.date,
        kind: r.item.data.kind.as_deref(),
        reference: r.item.data.reference.as_deref(),
        goals: r.goals.iter().map(gslug).collect(),
        measures: r.measures.iter().map(mslug).collect(),
        districts: district_names(site, Kind::Report, ri),
        sessions: &r.item.data.sessions,
        updates: r
            .updates
            .iter()
            .map(|u| UpdateOut {
                measure: mslug(&u.measure),
                status: u.status,
                progress_percent: u.progress,
                note: u.note.as_deref(),
            })
            .collect(),
        council_url: r.item.data.council_url.as_deref(),
        council_file: r.item.data.council_file.as_deref(),
        oparl: r.item.data.oparl.as_deref(),
    }
}

fn indicator_out<'a>(site: &'a Site, x: &'a crate::model::Indicator) -> IndicatorOut<'a> {
    let gslug = |g: &usize| site.goals[*g].item.slug.as_str();
    IndicatorOut {
        slug: &x.item.slug,
        title: &x.item.title,
        tags: x.item.tags.iter().map(|t| t.name.as_str()).collect(),
        unit: x.item.data.unit.as_deref(),
        goals: x.goals.iter().map(gslug).collect(),
        direction: x.item.data.direction,
        baseline: x.item.data.baseline,
        target: x.item.data.target,
        values: &x.values,
        status: x.status,
        source: x.item.data.source.as_deref(),
        source_url: x.item.data.about.source_url.as_deref(),
        definition: x.item.data.about.definition.as_deref(),
        numerator: x.item.data.about.numerator.as_deref(),
        denominator: x.item.data.about.denominator.as_deref(),
        method: x.item.data.about.method.as_deref(),
        periodicity: x.item.data.about.periodicity,
        next_update: x.item.data.about.next_update,
        compare: x
            .item
            .data
            .compare
            .iter()
            .map(|c| CompareOut {
                label: &c.label,
                source: c.source.as_deref(),
                values: &c.values,
            })
            .collect(),
        sdg: &x.item.data.sdg,
        contact: x.item.data.contact.as_ref(),
    }
}

/// The file, pretty-printed; the model's build date decided which
/// milestones are overdue.
pub fn portal_json(site: &Site, texts: &[(&'static str, LangTexts)]) -> Vec<u8> {
    let c = &site.config;
    let languages = if c.languages.len() > 1 {
        c.languages.iter().map(|l| l.code()).collect()
    } else {
        Vec::new()
    };
    let own = c.language.code();
    let portal = Portal {
        languages,
        translations: texts
            .iter()
            .filter(|(l, _)| *l != own)
            .map(|(l, t)| (*l, t))
            .collect(),
        schema: "portal.schema.json",
        title: &site.config.title,
        language: site.config.language.code(),
        currency: &site.config.currency,
        data_as_of: site.data_as_of,
        license: &site.config.license,
        note: "Amounts are decimal strings in the portal currency. planned is the plan as first adopted, revised the plan in force (revised where a line has one, else planned). difference and execution_rate_percent compare actual with planned_of_lines_with_actual, the plan in force of the lines that have an actual amount. budget totals are expense lines, income totals income lines. A measure serving several goals counts in each goal's budget; budget_total counts each line once, and the goals' totals minus budget_counted_twice are budget_total.",
        goals: site.goals.iter().map(|g| goal_out(site, g)).collect(),
        measures: (0..site.measures.len())
            .map(|mi| measure_out(site, mi))
            .collect(),
        reports: (0..site.reports.len())
            .map(|ri| report_out(site, ri))
            .collect(),
        districts: districts_out(site),
        indicators: site
            .indicators
            .iter()
            .map(|x| indicator_out(site, x))
            .collect(),
        budget: budget_out(site),
        changes: site
            .changes
            .known
            .then(|| crate::render::open_data::changes_json::changes(site)),
        changes_since: site.changes.since,
    };
    serde_json::to_vec_pretty(&portal).expect("plain data serialises")
}
