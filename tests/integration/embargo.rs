//! Embargo: a report dated after the build date, and any item whose
//! `publish` date is after it, is not published anywhere until that day;
//! `--future` includes them with a banner; "Datenstand" is never later than
//! the build date.

use std::path::{Path, PathBuf};

use crate::util::*;

/// The base fixture with a report dated 2025-09-01 (a session on
/// 2025-09-20), a measure published from 2025-08-01, and kita-ausbau
/// `updated` on 2025-12-01.
pub(crate) fn embargo_portal(dir: &Path) -> PathBuf {
    let portal = dir.join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    std::fs::write(
        portal.join("content/reports/zukunft.md"),
        "+++\ntitle = \"Zukunftsbericht\"\ndate = 2025-09-01\n\n[[sessions]]\ncommittee = \"Zukunftsausschuss\"\ndate = 2025-09-20\n\n[[updates]]\nmeasure = \"kita-ausbau\"\nprogress = 70\n+++\n\nText.\n",
    )
    .unwrap();
    std::fs::write(
        portal.join("content/measures/neu.md"),
        "+++\ntitle = \"Neue Sprechstunde\"\ngoals = [\"teilhabe\"]\nstatus = \"planned\"\npublish = 2025-08-01\nupdated = 2025-12-01\n+++\n\nText.\n",
    )
    .unwrap();
    // A published measure whose `updated` is ahead of both build dates.
    let measure = portal.join("content/measures/kita-ausbau.md");
    let text = std::fs::read_to_string(&measure).unwrap();
    std::fs::write(
        &measure,
        text.replace(
            "end = 2025-12-31\n",
            "end = 2025-12-31\nupdated = 2025-12-01\n",
        ),
    )
    .unwrap();
    portal
}

fn build_at(portal: &Path, out: &Path, today: &str, future: bool) -> Run {
    let mut args = vec![
        "build",
        ".",
        "--output",
        out.to_str().unwrap(),
        "--today",
        today,
    ];
    if future {
        args.push("--future");
    }
    let run = klarsicht(&args, portal);
    assert!(run.success, "{}", run.stderr);
    run
}

/// Every file of the output with its text, for searching all of it.
fn all_text(out: &Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.path().starts_with(out.join("pagefind")))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                rel,
                String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned(),
            )
        })
        .collect()
}

#[test]
fn items_that_appear_later_are_nowhere_until_their_day() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = embargo_portal(tmp.path());
    let out = tmp.path().join("out");
    build_at(&portal, &out, "2025-07-15", false);
    assert!(!out.join("berichte/zukunft").exists());
    assert!(!out.join("massnahmen/neu").exists());
    // No list entry, search entry, feed entry, session, data row or sitemap URL.
    for (file, text) in all_text(&out) {
        for word in [
            "Zukunftsbericht",
            "zukunft",
            "Neue Sprechstunde",
            "massnahmen/neu",
            "Zukunftsausschuss",
        ] {
            assert!(!text.contains(word), "{word} in {file}");
        }
    }
    // "Datenstand" is the build date at the latest (kita-ausbau says 2025-12-01).
    let home = page(&out, "index.html");
    let footer = texts(&home, "footer p").join(" ");
    assert!(footer.contains("Datenstand: 15. Juli 2025"), "{footer}");

    // On the day after both dates, everything is there, without a banner.
    build_at(&portal, &out, "2025-09-02", false);
    assert_eq!(
        texts(&page(&out, "berichte/zukunft/index.html"), "h1"),
        ["Zukunftsbericht"]
    );
    assert_eq!(
        texts(&page(&out, "massnahmen/neu/index.html"), "h1"),
        ["Neue Sprechstunde"]
    );
    assert!(
        texts(&page(&out, "berichte/index.html"), "main a")
            .contains(&"Zukunftsbericht".to_string())
    );
    let calendar = std::fs::read_to_string(out.join("berichte/sitzungen.ics")).unwrap();
    assert!(calendar.contains("Zukunftsausschuss"), "{calendar}");
    let json = std::fs::read_to_string(out.join("daten/portal.json")).unwrap();
    assert!(json.contains("\"slug\": \"zukunft\"") && json.contains("\"slug\": \"neu\""));
    assert!(
        std::fs::read_to_string(out.join("sitemap.xml"))
            .unwrap()
            .contains("berichte/zukunft/")
    );
    assert!(
        page(&out, "berichte/zukunft/index.html")
            .select(&scraper::Selector::parse(".embargo").unwrap())
            .next()
            .is_none()
    );
    let footer = texts(&page(&out, "index.html"), "footer p").join(" ");
    assert!(footer.contains("Datenstand: 2. September 2025"), "{footer}");
}

