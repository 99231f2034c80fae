//! How figures are shown: charts as inline SVG with a text equivalent,
//! money in the portal's language, and budget tables that sort in a browser
//! and are complete and ordered without one.

use std::path::Path;

use scraper::Html;

use crate::figures::{de_money, sel};
use crate::util::*;

#[test]
fn charts_are_inline_svg_with_a_text_equivalent() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "kennzahlen/uebergangsquote-ausbildung/index.html");
    let svg = doc
        .select(&sel("main svg.chart-line"))
        .next()
        .expect("chart");
    assert_eq!(svg.value().attr("role"), Some("img"));
    let desc = svg
        .select(&sel("desc"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert_eq!(
        desc.replace('\u{a0}', " "),
        "Werte: 2021: 53,1 %, 2022: 55,4 %, 2023: 57,2 %, 2024: 58,9 %; \
         Ausgangswert 2020: 52 %; Zielwert 2028: 64 %; \
         Land: 2021: 55 %, 2022: 56,2 %, 2023: 57 %, 2024: 57,9 %"
    );
    assert_eq!(
        svg.select(&sel("title"))
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "Übergangsquote Schule–Ausbildung"
    );
    // The path to the target runs from the baseline (2020, 52) to the target (2028, 64).
    assert_eq!(
        svg.select(&sel(".series-path path")).count(),
        2,
        "legend sample and line"
    );
    // Path in 2024: 52 + 12 × 4/8 = 58; 58.9 is at or above it: on track.
    assert_eq!(
        texts(&doc, "p.explain"),
        [
            "Der letzte Wert (2024: 58,9 %) ist mindestens so gut wie der gerade Weg zum Ziel es für 2024 vorsieht (58 %); Zielwert 64 % bis 2028."
        ]
    );
    // The values' table comes first; the measures working on it follow.
    assert_eq!(
        rows(&doc, "main table tbody tr")[..6],
        [
            "2020 (Ausgangswert) 52",
            "2021 53,1",
            "2022 55,4",
            "2023 57,2",
            "2024 58,9",
            "2028 (Zielwert) 64",
        ]
    );

    let m = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    let svg = m
        .select(&sel("#progress-chart-d"))
        .next()
        .expect("progress chart");
    assert_eq!(
        svg.text().collect::<String>().replace('\u{a0}', " "),
        "14. November 2023: 0 %; 28. Juni 2024: 15 %; 30. Juni 2025: 35 %; \
         Plan: gleichmäßig vom Beginn bis zum Ende: 0 % 1. Januar 2024, 100 % 31. Dezember 2027"
    );
    // The planned path is the second series (legend sample, then line): from
    // 0 % (the plot's bottom) to 100 % (its top) at the end of the period,
    // the right edge (x 456), since the chart spans 2024–2027. The two
    // legend labels do not fit one row of 480 px: the second starts a row
    // of its own (y 38), and the plot moves down by that row, 22 px: its
    // top from y 44 to 66, its bottom from 238 to 260.
    let paths: Vec<String> = m
        .select(&sel("svg.chart-line g.series-path path"))
        .map(|p| p.value().attr("d").unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 2);
    assert!(paths[0].starts_with("M64 38H"), "{paths:?}");
    assert!(paths[1].ends_with("260L456 66"), "{paths:?}");
    // A measure with one snapshot or none gets no chart.
    let single = page(&out, "massnahmen/zivilcourage-preis/index.html");
    assert!(single.select(&sel("svg.chart-line")).next().is_none());

    // No page loads anything from another host, and the only script is ours.
    for f in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
    {
        if f.path().extension().is_some_and(|x| x == "html") {
            let html = std::fs::read_to_string(f.path()).unwrap();
            let doc = Html::parse_document(&html);
            for s in doc.select(&sel("script")) {
                assert_eq!(s.inner_html(), "", "no inline script in {:?}", f.path());
                let src = s.value().attr("src").unwrap();
                assert!(
                    src.ends_with("assets/sortable.js") || src.ends_with("assets/search.js"),
                    "{src}"
                );
            }
            for e in doc.select(&sel("[src], link[rel=stylesheet]")) {
                let url = e.value().attr("src").or(e.value().attr("href")).unwrap();
                assert!(!url.contains("://"), "{url} in {:?}", f.path());
            }
        }
    }
}

#[test]
fn english_portals_format_money_the_english_way() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    let site = src.join("site.toml");
    let text = std::fs::read_to_string(&site).unwrap();
    assert!(text.contains("languages = [\"de\", \"en\"]"));
    // English only: the English texts of [lang.en] are not needed.
    let text = text.split("\n# The texts above in English").next().unwrap();
    std::fs::write(
        &site,
        text.replace("languages = [\"de\", \"en\"]", "language = \"en\""),
    )
    .unwrap();
    for f in files_named_like_translations(&src.join("content")) {
        std::fs::remove_file(f).unwrap();
    }
    // Links written by hand use the German URL words; the build refuses them
    // in an English portal until they use the English ones.
    for (file, from, to) in [
        ("content/_index.md", "](daten/)", "](data/)"),
        (
            "content/pages/ueber-das-portal.md",
            "](../fortschritt/#how)",
            "](../progress/#how)",
        ),
    ] {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        assert!(text.contains(from));
        std::fs::write(src.join(file), text.replace(from, to)).unwrap();
    }
    let (_out_tmp, out) = build_portal(&src, "2025-07-15");
    let doc = page(&out, "measures/kulturwandel-sozialamt/index.html");
    assert_eq!(
        rows(&doc, "table#by-year tbody tr")[0],
        "2024 €50,000.00 €50,000.00 €48,250.50 €1,749.50 96.5%"
    );
    assert_eq!(
        rows(&doc, "table#by-year tfoot tr"),
        ["Total €200,000.00 €50,000.00 €48,250.50 €1,749.50 96.5%"]
    );
    // The measure's lines have files; its table by year (their sums) none.
    let dir = out.join("budget/measures/kulturwandel-sozialamt");
    assert!(dir.join("lines.csv").is_file() && dir.join("lines.xlsx").is_file());
    assert!(!dir.join("by-year.csv").exists() && !dir.join("by-year.xlsx").exists());
    let downloads: Vec<&str> = doc
        .select(&sel("p.download a"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.contains("budget/"))
        .collect();
    assert_eq!(
        downloads,
        [
            "../../budget/measures/kulturwandel-sozialamt/lines.csv",
            "../../budget/measures/kulturwandel-sozialamt/lines.xlsx"
        ]
    );
}

/// Headless Chromium, when the machine has it; CI installs it and must run this.
fn chromium() -> Option<&'static str> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).is_file());
    if found.is_none() {
        missing("chromium is not installed (apt-get install chromium)");
    }
    found
}

