//! Budget tables as the pages show them: one row per year, goal, owner,
//! product or measure, a totals row, and the path of the CSV that repeats
//! the same numbers (`budget_csv.rs`).

use crate::base::vocab::{Kind, LineKind};
use crate::model::budget::{self, Totals};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{
    BudgetLineView, BudgetRow, BudgetTable, LinesTable, PerInhabitantRow,
};

pub fn budget_row(label: String, href: Option<String>, t: &Totals) -> BudgetRow {
    BudgetRow {
        label,
        href,
        planned: t.planned.0,
        revised: t.revised.0,
        basis: t.has_actual().then_some(t.planned_reported.0),
        actual: t.has_actual().then_some(t.actual.0),
        difference: t.difference().map(|c| c.0),
        rate: t.rate_tenths(),
    }
}

/// A row that takes `t` away: each amount negated, no rate.
fn subtracted_row(label: String, t: &Totals) -> BudgetRow {
    let neg = |c: Option<i64>| c.map(|c| -c);
    let row = budget_row(label, None, t);
    BudgetRow {
        planned: -row.planned,
        revised: -row.revised,
        basis: neg(row.basis),
        actual: neg(row.actual),
        difference: neg(row.difference),
        rate: None,
        ..row
    }
}

/// A period's plan in force and actual amount beside their shares per
/// inhabitant.
pub fn per_inhabitant_row(label: String, t: &Totals, population: u64) -> PerInhabitantRow {
    let actual = t.has_actual().then_some(t.actual);
    PerInhabitantRow {
        label,
        planned: t.revised.0,
        planned_per_inhabitant: budget::per_inhabitant(t.revised, population).0,
        actual: actual.map(|a| a.0),
        actual_per_inhabitant: actual.map(|a| budget::per_inhabitant(a, population).0),
    }
}

/// Table id, caption key and CSV file name of the expense or income table
/// by year, on the budget page and on goal and measure pages alike.
fn by_year_names(side: LineKind) -> (&'static str, &'static str, &'static str) {
    match side {
        LineKind::Expense => ("by-year", "budget_by_year", "by-year.csv"),
        LineKind::Income => ("income-by-year", "income_by_year", "income-by-year.csv"),
    }
}

/// The parts of a budget table that differ from table to table.
pub struct Spec {
    pub id: &'static str,
    pub caption: String,
    pub key_heading: String,
    pub rows: Vec<BudgetRow>,
    pub csv: Option<String>,
}

