//! `klarsicht import`: measures updated from a table, front matter edited in
//! place (comments, key order, body kept), nothing written on a dry run or
//! when any row is wrong, and a second run changing nothing.

use std::path::Path;

use crate::util::*;

/// The base fixture, its measure with a comment and a key order to keep.
fn portal(dir: &Path) {
    copy_dir(&fixtures().join("base"), dir);
    std::fs::write(
        dir.join("content/measures/kita-ausbau.md"),
        "+++\ntitle = \"Kita-Ausbau\"\ngoals = [\"teilhabe\"]\n# Stand laut Bauamt\nstatus = \"in_progress\"\nprogress = 40\nstart = 2024-01-01\nend = 2025-12-31\n\n[[budget]]\nyear = 2024\nplanned = 1000\n+++\n\nSiehe [Bericht](@/reports/stand.md).\n",
    )
    .unwrap();
}

fn import(dir: &Path, table: &Path, apply: bool) -> Run {
    let mut args = vec!["import", table.to_str().unwrap(), "--path", "."];
    if apply {
        args.push("--apply");
    }
    klarsicht(&args, dir)
}

#[test]
fn a_dry_run_shows_the_changes_and_apply_makes_them_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("portal");
    portal(&dir);
    let table = tmp.path().join("stand.csv");
    std::fs::write(
        &table,
        "Maßnahme;Status;Fortschritt;Stand;Begründung\nKita-Ausbau;verzögert;55;14.07.2025;Lieferengpass bei Fenstern\n",
    )
    .unwrap();
    let before = snapshot(&dir);
    let run = import(&dir, &table, false);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "content/measures/kita-ausbau.md: status \"in_progress\" → \"delayed\"; progress 40 → 55; updated (new) 2025-07-14; status_note (new) \"Lieferengpass bei Fenstern\"\n\
         1 file would change; run again with --apply to write them\n"
    );
    assert!(snapshot(&dir) == before, "a dry run writes nothing");

    let run = import(&dir, &table, true);
    assert!(run.success, "{}", run.stderr);
    assert!(run.stdout.ends_with("updated 1 file\n"), "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(dir.join("content/measures/kita-ausbau.md")).unwrap(),
        "+++\ntitle = \"Kita-Ausbau\"\ngoals = [\"teilhabe\"]\n# Stand laut Bauamt\nstatus = \"delayed\"\nprogress = 55\nstart = 2024-01-01\nend = 2025-12-31\nupdated = 2025-07-14\nstatus_note = \"Lieferengpass bei Fenstern\"\n\n[[budget]]\nyear = 2024\nplanned = 1000\n+++\n\nSiehe [Bericht](@/reports/stand.md).\n"
    );
    // The portal still builds, and the same table changes nothing now.
    assert!(klarsicht(&["check", "."], &dir).success);
    let again = import(&dir, &table, true);
    assert_eq!(
        again.stdout,
        "nothing to change: every measure already says what the table says\n"
    );
}

#[test]
fn a_spreadsheet_from_libreoffice_with_a_date_cell() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("portal");
    portal(&dir);
    let run = import(&dir, &fixtures().join("sheets/updates.xlsx"), true);
    assert!(run.success, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.join("content/measures/kita-ausbau.md")).unwrap();
    assert!(
        text.contains("status = \"delayed\"\nprogress = 55\n"),
        "{text}"
    );
    assert!(text.contains("updated = 2025-07-14\n"), "{text}");
}

#[test]
fn any_wrong_row_stops_the_import_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("portal");
    portal(&dir);
    let table = tmp.path().join("stand.csv");
    std::fs::write(
        &table,
        "measure,progress,status,goals\nkita-ausbau,150,delayed,\nkita-neubau,10,,\nkita-ausbau,20,,\n",
    )
    .unwrap();
    let before = snapshot(&dir);
    let run = import(&dir, &table, true);
    assert!(!run.success);
    let stderr = run.stderr.replace(tmp.path().to_str().unwrap(), "TMP");
    assert_eq!(
        stderr,
        "TMP/stand.csv:1:25: error: column `goals` is not a key a table can set\n  \
         hint: the keys are: status, progress, updated, status_note, owner, summary, title, start, end, publish\n\
         TMP/stand.csv:2:13: error: column `progress`: `150` is not a progress from 0 to 100\n\
         TMP/stand.csv:3:1: error: no measure `kita-neubau`\n  \
         hint: name it by its slug (the file name) or its exact title\n\
         TMP/stand.csv:4:1: error: measure `kita-ausbau` has a row already (line 2)\n\
         import failed: 4 errors; nothing was written\n"
    );
    assert!(snapshot(&dir) == before);
}
