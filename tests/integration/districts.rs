//! Districts (Stadtteile): `districts` on measures and reports, the
//! district column of indicator breakdowns, `/stadtteile/` with the map
//! from data/districts.geojson and the table of the same figures, each
//! district's page, the links on items, the search filter and portal.json.
//! Figures are computed by hand from content-example's files.

use crate::util::*;

/// content-example's districts, A–Z, with (measures, measures with budget,
/// planned funds, reports). Planned funds by hand from the measures'
/// `[[budget]]` and data/budget.csv (expense lines, as first adopted):
/// ferienabenteuer-inklusiv 12,000; koki-cafe 6,500 + 6,800 = 13,300;
/// jugendsozialarbeit-schulen 240,000 + 252,000 + 264,000 = 756,000;
/// baskidhall-gereuth 85,000 + 88,000 + 90,000 = 263,000;
/// stadtteilzentrum-ost none. Mitte = 12,000 + 13,300; West = 12,000 +
/// 756,000; the school social work counts whole in Nord, Ost and West.
const TABLE: [[&str; 5]; 5] = [
    ["Mitte", "2", "2", "25.300,00 €", "0"],
    ["Nord", "1", "1", "756.000,00 €", "0"],
    ["Ost", "2", "1", "756.000,00 €", "1"],
    ["Süd", "1", "1", "263.000,00 €", "1"],
    ["West", "2", "2", "768.000,00 €", "0"],
];

#[test]
fn the_districts_page_maps_and_tables_every_district() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "stadtteile/index.html");
    assert_eq!(
        cells(&doc, "main table tbody tr"),
        TABLE.map(|r| r.map(String::from))
    );
    // The map: one link per district in the order of the names, named by
    // its figures, shaded by its number of measures (largest 2): 2 → ⌈4·2/2⌉
    // = class 4, 1 → ⌈4·1/2⌉ = class 2.
    assert_eq!(
        attrs(&doc, "svg.district-map a", "href"),
        ["mitte", "nord", "ost", "sued", "west"].map(|s| format!("../stadtteile/{s}/"))
    );
    assert_eq!(
        attrs(&doc, "svg.district-map a", "aria-label")[2],
        "Ost – Maßnahmen: 2; geplante Mittel: 756.000,00\u{a0}€"
    );
    assert_eq!(
        attrs(&doc, "svg.district-map path.area", "class"),
        ["4", "2", "4", "2", "4"].map(|c| format!("area shade-{c}"))
    );
    assert_eq!(
        texts(&doc, "svg.district-map .area-name"),
        TABLE.map(|r| r[0].to_string())
    );
    assert_eq!(
        attrs(&doc, "svg.district-map", "aria-labelledby"),
        ["map-caption"]
    );
    assert!(
        texts(&doc, "figcaption#map-caption")[0]
            .starts_with("Karte der Stadtteile, getönt nach der Zahl der Maßnahmen.")
    );
    // With a largest value of 2, classes 1 and 3 hold no whole number and
    // no district has none.
    assert_eq!(texts(&doc, ".map-legend li"), ["1", "2"]);
    // 23 measures, 5 of them name districts.
    assert!(
        texts(&doc, "main p.explain")
            .iter()
            .any(|p| p.starts_with("18 Maßnahmen nennen keinen Stadtteil")),
        "{:?}",
        texts(&doc, "main p.explain")
    );
    // No tiles, no other host: the map is all inside the page.
    let html = std::fs::read_to_string(out.join("stadtteile/index.html")).unwrap();
    let svg = &html[html.find("<svg class=\"district-map\"").unwrap()..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    assert!(!svg.contains("http") && !svg.contains("<image") && !svg.contains("<script"));
    // The footer of every page links it.
    let doc = page(&out, "ziele/index.html");
    assert_eq!(
        attrs(&doc, "footer a[href$='stadtteile/']", "href"),
        ["../stadtteile/"]
    );
}

#[test]
fn a_district_page_lists_its_measures_with_their_sum_reports_and_figures() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "stadtteile/ost/index.html");
    assert_eq!(texts(&doc, "main h1"), ["Ost"]);
    assert_eq!(
        texts(&doc, "#h-measures + div table tbody th"),
        ["Jugendsozialarbeit an Schulen", "Stadtteilzentrum Ost"]
    );
    // The sum row: 756,000 + nothing (the centre has no budget lines).
    assert_eq!(
        cells(&doc, "#h-measures + div table tfoot tr"),
        [["Summe", "", "", "", "", "756.000,00 €"]]
    );
    assert_eq!(
        texts(&doc, "#h-measures ~ p.explain")[0],
        "Geplante Mittel zusammen: 756.000,00 €, die Summe der Spalte „Ansatz“. Maßnahmen mit Haushaltsmitteln: 1 von 2."
    );
    // The dropout rate's 2024 values (data/ausbildungsabbrueche.csv): Ost
    // 27.0, the whole city 22.5.
    assert_eq!(
        cells(&doc, "#h-indicators + div table tbody tr"),
        [[
            "Vorzeitig gelöste Ausbildungsverträge",
            "2024",
            "27 %",
            "22,5 %"
        ]]
    );
    assert_eq!(
        texts(&doc, "#h-reports + ul a"),
        ["Zwischenbericht 2025 zu den strategischen Zielen"]
    );
    // The map marks the page's own district and outlines it on top.
    assert_eq!(
        attrs(&doc, "svg.district-map a[aria-current='page']", "href"),
        ["../../stadtteile/ost/"]
    );
    assert_eq!(
        attrs(&doc, "svg.district-map path.current-outline", "d").len(),
        1
    );
    // The same figures as a table beside the map.
    assert_eq!(
        cells(&doc, "#h-all + div table tbody tr"),
        TABLE.map(|r| r.map(String::from))
    );
    // English, with the English words.
    let doc = page(&out, "en/districts/sued/index.html");
    assert_eq!(texts(&doc, "main h1"), ["Süd"]);
    assert_eq!(
        texts(&doc, "#h-measures ~ p.explain")[0],
        "Planned funds together: €263,000.00, the sum of the column “Planned”. Measures with budget lines: 1 of 1."
    );
}

