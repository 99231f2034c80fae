//! Income apart from expense, revised plans, product codes and figures per
//! inhabitant, on a small portal whose figures are computed here by hand.

use crate::util::*;

/// Two measures; the build date is 15 July 2025, so 2025 is the budget year.
///
/// | measure | year | kind    | planned | revised | actual | product  | where |
/// |---------|------|---------|---------|---------|--------|----------|-------|
/// | a       | 2024 | expense | 10 000  | 12 000  |  9 000 | 31.10.01 | front matter |
/// | a       | 2025 | expense | 10 000  |         |        | 31.10.01 | front matter |
/// | a       | 2024 | income  |  4 000  |         |  4 500 |          | front matter |
/// | b       | 2024 | expense |  5 000  |         |  5 000 | 36.20.01 | budget.csv |
/// | b       | 2025 | income  |  1 000  |         |        |          | budget.csv |
fn portal(dir: &std::path::Path) {
    let write = |p: &str, s: &str| {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, s).unwrap();
    };
    write(
        "site.toml",
        "title = \"Haushalt\"\nlanguage = \"de\"\nbase_url = \"https://h.example/\"\npopulation = 3000\n",
    );
    write("content/goals/ziel.md", "+++\ntitle = \"Ziel\"\n+++\n");
    write(
        "content/measures/a.md",
        "+++\ntitle = \"A\"\ngoals = [\"ziel\"]\nstatus = \"in_progress\"\n\
         [[budget]]\nyear = 2024\nplanned = 10000\nrevised = 12000\nactual = 9000\nproduct = \"31.10.01\"\n\
         [[budget]]\nyear = 2025\nplanned = 10000\nproduct = \"31.10.01\"\n\
         [[budget]]\nyear = 2024\nkind = \"income\"\nplanned = 4000\nactual = 4500\nlabel = \"Fördermittel\"\n+++\n",
    );
    write(
        "content/measures/b.md",
        "+++\ntitle = \"B\"\ngoals = [\"ziel\"]\nstatus = \"planned\"\n+++\n",
    );
    write(
        "data/budget.csv",
        "measure,year,label,planned,actual,reference,kind,product,revised\n\
         b,2024,Sachkosten,5000,5000,,,36.20.01,\n\
         b,2025,Gebühren,1000,,,income,,\n",
    );
}

#[test]
fn income_revised_plans_products_and_per_inhabitant_figures() {
    let tmp = tempfile::tempdir().unwrap();
    portal(tmp.path());
    let (_o, out) = build_portal(tmp.path(), "2025-07-15");
    let doc = page(&out, "haushalt/index.html");
    // Expense: Ansatz 10 000 + 10 000 + 5 000 = 25 000; in force
    // 12 000 + 10 000 + 5 000 = 27 000; accounted (lines with an actual)
    // 12 000 + 5 000 = 17 000; actual 9 000 + 5 000 = 14 000; difference
    // 3 000; rate 14 000 ÷ 17 000 = 82.35 % → 82,4 %.
    assert_eq!(
        rows(&doc, "#by-year tfoot tr"),
        ["Summe 25.000,00 € 27.000,00 € 17.000,00 € 14.000,00 € 3.000,00 € 82,4 %"]
    );
    // Income: 4 000 + 1 000 planned; 4 500 in against 4 000 planned:
    // difference −500, rate 112,5 %.
    assert_eq!(
        rows(&doc, "#income-by-year tfoot tr"),
        ["Summe 5.000,00 € 5.000,00 € 4.000,00 € 4.500,00 € −500,00 € 112,5 %"]
    );
    // Net by year, plans in force: 2024 17 000 − 4 000 = 13 000, actual
    // 14 000 − 4 500 = 9 500; 2025 10 000 − 1 000 = 9 000, no actual yet.
    assert_eq!(
        rows(&doc, "#net-by-year tbody tr"),
        [
            "2024 17.000,00 € 4.000,00 € 13.000,00 € 14.000,00 € 4.500,00 € 9.500,00 €",
            "2025 10.000,00 € 1.000,00 € 9.000,00 € – – –",
        ]
    );
    assert_eq!(
        rows(&doc, "#net-by-year tfoot tr"),
        ["Summe 27.000,00 € 5.000,00 € 22.000,00 € 14.000,00 € 4.500,00 € 9.500,00 €"]
    );
    // By product: a's two expense lines, then b's.
    assert_eq!(
        cells(&doc, "#by-product tbody tr")
            .iter()
            .map(|r| format!("{} {}", r[0], r[2]))
            .collect::<Vec<_>>(),
        ["31.10.01 22.000,00 €", "36.20.01 5.000,00 €"]
    );
    // Per inhabitant (3 000): 2025 10 000 ÷ 3 000 = 3,33 €; 2024 17 000 ÷
    // 3 000 = 5,67 € and 14 000 ÷ 3 000 = 4,67 €; all years 27 000 ÷ 3 000
    // = 9,00 €, actual again 4,67 €.
    assert_eq!(
        texts(&doc, "#per-inhabitant caption"),
        ["Je Einwohnerin und Einwohner (3.000 Einwohnerinnen und Einwohner)"]
    );
    assert_eq!(
        rows(&doc, "#per-inhabitant tbody tr"),
        [
            "Haushaltsjahr 2025 10.000,00 € 3,33 € – –",
            "Haushaltsjahr 2024 17.000,00 € 5,67 € 14.000,00 € 4,67 €",
            "Alle Jahre 2024–2025 27.000,00 € 9,00 € 14.000,00 € 4,67 €",
        ]
    );

    // The measure page shows its income and its lines apart.
    let a = page(&out, "massnahmen/a/index.html");
    assert_eq!(
        rows(&a, "#income-lines tbody tr"),
        ["2024 Fördermittel – – 4.000,00 € 4.000,00 € 4.500,00 €"]
    );
    assert_eq!(
        rows(&a, "#lines tfoot tr"),
        ["Summe 20.000,00 € 22.000,00 € 9.000,00 €"]
    );

    // portal.json carries the same figures.
    let json: serde_json::Value = portal_json(&out);
    assert_eq!(json["budget_total"]["revised"], "27000.00");
    assert_eq!(json["budget_total"]["execution_rate_percent"], "82.4");
    assert_eq!(json["budget_income_total"]["actual"], "4500.00");
    assert_eq!(json["budget_net_by_year"][0]["net_actual"], "9500.00");
    assert_eq!(json["population"], 3000);
    assert_eq!(
        json["budget_per_inhabitant"][2]["year"],
        serde_json::Value::Null
    );
    assert_eq!(json["budget_per_inhabitant"][2]["planned"], "9.00");
    assert_eq!(json["budget_by_product"][0]["product"], "31.10.01");
    let line = &json["budget_lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["kind"] == "income" && l["measure"] == "b")
        .unwrap();
    assert_eq!(line["planned"], "1000.00");
    assert_eq!(line["label"], "Gebühren");
}

#[test]
fn without_income_revisions_or_population_the_extra_columns_stay_away() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    // No line of the example has a revised plan: no revised column anywhere.
    let heads = texts(&doc, "#by-year thead th");
    assert_eq!(
        heads,
        [
            "Jahr",
            "Ansatz",
            "Abgerechneter Ansatz",
            "Ist",
            "Differenz",
            "Ausschöpfung"
        ]
    );
    // The measure has no income lines: no income table.
    assert!(texts(&doc, "#income-by-year").is_empty());
}
