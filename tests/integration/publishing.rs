//! What the site offers subscribers and sharers: Atom feeds (parsed with
//! feed-rs), the committee calendar (parsed with ical), share metadata.

use std::path::Path;

use scraper::Selector;

use crate::util::*;

fn publishing() -> (tempfile::TempDir, std::path::PathBuf) {
    build_portal(&fixtures().join("publishing"), "2025-07-15")
}

fn parse_feed(out: &Path, path: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(out.join(path)).unwrap();
    feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Title, link and date of each entry, with the checks every entry must pass.
fn entries(feed: &feed_rs::model::Feed) -> Vec<(String, String, String)> {
    feed.entries
        .iter()
        .map(|e| {
            let link = e.links[0].href.clone();
            assert_eq!(e.id, link, "an entry's id is its address");
            assert!(link.starts_with("https://stadt.example/portal/"), "{link}");
            assert!(e.published.is_some() && e.updated.is_some());
            (
                e.title.as_ref().unwrap().content.clone(),
                link,
                e.updated.unwrap().date_naive().to_string(),
            )
        })
        .collect()
}

#[test]
fn atom_feeds_of_all_reports_and_of_each_goal_are_valid_and_absolute() {
    let (_tmp, out) = publishing();
    let all = parse_feed(&out, "berichte/atom.xml");
    assert_eq!(all.id, "https://stadt.example/portal/berichte/atom.xml");
    assert_eq!(
        all.title.as_ref().unwrap().content,
        "Berichte – Portal Teststadt"
    );
    assert_eq!(all.updated.unwrap().date_naive().to_string(), "2025-06-20");
    assert_eq!(all.authors[0].name.as_deref(), Some("Stadt Teststadt"));
    assert_eq!(
        all.rights.as_ref().unwrap().content,
        "Datenlizenz Deutschland – Namensnennung – Version 2.0"
    );
    let links: Vec<(&str, &str)> = all
        .links
        .iter()
        .map(|l| (l.rel.as_deref().unwrap_or(""), l.href.as_str()))
        .collect();
    assert_eq!(
        links,
        [
            ("self", "https://stadt.example/portal/berichte/atom.xml"),
            ("alternate", "https://stadt.example/portal/berichte/")
        ]
    );
    let p = "https://stadt.example/portal/berichte/";
    assert_eq!(
        entries(&all),
        [
            (
                "Klimabericht 2025".into(),
                format!("{p}klimabericht/"),
                "2025-06-20".into()
            ),
            (
                "Neue Kita <eröffnet>".into(),
                format!("{p}presse-kita/"),
                "2025-05-02".into()
            ),
            (
                "Haushaltsrede".into(),
                format!("{p}haushaltsrede/"),
                "2024-12-10".into()
            ),
        ]
    );
    // The report's text, with its links made absolute through xml:base.
    let kita = &all.entries[1];
    assert_eq!(
        kita.summary.as_ref().unwrap().content,
        "Die Kita am Park nimmt 80 Kinder auf."
    );
    let content = kita.content.as_ref().unwrap().body.as_ref().unwrap();
    assert!(
        content.contains(r#"<a href="../../massnahmen/kita-ausbau/">Bericht zum Ausbau</a>"#),
        "{content}"
    );
    let raw = std::fs::read_to_string(out.join("berichte/atom.xml")).unwrap();
    assert!(raw.contains(
        r#"<content type="html" xml:base="https://stadt.example/portal/berichte/presse-kita/">"#
    ));

    // A goal's feed: reports about the goal or about its measures.
    let bildung = parse_feed(&out, "ziele/bildung/atom.xml");
    assert_eq!(
        bildung.title.as_ref().unwrap().content,
        "Berichte: Bildung für alle – Portal Teststadt"
    );
    assert_eq!(
        bildung.id,
        "https://stadt.example/portal/ziele/bildung/atom.xml"
    );
    let titles: Vec<String> = entries(&bildung).into_iter().map(|e| e.0).collect();
    assert_eq!(titles, ["Neue Kita <eröffnet>"]);
    let klima = parse_feed(&out, "ziele/klima/atom.xml");
    let titles: Vec<String> = entries(&klima).into_iter().map(|e| e.0).collect();
    assert_eq!(titles, ["Klimabericht 2025"]);

    // Pages announce their feeds; the goal page links its own.
    let goal = page(&out, "ziele/bildung/index.html");
    let feeds: Vec<String> = goal
        .select(&Selector::parse(r#"link[type="application/atom+xml"]"#).unwrap())
        .map(|l| l.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        feeds,
        ["../../berichte/atom.xml", "../../ziele/bildung/atom.xml"]
    );
}

/// A property of an ical event, with its parameters.
fn prop<'a>(
    e: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a ical::property::Property> {
    e.properties.iter().find(|p| p.name == name)
}

#[test]
fn the_calendar_holds_the_upcoming_committee_sessions() {
    let (_tmp, out) = publishing();
    let text = std::fs::read_to_string(out.join("berichte/sitzungen.ics")).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "lines are folded");
    assert!(text.contains("\r\n"), "lines end with CRLF");
    let mut reader = ical::IcalParser::new(text.as_bytes());
    let cal = reader.next().expect("one calendar").expect("valid");
    assert!(reader.next().is_none());
    let value =
        |p: Option<&ical::property::Property>| p.and_then(|p| p.value.clone()).unwrap_or_default();
    assert_eq!(
        cal.properties
            .iter()
            .find(|p| p.name == "X-WR-CALNAME")
            .and_then(|p| p.value.clone())
            .unwrap(),
        "Sitzungstermine – Portal Teststadt"
    );
    // Build date 2025-07-15: the session that day and the one in September;
    // the council meeting of 1 June is past.
    assert_eq!(cal.events.len(), 2);
    let first = &cal.events[0];
    assert_eq!(
        value(prop(first, "UID")),
        "presse-kita-1-20250715@stadt.example.portal"
    );
    assert_eq!(value(prop(first, "DTSTART")), "20250715");
    assert_eq!(
        prop(first, "DTSTART").unwrap().params.as_ref().unwrap()[0],
        ("VALUE".to_string(), vec!["DATE".to_string()])
    );
    assert_eq!(value(prop(first, "DTSTAMP")), "20250502T000000Z");
    // ical leaves TEXT escapes in place: `;` and `,` arrive escaped.
    assert_eq!(
        value(prop(first, "SUMMARY")),
        "Ausschuss für Bildung\\; Jugend\\, Sport: Neue Kita <eröffnet>"
    );
    assert_eq!(
        value(prop(first, "DESCRIPTION")),
        "Kenntnisnahme\\nhttps://stadt.example/portal/berichte/presse-kita/"
    );
    assert_eq!(
        value(prop(first, "URL")),
        "https://stadt.example/portal/berichte/presse-kita/"
    );
    let second = &cal.events[1];
    assert_eq!(value(prop(second, "DTSTART")), "20250903");
    assert_eq!(
        value(prop(second, "SUMMARY")),
        "Umweltausschuss: Klimabericht 2025"
    );
    assert_eq!(
        value(prop(second, "DESCRIPTION")),
        "V 2025/17\\nhttps://stadt.example/portal/berichte/klimabericht/"
    );
    assert!(prop(second, "CATEGORIES").is_none(), "no role given");

    let reports = page(&out, "berichte/index.html");
    let links: Vec<String> = reports
        .select(&Selector::parse("main ul.subscribe a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links, ["../berichte/atom.xml", "../berichte/sitzungen.ics"]);
}

/// The `content` of `<meta property|name=key>`.
fn meta(doc: &scraper::Html, key: &str) -> Option<String> {
    let sel = Selector::parse(&format!(r#"meta[property="{key}"], meta[name="{key}"]"#)).unwrap();
    doc.select(&sel)
        .next()
        .map(|m| m.value().attr("content").unwrap().to_string())
}

#[test]
fn share_previews_show_the_pages_own_image_or_the_logo() {
    let (_tmp, out) = publishing();
    let report = page(&out, "berichte/presse-kita/index.html");
    assert_eq!(meta(&report, "og:title").unwrap(), "Neue Kita <eröffnet>");
    assert_eq!(meta(&report, "og:type").unwrap(), "article");
    assert_eq!(
        meta(&report, "og:url").unwrap(),
        "https://stadt.example/portal/berichte/presse-kita/"
    );
    assert_eq!(
        meta(&report, "og:description").unwrap(),
        "Die Kita am Park nimmt 80 Kinder auf."
    );
    assert_eq!(
        meta(&report, "og:image").unwrap(),
        "https://stadt.example/portal/berichte/presse-kita/foto.png"
    );
    assert_eq!(
        meta(&report, "og:image:alt").unwrap(),
        "Die neue Kita am Park"
    );
    assert_eq!(
        meta(&report, "twitter:card").unwrap(),
        "summary_large_image"
    );
    assert_eq!(
        meta(&report, "twitter:image").unwrap(),
        "https://stadt.example/portal/berichte/presse-kita/foto.png"
    );
    let canonical = report
        .select(&Selector::parse(r#"link[rel="canonical"]"#).unwrap())
        .next()
        .unwrap();
    assert_eq!(
        canonical.value().attr("href").unwrap(),
        "https://stadt.example/portal/berichte/presse-kita/"
    );

    let goal = page(&out, "ziele/klima/index.html");
    assert_eq!(meta(&goal, "og:title").unwrap(), "Klima & Energie");
    assert_eq!(
        meta(&goal, "og:image").unwrap(),
        "https://stadt.example/portal/logo.png"
    );
    assert_eq!(meta(&goal, "og:image:alt").unwrap(), "Stadt Teststadt");
    assert_eq!(meta(&goal, "twitter:card").unwrap(), "summary");
    assert_eq!(meta(&goal, "twitter:title").unwrap(), "Klima & Energie");

    // The example's logo is an SVG, which share previews do not show.
    let (_tmp2, ex) = build_example();
    let home = page(&ex, "index.html");
    assert_eq!(meta(&home, "og:image"), None);
    assert_eq!(meta(&home, "twitter:card").unwrap(), "summary");

    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert_eq!(
        robots,
        "User-agent: *\nAllow: /\nSitemap: https://stadt.example/portal/sitemap.xml\n"
    );
}

#[test]
fn aliases_forward_old_addresses_to_the_item() {
    let (_tmp, out) = publishing();
    for (alias, href) in [
        (
            "projekte/kita-ausbau/index.html",
            "../../massnahmen/kita-ausbau/",
        ),
        ("alt/kita.html", "../massnahmen/kita-ausbau/"),
    ] {
        let doc = page(&out, alias);
        let refresh = doc
            .select(&Selector::parse(r#"meta[http-equiv="refresh"]"#).unwrap())
            .next()
            .unwrap();
        assert_eq!(
            refresh.value().attr("content").unwrap(),
            format!("0; url={href}")
        );
        assert_eq!(meta(&doc, "robots").unwrap(), "noindex");
        let canonical = doc
            .select(&Selector::parse(r#"link[rel="canonical"]"#).unwrap())
            .next()
            .unwrap();
        assert_eq!(
            canonical.value().attr("href").unwrap(),
            "https://stadt.example/portal/massnahmen/kita-ausbau/"
        );
        let link = doc.select(&Selector::parse("a").unwrap()).next().unwrap();
        assert_eq!(link.value().attr("href").unwrap(), href);
        assert_eq!(link.text().collect::<String>(), "Kita-Ausbau");
        // The target exists.
        assert!(
            out.join(alias)
                .parent()
                .unwrap()
                .join(href)
                .join("index.html")
                .is_file()
        );
    }
    // Old addresses are not listed for search engines.
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("projekte"), "{sitemap}");
}

#[test]
fn a_portal_inside_a_hidden_folder_keeps_its_bundle_files() {
    // Found by the link check: bundle files were dropped when any folder
    // above the portal was hidden (~/.cache, a temporary .tmp folder).
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join(".versteckt/portal");
    copy_dir(&fixtures().join("publishing"), &src);
    std::fs::write(src.join("content/reports/presse-kita/.notiz.md~"), "x").unwrap();
    let (_t, out) = build_portal(&src, "2025-07-15");
    assert!(out.join("berichte/presse-kita/foto.png").is_file());
    assert!(!out.join("berichte/presse-kita/.notiz.md~").exists());
}

#[test]
fn without_base_url_feeds_and_catalogue_use_addresses_relative_to_themselves() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("portal");
    copy_dir(&fixtures().join("publishing"), &src);
    let toml = src.join("site.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("base_url = \"https://stadt.example/portal/\"\n", ""),
    )
    .unwrap();
    let (_t, out, run) = build_portal_run(&src, "2025-07-15");
    assert!(
        run.diagnostics().contains("warning: `base_url` is not set"),
        "{}",
        run.stderr
    );
    // The feed's xml:base leads back to the root, so root-relative entry
    // addresses resolve wherever the feed is fetched from.
    let raw = std::fs::read_to_string(out.join("ziele/bildung/atom.xml")).unwrap();
    assert!(
        raw.contains(
            r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="../../">"#
        ),
        "{raw}"
    );
    let feed = parse_feed(&out, "ziele/bildung/atom.xml");
    assert_eq!(feed.entries[0].links[0].href, "berichte/presse-kita/");
    // JSON-LD resolves relative IRIs against the catalogue's own address.
    let cat: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("daten/catalog.jsonld")).unwrap()).unwrap();
    assert_eq!(cat["@id"], "../daten/catalog.jsonld");
    assert_eq!(cat["foaf:homepage"]["@id"], "../");
    // No share images without an absolute address to give.
    let report = page(&out, "berichte/presse-kita/index.html");
    assert_eq!(meta(&report, "og:image"), None);
    assert!(!out.join("sitemap.xml").exists());
}
