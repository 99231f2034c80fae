//! The page in Leichte Sprache (BITV 2.0 § 4): made from the portal's facts
//! for every German portal, linked from every page's header, replaced by a
//! free page `leichte-sprache`, with the sign language video from
//! `[accessibility]`.

use std::path::{Path, PathBuf};

use scraper::Selector;

use crate::util::*;

/// The header link's target on `page`, as a path in `out`.
fn easy_link_target(out: &Path, page: &str) -> Option<PathBuf> {
    let doc = crate::util::page(out, page);
    let a = doc
        .select(&Selector::parse("header a[href$='leichte-sprache/']").unwrap())
        .next()?;
    assert_eq!(clean(a.text().collect()), "Leichte Sprache", "{page}");
    let href = a.value().attr("href").unwrap();
    let base = Path::new(page).parent().unwrap();
    Some(out.join(base).join(href).join("index.html"))
}

#[test]
fn the_example_explains_itself_in_leichte_sprache_from_its_own_facts() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "leichte-sprache/index.html");
    assert_eq!(
        texts(&doc, "main h1"),
        ["Informationen in Leichter Sprache"]
    );
    let headings = texts(&doc, "main h2");
    assert_eq!(
        headings,
        [
            "Was ist diese Internet·seite?",
            "Die Ziele",
            "Die Maßnahmen",
            "Wie weit sind wir?",
            "Das Geld",
            "Die Berichte",
            "Die Kenn·zahlen",
            "Etwas suchen",
            "So finden Sie sich zurecht",
            "Barriere·freiheit",
        ]
    );
    let said = texts(&doc, "main p");
    for sentence in [
        "Diese Internet·seite heißt: Transparenzportal Sozialreferat Musterstadt.",
        "Stadt Musterstadt – Sozialreferat schreibt hier auf:",
        // content-example: 5 goals, 24 measures of which one is a draft,
        // 5 reports, 3 indicators.
        "Es gibt 5 Ziele.",
        "Es gibt 23 Maßnahmen.",
        "Es gibt 5 Berichte.",
        "Es gibt 3 Kenn·zahlen.",
        "Viele Maßnahmen kosten Geld.",
        "Klicken Sie darauf. Dann kommen Sie wieder zu dieser Seite.",
        // [accessibility] status = "partial", with its one barrier.
        "Diese Internet·seite ist zum Teil barriere·frei.",
        "Hier können Sie uns schreiben:",
    ] {
        assert!(
            said.iter().any(|p| p == sentence),
            "{sentence:?} in {said:#?}"
        );
    }
    assert!(
        said.iter()
            .any(|p| p.starts_with("Die verlinkten Originaldokumente im PDF-Format")),
        "the barrier as written: {said:#?}"
    );
    // The goals, linked by their titles, in the portal's goal order.
    let hrefs = |doc: &scraper::Html, css: &str| -> Vec<String> {
        doc.select(&Selector::parse(css).unwrap())
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect()
    };
    let goals = "section[aria-labelledby='ls-2'] li a";
    assert_eq!(
        hrefs(&doc, goals),
        hrefs(&page(&out, "ziele/index.html"), "main h2 a")
    );
    let titles = texts(&doc, goals);
    assert_eq!(titles.len(), 5);
    assert!(
        titles.contains(&"Prävention stärken".to_string()),
        "{titles:?}"
    );
    // The contact as a mail link, then the statement in everyday language.
    let last = "section[aria-labelledby='ls-10'] li a";
    assert_eq!(
        hrefs(&doc, last),
        [
            "mailto:barrierefreiheit@musterstadt.example",
            "../barrierefreiheit/"
        ]
    );
    // Every other link of the page leads to a page of the site.
    for a in doc.select(&Selector::parse("main a").unwrap()) {
        let href = a.value().attr("href").unwrap();
        if href.starts_with("mailto:") {
            continue;
        }
        let target = out.join("leichte-sprache").join(href);
        let file = if href.ends_with('/') {
            target.join("index.html")
        } else {
            target
        };
        assert!(file.is_file(), "{href} -> {file:?}");
    }
    // No video without sign_language_video.
    assert!(texts(&doc, "video").is_empty());
}

