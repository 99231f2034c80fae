//! Every table on every page, recomputed from the numbers shown in that
//! table, as a reader with a calculator would: differences, rates, totals,
//! changes on the year before and shares. The model is not consulted; a
//! figure that cannot be recomputed from its own table fails here. The CSV
//! linked under a table must hold exactly the numbers shown.
//!
//! Columns are told apart by `data-col` on their header cell; a numeric
//! column (`class="num"`) without one, or with an unknown one, is an error,
//! so a new column cannot slip past these checks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::{ElementRef, Html, Selector};

use crate::util::*;

/// The benchmark portal generator, compiled into this test (its `main` is
/// the command-line front end the benchmarks use).
#[allow(dead_code)]
#[path = "../../examples/generate.rs"]
pub(crate) mod generate;

/// A generated portal of `measures` measures without PDFs. The tests at
/// this size read pages, tables and lists; tests/integration/pdf.rs reads
/// the PDFs. Typst took four fifths of a debug build of 1,000 measures
/// (36 s with the PDFs, 7 s without).
pub(crate) fn generate_without_pdfs(portal: &Path, measures: usize, seed: u64) {
    generate::generate(portal, measures, seed);
    prepend_to_site_toml(portal, "pdf = false");
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn text(e: ElementRef) -> String {
    clean(e.text().collect())
}

/// A German number with `decimals` decimals and a unit, signed with `−`
/// or `+` (`+94.000,00 €`, `−4,3 %`), scaled to an integer; `–` → none.
fn de_number(s: &str, unit: &str, decimals: usize) -> Option<i64> {
    if s == "–" {
        return None;
    }
    let t = s
        .strip_suffix(unit)
        .unwrap_or_else(|| panic!("{s:?} does not end in {unit:?}"));
    let (neg, t) = match t.strip_prefix('−') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int, frac) = t
        .split_once(',')
        .unwrap_or_else(|| panic!("no decimals: {s:?}"));
    assert_eq!(frac.len(), decimals, "{s:?}");
    let v: i64 = format!("{}{frac}", int.replace('.', "")).parse().unwrap();
    Some(if neg { -v } else { v })
}

/// `50.000,00 €` → cents.
pub(crate) fn money(s: &str) -> Option<i64> {
    de_number(s, " €", 2)
}

/// `96,5 %` → tenths of a percent: rates have one decimal.
fn rate(s: &str) -> Option<i64> {
    de_number(s, " %", 1)
}

/// part ÷ whole in tenths of a percent, half away from zero, computed here
/// independently of klarsicht.
fn tenths(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| {
        let q = (2 * i128::from(part.abs()) * 1000 + i128::from(whole)) / (2 * i128::from(whole));
        (if part < 0 { -q } else { q }) as i64
    })
}

/// What a column holds, from its header's `data-col`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Planned,
    Revised,
    Basis,
    Actual,
    Difference,
    Rate,
    /// A change on the previous row of the column named by `data-of`.
    Change,
    ChangePercent,
    Count,
    Share,
    /// An amount ÷ the table's `data-population`, of the column `data-of`.
    PerInhabitant,
    /// Expense, income and net = expense − income, of the `data-of` amount.
    Expense,
    Income,
    Net,
    /// Share of a period passed, and how far progress trails it:
    /// gap = elapsed − progress, in percentage points.
    Progress,
    Elapsed,
    Gap,
    /// Shown, not derived: progress, measured values, file sizes.
    Plain,
}

fn col(name: &str) -> Col {
    match name {
        "planned" => Col::Planned,
        "revised" => Col::Revised,
        "per_inhabitant" => Col::PerInhabitant,
        "expense" => Col::Expense,
        "income" => Col::Income,
        "net" => Col::Net,
        "basis" => Col::Basis,
        "actual" => Col::Actual,
        "difference" => Col::Difference,
        "rate" => Col::Rate,
        "change" => Col::Change,
        "change_percent" => Col::ChangePercent,
        "count" => Col::Count,
        "share" => Col::Share,
        "progress" => Col::Progress,
        "elapsed" => Col::Elapsed,
        "gap" => Col::Gap,
        "value" | "size" => Col::Plain,
        other => panic!("unknown data-col {other:?}: teach this test what it means"),
    }
}

