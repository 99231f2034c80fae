//! Hostile content: markup, quotes, CDATA ends, spreadsheet formulas in
//! titles, owners, notes, labels and sessions land as text in every format
//! (HTML, inline SVG, JSON, CSV, XML feeds and sitemap, iCalendar, the search
//! index), in both themes. Control and bidirectional override characters,
//! and hostile slugs, are refused with their place.

use std::io::Read;
use std::path::Path;

use scraper::{Html, Selector};

use crate::invariants;
use crate::util::*;

const GOAL: &str = r#"<script>alert("ziel")</script> ]]> & 'x'"#;
const MEASURE: &str = r#"" onmouseover="alert(1)" x="</title><svg onload=alert(2)>"#;
const OWNER: &str = r#"=HYPERLINK("https://evil.example","Klick")"#;
const NOTE: &str = r#"]]></content><script>alert(3)</script>"#;
const LABEL: &str = r#"@SUM(1+1)*cmd|' /C calc'!A0"#;
const REPORT: &str = r#"Bericht <b>fett</b> ]]> & "zitiert""#;
const COMMITTEE: &str = "Ausschuss; Tagesordnung, Punkt 1\\n<i>neu</i>";
const RESULT: &str = r#"</td><script>alert(4)</script> "beschlossen""#;
const COUNCIL: &str = r#"https://ratsinfo.example/vo?x="><script>alert(5)</script>&y='1'"#;

