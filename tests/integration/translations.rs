//! One portal in several languages (`languages = ["de", "en"]`): the first
//! at the root, English under `en/` with its URL words; translations hold
//! only texts; every page links its versions; untranslated items are shown
//! in German, marked as such.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use scraper::Selector;

use crate::util::*;

/// Where a relative `href` on the page at `page` leads, as a file of `out`.
fn target(out: &Path, page: &str, href: &str) -> std::path::PathBuf {
    let href = href.split('#').next().unwrap();
    let mut p = out.join(Path::new(page).parent().unwrap()).join(href);
    if href.ends_with('/') || href.is_empty() {
        p = p.join("index.html");
    }
    p
}

#[test]
fn the_example_publishes_german_at_the_root_and_english_under_en() {
    let (_tmp, out) = build_example();
    for path in [
        "index.html",
        "massnahmen/praeventionskette/index.html",
        "ziele/praevention-staerken/index.html",
        "leichte-sprache/index.html",
        "en/index.html",
        "en/measures/praeventionskette/index.html",
        "en/goals/praevention-staerken/index.html",
        "en/reports/haushalt-2024-2025-kulturwandel/index.html",
        "en/budget/index.html",
        "en/progress/index.html",
        "en/search/index.html",
        "en/data/index.html",
        "en/accessibility/index.html",
        "en/ueber-das-portal/index.html",
        "en/reports/atom.xml",
        "en/sitemap.xml",
        "en/pagefind/pagefind.js",
        "en/pagefind/wasm.en.pagefind",
        "pagefind/wasm.de.pagefind",
    ] {
        assert!(out.join(path).is_file(), "{path}");
    }
    // static/ and a bundle's files are published once, at the root.
    assert!(out.join("logo.svg").is_file());
    assert!(!out.join("en/logo.svg").exists());
    assert!(
        !out.join("en/measures/kulturwandel-sozialamt/antrag-haushalt-2024-2025.txt")
            .exists()
    );
    // German only: no English Leichte Sprache, robots.txt at the root only.
    assert!(!out.join("en/leichte-sprache").exists());
    assert!(!out.join("en/robots.txt").exists());
    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://transparenz.musterstadt.example/en/sitemap.xml\n"));

    let en = page(&out, "en/measures/praeventionskette/index.html");
    assert_eq!(attrs(&en, "html", "lang"), ["en"]);
    assert_eq!(
        texts(&en, "main h1"),
        ["Bamberg model: a municipal prevention chain"]
    );
    // Figures are the original's: the same milestones, translated titles.
    let milestones = texts(&en, "main .milestones li, main ol.milestones li");
    assert!(
        milestones
            .iter()
            .any(|m| m.contains("Gap analysis with partners")),
        "{milestones:?}"
    );
    let de = page(&out, "massnahmen/praeventionskette/index.html");
    assert_eq!(attrs(&de, "html", "lang"), ["de"]);
    assert_eq!(
        texts(&de, "main h1"),
        ["Bamberger Modell: kommunale Präventionskette"]
    );
    // The bundle's file is linked at its one place.
    let kw = page(&out, "en/measures/kulturwandel-sozialamt/index.html");
    for href in attrs(&kw, "main a[href*='antrag-haushalt']", "href") {
        assert_eq!(
            href,
            "../../../massnahmen/kulturwandel-sozialamt/antrag-haushalt-2024-2025.txt"
        );
        assert!(target(&out, "en/measures/kulturwandel-sozialamt/index.html", &href).is_file());
    }
}