const SUMMED: [Col; 5] = [
    Col::Planned,
    Col::Basis,
    Col::Actual,
    Col::Difference,
    Col::Count,
];

#[derive(Debug)]
struct Row {
    class: String,
    cells: Vec<String>,
}

#[derive(Debug)]
struct Table {
    name: String,
    /// Per column: what it holds, and for a change the column it compares.
    cols: Vec<Option<(Col, Option<String>)>>,
    body: Vec<Row>,
    foot: Vec<Row>,
    csv: Option<String>,
    population: Option<i64>,
}

/// A row's cells with colspans spread out, so that index i is column i.
fn row_cells(tr: ElementRef) -> Vec<String> {
    let mut cells = Vec::new();
    for c in tr.select(&sel("th, td")) {
        cells.push(text(c));
        let span: usize = c.value().attr("colspan").map_or(1, |n| n.parse().unwrap());
        cells.extend(std::iter::repeat_n(String::new(), span - 1));
    }
    cells
}

fn read_table(page: &str, t: ElementRef) -> Table {
    let name = format!(
        "{page} {}",
        t.value()
            .attr("id")
            .map(str::to_string)
            .or_else(|| t.select(&sel("caption")).next().map(text))
            .unwrap_or_default()
    );
    let cols = t
        .select(&sel("thead th"))
        .map(|th| {
            let v = th.value();
            let numeric = v.classes().any(|c| c == "num");
            match v.attr("data-col") {
                Some(c) => Some((col(c), v.attr("data-of").map(str::to_string))),
                None => {
                    assert!(
                        !numeric,
                        "{name}: numeric column {:?} has no data-col",
                        text(th)
                    );
                    None
                }
            }
        })
        .collect::<Vec<_>>();
    // A table without rows has one placeholder cell spanning all columns.
    let placeholder = format!("td[colspan='{}']", cols.len());
    let rows = |css: &str| {
        t.select(&sel(css))
            .filter(|tr| tr.select(&sel(&placeholder)).next().is_none())
            .map(|tr| Row {
                class: tr.value().attr("class").unwrap_or("").to_string(),
                cells: row_cells(tr),
            })
            .inspect(|r| assert_eq!(r.cells.len(), cols.len(), "{name}: {:?}", r.cells))
            .collect::<Vec<_>>()
    };
    let (body, foot) = (rows("tbody tr"), rows("tfoot tr"));
    let wrap = ElementRef::wrap(t.parent().unwrap()).unwrap();
    let csv = wrap
        .next_siblings()
        .filter_map(ElementRef::wrap)
        .take_while(|e| e.value().name() == "p")
        .find_map(|p| p.select(&sel("a[download]")).next())
        .map(|a| a.value().attr("href").unwrap().to_string());
    let population = t
        .value()
        .attr("data-population")
        .map(|p| p.parse().unwrap());
    Table {
        name,
        cols,
        body,
        foot,
        csv,
        population,
    }
}

/// What one run checked, by kind, so that the test can see it checked something.
#[derive(Debug, Default)]
struct Tally {
    tables: usize,
    differences: usize,
    rates: usize,
    totals: usize,
    changes: usize,
    shares: usize,
    per_inhabitant: usize,
    nets: usize,
    /// Tables with a revised-plan column.
    revised: usize,
    gaps: usize,
    xlsx: usize,
    csvs: usize,
}

fn index(t: &Table, c: Col) -> Option<usize> {
    t.cols
        .iter()
        .position(|x| x.as_ref().map(|x| x.0) == Some(c))
}

fn value(c: Col, s: &str) -> Option<i64> {
    match c {
        Col::Rate | Col::ChangePercent => rate(s),
        Col::Count => (!s.is_empty()).then(|| s.parse().unwrap()),
        _ => money(s),
    }
}

