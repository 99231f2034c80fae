//! The default theme's public-sector duties: the accessibility statement,
//! the imprint link, and complete German and English UI strings.

use std::collections::BTreeMap;

use scraper::Selector;

use crate::util::*;

/// Each footer link of a page as (text, href).
fn footer_links(doc: &scraper::Html) -> Vec<(String, String)> {
    let sel = Selector::parse("footer ul a").unwrap();
    doc.select(&sel)
        .map(|a| {
            (
                a.text().collect::<String>(),
                a.value().attr("href").unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn the_accessibility_statement_and_the_imprint_are_linked_from_every_page() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "barrierefreiheit/index.html");
    assert_eq!(texts(&doc, "h1"), ["Erklärung zur Barrierefreiheit"]);
    assert_eq!(
        texts(&doc, "main h2"),
        [
            "Stand der Vereinbarkeit mit den Anforderungen",
            "Nicht barrierefreie Inhalte",
            "Erstellung dieser Erklärung",
            "Barrieren melden",
            "Schlichtungsverfahren"
        ]
    );
    let paras = texts(&doc, "main p");
    assert!(
        paras[0].starts_with("Stadt Musterstadt – Sozialreferat möchte dieses Portal"),
        "{paras:?}"
    );
    assert_eq!(
        paras[1],
        "Dieses Portal ist mit den Anforderungen teilweise vereinbar. Die unten genannten Inhalte sind nicht barrierefrei."
    );
    assert!(
        paras[2].starts_with(
            "Die Erklärung beruht auf einer Bewertung vom 1. Juli 2025. Methode: Selbstbewertung"
        ),
        "{paras:?}"
    );
    assert_eq!(texts(&doc, "main li").len(), 1);
    let links: Vec<String> = doc
        .select(&Selector::parse("main a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        links,
        [
            "mailto:barrierefreiheit@musterstadt.example",
            "https://www.schlichtungsstelle-bgg.de/"
        ]
    );
    // Every page links both from its footer, first of all.
    let mut pages = 0;
    for e in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = e
            .path()
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // The blocks for other sites have a source line instead (embed.rs).
        let block = rel.starts_with("einbetten/") || rel.starts_with("en/embed/");
        if !rel.ends_with(".html") || rel.starts_with("pagefind/") || block {
            continue;
        }
        // English pages link within en/, by their own words.
        let english = rel.starts_with("en/");
        let depth = rel.matches('/').count() - usize::from(english);
        let root = if depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(depth)
        };
        let expected = if english {
            [
                ("Imprint", "impressum/"),
                ("Accessibility statement", "accessibility/"),
            ]
        } else {
            [
                ("Impressum", "impressum/"),
                ("Erklärung zur Barrierefreiheit", "barrierefreiheit/"),
            ]
        };
        let links = footer_links(&page(&out, &rel));
        assert_eq!(
            links[..2],
            expected.map(|(t, h)| (t.to_string(), format!("{root}{h}"))),
            "{rel}"
        );
        pages += 1;
    }
    // 120 pages in German (with 404.html, the page in Leichte Sprache, the
    // SDG page, the districts page and 5 district pages, 10 topic pages, 5 goals' council papers and 48 narrowed lists and filter pages: measures by 7
    // statuses, 5 goals and 13 owners and 3 filter pages, reports by 6
    // goals (one "none") and 4 years and 2 filter pages, indicators by 3
    // goals and 3 statuses and 2 filter pages), 118 in English (no
    // 404.html, no Leichte Sprache: both exist once, at the root).
    assert_eq!(pages, 238);
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml"))
        .unwrap()
        .replace("&#x2f;", "/");
    assert!(
        sitemap.contains("<loc>https://transparenz.musterstadt.example/barrierefreiheit/</loc>")
    );
}

#[test]
fn an_english_portal_gets_an_english_statement_and_no_statement_without_facts() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let toml = portal.join("site.toml");
    let config = std::fs::read_to_string(&toml).unwrap();
    // Without [accessibility] there is no statement page and no footer link.
    let (_a, out) = build_portal(&portal, "2025-07-15");
    assert!(!out.join("barrierefreiheit").exists());
    assert!(
        !footer_links(&page(&out, "index.html"))
            .iter()
            .any(|(t, _)| t.contains("Barrierefreiheit"))
    );
    std::fs::write(
        &toml,
        config.replace("language = \"de\"", "language = \"en\"")
            + "[organisation]\nimprint = \"https://city.example/imprint\"\n\
               [accessibility]\nstatus = \"full\"\nevaluated = 2025-03-31\ncontact = \"https://city.example/feedback\"\n",
    )
    .unwrap();
    let (_b, out) = build_portal(&portal, "2025-07-15");
    let doc = page(&out, "accessibility/index.html");
    assert_eq!(texts(&doc, "h1"), ["Accessibility statement"]);
    let paras = texts(&doc, "main p");
    assert!(
        paras[0].starts_with("Testportal wants this portal to be accessible"),
        "{paras:?}"
    );
    assert_eq!(
        paras[1],
        "This portal fully complies with these requirements."
    );
    assert_eq!(
        paras[2],
        "This statement is based on an evaluation of 31 March 2025."
    );
    assert!(
        texts(&doc, "main h2")
            .iter()
            .all(|h| h != "Content that is not accessible")
    );
    assert_eq!(
        footer_links(&page(&out, "index.html"))[..2],
        [
            (
                "Imprint".to_string(),
                "https://city.example/imprint".to_string()
            ),
            (
                "Accessibility statement".to_string(),
                "./accessibility/".to_string()
            )
        ]
    );
}