#[test]
fn feeds_calendar_and_data_come_in_each_language() {
    let (_tmp, out) = build_example();
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let english = "Budget 2024/2025: funds for cultural change in the social welfare office";
    let german = "Haushalt 2024/2025: Mittel für den Kulturwandel im Sozialamt";
    let feed = read("en/reports/atom.xml");
    assert!(feed.contains(english) && !feed.contains(german));
    assert!(feed.contains(
        "https://transparenz.musterstadt.example/en/reports/haushalt-2024-2025-kulturwandel/"
    ));
    let feed = read("berichte/atom.xml");
    assert!(feed.contains(german) && !feed.contains(english));
    // The committee calendar, in each language's words (its sessions after
    // the build date are of an untranslated report).
    let ics = read("en/reports/sessions.ics");
    assert!(ics.contains("NAME:Committee sessions – Transparency portal of the Musterstadt Social A\r\n ffairs Department"), "{ics}");
    let ics = read("berichte/sitzungen.ics");
    assert!(
        ics.contains("NAME:Sitzungstermine – Transparenzportal Sozialreferat Musterstadt"),
        "{ics}"
    );
    // The data page of each language lists its files.
    let doc = page(&out, "en/data/index.html");
    assert_eq!(attrs(&doc, "html", "lang"), ["en"]);
    // portal.json holds every language's texts: its own, and the others'
    // by slug (only translated items in a language besides the first).
    let json: serde_json::Value = serde_json::from_str(&read("daten/portal.json")).unwrap();
    assert_eq!(json["languages"], serde_json::json!(["de", "en"]));
    let en = &json["translations"]["en"];
    assert_eq!(
        en["measures"]["praeventionskette"]["milestones"],
        serde_json::json!([
            "Inventory of services",
            "Gap analysis with partners",
            "Concept in the youth welfare committee"
        ])
    );
    assert!(en["measures"].get("koki-cafe").is_none());
    assert_eq!(en["goals"].as_object().unwrap().len(), 5);
    let json: serde_json::Value = serde_json::from_str(&read("en/data/portal.json")).unwrap();
    assert_eq!(json["language"], "en");
    assert_eq!(
        json["translations"]["de"]["measures"]["praeventionskette"]["title"],
        "Bamberger Modell: kommunale Präventionskette"
    );
    // The figures are the same in both.
    let de: serde_json::Value = serde_json::from_str(&read("daten/portal.json")).unwrap();
    assert_eq!(json["budget_total"], de["budget_total"]);
    // The home page's intro, translated.
    let doc = page(&out, "en/index.html");
    assert!(
        texts(&doc, "main .intro")
            .join(" ")
            .starts_with("The Social Affairs Department has set itself five strategic goals.")
    );
    assert_eq!(attrs(&doc, "main .intro", "lang"), Vec::<String>::new());
}

#[test]
fn every_page_links_its_versions_reciprocally_and_the_switcher_resolves() {
    let (_tmp, out) = build_example();
    let base = "https://transparenz.musterstadt.example/";
    let pages = site_pages(&out);
    // page address → (hreflang → address)
    let mut alternates: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for p in &pages {
        if p.ends_with("404.html") || p.starts_with("leichte-sprache/") {
            continue;
        }
        let doc = page(&out, p);
        let langs = attrs(&doc, "link[rel=alternate][hreflang]", "hreflang");
        let hrefs = attrs(&doc, "link[rel=alternate][hreflang]", "href");
        assert_eq!(langs, ["de", "en"], "{p}");
        let url = format!("{base}{}", p.strip_suffix("index.html").unwrap());
        alternates.insert(url, langs.into_iter().zip(hrefs).collect());
        // The switcher: the other language as a link that resolves, this
        // one marked current.
        let current = texts(&doc, "header nav.languages [aria-current]");
        let links = attrs(&doc, "header nav.languages a", "href");
        assert_eq!(links.len(), 1, "{p}");
        assert!(target(&out, p, &links[0]).is_file(), "{p}: {}", links[0]);
        let own = if p.starts_with("en/") {
            "English"
        } else {
            "Deutsch"
        };
        assert_eq!(current, [own], "{p}");
    }
    // content-example: 118 pages in each language (10 of them topics, the
    // SDG page, the districts page and 5 district pages, 5 council papers, 48 narrowed lists and filter pages; see
    // theme.rs).
    assert_eq!(alternates.len(), 236);
    for (url, alts) in &alternates {
        assert!(alts.values().any(|a| a == url), "{url} names itself");
        for other in alts.values() {
            let back = alternates
                .get(other)
                .unwrap_or_else(|| panic!("{url} → {other}: no such page"));
            assert_eq!(back, alts, "{url} ↔ {other}");
        }
    }
    // The sitemap of each language lists the alternates too.
    let sitemap = std::fs::read_to_string(out.join("en/sitemap.xml")).unwrap();
    assert!(sitemap.contains(&format!(
        "<loc>{base}en/measures/praeventionskette/</loc><xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"{base}massnahmen/praeventionskette/\"/>"
    )));
}

