//! The budget part of `portal.json`: every line and every total the pages
//! show, computed once in `model::budget` (schema: `schema/portal.schema.json`).

use serde::Serialize;

use crate::base::money::Cents;
use crate::base::vocab::LineKind;
use crate::model::Site;
use crate::model::budget::{self, Change, Net, Totals, YearOnYear};

#[derive(Serialize)]
pub struct TotalsOut {
    planned: String,
    revised: String,
    planned_of_lines_with_actual: Option<String>,
    actual: Option<String>,
    difference: Option<String>,
    execution_rate_percent: Option<String>,
}

pub fn totals(t: &Totals) -> TotalsOut {
    TotalsOut {
        planned: t.planned.to_machine(),
        revised: t.revised.to_machine(),
        planned_of_lines_with_actual: t.has_actual().then(|| t.planned_reported.to_machine()),
        actual: t.has_actual().then(|| t.actual.to_machine()),
        difference: t.difference().map(|c| c.to_machine()),
        execution_rate_percent: t.rate_tenths().map(rate_text),
    }
}

/// Tenths of a percent as a percent with one decimal: 965 → `96.5`.
pub fn rate_text(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[derive(Serialize)]
pub struct YearOut {
    year: i32,
    #[serde(flatten)]
    totals: TotalsOut,
}

pub fn years(rows: &[(i32, Totals)]) -> Vec<YearOut> {
    rows.iter()
        .map(|(year, t)| YearOut {
            year: *year,
            totals: totals(t),
        })
        .collect()
}

#[derive(Serialize)]
struct OwnerOut<'a> {
    /// Empty for measures without an owner.
    owner: &'a str,
    #[serde(flatten)]
    totals: TotalsOut,
}

#[derive(Serialize)]
struct ProductOut<'a> {
    /// Empty for lines without a product code.
    product: &'a str,
    #[serde(flatten)]
    totals: TotalsOut,
}

#[derive(Serialize)]
struct ChangeOut {
    delta: String,
    percent: Option<String>,
}

fn change_out(c: Option<Change>) -> Option<ChangeOut> {
    c.map(|c| ChangeOut {
        delta: c.delta.to_machine(),
        percent: c.percent_tenths.map(rate_text),
    })
}

#[derive(Serialize)]
struct YearOnYearOut {
    year: i32,
    planned: String,
    actual: Option<String>,
    planned_change: Option<ChangeOut>,
    actual_change: Option<ChangeOut>,
}

fn year_on_year(rows: &[YearOnYear]) -> Vec<YearOnYearOut> {
    rows.iter()
        .map(|y| YearOnYearOut {
            year: y.year,
            planned: y.totals.planned.to_machine(),
            actual: y.totals.has_actual().then(|| y.totals.actual.to_machine()),
            planned_change: change_out(y.planned),
            actual_change: change_out(y.actual),
        })
        .collect()
}

#[derive(Serialize)]
struct NetOut {
    year: i32,
    expense_planned: String,
    income_planned: String,
    net_planned: String,
    expense_actual: Option<String>,
    income_actual: Option<String>,
    net_actual: Option<String>,
}

fn net_out(n: &Net) -> NetOut {
    let actual = |t: &Totals| t.has_actual().then(|| t.actual.to_machine());
    NetOut {
        year: n.year,
        expense_planned: n.expense.revised.to_machine(),
        income_planned: n.income.revised.to_machine(),
        net_planned: n.planned().to_machine(),
        expense_actual: actual(&n.expense),
        income_actual: actual(&n.income),
        net_actual: n.actual().map(|c| c.to_machine()),
    }
}

#[derive(Serialize)]
struct PerInhabitantOut {
    /// None for all years together.
    year: Option<i32>,
    planned: String,
    actual: Option<String>,
}

fn per_inhabitant(year: Option<i32>, t: &Totals, population: u64) -> PerInhabitantOut {
    PerInhabitantOut {
        year,
        planned: budget::per_inhabitant(t.revised, population).to_machine(),
        actual: t
            .has_actual()
            .then(|| budget::per_inhabitant(t.actual, population).to_machine()),
    }
}

#[derive(Serialize)]
struct BudgetLineOut<'a> {
    measure: &'a str,
    year: i32,
    kind: LineKind,
    label: Option<&'a str>,
    product: Option<&'a str>,
    planned: String,
    revised: Option<String>,
    actual: Option<String>,
    reference: Option<&'a str>,
}

/// The budget keys of portal.json, flattened into it.
#[derive(Serialize)]
pub struct BudgetOut<'a> {
    budget_lines: Vec<BudgetLineOut<'a>>,
    budget_total: TotalsOut,
    budget_by_year: Vec<YearOut>,
    budget_by_owner: Vec<OwnerOut<'a>>,
    budget_by_product: Vec<ProductOut<'a>>,
    budget_year: Option<i32>,
    budget_year_on_year: Vec<YearOnYearOut>,
    budget_counted_twice: TotalsOut,
    budget_income_total: TotalsOut,
    budget_income_by_year: Vec<YearOut>,
    budget_net_by_year: Vec<NetOut>,
    population: Option<u64>,
    /// Per year, then all years (year null); null without `population`.
    budget_per_inhabitant: Option<Vec<PerInhabitantOut>>,
}

pub fn budget_out(site: &Site) -> BudgetOut<'_> {
    let b = &site.budget;
    let mslug = |m: usize| site.measures[m].item.slug.as_str();
    let population = site.config.population;
    BudgetOut {
        budget_lines: site
            .budget_lines
            .iter()
            .map(|l| BudgetLineOut {
                measure: mslug(l.measure),
                year: l.year,
                kind: l.src.kind,
                label: l.src.label.as_deref(),
                product: l.src.product.as_deref(),
                planned: l.planned.to_machine(),
                revised: l.src.revised.map(Cents::to_machine),
                actual: l.actual.map(|a| a.to_machine()),
                reference: l.src.reference.as_deref(),
            })
            .collect(),
        budget_total: totals(&b.total),
        budget_by_year: years(&b.by_year),
        budget_by_owner: b
            .by_owner
            .iter()
            .map(|(owner, t)| OwnerOut {
                owner,
                totals: totals(t),
            })
            .collect(),
        budget_by_product: b
            .by_product
            .iter()
            .map(|(product, t)| ProductOut {
                product,
                totals: totals(t),
            })
            .collect(),
        budget_year: b.lead_year,
        budget_year_on_year: year_on_year(&b.year_on_year),
        budget_counted_twice: totals(&b.counted_twice),
        budget_income_total: totals(&b.income),
        budget_income_by_year: years(&b.income_by_year),
        budget_net_by_year: b.net_by_year.iter().map(net_out).collect(),
        population,
        budget_per_inhabitant: population.map(|p| {
            b.by_year
                .iter()
                .map(|(y, t)| per_inhabitant(Some(*y), t, p))
                .chain(std::iter::once(per_inhabitant(None, &b.total, p)))
                .collect()
        }),
    }
}