/// Difference = basis − actual and rate = actual ÷ basis in every row.
fn check_rows(t: &Table, n: &mut Tally) {
    let (Some(b), Some(a), Some(d), Some(r)) = (
        index(t, Col::Basis),
        index(t, Col::Actual),
        index(t, Col::Difference),
        index(t, Col::Rate),
    ) else {
        return;
    };
    for row in t.body.iter().chain(&t.foot) {
        let c = &row.cells;
        let (basis, actual, diff) = (money(&c[b]), money(&c[a]), money(&c[d]));
        assert_eq!(basis.is_some(), actual.is_some(), "{}: {c:?}", t.name);
        assert_eq!(
            diff,
            basis.zip(actual).map(|(b, a)| b - a),
            "{}: difference in {c:?}",
            t.name
        );
        n.differences += usize::from(diff.is_some());
        let expected = if row.class == "adjustment" {
            None
        } else {
            basis.zip(actual).and_then(|(b, a)| tenths(a, b))
        };
        assert_eq!(rate(&c[r]), expected, "{}: rate in {c:?}", t.name);
        n.rates += usize::from(expected.is_some());
    }
}

/// The body rows and the adjustment add up to the total row, column by column.
fn check_totals(t: &Table, n: &mut Tally) {
    let Some(total) = t.foot.iter().find(|r| r.class == "total") else {
        return;
    };
    let parts: Vec<&Row> = t
        .body
        .iter()
        .chain(
            t.foot
                .iter()
                .filter(|r| r.class == "adjustment" || r.class == "others"),
        )
        .collect();
    for (i, c) in t.cols.iter().enumerate() {
        let Some((c, _)) = c else { continue };
        if !SUMMED.contains(c) {
            continue;
        }
        let values: Vec<Option<i64>> = parts.iter().map(|r| value(*c, &r.cells[i])).collect();
        let sum = values
            .iter()
            .any(Option::is_some)
            .then(|| values.iter().flatten().sum::<i64>());
        assert_eq!(
            value(*c, &total.cells[i]),
            sum,
            "{}: column {i} total",
            t.name
        );
        n.totals += 1;
    }
}

/// Each change is this row's amount minus the previous row's, and its
/// percentage that change ÷ the previous row's amount.
fn check_changes(t: &Table, n: &mut Tally) {
    for (i, c) in t.cols.iter().enumerate() {
        let Some((Col::Change, Some(of))) = c else {
            continue;
        };
        let src = index(t, col(of)).unwrap();
        let pct = t.cols.iter().position(|x| {
            x.as_ref()
                .is_some_and(|(c, o)| *c == Col::ChangePercent && o.as_deref() == Some(of.as_str()))
        });
        let mut before: Option<Option<i64>> = None;
        for row in &t.body {
            let now = money(&row.cells[src]);
            let expected = before.and_then(|b| {
                // A planned amount is zero for a year without lines; an
                // actual amount compares only with an actual amount.
                match (b, now) {
                    (Some(b), Some(x)) => Some((b, x - b)),
                    _ => None,
                }
            });
            assert_eq!(
                money(&row.cells[i]),
                expected.map(|e| e.1),
                "{}: change in {:?}",
                t.name,
                row.cells
            );
            if let Some(p) = pct {
                let want = expected.and_then(|(b, delta)| tenths(delta, b));
                assert_eq!(
                    rate(&row.cells[p]),
                    want,
                    "{}: change % in {:?}",
                    t.name,
                    row.cells
                );
            }
            n.changes += usize::from(expected.is_some());
            before = Some(now);
        }
    }
}

/// The column of kind `c` whose `data-of` is `of`.
fn index_of(t: &Table, c: Col, of: &str) -> Option<usize> {
    t.cols.iter().position(|x| {
        x.as_ref()
            .is_some_and(|(k, o)| *k == c && o.as_deref() == Some(of))
    })
}

/// Each per-inhabitant figure is its amount ÷ the population, to the cent.
fn check_per_inhabitant(t: &Table, n: &mut Tally) {
    for (i, c) in t.cols.iter().enumerate() {
        let Some((Col::PerInhabitant, Some(of))) = c else {
            continue;
        };
        let p = t
            .population
            .unwrap_or_else(|| panic!("{}: no data-population", t.name));
        let src = index(t, col(of)).unwrap();
        for row in t.body.iter().chain(&t.foot) {
            let want = money(&row.cells[src]).map(|a| {
                let q = (2 * a.abs() + p) / (2 * p);
                if a < 0 { -q } else { q }
            });
            assert_eq!(
                money(&row.cells[i]),
                want,
                "{}: per inhabitant in {:?}",
                t.name,
                row.cells
            );
            n.per_inhabitant += usize::from(want.is_some());
        }
    }
}

