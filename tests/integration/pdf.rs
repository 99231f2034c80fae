//! The accessible PDFs, read back with Debian's poppler-utils (pdfinfo,
//! pdftotext) and qpdf (the tagged structure, the bookmarks, the XMP
//! metadata): a goal's council paper and the whole portal, each tagged
//! PDF/UA-1 with its language, title, bookmarks, header cells and the
//! charts' alt texts; `pdf = false` turns them off; content is never
//! Typst markup.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::util::*;

const GOAL: &str = "ziele/wirkungen-erzielen/index.html";
const PDF: &str =
    "ziele/wirkungen-erzielen/sitzungsunterlage/sitzungsunterlage-wirkungen-erzielen.pdf";

/// A tool's standard output; None (skipped) when the machine lacks it,
/// a failure under CI=true, where .ci/run installs it.
fn tool(name: &str, args: &[&str]) -> Option<String> {
    match Command::new(name).args(args).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{name} {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) => {
            missing(&format!(
                "{name} is not installed (Debian's poppler-utils and qpdf)"
            ));
            None
        }
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// pdftotext's text with lines joined: words split at a line end (a soft
/// hyphen) joined again, no-break spaces as spaces, runs of space as one.
fn text_of(pdf: &Path) -> Option<String> {
    // -layout keeps a table's row on one line.
    let raw = tool("pdftotext", &["-layout", path(pdf), "-"])?;
    let joined = raw.replace("\u{ad}\n", "").replace('\u{a0}', " ");
    Some(joined.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// One line of pdfinfo: `Title:           …` → `…`.
fn info(pdf: &Path, key: &str) -> Option<String> {
    let out = tool("pdfinfo", &[path(pdf)])?;
    let line = out.lines().find(|l| l.starts_with(&format!("{key}:")));
    Some(line.map_or(String::new(), |l| l[key.len() + 1..].trim().to_string()))
}

/// The PDF's objects, as qpdf's JSON (version 2) gives them.
struct Objects(serde_json::Map<String, Value>);

impl Objects {
    fn read(pdf: &Path) -> Option<Objects> {
        let json = tool("qpdf", &["--json=2", "--json-key=qpdf", path(pdf)])?;
        let v: Value = serde_json::from_str(&json).unwrap();
        let objs = v["qpdf"][1].as_object().unwrap().clone();
        Some(Objects(objs))
    }

    fn get(&self, reference: &Value) -> &Value {
        let r = reference.as_str().unwrap();
        &self.0[&format!("obj:{r}")]["value"]
    }

    fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.values().map(|v| &v["value"])
    }

    fn catalog(&self) -> &Value {
        self.values().find(|v| v["/Type"] == "/Catalog").unwrap()
    }

    /// Structure elements of type `s` (`/H1`, `/TH`, `/Figure` …).
    fn elements(&self, s: &str) -> Vec<&Value> {
        self.values()
            .filter(|v| v["/S"] == s && v.get("/P").is_some())
            .collect()
    }

    /// The bookmarks as (depth, title), in order.
    fn bookmarks(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let outlines = self.get(&self.catalog()["/Outlines"]);
        self.walk(&outlines["/First"], 0, &mut out);
        out
    }

    fn walk(&self, first: &Value, depth: usize, out: &mut Vec<(usize, String)>) {
        let mut next = first;
        while !next.is_null() {
            let item = self.get(next);
            let title = item["/Title"].as_str().unwrap().trim_start_matches("u:");
            out.push((depth, title.to_string()));
            self.walk(&item["/First"], depth + 1, out);
            next = &item["/Next"];
        }
    }
}

#[test]
fn a_goals_council_paper_is_an_accessible_pdf_with_its_measures_and_amounts() {
    let (_tmp, out) = build_example();
    // The goal page and the council paper page link it.
    let goal = page(&out, GOAL);
    let link = attrs(&goal, "main .paper-link a[type='application/pdf']", "href");
    assert_eq!(link, [format!("../../{PDF}")]);
    let pdf = out.join(PDF);
    assert!(pdf.is_file());
    let paper = page(
        &out,
        "ziele/wirkungen-erzielen/sitzungsunterlage/index.html",
    );
    assert_eq!(
        attrs(&paper, "main a[type='application/pdf']", "href"),
        [
            "../../../ziele/wirkungen-erzielen/sitzungsunterlage/sitzungsunterlage-wirkungen-erzielen.pdf"
        ]
    );
    let Some(title) = info(&pdf, "Title") else {
        return;
    };
    assert_eq!(title, "Ziel 4: Wirkungen erzielen");
    assert_eq!(info(&pdf, "Tagged").unwrap(), "yes");
    assert!(info(&pdf, "Page size").unwrap().ends_with("(A4)"));
    let pages: usize = info(&pdf, "Pages").unwrap().parse().unwrap();
    // Every measure of the goal, numbered as on the paper page; the goal's
    // budget by year: planned 330.500,00 €, of which 155.500,00 € with an
    // actual amount of 152.250,50 €: difference 3.249,50 €, rate
    // 152.250,50 ÷ 155.500,00 = 97,9 %.
    let text = text_of(&pdf).unwrap();
    let measures = texts(&paper, "main .paper-measure h3");
    assert_eq!(measures.len(), 9);
    for m in &measures {
        assert!(text.contains(m.as_str()), "{m} in {text}");
    }
    let total = "Summe 330.500,00 € 155.500,00 € 152.250,50 € 3.249,50 € 97,9 %";
    assert!(text.contains(total), "{text}");
    // Every page's foot: address, Datenstand, page n of m.
    for n in 1..=pages {
        let foot = format!(
            "transparenz.musterstadt.example · Datenstand 30. Juni 2025 Seite {n} von {pages}"
        );
        assert!(text.contains(&foot), "{foot}");
    }
    let objects = Objects::read(&pdf).unwrap();
    structure_is_accessible(&objects, "de");
    let outline: Vec<(usize, String)> = objects
        .bookmarks()
        .into_iter()
        .filter(|(depth, _)| *depth < 2)
        .collect();
    let expected = [
        (0, "Ziel 4: Wirkungen erzielen"),
        (1, "1. Stand des Ziels"),
        (1, "2. Haushalt"),
        (1, "3. Die Maßnahmen im Einzelnen"),
        (1, "4. Kennzahlen"),
        (1, "5. Neuester Bericht"),
    ];
    assert_eq!(outline, expected.map(|(d, t)| (d, t.to_string())));
    // The measures are bookmarks below "3.", in order.
    let below: Vec<String> = objects
        .bookmarks()
        .into_iter()
        .filter(|(depth, title)| *depth == 2 && title.starts_with("3."))
        .map(|(_, t)| t)
        .collect();
    assert_eq!(below, measures);
    // The charts' alt texts are their values, as on the indicator pages.
    let alts: Vec<String> = objects
        .elements("/Figure")
        .iter()
        .map(|f| {
            f["/Alt"]
                .as_str()
                .unwrap()
                .trim_start_matches("u:")
                .to_string()
        })
        .collect();
    assert!(!alts.is_empty());
    for alt in &alts {
        assert!(alt.contains(": Werte: "), "{alt}");
    }
    // XMP says PDF/UA-1.
    let qdf = _tmp.path().join("qdf.pdf");
    tool(
        "qpdf",
        &["--qdf", "--object-streams=disable", path(&pdf), path(&qdf)],
    )
    .unwrap();
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(
        raw.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "PDF/UA-1 in the XMP metadata"
    );
}

/// What PDF/UA-1 asks of every document: language, title shown as the
/// window's title, marked content, one H1, tables with column and row
/// header cells, figures with alt text.
fn structure_is_accessible(objects: &Objects, lang: &str) {
    let catalog = objects.catalog();
    assert_eq!(catalog["/Lang"], format!("u:{lang}"));
    assert_eq!(catalog["/MarkInfo"]["/Marked"], true);
    assert_eq!(catalog["/ViewerPreferences"]["/DisplayDocTitle"], true);
    assert!(catalog.get("/StructTreeRoot").is_some());
    assert_eq!(objects.elements("/H1").len(), 1);
    let scopes: Vec<&str> = objects
        .elements("/TH")
        .iter()
        .filter_map(|th| th["/A"].as_array())
        .flat_map(|a| a.iter().filter_map(|x| x["/Scope"].as_str()))
        .collect();
    assert!(
        scopes.contains(&"/Column") && scopes.contains(&"/Row"),
        "{scopes:?}"
    );
    assert!(!objects.elements("/Table").is_empty());
    for f in objects.elements("/Figure") {
        assert!(f["/Alt"].as_str().is_some_and(|a| a.len() > 4), "{f}");
    }
}

#[test]
fn the_whole_portal_is_a_pdf_on_the_data_page_in_each_language() {
    let (_tmp, out) = build_example();
    let data = page(&out, "daten/index.html");
    let rows = cells(&data, "table.downloads tbody tr");
    let row = rows
        .iter()
        .find(|r| r[0].starts_with("Das ganze Portal als PDF"))
        .expect("the data page lists the portal's PDF");
    let pdf = out.join("daten/portal.pdf");
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert_eq!(row[1], "PDF");
    // The size as the data page writes sizes: kB with one decimal,
    // rounded half up (the example's PDF is some hundred kB).
    let tenths = (size + 50) / 100;
    assert!((1_000..10_000).contains(&tenths), "{size}");
    assert_eq!(row[2], format!("{},{} kB", tenths / 10, tenths % 10));
    let Some(title) = info(&pdf, "Title") else {
        return;
    };
    assert_eq!(title, "Transparenzportal Sozialreferat Musterstadt");
    assert_eq!(info(&pdf, "Tagged").unwrap(), "yes");
    let objects = Objects::read(&pdf).unwrap();
    structure_is_accessible(&objects, "de");
    // The overview, then every goal as a chapter with its five parts.
    let outline = objects.bookmarks();
    let top: Vec<&str> = outline
        .iter()
        .filter(|(d, _)| *d == 1)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        top[..3],
        ["Ziele", "Haushalt nach Ziel", "Haushalt nach Jahr"]
    );
    // content-example's five goals.
    assert_eq!(
        top[3..],
        [
            "Ziel 1: Teilhabe für Alle",
            "Ziel 2: Prävention stärken",
            "Ziel 3: Wir stellen uns der Zukunft",
            "Ziel 4: Wirkungen erzielen",
            "Ziel 5: Der Mensch im Mittelpunkt"
        ]
    );
    // Each goal's measures one by one are left to its paper: the portal's
    // PDF names the paper's address and has no bookmark below "3.".
    // (In the outline's order a bookmark's children follow it.)
    let after: Vec<&str> = outline
        .windows(2)
        .filter(|w| w[0].1 == "3. Die Maßnahmen im Einzelnen")
        .map(|w| w[1].1.as_str())
        .collect();
    assert_eq!(after, ["4. Kennzahlen"; 5]);
    let text = text_of(&pdf).unwrap();
    let paper = "https://transparenz.musterstadt.example/ziele/wirkungen-erzielen/sitzungsunterlage/sitzungsunterlage-wirkungen-erzielen.pdf";
    // (The address breaks across lines: compared without spaces.)
    let squeezed: String = text.split(' ').collect();
    let pointer = format!(
        "3. Die Maßnahmen im Einzelnen Jede Maßnahme mit Meilensteinen und Haushalt steht in der Sitzungsunterlage dieses Ziels: {paper}"
    );
    assert!(squeezed.contains(&pointer.split(' ').collect::<String>()));
    // The portal's budget, as on the budget page: planned 1.457.800,00 €,
    // of which 888.000,00 € accounted for with 871.944,85 € actual:
    // difference 16.055,15 €, rate 871.944,85 ÷ 888.000,00 = 98,2 %.
    assert!(text.contains("Summe 1.457.800,00 € 888.000,00 € 871.944,85 € 16.055,15 € 98,2 %"));
    // The English portal's PDF is English.
    let en = out.join("en/data/portal.pdf");
    assert_eq!(
        info(&en, "Title").unwrap(),
        "Transparency portal of the Musterstadt Social Affairs Department"
    );
    structure_is_accessible(&Objects::read(&en).unwrap(), "en");
    assert!(text_of(&en).unwrap().contains("Page 1 of"));
}

#[test]
fn pdf_false_writes_no_pdf_and_links_none() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    prepend_to_site_toml(&src, "pdf = false");
    let (_out_tmp, out) = build_portal(&src, "2025-07-15");
    let pdfs: Vec<_> = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert!(pdfs.is_empty(), "{pdfs:?}");
    assert!(attrs(&page(&out, GOAL), "a[type='application/pdf']", "href").is_empty());
    let data = page(&out, "daten/index.html");
    assert!(
        !texts(&data, "table.downloads th a")
            .iter()
            .any(|t| t.contains("PDF"))
    );
}