/// The budget page with a script that clicks the "Plan" header of the
/// by-measure table twice and records the row order after each click.
#[test]
fn tables_sort_by_column_in_a_browser_and_are_ordered_without_it() {
    // Its own build: the probe page goes into the output.
    let (tmp, out) = build_portal(&example(), "2025-07-15");
    let doc = page(&out, "haushalt/index.html");
    let first_column = |doc: &Html| -> Vec<String> {
        cells(doc, "table#by-measure tbody tr")
            .into_iter()
            .map(|r| r[0].clone())
            .collect()
    };
    let planned = |doc: &Html| -> Vec<i64> {
        cells(doc, "table#by-measure tbody tr")
            .iter()
            .map(|r| de_money(&r[1]).unwrap())
            .collect()
    };
    // Without JavaScript: complete, in German title order, headers plain text.
    let static_order = first_column(&doc);
    let mut sorted = static_order.clone();
    klarsicht::base::collate::sort_by(&mut sorted, klarsicht::base::locale::Lang::De, |t| t);
    assert_eq!(static_order, sorted);
    assert_eq!(static_order.len(), 10);
    assert!(doc.select(&sel("table button")).next().is_none());

    let Some(browser) = chromium() else {
        return;
    };
    let html = std::fs::read_to_string(out.join("haushalt/index.html")).unwrap();
    let probe = r#"<script>
document.addEventListener("DOMContentLoaded", function () {
  var t = document.getElementById("by-measure");
  var b = t.tHead.rows[0].cells[1].querySelector("button.sort");
  var order = function () { return Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[1].getAttribute("data-sort"); }).join(","); };
  b.click(); var up = order() + "|" + t.tHead.rows[0].cells[1].getAttribute("aria-sort");
  b.click(); var down = order() + "|" + t.tHead.rows[0].cells[1].getAttribute("aria-sort");
  var pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = up + "\n" + down + "\n" + t.tFoot.rows.length;
  document.body.appendChild(pre);
});
</script></body>"#;
    let probe_page = out.join("haushalt/probe.html");
    std::fs::write(&probe_page, html.replace("</body>", probe)).unwrap();
    let profile = tmp.path().join("profile");
    let result = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--allow-file-access-from-files",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", probe_page.display()))
        .output()
        .expect("chromium runs");
    let dom = Html::parse_document(&String::from_utf8_lossy(&result.stdout));
    let probe = texts(&dom, "#probe");
    assert_eq!(
        probe.len(),
        1,
        "probe ran: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let parts: Vec<&str> = probe[0].split(' ').collect();
    let (up, up_state) = parts[0].split_once('|').unwrap();
    let (down, down_state) = parts[1].split_once('|').unwrap();
    let mut expected: Vec<i64> = planned(&doc);
    expected.sort();
    let joined = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    assert_eq!((up, up_state), (joined(&expected).as_str(), "ascending"));
    expected.reverse();
    assert_eq!(
        (down, down_state),
        (joined(&expected).as_str(), "descending")
    );
    assert_eq!(parts[2], "1", "the totals row stays in tfoot");
}