/// Net = expense − income for the planned and the actual amounts; a side
/// without an actual amount counts as zero, and none when neither has one.
fn check_net(t: &Table, n: &mut Tally) {
    for of in ["planned", "actual"] {
        let (Some(e), Some(i), Some(x)) = (
            index_of(t, Col::Expense, of),
            index_of(t, Col::Income, of),
            index_of(t, Col::Net, of),
        ) else {
            continue;
        };
        for row in t.body.iter().chain(&t.foot) {
            let (exp, inc) = (money(&row.cells[e]), money(&row.cells[i]));
            let want =
                (exp.is_some() || inc.is_some()).then(|| exp.unwrap_or(0) - inc.unwrap_or(0));
            assert_eq!(
                money(&row.cells[x]),
                want,
                "{}: net in {:?}",
                t.name,
                row.cells
            );
            n.nets += 1;
        }
    }
}

/// Whole percent (`45 %`) or percentage points (`39 Prozentpunkte`).
fn whole(s: &str) -> Option<i64> {
    let n = s
        .strip_suffix(" %")
        .or_else(|| s.strip_suffix(" Prozentpunkte"))?;
    Some(
        n.parse()
            .unwrap_or_else(|_| panic!("not a whole number: {s:?}")),
    )
}

/// Behind by = period passed − progress, in every row.
fn check_gaps(t: &Table, n: &mut Tally) {
    let (Some(p), Some(e), Some(g)) = (
        index(t, Col::Progress),
        index(t, Col::Elapsed),
        index(t, Col::Gap),
    ) else {
        return;
    };
    for row in &t.body {
        let c = &row.cells;
        let (progress, elapsed) = (whole(&c[p]).unwrap(), whole(&c[e]).unwrap());
        assert_eq!(whole(&c[g]), Some(elapsed - progress), "{}: {c:?}", t.name);
        assert!(
            elapsed - progress > 20,
            "{}: listed, but not behind: {c:?}",
            t.name
        );
        n.gaps += 1;
    }
}

/// Each share is its count ÷ the total count, in whole percent, halves up.
fn check_shares(t: &Table, n: &mut Tally) {
    let (Some(c), Some(s)) = (index(t, Col::Count), index(t, Col::Share)) else {
        return;
    };
    let total: i64 = t
        .foot
        .iter()
        .find(|r| r.class == "total")
        .map(|r| r.cells[c].parse().unwrap())
        .unwrap_or_else(|| panic!("{}: shares need a total count", t.name));
    for row in &t.body {
        let count: i64 = row.cells[c].parse().unwrap();
        let shown: i64 = row.cells[s].trim_end_matches(" %").parse().unwrap();
        assert_eq!(
            shown,
            (200 * count + total) / (2 * total),
            "{}: share in {:?}",
            t.name,
            row.cells
        );
        n.shares += 1;
    }
}

/// A shown cell in the CSV's machine format.
fn machine(c: Option<Col>, s: &str) -> String {
    if s == "–" {
        return String::new();
    }
    let fmt = |v: i64, scale: u32| {
        let p = 10i64.pow(scale);
        let sign = if v < 0 { "-" } else { "" };
        format!(
            "{sign}{}.{:0w$}",
            v.abs() / p,
            v.abs() % p,
            w = scale as usize
        )
    };
    match c {
        Some(
            Col::Planned
            | Col::Revised
            | Col::Basis
            | Col::Actual
            | Col::Difference
            | Col::Change
            | Col::PerInhabitant
            | Col::Expense
            | Col::Income
            | Col::Net,
        ) => fmt(money(s).unwrap(), 2),
        Some(Col::Rate | Col::ChangePercent) => fmt(rate(s).unwrap(), 1),
        _ => s.to_string(),
    }
}

