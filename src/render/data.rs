//! Open data: the whole portal as JSON and CSV, with the same figures as the pages.

use serde::Serialize;

use crate::budget::Totals;
use crate::date::Date;
use crate::indicator::IndicatorStatus;
use crate::load::records::{Milestone, Point, Session, Status};
use crate::model::Site;
use crate::progress::{ProgressSource, StatusCounts};
use crate::render::OutputFile;
use crate::render::pages::Builder;
use crate::render::views::Download;

#[derive(Serialize)]
struct TotalsOut {
    planned: String,
    actual: Option<String>,
    difference: Option<String>,
    execution_rate_percent: Option<String>,
}

fn totals(t: &Totals) -> TotalsOut {
    TotalsOut {
        planned: t.planned.to_machine(),
        actual: t.has_actual().then(|| t.actual.to_machine()),
        difference: t.difference().map(|c| c.to_machine()),
        execution_rate_percent: t.rate_bp().map(rate_text),
    }
}

pub fn rate_text(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", bp.abs() / 100, bp.abs() % 100)
}

#[derive(Serialize)]
struct GoalOut<'a> {
    slug: &'a str,
    title: &'a str,
    number: Option<i64>,
    summary: Option<&'a str>,
    owner: Option<&'a str>,
    strategies: &'a [String],
    tags: &'a [String],
    measures: Vec<&'a str>,
    indicators: Vec<&'a str>,
    progress_percent: Option<u8>,
    measures_counted_in_progress: usize,
    measures_by_status: StatusCounts,
    budget: TotalsOut,
}

#[derive(Serialize)]
struct MeasureOut<'a> {
    slug: &'a str,
    title: &'a str,
    goals: Vec<&'a str>,
    status: Status,
    progress_percent: Option<u8>,
    progress_source: ProgressSource,
    owner: Option<&'a str>,
    partners: &'a [String],
    start: Option<Date>,
    end: Option<Date>,
    updated: Option<Date>,
    tags: &'a [String],
    milestones: &'a [Milestone],
    budget: TotalsOut,
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
    date: Date,
    kind: Option<&'a str>,
    reference: Option<&'a str>,
    goals: Vec<&'a str>,
    measures: Vec<&'a str>,
    sessions: &'a [Session],
    updates: Vec<UpdateOut<'a>>,
}

#[derive(Serialize)]
struct IndicatorOut<'a> {
    slug: &'a str,
    title: &'a str,
    unit: Option<&'a str>,
    goals: Vec<&'a str>,
    direction: crate::load::records::Direction,
    baseline: Option<Point>,
    target: Option<Point>,
    values: &'a [Point],
    status: IndicatorStatus,
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct BudgetLineOut<'a> {
    measure: &'a str,
    year: i32,
    label: Option<&'a str>,
    planned: String,
    actual: Option<String>,
    reference: Option<&'a str>,
}

#[derive(Serialize)]
struct Portal<'a> {
    title: &'a str,
    language: &'a str,
    currency: &'a str,
    data_as_of: Option<Date>,
    note: &'static str,
    goals: Vec<GoalOut<'a>>,
    measures: Vec<MeasureOut<'a>>,
    reports: Vec<ReportOut<'a>>,
    indicators: Vec<IndicatorOut<'a>>,
    budget_lines: Vec<BudgetLineOut<'a>>,
    budget_total: TotalsOut,
}

fn portal_json(site: &Site) -> Vec<u8> {
    let gslug = |g: &usize| site.goals[*g].item.slug.as_str();
    let mslug = |m: &usize| site.measures[*m].item.slug.as_str();
    let portal = Portal {
        title: &site.config.title,
        language: site.config.language.code(),
        currency: &site.config.currency,
        data_as_of: site.data_as_of,
        note: "Amounts are decimal strings in the portal currency. budget_total counts each line once, although a measure serving several goals appears in each goal's budget.",
        goals: site
            .goals
            .iter()
            .map(|g| GoalOut {
                slug: &g.item.slug,
                title: &g.item.title,
                number: g.item.data.number,
                summary: g.item.data.summary.as_deref(),
                owner: g.item.data.owner.as_deref(),
                strategies: &g.item.data.strategies,
                tags: &g.item.data.tags,
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
            })
            .collect(),
        measures: site
            .measures
            .iter()
            .map(|m| MeasureOut {
                slug: &m.item.slug,
                title: &m.item.title,
                goals: m.goals.iter().map(gslug).collect(),
                status: m.item.data.status,
                progress_percent: m.progress,
                progress_source: m.progress_source,
                owner: m.item.data.owner.as_deref(),
                partners: &m.item.data.partners,
                start: m.item.data.start,
                end: m.item.data.end,
                updated: m.item.data.updated,
                tags: &m.item.data.tags,
                milestones: &m.item.data.milestones,
                budget: totals(&m.budget),
            })
            .collect(),
        reports: site
            .reports
            .iter()
            .map(|r| ReportOut {
                slug: &r.item.slug,
                title: &r.item.title,
                date: r.item.data.date,
                kind: r.item.data.kind.as_deref(),
                reference: r.item.data.reference.as_deref(),
                goals: r.goals.iter().map(gslug).collect(),
                measures: r.measures.iter().map(mslug).collect(),
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
            })
            .collect(),
        indicators: site
            .indicators
            .iter()
            .map(|x| IndicatorOut {
                slug: &x.item.slug,
                title: &x.item.title,
                unit: x.item.data.unit.as_deref(),
                goals: x.goals.iter().map(gslug).collect(),
                direction: x.item.data.direction,
                baseline: x.item.data.baseline,
                target: x.item.data.target,
                values: &x.values,
                status: x.status,
                source: x.item.data.source.as_deref(),
            })
            .collect(),
        budget_lines: site
            .budget_lines
            .iter()
            .map(|l| BudgetLineOut {
                measure: mslug(&l.measure),
                year: l.year,
                label: l.src.label.as_deref(),
                planned: l.planned.to_machine(),
                actual: l.actual.map(|a| a.to_machine()),
                reference: l.src.reference.as_deref(),
            })
            .collect(),
        budget_total: totals(&site.budget.total),
    };
    serde_json::to_vec_pretty(&portal).expect("plain data serialises")
}

