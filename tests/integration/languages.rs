//! Which language messages are in: `--lang`, else KLARSICHT_LANG, else the
//! portal's `language`, else (outside a portal) the environment's locale.

use std::path::Path;

use crate::util::*;

/// `klarsicht ARGS` in `dir` with exactly these language variables.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut c = command();
    for v in ["KLARSICHT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c.envs(env.iter().copied());
    run_to_end(c.args(args).current_dir(dir))
}

fn broken_portal(dir: &Path, language: &str) {
    copy_dir(&fixtures().join("base"), dir);
    copy_dir(&fixtures().join("errors/unknown-goal"), dir);
    std::fs::write(
        dir.join("site.toml"),
        format!(
            "title = \"Testportal\"\nlanguage = \"{language}\"\nbase_url = \"https://test.example/\"\n"
        ),
    )
    .unwrap();
}

const DE: &str = "content/measures/kita-ausbau.md:3:10: Fehler: unbekanntes Ziel `teilhabee`\n  Hinweis: meinten Sie `teilhabe`?";
const EN: &str = "content/measures/kita-ausbau.md:3:10: error: unknown goal `teilhabee`\n  hint: did you mean `teilhabe`?";

#[test]
fn a_portal_speaks_its_language_whatever_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let de = tmp.path().join("de");
    broken_portal(&de, "de");
    let en = tmp.path().join("en");
    broken_portal(&en, "en");
    let english_env = [("LANG", "en_GB.UTF-8")];
    let german_env = [("LANG", "de_DE.UTF-8")];
    assert_eq!(run(&de, &["check", "."], &english_env).diagnostics(), DE);
    assert_eq!(run(&en, &["check", "."], &german_env).diagnostics(), EN);
    // --lang and KLARSICHT_LANG choose, the flag first.
    assert_eq!(
        run(&de, &["check", ".", "--lang", "en"], &[]).diagnostics(),
        EN
    );
    assert_eq!(
        run(&de, &["check", "."], &[("KLARSICHT_LANG", "en")]).diagnostics(),
        EN
    );
    assert_eq!(
        run(
            &en,
            &["--lang", "de", "check", "."],
            &[("KLARSICHT_LANG", "en")]
        )
        .diagnostics(),
        DE
    );
    // The summary line too.
    let r = run(&de, &["check", "."], &[]);
    assert!(
        r.stderr
            .lines()
            .last()
            .unwrap()
            .starts_with("Prüfung fehlgeschlagen: 1 Fehler, 0 Warnungen in "),
        "{}",
        r.stderr
    );
}

#[test]
fn outside_a_portal_the_environment_decides() {
    let tmp = tempfile::tempdir().unwrap();
    let german = run(tmp.path(), &["check", "."], &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(
        german.diagnostics(),
        "./site.toml:1:1: Fehler: site.toml nicht gefunden: dieser Ordner ist kein klarsicht-Portal\n  Hinweis: mit `klarsicht init <Ordner>` ein Portal anlegen oder den Ordner des Portals angeben"
    );
    // LC_ALL=C comes before LANG: English.
    let english = run(
        tmp.path(),
        &["check", "."],
        &[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")],
    );
    assert_eq!(
        english.diagnostics(),
        "./site.toml:1:1: error: site.toml not found: this folder is not a klarsicht portal\n  hint: run `klarsicht init <folder>` to create a portal, or pass the portal folder"
    );
    let new = run(
        tmp.path(),
        &["new", "measure", "Kita-Ausbau"],
        &[("LC_MESSAGES", "de_AT.UTF-8")],
    );
    assert!(!new.success);
    assert_eq!(
        new.stderr,
        "Fehler: `.` ist kein Portal (keine site.toml); im Ordner des Portals aufrufen oder --path angeben\n"
    );
}