/// The CSV under a table holds its rows, cell for cell, in machine format.
fn check_csv(out: &Path, page_dir: &Path, t: &Table, n: &mut Tally) {
    let Some(href) = &t.csv else { return };
    let file = page_dir
        .join(href)
        .canonicalize()
        .unwrap_or_else(|e| panic!("{href}: {e}"));
    assert!(file.starts_with(out.canonicalize().unwrap()), "{href}");
    let mut reader = csv::Reader::from_path(&file).unwrap();
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let shown: Vec<Vec<String>> = t
        .body
        .iter()
        .chain(&t.foot)
        .map(|r| {
            r.cells
                .iter()
                .enumerate()
                .map(|(i, s)| machine(t.cols[i].as_ref().map(|c| c.0), s))
                .collect()
        })
        .collect();
    if t.foot.iter().any(|r| r.class == "others") {
        // A page of a paged table: its rows are a run of the CSV's lines
        // (which hold every row), its total the CSV's last line.
        let body = &shown[..t.body.len()];
        let start = records
            .iter()
            .position(|r| *r == body[0])
            .unwrap_or_else(|| panic!("{}: {href} lacks {:?}", t.name, body[0]));
        assert_eq!(
            records[start..start + body.len()],
            *body,
            "{}: {href}",
            t.name
        );
        assert_eq!(records.last(), shown.last(), "{}: {href}", t.name);
    } else {
        assert_eq!(records, shown, "{}: {href}", t.name);
    }
    n.csvs += 1;
    check_xlsx(&file.with_extension("xlsx"), t, &records);
    n.xlsx += 1;
}

/// The Excel twin beside a CSV holds the same rows: money to the cent,
/// rates as fractions (96.5 % = 0.965), text as written.
fn check_xlsx(file: &Path, t: &Table, records: &[Vec<String>]) {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let rows: Vec<Vec<Data>> = range.rows().skip(1).map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), records.len(), "{file:?}");
    for (row, rec) in rows.iter().zip(records) {
        for (i, csv) in rec.iter().enumerate() {
            let cell = row.get(i).cloned().unwrap_or(Data::Empty);
            let rate = matches!(
                t.cols[i].as_ref().map(|c| c.0),
                Some(Col::Rate | Col::ChangePercent)
            );
            let same = match &cell {
                Data::Empty => csv.is_empty(),
                Data::String(s) => s == csv.strip_prefix('\'').unwrap_or(csv),
                Data::Float(f) if rate => {
                    (f * 1000.0).round() == (csv.parse::<f64>().unwrap() * 10.0).round()
                }
                Data::Float(f) => {
                    (f * 100.0).round() == (csv.parse::<f64>().unwrap() * 100.0).round()
                }
                other => panic!("{file:?}: unexpected cell {other:?}"),
            };
            assert!(same, "{file:?}: cell {cell:?} against the CSV's {csv:?}");
        }
    }
}

fn check_site(out: &Path) -> (Tally, BTreeMap<String, usize>) {
    let mut n = Tally::default();
    let mut tables_on: BTreeMap<String, usize> = BTreeMap::new();
    for p in html_pages(out) {
        // The English pages show the same figures in English formats; this
        // check reads German ones.
        if p.starts_with("en/") {
            continue;
        }
        let doc = Html::parse_document(&std::fs::read_to_string(out.join(&p)).unwrap());
        let dir: PathBuf = out.join(&p).parent().unwrap().to_path_buf();
        for t in doc.select(&sel("table")) {
            let t = read_table(&p, t);
            check_rows(&t, &mut n);
            check_totals(&t, &mut n);
            check_changes(&t, &mut n);
            check_shares(&t, &mut n);
            check_per_inhabitant(&t, &mut n);
            check_net(&t, &mut n);
            check_gaps(&t, &mut n);
            check_csv(out, &dir, &t, &mut n);
            n.tables += 1;
            n.revised += usize::from(index(&t, Col::Revised).is_some());
            *tables_on.entry(p.clone()).or_default() += 1;
        }
    }
    (n, tables_on)
}