/// Text cells that a spreadsheet would run as a formula get a leading apostrophe.
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

pub fn csv_bytes(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).expect("in-memory write");
    for r in rows {
        w.write_record(&r).expect("in-memory write");
    }
    w.into_inner().expect("in-memory write")
}

pub fn opt_cents(c: Option<i64>) -> String {
    c.map(|c| crate::money::Cents(c).to_machine())
        .unwrap_or_default()
}

pub fn downloads(b: &Builder) -> Vec<Download> {
    let dir = format!("{}/", b.words.data);
    [
        ("portal.json", "JSON", "download_portal"),
        ("measures.csv", "CSV", "download_measures"),
        ("budget.csv", "CSV", "download_budget"),
        ("indicators.csv", "CSV", "download_indicators"),
    ]
    .into_iter()
    .map(|(file, format, key)| Download {
        title: b.t.get(key).cloned().unwrap_or_else(|| key.into()),
        href: format!("{dir}{file}"),
        format,
    })
    .collect()
}

pub fn files(b: &Builder) -> Vec<OutputFile> {
    let site = b.site;
    let dir = b.words.data;
    let mslug = |m: usize| site.measures[m].item.slug.clone();
    let measures = csv_bytes(
        &[
            "slug",
            "title",
            "goals",
            "status",
            "progress_percent",
            "owner",
            "start",
            "end",
            "updated",
            "planned",
            "actual",
        ],
        site.measures.iter().map(|m| {
            let d = &m.item.data;
            let date = |x: Option<Date>| x.map(|x| x.to_string()).unwrap_or_default();
            vec![
                m.item.slug.clone(),
                safe_cell(&m.item.title),
                m.goals
                    .iter()
                    .map(|g| site.goals[*g].item.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                d.status.key().into(),
                m.progress.map(|p| p.to_string()).unwrap_or_default(),
                safe_cell(d.owner.as_deref().unwrap_or("")),
                date(d.start),
                date(d.end),
                date(d.updated),
                m.budget.planned.to_machine(),
                if m.budget.has_actual() {
                    m.budget.actual.to_machine()
                } else {
                    String::new()
                },
            ]
        }),
    );
    let budget = csv_bytes(
        &crate::load::csv::BUDGET_COLUMNS,
        site.budget_lines.iter().map(|l| {
            vec![
                mslug(l.measure),
                l.year.to_string(),
                safe_cell(l.src.label.as_deref().unwrap_or("")),
                l.planned.to_machine(),
                l.actual.map(|a| a.to_machine()).unwrap_or_default(),
                safe_cell(l.src.reference.as_deref().unwrap_or("")),
            ]
        }),
    );
    let indicators = csv_bytes(
        &["indicator", "title", "unit", "year", "value", "status"],
        site.indicators.iter().flat_map(|x| {
            x.values.iter().map(move |p| {
                vec![
                    x.item.slug.clone(),
                    safe_cell(&x.item.title),
                    safe_cell(x.item.data.unit.as_deref().unwrap_or("")),
                    p.year.to_string(),
                    format!("{}", p.value),
                    x.status.key().into(),
                ]
            })
        }),
    );
    vec![
        OutputFile::bytes(format!("{dir}/portal.json"), portal_json(site)),
        OutputFile::bytes(format!("{dir}/measures.csv"), measures),
        OutputFile::bytes(format!("{dir}/budget.csv"), budget),
        OutputFile::bytes(format!("{dir}/indicators.csv"), indicators),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("@SUM"), "'@SUM");
        assert_eq!(safe_cell("Sozialamt"), "Sozialamt");
        assert_eq!(rate_text(4825), "48.25");
        assert_eq!(rate_text(-5), "-0.05");
    }
}
