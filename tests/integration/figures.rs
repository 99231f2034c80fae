//! The figures of the built example, read back from its pages and CSVs:
//! totals are the sums of their lines to the cent, the CSVs hold exactly the
//! numbers shown, and progress shown is what the stated rules give.

use std::collections::BTreeMap;
use std::path::Path;

use scraper::{ElementRef, Html, Selector};

use crate::util::*;

pub(crate) fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

/// `50.000,00 €` / `−1,50 €` → cents; `–` → none.
pub(crate) fn de_money(text: &str) -> Option<i64> {
    if text == "–" {
        return None;
    }
    let t = text
        .strip_suffix(" €")
        .unwrap_or_else(|| panic!("not money: {text}"));
    let (neg, t) = match t.strip_prefix('−') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (int, frac) = t
        .split_once(',')
        .unwrap_or_else(|| panic!("no cents: {text}"));
    assert_eq!(frac.len(), 2, "{text}");
    let cents: i64 = format!("{}{frac}", int.replace('.', "")).parse().unwrap();
    Some(if neg { -cents } else { cents })
}

/// Cents in the CSV machine format: `48250.50`, `-1.50`.
fn machine(c: Option<i64>) -> String {
    match c {
        None => String::new(),
        Some(c) => {
            let sign = if c < 0 { "-" } else { "" };
            format!("{sign}{}.{:02}", c.abs() / 100, c.abs() % 100)
        }
    }
}

/// Execution rate as the page prints it: basis points, half up, German decimals.
fn rate_text(actual: i64, base: i64) -> String {
    let bp = (2 * actual * 10_000 + base) / (2 * base);
    format!("{},{:02} %", bp / 100, bp % 100)
}

struct Table {
    id: String,
    rows: Vec<Vec<String>>,
    total: Vec<String>,
    csv: Option<String>,
}

/// Every budget table of a page, with the CSV link that follows it.
fn budget_tables(doc: &Html) -> Vec<Table> {
    let mut out = Vec::new();
    for t in doc.select(&sel("table.budget")) {
        let id = t.value().attr("id").unwrap().to_string();
        let one = |css: &str| {
            let frag = Html::parse_fragment(&t.html());
            cells(&frag, css)
        };
        // A table without lines has one placeholder row spanning all columns.
        let rows: Vec<Vec<String>> = one("tbody tr")
            .into_iter()
            .filter(|r| r.len() == 5)
            .collect();
        let total = one("tfoot tr").remove(0);
        // The download is the first `a[download]` after the table's wrapper.
        let wrap = ElementRef::wrap(t.parent().unwrap()).unwrap();
        let csv = wrap
            .next_siblings()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "p" && e.value().classes().any(|c| c == "download"))
            .and_then(|p| p.select(&sel("a[download]")).next())
            .map(|a| a.value().attr("href").unwrap().to_string());
        out.push(Table {
            id,
            rows,
            total,
            csv,
        });
    }
    out
}

fn column(rows: &[Vec<String>], i: usize) -> Vec<Option<i64>> {
    rows.iter().map(|r| de_money(&r[i])).collect()
}

fn sum(values: &[Option<i64>]) -> Option<i64> {
    values
        .iter()
        .any(Option::is_some)
        .then(|| values.iter().flatten().sum())
}

/// Checks one table: columns sum to the totals row (except planned in
/// by-goal, checked by the caller), rates follow from actual and difference,
/// and the CSV repeats exactly the numbers shown.
fn check_table(out: &Path, page_dir: &Path, t: &Table) {
    let planned = column(&t.rows, 1);
    let actual = column(&t.rows, 2);
    let diff = column(&t.rows, 3);
    let total = |i: usize| de_money(&t.total[i]);
    if t.id != "by-goal" {
        assert_eq!(
            sum(&planned),
            total(1).filter(|_| !t.rows.is_empty()),
            "{}: planned",
            t.id
        );
        assert_eq!(sum(&actual), total(2), "{}: actual", t.id);
        assert_eq!(sum(&diff), total(3), "{}: difference", t.id);
    }
    for r in t.rows.iter().chain(std::iter::once(&t.total)) {
        match (de_money(&r[2]), de_money(&r[3])) {
            (Some(a), Some(d)) => assert_eq!(r[4], rate_text(a, a + d), "{}: rate of {r:?}", t.id),
            _ => assert_eq!(r[4], "–", "{}: {r:?}", t.id),
        }
    }
    let href = t
        .csv
        .as_ref()
        .unwrap_or_else(|| panic!("{}: no CSV link", t.id));
    let file = page_dir.join(href);
    let file = file
        .canonicalize()
        .unwrap_or_else(|e| panic!("{href}: {e}"));
    assert!(file.starts_with(out.canonicalize().unwrap()));
    let mut reader = csv::Reader::from_path(&file).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().skip(1).collect::<Vec<_>>(),
        ["planned", "actual", "difference", "execution_rate_percent"]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        records.len(),
        t.rows.len() + 1,
        "{href}: one line per row plus the total"
    );
    for (rec, row) in records
        .iter()
        .zip(t.rows.iter().chain(std::iter::once(&t.total)))
    {
        assert_eq!(&rec[0], row[0].as_str(), "{href}");
        for i in 1..=3 {
            assert_eq!(&rec[i], machine(de_money(&row[i])), "{href}: {row:?}");
        }
        let rate = row[4].trim_end_matches(" %").replace(',', ".");
        if rate == "–" {
            assert_eq!(&rec[4], "");
        } else {
            assert_eq!(rec[4].parse::<f64>().unwrap(), rate.parse::<f64>().unwrap());
        }
    }
}

