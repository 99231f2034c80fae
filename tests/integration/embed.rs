//! Blocks for other sites' pages (`einbetten/…`): a goal's progress, a
//! measure's status, an indicator's chart and values, the budget by year;
//! each without the portal's header and footer, with its source, the
//! data's date and the licence, the same figures as its page; and the
//! `<iframe>` code each of those pages offers.

use crate::util::*;

const BASE: &str = "https://transparenz.musterstadt.example/";
const PORTAL: &str = "Transparenzportal Sozialreferat Musterstadt";

/// The block's frame: no site header, navigation or site footer; its
/// source line, the data's date and the licence; not for search engines.
fn check_frame(block: &scraper::Html, source_href: &str, source: &str) {
    assert!(texts(block, ".site-header, nav, .site-footer, .search-box").is_empty());
    assert_eq!(attrs(block, "meta[name=robots]", "content"), ["noindex"]);
    // Links leave the frame.
    assert_eq!(attrs(block, "base", "target"), ["_blank"]);
    assert_eq!(
        texts(block, "footer.embed-source p"),
        [
            format!("Quelle: {source} – {PORTAL} (öffnet in einem neuen Fenster)"),
            "Stadt Musterstadt – Sozialreferat · Datenstand: 30. Juni 2025 · Lizenz: CC BY 4.0"
                .to_string()
        ]
    );
    assert_eq!(
        attrs(block, "footer.embed-source a:not([rel])", "href"),
        [source_href]
    );
}

/// The code a page offers, as text to copy.
fn code(doc: &scraper::Html) -> String {
    let code = texts(doc, "main details.embed-code pre code");
    assert_eq!(code.len(), 1, "one embed code");
    code[0].clone()
}

#[test]
fn a_goals_progress_block_shows_its_page_figures_with_source_date_and_licence() {
    let (_tmp, out) = build_example();
    let goal = page(&out, "ziele/wirkungen-erzielen/index.html");
    let block = page(&out, "einbetten/ziele/wirkungen-erzielen/index.html");
    check_frame(
        &block,
        "../../../ziele/wirkungen-erzielen/",
        "Wirkungen erzielen",
    );
    assert_eq!(texts(&block, "main h1"), texts(&goal, "main h1"));
    assert_eq!(
        texts(&block, "main .progress-value"),
        texts(&goal, "main > .progress .progress-value")
    );
    // "9 Maßnahmen: …", as under the goal's title.
    let counts = texts(&block, "main p.meta");
    assert!(counts[0].starts_with("9 Maßnahmen: "), "{counts:?}");
    assert!(texts(&goal, "main p.meta").contains(&counts[0]));
    // The search engines' address is the goal's page.
    assert_eq!(
        attrs(&block, "link[rel=canonical]", "href"),
        [format!("{BASE}ziele/wirkungen-erzielen/")]
    );
    assert_eq!(
        code(&goal),
        format!(
            "<iframe src=\"{BASE}einbetten/ziele/wirkungen-erzielen/\" title=\"Ziel 4: Wirkungen erzielen – {PORTAL}\" width=\"100%\" height=\"460\" loading=\"lazy\"></iframe>"
        )
    );
    // Blocks are not pages to find: neither in the sitemap nor in search.
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("/ziele/wirkungen-erzielen/"));
    assert!(!sitemap.contains("einbetten"));
    assert!(texts(&block, "[data-pagefind-body]").is_empty());
}

#[test]
fn a_measures_status_block_and_an_indicators_chart_block() {
    let (_tmp, out) = build_example();
    let measure = page(&out, "massnahmen/kita-schulentwicklungsplanung/index.html");
    let block = page(
        &out,
        "einbetten/massnahmen/kita-schulentwicklungsplanung/index.html",
    );
    check_frame(
        &block,
        "../../../massnahmen/kita-schulentwicklungsplanung/",
        "Kita- und Schulentwicklungsplanung verzahnen",
    );
    assert_eq!(
        texts(&block, "main .status"),
        texts(&measure, "main .status")
    );
    assert_eq!(
        texts(&block, "main .progress-value"),
        texts(&measure, "main .progress-value")
    );
    // Owner and period as on the page.
    let facts = |doc| texts(doc, "main dl.facts div");
    let on_page = facts(&measure);
    for f in facts(&block) {
        assert!(on_page.contains(&f), "{f}");
    }
    assert!(code(&measure).contains("height=\"600\""));

    let indicator = page(&out, "kennzahlen/uebergangsquote-ausbildung/index.html");
    let block = page(
        &out,
        "einbetten/kennzahlen/uebergangsquote-ausbildung/index.html",
    );
    check_frame(
        &block,
        "../../../kennzahlen/uebergangsquote-ausbildung/",
        "Übergangsquote Schule–Ausbildung",
    );
    assert_eq!(
        texts(&block, "main .explain"),
        texts(&indicator, "main .explain")
    );
    assert_eq!(attrs(&block, "main figure svg", "role").len(), 1);
    // Baseline 2020, four values, target 2028: the page's table.
    let values = cells(&block, "main table tbody tr");
    assert_eq!(values.len(), 6);
    // The page's first table; the measures working on it follow.
    assert_eq!(values, cells(&indicator, "main table tbody tr")[..6]);
    // 880 px and 40 px for each of the six rows.
    assert!(code(&indicator).contains("height=\"1120\""));
}

