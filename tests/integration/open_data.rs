//! The open-data folder: portal.json against its schema, the zip, the DCAT-AP
//! catalogue, the data page, and CSV cells that must not run as formulas.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use scraper::Selector;
use serde_json::Value;

use crate::util::*;

fn json(out: &Path, path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(out.join(path)).unwrap()).unwrap()
}

fn repo_schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/portal.schema.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Every schema violation, as "path: message".
fn violations(schema: &Value, doc: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(schema).expect("a valid schema");
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn portal_json_follows_the_schema_kept_in_the_repository() {
    let schema = repo_schema();
    let (_t1, example) = build_example();
    let (_t2, publishing) = build_portal(&fixtures().join("publishing"), "2025-07-15");
    let (_t3, base) = build_portal(&fixtures().join("base"), "2025-07-15");
    for out in [&example, &publishing, &base] {
        let doc = json(out, "daten/portal.json");
        assert_eq!(violations(&schema, &doc), Vec::<String>::new(), "{out:?}");
        if out == &example {
            // The English data set, with the German texts under translations.
            let en = json(out, "en/data/portal.json");
            assert_eq!(violations(&schema, &en), Vec::<String>::new());
        }
        // The published schema is the repository's, byte for byte.
        assert_eq!(
            std::fs::read(out.join("daten/portal.schema.json")).unwrap(),
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/portal.schema.json"))
                .unwrap()
        );
    }
    // The schema is strict: a field it does not describe is an error, so a
    // new field in portal.json fails this test until the schema has it.
    let mut doc = json(&example, "daten/portal.json");
    doc["measures"][0]["budget"]["planned"] = Value::from(12.5);
    doc["goals"][0]["colour"] = Value::from("blue");
    let v = violations(&schema, &doc);
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(
        v.iter()
            .any(|e| e.starts_with("/goals/0: Additional properties are not allowed ('colour'")),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|e| e.starts_with("/measures/0/budget/planned: 12.5 is not of type \"string\"")),
        "{v:?}"
    );

    let doc = json(&publishing, "daten/portal.json");
    assert_eq!(doc["license"]["id"], "DL-DE-BY-2.0");
    assert_eq!(doc["license"]["url"], "https://www.govdata.de/dl-de/by-2-0");
    assert_eq!(doc["$schema"], "portal.schema.json");
}

#[test]
fn portal_json_carries_the_budget_figures_the_pages_show() {
    let (_tmp, out) = build_example();
    let doc = json(&out, "daten/portal.json");
    // by year: the same rows as haushalt/by-year.csv (one definition of each figure).
    let csv = std::fs::read_to_string(out.join("haushalt/by-year.csv")).unwrap();
    let mut from_csv: Vec<String> = csv.lines().skip(1).map(String::from).collect();
    from_csv.pop(); // the totals row
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    let from_json: Vec<String> = doc["budget_by_year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{},{},{},{},{},{}",
                r["year"],
                text(&r["planned"]),
                text(&r["planned_of_lines_with_actual"]),
                text(&r["actual"]),
                text(&r["difference"]),
                text(&r["execution_rate_percent"])
            )
        })
        .collect();
    assert_eq!(from_json, from_csv);
    // 2024: 491,000 planned, 479,971.70 spent, all lines reported:
    // 479,971.70 ÷ 491,000 = 97.754 % → 97.8 %.
    assert_eq!(
        from_json[1],
        "2024,491000.00,491000.00,479971.70,11028.30,97.8"
    );
    // The budget year on 15 July 2025, and 2025 against 2024:
    // 469,800 − 491,000 = −21,200; ÷ 491,000 = −4.318 % → −4.3 %.
    assert_eq!(doc["budget_year"], 2025);
    let y2025 = &doc["budget_year_on_year"][2];
    assert_eq!(y2025["year"], 2025);
    assert_eq!(y2025["planned_change"]["delta"], "-21200.00");
    assert_eq!(y2025["planned_change"]["percent"], "-4.3");
    assert_eq!(y2025["actual_change"], Value::Null);
    // Counted twice under goals: the goals' planned sums minus the total.
    let goals_planned: f64 = doc["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            g["budget"]["planned"]
                .as_str()
                .unwrap()
                .parse::<f64>()
                .unwrap()
        })
        .sum();
    assert_eq!(goals_planned, 1_965_800.0);
    assert_eq!(doc["budget_counted_twice"]["planned"], "508000.00");
    assert_eq!(doc["budget_total"]["planned"], "1457800.00");
    let owners: usize = doc["budget_by_owner"].as_array().unwrap().len();
    let owner_csv = std::fs::read_to_string(out.join("haushalt/by-owner.csv")).unwrap();
    assert_eq!(owners, owner_csv.lines().count() - 2);
    // A milestone's state on the build date (15 July 2025).
    let chain = by_slug(&doc, "measures", "praeventionskette");
    let states: Vec<&str> = chain["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["done", "overdue", "due"]);
}

