//! The change history from the portal's Git repository: real repositories
//! in a temporary folder (made with the `git` program; klarsicht reads them
//! with gix), commits with fixed author dates, and the exact sentences on
//! the pages, in German and English.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::*;

/// A portal in a Git repository of its own.
struct Repo {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

fn git_available() -> bool {
    Command::new("git").arg("--version").output().is_ok()
}

impl Repo {
    fn new(language: &str) -> Option<Repo> {
        if !git_available() {
            missing("the git program (to make test repositories) is not installed");
            return None;
        }
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("portal");
        let words = if language == "de" {
            ""
        } else {
            "language = \"en\"\n"
        };
        let files = [
            ("site.toml", format!("title = \"Testportal\"\nbase_url = \"https://test.example/\"\n{words}")),
            (
                "content/goals/teilhabe.md",
                "+++\ntitle = \"Teilhabe\"\n+++\n".to_string(),
            ),
            (
                "content/goals/bildung.md",
                "+++\ntitle = \"Bildung\"\n+++\n".to_string(),
            ),
            (
                "content/measures/kita.md",
                "+++\ntitle = \"Kita-Ausbau\"\ngoals = [\"teilhabe\"]\nstatus = \"in_progress\"\nprogress = 40\nstart = 2024-01-01\nend = 2025-12-31\n\n[[milestones]]\ntitle = \"Bauantrag\"\ndue = 2025-03-31\n\n[[budget]]\nyear = 2025\nplanned = 50000\n+++\n\nText.\n".to_string(),
            ),
            (
                "content/measures/treff.md",
                "+++\ntitle = \"Stadtteiltreff\"\ngoals = [\"teilhabe\"]\nstatus = \"planned\"\n+++\n".to_string(),
            ),
            (
                "data/budget.csv",
                "measure,year,label,planned,actual,reference\ntreff,2025,Miete,20000,,HH 2025\n".to_string(),
            ),
        ];
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let repo = Repo { _tmp: tmp, dir };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.commit("2024-03-01T10:00:00+01:00", "Portal angelegt");
        Some(repo)
    }

    fn git(&self, args: &[&str]) -> String {
        self.git_at("2024-01-01T00:00:00+00:00", args)
    }