fn strings(lang: &str) -> BTreeMap<String, String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("themes/default/i18n/{lang}.toml"));
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn german_and_english_have_every_ui_string() {
    let (de, en) = (strings("de"), strings("en"));
    let only = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&de, &en), Vec::<String>::new(), "missing in en.toml");
    assert_eq!(only(&en, &de), Vec::<String>::new(), "missing in de.toml");
    for (lang, map) in [("de", &de), ("en", &en)] {
        let empty: Vec<&String> = map
            .iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(k, _)| k)
            .collect();
        assert!(empty.is_empty(), "{lang}: empty strings {empty:?}");
    }
    assert!(de.len() > 100, "{}", de.len());
}

#[test]
fn the_city_colours_reach_every_page_through_one_stylesheet() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let toml = portal.join("site.toml");
    let config = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, config + "[colors]\nbrand = \"#8b0000\"\n").unwrap();
    let (_a, out) = build_portal(&portal, "2025-07-15");
    assert_eq!(
        std::fs::read_to_string(out.join("assets/brand.css")).unwrap(),
        "@media (prefers-color-scheme:light),print{:root{--brand:#8b0000;--brand-contrast:#ffffff}}\n"
    );
    for path in ["index.html", "ziele/teilhabe/index.html"] {
        let doc = page(&out, path);
        let sheets: Vec<String> = doc
            .select(&Selector::parse("link[rel=stylesheet]").unwrap())
            .map(|l| l.value().attr("href").unwrap().replace("&#x2f;", "/"))
            .collect();
        let root = if path == "index.html" { "./" } else { "../../" };
        assert_eq!(
            sheets,
            [
                format!("{root}assets/style.css"),
                format!("{root}assets/brand.css"),
                format!("{root}assets/print-margins.css")
            ],
            "{path}: the brand colours come after the theme's, the printed margins last"
        );
    }
}

/// content-example with `theme = "plain"`.
fn plain_example() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let toml = portal.join("site.toml");
    let config = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        config.replace("theme = \"default\"", "theme = \"plain\""),
    )
    .unwrap();
    (tmp, portal)
}

#[test]
fn the_tera_theme_plain_renders_every_page_from_the_same_views() {
    let (_d, default_out) = build_example();
    let (_p, portal) = plain_example();
    let (_o, plain_out) = build_portal(&portal, "2025-07-15");
    assert_eq!(html_pages(&plain_out), html_pages(&default_out));
    // The same figures in another template language.
    let goal = page(&plain_out, "ziele/wirkungen-erzielen/index.html");
    assert_eq!(texts(&goal, "h1"), ["Wirkungen erzielen"]);
    assert!(texts(&goal, "main p").contains(&"Fortschritt: 51 %".to_string()));
    assert_eq!(
        rows(&goal, "#by-year tfoot tr"),
        ["Summe 330.500,00 € 155.500,00 € 152.250,50 € 3.249,50 € 97,9 %"]
    );
    // Grouped by strategy as in the default theme, with the same anchors.
    assert_eq!(
        texts(&goal, "h3"),
        [
            "Finanz- und Fachcontrolling aufeinander abstimmen",
            "Einheitliche Kriterien für Zuschüsse entwickeln",
            "Drittmittel, Spenden und Fördermittel einwerben",
            "Weitere Maßnahmen"
        ]
    );
    assert!(texts(&goal, "main p").contains(&"Fortschritt der Strategie: 80 %".to_string()));
    let sel = scraper::Selector::parse(
        "h3[id=strategie-einheitliche-kriterien-fuer-zuschuesse-entwickeln]",
    )
    .unwrap();
    assert_eq!(goal.select(&sel).count(), 1);
    let measure = page(&plain_out, "massnahmen/kulturwandel-sozialamt/index.html");
    assert_eq!(
        texts(&measure, "h1"),
        ["Kulturwandel im Sozialamt begleiten"]
    );
    assert!(texts(&measure, "dd").contains(&"in Umsetzung".to_string()));
    // Escaped like the default theme: the stylesheet is the plain one.
    let home = std::fs::read_to_string(plain_out.join("index.html")).unwrap();
    assert!(home.contains("assets/plain.css"), "{home}");
    assert!(plain_out.join("assets/plain.css").is_file());
    let feed = std::fs::read_to_string(plain_out.join("berichte/atom.xml")).unwrap();
    assert!(feed.starts_with("<?xml"), "{feed}");
    assert_eq!(feed.matches("<entry>").count(), 5);
}