#[test]
fn an_untranslated_measure_is_shown_in_german_and_marked() {
    let (_tmp, out) = build_example();
    // koki-cafe has no translation on purpose.
    let doc = page(&out, "en/measures/koki-cafe/index.html");
    assert_eq!(attrs(&doc, "main h1", "lang"), ["de"]);
    assert_eq!(attrs(&doc, "main div.body", "lang"), ["de"]);
    assert_eq!(
        texts(&doc, "main p.untranslated"),
        [
            "This page has not been translated into English yet. It is shown in German, the language it was written in."
        ]
    );
    // In lists, its title carries the language; a translated one does not.
    let list = page(&out, "en/measures/index.html");
    let koki = Selector::parse("main a[href$='measures/koki-cafe/']").unwrap();
    let a = list.select(&koki).next().expect("listed");
    assert_eq!(a.value().attr("lang"), Some("de"));
    let chain = Selector::parse("main a[href$='measures/praeventionskette/']").unwrap();
    let a = list.select(&chain).next().expect("listed");
    assert_eq!(a.value().attr("lang"), None);
    // A translated page carries no note.
    let doc = page(&out, "en/measures/praeventionskette/index.html");
    assert!(texts(&doc, "main p.untranslated").is_empty());
}

#[test]
fn the_english_search_index_holds_the_english_texts() {
    let (_tmp, out) = build_example();
    // Pagefind splits each index by language; the English bundle has only
    // English records: its metadata names English titles, no German one.
    let entry = std::fs::read_to_string(out.join("en/pagefind/pagefind-entry.json")).unwrap();
    let entry: serde_json::Value = serde_json::from_str(&entry).unwrap();
    let languages: BTreeSet<&str> = entry["languages"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(languages, BTreeSet::from(["en"]));
    let entry = std::fs::read_to_string(out.join("pagefind/pagefind-entry.json")).unwrap();
    let entry: serde_json::Value = serde_json::from_str(&entry).unwrap();
    assert!(entry["languages"].get("de").is_some());
}

/// A portal in German and English with one measure and its translation.
fn portal(dir: &Path, translation: &str) {
    let w = |p: &str, s: &str| {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, s).unwrap();
    };
    w(
        "site.toml",
        "title = \"Portal\"\nbase_url = \"https://portal.example/\"\nlanguages = [\"de\", \"en\"]\n\n[lang.en]\ntitle = \"Portal EN\"\n",
    );
    w("content/goals/ziel.md", "+++\ntitle = \"Ziel\"\n+++\n");
    w(
        "content/measures/kita.md",
        "+++\ntitle = \"Kita\"\ngoals = [\"ziel\"]\nstatus = \"planned\"\nsummary = \"Mehr Plätze\"\n\n[[milestones]]\ntitle = \"Plan\"\ndue = 2025-01-01\n+++\n",
    );
    w("content/measures/kita.en.md", translation);
}

fn check(dir: &Path) -> Run {
    run_to_end(command().args(["check", dir.to_str().unwrap()]))
}

#[test]
fn figures_in_a_translation_are_errors_that_name_the_original() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\nsummary = \"More places\"\nstatus = \"done\"\n\n[[milestones]]\ntitle = \"Plan\"\ndue = 2026-01-01\n+++\n",
    );
    let run = check(tmp.path());
    assert!(!run.success);
    let text = run.diagnostics();
    assert!(
        text.contains("content/measures/kita.en.md:4:1: error: `status` is the same in every language; it belongs in content/measures/kita.md only\n  hint: a translation holds only texts (title, summary, body, …); figures, dates, statuses and references are set once in the original"),
        "{text}"
    );
    assert!(
        text.contains("content/measures/kita.en.md:8:1: error: `due` is the same in every language; it belongs in content/measures/kita.md only"),
        "{text}"
    );
}

#[test]
fn a_translation_must_match_its_original() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\n\n[[milestones]]\ntitle = \"Plan\"\n\n[[milestones]]\ntitle = \"More\"\n+++\n",
    );
    std::fs::write(
        tmp.path().join("content/measures/hort.en.md"),
        "+++\ntitle = \"After school\"\n+++\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("content/measures/kita.fr.md"),
        "+++\ntitle = \"Crèche\"\n+++\n",
    )
    .unwrap();
    let run = check(tmp.path());
    assert!(!run.success);
    let text = run.diagnostics();
    for expected in [
        "content/measures/hort.en.md:1:1: error: translation without an original: content/measures/hort.md does not exist",
        "content/measures/kita.en.md:4:3: error: `milestones` lists 2 entries, but content/measures/kita.md has 1",
        "content/measures/kita.en.md:1:1: warning: `summary` is not translated; the text of content/measures/kita.md is shown",
        "content/measures/kita.fr.md:1:1: error: `fr` in the file name is no language klarsicht knows",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
}

