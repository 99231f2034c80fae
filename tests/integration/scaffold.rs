//! `klarsicht new` cannot make a broken file: every kind it writes builds
//! at once, a measure's goal is found by slug or title (or the command
//! fails with the goals there are), an indicator says which way is better,
//! and `new budget` adds a line to a measure.

use std::path::Path;

use crate::util::*;

fn new(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["new"];
    all.extend(args);
    all.extend(["--path", "p", "--lang", "de"]);
    klarsicht(&all, dir)
}

#[test]
fn every_kind_new_writes_builds_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(klarsicht(&["init", "p"], tmp.path()).success);
    let made = [
        (
            vec!["goal", "Bildung für alle"],
            "content/goals/bildung-fuer-alle.md",
        ),
        (
            vec!["measure", "Kita Süd", "--goal", "Bildung für alle"],
            "content/measures/kita-sued.md",
        ),
        (
            vec!["report", "Stand 2025", "--goal", "bildung-fuer-alle"],
            "content/reports/stand-2025.md",
        ),
        (
            vec!["indicator", "Wartezeit", "--direction", "fallend"],
            "content/indicators/wartezeit.md",
        ),
        (vec!["page", "Kontakt"], "content/pages/kontakt.md"),
    ];
    for (args, file) in &made {
        let run = new(tmp.path(), args);
        assert!(run.success, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, format!("angelegt: p/{file}\n"));
    }
    let measure =
        std::fs::read_to_string(tmp.path().join("p/content/measures/kita-sued.md")).unwrap();
    assert!(
        measure.contains("goals = [\"bildung-fuer-alle\"]\n"),
        "{measure}"
    );
    let indicator =
        std::fs::read_to_string(tmp.path().join("p/content/indicators/wartezeit.md")).unwrap();
    assert!(
        indicator.contains("direction = \"decrease\"\n"),
        "{indicator}"
    );
    let run = new(
        tmp.path(),
        &[
            "budget",
            "--measure",
            "Kita Süd",
            "--year",
            "2025",
            "--planned",
            "48.250,50",
            "--actual",
            "1200",
            "--label",
            "Planung",
        ],
    );
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "content/measures/kita-sued.md: Haushaltszeile 2025 ergänzt (geplant 48250.50)\n"
    );
    let measure =
        std::fs::read_to_string(tmp.path().join("p/content/measures/kita-sued.md")).unwrap();
    assert!(
        measure.contains(
            "[[budget]]\nyear = 2025\nlabel = \"Planung\"\nplanned = \"48250.50\"\nactual = 1200\n"
        ),
        "{measure}"
    );
    // Everything builds, without an error (a warning: init sets no base_url).
    let run = klarsicht(&["check", "p", "--lang", "en"], tmp.path());
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.diagnostics(),
        "site.toml:1:1: warning: `base_url` is not set: no sitemap.xml; feeds, calendar and share links use relative addresses, and 404.html works only at the site's top level\n  hint: set base_url = \"https://…/\" to the address the site is published at"
    );
    let out = tmp.path().join("out");
    assert!(build(&tmp.path().join("p"), &out).success);
    let json = portal_json(&out);
    let m = by_slug(&json, "measures", "kita-sued");
    assert_eq!(m["budget"]["planned"], "48250.50");
}

#[test]
fn new_refuses_what_would_not_build_and_says_what_to_write() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(klarsicht(&["init", "p"], tmp.path()).success);
    let before = snapshot(&tmp.path().join("p"));
    let cases: [(&[&str], &str); 6] = [
        (
            &["measure", "Kita Süd"],
            "Fehler: eine Maßnahme dient einem Ziel: es mit --goal nennen (Slug oder Titel); die Ziele sind: beispielziel („Beispielziel“)\n",
        ),
        (
            &["measure", "Kita Süd", "--goal", "Bildung"],
            "Fehler: kein Ziel `Bildung`; es gibt: beispielziel („Beispielziel“)\n",
        ),
        (
            &["indicator", "Wartezeit"],
            "Fehler: mit --direction sagen, welche Richtung besser ist: increase oder steigend (ein höherer Wert ist besser, etwa eine Betreuungsquote) oder decrease oder fallend (ein niedrigerer Wert ist besser, etwa eine Wartezeit)\n",
        ),
        (
            &[
                "budget",
                "--measure",
                "beispielmassnahme",
                "--year",
                "2025",
                "--planned",
                "-5",
            ],
            "Fehler: --planned `-5` ist kein Betrag von 0 oder mehr: etwa 50000, 48250.50 oder 48.250,50 schreiben\n",
        ),
        (
            &[
                "budget",
                "--measure",
                "Neubau",
                "--year",
                "2025",
                "--planned",
                "5",
            ],
            "Fehler: keine Maßnahme `Neubau`; es gibt: beispielmassnahme („Beispielmaßnahme“)\n",
        ),
        (
            &["goal"],
            "Fehler: den Titel angeben, etwa klarsicht new measure \"Kita-Ausbau Süd\" --goal teilhabe\n",
        ),
    ];
    for (args, message) in cases {
        let run = new(tmp.path(), args);
        assert!(!run.success, "{args:?}");
        assert_eq!(run.stderr, message, "{args:?}");
    }
    assert!(
        snapshot(&tmp.path().join("p")) == before,
        "nothing was written"
    );
}
