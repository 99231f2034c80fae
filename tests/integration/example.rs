//! Builds content-example and checks the real output.

use std::path::{Component, Path, PathBuf};

use scraper::{Html, Selector};

use crate::util::*;

#[test]
fn every_page_of_the_design_exists() {
    let (_tmp, out) = build_example();
    for p in [
        "index.html",
        "fortschritt/index.html",
        "ziele/index.html",
        "ziele/teilhabe-fuer-alle/index.html",
        "massnahmen/index.html",
        "massnahmen/kulturwandel-sozialamt/index.html",
        "massnahmen/kulturwandel-sozialamt/antrag-haushalt-2024-2025.txt",
        "berichte/index.html",
        "berichte/sachstand-dezernat-2023/index.html",
        "berichte/atom.xml",
        "kennzahlen/index.html",
        "kennzahlen/ausbildungsabbrueche/index.html",
        "haushalt/index.html",
        "haushalt/by-year.csv",
        "haushalt/by-goal.csv",
        "haushalt/by-owner.csv",
        "suche/index.html",
        "daten/index.html",
        "daten/portal.json",
        "daten/measures.csv",
        "daten/budget.csv",
        "daten/indicators.csv",
        "impressum/index.html",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "logo.svg",
        "assets/style.css",
        "assets/sortable.js",
        "assets/search.js",
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/wasm.de.pagefind",
    ] {
        assert!(out.join(p).is_file(), "missing {p}");
    }
}

#[test]
fn measure_page_shows_its_budget_by_year() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    // 2024 and 2025 from front matter, 2026 and 2027 from data/budget.csv: 4 × 50,000.
    assert_eq!(
        rows(&doc, "table#by-year tbody tr"),
        [
            "2024 50.000,00 € 50.000,00 € 48.250,50 € 1.749,50 € 96,5 %",
            "2025 50.000,00 € – – – –",
            "2026 50.000,00 € – – – –",
            "2027 50.000,00 € – – – –",
        ]
    );
    // Difference and rate compare the lines with an actual amount (2024 only):
    // 50,000 − 48,250.50 = 1,749.50; 48,250.50 / 50,000 = 96.501 % → 96.5 %.
    assert_eq!(
        rows(&doc, "table#by-year tfoot tr"),
        ["Summe 200.000,00 € 50.000,00 € 48.250,50 € 1.749,50 € 96,5 %"]
    );
}

#[test]
fn goal_progress_equals_the_hand_computed_mean() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "ziele/wirkungen-erzielen/index.html");
    // Measures of the goal: Sozialmonitoring 2 of 4 milestones = 50, Jahresplanung 40,
    // Kulturwandel 35, Förderrichtlinie 60, Leistungsvereinbarungen planned = 0,
    // Fachstelle completed = 100, Leitungs-Workshop 3 of 4 milestones = 75,
    // Kennzahlen 45; Finanzcontrolling (on hold, no figure) is left out.
    // (50+40+35+60+0+100+75+45) / 8 = 405 / 8 = 50.625 → 51 %.
    assert_eq!(
        texts(&doc, ".progress-value").first().map(String::as_str),
        Some("51 %")
    );
    // A cancelled measure is left out: Teilhabe has BasKIDhall 70, Ferienabenteuer 100,
    // Lektorat planned 0, Sozialmonitoring 50, Stadtteilzentrum cancelled (10, ignored).
    // (70 + 100 + 0 + 50) / 4 = 55 %.
    let doc = page(&out, "ziele/teilhabe-fuer-alle/index.html");
    assert_eq!(
        texts(&doc, ".progress-value").first().map(String::as_str),
        Some("55 %")
    );
}

fn html_files(out: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().to_path_buf())
        .collect()
}

/// Resolves a relative link of the page at `page` (inside `out`) to a file.
fn target(out: &Path, page: &Path, href: &str) -> PathBuf {
    let path = href.split(['#', '?']).next().unwrap();
    let mut t = page.parent().unwrap().to_path_buf();
    for c in Path::new(path).components() {
        match c {
            Component::ParentDir => {
                assert!(
                    t.pop() && t.starts_with(out),
                    "{href} on {} leaves the site",
                    page.display()
                );
            }
            Component::Normal(n) => t.push(n),
            _ => {}
        }
    }
    if href.split(['#', '?']).next().unwrap().ends_with('/') || t.is_dir() {
        t.join("index.html")
    } else {
        t
    }
}