    /// A git command whose commits (a revert, a merge) get `date`.
    fn git_at(&self, date: &str, args: &[&str]) -> String {
        let out = Command::new("git")
            .args([
                "-c",
                "user.name=Presseamt",
                "-c",
                "user.email=presse@example.org",
            ])
            .args([
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(&self.dir)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Commits everything with the author and committer date `date`.
    fn commit(&self, date: &str, message: &str) {
        self.git(&["add", "-A"]);
        let out = Command::new("git")
            .args([
                "-c",
                "user.name=Presseamt",
                "-c",
                "user.email=presse@example.org",
            ])
            .args(["-c", "commit.gpgsign=false", "commit", "-q", "-m", message])
            .current_dir(&self.dir)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn edit(&self, path: &str, from: &str, to: &str) {
        let p = self.dir.join(path);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{path} has no {from:?}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    }

    fn build(&self) -> (tempfile::TempDir, PathBuf, Run) {
        build_at(&self.dir)
    }
}

fn build_at(dir: &Path) -> (tempfile::TempDir, PathBuf, Run) {
    let out_tmp = tempfile::tempdir().unwrap();
    let out = out_tmp.path().join("site");
    let run = klarsicht(
        &[
            "build",
            ".",
            "--output",
            out.to_str().unwrap(),
            "--today",
            "2025-07-15",
        ],
        dir,
    );
    assert!(run.success, "{}", run.stderr);
    (out_tmp, out, run)
}

/// The change entries of a page: date and text, as a reader sees them.
fn changes(out: &Path, page_path: &str) -> Vec<String> {
    texts(&page(out, page_path), ".changes-list li")
}

#[test]
fn changes_are_sentences_on_the_measure_page_newest_first() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "content/measures/kita.md",
        "end = 2025-12-31",
        "end = 2026-06-30",
    );
    r.edit("content/measures/kita.md", "progress = 40", "progress = 55");
    r.edit(
        "content/measures/kita.md",
        "due = 2025-03-31",
        "due = 2025-05-15",
    );
    r.commit(
        "2025-02-10T09:00:00+01:00",
        "Bauverzug: Lieferengpass beim Träger",
    );
    r.edit(
        "content/measures/kita.md",
        "planned = 50000",
        "planned = 45000",
    );
    r.edit(
        "content/measures/kita.md",
        "status = \"in_progress\"",
        "status = \"on_hold\"\nstatus_note = \"Haushaltssperre\"",
    );
    r.edit(
        "content/measures/kita.md",
        "goals = [\"teilhabe\"]",
        "goals = [\"teilhabe\", \"bildung\"]",
    );
    r.commit("2025-06-30T23:30:00+02:00", "Nachtragshaushalt 2025");
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "massnahmen/kita/index.html"),
        [
            "30. Juni 2025: Status: in Umsetzung → pausiert; Begründung zum Status: „Haushaltssperre“; Dem Ziel „Bildung“ zugeordnet; Plan 2025 von 50.000,00 € auf 45.000,00 € gesenkt. Anlass: Nachtragshaushalt 2025",
            "10. Februar 2025: Fortschritt von 40 % auf 55 %; Ende vom 31. Dezember 2025 auf den 30. Juni 2026 verschoben; Meilenstein „Bauantrag“ vom 31. März 2025 auf den 15. Mai 2025 verschoben. Anlass: Bauverzug: Lieferengpass beim Träger",
            "1. März 2024: Aufgenommen. Anlass: Portal angelegt",
        ]
    );
    // The date is the author's, in the author's time zone (23:30 on 30 June
    // in Berlin is 30 June, though 21:30 UTC).
    let doc = page(&out, "massnahmen/kita/index.html");
    let dates: Vec<String> = doc
        .select(&scraper::Selector::parse(".changes-list time").unwrap())
        .map(|t| t.value().attr("datetime").unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2025-06-30", "2025-02-10", "2024-03-01"]);
}

#[test]
fn english_sentences_on_an_english_portal() {
    let Some(r) = Repo::new("en") else { return };
    r.edit(
        "content/measures/kita.md",
        "end = 2025-12-31",
        "end = 2026-06-30",
    );
    r.edit(
        "content/measures/kita.md",
        "planned = 50000",
        "planned = 52500.50",
    );
    r.commit("2025-02-10T09:00:00+01:00", "Replanned after the tender");
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "measures/kita/index.html"),
        [
            "10 February 2025: End moved from 31 December 2025 to 30 June 2026; Plan 2025 raised from €50,000.00 to €52,500.50. Why: Replanned after the tender",
            "1 March 2024: Added. Why: Portal angelegt",
        ]
    );
    // The feeds speak English too, at English addresses.
    // Dates hold no-break spaces (never split between lines).
    let feed = std::fs::read_to_string(out.join("measures/kita/changes.xml"))
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        feed.contains("<title>Changes: Kita-Ausbau – Testportal</title>"),
        "{feed}"
    );
    assert!(
        feed.contains(
            "<title>Kita-Ausbau: End moved from 31 December 2025 to 30 June 2026 …</title>"
        ),
        "{feed}"
    );
    assert!(
        feed.contains("&lt;p&gt;Why: Replanned after the tender&lt;/p&gt;"),
        "{feed}"
    );
    let page = page(&out, "changes/index.html");
    assert_eq!(texts(&page, "h1"), ["Changes"]);
}