#[test]
fn the_budget_block_is_the_budget_pages_table_by_year_with_its_sum() {
    let (_tmp, out) = build_example();
    let budget = page(&out, "haushalt/index.html");
    let block = page(&out, "einbetten/haushalt/index.html");
    check_frame(&block, "../../haushalt/", "Haushalt");
    let rows = cells(&block, "main table#by-year tbody tr");
    assert_eq!(rows, cells(&budget, "main table#by-year tbody tr"));
    // The portal's budget: planned 1.457.800,00 €, of which 888.000,00 €
    // accounted for with 871.944,85 € actual; 888.000,00 − 871.944,85 =
    // 16.055,15 €; 871.944,85 ÷ 888.000,00 = 98,2 %.
    assert_eq!(
        cells(&block, "main table#by-year tfoot tr.total"),
        [[
            "Summe",
            "1.457.800,00 €",
            "888.000,00 €",
            "871.944,85 €",
            "16.055,15 €",
            "98,2 %"
        ]]
    );
    // The note says how the basis and the rate come about.
    assert_eq!(
        texts(&block, "main p.note"),
        texts(
            &budget,
            "#by-year ~ p.note, .table-wrap:has(#by-year) + p.note"
        )
    );
    let n = rows.len();
    assert!(code(&budget).ends_with(&format!(
        "title=\"Haushalt nach Jahr – {PORTAL}\" width=\"100%\" height=\"{}\" loading=\"lazy\"></iframe>",
        660 + 50 * n
    )));
}

#[test]
fn the_english_blocks_are_english_and_their_code_names_the_english_address() {
    let (_tmp, out) = build_example();
    let block = page(&out, "en/embed/goals/wirkungen-erzielen/index.html");
    let source = texts(&block, "footer.embed-source p");
    assert!(
        source[0].starts_with("Source: Achieve results – "),
        "{source:?}"
    );
    assert!(
        source[0].ends_with(" (opens in a new window)"),
        "{source:?}"
    );
    let goal = page(&out, "en/goals/wirkungen-erzielen/index.html");
    assert!(code(&goal).starts_with(&format!(
        "<iframe src=\"{BASE}en/embed/goals/wirkungen-erzielen/\" title=\"Goal 4: "
    )));
    assert_eq!(
        texts(&goal, "main details.embed-code summary"),
        ["Embed on your own website"]
    );
    assert!(out.join("en/embed/budget/index.html").is_file());
}

#[test]
fn without_base_url_the_blocks_are_written_and_no_page_offers_code() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    let site = src.join("site.toml");
    let toml = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, toml.replace(&format!("base_url = \"{BASE}\"\n"), "")).unwrap();
    let (_out_tmp, out, _run) = build_portal_run(&src, "2025-07-15");
    assert!(
        out.join("einbetten/ziele/wirkungen-erzielen/index.html")
            .is_file()
    );
    let goal = page(&out, "ziele/wirkungen-erzielen/index.html");
    assert!(texts(&goal, "details.embed-code").is_empty());
}

#[test]
fn a_free_page_cannot_take_the_blocks_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    std::fs::write(
        src.join("content/pages/einbetten.md"),
        "+++\ntitle = \"Einbetten\"\n+++\nText\n",
    )
    .unwrap();
    let run = build(&src, &tmp.path().join("out"));
    assert!(!run.success);
    assert!(
        run.stderr.contains(
            "content/pages/einbetten.md:1:1: error: page slug `einbetten` is taken by a section of the site"
        ),
        "{}",
        run.stderr
    );
}
