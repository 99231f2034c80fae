//! The budget parts of the page views: tables whose every derived cell is
//! arithmetic on cells of its own row (see docs/content-format.md, "Budget
//! figures"). Amounts in cents, rates in tenths of a percent.

use serde::Serialize;

use crate::render::pages::views::Link;

/// One row of a budget table; amounts in cents. Every derived cell is
/// arithmetic on cells of the same row: `difference = basis − actual`,
/// `rate = actual ÷ basis`.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    pub label: String,
    pub href: Option<String>,
    /// Ansatz: the plans as first adopted.
    pub planned: i64,
    /// Fortgeschriebener Ansatz: the plans in force (a line's `revised`
    /// amount, else its planned one); shown when `BudgetTable::revised`.
    pub revised: i64,
    /// Plan in force of the lines that have an actual amount; none without.
    pub basis: Option<i64>,
    pub actual: Option<i64>,
    pub difference: Option<i64>,
    /// Execution rate in tenths of a percent (96.5 % = 965); the `rate`
    /// filter prints it.
    pub rate: Option<i64>,
}

/// A period's plan in force and actual amount, each beside its share per
/// inhabitant; amounts in cents.
#[derive(Debug, Clone, Serialize)]
pub struct PerInhabitantRow {
    pub label: String,
    pub planned: i64,
    pub planned_per_inhabitant: i64,
    pub actual: Option<i64>,
    pub actual_per_inhabitant: Option<i64>,
}

/// The overview's periods per inhabitant (site.toml `population`).
#[derive(Debug, Clone, Serialize)]
pub struct PerInhabitantTable {
    pub id: &'static str,
    pub caption: String,
    pub population: u64,
    /// The planned column holds plans in force (some line is revised).
    pub revised: bool,
    pub rows: Vec<PerInhabitantRow>,
    pub csv: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetTable {
    pub id: String,
    pub caption: String,
    /// Heading of the first column ("Jahr", "Ziel" …).
    pub key_heading: String,
    pub rows: Vec<BudgetRow>,
    /// A correction between the rows and the total (amounts counted under
    /// several rows, negative), so that every column adds up on the page.
    pub adjustment: Option<BudgetRow>,
    /// On a page of a paged table: the rows on the other pages as one,
    /// so that the page's rows, this row and the adjustment add up to the
    /// total. Its rate is its own row's arithmetic like any other's.
    pub others: Option<BudgetRow>,
    /// The sum of the rows and the adjustment; none when the rows are not
    /// parts of a whole (the overview of one year beside all years).
    pub total: Option<BudgetRow>,
    /// Root-relative CSV download holding exactly these numbers.
    pub csv: Option<String>,
    /// Show the plans in force beside the plans first adopted: some line of
    /// the portal has a `revised` amount.
    pub revised: bool,
    /// Income lines: the rate is money received ÷ planned (Eingangsquote).
    pub income: bool,
}

/// Expense, income and their difference per year; amounts in cents.
#[derive(Debug, Clone, Serialize)]
pub struct NetRow {
    pub label: String,
    pub expense_planned: i64,
    pub income_planned: i64,
    pub net_planned: i64,
    pub expense_actual: Option<i64>,
    pub income_actual: Option<i64>,
    pub net_actual: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NetTable {
    pub id: &'static str,
    pub caption: String,
    pub rows: Vec<NetRow>,
    pub total: NetRow,
    pub csv: String,
    /// The planned columns hold plans in force (some line is revised).
    pub revised: bool,
}

/// One year against the year before: amounts and changes in cents, shares
/// in tenths of a percent.
#[derive(Debug, Clone, Serialize)]
pub struct YearOnYearRow {
    pub year: i32,
    pub planned: i64,
    pub planned_delta: Option<i64>,
    pub planned_percent: Option<i64>,
    pub actual: Option<i64>,
    pub actual_delta: Option<i64>,
    pub actual_percent: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearOnYearTable {
    pub id: &'static str,
    pub caption: String,
    pub rows: Vec<YearOnYearRow>,
    pub csv: String,
}

/// The budget page.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetView {
    pub overview: BudgetOverview,
    pub tables: Vec<BudgetTable>,
    /// The tables on pages of their own (by goal, by measure), which are
    /// then not among `tables`.
    pub paged: Vec<crate::render::pages::budget_pages::PagedTable>,
    /// Income by year and expense against income, when there is income.
    pub income: Option<BudgetTable>,
    pub net: Option<NetTable>,
    pub year_on_year: Option<YearOnYearTable>,
    /// Planned and actual by year as bars (trusted SVG made by `chart`).
    pub chart: Option<String>,
    /// The first [`DASHBOARD_ROWS`](crate::render::pages::progress_page::DASHBOARD_ROWS)
    /// measures serving several goals, and how many there are.
    pub shared_measures: Vec<Link>,
    pub shared_count: usize,
}

/// The budget year beside the year before and all years together.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetOverview {
    /// The year the page leads with; none without budget lines.
    pub year: Option<i32>,
    pub table: BudgetTable,
    /// "Ansatz 2025 gegenüber 2024: −21.200,00 € (−4,3 %)": the planned
    /// amount of `year` against the year before, both rows of `table`;
    /// none without a year before.
    pub planned_change: Option<String>,
    /// With site.toml `population`: the same periods per inhabitant.
    pub per_inhabitant: Option<PerInhabitantTable>,
}

/// A measure's budget lines one by one, with their sum.
#[derive(Debug, Clone, Serialize)]
pub struct LinesTable {
    pub id: &'static str,
    pub caption: String,
    pub rows: Vec<BudgetLineView>,
    /// Its planned and actual cells are the sums of the rows.
    pub total: BudgetRow,
    pub csv: Option<String>,
    /// Show each line's plan in force beside its planned amount.
    pub revised: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetLineView {
    pub year: i32,
    pub label: Option<String>,
    pub product: Option<String>,
    pub reference: Option<String>,
    pub planned: i64,
    /// The plan in force: `revised`, else `planned`.
    pub revised: i64,
    pub actual: Option<i64>,
}
