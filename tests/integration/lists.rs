//! Long lists: the measures, reports and indicators lists and the budget by
//! measure in pages of `page_size` entries, narrowed by status, goal, owner
//! and year on static pages, in both languages.

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::*;

use crate::recompute::generate_without_pdfs;

/// The measures a list page's table links, as their folders.
fn listed(doc: &scraper::Html) -> Vec<String> {
    attrs(doc, "main table tbody th a", "href")
}

#[test]
fn narrowed_lists_hold_exactly_the_entries_with_that_value() {
    let (_tmp, out) = build_example();
    // content-example: praeventionskette is the one delayed measure; the
    // Jugendamt owns three measures.
    let doc = page(&out, "massnahmen/status/delayed/index.html");
    assert_eq!(
        texts(&doc, "main table tbody th a"),
        ["Bamberger Modell: kommunale Präventionskette"]
    );
    assert_eq!(
        texts(&doc, "main p.narrowed"),
        ["Eingegrenzt auf Status: verzögert · ganze Liste zeigen"]
    );
    assert_eq!(
        texts(&doc, "main .list-filters [aria-current=page]"),
        ["verzögert"]
    );
    let doc = page(&out, "massnahmen/zustaendig/jugendamt/index.html");
    assert_eq!(
        texts(&doc, "main table tbody th a"),
        [
            "BasKIDhall: Treffpunkt im Stadtteil Gereuth",
            "Ferienabenteuer für alle Kinder",
            "Jugendsozialarbeit an Schulen"
        ]
    );
    // The status counts add up to the whole list: 23 measures.
    let doc = page(&out, "massnahmen/status/index.html");
    let counts = texts(&doc, "main ul.filter-values li");
    assert_eq!(
        counts,
        [
            "geplant (3)",
            "in Umsetzung (12)",
            "laufend (1)",
            "abgeschlossen (3)",
            "verzögert (1)",
            "pausiert (2)",
            "abgebrochen (1)"
        ]
    );
    assert_eq!(listed(&page(&out, "massnahmen/index.html")).len(), 23);
    // Reports by year, newest first: the report of 16 July 2025 is not
    // published on 15 July; 2023 has the budget report and the
    // department's status report.
    let doc = page(&out, "berichte/jahr/index.html");
    assert_eq!(
        texts(&doc, "main ul.filter-values li"),
        ["2025 (1)", "2024 (1)", "2023 (2)", "2018 (1)"]
    );
    let doc = page(&out, "berichte/jahr/2023/index.html");
    assert_eq!(texts(&doc, "main ul.reports li a").len(), 2);
    // The English list has the same filters under English words.
    let doc = page(&out, "en/measures/owner/jugendamt/index.html");
    assert_eq!(listed(&doc).len(), 3);
    assert_eq!(
        attrs(&doc, "link[rel=alternate][hreflang=de]", "href"),
        ["https://transparenz.musterstadt.example/massnahmen/zustaendig/jugendamt/"]
    );
}

/// Follows a list's "next" links from its first page: every page's
/// path and document.
fn walk(out: &Path, first: &str) -> Vec<(String, scraper::Html)> {
    let mut pages = Vec::new();
    let mut at = Some(first.to_string());
    while let Some(folder) = at.take() {
        let doc = page(out, &format!("{folder}index.html"));
        if let Some(next) = attrs(&doc, "nav.pager a[rel=next]", "href").first() {
            let root = "../".repeat(folder.matches('/').count());
            at = Some(next.strip_prefix(&root).expect("root-relative").to_string());
        }
        pages.push((folder, doc));
    }
    pages
}

