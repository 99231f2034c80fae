//! Input sizes that once built in quadratic time: a 6 MB title, 50,000
//! equal headings, 50,000 links, 500,000 tags and 50,000 unknown keys.
//! Each must build in seconds; the bound is generous (a debug build, a busy
//! CI machine) but a quadratic path takes hours. Release timings are in the
//! README's reliability table.

use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use scraper::{Html, Selector};

use crate::util::*;

const LIMIT: Duration = Duration::from_secs(30);

/// The base fixture with the measure's file replaced by `measure`.
fn portal_with_measure(measure: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), dir.path());
    std::fs::write(dir.path().join("content/measures/kita-ausbau.md"), measure).unwrap();
    dir
}

const HEAD: &str = "goals = [\"teilhabe\"]\nstatus = \"in_progress\"\n";

/// Builds (or checks) and returns the run and how long it took; a run
/// past the limit is killed and fails the test, rather than hang it.
fn timed(dir: &Path, command: &str) -> (Run, Duration) {
    let args: &[&str] = match command {
        "build" => &["build", "--output", "out", "--today", "2025-07-15"],
        _ => &[command, "--today", "2025-07-15"],
    };
    let start = Instant::now();
    let mut child = crate::util::command()
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > LIMIT {
            child.kill().unwrap();
            panic!("{command} still running after {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let took = start.elapsed();
    let run = Run {
        success: status.success(),
        stderr: reader.join().unwrap(),
        stdout: String::new(),
    };
    (run, took)
}

/// The error lines of a run (not their hints).
fn errors(run: &Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect()
}

fn page(dir: &Path) -> Html {
    Html::parse_document(
        &std::fs::read_to_string(dir.join("out/massnahmen/kita-ausbau/index.html")).unwrap(),
    )
}

#[test]
fn a_six_megabyte_title_builds_in_seconds() {
    // One word: every tail of it was once built and hashed for the search.
    let title = "Kitaplatzausbau".repeat(400_000);
    let dir = portal_with_measure(&format!("+++\ntitle = \"{title}\"\n{HEAD}+++\n\nText.\n"));
    let (run, took) = timed(dir.path(), "build");
    assert!(run.success, "{} ({took:?})", run.stderr);
    let h1: String = page(dir.path())
        .select(&Selector::parse("h1").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(h1.trim().len(), 6_000_000);
}

#[test]
fn fifty_thousand_equal_headings_get_distinct_ids_in_seconds() {
    let body = "## Stand\n\nText.\n\n".repeat(50_000);
    let dir = portal_with_measure(&format!("+++\ntitle = \"Kita\"\n{HEAD}+++\n\n{body}"));
    let (run, took) = timed(dir.path(), "build");
    assert!(run.success, "{} ({took:?})", run.stderr);
    let doc = page(dir.path());
    let ids: Vec<String> = doc
        .select(&Selector::parse("h2[id^=stand]").unwrap())
        .map(|h| h.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 50_000);
    assert_eq!(ids[0], "stand");
    assert_eq!(ids[1], "stand-2");
    assert_eq!(ids[49_999], "stand-50000");
}

#[test]
fn fifty_thousand_links_build_and_broken_ones_keep_their_lines() {
    let links = "[Bericht](@/reports/stand.md) ".repeat(50_000);
    // 50,000 distinct links to files that do not exist, one a line: each
    // was once searched for in the whole file.
    let broken: String = (0..50_000)
        .map(|i| format!("[Plan](plan-{i}.pdf)\n\n"))
        .collect();
    let dir = portal_with_measure(&format!(
        "+++\ntitle = \"Kita\"\n{HEAD}+++\n\n{links}\n\n{broken}"
    ));
    let (run, took) = timed(dir.path(), "check");
    assert!(!run.success, "{took:?}");
    let errors = errors(&run);
    assert_eq!(errors.len(), 51, "{}", run.stderr);
    // Sorted by place: the count (at the file's start) comes first.
    assert_eq!(
        errors[0],
        "content/measures/kita-ausbau.md:1:1: error: 49950 more broken links on massnahmen/kita-ausbau/index.html (the first 50 are listed)"
    );
    assert_eq!(
        errors[1],
        "content/measures/kita-ausbau.md:9:8: error: link `plan-0.pdf` leads to `massnahmen/kita-ausbau/plan-0.pdf`, which the site does not have"
    );
    assert_eq!(
        errors[50],
        "content/measures/kita-ausbau.md:107:8: error: link `plan-49.pdf` leads to `massnahmen/kita-ausbau/plan-49.pdf`, which the site does not have"
    );
}

#[test]
fn five_hundred_thousand_tags_and_fifty_thousand_unknown_keys_in_seconds() {
    let tags: Vec<String> = (0..500_000).map(|i| format!("\"t{i}\"")).collect();
    let dir = portal_with_measure(&format!(
        "+++\ntitle = \"Kita\"\n{HEAD}tags = [{}]\n+++\n\nText.\n",
        tags.join(", ")
    ));
    // Each tag is a topic with a page: more than 100 on one item are refused
    // at once (before, they were searched in one list: quadratic).
    let (run, took) = timed(dir.path(), "build");
    assert!(!run.success, "{took:?}");
    assert!(
        run.diagnostics().contains(
            "content/measures/kita-ausbau.md:5:1: error: 500000 tags: an item has at most 100"
        ),
        "{}",
        run.diagnostics()
    );

    // Unknown keys on one long line: each error needs its column.
    let keys: Vec<String> = (0..50_000).map(|i| format!("k{i} = 1")).collect();
    let line = format!(
        "budget = [{{ year = 2024, planned = 1, {} }}]",
        keys.join(", ")
    );
    let dir = portal_with_measure(&format!(
        "+++\ntitle = \"Kita\"\n{HEAD}{line}\n+++\n\nText.\n"
    ));
    let (run, took) = timed(dir.path(), "check");
    assert!(!run.success, "{took:?}");
    let errors = errors(&run);
    assert_eq!(errors.len(), 50_000);
    let last = format!(
        "content/measures/kita-ausbau.md:5:{}: error: unknown key `k49999` in [[budget]] line",
        line.find("k49999").unwrap() + 1
    );
    assert_eq!(errors[49_999], last);
}
