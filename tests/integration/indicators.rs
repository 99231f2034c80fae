//! Indicators that say how they are computed: metadata on the page, in
//! portal.json and in the DCAT catalogue, and the series as a download.

use crate::util::*;

/// The about section's definition list: each term and its description.
fn facts(doc: &scraper::Html) -> Vec<String> {
    let terms = texts(doc, "section.indicator-about dt");
    let descriptions = texts(doc, "section.indicator-about dd");
    assert_eq!(terms.len(), descriptions.len());
    terms
        .iter()
        .zip(descriptions)
        .map(|(t, d)| format!("{t} {d}"))
        .collect()
}

const PAGE: &str = "kennzahlen/uebergangsquote-ausbildung/index.html";

#[test]
fn the_page_shows_what_the_figure_counts_and_where_it_comes_from() {
    let (_tmp, out) = build_example();
    let doc = page(&out, PAGE);
    assert_eq!(
        texts(&doc, "section.indicator-about h2"),
        ["Über diese Kennzahl"]
    );
    assert_eq!(
        facts(&doc),
        [
            "Definition Anteil der Schulabgängerinnen und -abgänger eines Jahrgangs, die bis zum 31. Dezember desselben Jahres eine duale oder schulische Ausbildung beginnen.",
            "Zähler Schulabgängerinnen und -abgänger mit Ausbildungsbeginn bis 31. Dezember",
            "Nenner alle Schulabgängerinnen und -abgänger der allgemeinbildenden Schulen im Sommer",
            "Quelle AG Fachplanung (Beispielwerte)",
            "Erscheint jährlich",
            "Nächster Wert erwartet 31. März 2026",
            "Die Werte als Datei Als CSV herunterladen: Übergangsquote Schule–Ausbildung · Als Excel-Tabelle herunterladen: Übergangsquote Schule–Ausbildung",
        ]
    );
    // The source links its address; the series is a download.
    assert_eq!(
        attrs(&doc, "section.indicator-about dd a", "href"),
        [
            "https://statistik.musterstadt.example/bildung/uebergang",
            "../../kennzahlen/uebergangsquote-ausbildung/data.csv",
            "../../kennzahlen/uebergangsquote-ausbildung/data.xlsx"
        ]
    );
    // The method is Markdown: its internal link leads to the measure's page.
    assert_eq!(texts(&doc, "section.indicator-about h3"), ["Methode"]);
    let method = attrs(&doc, "section.indicator-about div.body a", "href");
    assert_eq!(method, ["../../massnahmen/kennzahlen-schule-beruf/"]);
    assert!(
        out.join("massnahmen/kennzahlen-schule-beruf/index.html")
            .is_file()
    );
    // An indicator without any metadata has no such section.
    let bare = page(&out, "kennzahlen/ohne-abschluss/index.html");
    assert_eq!(
        texts(&bare, "section.indicator-about dt"),
        ["Quelle", "Die Werte als Datei"]
    );
}

#[test]
fn the_english_page_takes_the_translated_texts_and_the_shared_facts() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "en/indicators/uebergangsquote-ausbildung/index.html");
    assert_eq!(
        facts(&doc),
        [
            "Definition Share of a year's school leavers who start dual or school-based vocational training by 31 December of the same year.",
            "Numerator school leavers who start training by 31 December",
            "Denominator all school leavers of general schools in the summer",
            "Source Specialist planning working group (sample values)",
            "Published yearly",
            "Next value expected 31 March 2026",
            "The values as a file Download as CSV: Transition rate from school to vocational training · Download as Excel workbook: Transition rate from school to vocational training",
        ]
    );
    let method = attrs(&doc, "section.indicator-about div.body a", "href");
    assert_eq!(method, ["../../measures/kennzahlen-schule-beruf/"]);
}

#[test]
fn the_series_downloads_hold_every_value() {
    let (_tmp, out) = build_example();
    let dir = out.join("kennzahlen/uebergangsquote-ausbildung");
    assert_eq!(
        std::fs::read_to_string(dir.join("data.csv")).unwrap(),
        "year,value\n2021,53.1\n2022,55.4\n2023,57.2\n2024,58.9\n"
    );
    // From data/ausbildungsabbrueche.csv with its two dimensions: every
    // row in the file's order, "insgesamt" written as the empty total.
    assert_eq!(
        std::fs::read_to_string(out.join("kennzahlen/ausbildungsabbrueche/data.csv")).unwrap(),
        "year,value,Stadtteil,Geschlecht\n2021,23.6,,\n2022,23.9,,\n2023,22.8,,\n2024,22.5,,\n\
         2023,21,Mitte,\n2023,19.5,Nord,\n2023,27.9,Ost,\n2023,22.4,West,\n\
         2024,20.6,Mitte,\n2024,19.1,Nord,\n2024,27,Ost,\n2024,22.8,West,\n\
         2023,20.9,,weiblich\n2023,24.5,,männlich\n2024,20.4,,weiblich\n2024,24.4,,männlich\n\
         2024,25.1,Ost,weiblich\n"
    );
    // The workbook's header names the dimensions as the file does.
    use calamine::Reader;
    let mut book =
        calamine::open_workbook_auto(out.join("kennzahlen/ausbildungsabbrueche/data.xlsx"))
            .unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header, ["Jahr", "Wert", "Stadtteil", "Geschlecht"]);
    assert_eq!(range.rows().count(), 18);
    let xlsx = std::fs::read(dir.join("data.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK"), "a workbook is a zip");
}