#[test]
fn a_budget_csv_edit_is_a_change_of_its_measure() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "data/budget.csv",
        "treff,2025,Miete,20000,,",
        "treff,2025,Miete,18000,4500,",
    );
    r.commit("2025-05-02T12:00:00+02:00", "Kürzung im Nachtrag");
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "massnahmen/treff/index.html"),
        [
            "2. Mai 2025: Plan 2025 von 20.000,00 € auf 18.000,00 € gesenkt; Ist 2025: 4.500,00 € eingestellt. Anlass: Kürzung im Nachtrag",
            "1. März 2024: Aufgenommen. Anlass: Portal angelegt",
        ]
    );
    // The other measure did not change.
    assert_eq!(changes(&out, "massnahmen/kita/index.html").len(), 1);
}

#[test]
fn a_renamed_file_keeps_its_history_and_a_revert_is_a_change_back() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "content/measures/treff.md",
        "status = \"planned\"",
        "status = \"in_progress\"",
    );
    r.commit("2025-01-15T10:00:00+01:00", "Treff eröffnet");
    // Renamed (the slug stays by `slug`), and its address too with `aliases`.
    r.git(&[
        "mv",
        "content/measures/treff.md",
        "content/measures/stadtteiltreff.md",
    ]);
    r.edit(
        "content/measures/stadtteiltreff.md",
        "title = \"Stadtteiltreff\"",
        "title = \"Stadtteiltreff Ost\"\nslug = \"treff\"",
    );
    r.commit(
        "2025-02-01T10:00:00+01:00",
        "Name wie im Stadtratsbeschluss",
    );
    r.git_at(
        "2025-03-01T10:00:00+01:00",
        &["revert", "--no-edit", "HEAD~1"],
    );
    let (_t, out, _) = r.build();
    let seen = changes(&out, "massnahmen/treff/index.html");
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(
        seen[1],
        "1. Februar 2025: Titel geändert: „Stadtteiltreff“ → „Stadtteiltreff Ost“. Anlass: Name wie im Stadtratsbeschluss"
    );
    assert_eq!(
        seen[2],
        "15. Januar 2025: Status: geplant → in Umsetzung. Anlass: Treff eröffnet"
    );
    assert!(
        seen[0].starts_with(
            "1. März 2025: Status: in Umsetzung → geplant. Anlass: Revert \"Treff eröffnet\""
        ),
        "{seen:?}"
    );
}

#[test]
fn an_item_written_anew_keeps_the_history_of_the_address_in_its_aliases() {
    let Some(r) = Repo::new("de") else { return };
    r.edit("content/measures/kita.md", "progress = 40", "progress = 50");
    r.commit("2025-01-15T10:00:00+01:00", "Fortschritt Januar");
    // Deleted, and written anew under another name: too different for Git
    // to see a rename; `aliases` says it is the same measure.
    std::fs::remove_file(r.dir.join("content/measures/kita.md")).unwrap();
    std::fs::write(
        r.dir.join("content/measures/kinderkrippe.md"),
        "+++\ntitle = \"Kinderkrippe am Park\"\naliases = [\"massnahmen/kita/\"]\ngoals = [\"bildung\"]\nstatus = \"completed\"\n+++\n\nEin ganz neuer Text über die Krippe, die im Sommer eröffnet hat.\n",
    )
    .unwrap();
    r.commit("2025-07-01T10:00:00+02:00", "Krippe eröffnet");
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "massnahmen/kinderkrippe/index.html"),
        [
            "1. Juli 2025: Titel geändert: „Kita-Ausbau“ → „Kinderkrippe am Park“; Status: in Umsetzung → abgeschlossen; Fortschritt (50 %) nicht mehr angegeben; Beginn (1. Januar 2024) nicht mehr angegeben; Ende (31. Dezember 2025) nicht mehr angegeben; Dem Ziel „Bildung“ zugeordnet; Nicht mehr dem Ziel „Teilhabe“ zugeordnet; Meilenstein „Bauantrag“ gestrichen; Plan 2025 (50.000,00 €) gestrichen. Anlass: Krippe eröffnet",
            "15. Januar 2025: Fortschritt von 40 % auf 50 %. Anlass: Fortschritt Januar",
            "1. März 2024: Aufgenommen. Anlass: Portal angelegt",
        ]
    );
}