#[test]
fn content_is_set_as_text_never_as_typst_markup() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&example(), &src);
    let file = src.join("content/goals/wirkungen-erzielen.md");
    let md = std::fs::read_to_string(&file).unwrap();
    let hostile =
        r#"title = "Wirkungen #panic(\"x\") $x^2$ *fett* ] \\ <lab> @ref // kein Kommentar 東京""#;
    let md = md.replacen("title = \"Wirkungen erzielen\"", hostile, 1);
    std::fs::write(&file, md).unwrap();
    let (_out_tmp, out, run) = build_portal_run(&src, "2025-07-15");
    // The two characters no embedded font has: a warning per PDF that
    // shows the goal's title (its paper and the portal's; the English
    // pages show the goal's translation).
    let warning = |pdf: &str, file: &str| {
        format!(
            "{file}:1:1: warning: the PDF `{pdf}` shows characters its fonts do not have as �: 京 (U+4EAC), 東 (U+6771)\n  hint: the PDFs embed Noto Sans and DejaVu Sans (Latin, Greek, Cyrillic and common symbols); the web pages show these characters with the reader's fonts"
        )
    };
    let goal = "content/goals/wirkungen-erzielen.md";
    let diagnostics = run.diagnostics();
    assert_eq!(
        diagnostics,
        [warning(PDF, goal), warning("daten/portal.pdf", "site.toml")].join("\n")
    );
    let Some(title) = info(&out.join(PDF), "Title") else {
        return;
    };
    assert_eq!(
        title,
        "Ziel 4: Wirkungen #panic(\"x\") $x^2$ *fett* ] \\ <lab> @ref // kein Kommentar ��"
    );
    let text = text_of(&out.join(PDF)).unwrap();
    assert!(
        text.contains(
            "Ziel 4: Wirkungen #panic(\"x\") $x^2$ *fett* ] \\ <lab> @ref // kein Kommentar ��"
        ),
        "{text}"
    );
}