#[test]
fn future_builds_include_them_with_a_banner() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = embargo_portal(tmp.path());
    let out = tmp.path().join("out");
    build_at(&portal, &out, "2025-07-15", true);
    assert_eq!(
        texts(&page(&out, "berichte/zukunft/index.html"), "main .embargo"),
        ["Vorschau – noch nicht veröffentlicht. Erscheint am 1. September 2025"]
    );
    assert_eq!(
        texts(&page(&out, "massnahmen/neu/index.html"), "main .embargo"),
        ["Vorschau – noch nicht veröffentlicht. Erscheint am 1. August 2025"]
    );
    // Items already out have none.
    assert!(texts(&page(&out, "berichte/stand/index.html"), "main .embargo").is_empty());
}

#[test]
fn a_reference_to_an_item_not_out_yet_says_when_it_appears() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = embargo_portal(tmp.path());
    std::fs::write(
        portal.join("content/reports/stand.md"),
        "+++\ntitle = \"Stand\"\ndate = 2025-01-10\n\n[[updates]]\nmeasure = \"neu\"\nprogress = 10\n+++\n\nText.\n",
    )
    .unwrap();
    let run = klarsicht(&["check", ".", "--today", "2025-07-15"], &portal);
    assert!(!run.success);
    assert_eq!(
        run.diagnostics(),
        "content/reports/stand.md:6:11: error: unknown measure `neu`\n  \
         hint: `neu` appears on 2025-08-01 (after the build date) and is left out until then; build with --future to include it"
    );
    let run = klarsicht(
        &["check", ".", "--today", "2025-07-15", "--future"],
        &portal,
    );
    assert!(run.success, "{}", run.stderr);
}

/// content-example on 1 October 2023: the Hilden Sachstandsbericht of 26
/// September 2023 is out, its committee schedule (2, 8, 16 and 23 November
/// 2023) lies ahead, and every later report is not published yet.
#[test]
fn the_example_a_week_after_the_hilden_report() {
    let (_tmp, out) = build_portal(&example(), "2023-10-01");
    let ics = std::fs::read_to_string(out.join("berichte/sitzungen.ics")).unwrap();
    let starts: Vec<&str> = ics
        .lines()
        .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
        .collect();
    assert_eq!(starts, ["20231102", "20231108", "20231116", "20231123"]);
    let report = page(&out, "berichte/sachstand-dezernat-2023/index.html");
    assert_eq!(
        rows(&report, "table tbody tr")[..2],
        [
            "2. November 2023 Sozialausschuss Kenntnisnahme",
            "8. November 2023 Jugendhilfeausschuss Kenntnisnahme"
        ]
    );
    for later in ["zwischenbericht-2024", "zwischenbericht-2025"] {
        assert!(!out.join(format!("berichte/{later}")).exists(), "{later}");
    }
    // The committees' results are written in already, but none of them had
    // met: no result is shown, and the schedule has no result column.
    assert!(!clean(report.html()).contains("zur Kenntnis genommen"));
    let json = portal_json(&out);
    let sessions = &by_slug(&json, "reports", "sachstand-dezernat-2023")["sessions"];
    assert!(
        sessions
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["result"].is_null())
    );
}

/// On 10 November 2023 two of the four committees have met: their results
/// are shown, the two later sessions have none yet.
#[test]
fn a_committee_result_appears_on_the_day_of_its_session() {
    let (_tmp, out) = build_portal(&example(), "2023-11-10");
    let report = page(&out, "berichte/sachstand-dezernat-2023/index.html");
    assert_eq!(
        rows(&report, "section[aria-labelledby=h-sessions] tbody tr"),
        [
            "2. November 2023 Sozialausschuss Kenntnisnahme zur Kenntnis genommen",
            "8. November 2023 Jugendhilfeausschuss Kenntnisnahme zur Kenntnis genommen",
            "16. November 2023 Schul- und Sportausschuss Kenntnisnahme –",
            "23. November 2023 Ausschuss für Kultur und Heimatpflege Kenntnisnahme –"
        ]
    );
    // The budget leads with 2023, the first year with lines: no year before.
    let budget = page(&out, "haushalt/index.html");
    assert_eq!(
        cells(&budget, "#overview tbody tr")
            .into_iter()
            .map(|r| r[0].clone())
            .collect::<Vec<_>>(),
        ["Haushaltsjahr 2023", "Alle Jahre 2023–2027"]
    );
}