#[test]
fn a_merged_branch_counts_once_at_the_commit_that_made_the_change() {
    let Some(r) = Repo::new("de") else { return };
    r.git(&["checkout", "-q", "-b", "nachtrag"]);
    r.edit(
        "content/measures/kita.md",
        "planned = 50000",
        "planned = 40000",
    );
    r.commit("2025-03-01T10:00:00+01:00", "Nachtrag vorbereitet");
    r.git(&["checkout", "-q", "main"]);
    r.edit("content/measures/kita.md", "progress = 40", "progress = 45");
    r.commit("2025-03-05T10:00:00+01:00", "Fortschritt März");
    r.git_at(
        "2025-03-10T10:00:00+01:00",
        &[
            "merge",
            "--no-ff",
            "-q",
            "-m",
            "Merge branch 'nachtrag'",
            "nachtrag",
        ],
    );
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "massnahmen/kita/index.html"),
        [
            "5. März 2025: Fortschritt von 40 % auf 45 %. Anlass: Fortschritt März",
            "1. März 2025: Plan 2025 von 50.000,00 € auf 40.000,00 € gesenkt. Anlass: Nachtrag vorbereitet",
            "1. März 2024: Aufgenommen. Anlass: Portal angelegt",
        ]
    );
}

#[test]
fn no_repository_or_history_off_means_no_changes_and_no_error() {
    let Some(r) = Repo::new("de") else { return };
    r.edit("content/measures/kita.md", "progress = 40", "progress = 45");
    r.commit("2025-03-05T10:00:00+01:00", "Fortschritt März");
    r.edit(
        "site.toml",
        "title = \"Testportal\"",
        "title = \"Testportal\"\nhistory = false",
    );
    let (_t, out, run) = r.build();
    assert_eq!(run.diagnostics(), "");
    assert!(changes(&out, "massnahmen/kita/index.html").is_empty());
    // A copy without .git.
    let plain = tempfile::tempdir().unwrap();
    copy_dir(&r.dir, plain.path());
    std::fs::remove_dir_all(plain.path().join(".git")).unwrap();
    std::fs::write(
        plain.path().join("site.toml"),
        "title = \"Testportal\"\nbase_url = \"https://test.example/\"\n",
    )
    .unwrap();
    let (_t, out, run) = build_at(plain.path());
    assert!(!run.diagnostics().contains("error"), "{}", run.stderr);
    assert!(changes(&out, "massnahmen/kita/index.html").is_empty());
}

