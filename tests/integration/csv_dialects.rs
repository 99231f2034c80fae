//! Budget and indicator CSV files as German office software saves them:
//! `;` between fields, decimal comma, dots between thousands, Windows-1252,
//! CRLF, a byte-order mark, German header names, quoted line breaks. Each
//! builds to the same figures as the machine form.

use std::path::Path;

use crate::util::*;

/// The base fixture with `data/budget.csv` holding `bytes`.
fn portal_with_budget(dir: &Path, bytes: &[u8]) {
    copy_dir(&fixtures().join("base"), dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("data/budget.csv"), bytes).unwrap();
}

/// kita-ausbau's budget-by-year rows: its front matter has 2024 planned
/// 1.000 €; the CSV adds 2025 (240.000 planned, 238.420,75 actual) and 2026
/// (50.000 planned).
const EXPECTED_ROWS: [&str; 3] = [
    "2024 1.000,00 € – – – –",
    "2025 240.000,00 € 240.000,00 € 238.420,75 € 1.579,25 € 99,3 %",
    "2026 50.000,00 € – – – –",
];

fn budget_rows(out: &Path) -> Vec<String> {
    rows(
        &page(out, "massnahmen/kita-ausbau/index.html"),
        "table#by-year tbody tr",
    )
}

#[test]
fn the_machine_form_gives_the_figures_the_others_must_match() {
    let tmp = tempfile::tempdir().unwrap();
    portal_with_budget(
        tmp.path(),
        b"measure,year,label,planned,actual,reference\n\
          kita-ausbau,2025,Bau,240000,238420.75,HH 2025\n\
          kita-ausbau,2026,Bau,50000,,HH 2026\n",
    );
    let (_o, out) = build_portal(tmp.path(), "2025-07-15");
    assert_eq!(budget_rows(&out), EXPECTED_ROWS);
}

#[test]
fn german_excel_csv_in_windows_1252_with_semicolons_and_decimal_commas() {
    let tmp = tempfile::tempdir().unwrap();
    // What "CSV (Trennzeichen-getrennt)" in German Excel writes: Windows-1252
    // (ß = DF, ä = E4), CRLF, `;`, German headers in another order, a quoted
    // purpose with a line break, thousands dots and a decimal comma.
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(b"Ma\xDFnahme;Jahr;Plan;Ist;Zweck;Fundstelle;Art\r\n");
    bytes.extend_from_slice(
        b"kita-ausbau;2025;240.000,00;238.420,75;\"Bau und\r\nAusstattung\";HH 2025;Aufwand\r\n",
    );
    bytes.extend_from_slice(
        b"kita-ausbau;2026;50.000;;Bau;HH 2026 (Entwurf, \xE4ndert sich);Aufwand\r\n",
    );
    portal_with_budget(tmp.path(), &bytes);
    let (_o, out, run) = build_portal_run(tmp.path(), "2025-07-15");
    assert_eq!(
        run.diagnostics(),
        "data/budget.csv:1:1: warning: file is not UTF-8; read as Windows-1252, the encoding German Excel saves “CSV” in\n  \
         hint: to be sure of every character, save it as “CSV UTF-8” (Excel) or with the character set UTF-8 (LibreOffice)"
    );
    assert_eq!(budget_rows(&out), EXPECTED_ROWS);
    let lines = rows(
        &page(&out, "massnahmen/kita-ausbau/index.html"),
        "table#lines tbody tr",
    );
    assert_eq!(
        lines[2],
        "2026 Bau – HH 2026 (Entwurf, ändert sich) 50.000,00 € –"
    );
    assert_eq!(
        lines[1],
        "2025 Bau und Ausstattung – HH 2025 240.000,00 € 238.420,75 €"
    );
}

#[test]
fn csv_utf8_with_a_byte_order_mark_and_tabs() {
    let tmp = tempfile::tempdir().unwrap();
    portal_with_budget(
        tmp.path(),
        "\u{feff}measure\tyear\tlabel\tplanned\tactual\treference\n\
         kita-ausbau\t2025\tBau\t240000\t238420.75\tHH 2025\n\
         kita-ausbau\t2026\tBau\t50000\t\tHH 2026\n"
            .as_bytes(),
    );
    let (_o, out) = build_portal(tmp.path(), "2025-07-15");
    assert_eq!(budget_rows(&out), EXPECTED_ROWS);
}