#[test]
fn every_table_of_the_example_recomputes_from_its_own_numbers() {
    let (_tmp, out) = build_example();
    let (n, on) = check_site(&out);
    // The budget page: overview, per inhabitant, by year, year on year, by
    // goal, owner, measure, income by year, and expense against income.
    assert_eq!(on["haushalt/index.html"], 9);
    assert_eq!(on["index.html"], 2);
    // Three rows of the overview, on the home page and the budget page.
    assert_eq!(n.per_inhabitant, 2 * (3 + 2), "{n:?}");
    assert!(n.nets >= 12, "{n:?}");
    // Two measures behind schedule on 15 July 2025.
    assert_eq!(n.gaps, 2, "{n:?}");
    assert!(n.tables >= 65, "{n:?}");
    // Every kind of check ran, and ran often.
    assert!(n.differences >= 70 && n.rates >= 70, "{n:?}");
    assert!(n.totals >= 90 && n.changes >= 5 && n.shares == 7, "{n:?}");
    assert!(n.csvs >= 30 && n.xlsx == n.csvs, "{n:?}");
}

#[test]
fn every_table_of_a_generated_thousand_measure_portal_recomputes() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    generate_without_pdfs(&portal, 1_000, 1);
    let (_o, out) = build_portal(&portal, "2025-07-15");
    let (n, on) = check_site(&out);
    // The example's nine and the table by product, but the table by
    // measure: 1,000 measures fill 20 pages of their own, 50 rows each.
    assert_eq!(on["haushalt/index.html"], 9);
    let pages: Vec<&String> = on
        .keys()
        .filter(|p| p.starts_with("haushalt/massnahmen/"))
        .collect();
    assert_eq!(pages.len(), 20, "{pages:?}");
    assert!(on.contains_key("haushalt/massnahmen/seite/20/index.html"));
    assert!(
        n.revised >= 1_000 && n.nets >= 12 && n.per_inhabitant >= 6,
        "{n:?}"
    );
    // 1,000 measure pages with a budget table and a lines table each; of
    // the two, only the lines have files (the table by year sums them).
    assert!(n.tables >= 2_000, "{n:?}");
    assert!(
        n.rates >= 2_000 && n.totals >= 4_000 && n.csvs >= 1_000,
        "{n:?}"
    );
    let mut with_files = 0;
    for dir in std::fs::read_dir(out.join("haushalt/massnahmen")).unwrap() {
        let dir = dir.unwrap().path();
        if dir.ends_with("seite") || dir.ends_with("index.html") {
            continue;
        }
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names.retain(|n| !n.starts_with("income-lines."));
        assert_eq!(names, ["lines.csv", "lines.xlsx"], "{}", dir.display());
        with_files += 1;
    }
    assert_eq!(with_files, 1_000);
}

#[test]
fn paged_budget_tables_add_up_on_every_page() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    generate_without_pdfs(&portal, 300, 2);
    prepend_to_site_toml(&portal, "page_size = 10");
    let (_o, out) = build_portal(&portal, "2025-07-15");
    let (n, on) = check_site(&out);
    // 300 measures serve 6 goals: by goal on one page of 10 rows would do,
    // so it stays on the budget page; by measure fills 30 pages.
    let by_measure = on
        .keys()
        .filter(|p| p.starts_with("haushalt/massnahmen/"))
        .count();
    assert_eq!(by_measure, 30);
    assert!(!out.join("haushalt/ziele/index.html").exists());
    assert!(n.csvs >= 300, "{n:?}");
    // Eleven goals in a portal of 550 measures: by goal on 2 pages, the
    // second with one goal and the ten others in one row.
    let portal = tmp.path().join("portal-11");
    generate_without_pdfs(&portal, 550, 3);
    prepend_to_site_toml(&portal, "page_size = 10");
    let (_o2, out) = build_portal(&portal, "2025-07-15");
    check_site(&out);
    let doc = Html::parse_document(
        &std::fs::read_to_string(out.join("haushalt/ziele/seite/2/index.html")).unwrap(),
    );
    let rows: Vec<String> = doc
        .select(&sel("#by-goal tbody tr, #by-goal tfoot tr"))
        .map(|r| r.value().attr("class").unwrap_or("").to_string())
        .collect();
    assert_eq!(rows, ["", "others", "adjustment", "total"]);
    let label = doc
        .select(&sel("#by-goal tr.others th"))
        .map(|t| t.text().collect::<String>())
        .collect::<Vec<_>>();
    assert_eq!(label, ["Ziele auf den anderen Seiten (10)"]);
}