#[test]
fn a_shallow_clone_says_since_when_and_warns_with_the_fix() {
    let Some(r) = Repo::new("de") else { return };
    r.edit("content/measures/kita.md", "progress = 40", "progress = 45");
    r.commit("2025-03-05T10:00:00+01:00", "Fortschritt März");
    r.edit("content/measures/kita.md", "progress = 45", "progress = 50");
    r.commit("2025-04-05T10:00:00+02:00", "Fortschritt April");
    let clone = tempfile::tempdir().unwrap();
    let target = clone.path().join("c");
    let url = format!("file://{}", r.dir.display());
    let out = Command::new("git")
        .args([
            "clone",
            "-q",
            "--depth",
            "2",
            &url,
            target.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (_t, site, run) = build_at(&target);
    assert_eq!(
        run.diagnostics(),
        ".git:1:1: warning: the Git clone is shallow: the changes go back only to 2025-03-05\n  hint: fetch the whole history: git fetch --unshallow; in GitHub Actions fetch-depth: 0 for actions/checkout, in GitLab CI the variable GIT_DEPTH: 0"
    );
    let doc = page(&site, "massnahmen/kita/index.html");
    assert_eq!(
        texts(&doc, ".changes .explain"),
        [
            "Änderungen seit dem 5. März 2025; was davor geändert wurde, ist in dieser Kopie der Geschichte nicht enthalten."
        ]
    );
    // The boundary commit has no parent here: it is the start, not a change.
    assert_eq!(
        changes(&site, "massnahmen/kita/index.html"),
        ["5. April 2025: Fortschritt von 45 % auf 50 %. Anlass: Fortschritt April"]
    );
}

#[test]
fn a_corrupt_cache_is_rebuilt_not_trusted() {
    let Some(r) = Repo::new("de") else { return };
    r.edit("content/measures/kita.md", "progress = 40", "progress = 45");
    r.commit("2025-03-05T10:00:00+01:00", "Fortschritt März");
    let (_t, out, _) = r.build();
    let expected = changes(&out, "massnahmen/kita/index.html");
    let cache = r.dir.join(".git/klarsicht/history.json");
    assert!(cache.is_file(), "the first build writes the cache");
    for bad in [
        &b"{ not json"[..],
        b"{\"format\":1,\"klarsicht\":\"other\",\"prefix\":\"\",\"commits\":{}}",
    ] {
        std::fs::write(&cache, bad).unwrap();
        let (_t, out, run) = r.build();
        assert_eq!(run.diagnostics(), "");
        assert_eq!(changes(&out, "massnahmen/kita/index.html"), expected);
    }
    // With a good cache, a new commit is derived and added to it.
    r.edit("content/measures/kita.md", "progress = 45", "progress = 50");
    r.commit("2025-04-05T10:00:00+02:00", "Fortschritt April");
    let (_t, out, _) = r.build();
    assert_eq!(changes(&out, "massnahmen/kita/index.html").len(), 3);
}

#[test]
fn commit_messages_land_as_text_in_both_themes() {
    let Some(r) = Repo::new("de") else { return };
    r.edit("content/measures/kita.md", "progress = 40", "progress = 45");
    r.commit(
        "2025-03-05T10:00:00+01:00",
        "<script>alert(1)</script> & \"Zitat\"",
    );
    for theme in ["default", "plain"] {
        r.edit(
            "site.toml",
            "title = \"Testportal\"",
            &format!("title = \"Testportal\"\ntheme = \"{theme}\""),
        );
        let (_t, out, _) = r.build();
        let html = std::fs::read_to_string(out.join("massnahmen/kita/index.html")).unwrap();
        assert!(!html.contains("<script>alert"), "{theme}");
        // The reader sees the message as written.
        let doc = page(&out, "massnahmen/kita/index.html");
        let text = doc.root_element().text().collect::<String>();
        assert!(
            text.contains(
                "Fortschritt von 40\u{a0}% auf 45\u{a0}%. Anlass: <script>alert(1)</script> & \"Zitat\""
            ),
            "{theme}"
        );
        r.edit("site.toml", &format!("\ntheme = \"{theme}\""), "");
    }
}

#[test]
fn a_portal_inside_a_larger_repository_uses_its_history_only_when_asked() {
    let Some(r) = Repo::new("de") else { return };
    // The repository's top level holds the portal in a folder of its own.
    let top = r.dir.clone();
    let inner = top.join("portale/sozial");
    std::fs::create_dir_all(&inner).unwrap();
    for entry in ["site.toml", "content", "data"] {
        r.git(&["mv", entry, &format!("portale/sozial/{entry}")]);
    }
    r.commit("2025-01-01T10:00:00+01:00", "Portal in einen Unterordner");
    r.edit(
        "portale/sozial/content/measures/kita.md",
        "progress = 40",
        "progress = 60",
    );
    r.commit("2025-02-01T10:00:00+01:00", "Fortschritt Februar");
    let (_t, out, run) = build_at(&inner);
    assert_eq!(run.diagnostics(), "");
    assert!(changes(&out, "massnahmen/kita/index.html").is_empty());
    r.edit(
        "portale/sozial/site.toml",
        "title = \"Testportal\"",
        "title = \"Testportal\"\nhistory = true",
    );
    let (_t, out, _) = build_at(&inner);
    let seen = changes(&out, "massnahmen/kita/index.html");
    assert_eq!(
        seen.first().map(String::as_str),
        Some("1. Februar 2025: Fortschritt von 40 % auf 60 %. Anlass: Fortschritt Februar")
    );
}

#[test]
fn the_changes_page_and_the_feeds_list_every_change_with_its_goals() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "content/measures/kita.md",
        "end = 2025-12-31",
        "end = 2026-06-30",
    );
    r.commit("2025-02-10T09:00:00+01:00", "Bauverzug");
    r.edit(
        "content/goals/bildung.md",
        "title = \"Bildung\"",
        "title = \"Bildung für alle\"",
    );
    r.commit("2025-03-01T09:00:00+01:00", "Titel wie im Leitbild");
    std::fs::remove_file(r.dir.join("content/measures/treff.md")).unwrap();
    r.edit("data/budget.csv", "treff,2025,Miete,20000,,HH 2025\n", "");
    r.commit("2025-04-01T09:00:00+02:00", "Treff aufgegeben");
    let (_t, out, _) = r.build();
    let doc = page(&out, "aenderungen/index.html");
    assert_eq!(texts(&doc, "h1"), ["Änderungen"]);
    assert_eq!(
        texts(&doc, ".change-day h2"),
        [
            "1. April 2025",
            "1. März 2025",
            "10. Februar 2025",
            "1. März 2024"
        ]
    );
    let entries = texts(&doc, ".changes-list li");
    assert_eq!(
        entries[..3],
        [
            "Maßnahme Stadtteiltreff: Aus dem Portal genommen. Anlass: Treff aufgegeben",
            "Ziel Bildung für alle: Titel geändert: „Bildung“ → „Bildung für alle“. Anlass: Titel wie im Leitbild",
            "Maßnahme Kita-Ausbau: Ende vom 31. Dezember 2025 auf den 30. Juni 2026 verschoben. Anlass: Bauverzug",
        ]
    );
    // The filters: each entry's kind and goals; the measure links its entry.
    let li = scraper::Selector::parse(".changes-list li").unwrap();
    let third = doc.select(&li).nth(2).unwrap();
    assert_eq!(third.value().attr("data-kind"), Some("measure"));
    assert_eq!(third.value().attr("data-goals"), Some("teilhabe"));
    let a = scraper::Selector::parse("a").unwrap();
    let href = third
        .select(&a)
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap();
    assert!(href.starts_with("../massnahmen/kita/#v-"), "{href}");
    let anchor = href.split('#').nth(1).unwrap();
    let measure = page(&out, "massnahmen/kita/index.html");
    let target = scraper::Selector::parse(&format!("#{anchor}")).unwrap();
    assert_eq!(
        measure.select(&target).count(),
        1,
        "the entry is on the measure's page"
    );
    // Every page links the changes page in its footer.
    assert!(texts(&measure, "footer a").contains(&"Änderungen".to_string()));

    let feed = std::fs::read_to_string(out.join("aenderungen/atom.xml"))
        .unwrap()
        .replace('\u{a0}', " ");
    let titles: Vec<&str> = feed
        .split("<title>")
        .skip(1)
        .map(|t| t.split("</title>").next().unwrap())
        .collect();
    assert_eq!(titles[0], "Änderungen – Testportal");
    assert_eq!(titles[1], "Stadtteiltreff: Aus dem Portal genommen");
    assert_eq!(
        titles[3],
        "Kita-Ausbau: Ende vom 31. Dezember 2025 auf den 30. Juni 2026 verschoben"
    );
    // The goal's feed: its own change and its measures'.
    let goal = std::fs::read_to_string(out.join("ziele/teilhabe/aenderungen.xml"))
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        goal.contains("<title>Kita-Ausbau: Ende vom 31. Dezember 2025"),
        "{goal}"
    );
    assert!(!goal.contains("Bildung für alle: Titel"), "{goal}");
    // The measure's own feed, linking its page's entry.
    let own = std::fs::read_to_string(out.join("massnahmen/kita/aenderungen.xml")).unwrap();
    assert_eq!(own.matches("<entry>").count(), 2);
    assert!(
        own.contains(&format!(
            "<id>https://test.example/massnahmen/kita/#{anchor}</id>"
        )),
        "{own}"
    );
}