#[test]
fn errors_in_a_semicolon_file_say_which_form_was_read() {
    let tmp = tempfile::tempdir().unwrap();
    portal_with_budget(
        tmp.path(),
        "Maßnahme;Jahr;Zweck;Plan;Ist;Fundstelle;Kostenstelle\n\
         kita-ausbau;2025;Bau;1.234,5x;;;\n"
            .as_bytes(),
    );
    let run = klarsicht(&["check", "."], tmp.path());
    assert!(!run.success);
    assert_eq!(
        run.diagnostics(),
        "data/budget.csv:1:41: error: unknown column `Kostenstelle` (semicolon-separated, decimal comma)\n  \
         hint: the header is measure,year,label,planned,actual,reference, optionally with kind,product,revised \
         (in any order; German names work too: Maßnahme, Jahr, Zweck, Plan or Ansatz, Ist, Fundstelle, Art, Produkt, Ansatz fortgeschrieben)"
    );
    std::fs::write(
        tmp.path().join("data/budget.csv"),
        "Maßnahme;Jahr;Zweck;Plan;Ist;Fundstelle\nkita-ausbau;2025;Bau;1.234,5x;;\n",
    )
    .unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    assert_eq!(
        run.diagnostics(),
        "data/budget.csv:2:22: error: column `planned` (semicolon-separated, decimal comma): `1.234,5x` is not an amount\n  \
         hint: write amounts like 50.000 or 48.250,50 (decimal comma, `.` between thousands) or 48250.50"
    );
}

#[test]
fn indicator_series_in_german_form() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    std::fs::create_dir_all(tmp.path().join("content/indicators")).unwrap();
    std::fs::write(
        tmp.path().join("content/indicators/quote.md"),
        "+++\ntitle = \"Quote\"\nunit = \"%\"\ngoals = [\"teilhabe\"]\ndata = \"quote.csv\"\n+++\n",
    )
    .unwrap();
    std::fs::create_dir_all(tmp.path().join("data")).unwrap();
    std::fs::write(
        tmp.path().join("data/quote.csv"),
        b"\xEF\xBB\xBFJahr;Wert\r\n2023;61,5\r\n2024;1.234,25\r\n",
    )
    .unwrap();
    let (_o, out) = build_portal(tmp.path(), "2025-07-15");
    let json = portal_json(&out);
    assert_eq!(
        by_slug(&json, "indicators", "quote")["values"],
        serde_json::json!([{ "year": 2023, "value": 61.5 }, { "year": 2024, "value": 1234.25 }])
    );
}