#[test]
fn portal_json_and_the_catalogue_carry_the_metadata() {
    let (_tmp, out) = build_example();
    let json = portal_json(&out);
    let x = by_slug(&json, "indicators", "uebergangsquote-ausbildung");
    assert_eq!(x["periodicity"], "annual");
    assert_eq!(x["next_update"], "2026-03-31");
    assert_eq!(
        x["source_url"],
        "https://statistik.musterstadt.example/bildung/uebergang"
    );
    assert_eq!(
        x["numerator"],
        "Schulabgängerinnen und -abgänger mit Ausbildungsbeginn bis 31. Dezember"
    );
    assert!(
        x["method"]
            .as_str()
            .unwrap()
            .contains("(@/measures/kennzahlen-schule-beruf.md)")
    );
    let bare = by_slug(&json, "indicators", "ohne-abschluss");
    assert!(bare["definition"].is_null() && bare["periodicity"].is_null());
    let en = &json["translations"]["en"]["indicators"]["uebergangsquote-ausbildung"];
    assert_eq!(
        en["numerator"],
        "school leavers who start training by 31 December"
    );

    let catalog: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("daten/catalog.jsonld")).unwrap()).unwrap();
    let base = "https://transparenz.musterstadt.example/kennzahlen/uebergangsquote-ausbildung/";
    let ds = catalog["dcat:dataset"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["@id"] == format!("{base}#dataset"))
        .expect("the indicator's dataset");
    assert_eq!(
        ds["dct:accrualPeriodicity"]["@id"],
        "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
    );
    assert!(
        ds["dct:description"]["@value"]
            .as_str()
            .unwrap()
            .starts_with("Anteil der Schulabgängerinnen")
    );
    assert_eq!(
        ds["dct:source"]["@id"],
        "https://statistik.musterstadt.example/bildung/uebergang"
    );
    assert_eq!(
        ds["dct:creator"]["foaf:name"],
        "AG Fachplanung (Beispielwerte)"
    );
    assert_eq!(ds["dct:temporal"]["dcat:startDate"]["@value"], "2021-01-01");
    assert_eq!(ds["dct:temporal"]["dcat:endDate"]["@value"], "2024-12-31");
    let downloads: Vec<&str> = ds["dcat:distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dcat:downloadURL"]["@id"].as_str().unwrap())
        .collect();
    assert_eq!(
        downloads,
        [format!("{base}data.csv"), format!("{base}data.xlsx")]
    );
    // Every indicator with values is a dataset: all three of the example.
    let indicators = catalog["dcat:dataset"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["@id"].as_str().unwrap().ends_with("/#dataset"))
        .count();
    assert_eq!(indicators, 3);
}

#[test]
fn measures_and_indicators_name_each_other() {
    let (_tmp, out) = build_example();
    // content-example: kennzahlen-schule-beruf names uebergangsquote-ausbildung
    // and ausbildungsabbrueche; jugendsozialarbeit-schulen names
    // ohne-abschluss and uebergangsquote-ausbildung.
    let doc = page(&out, "massnahmen/kennzahlen-schule-beruf/index.html");
    assert_eq!(
        texts(&doc, "#h-indicators"),
        ["Kennzahlen, an denen die Maßnahme arbeitet"]
    );
    assert_eq!(
        texts(&doc, "main ul.indicators li a"),
        [
            "Übergangsquote Schule–Ausbildung",
            "Vorzeitig gelöste Ausbildungsverträge"
        ]
    );
    // Each with its status: 58.9 in 2024 against the path from 52.0 (2020)
    // to 64.0 (2028), which expects 52 + 12 · 4/8 = 58.0: on track.
    let first = &texts(&doc, "main ul.indicators li")[0];
    assert!(first.contains("auf Kurs"), "{first}");
    let doc = page(&out, PAGE);
    assert_eq!(
        texts(&doc, "#h-measures"),
        ["Maßnahmen, die an dieser Kennzahl arbeiten"]
    );
    assert_eq!(
        texts(&doc, "main section[aria-labelledby=h-measures] tbody th a"),
        [
            "Jugendsozialarbeit an Schulen",
            "Kennzahlen für den Übergang Schule–Beruf"
        ]
    );
    for href in attrs(
        &doc,
        "main section[aria-labelledby=h-measures] tbody th a",
        "href",
    ) {
        let target = out
            .join("kennzahlen/uebergangsquote-ausbildung")
            .join(&href);
        assert!(target.join("index.html").is_file(), "{href}");
    }
    // An indicator no measure names has no such section.
    let doc = page(&out, "kennzahlen/ausbildungsabbrueche/index.html");
    assert_eq!(
        texts(&doc, "main section[aria-labelledby=h-measures] tbody th a"),
        ["Kennzahlen für den Übergang Schule–Beruf"]
    );
    let json = portal_json(&out);
    assert_eq!(
        by_slug(&json, "measures", "jugendsozialarbeit-schulen")["indicators"],
        serde_json::json!(["ohne-abschluss", "uebergangsquote-ausbildung"])
    );
}