#[test]
fn a_thousand_measures_fill_twenty_pages_and_each_is_listed_once() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    generate_without_pdfs(&portal, 1_000, 1);
    let (_o, out) = build_portal(&portal, "2025-07-15");
    let pages = walk(&out, "massnahmen/");
    assert_eq!(pages.len(), 20);
    assert_eq!(pages[1].0, "massnahmen/seite/2/");
    let mut all = BTreeSet::new();
    for (folder, doc) in &pages {
        let rows = listed(doc);
        assert_eq!(rows.len(), 50, "{folder}");
        all.extend(rows);
    }
    assert_eq!(all.len(), 1_000);
    // Page 10: its entries, and the numbers around it.
    let doc = &pages[9].1;
    assert_eq!(
        texts(doc, "main p.list-range"),
        ["Einträge 451 bis 500 von 1.000"]
    );
    assert_eq!(
        texts(doc, "nav.pager li"),
        [
            "Vorherige Seite",
            "Seite 1",
            "…",
            "Seite 8",
            "Seite 9",
            "Seite 10",
            "Seite 11",
            "Seite 12",
            "…",
            "Seite 20",
            "Nächste Seite"
        ]
    );
    assert_eq!(texts(doc, "nav.pager [aria-current=page]"), ["Seite 10"]);
    assert_eq!(
        texts(doc, "title")[0],
        "Maßnahmen (Seite 10 von 20) – Synthetisches Transparenzportal"
    );
    // Narrowed by status: the counts add up to 1,000, and each narrowed
    // list holds its count over its pages.
    let doc = page(&out, "massnahmen/status/index.html");
    let mut sum = 0;
    for (value, href) in texts(&doc, "main ul.filter-values li").iter().zip(attrs(
        &doc,
        "main ul.filter-values a",
        "href",
    )) {
        let count: usize = value
            .rsplit_once('(')
            .and_then(|(_, n)| n.strip_suffix(')'))
            .unwrap()
            .replace('.', "")
            .parse()
            .unwrap();
        let folder = format!(
            "massnahmen/{}",
            href.strip_prefix("../../massnahmen/").unwrap()
        );
        let shown: usize = walk(&out, &folder)
            .iter()
            .map(|(_, d)| listed(d).len())
            .sum();
        assert_eq!(shown, count, "{folder}");
        sum += count;
    }
    assert_eq!(sum, 1_000);
    // Reports in pages too: 100 generated, 84 of them published by 15
    // July 2025; 40 indicators fit on one page.
    assert_eq!(walk(&out, "berichte/").len(), 2);
    let doc = page(&out, "berichte/seite/2/index.html");
    assert_eq!(
        texts(&doc, "main p.list-range"),
        ["Einträge 51 bis 84 von 84"]
    );
    assert_eq!(texts(&doc, "main ul.reports li").len(), 34);
    assert!(!out.join("kennzahlen/seite").exists());

    // The dashboard cuts its lists at 20 rows and links the whole list.
    let doc = page(&out, "fortschritt/index.html");
    let caption = texts(&doc, "#h-overdue ~ .table-wrap caption");
    let total: usize = caption[0]
        .rsplit_once(" von ")
        .unwrap()
        .1
        .replace('.', "")
        .parse()
        .unwrap();
    assert!(total > 20, "{caption:?}");
    assert_eq!(
        caption,
        [format!(
            "Überfällige Meilensteine: die ersten 20 von {}",
            fmt(total)
        )]
    );
    assert_eq!(texts(&doc, "#h-overdue ~ .table-wrap tbody tr").len(), 20);
    let rows: usize = walk(&out, "fortschritt/ueberfaellig/")
        .iter()
        .map(|(_, d)| texts(d, "main table tbody tr").len())
        .sum();
    assert_eq!(rows, total);
    // The search page's A–Z list: every published item once, 200 a page.
    let az: Vec<String> = walk(&out, "suche/")
        .iter()
        .flat_map(|(_, d)| attrs(d, "main ul.index a", "href"))
        .collect();
    let items = html_pages(&out)
        .iter()
        .filter(|p| {
            let parts: Vec<&str> = p.split('/').collect();
            parts.len() == 3
                && ["ziele", "massnahmen", "berichte", "kennzahlen"].contains(&parts[0])
                && !["seite", "status", "ziel", "zustaendig", "jahr"].contains(&parts[1])
        })
        .count();
    assert_eq!(az.len(), items);
    assert_eq!(az.iter().collect::<BTreeSet<_>>().len(), items);
    // No page of a list outgrows 150 KB (the README has the sizes at
    // 10,000 measures).
    for p in html_pages(&out) {
        let depth = p.matches('/').count();
        let size = std::fs::metadata(out.join(&p)).unwrap().len();
        if depth <= 1 || p.contains("/seite/") {
            assert!(size < 150_000, "{p}: {size} bytes");
        }
    }
}

/// 1234 → "1.234".
fn fmt(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[test]
fn page_size_is_read_from_site_toml_and_list_folders_are_reserved() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let site = portal.join("site.toml");
    let toml = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("page_size = 10\n{toml}")).unwrap();
    let (_o, out) = build_portal(&portal, "2025-07-15");
    // 23 measures: 10, 10 and 3.
    let pages = walk(&out, "massnahmen/");
    let sizes: Vec<usize> = pages.iter().map(|(_, d)| listed(d).len()).collect();
    assert_eq!(sizes, [10, 10, 3]);
    assert!(out.join("en/measures/page/3/index.html").is_file());
    // 12 in progress: two pages of their own.
    assert_eq!(walk(&out, "massnahmen/status/in-progress/").len(), 2);

    std::fs::write(&site, format!("page_size = 5\n{toml}")).unwrap();
    std::fs::write(
        portal.join("content/measures/seite.md"),
        "+++\ntitle = \"Seite\"\ngoals = [\"teilhabe-fuer-alle\"]\nstatus = \"planned\"\n+++\n",
    )
    .unwrap();
    let run = build(&portal, &tmp.path().join("bad"));
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("site.toml:1:13: error: `page_size` is 5, but must be between 10 and 1000"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/measures/seite.md:1:1: error: the name `seite` is taken by the pages of the list this item is in"
        ),
        "{}",
        run.stderr
    );
}