/// The base fixture with one of tests/fixtures/sheets/ as data/budget.<ext>.
fn portal_with_sheet(dir: &Path, ext: &str) {
    copy_dir(&fixtures().join("base"), dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::copy(
        fixtures().join(format!("sheets/budget.{ext}")),
        dir.join(format!("data/budget.{ext}")),
    )
    .unwrap();
}

/// Files LibreOffice made (scripts/make-sheet-fixtures.sh): a title block
/// above the header, German headers, a formula (=120000*2, read by its
/// saved value), "50.000" typed as text, an empty row. Same figures as the
/// CSV forms.
#[test]
fn budget_spreadsheets_from_libreoffice_give_the_same_figures() {
    for ext in ["xlsx", "ods"] {
        let tmp = tempfile::tempdir().unwrap();
        portal_with_sheet(tmp.path(), ext);
        let (_o, out) = build_portal(tmp.path(), "2025-07-15");
        assert_eq!(budget_rows(&out), EXPECTED_ROWS, "{ext}");
        // The lines keep their purpose and reference.
        let json = portal_json(&out);
        let refs: Vec<&str> = json["budget_lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l["reference"].as_str())
            .collect();
        assert_eq!(refs, ["HH 2025", "HH 2026"], "{ext}");
    }
}

#[test]
fn errors_in_a_spreadsheet_name_the_sheet_and_the_cell() {
    let tmp = tempfile::tempdir().unwrap();
    portal_with_sheet(tmp.path(), "xlsx");
    // A CSV beside it with a bad amount, and the sheet's lines join it: the
    // CSV's error has its line and column, and nothing is built.
    std::fs::write(
        tmp.path().join("data/budget.csv"),
        "measure,year,label,planned,actual,reference\nkita-ausbau,2027,Bau,5O000,,\n",
    )
    .unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    assert_eq!(
        run.diagnostics(),
        "data/budget.csv:2:22: error: column `planned`: `5O000` is not an amount\n  \
         hint: write amounts like 50000 or 48250.50, `.` as decimal point; or \"48.250,50\" in quotes"
    );
    std::fs::remove_file(tmp.path().join("data/budget.csv")).unwrap();
    // An unknown measure in the sheet: Haushalt!A4, row 4, column 1.
    let sheet = std::fs::read(fixtures().join("sheets/budget.ods")).unwrap();
    std::fs::remove_file(tmp.path().join("data/budget.xlsx")).unwrap();
    std::fs::write(tmp.path().join("data/budget.ods"), sheet).unwrap();
    std::fs::rename(
        tmp.path().join("content/measures/kita-ausbau.md"),
        tmp.path().join("content/measures/kita-neubau.md"),
    )
    .unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    let d = run.diagnostics();
    assert!(
        d.contains("data/budget.ods:4:1: error: unknown measure `kita-ausbau`"),
        "{d}"
    );
}

#[test]
fn indicator_series_from_a_named_sheet() {
    for ext in ["xlsx", "ods"] {
        let tmp = tempfile::tempdir().unwrap();
        copy_dir(&fixtures().join("base"), tmp.path());
        std::fs::create_dir_all(tmp.path().join("content/indicators")).unwrap();
        std::fs::create_dir_all(tmp.path().join("data")).unwrap();
        std::fs::copy(
            fixtures().join(format!("sheets/kennzahlen.{ext}")),
            tmp.path().join(format!("data/kennzahlen.{ext}")),
        )
        .unwrap();
        let indicator = |sheet: &str| {
            format!(
                "+++\ntitle = \"Quote\"\nunit = \"%\"\ngoals = [\"teilhabe\"]\ndata = \"kennzahlen.{ext}\"\nsheet = \"{sheet}\"\n+++\n"
            )
        };
        let file = tmp.path().join("content/indicators/quote.md");
        std::fs::write(&file, indicator("Quote")).unwrap();
        let (_o, out) = build_portal(tmp.path(), "2025-07-15");
        assert_eq!(
            by_slug(&portal_json(&out), "indicators", "quote")["values"],
            serde_json::json!([{ "year": 2023, "value": 61.5 }, { "year": 2024, "value": 61.567 }]),
            "{ext}"
        );
        std::fs::write(&file, indicator("Quoten")).unwrap();
        let run = klarsicht(&["check", "."], tmp.path());
        assert_eq!(
            run.diagnostics(),
            format!(
                "data/kennzahlen.{ext}:1:1: error: no sheet `Quoten`\n  hint: its sheets are: Hinweise, Quote"
            )
        );
    }
}

/// content-example keeps its budget as German Excel writes it (`;`, decimal
/// comma, German headers, CRLF); the same lines in the machine form
/// (tests/fixtures/budget-forms/machine.csv) build the same site, byte for
/// byte, downloads included.
#[test]
fn the_example_budget_in_german_form_equals_the_machine_form() {
    let german = std::fs::read_to_string(example().join("data/budget.csv")).unwrap();
    assert!(german.starts_with("Maßnahme;Jahr;Zweck;Ansatz;Ist;Fundstelle;Art\r\n"));
    let tmp = tempfile::tempdir().unwrap();
    let machine = tmp.path().join("portal");
    copy_dir(&example(), &machine);
    std::fs::copy(
        fixtures().join("budget-forms/machine.csv"),
        machine.join("data/budget.csv"),
    )
    .unwrap();
    let (_a, from_german) = build_example();
    let (_b, from_machine) = build_portal(&machine, "2025-07-15");
    assert_eq!(snapshot(&from_machine), snapshot(&from_german));
}