#[test]
fn an_unknown_indicator_names_the_closest() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let file = portal.join("content/measures/kennzahlen-schule-beruf.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("\"ausbildungsabbrueche\"]", "\"ausbildungsabbruche\"]"),
    )
    .unwrap();
    let run = klarsicht(
        &["check", portal.to_str().unwrap(), "--lang", "en"],
        tmp.path(),
    );
    assert!(!run.success);
    assert_eq!(
        run.diagnostics(),
        "content/measures/kennzahlen-schule-beruf.md:5:45: error: unknown indicator `ausbildungsabbruche`\n  hint: did you mean `ausbildungsabbrueche`?"
    );
}

#[test]
fn a_breakdown_shows_a_table_and_small_charts_per_dimension() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "kennzahlen/ausbildungsabbrueche/index.html");
    assert_eq!(
        texts(&doc, "section.breakdowns h3"),
        ["Nach Stadtteil", "Nach Geschlecht"]
    );
    // data/ausbildungsabbrueche.csv: the rows of one dimension alone, with
    // the headline value of the year as the total.
    let tables = cells(&doc, "section.breakdowns tr");
    assert_eq!(
        tables,
        [
            vec!["Jahr", "Mitte", "Nord", "Ost", "West", "Insgesamt"],
            vec!["2023", "21", "19,5", "27,9", "22,4", "22,8"],
            vec!["2024", "20,6", "19,1", "27", "22,8", "22,5"],
            vec!["Jahr", "weiblich", "männlich", "Insgesamt"],
            vec!["2023", "20,9", "24,5", "22,8"],
            vec!["2024", "20,4", "24,4", "22,5"],
        ]
    );
    // A chart per district and per sex, each titled and described.
    let titles = texts(&doc, "section.breakdowns .small-multiples svg title");
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[2], "Vorzeitig gelöste Ausbildungsverträge: Ost");
    let descs = texts(&doc, "section.breakdowns .small-multiples svg desc");
    assert_eq!(descs[2], "2023: 27,9 %, 2024: 27 %");
    // The one row of Ost's women is in the download only, and the page says so.
    assert_eq!(
        texts(&doc, "section.breakdowns p.meta"),
        [
            "Nach mehreren Merkmalen zugleich aufgegliederte Werte stehen nur in der Datei zum Herunterladen: 1."
        ]
    );
    // The headline series is the rows without a dimension: the chart and
    // the status are the same as before the breakdown was added.
    let json = portal_json(&out);
    let x = by_slug(&json, "indicators", "ausbildungsabbrueche");
    assert_eq!(x["values"].as_array().unwrap().len(), 4);
    assert_eq!(
        x["values"][3],
        serde_json::json!({ "year": 2024, "value": 22.5 })
    );
}

#[test]
fn a_comparison_is_drawn_dotted_and_tabled_beside_the_values() {
    let (_tmp, out) = build_example();
    let doc = page(&out, PAGE);
    assert_eq!(
        cells(&doc, "section[aria-labelledby=h-compare] tr"),
        [
            vec!["Jahr", "Stadt Musterstadt – Sozialreferat", "Land"],
            vec!["2021", "53,1", "55"],
            vec!["2022", "55,4", "56,2"],
            vec!["2023", "57,2", "57"],
            vec!["2024", "58,9", "57,9"],
        ]
    );
    assert_eq!(
        texts(&doc, "section[aria-labelledby=h-compare] p.meta"),
        ["Land: Quelle Statistisches Landesamt (Beispielwerte)"]
    );
    // In the chart: a series of its own with a diamond per value, named in
    // the legend and in the text equivalent.
    let svg = doc
        .select(&scraper::Selector::parse("main figure svg").unwrap())
        .next()
        .unwrap()
        .html();
    assert_eq!(
        svg.matches("series-compare-1").count(),
        2,
        "legend and line"
    );
    assert_eq!(
        svg.matches("class=\"marker\"").count(),
        5,
        "a diamond per value and one in the legend"
    );
    let desc = texts(&doc, "main figure svg desc")[0].clone();
    assert!(
        desc.ends_with("; Land: 2021: 55 %, 2022: 56,2 %, 2023: 57 %, 2024: 57,9 %"),
        "{desc}"
    );
    let json = portal_json(&out);
    let x = by_slug(&json, "indicators", "uebergangsquote-ausbildung");
    assert_eq!(x["compare"][0]["label"], "Land");
    assert_eq!(
        x["compare"][0]["values"][3],
        serde_json::json!({ "year": 2024, "value": 57.9 })
    );
    let en = page(&out, "en/indicators/uebergangsquote-ausbildung/index.html");
    assert_eq!(
        texts(&en, "section[aria-labelledby=h-compare] th[scope=col]")[2],
        "State"
    );
}
