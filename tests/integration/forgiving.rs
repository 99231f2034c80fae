//! Values written the way German offices write them, where they are
//! unambiguous: status and direction words, quoted German dates, "95 %".

use crate::util::*;

#[test]
fn german_words_dates_and_percentages_are_read_as_what_they_mean() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &dir);
    std::fs::write(
        dir.join("content/measures/kita-ausbau.md"),
        "+++\ntitle = \"Kita-Ausbau\"\ngoals = [\"teilhabe\"]\nstatus = \"in Umsetzung\"\nprogress = \"95 %\"\nupdated = \"30.06.2025\"\nstart = \"1.1.2024\"\nend = 2025-12-31\n\n[[milestones]]\ntitle = \"Bauantrag\"\ndue = \"31.03.2024\"\ndone = \"15.03.2024\"\n+++\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("content/indicators")).unwrap();
    std::fs::write(
        dir.join("content/indicators/wartezeit.md"),
        "+++\ntitle = \"Wartezeit\"\ngoals = [\"teilhabe\"]\ndirection = \"fallend\"\nvalues = [{ year = 2024, value = 30 }]\n+++\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("content/reports/stand.md"),
        "+++\ntitle = \"Stand\"\ndate = \"10.01.2025\"\n\n[[updates]]\nmeasure = \"kita-ausbau\"\nstatus = \"Verzögert\"\nprogress = \"40%\"\n+++\n",
    )
    .unwrap();
    let (_tmp, out) = build_portal(&dir, "2025-07-15");
    let json = portal_json(&out);
    let m = by_slug(&json, "measures", "kita-ausbau");
    assert_eq!(m["status"], "in_progress");
    assert_eq!(m["progress_percent"], 95);
    assert_eq!(m["updated"], "2025-06-30");
    assert_eq!(m["start"], "2024-01-01");
    assert_eq!(m["milestones"][0]["due"], "2024-03-31");
    assert_eq!(m["milestones"][0]["done_on"], "2024-03-15");
    let i = by_slug(&json, "indicators", "wartezeit");
    assert_eq!(i["direction"], "decrease");
    let r = by_slug(&json, "reports", "stand");
    assert_eq!(r["date"], "2025-01-10");
    assert_eq!(r["updates"][0]["status"], "delayed");
    assert_eq!(r["updates"][0]["progress_percent"], 40);
}

#[test]
fn a_word_that_is_no_status_still_lists_the_valid_ones() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    std::fs::write(
        tmp.path().join("content/measures/kita-ausbau.md"),
        "+++\ntitle = \"Kita-Ausbau\"\ngoals = [\"teilhabe\"]\nstatus = \"fertig\"\nprogress = \"101 %\"\n+++\n",
    )
    .unwrap();
    let run = klarsicht(&["check", ".", "--lang", "de"], tmp.path());
    assert_eq!(
        run.diagnostics(),
        "content/measures/kita-ausbau.md:4:10: Fehler: ungültiger Status `fertig`\n  Hinweis: gültige Status: planned, in_progress, ongoing, completed, delayed, on_hold, cancelled; auf Deutsch: geplant, in Umsetzung, laufend, abgeschlossen, verzögert, pausiert, abgebrochen\ncontent/measures/kita-ausbau.md:5:12: Fehler: `progress` ist 101, muss aber zwischen 0 und 100 liegen"
    );
}