impl RenderContext<'_> {
    /// Some line of the portal has a `revised` amount: every budget table
    /// shows the plans in force beside the plans first adopted.
    pub fn shows_revised(&self) -> bool {
        let b = &self.site.budget;
        b.total.lines_revised + b.income.lines_revised > 0
    }

    /// A table whose rows are parts of `total`.
    pub fn budget_table(&self, spec: Spec, total: &Totals) -> BudgetTable {
        BudgetTable {
            id: spec.id.into(),
            caption: spec.caption,
            key_heading: spec.key_heading,
            rows: spec.rows,
            adjustment: None,
            others: None,
            total: Some(budget_row(self.text("total"), None, total)),
            csv: spec.csv,
            revised: self.shows_revised(),
            income: spec.id.starts_with("income"),
        }
    }

    /// Folder of the budget CSVs that belong to one goal or measure page.
    fn item_csv_dir(&self, kind: Kind, slug: &str) -> String {
        format!("{}/{}", self.words.budget, self.words.item(kind, slug))
    }

    fn year_rows(&self, by_year: &[(i32, Totals)]) -> Vec<BudgetRow> {
        by_year
            .iter()
            .map(|(y, t)| budget_row(y.to_string(), None, t))
            .collect()
    }

    /// Expense or income by year, with its total, as on the budget page.
    pub fn by_year_table(
        &self,
        kind: LineKind,
        by_year: &[(i32, Totals)],
        total: &Totals,
    ) -> BudgetTable {
        let (id, caption, file) = by_year_names(kind);
        let spec = Spec {
            id,
            caption: self.text(caption),
            key_heading: self.text("year"),
            rows: self.year_rows(by_year),
            csv: Some(format!("{}/{file}", self.words.budget)),
        };
        self.budget_table(spec, total)
    }

    /// Expense or income by year of a goal or measure page. A page shows
    /// its expense table always (it says when there is no budget), its
    /// income table only when there is income.
    pub fn item_budget(
        &self,
        kind: Kind,
        slug: &str,
        title: &str,
        side: LineKind,
        by_year: &[(i32, Totals)],
        total: &Totals,
    ) -> BudgetTable {
        let (id, caption, file) = by_year_names(side);
        let spec = Spec {
            id,
            caption: format!("{} – {title}", self.text(caption)),
            key_heading: self.text("year"),
            rows: self.year_rows(by_year),
            // No budget, no download: the page says so instead. A measure's
            // table by year is its lines summed by year: the lines' files
            // below it carry the same figures, so it has none of its own.
            csv: (kind == Kind::Goal && !by_year.is_empty())
                .then(|| format!("{}{file}", self.item_csv_dir(kind, slug))),
        };
        self.budget_table(spec, total)
    }

    /// A goal's expense by year, as its page and its council paper show it.
    pub fn goal_expense(&self, i: usize) -> BudgetTable {
        let g = &self.site.goals[i];
        let (slug, title) = (&g.item.slug, &g.item.title);
        self.item_budget(
            Kind::Goal,
            slug,
            title,
            LineKind::Expense,
            &g.budget_by_year,
            &g.budget,
        )
    }

    /// A measure's expense by year, as its page and its council paper show it.
    pub fn measure_expense(&self, i: usize) -> BudgetTable {
        let m = &self.site.measures[i];
        let (slug, title) = (&m.item.slug, &m.item.title);
        self.item_budget(
            Kind::Measure,
            slug,
            title,
            LineKind::Expense,
            &m.budget_by_year,
            &m.budget,
        )
    }

    /// A measure's expense or income lines one by one, with their sum.
    pub fn lines_table(&self, i: usize, side: LineKind) -> LinesTable {
        let m = &self.site.measures[i];
        let lines: Vec<_> = m
            .budget_lines
            .iter()
            .map(|&l| &self.site.budget_lines[l])
            .filter(|l| l.src.kind == side)
            .collect();
        let (id, caption, file, total) = match side {
            LineKind::Expense => ("lines", "budget_lines", "lines.csv", &m.budget),
            LineKind::Income => (
                "income-lines",
                "income_lines",
                "income-lines.csv",
                &m.income,
            ),
        };
        let rows = lines
            .iter()
            .map(|l| BudgetLineView {
                year: l.year,
                label: l.src.label.clone(),
                product: l.src.product.clone(),
                reference: l.src.reference.clone(),
                planned: l.planned.0,
                revised: l.src.revised.unwrap_or(l.planned).0,
                actual: l.actual.map(|a| a.0),
            })
            .collect();
        LinesTable {
            id,
            caption: format!("{} – {}", self.text(caption), m.item.title),
            rows,
            total: budget_row(self.text("total"), None, total),
            csv: (!lines.is_empty())
                .then(|| format!("{}{file}", self.item_csv_dir(Kind::Measure, &m.item.slug))),
            revised: self.shows_revised(),
        }
    }

    /// Expense by goal: a measure serving several goals counts under each,
    /// and a row takes the extra counts off again before the total. `shown`
    /// are positions in the goals with budget (`Budget::by_goal`); those
    /// on other pages are one row.
    pub fn by_goal_table(&self, shown: &[usize]) -> BudgetTable {
        let b = &self.site.budget;
        let dir = format!("{}/", self.words.budget);
        let goal_rows = shown.iter().map(|&n| {
            let (g, t) = &b.by_goal[n];
            let goal = &self.site.goals[*g].item;
            budget_row(
                goal.title.clone(),
                Some(self.href(Kind::Goal, &goal.slug)),
                t,
            )
        });
        let mut by_goal = self.budget_table(
            Spec {
                id: "by-goal",
                caption: self.text("budget_by_goal"),
                key_heading: self.text("goal"),
                rows: goal_rows.collect(),
                csv: Some(format!("{dir}by-goal.csv")),
            },
            &b.total,
        );
        by_goal.others = self.others_row("budget_other_goals", shown, b.by_goal.len(), |n| {
            &b.by_goal[n].1
        });
        by_goal.adjustment = (b.counted_twice.lines > 0)
            .then(|| subtracted_row(self.text("counted_twice"), &b.counted_twice));
        by_goal.total = Some(budget_row(self.text("total_counted_once"), None, &b.total));
        by_goal
    }

    /// The rows of a paged table that are not on this page (`shown` of
    /// `0..count`), as one; none when all are shown.
    fn others_row<'t>(
        &self,
        label_key: &str,
        shown: &[usize],
        count: usize,
        totals: impl Fn(usize) -> &'t Totals,
    ) -> Option<BudgetRow> {
        if shown.len() >= count {
            return None;
        }
        let on_page: std::collections::HashSet<usize> = shown.iter().copied().collect();
        let others: Vec<&Totals> = (0..count)
            .filter(|n| !on_page.contains(n))
            .map(totals)
            .collect();
        let label = self
            .text(label_key)
            .replace("{count}", &others.len().to_string());
        Some(budget_row(label, None, &budget::sum(others.into_iter())))
    }

    /// The tables of the budget page: by year, goal, owner, product (when
    /// lines have product codes) and measure; all of them expense.
    /// The measures with budget lines, in the measures' order.
    pub fn budget_measures(&self) -> Vec<usize> {
        (0..self.site.measures.len())
            .filter(|&i| self.site.measures[i].budget.lines > 0)
            .collect()
    }

    /// Expense by measure: `shown` are positions in the measures with
    /// budget lines ([`Self::budget_measures`]); those on other pages
    /// are one row.
    pub fn by_measure_table(&self, shown: &[usize]) -> BudgetTable {
        let measures = &self.site.measures;
        let all = self.budget_measures();
        let rows = shown
            .iter()
            .map(|&n| {
                let m = &measures[all[n]];
                budget_row(
                    m.item.title.clone(),
                    Some(self.href(Kind::Measure, &m.item.slug)),
                    &m.budget,
                )
            })
            .collect();
        let mut table = self.budget_table(
            Spec {
                id: "by-measure",
                caption: self.text("budget_by_measure"),
                key_heading: self.text("measure"),
                rows,
                csv: Some(format!("{}/by-measure.csv", self.words.budget)),
            },
            &self.site.budget.total,
        );
        table.others = self.others_row("budget_other_pages", shown, all.len(), |n| {
            &measures[all[n]].budget
        });
        table
    }

    pub fn budget_tables(&self) -> Vec<BudgetTable> {
        let b = &self.site.budget;
        let dir = format!("{}/", self.words.budget);
        let by_year = self.by_year_table(LineKind::Expense, &b.by_year, &b.total);
        let paged = self.paged_tables();
        let unpaged = |id: &str| !paged.iter().any(|p| p.id == id);
        let by_goal = unpaged("by-goal")
            .then(|| self.by_goal_table(&(0..b.by_goal.len()).collect::<Vec<_>>()));
        let labelled = |rows: &[(String, Totals)], empty: &str| -> Vec<BudgetRow> {
            rows.iter()
                .map(|(k, t)| {
                    let label = if k.is_empty() {
                        self.text(empty)
                    } else {
                        k.clone()
                    };
                    budget_row(label, None, t)
                })
                .collect()
        };
        let by_owner = self.budget_table(
            Spec {
                id: "by-owner",
                caption: self.text("budget_by_owner"),
                key_heading: self.text("owner"),
                rows: labelled(&b.by_owner, "no_owner"),
                csv: Some(format!("{dir}by-owner.csv")),
            },
            &b.total,
        );
        let by_product = b.by_product.iter().any(|(p, _)| !p.is_empty()).then(|| {
            self.budget_table(
                Spec {
                    id: "by-product",
                    caption: self.text("budget_by_product"),
                    key_heading: self.text("product"),
                    rows: labelled(&b.by_product, "no_product"),
                    csv: Some(format!("{dir}by-product.csv")),
                },
                &b.total,
            )
        });
        let by_measure = unpaged("by-measure")
            .then(|| self.by_measure_table(&(0..self.budget_measures().len()).collect::<Vec<_>>()));
        [
            Some(by_year),
            by_goal,
            Some(by_owner),
            by_product,
            by_measure,
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}