#[test]
fn a_site_template_overrides_one_template_of_the_tera_theme_and_errors_name_the_line() {
    let (_p, portal) = plain_example();
    std::fs::create_dir_all(portal.join("templates")).unwrap();
    std::fs::write(
        portal.join("templates/404.html"),
        "{% extends \"base.html\" %}\n{% block content %}<h1>Weg</h1>{% endblock content %}\n",
    )
    .unwrap();
    let (_o, out) = build_portal(&portal, "2025-07-15");
    assert_eq!(texts(&page(&out, "404.html"), "h1"), ["Weg"]);
    std::fs::write(
        portal.join("templates/404.html"),
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ t.not_found }</h1>{% endblock content %}\n",
    )
    .unwrap();
    let run = klarsicht(
        &["check", portal.to_str().unwrap(), "--today", "2025-07-15"],
        &portal,
    );
    assert!(!run.success);
    assert_eq!(
        run.diagnostics(),
        "templates/404.html:3:20: error: template error: Found `}` but expected }}."
    );
}

#[test]
fn minijinja_template_errors_name_the_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    std::fs::create_dir_all(portal.join("templates")).unwrap();
    // A syntax error: the lone `}` at line 3, column 22.
    std::fs::write(
        portal.join("templates/404.html"),
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>x {{ t.not_found }</h1>{% endblock content %}\n",
    )
    .unwrap();
    let check = |portal: &std::path::Path| {
        let run = klarsicht(
            &["check", portal.to_str().unwrap(), "--today", "2025-07-15"],
            portal,
        );
        assert!(!run.success);
        run.diagnostics()
    };
    assert_eq!(
        check(&portal),
        "templates/404.html:3:22: error: template error: syntax error: unexpected `}`, expected end of variable block"
    );
    // A render error: an unknown variable in the middle of line 3.
    std::fs::write(
        portal.join("templates/404.html"),
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>x {{ page.gibts_nicht }}</h1>{% endblock content %}\n",
    )
    .unwrap();
    assert_eq!(
        check(&portal),
        "templates/404.html:3:10: error: template error: undefined value: `page.gibts_nicht` is undefined"
    );
}

#[test]
fn one_measure_is_singular_in_both_themes() {
    // The base fixture's goal has exactly one measure.
    let (_t, out) = build_portal(&fixtures().join("base"), "2025-07-15");
    assert_eq!(texts(&page(&out, "index.html"), ".meta")[0], "1 Maßnahme");
    let progress = texts(&page(&out, "fortschritt/index.html"), "caption").join(" | ");
    assert!(progress.contains("(1 Maßnahme)"), "{progress}");
    for (file, text) in [
        ("index.html", "home"),
        ("ziele/index.html", "goals"),
        ("fortschritt/index.html", "progress"),
    ] {
        let html = std::fs::read_to_string(out.join(file)).unwrap();
        assert!(!html.contains("1 Maßnahmen"), "{text}: {file}");
    }
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    let site = std::fs::read_to_string(tmp.path().join("site.toml")).unwrap();
    std::fs::write(
        tmp.path().join("site.toml"),
        format!("theme = \"plain\"\n{site}"),
    )
    .unwrap();
    let (_p, plain) = build_portal(tmp.path(), "2025-07-15");
    let goals = texts(&page(&plain, "ziele/index.html"), "main li").join(" | ");
    assert!(goals.contains("(1 Maßnahme)"), "{goals}");
}