#[test]
fn without_a_history_there_is_no_changes_page_or_link() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "site.toml",
        "title = \"Testportal\"",
        "title = \"Testportal\"\nhistory = false",
    );
    let (_t, out, _) = r.build();
    assert!(!out.join("aenderungen").exists());
    assert!(!out.join("massnahmen/kita/aenderungen.xml").exists());
    let doc = page(&out, "massnahmen/kita/index.html");
    assert!(!texts(&doc, "footer a").contains(&"Änderungen".to_string()));
}

#[test]
fn portal_json_has_every_change_as_data_and_follows_its_schema() {
    let Some(r) = Repo::new("de") else { return };
    r.edit(
        "content/measures/kita.md",
        "planned = 50000",
        "planned = 45000.50",
    );
    r.edit(
        "content/measures/kita.md",
        "end = 2025-12-31",
        "end = 2026-06-30",
    );
    r.commit("2025-02-10T09:00:00+01:00", "Nachtrag");
    std::fs::remove_file(r.dir.join("content/measures/treff.md")).unwrap();
    r.edit("data/budget.csv", "treff,2025,Miete,20000,,HH 2025\n", "");
    r.commit("2025-04-01T09:00:00+02:00", "Merge branch 'x'");
    let (_t, out, _) = r.build();
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("daten/portal.json")).unwrap()).unwrap();
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/portal.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let changes = doc["changes"].as_array().unwrap();
    assert_eq!(
        changes[0],
        serde_json::json!({
            "date": "2025-04-01", "commit": changes[0]["commit"], "reason": null,
            "kind": "measure", "item": null, "title": "Stadtteiltreff", "field": "removed"
        })
    );
    assert_eq!(changes[1]["field"], "end");
    assert_eq!(changes[1]["old"], "2025-12-31");
    assert_eq!(changes[1]["new"], "2026-06-30");
    assert_eq!(changes[1]["reason"], "Nachtrag");
    assert_eq!(
        changes[2],
        serde_json::json!({
            "date": "2025-02-10", "commit": changes[1]["commit"], "reason": "Nachtrag",
            "kind": "measure", "item": "kita", "field": "budget", "year": 2025,
            "side": "expense", "figure": "planned", "old": "50000.00", "new": "45000.50"
        })
    );
    assert!(doc.get("changes_since").is_none());
}