#[test]
fn measures_and_reports_link_their_districts() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "massnahmen/jugendsozialarbeit-schulen/index.html");
    assert_eq!(texts(&doc, "main p.districts a"), ["Nord", "Ost", "West"]);
    assert_eq!(
        attrs(&doc, "main p.districts a", "href"),
        ["nord", "ost", "west"].map(|s| format!("../../stadtteile/{s}/"))
    );
    let doc = page(&out, "berichte/zwischenbericht-2025/index.html");
    assert_eq!(texts(&doc, "main p.districts a"), ["Ost", "Süd"]);
    // Under the district column's table of a breakdown, each district's
    // page; nothing under the sex column's.
    let doc = page(&out, "kennzahlen/ausbildungsabbrueche/index.html");
    assert_eq!(
        attrs(&doc, ".breakdowns p.districts a", "href"),
        ["mitte", "nord", "ost", "west"].map(|s| format!("../../stadtteile/{s}/"))
    );
    // A measure of the whole city names none.
    let doc = page(&out, "massnahmen/demografie-gipfel/index.html");
    assert!(texts(&doc, "main p.districts").is_empty());
}

#[test]
fn portal_json_has_each_districts_figures() {
    let (_tmp, out) = build_example();
    let json = portal_json(&out);
    let ost = json["districts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["slug"] == "ost")
        .unwrap();
    assert_eq!(
        ost,
        &serde_json::json!({
            "slug": "ost", "name": "Ost", "area": true,
            "measures": ["jugendsozialarbeit-schulen", "stadtteilzentrum-ost"],
            "planned": "756000.00", "measures_with_budget": 1,
            "reports": ["zwischenbericht-2025"]
        })
    );
    assert_eq!(
        by_slug(&json, "measures", "ferienabenteuer-inklusiv")["districts"],
        serde_json::json!(["Mitte", "West"])
    );
    assert_eq!(
        by_slug(&json, "reports", "zwischenbericht-2025")["districts"],
        serde_json::json!(["Ost", "Süd"])
    );
    assert_eq!(
        by_slug(&json, "measures", "demografie-gipfel")["districts"],
        serde_json::json!([])
    );
}

#[test]
fn shading_by_budget_puts_each_district_in_its_class() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&example(), tmp.path());
    let site = std::fs::read_to_string(tmp.path().join("site.toml")).unwrap();
    std::fs::write(
        tmp.path().join("site.toml"),
        format!("district_shading = \"budget\"\n{site}"),
    )
    .unwrap();
    let (_t, out) = build_portal(tmp.path(), "2025-07-15");
    let doc = page(&out, "stadtteile/index.html");
    // Largest West's 768,000 €: the classes end at a quarter of it each,
    // 192,000, 384,000, 576,000, 768,000. Mitte 25,300 → 1; Nord and Ost
    // 756,000 → 4; Süd 263,000 → 2; West → 4.
    assert_eq!(
        attrs(&doc, "svg.district-map path.area", "class"),
        ["1", "4", "4", "2", "4"].map(|c| format!("area shade-{c}"))
    );
    assert_eq!(
        texts(&doc, ".map-legend li"),
        [
            "über 0,00 € bis 192.000,00 €",
            "über 192.000,00 € bis 384.000,00 €",
            "über 384.000,00 € bis 576.000,00 €",
            "über 576.000,00 € bis 768.000,00 €",
        ]
    );
    assert_eq!(
        texts(&doc, "svg.district-map tspan:not(.area-name)")[3],
        "263.000,00 €"
    );
    assert!(texts(&doc, "figcaption")[0].contains("getönt nach den geplanten Mitteln"));
}

#[test]
fn without_a_districts_file_the_items_names_make_the_districts() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    let measure = tmp.path().join("content/measures/kita-ausbau.md");
    let text = std::fs::read_to_string(&measure).unwrap();
    std::fs::write(
        &measure,
        text.replacen(
            "goals = [",
            "districts = [\"Am Hain\", \"Wunderburg\"]\ngoals = [",
            1,
        ),
    )
    .unwrap();
    let report = tmp.path().join("content/reports/stand.md");
    let text = std::fs::read_to_string(&report).unwrap();
    std::fs::write(
        &report,
        text.replacen("+++\n", "+++\ndistricts = [\"am hain\"]\n", 1),
    )
    .unwrap();
    let (_t, out) = build_portal(tmp.path(), "2025-07-15");
    let doc = page(&out, "stadtteile/index.html");
    // No map without the file; the names as the measure writes them.
    assert!(texts(&doc, "svg.district-map").is_empty());
    assert_eq!(
        cells(&doc, "main table tbody tr"),
        [
            ["Am Hain", "1", "1", "1.000,00 €", "1"],
            ["Wunderburg", "1", "1", "1.000,00 €", "0"],
        ]
    );
    assert!(out.join("stadtteile/am-hain/index.html").is_file());
}
