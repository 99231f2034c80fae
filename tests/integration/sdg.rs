//! The UN's Sustainable Development Goals: `sdg` on goals, measures and
//! indicators, badges in the UN's colours, `/sdg/` with the portal's
//! contributions, portal.json and the catalogue's keywords.

use crate::util::*;

#[test]
fn items_show_their_sdgs_as_badges_linked_to_the_sdg_page() {
    let (_tmp, out) = build_example();
    let p = "massnahmen/jugendsozialarbeit-schulen/index.html";
    let doc = page(&out, p);
    assert_eq!(
        texts(&doc, "main ul.sdg a"),
        [
            "SDG 4.1: Hochwertige Bildung",
            "SDG 8.6: Menschenwürdige Arbeit und Wirtschaftswachstum"
        ]
    );
    assert_eq!(
        attrs(&doc, "main ul.sdg a", "class"),
        ["sdg-badge sdg-4", "sdg-badge sdg-8"]
    );
    assert_eq!(
        attrs(&doc, "main ul.sdg a", "href"),
        ["../../sdg/#sdg-4-1", "../../sdg/#sdg-8-6"]
    );
    // Each badge's anchor is on the SDG page.
    let sdg = std::fs::read_to_string(out.join("sdg/index.html")).unwrap();
    assert!(sdg.contains(r#"id="sdg-4-1""#) && sdg.contains(r#"id="sdg-8-6""#));
    // A goal as a whole and a target, on a goal's page, in the UN's order.
    let doc = page(&out, "ziele/teilhabe-fuer-alle/index.html");
    assert_eq!(
        texts(&doc, "main ul.sdg a"),
        ["SDG 1: Keine Armut", "SDG 10.2: Weniger Ungleichheiten"]
    );
    // An item without `sdg` has none; the footer links the page.
    let doc = page(&out, "massnahmen/stadtteilzentrum-ost/index.html");
    assert!(texts(&doc, "main ul.sdg").is_empty());
    assert_eq!(
        attrs(&doc, "footer a[href$='sdg/']", "href"),
        ["../../sdg/"]
    );
    // English: the goals' English titles.
    let doc = page(&out, "en/indicators/uebergangsquote-ausbildung/index.html");
    assert_eq!(
        texts(&doc, "main ul.sdg a"),
        ["SDG 8.6: Decent work and economic growth"]
    );
}

#[test]
fn the_sdg_page_counts_and_lists_the_contributions_by_goal_and_target() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "sdg/index.html");
    // content-example names SDGs 1, 3, 4, 8 and 10, the targets 4.1, 4.2,
    // 8.6 and 10.2, on 2 goals, 3 measures and 2 indicators.
    assert_eq!(
        texts(&doc, "main p.lead"),
        [
            "Ziele, Maßnahmen und Kennzahlen dieses Portals nennen 5 der 17 Nachhaltigkeitsziele der Vereinten Nationen (SDGs) und 4 ihrer Unterziele; 7 Einträge tragen dazu bei."
        ]
    );
    assert_eq!(
        texts(&doc, "main h2"),
        [
            "SDG 1 Keine Armut",
            "SDG 3 Gesundheit und Wohlergehen",
            "SDG 4 Hochwertige Bildung",
            "SDG 8 Menschenwürdige Arbeit und Wirtschaftswachstum",
            "SDG 10 Weniger Ungleichheiten"
        ]
    );
    let section = |id: &str| texts(&doc, &format!("section#{id} h3, section#{id} li"));
    assert_eq!(
        section("sdg-4"),
        [
            "Unterziel 4.1",
            "Maßnahme: Jugendsozialarbeit an Schulen",
            "Kennzahl: Jugendliche ohne Schulabschluss",
            "Unterziel 4.2",
            "Ziel: Prävention stärken",
            "Maßnahme: Kita- und Schulentwicklungsplanung verzahnen"
        ]
    );
    assert_eq!(texts(&doc, "section#sdg-4 p.meta"), ["Einträge: 4"]);
    assert_eq!(
        section("sdg-1"),
        ["Das Ziel als Ganzes", "Ziel: Teilhabe für Alle"]
    );
    // Every link leads to a page of the site.
    for href in attrs(&doc, "main section li a", "href") {
        assert!(
            out.join("sdg").join(&href).join("index.html").is_file(),
            "{href}"
        );
    }
    let doc = page(&out, "en/sdg/index.html");
    assert_eq!(
        texts(&doc, "main h1"),
        ["Contribution to the Sustainable Development Goals"]
    );
    assert_eq!(texts(&doc, "section#sdg-4 h3")[0], "Target 4.1");
}

#[test]
fn portal_json_and_the_catalogue_name_the_sdgs() {
    let (_tmp, out) = build_example();
    let json = portal_json(&out);
    assert_eq!(
        by_slug(&json, "goals", "teilhabe-fuer-alle")["sdg"],
        serde_json::json!(["1", "10.2"])
    );
    assert_eq!(
        by_slug(&json, "measures", "jugendsozialarbeit-schulen")["sdg"],
        serde_json::json!(["4.1", "8.6"])
    );
    assert_eq!(
        by_slug(&json, "indicators", "ausbildungsabbrueche")["sdg"],
        serde_json::json!([])
    );
    let catalog: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("daten/catalog.jsonld")).unwrap()).unwrap();
    let ds = catalog["dcat:dataset"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["@id"]
                .as_str()
                .unwrap()
                .ends_with("/kennzahlen/ohne-abschluss/#dataset")
        })
        .unwrap();
    let keywords: Vec<&str> = ds["dcat:keyword"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["@value"].as_str().unwrap())
        .collect();
    assert_eq!(keywords, ["Bildung", "SDG 4", "SDG 4.1"]);
}

#[test]
fn a_portal_without_sdgs_has_no_sdg_page() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let (_t, out) = build_portal(&portal, "2025-07-15");
    assert!(!out.join("sdg").exists());
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!home.contains("sdg/"));
}