#[test]
fn all_links_are_relative_and_resolve() {
    let (_tmp, out) = build_example();
    let sel = Selector::parse("a[href], link[href], img[src], script[src], form[action]").unwrap();
    let mut checked = 0;
    let mut external = std::collections::BTreeSet::new();
    for file in html_files(&out) {
        if file.ends_with("404.html") {
            continue; // served at arbitrary paths by hosts; its links assume the site root
        }
        let doc = Html::parse_document(&std::fs::read_to_string(&file).unwrap());
        for el in doc.select(&sel) {
            let v = el.value();
            if v.attr("rel") == Some("canonical")
                || v.attr("hreflang").is_some() && v.name() == "link"
            {
                // canonical URLs and the languages' alternates are absolute
                // by definition (from base_url)
                continue;
            }
            let href = v
                .attr("href")
                .or(v.attr("src"))
                .or(v.attr("action"))
                .unwrap();
            assert!(!href.starts_with('/'), "{href} in {}", file.display());
            assert!(
                !href.contains("transparenz.musterstadt.example"),
                "the site links itself absolutely: {href} in {}",
                file.display()
            );
            // The accessibility statement's contact and arbitration body,
            // the licence and two contacts are the example's only links to
            // elsewhere.
            if href.starts_with("mailto:") || href.starts_with("tel:") || href.contains("://") {
                external.insert(href.to_string());
                continue;
            }
            if href.starts_with('#') {
                continue;
            }
            let t = target(&out, &file, href);
            assert!(
                t.is_file(),
                "{href} in {} points to missing {}",
                file.display(),
                t.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} links checked");
    assert_eq!(
        external.into_iter().collect::<Vec<_>>(),
        [
            "https://creativecommons.org/licenses/by/4.0/",
            "https://ratsinfo.musterstadt.example/dokumente/sv-iii-048.pdf",
            "https://ratsinfo.musterstadt.example/vo0050.asp?__kvonr=3048",
            "https://statistik.musterstadt.example/bildung/uebergang",
            "https://www.schlichtungsstelle-bgg.de/",
            "mailto:barrierefreiheit@musterstadt.example",
            "mailto:sozialamt@musterstadt.example",
            "mailto:soziales@musterstadt.example",
            "tel:0123871440"
        ]
    );
}

#[test]
fn drafts_are_absent_unless_asked_for() {
    let (tmp, out) = build_example();
    assert!(!out.join("massnahmen/familienpass-digital").exists());
    for f in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let text = String::from_utf8_lossy(&std::fs::read(f.path()).unwrap()).into_owned();
        assert!(
            !text.contains("Familienpass"),
            "draft leaked into {}",
            f.path().display()
        );
    }
    let with = tmp.path().join("with-drafts");
    let run = klarsicht(
        &[
            "build",
            example().to_str().unwrap(),
            "--output",
            with.to_str().unwrap(),
            "--drafts",
        ],
        tmp.path(),
    );
    assert!(run.success, "{}", run.stderr);
    assert!(
        with.join("massnahmen/familienpass-digital/index.html")
            .is_file()
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let build = || {
        klarsicht(
            &[
                "build",
                "portal",
                "--output",
                "out",
                "--today",
                "2025-07-15",
            ],
            tmp.path(),
        )
    };
    let run = build();
    assert!(run.success, "{}", run.stderr);
    let before = snapshot(&tmp.path().join("out"));
    assert!(before.len() > 40);
    let leftovers = || -> Vec<_> {
        std::fs::read_dir(tmp.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect()
    };
    // A broken link is found only after the pages were rendered, and
    // written into the staging folder as they were: that folder goes.
    let koki = portal.join("content/measures/koki-cafe.md");
    let original = std::fs::read_to_string(&koki).unwrap();
    std::fs::write(&koki, format!("{original}\n[Plan](../gibt-es-nicht/)\n")).unwrap();
    let run = build();
    assert!(!run.success);
    assert!(
        run.stderr.contains("content/measures/koki-cafe.md:16:8: error: link `../gibt-es-nicht/` leads to `massnahmen/gibt-es-nicht/index.html`, which the site does not have"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(snapshot(&tmp.path().join("out")), before);
    assert_eq!(leftovers().len(), 2, "no staging folder: {:?}", leftovers());
    std::fs::write(&koki, "+++\ntitle = \"KoKi\"\nstatus = \"unknown\"\n+++\n").unwrap();
    let run = build();
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("content/measures/koki-cafe.md:3:10: error: invalid status `unknown`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(snapshot(&tmp.path().join("out")), before);
    assert_eq!(
        leftovers().len(),
        2,
        "no temporary folders: {:?}",
        leftovers()
    );
}

#[test]
fn the_output_may_not_replace_a_foreign_folder_or_the_portal() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    std::fs::create_dir(tmp.path().join("docs")).unwrap();
    std::fs::write(tmp.path().join("docs/notes.txt"), "keep me").unwrap();
    let run = klarsicht(&["build", ".", "--output", "docs"], tmp.path());
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("was not made by klarsicht; refusing to replace it"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("docs/notes.txt")).unwrap(),
        "keep me"
    );
    let run = klarsicht(&["build", ".", "--output", "content/x"], tmp.path());
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("may not be the portal folder or one of its source folders"),
        "{}",
        run.stderr
    );
}

#[test]
fn data_exports_match_the_model() {
    let (_tmp, out) = build_example();
    let json: serde_json::Value = portal_json(&out);
    let goal = by_slug(&json, "goals", "wirkungen-erzielen");
    assert_eq!(goal["progress_percent"], 51);
    let by_year = std::fs::read_to_string(out.join("haushalt/by-year.csv")).unwrap();
    // Sum of all lines per year, e.g. 2027: only Kulturwandel's 50,000.
    assert!(by_year.contains("\n2027,50000.00,,,,\n"), "{by_year}");
}

#[test]
fn init_makes_a_portal_that_builds_and_new_adds_items() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(klarsicht(&["init", "portal"], tmp.path()).success);
    let portal = tmp.path().join("portal");
    let run = klarsicht(
        &[
            "new",
            "measure",
            "Neue Kita Süd",
            "--goal",
            "beispielziel",
            "--path",
            "portal",
        ],
        tmp.path(),
    );
    assert!(run.success, "{}", run.stderr);
    assert!(portal.join("content/measures/neue-kita-sued.md").is_file());
    let run = klarsicht(&["build", "portal"], tmp.path());
    assert!(run.success, "{}", run.stderr);
    assert!(
        portal
            .join("public/massnahmen/neue-kita-sued/index.html")
            .is_file()
    );
    let again = klarsicht(&["init", "portal"], tmp.path());
    assert!(!again.success && again.stderr.contains("already holds a portal"));
}

#[test]
fn a_cancelled_measure_shows_no_percentage_anywhere() {
    // Stadtteilzentrum Ost is cancelled and still says `progress = 10`.
    let (_tmp, out) = build_example();
    let page =
        std::fs::read_to_string(out.join("massnahmen/stadtteilzentrum-ost/index.html")).unwrap();
    // The embed code at the foot is HTML to copy (`width="100%"`), not a figure.
    let (before, code) = page.split_once("<details class=\"embed-code").unwrap();
    let after = &code[code.find("</details>").unwrap()..];
    assert!(
        !before.contains('%') && !after.contains('%'),
        "a percentage on the cancelled measure's page"
    );
    // Nor in its block for other sites.
    let block =
        std::fs::read_to_string(out.join("einbetten/massnahmen/stadtteilzentrum-ost/index.html"))
            .unwrap();
    assert!(!block.contains('%'), "a percentage in the measure's block");
    let list = page_rows(&out, "massnahmen/index.html", "Stadtteilzentrum");
    assert!(list.contains("Stadtteilzentrum Ost"), "{list}");
    assert!(!list.contains('%'), "{list}");
    let json: serde_json::Value = portal_json(&out);
    let m = by_slug(&json, "measures", "stadtteilzentrum-ost");
    assert_eq!(m["status"], "cancelled");
    assert!(m["progress_percent"].is_null());
}

/// The text of the list entries (rows or items) of `path` that mention `word`.
fn page_rows(out: &Path, path: &str, word: &str) -> String {
    let doc = page(out, path);
    texts(&doc, "tr, li, article")
        .into_iter()
        .filter(|t| t.contains(word))
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn contacts_are_shown_with_links_and_exported() {
    let (_tmp, out) = build_example();
    let goal = page(&out, "ziele/teilhabe-fuer-alle/index.html");
    assert_eq!(
        texts(&goal, "section.contact p"),
        ["Leitung Bereich Soziales, Sozialreferatsoziales@musterstadt.example0123 87-1440"]
    );
    let sel = scraper::Selector::parse("section.contact a").unwrap();
    let hrefs: Vec<&str> = goal
        .select(&sel)
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        ["mailto:soziales@musterstadt.example", "tel:0123871440"]
    );
    // A measure without a name or phone shows what it has.
    let m = page(&out, "massnahmen/kulturwandel-sozialamt/index.html");
    assert_eq!(
        texts(&m, "section.contact p"),
        ["Sozialamt, Organisationsentwicklungsozialamt@musterstadt.example"]
    );
    // Items without a contact have no such section.
    let other = page(&out, "ziele/praevention-staerken/index.html");
    assert!(texts(&other, "section.contact").is_empty());
    let json: serde_json::Value = portal_json(&out);
    let goal = by_slug(&json, "goals", "teilhabe-fuer-alle");
    assert_eq!(
        goal["contact"],
        serde_json::json!({
            "name": "Leitung Bereich Soziales",
            "unit": "Sozialreferat",
            "email": "soziales@musterstadt.example",
            "phone": "0123 87-1440"
        })
    );
    assert_eq!(json["indicators"][0]["contact"], serde_json::Value::Null);
}

/// `klarsicht --version` names the commit it was built from.
#[test]
fn the_version_names_the_commit() {
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("git, which a checkout of klarsicht has");
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let commit = git(&["rev-parse", "--short=10", "HEAD"]);
    let date = git(&["log", "-1", "--format=%cs"]);
    let run = klarsicht(&["--version"], Path::new("."));
    assert_eq!(
        run.stdout,
        format!(
            "klarsicht {} (commit {commit}, {date})\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}