/// The portal's translations (`*.en.md`) and versions in Leichte Sprache
/// (`*.de-LS.md`): in an English portal they have no place.
fn files_named_like_translations(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.path().to_path_buf())
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".en.md") || name.ends_with(".de-LS.md")
        })
        .collect()
}

#[test]
fn lists_follow_the_german_order_with_umlauts_among_their_vowels() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "massnahmen/index.html");
    let titles = texts(&doc, "main table tbody th a");
    // DIN 5007-1: Ä with A (byte order put it after Z).
    assert_eq!(
        titles[..3],
        [
            "Abgestimmtes Finanz- und Fachcontrolling",
            "Ämterübergreifende Treffen",
            "Bamberger Modell: kommunale Präventionskette"
        ]
    );
    // The search page's A–Z list without JavaScript.
    let doc = page(&out, "suche/index.html");
    let all = texts(&doc, "main li a");
    let at = |t: &str| {
        all.iter()
            .position(|x| x == t)
            .unwrap_or_else(|| panic!("{t}: {all:?}"))
    };
    assert!(
        at("Über dieses Portal") < at("Übergangsquote Schule–Ausbildung"),
        "{all:?}"
    );
    assert!(at("Teilhabe für Alle") < at("Über dieses Portal"));
    assert!(at("Über dieses Portal") < at("Vorzeitig gelöste Ausbildungsverträge"));
    // English pages sort by English rules.
    let doc = page(&out, "en/measures/index.html");
    let titles = texts(&doc, "main table tbody th a");
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| {
        t.to_lowercase()
            .replace('ä', "a")
            .replace('ü', "u")
            .replace('ö', "o")
    });
    assert_eq!(titles, sorted);
}

#[test]
fn a_reports_tables_are_named_by_their_heading_once() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "berichte/haushalt-2024-2025-kulturwandel/index.html");
    for (table, heading) in [("sessions", "h-sessions"), ("updates", "h-updates")] {
        let t = doc
            .select(&scraper::Selector::parse(&format!("table#{table}")).unwrap())
            .next()
            .unwrap_or_else(|| panic!("{table}"));
        // Screen readers name the table by the heading; no caption repeats it.
        assert_eq!(t.value().attr("aria-labelledby"), Some(heading));
        assert!(texts(&doc, &format!("table#{table} caption")).is_empty());
        assert_eq!(texts(&doc, &format!("#{heading}")).len(), 1);
    }
}

#[test]
fn attachments_are_listed_with_their_title_type_and_size() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    // content-example: [[attachments]] titles antrag-haushalt-2024-2025.txt
    // (107 bytes).
    assert_eq!(
        texts(&doc, "ul.attachments li"),
        ["Antrag zum Haushalt 2024/2025 (lfd. Nr. 64) (TXT, 107 B)"]
    );
    let doc = page(&out, "en/measures/kulturwandel-sozialamt/index.html");
    assert_eq!(
        texts(&doc, "ul.attachments li"),
        ["Budget request 2024/2025 (item no. 64, in German) (TXT, 107 B)"]
    );

    // A title for a file the bundle does not have is an error at its name.
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    let index = src.join("content/measures/kulturwandel-sozialamt/index.md");
    let text = std::fs::read_to_string(&index).unwrap();
    std::fs::write(
        &index,
        text.replace(
            "file = \"antrag-haushalt-2024-2025.txt\"",
            "file = \"antrag.pdf\"",
        ),
    )
    .unwrap();
    let run = run_to_end(command().args(["check", src.to_str().unwrap()]));
    assert!(!run.success);
    assert!(
        run.diagnostics().contains("content/measures/kulturwandel-sozialamt/index.md:15:8: error: `antrag.pdf` is no file of this item's bundle folder\n  hint: an attachment is a file beside the item's index.md in its own folder (a bundle)"),
        "{}",
        run.diagnostics()
    );
}