#[test]
fn site_toml_names_its_languages_once_with_their_texts() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\nsummary = \"More places\"\n\n[[milestones]]\ntitle = \"Plan\"\n+++\n",
    );
    std::fs::write(
        tmp.path().join("site.toml"),
        "title = \"Portal\"\nlanguage = \"de\"\nlanguages = [\"de\", \"en\"]\n",
    )
    .unwrap();
    let run = check(tmp.path());
    let text = run.diagnostics();
    for expected in [
        "site.toml:2:1: error: site.toml sets both `language` and `languages`",
        "site.toml:3:1: error: site.toml has no texts in language `en`\n  hint: add a table `[lang.en]` with at least `title = \"…\"` (the portal's title in that language)",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
}

#[test]
fn a_translated_portal_builds_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\nsummary = \"More places\"\n\n[[milestones]]\ntitle = \"Plan made\"\n+++\n\nMore [places](../../goals/ziel/).\n",
    );
    std::fs::write(
        tmp.path().join("content/_index.md"),
        "Willkommen. Siehe [das Ziel](ziele/ziel/).\n",
    )
    .unwrap();
    let (_t, out) = build_portal(tmp.path(), "2025-07-15");
    // The intro has no translation: German, marked, its link to the German page.
    let doc = page(&out, "en/index.html");
    assert_eq!(attrs(&doc, "main .intro", "lang"), ["de"]);
    assert_eq!(attrs(&doc, "main .intro a", "href"), ["./../ziele/ziel/"]);
    let doc = page(&out, "en/measures/kita/index.html");
    assert_eq!(texts(&doc, "main h1"), ["Day care"]);
    assert!(texts(&doc, "main").join(" ").contains("Plan made"));
    let doc = page(&out, "en/index.html");
    assert_eq!(texts(&doc, "header .site-title"), ["Portal EN"]);
    let doc = page(&out, "index.html");
    assert_eq!(texts(&doc, "header .site-title"), ["Portal"]);
}

#[test]
fn a_theme_text_must_exist_in_every_language_of_the_portal() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\nsummary = \"More places\"\n\n[[milestones]]\ntitle = \"Plan\"\n+++\n",
    );
    let i18n = tmp.path().join("themes/default/i18n");
    std::fs::create_dir_all(&i18n).unwrap();
    std::fs::write(i18n.join("de.toml"), "gruss = \"Hallo\"\n").unwrap();
    let run = check(tmp.path());
    assert!(!run.success);
    assert!(
        run.diagnostics().contains("themes/default/i18n/en.toml:1:1: error: the theme has no text in language `en` for: gruss\n  hint: add each to themes/default/i18n/en.toml: every language of the portal needs every text the templates use"),
        "{}",
        run.diagnostics()
    );
    std::fs::write(i18n.join("en.toml"), "gruss = \"Hello\"\n").unwrap();
    let run = check(tmp.path());
    assert!(run.success, "{}", run.diagnostics());
}

#[test]
fn a_free_page_may_not_take_a_language_folder() {
    let tmp = tempfile::tempdir().unwrap();
    portal(
        tmp.path(),
        "+++\ntitle = \"Day care\"\nsummary = \"More places\"\n\n[[milestones]]\ntitle = \"Plan\"\n+++\n",
    );
    std::fs::create_dir_all(tmp.path().join("content/pages")).unwrap();
    std::fs::write(
        tmp.path().join("content/pages/en.md"),
        "+++\ntitle = \"English\"\n+++\n",
    )
    .unwrap();
    // A file of static/ in the English pages' folder meets them.
    std::fs::create_dir_all(tmp.path().join("static/en/search")).unwrap();
    std::fs::write(tmp.path().join("static/en/search/index.html"), "<p>x</p>").unwrap();
    let run = check(tmp.path());
    assert!(
        run.diagnostics()
            .contains("error: two files would be written to `en/search/index.html`"),
        "{}",
        run.diagnostics()
    );
    assert!(!run.success);
    assert!(
        run.diagnostics().contains("content/pages/en.md:1:1: error: page slug `en` is the folder of the portal's pages in that language"),
        "{}",
        run.diagnostics()
    );
}