#[test]
fn every_page_of_a_german_portal_links_it_from_its_header() {
    let (_tmp, out) = build_example();
    let pages = site_pages(&out);
    assert!(pages.len() > 40, "{pages:?}");
    for p in pages.iter().filter(|p| p.as_str() != "404.html") {
        let target = easy_link_target(&out, p).unwrap_or_else(|| panic!("no link on {p}"));
        assert_eq!(
            target.canonicalize().unwrap(),
            out.join("leichte-sprache/index.html")
                .canonicalize()
                .unwrap(),
            "{p}"
        );
    }
    // The page marks itself as the current one.
    let doc = page(&out, "leichte-sprache/index.html");
    let current = doc
        .select(&Selector::parse("header a[aria-current='page']").unwrap())
        .map(|a| clean(a.text().collect()))
        .collect::<Vec<_>>();
    assert_eq!(current, ["Leichte Sprache"]);
}

#[test]
fn an_english_portal_has_no_such_page() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    std::fs::write(
        portal.join("site.toml"),
        "title = \"Test portal\"\nlanguage = \"en\"\nbase_url = \"https://test.example/\"\n",
    )
    .unwrap();
    let (_t, out) = build_portal(&portal, "2025-07-15");
    assert!(!out.join("leichte-sprache").exists());
    for p in site_pages(&out) {
        assert!(easy_link_target(&out, &p).is_none(), "{p}");
    }
}

#[test]
fn a_free_page_leichte_sprache_replaces_the_made_one_and_the_plain_theme_links_it() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    std::fs::create_dir_all(portal.join("content/pages")).unwrap();
    std::fs::write(
        portal.join("content/pages/leichte-sprache.md"),
        "+++\ntitle = \"Leichte Sprache\"\n+++\nDas Amt hat diesen Text selbst geschrieben.\n",
    )
    .unwrap();
    std::fs::write(
        portal.join("site.toml"),
        "title = \"Testportal\"\nlanguage = \"de\"\ntheme = \"plain\"\nbase_url = \"https://test.example/\"\n",
    )
    .unwrap();
    let (_t, out) = build_portal(&portal, "2025-07-15");
    let doc = page(&out, "leichte-sprache/index.html");
    assert_eq!(
        texts(&doc, "main p"),
        ["Das Amt hat diesen Text selbst geschrieben."]
    );
    assert!(texts(&doc, "main h2").is_empty(), "not the made page");
    for p in site_pages(&out).iter().filter(|p| p.as_str() != "404.html") {
        assert!(easy_link_target(&out, p).is_some(), "no link on {p}");
    }
}

#[test]
fn the_sign_language_video_is_shown_and_must_be_in_static() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let site = "title = \"Testportal\"\nlanguage = \"de\"\nbase_url = \"https://test.example/\"\n\n[accessibility]\nstatus = \"full\"\nevaluated = 2025-07-01\ncontact = \"a11y@test.example\"\nsign_language_video = \"dgs/erklaerung.mp4\"\n";
    std::fs::write(portal.join("site.toml"), site).unwrap();
    let missing = klarsicht(&["check", portal.to_str().unwrap()], tmp.path());
    assert!(!missing.success);
    assert_eq!(
        missing.diagnostics(),
        "site.toml:9:23: error: video `dgs/erklaerung.mp4` not found in static/\n  hint: put the video file into static/ and name it relative to that folder, e.g. sign_language_video = \"dgs/explanation.mp4\""
    );
    std::fs::create_dir_all(portal.join("static/dgs")).unwrap();
    std::fs::write(
        portal.join("static/dgs/erklaerung.mp4"),
        b"not really a video",
    )
    .unwrap();
    let (_t, out) = build_portal(&portal, "2025-07-15");
    let doc = page(&out, "leichte-sprache/index.html");
    let video = doc
        .select(&Selector::parse("main video[controls]").unwrap())
        .next()
        .expect("the video");
    assert_eq!(video.value().attr("src"), Some("../dgs/erklaerung.mp4"));
    assert!(out.join("dgs/erklaerung.mp4").is_file());
    let said = texts(&doc, "main p");
    assert!(said.contains(&"Diese Internet·seite ist barriere·frei.".to_string()));
    assert!(said.contains(&"Hier ist ein Video in Deutscher Gebärden·sprache.".to_string()));
}

