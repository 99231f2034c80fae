//! The figures of the built example, read back from its pages and CSVs:
//! totals are the sums of their lines to the cent, the CSVs hold exactly the
//! numbers shown, and progress shown is what the stated rules give.

use std::collections::BTreeMap;
use std::path::Path;

use scraper::Selector;

use crate::util::*;

pub(crate) fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

pub(crate) use crate::recompute::money as de_money;

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
fn the_budget_page_counts_shared_measures_once() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "haushalt/index.html");
    let ids: Vec<String> = doc
        .select(&sel("table.budget"))
        .map(|t| t.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "overview",
            "per-inhabitant",
            "by-year",
            "year-on-year",
            "by-goal",
            "by-owner",
            "by-measure",
            "income-by-year",
            "net-by-year"
        ]
    );
    let total = |id: &str| cells(&doc, &format!("#{id} tfoot tr.total")).remove(0);
    let grand = total("by-year");
    for id in ["by-goal", "by-owner", "by-measure"] {
        assert_eq!(total(id)[1..], grand[1..], "{id}");
    }
    // By goal, each shared measure counts once per goal it serves; the
    // adjustment row takes (goals − 1) × its amounts off again. Both figures
    // are read from the measure pages the note links to.
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
        let planned = de_money(&cells(&m, "table#by-year tfoot tr")[0][1]).unwrap();
        assert!(goals >= 2, "{href} serves several goals");
        extra += (goals as i64 - 1) * planned;
        shared += 1;
    }
    assert!(shared >= 1);
    let adjustment = cells(&doc, "#by-goal tfoot tr.adjustment").remove(0);
    assert_eq!(de_money(&adjustment[1]), Some(-extra));
    // The example's figures by hand: the five goal rows add up to
    // 320.000 + 1.077.300 + 230.000 + 330.500 + 8.000 = 1.965.800 €; the
    // shared measures (Jugendsozialarbeit an Schulen 756.000 € under two goals,
    // ...) take 508.000 € off, leaving the 1.457.800 € of all lines.
    assert_eq!(
        rows(&doc, "#by-goal tfoot tr"),
        [
            "abzüglich Maßnahmen, die mehreren Zielen dienen (oben mehrfach gezählt) −508.000,00 € −243.000,00 € −238.012,90 € −4.987,10 € –",
            "Summe (jede Maßnahme einmal) 1.457.800,00 € 888.000,00 € 871.944,85 € 16.055,15 € 98,2 %",
        ]
    );
    assert_eq!(
        cells(&doc, "#by-measure tbody tr")
            .into_iter()
            .find(|r| r[0] == "Kulturwandel im Sozialamt begleiten")
            .map(|r| r[1].clone()),
        Some("200.000,00 €".to_string())
    );
}

/// The rounded mean of the progress column (title, status, progress, …),
/// cancelled measures and those without a figure left out.
fn mean_progress(measures: &[Vec<String>]) -> String {
    let mut sum = 0u32;
    let mut n = 0u32;
    for m in measures {
        if m[1] == "abgebrochen" || m[2] == "–" {
            continue;
        }
        sum += m[2].trim_end_matches(" %").parse::<u32>().unwrap();
        n += 1;
    }
    format!("{} %", (2 * sum + n) / (2 * n))
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
    let json: serde_json::Value = portal_json(&out);
    let goals = all_pages(&out, "ziele");
    assert_eq!(goals.len(), 5);
    for p in goals {
        let doc = page(&out, &p);
        let title = texts(&doc, "h1").remove(0);
        // A goal page grouped by strategy lists a measure once per strategy.
        let mut measures = cells(&doc, "table.sortable:not(.budget) tbody tr");
        measures.sort();
        measures.dedup();
        let expected = mean_progress(&measures);
        let shown = texts(&doc, ".progress-value").remove(0);
        // Each strategy's progress is the same rule over its own measures.
        for s in doc.select(&sel("section.strategy")) {
            let frag = scraper::Html::parse_fragment(&s.html());
            let rows = cells(&frag, "tbody tr");
            if rows.is_empty() {
                continue;
            }
            assert_eq!(
                texts(&frag, ".progress-value"),
                [mean_progress(&rows)],
                "{p}"
            );
        }
        assert_eq!(shown, expected, "{p}");
        assert_eq!(cards[&title], expected, "dashboard card of {title}");
        let slug = p.split('/').nth(1).unwrap();
        let model = by_slug(&json, "goals", slug);
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
            "in Umsetzung 12 52 %",
            "laufend 1 4 %",
            "abgeschlossen 3 13 %",
            "verzögert 1 4 %",
            "pausiert 2 9 %",
            "abgebrochen 1 4 %",
        ]
    );
    // 3/23 = 13.04 → 13; 12/23 = 52.17 → 52; 1/23 = 4.35 → 4; 2/23 = 8.70 → 9.
    // The annual prize is a standing task: counted as ongoing, no percentage.
    let chart = dashboard
        .select(&sel("svg.chart-bars desc"))
        .next()
        .unwrap();
    assert_eq!(
        chart.text().collect::<String>().replace('\u{a0}', " "),
        "geplant: 3 (13 %); in Umsetzung: 12 (52 %); laufend: 1 (4 %); \
         abgeschlossen: 3 (13 %); verzögert: 1 (4 %); pausiert: 2 (9 %); abgebrochen: 1 (4 %)"
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
    // Only the gap analysis (moved from 2025-03-31 to 2025-06-30, not done)
    // has passed its date.
    assert_eq!(
        rows(&d, "#h-overdue ~ .table-wrap tbody tr"),
        [
            "Lückenanalyse mit Partnern Bamberger Modell: kommunale Präventionskette Bereich Familie, Jugend und Senioren 30. Juni 2025 (verschoben vom 31. März 2025)"
        ]
    );
    let chain = page(&out, "massnahmen/praeventionskette/index.html");
    assert_eq!(
        texts(&chain, ".milestones li")[1],
        "Überfällig: Lückenanalyse mit Partnern (fällig am 30. Juni 2025, verschoben vom 31. März 2025 auf den 30. Juni 2025)"
    );
    // Done dates, from the Hilden report: in force on 1 November 2022,
    // evaluated in the report of 26 September 2023, before it was due.
    let hilden = page(&out, "massnahmen/neue-dezernatsstruktur/index.html");
    assert_eq!(
        texts(&hilden, ".milestones li")[1..],
        [
            "Erledigt: Neue Struktur in Kraft (fällig am 1. November 2022, erledigt am 1. November 2022)",
            "Erledigt: Auswertung nach einem Jahr (fällig am 30. November 2023, erledigt am 26. September 2023)",
        ]
    );

    // The move counts: on 1 June 2025, past the first date but not the new
    // one, the gap analysis is not overdue, and nothing else is.
    let (_june_tmp, june) = build_portal(&example(), "2025-06-01");
    let d = page(&june, "fortschritt/index.html");
    assert!(rows(&d, "#h-overdue ~ .table-wrap tbody tr").is_empty());
    let chain = page(&june, "massnahmen/praeventionskette/index.html");
    assert!(texts(&chain, ".milestones li")[1].starts_with("Anstehend: Lückenanalyse"));

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
    // Sorted by due date: 2025-06-30, 2025-09-30, 2025-11-30 (two, by measure), 2025-12-31.
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