#[test]
fn the_dashboard_says_what_changed_since_the_last_report() {
    let Some(r) = Repo::new("de") else { return };
    std::fs::create_dir_all(r.dir.join("content/reports")).unwrap();
    std::fs::write(
        r.dir.join("content/reports/stand.md"),
        "+++\ntitle = \"Sachstand März\"\ndate = 2025-03-01\n+++\n",
    )
    .unwrap();
    r.commit("2025-03-01T09:00:00+01:00", "Sachstand März");
    r.edit("content/measures/kita.md", "progress = 40", "progress = 70");
    r.commit("2025-05-01T09:00:00+02:00", "Fortschritt Mai");
    let (_t, out, _) = r.build();
    let doc = page(&out, "fortschritt/index.html");
    let section = scraper::Selector::parse("section[aria-labelledby=h-since-report]").unwrap();
    let text: String = doc.select(&section).next().unwrap().text().collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        text,
        "Seit dem letzten Bericht Der letzte Bericht ist vom 1. März 2025: Sachstand März: seitdem 1 Änderung. 1. Mai 2025, Maßnahme Kita-Ausbau: Fortschritt von 40 % auf 70 %."
    );
}

#[test]
fn the_example_portal_gets_a_history_from_the_seed_papers_dates() {
    if !git_available() {
        return missing("the git program (to make the example's repository) is not installed");
    }
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("musterstadt");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/example-history.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(&dest)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "{}: 6 commits, from 2018-09-06 to 2025-06-30\n",
            dest.display()
        )
    );
    let (_t, site, run) = build_at(&dest);
    assert_eq!(run.diagnostics(), "");
    assert_eq!(
        changes(&site, "massnahmen/kulturwandel-sozialamt/index.html"),
        [
            "30. Juni 2025: Fortschritt von 15 % auf 35 %; Ist 2024: 48.250,50 € eingestellt; Plan 2026: 50.000,00 € eingestellt; Plan 2027: 50.000,00 € eingestellt. Anlass: Zwischenbericht 2025 zu den strategischen Zielen",
            "14. Februar 2025: Meilenstein „Feedbackmanagement eingeführt“ vom 30. Juni 2025 auf den 31. Dezember 2025 verschoben. Anlass: Feedbackmanagement erst nach der Workshopreihe: Meilenstein auf Ende 2025 verschoben",
            "28. Juni 2024: Status: geplant → in Umsetzung; Fortschritt: 15 %. Anlass: Zwischenbericht 2024 zu den strategischen Zielen",
            "14. November 2023: Plan 2024: 50.000,00 € eingestellt; Plan 2025: 50.000,00 € eingestellt. Anlass: Haushalt 2024/2025: Mittel für den Kulturwandel im Sozialamt angemeldet",
            "26. September 2023: Aufgenommen. Anlass: Sachstandsbericht: ein Jahr neue Organisationsstruktur des Dezernats",
        ]
    );
    // The site is the example's, plus the changes page in each language.
    let (_t2, plain) = build_example();
    assert_eq!(html_pages(&site).len(), html_pages(&plain).len() + 2);
}