fn all_pages(out: &Path, folder: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(out.join(folder))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("index.html").is_file())
        .map(|e| format!("{folder}/{}/index.html", e.file_name().to_string_lossy()))
        .collect();
    v.sort();
    v
}

#[test]
fn every_budget_table_reconciles_with_its_lines_and_its_csv() {
    let (_tmp, out) = build_example();
    let mut pages = vec!["haushalt/index.html".to_string()];
    pages.extend(all_pages(&out, "ziele"));
    pages.extend(all_pages(&out, "massnahmen"));
    let mut checked = 0;
    for p in &pages {
        let doc = page(&out, p);
        let dir = out.join(p).parent().unwrap().to_path_buf();
        for t in budget_tables(&doc) {
            if t.rows.is_empty() {
                continue;
            }
            check_table(&out, &dir, &t);
            checked += 1;
        }
    }
    // 4 on the budget page, 5 goals with money, 10 measures with money.
    assert_eq!(checked, 4 + 5 + 10);
}

#[test]
fn the_budget_page_counts_shared_measures_once() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "haushalt/index.html");
    let tables: BTreeMap<String, Table> = budget_tables(&doc)
        .into_iter()
        .map(|t| (t.id.clone(), t))
        .collect();
    assert_eq!(
        tables.keys().collect::<Vec<_>>(),
        ["by-goal", "by-measure", "by-owner", "by-year"]
    );
    let grand = de_money(&tables["by-year"].total[1]).unwrap();
    for id in ["by-goal", "by-owner", "by-measure"] {
        assert_eq!(de_money(&tables[id].total[1]), Some(grand), "{id}");
        assert_eq!(tables[id].total[2], tables["by-year"].total[2], "{id}");
    }
    // By goal, each shared measure counts once per goal it serves: the rows
    // exceed the total by (goals − 1) × its planned amount. Both figures are
    // read from the measure pages the note links to.
    let note = doc
        .select(&sel("p.note"))
        .find(|p| p.text().collect::<String>().contains("mehreren Zielen"))
        .expect("note on shared measures");
    let mut extra = 0;
    let mut shared = 0;
    for a in note.select(&sel("a")) {
        let href = a.value().attr("href").unwrap();
        let m = page(
            &out,
            &format!("{}index.html", href.trim_start_matches("../")),
        );
        let goals = m.select(&sel(".facts a[href*='ziele/']")).count();
        let planned = de_money(
            &rows(&m, "table#by-year tfoot tr")[0]
                .split(' ')
                .skip(1)
                .take(2)
                .collect::<Vec<_>>()
                .join(" "),
        )
        .unwrap();
        assert!(goals >= 2, "{href} serves several goals");
        extra += (goals as i64 - 1) * planned;
        shared += 1;
    }
    assert!(shared >= 1);
    let goal_rows: i64 = column(&tables["by-goal"].rows, 1).iter().flatten().sum();
    assert_eq!(goal_rows, grand + extra);
    // The grand total, by hand from the content: 8 measures' front matter and
    // data/budget.csv lines; Kulturwandel alone is 4 × 50,000.00.
    assert_eq!(
        tables["by-measure"]
            .rows
            .iter()
            .find(|r| r[0] == "Kulturwandel im Sozialamt begleiten")
            .map(|r| r[1].clone()),
        Some("200.000,00 €".to_string())
    );
}

