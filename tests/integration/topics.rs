//! Tags as topics: chips on every tagged item, `/themen/` with every topic
//! and its count, `/themen/<slug>/` with the items, in both languages.

use std::path::Path;

use scraper::Selector;

use crate::util::*;

#[test]
fn the_topics_list_counts_every_tagged_item_in_german_order() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "themen/index.html");
    // content-example: Bildung = 2 measures + 3 indicators; Familie = 3
    // measures (the fourth, familienpass-digital, is a draft); Organisation
    // = 3 measures + 1 report.
    assert_eq!(
        texts(&doc, "main ul.topic-list li"),
        [
            "Beteiligung (1)",
            "Bildung (5)",
            "Ehrenamt (1)",
            "Familie (3)",
            "Haushalt (1)",
            "Inklusion (1)",
            "Organisation (4)",
            "Strategische Ziele (5)",
            "Vorbeugung (2)",
        ]
    );
    let doc = page(&out, "themen/familie/index.html");
    assert_eq!(texts(&doc, "main h1"), ["Familie"]);
    let measures = texts(&doc, "main table tbody th a");
    assert_eq!(
        measures,
        [
            "Bamberger Modell: kommunale Präventionskette",
            "Ferienabenteuer für alle Kinder",
            "KoKi-Café: wöchentlicher Elterntreff"
        ]
    );
    let doc = page(&out, "themen/organisation/index.html");
    assert_eq!(texts(&doc, "main h2"), ["Maßnahmen", "Berichte"]);
    // The footer links the list; the sitemap has every topic.
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://transparenz.musterstadt.example/themen/bildung/</loc>"));
}

#[test]
fn every_tagged_item_links_its_topics() {
    let (_tmp, out) = build_example();
    let p = "massnahmen/praeventionskette/index.html";
    let doc = page(&out, p);
    assert_eq!(texts(&doc, "main ul.topics a"), ["Familie", "Vorbeugung"]);
    for href in attrs(&doc, "main ul.topics a", "href") {
        let target = out
            .join(Path::new(p).parent().unwrap())
            .join(&href)
            .join("index.html");
        assert!(target.is_file(), "{href}");
    }
    let doc = page(&out, "kennzahlen/ohne-abschluss/index.html");
    assert_eq!(texts(&doc, "main ul.topics a"), ["Bildung"]);
    // An untagged item has none.
    let doc = page(&out, "massnahmen/stadtteilzentrum-ost/index.html");
    assert!(texts(&doc, "main ul.topics").is_empty());
}

#[test]
fn english_topics_take_the_translated_names_and_mark_the_others() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "en/topics/index.html");
    let names = texts(&doc, "main ul.topic-list li a");
    assert!(names.contains(&"Family".to_string()), "{names:?}");
    assert!(names.contains(&"Strategic goals".to_string()), "{names:?}");
    // The English indicator names Bildung "Education", unmarked; no
    // translation names Beteiligung: German, marked.
    let sel = Selector::parse("main ul.topic-list a[href$='topics/bildung/']").unwrap();
    let a = doc.select(&sel).next().unwrap();
    assert_eq!(clean(a.text().collect()), "Education");
    assert_eq!(a.value().attr("lang"), None);
    let sel = Selector::parse("main ul.topic-list a[href$='topics/beteiligung/']").unwrap();
    let a = doc.select(&sel).next().unwrap();
    assert_eq!(clean(a.text().collect()), "Beteiligung");
    assert_eq!(a.value().attr("lang"), Some("de"));
    let sel = Selector::parse("main ul.topic-list a[href$='topics/familie/']").unwrap();
    assert_eq!(doc.select(&sel).next().unwrap().value().attr("lang"), None);
    // The same address stem in both languages: the switcher leads there.
    let doc = page(&out, "en/topics/familie/index.html");
    assert_eq!(
        attrs(&doc, "header nav.languages a", "href"),
        ["../../../themen/familie/"]
    );
}

#[test]
fn a_tag_twice_is_left_out_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let goals = portal.join("content/goals");
    let file = std::fs::read_dir(&goals)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen("+++\n", "+++\ntags = [\"Kita\", \"kita\"]\n", 1);
    std::fs::write(&file, text).unwrap();
    let run = run_to_end(command().args(["check", portal.to_str().unwrap()]));
    let rel = file.strip_prefix(&portal).unwrap().display().to_string();
    assert!(
        run.diagnostics().contains(&format!("{rel}:2:17: warning: tag `kita` is left out: it is empty or the same as another tag of this item")),
        "{}",
        run.diagnostics()
    );
}