/// A TOML basic string holding `s` exactly.
fn toml(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn hostile_portal(dir: &Path, theme: &str) {
    copy_dir(&fixtures().join("base"), dir);
    let write = |rel: &str, text: String| std::fs::write(dir.join(rel), text).unwrap();
    write(
        "site.toml",
        format!(
            "title = \"Testportal\"\nbase_url = \"https://test.example/\"\ntheme = \"{theme}\"\n"
        ),
    );
    write(
        "content/goals/teilhabe.md",
        format!("+++\ntitle = {}\nnumber = 1\n+++\n\nText.\n", toml(GOAL)),
    );
    write(
        "content/measures/kita-ausbau.md",
        format!(
            "+++\ntitle = {}\nowner = {}\nsummary = {}\ngoals = [\"teilhabe\"]\nstatus = \"in_progress\"\nprogress = 40\nstart = 2024-01-01\nend = 2025-12-31\n\n[[budget]]\nyear = 2024\nplanned = 1000\nactual = 500\nlabel = {}\n+++\n\nText mit `<code>` und &lt;Entität&gt;.\n",
            toml(MEASURE),
            toml(OWNER),
            toml(NOTE),
            toml(LABEL)
        ),
    );
    write(
        "content/reports/stand.md",
        format!(
            "+++\ntitle = {}\ndate = 2025-01-10\ncouncil_url = {}\ncouncil_file = {}\n\n[[updates]]\nmeasure = \"kita-ausbau\"\nprogress = 40\nnote = {}\n\n[[sessions]]\ncommittee = {}\ndate = 2030-03-01\n\n[[sessions]]\ncommittee = \"Rat\"\ndate = 2025-02-01\nresult = {}\n+++\n\nText.\n",
            toml(REPORT),
            toml(COUNCIL),
            toml(COUNCIL),
            toml(NOTE),
            toml(COMMITTEE),
            toml(RESULT)
        ),
    );
}

fn text_of(html: &str, selector: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    doc.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The text of every search fragment (gzip, after Pagefind's signature).
fn search_fragments(out: &Path) -> String {
    let mut all = String::new();
    for e in std::fs::read_dir(out.join("pagefind/fragment")).unwrap() {
        let mut text = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(e.unwrap().path()).unwrap())
            .read_to_end(&mut text)
            .unwrap();
        all.push_str(String::from_utf8_lossy(&text).trim_start_matches("pagefind_dcd"));
        all.push('\n');
    }
    all
}

fn check_theme(theme: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    hostile_portal(&portal, theme);
    let out = tmp.path().join("out");
    let run = klarsicht(
        &[
            "build",
            ".",
            "--output",
            out.to_str().unwrap(),
            "--today",
            "2025-07-15",
        ],
        &portal,
    );
    assert!(run.success, "{}", run.stderr);

    // Every file parses as its format, holds no forbidden character and
    // (HTML) carries no inline script, handler or style.
    let mut problems = Vec::new();
    for (path, bytes) in snapshot(&out) {
        let path = path.to_string_lossy().replace('\\', "/");
        if !path.starts_with("pagefind/") {
            problems.extend(invariants::check(&path, &bytes));
        }
    }
    assert!(problems.is_empty(), "{theme}: {problems:#?}");

    // HTML: the strings come back as text, whole.
    let page = read(&out, "massnahmen/kita-ausbau/index.html");
    assert_eq!(text_of(&page, "h1"), [MEASURE], "{theme}");
    assert!(text_of(&page, "title")[0].starts_with(MEASURE), "{theme}");
    assert!(text_of(&page, "body").concat().contains(OWNER), "{theme}");
    let doc = Html::parse_document(&page);
    let meta = Selector::parse(r#"meta[property="og:title"]"#).unwrap();
    assert_eq!(
        doc.select(&meta).next().unwrap().value().attr("content"),
        Some(MEASURE),
        "{theme}"
    );
    let goal_page = read(&out, "ziele/teilhabe/index.html");
    assert_eq!(text_of(&goal_page, "h1"), [GOAL], "{theme}");
    let report_page = read(&out, "berichte/stand/index.html");
    assert!(
        text_of(&report_page, "body").concat().contains(NOTE),
        "{theme}"
    );
    assert!(
        text_of(&report_page, "body").concat().contains(RESULT),
        "{theme}"
    );
    let report_doc = Html::parse_document(&report_page);
    let hrefs: Vec<&str> = report_doc
        .select(&Selector::parse("a[href^='https://ratsinfo']").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, [COUNCIL, COUNCIL], "{theme}");

    // Inline SVG (the budget chart on the budget page) holds labels as text.
    let budget = read(&out, "haushalt/index.html");
    assert!(!budget.contains("<svg onload"), "{theme}");

    // Feeds and sitemap: XML text equal to the input.
    let feed = feed_rs::parser::parse(read(&out, "berichte/atom.xml").as_bytes()).unwrap();
    assert_eq!(feed.entries[0].title.as_ref().unwrap().content, REPORT);
    let goal_feed =
        feed_rs::parser::parse(read(&out, "ziele/teilhabe/atom.xml").as_bytes()).unwrap();
    assert!(goal_feed.title.as_ref().unwrap().content.contains(GOAL));

    // iCalendar: the committee as the event's summary, escaped per RFC 5545.
    let ics = read(&out, "berichte/sitzungen.ics");
    let cal = ical::IcalParser::new(ics.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let summary = cal.events[0]
        .properties
        .iter()
        .find(|p| p.name == "SUMMARY")
        .and_then(|p| p.value.clone())
        .unwrap();
    assert!(
        summary.contains(r"Ausschuss\; Tagesordnung\, Punkt 1\\n<i>neu</i>"),
        "{summary}"
    );

    // JSON: the same strings after parsing.
    let json: serde_json::Value = serde_json::from_str(&read(&out, "daten/portal.json")).unwrap();
    let measure = &json["measures"][0];
    assert_eq!(measure["title"], MEASURE);
    assert_eq!(measure["owner"], OWNER);

    // CSV: formula cells neutralised with a leading apostrophe.
    let csv = read(&out, "daten/measures.csv");
    assert!(
        csv.contains(r#""'=HYPERLINK(""https://evil.example"",""Klick"")""#),
        "{csv}"
    );
    let budget_csv = read(&out, "daten/budget.csv");
    assert!(budget_csv.contains(&format!("'{LABEL}")), "{budget_csv}");

    // Search index: the strings as JSON text, read back whole.
    let fragments = search_fragments(&out);
    assert!(
        fragments.contains(&serde_json::to_string(MEASURE).unwrap()),
        "{theme}: title in the search index"
    );
}

#[test]
fn hostile_strings_land_as_text_everywhere_in_the_default_theme() {
    check_theme("default");
}

#[test]
fn hostile_strings_land_as_text_everywhere_in_the_plain_theme() {
    check_theme("plain");
}

fn check_fails(files: &[(&str, &str)]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    for (rel, text) in files {
        let path = tmp.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let run = klarsicht(&["check", "."], tmp.path());
    assert!(!run.success, "{}", run.stderr);
    run.diagnostics()
}

#[test]
fn control_and_direction_override_characters_are_refused_where_they_are() {
    let d = check_fails(&[
        (
            "content/goals/teilhabe.md",
            "+++\ntitle = \"Teil\\u0007habe\"\nnumber = 1\n+++\n\nText \u{202E}9 000 €\u{202C}.\n",
        ),
        (
            "data/budget.csv",
            "measure,year,label,planned,actual,reference\nkita-ausbau,2024,Mie\u{1b}te,10,,\n",
        ),
    ]);
    assert_eq!(
        d,
        "content/goals/teilhabe.md:2:9: error: control character U+0007 is not allowed: it cannot appear in HTML or XML\n  \
         hint: delete the character (editors often show it as a box or not at all); right-to-left text needs no control characters\n\
         content/goals/teilhabe.md:6:6: error: bidirectional control character U+202E is not allowed: it makes text display in another order than it is written (1 more in this file)\n  \
         hint: delete the character (editors often show it as a box or not at all); right-to-left text needs no control characters\n\
         data/budget.csv:2:21: error: control character U+001B is not allowed: it cannot appear in HTML or XML\n  \
         hint: delete the character (editors often show it as a box or not at all); right-to-left text needs no control characters"
    );
}

#[test]
fn hostile_slugs_are_refused() {
    let d = check_fails(&[(
        "content/goals/teilhabe.md",
        "+++\ntitle = \"Teilhabe\"\nslug = \"\\\" onmouseover=x\"\nnumber = 1\n+++\n",
    )]);
    assert!(
        d.starts_with("content/goals/teilhabe.md:3:8: error: invalid slug `\" onmouseover=x`\n  hint: slugs are lowercase a-z, 0-9 and -, e.g. `onmouseover-x`"),
        "{d}"
    );
}

#[test]
fn the_output_checks_catch_what_they_look_for() {
    let page = r#"<p style="x" onclick="y"><a href=" JavaScript:z">a</a></p><script>s</script><style>p{}</style><script src="ok.js"></script>"#;
    assert_eq!(
        invariants::strict_csp(page),
        [
            "style attribute on <p>",
            "event handler `onclick` on <p>",
            "script address in `href` on <a>",
            "inline <script>",
            "inline <style>",
        ]
    );
    assert_eq!(
        invariants::check("a/atom.xml", b"<feed><title>]]></title></feed"),
        ["a/atom.xml: not well-formed XML: ']]>' at 1:17 is not allowed inside a character data"]
    );
    assert_eq!(
        invariants::check("x.html", "<p>a\u{1}</p>".as_bytes()),
        ["x.html: character U+0001 at byte 4"]
    );
    assert!(invariants::check("d.json", b"{\"a\": }")[0].starts_with("d.json: not JSON"));
}

/// Strict CSP, statically: no page of the example in the default theme has
/// an inline script or style, an event handler or a style attribute, and
/// every other file parses (tests/browser/csp.mjs checks the same pages in
/// a browser that enforces the header).
#[test]
fn every_page_of_the_example_runs_under_a_strict_content_security_policy() {
    let (_tmp, out) = build_example();
    let mut problems = Vec::new();
    let mut pages = 0;
    for (path, bytes) in snapshot(&out) {
        let path = path.to_string_lossy().replace('\\', "/");
        if path.starts_with("pagefind/") {
            continue;
        }
        pages += usize::from(path.ends_with(".html"));
        problems.extend(invariants::check(&path, &bytes));
    }
    assert!(pages >= 49, "{pages} pages");
    assert!(problems.is_empty(), "{problems:#?}");
}