#[test]
fn a_spreadsheet_budget_and_an_indicator_data_file_count_for_their_items() {
    let Some(r) = Repo::new("de") else { return };
    std::fs::write(
        r.dir.join("content/measures/kita-ausbau.md"),
        "+++\ntitle = \"Kita-Ausbau Nord\"\ngoals = [\"teilhabe\"]\nstatus = \"in_progress\"\n+++\n",
    )
    .unwrap();
    std::fs::create_dir_all(r.dir.join("content/indicators")).unwrap();
    std::fs::write(
        r.dir.join("content/indicators/quote.md"),
        "+++\ntitle = \"Betreuungsquote\"\nunit = \"%\"\ngoals = [\"teilhabe\"]\ndirection = \"increase\"\ndata = \"quote.csv\"\n+++\n",
    )
    .unwrap();
    std::fs::write(
        r.dir.join("data/quote.csv"),
        "year,value\n2023,12\n2024,14\n",
    )
    .unwrap();
    r.commit("2025-01-10T09:00:00+01:00", "Kita Nord und Quote");
    // The treasury's workbook (made by LibreOffice, tests/fixtures/sheets).
    std::fs::copy(
        fixtures().join("sheets/budget.xlsx"),
        r.dir.join("data/budget.xlsx"),
    )
    .unwrap();
    r.edit("data/quote.csv", "2024,14", "2024,15");
    r.commit(
        "2025-02-10T09:00:00+01:00",
        "Haushaltsdaten der Kämmerei; Quote 2024 korrigiert",
    );
    let (_t, out, _) = r.build();
    assert_eq!(
        changes(&out, "massnahmen/kita-ausbau/index.html")[0],
        "10. Februar 2025: Plan 2025: 240.000,00 € eingestellt; Ist 2025: 238.420,75 € eingestellt; Plan 2026: 50.000,00 € eingestellt. Anlass: Haushaltsdaten der Kämmerei; Quote 2024 korrigiert"
    );
    assert_eq!(
        changes(&out, "kennzahlen/quote/index.html"),
        [
            "10. Februar 2025: Wert 2024 von 14 auf 15 geändert. Anlass: Haushaltsdaten der Kämmerei; Quote 2024 korrigiert",
            "10. Januar 2025: Aufgenommen. Anlass: Kita Nord und Quote",
        ]
    );
}