#[test]
fn the_zip_holds_every_data_file_and_a_readme() {
    let (_tmp, out) = build_example();
    let bytes = std::fs::read(out.join("daten/portal.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut content = Vec::new();
        f.read_to_end(&mut content).unwrap();
        if name == "LIESMICH.txt" {
            let text = String::from_utf8(content).unwrap();
            assert!(text.starts_with("Transparenzportal Sozialreferat Musterstadt\n\nOffene Daten: https://transparenz.musterstadt.example/daten/\nLizenz: Creative Commons Namensnennung 4.0 International (CC BY 4.0) – https://creativecommons.org/licenses/by/4.0/\n"), "{text}");
        } else {
            assert_eq!(
                content,
                std::fs::read(out.join("daten").join(&name)).unwrap(),
                "{name}"
            );
        }
        names.push(name);
    }
    assert_eq!(
        names,
        [
            "LIESMICH.txt",
            "portal.json",
            "portal.schema.json",
            "measures.csv",
            "measures.xlsx",
            "budget.csv",
            "budget.xlsx",
            "indicators.csv",
            "indicators.xlsx"
        ]
    );
}

#[test]
fn the_dcat_catalogue_describes_each_dataset_and_its_downloads() {
    let (_tmp, out) = build_portal(&fixtures().join("publishing"), "2025-07-15");
    let cat = json(&out, "daten/catalog.jsonld");
    let base = "https://stadt.example/portal/";
    assert_eq!(cat["@type"], "dcat:Catalog");
    assert_eq!(cat["@id"], format!("{base}daten/catalog.jsonld"));
    assert_eq!(cat["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert_eq!(cat["dct:title"]["@value"], "Portal Teststadt");
    assert_eq!(cat["dct:title"]["@language"], "de");
    assert_eq!(cat["dct:publisher"]["foaf:name"], "Stadt Teststadt");
    assert_eq!(
        cat["dct:license"]["@id"],
        "https://www.govdata.de/dl-de/by-2-0"
    );
    assert_eq!(cat["dct:modified"]["@value"], "2025-06-20");
    let datasets = cat["dcat:dataset"].as_array().unwrap();
    let ids: Vec<&str> = datasets
        .iter()
        .map(|d| d["@id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            format!("{base}daten/#portal"),
            format!("{base}daten/#measures"),
            format!("{base}daten/#budget"),
            format!("{base}daten/#indicators")
        ]
    );
    let mut downloads = BTreeMap::new();
    for d in datasets {
        assert_eq!(d["@type"], "dcat:Dataset");
        assert_eq!(d["dcat:landingPage"]["@id"], format!("{base}daten/"));
        assert_eq!(
            d["dct:language"]["@id"],
            "http://publications.europa.eu/resource/authority/language/DEU"
        );
        assert!(!d["dct:description"]["@value"].as_str().unwrap().is_empty());
        for dist in d["dcat:distribution"].as_array().unwrap() {
            let url = dist["dcat:downloadURL"]["@id"].as_str().unwrap();
            let file = url.strip_prefix(base).unwrap();
            let size: u64 = dist["dcat:byteSize"]["@value"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            assert_eq!(
                size,
                std::fs::metadata(out.join(file)).unwrap().len(),
                "{file}"
            );
            assert_eq!(
                dist["dct:license"]["@id"],
                "https://www.govdata.de/dl-de/by-2-0"
            );
            downloads.insert(
                file.to_string(),
                (
                    dist["dcat:mediaType"]["@id"].as_str().unwrap().to_string(),
                    dist["dct:format"]["@id"]
                        .as_str()
                        .unwrap()
                        .rsplit('/')
                        .next()
                        .unwrap()
                        .to_string(),
                ),
            );
        }
    }
    let media = |m: &str, f: &str| {
        (
            format!("https://www.iana.org/assignments/media-types/{m}"),
            f.to_string(),
        )
    };
    assert_eq!(
        downloads,
        BTreeMap::from([
            (
                "daten/portal.json".to_string(),
                media("application/json", "JSON")
            ),
            (
                "daten/portal.zip".to_string(),
                media("application/zip", "ZIP")
            ),
            // The whole portal as an accessible PDF.
            (
                "daten/portal.pdf".to_string(),
                media("application/pdf", "PDF")
            ),
            ("daten/measures.csv".to_string(), media("text/csv", "CSV")),
            ("daten/budget.csv".to_string(), media("text/csv", "CSV")),
            ("daten/indicators.csv".to_string(), media("text/csv", "CSV")),
            // Each CSV's Excel twin is a second distribution of its dataset.
            ("daten/measures.xlsx".to_string(), media(XLSX, "XLSX")),
            ("daten/budget.xlsx".to_string(), media(XLSX, "XLSX")),
            ("daten/indicators.xlsx".to_string(), media(XLSX, "XLSX")),
        ])
    );
    assert_eq!(
        datasets[0]["dcat:distribution"][0]["dct:conformsTo"]["@id"],
        format!("{base}daten/portal.schema.json")
    );
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[test]
fn the_data_page_lists_every_download_with_its_size_and_the_licence() {
    let (_tmp, out) = build_portal(&fixtures().join("publishing"), "2025-07-15");
    let doc = page(&out, "daten/index.html");
    let rows = cells(&doc, "table.downloads tbody tr");
    let size = |f: &str| {
        let n = std::fs::metadata(out.join("daten").join(f)).unwrap().len();
        if n < 1000 {
            format!("{n} B")
        } else {
            // Tenths of a kB, rounded half up: 25,450 bytes are 25,5 kB.
            let tenths = (n + 50) / 100;
            format!("{},{} kB", tenths / 10, tenths % 10)
        }
    };
    let titles: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[0].split(".").next().unwrap().to_string(),
                r[1].clone(),
                r[2].clone(),
            )
        })
        .collect();
    assert_eq!(titles.len(), 11);
    assert_eq!(titles[0].1, "ZIP");
    assert_eq!(titles[0].2, size("portal.zip"));
    // The whole portal as an accessible PDF, after the ZIP.
    assert_eq!(titles[1].1, "PDF");
    assert_eq!(titles[1].2, size("portal.pdf"));
    assert_eq!(titles[2].1, "JSON");
    assert_eq!(titles[2].2, size("portal.json"));
    // Each table as CSV and as an Excel workbook beside it.
    assert_eq!(titles[4].1, "CSV");
    assert_eq!(titles[5].1, "XLSX");
    assert_eq!(titles[5].2, size("measures.xlsx"));
    assert_eq!(titles[10].1, "JSON-LD");
    assert_eq!(titles[10].2, size("catalog.jsonld"));
    let hrefs: Vec<String> = doc
        .select(&Selector::parse("table.downloads a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        hrefs,
        [
            "../daten/portal.zip",
            "../daten/portal.pdf",
            "../daten/portal.json",
            "../daten/portal.schema.json",
            "../daten/measures.csv",
            "../daten/measures.xlsx",
            "../daten/budget.csv",
            "../daten/budget.xlsx",
            "../daten/indicators.csv",
            "../daten/indicators.xlsx",
            "../daten/catalog.jsonld"
        ]
    );
    let licence: Vec<(String, String)> = doc
        .select(&Selector::parse(r#"a[rel="license"]"#).unwrap())
        .map(|a| {
            (
                a.text().collect(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    let url = "https://www.govdata.de/dl-de/by-2-0".to_string();
    assert_eq!(
        licence,
        [
            (
                "Datenlizenz Deutschland – Namensnennung – Version 2.0".to_string(),
                url.clone()
            ),
            ("dl-de/by-2-0".to_string(), url) // the footer's
        ]
    );
}

#[test]
fn text_cells_cannot_run_as_formulas_but_negative_amounts_stay_numbers() {
    // A refund: the actual amount is negative (planned amounts may not be).
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&fixtures().join("publishing"), &src);
    std::fs::write(
        src.join("content/measures/kuerzung.md"),
        "+++\ntitle = \"=HYPERLINK(\\\"https://evil.example\\\")\"\ngoals = [\"klima\"]\nstatus = \"planned\"\nstatus_note = \"=SUMME(A1)\"\nowner = \"@Kämmerei\"\n\n[[budget]]\nyear = 2025\nlabel = \"-Rückbuchung\"\nplanned = 500\nactual = \"-120.50\"\nreference = \"+HH 2025\"\n+++\n",
    )
    .unwrap();
    let (_t, out) = build_portal(&src, "2025-07-15");
    let measures = std::fs::read_to_string(out.join("daten/measures.csv")).unwrap();
    let row = measures
        .lines()
        .find(|l| l.starts_with("kuerzung,"))
        .unwrap();
    assert_eq!(
        row,
        r#"kuerzung,"'=HYPERLINK(""https://evil.example"")",klima,planned,0,'@Kämmerei,,,,500.00,-120.50,,false,'=SUMME(A1)"#
    );
    let budget = std::fs::read_to_string(out.join("daten/budget.csv")).unwrap();
    assert_eq!(
        budget.lines().collect::<Vec<_>>(),
        [
            "measure,year,label,planned,actual,reference,kind,product,revised",
            "kuerzung,2025,'-Rückbuchung,500.00,-120.50,'+HH 2025,expense,,"
        ]
    );
    let lines =
        std::fs::read_to_string(out.join("haushalt/massnahmen/kuerzung/lines.csv")).unwrap();
    assert_eq!(
        lines,
        "year,label,product,reference,planned,actual\n2025,'-Rückbuchung,,'+HH 2025,500.00,-120.50\nSumme,,,,500.00,-120.50\n"
    );
    let owners = std::fs::read_to_string(out.join("haushalt/by-owner.csv")).unwrap();
    assert!(
        owners.contains("\n'@Kämmerei,500.00,500.00,-120.50,620.50,-24.1\n"),
        "{owners}"
    );
}

/// The open-data workbooks hold their CSV's rows as typed cells, headed in
/// the portal's language.
#[test]
fn the_open_data_workbooks_equal_their_csv_files() {
    use calamine::{Data, Reader};
    let (_tmp, out) = build_example();
    let mut book = calamine::open_workbook_auto(out.join("daten/budget.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["Daten"]);
    let range = book.worksheet_range("Daten").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(
        rows[0][..5],
        [
            Data::String("Maßnahme".into()),
            Data::String("Jahr".into()),
            Data::String("Zweck".into()),
            Data::String("Ansatz".into()),
            Data::String("Ist".into()),
        ]
    );
    let csv = std::fs::read_to_string(out.join("daten/budget.csv")).unwrap();
    let first: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    // praeventionskette,2024,Moderation und Analyse,15000.00,9800.00,…
    assert_eq!(
        first[..5],
        [
            "praeventionskette",
            "2024",
            "Moderation und Analyse",
            "15000.00",
            "9800.00"
        ]
    );
    assert_eq!(rows[1][0], Data::String("praeventionskette".into()));
    assert_eq!(rows[1][1], Data::Float(2024.0));
    assert_eq!(rows[1][3], Data::Float(15000.0));
    assert_eq!(rows[1][4], Data::Float(9800.0));
    assert_eq!(rows.len(), csv.lines().count());
}