/// Goal progress recomputed from what the goal page shows of its measures.
#[test]
fn progress_shown_equals_the_rule_applied_to_the_measures_shown() {
    let (_tmp, out) = build_example();
    let dashboard = page(&out, "fortschritt/index.html");
    let cards: BTreeMap<String, String> = dashboard
        .select(&sel(".card"))
        .map(|c| {
            let title = c
                .select(&sel("h3"))
                .next()
                .unwrap()
                .text()
                .collect::<String>();
            let value = c
                .select(&sel(".progress-value"))
                .next()
                .map(|v| v.text().collect::<String>().replace('\u{a0}', " "))
                .unwrap_or_default();
            (title.trim().to_string(), value)
        })
        .collect();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("daten/portal.json")).unwrap())
            .unwrap();
    let goals = all_pages(&out, "ziele");
    assert_eq!(goals.len(), 5);
    for p in goals {
        let doc = page(&out, &p);
        let title = texts(&doc, "h1").remove(0);
        let measures = cells(&doc, "table.sortable:not(.budget) tbody tr");
        let mut sum = 0u32;
        let mut n = 0u32;
        for m in &measures {
            // Columns: title, status, progress, owner, period, planned.
            if m[1] == "abgebrochen" || m[2] == "–" {
                continue;
            }
            sum += m[2].trim_end_matches(" %").parse::<u32>().unwrap();
            n += 1;
        }
        let expected = format!("{} %", (2 * sum + n) / (2 * n));
        let shown = texts(&doc, ".progress-value").remove(0);
        assert_eq!(shown, expected, "{p}");
        assert_eq!(cards[&title], expected, "dashboard card of {title}");
        let slug = p.split('/').nth(1).unwrap();
        let model = json["goals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["slug"] == slug)
            .unwrap();
        assert_eq!(
            format!("{} %", model["progress_percent"]),
            expected,
            "portal.json"
        );
    }
    // Status counts: 23 published measures (the draft is left out).
    let status = rows(&dashboard, "#h-status ~ .table-wrap tbody tr");
    assert_eq!(
        status,
        [
            "geplant 3 13 %",
            "in Umsetzung 13 57 %",
            "abgeschlossen 3 13 %",
            "verzögert 1 4 %",
            "pausiert 2 9 %",
            "abgebrochen 1 4 %",
        ]
    );
    // 3/23 = 13.04 → 13; 13/23 = 56.52 → 57; 1/23 = 4.35 → 4; 2/23 = 8.70 → 9.
    let chart = dashboard
        .select(&sel("svg.chart-bars desc"))
        .next()
        .unwrap();
    assert_eq!(
        chart.text().collect::<String>().replace('\u{a0}', " "),
        "geplant: 3 (13 %); in Umsetzung: 13 (57 %); abgeschlossen: 3 (13 %); \
         verzögert: 1 (4 %); pausiert: 2 (9 %); abgebrochen: 1 (4 %)"
    );
}

#[test]
fn milestones_and_the_overdue_list_follow_the_build_date() {
    let (_tmp, out) = build_example(); // --today 2025-07-15
    let m = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    assert_eq!(
        texts(&m, ".milestones li .ms-state"),
        ["Erledigt:", "Erledigt:", "Anstehend:"]
    );
    let d = page(&out, "fortschritt/index.html");
    // Only the gap analysis (due 2025-03-31, not done) has passed its date.
    assert_eq!(
        rows(&d, "#h-overdue ~ .table-wrap tbody tr"),
        [
            "Lückenanalyse mit Partnern Bamberger Modell: kommunale Präventionskette Bereich Familie, Jugend und Senioren 31. März 2025"
        ]
    );

    let (_later_tmp, later) = build_portal(&example(), "2026-01-01");
    let m = page(&later, "massnahmen/kulturwandel-sozialamt/index.html");
    assert_eq!(
        texts(&m, ".milestones li .ms-state"),
        ["Erledigt:", "Erledigt:", "Überfällig:"]
    );
    let d = page(&later, "fortschritt/index.html");
    let titles: Vec<String> = cells(&d, "#h-overdue ~ .table-wrap tbody tr")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    // Sorted by due date: 2025-03-31, 2025-09-30, 2025-11-30 (two, by measure), 2025-12-31.
    assert_eq!(
        titles,
        [
            "Lückenanalyse mit Partnern",
            "Erster Bericht veröffentlicht",
            "Konzept im Jugendhilfeausschuss",
            "Fortschreibung für 2026",
            "Feedbackmanagement eingeführt",
        ]
    );
}

#[test]
fn reports_show_the_change_since_the_previous_report() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "berichte/zwischenbericht-2025/index.html");
    let updates = cells(&doc, "#h-updates ~ .table-wrap tbody tr");
    let row = |title: &str| {
        updates
            .iter()
            .find(|r| r[0] == title)
            .unwrap_or_else(|| panic!("{title}"))
            .clone()
    };
    let k = row("Kulturwandel im Sozialamt begleiten");
    assert_eq!(
        (k[1].as_str(), k[2].as_str()),
        ("in Umsetzung", "15 % → 35 %")
    );
    let p = row("Bamberger Modell: kommunale Präventionskette");
    assert!(p[3].starts_with("Erstmals in einem Bericht."), "{p:?}");
    let doc = page(&out, "berichte/zwischenbericht-2024/index.html");
    let k = cells(&doc, "#h-updates ~ .table-wrap tbody tr")
        .into_iter()
        .find(|r| r[0] == "Kulturwandel im Sozialamt begleiten")
        .unwrap();
    assert_eq!(
        (k[1].as_str(), k[2].as_str()),
        ("geplant → in Umsetzung", "0 % → 15 %")
    );
}