#[test]
fn goals_and_measures_written_in_leichte_sprache_are_shown_in_their_section() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "leichte-sprache/index.html");
    // content-example: teilhabe-fuer-alle.de-LS.md and koki-cafe.de-LS.md.
    let sel = Selector::parse("main section").unwrap();
    let items = |heading: &str| -> Vec<(String, String, Vec<String>)> {
        let s = doc
            .select(&sel)
            .find(|s| texts_in(s, "h2") == [heading])
            .unwrap_or_else(|| panic!("{heading}"));
        s.select(&Selector::parse("article.easy-item").unwrap())
            .map(|a| {
                let link = a.select(&Selector::parse("a").unwrap()).next().unwrap();
                (
                    texts_in(&a, "h3").join(""),
                    link.value().attr("href").unwrap().to_string(),
                    texts_in(&a, ".body p"),
                )
            })
            .collect()
    };
    let goals = items("Die Ziele");
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].0, "Alle sollen mit·machen können");
    assert_eq!(goals[0].1, "../ziele/teilhabe-fuer-alle/");
    assert_eq!(
        goals[0].2[..2],
        [
            "Alle Menschen in der Stadt sollen dabei sein.",
            "Niemand soll allein bleiben."
        ]
    );
    let measures = items("Die Maßnahmen");
    assert_eq!(measures.len(), 1);
    assert_eq!(measures[0].0, "Das KoKi-Café: Eltern treffen sich");
    assert_eq!(measures[0].1, "../massnahmen/koki-cafe/");
    let doc2 = page(&out, "leichte-sprache/index.html");
    let more = texts(&doc2, "article.easy-item p:last-child a");
    assert_eq!(
        more,
        [
            "Mehr dazu in Alltags·sprache: Teilhabe für Alle",
            "Mehr dazu in Alltags·sprache: KoKi-Café: wöchentlicher Elterntreff"
        ]
    );
    // The version is not an item of its own.
    assert!(!out.join("massnahmen/koki-cafe-de-ls").exists());
}

fn texts_in(e: &scraper::ElementRef, css: &str) -> Vec<String> {
    e.select(&Selector::parse(css).unwrap())
        .map(|x| clean(x.text().collect()))
        .collect()
}

#[test]
fn a_version_in_leichte_sprache_is_for_an_existing_goal_or_measure() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let reports = portal.join("content/reports");
    std::fs::create_dir_all(&reports).unwrap();
    std::fs::write(
        reports.join("bericht.de-LS.md"),
        "+++\ntitle = \"Bericht\"\n+++\n",
    )
    .unwrap();
    let measures = portal.join("content/measures");
    std::fs::write(
        measures.join("gibt-es-nicht.de-LS.md"),
        "+++\ntitle = \"X\"\nstatus = \"done\"\n+++\n",
    )
    .unwrap();
    let run = run_to_end(command().args(["check", portal.to_str().unwrap()]));
    assert!(!run.success);
    let text = run.diagnostics();
    for expected in [
        "content/reports/bericht.de-LS.md:1:1: error: a version in Leichte Sprache is for a goal or a measure, not for a report",
        "content/measures/gibt-es-nicht.de-LS.md:1:1: error: version in Leichte Sprache without an original: content/measures/gibt-es-nicht.md does not exist",
        "content/measures/gibt-es-nicht.de-LS.md:3:1: error: unknown key `status`",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
}
