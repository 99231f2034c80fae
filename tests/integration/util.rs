use std::path::{Path, PathBuf};

use scraper::{Html, Selector};
use std::process::Command;

/// A test that needs what this machine lacks (root for a tmpfs, `unshare`,
/// chromium, nginx): skipped here with a line saying so, a failure under
/// `CI=true`, where `.ci/run` installs it and runs as root.
pub fn missing(what: &str) {
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "CI must run this test, but {what}"
    );
    eprintln!("skipped: {what}");
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content-example")
}

/// Copies a folder tree (files only), skipping any `public/` output.
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = e.path().strip_prefix(from).unwrap();
        if rel.starts_with("public") {
            continue;
        }
        let target = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// Puts `line` (a top-level key such as `pdf = false`) at the head of the
/// portal's site.toml, before any table.
pub fn prepend_to_site_toml(portal: &Path, line: &str) {
    let site = portal.join("site.toml");
    let toml = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{line}\n{toml}")).unwrap();
}

pub struct Run {
    pub success: bool,
    pub stderr: String,
    pub stdout: String,
}

impl Run {
    /// The diagnostics: every line but the closing summary (which holds a
    /// time), in English or German.
    pub fn diagnostics(&self) -> String {
        const SUMMARIES: [&str; 8] = [
            "check",
            "build",
            "site written",
            "Prüfung fehlgeschlagen",
            "geprüft:",
            "Erstellen fehlgeschlagen",
            "erstellt:",
            "Website geschrieben",
        ];
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !SUMMARIES.iter().any(|s| l.starts_with(s)))
            .collect();
        lines.join("\n")
    }
}

/// The klarsicht binary, its messages in English unless a test passes
/// `--lang de` (the fixtures' portals are German).
pub fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_klarsicht"));
    c.env("KLARSICHT_LANG", "en");
    c
}

/// Runs a command to its end: success and both outputs.
pub fn run_to_end(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run klarsicht");
    Run {
        success: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

pub fn klarsicht(args: &[&str], cwd: &Path) -> Run {
    run_to_end(command().args(args).current_dir(cwd))
}

/// All files below `dir` with their bytes, for comparing output trees.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Every HTML page of an output folder (not the search index), sorted, `/`-separated.
pub fn html_pages(out: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            e.path()
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .filter(|p| p.ends_with(".html") && !p.starts_with("pagefind/"))
        .collect();
    v.sort();
    v
}

/// The site's pages without its blocks for other sites (`einbetten/`,
/// `en/embed/`), which have no header, footer or language links.
pub fn site_pages(out: &std::path::Path) -> Vec<String> {
    html_pages(out)
        .into_iter()
        .filter(|p| !p.starts_with("einbetten/") && !p.starts_with("en/embed/"))
        .collect()
}

/// The base fixture built once into `<tmp>/out`; returns (portal, output).
pub fn built_portal(tmp: &Path) -> (PathBuf, PathBuf) {
    let portal = tmp.join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let out = tmp.join("out");
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    (portal, out)
}

pub fn build(portal: &Path, out: &Path) -> Run {
    klarsicht(&["build", ".", "--output", out.to_str().unwrap()], portal)
}

/// What the folder holding `out` contains besides it: nothing may be left
/// over from a failed build.
pub fn leftovers(out: &Path) -> Vec<String> {
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(&format!(".{name}.klarsicht-")))
        .collect()
}

/// content-example built once per test run (`--today 2025-07-15`), shared
/// by every test that reads it, with a fresh scratch folder for the caller.
/// The output is read-only by agreement: a test that changes files builds
/// its own copy with `build_portal`.
pub fn build_example() -> (tempfile::TempDir, PathBuf) {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let out = BUILT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("example-site");
        let run = klarsicht(
            &[
                "build",
                example().to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
                "--today",
                "2025-07-15",
            ],
            Path::new(env!("CARGO_TARGET_TMPDIR")),
        );
        assert!(run.success, "{}", run.stderr);
        assert_eq!(
            run.diagnostics(),
            "",
            "content-example builds without warnings"
        );
        out
    });
    (tempfile::tempdir().unwrap(), out.clone())
}

/// Builds the portal at `src` into a fresh temporary folder, without warnings.
pub fn build_portal(src: &Path, today: &str) -> (tempfile::TempDir, PathBuf) {
    let (tmp, out, run) = build_portal_run(src, today);
    assert_eq!(run.diagnostics(), "", "{src:?} builds without warnings");
    (tmp, out)
}

/// Builds the portal at `src` into a fresh temporary folder; the build must
/// succeed, and its messages are the caller's to check.
pub fn build_portal_run(src: &Path, today: &str) -> (tempfile::TempDir, PathBuf, Run) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let run = klarsicht(
        &[
            "build",
            src.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
            "--today",
            today,
        ],
        tmp.path(),
    );
    assert!(run.success, "{}", run.stderr);
    (tmp, out, run)
}

pub fn page(out: &Path, path: &str) -> Html {
    Html::parse_document(
        &std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}")),
    )
}

pub fn texts(doc: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| clean(e.text().collect()))
        .collect()
}

pub fn clean(text: String) -> String {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cells of each matching row, as text.
pub fn cells(doc: &Html, rows_css: &str) -> Vec<Vec<String>> {
    let rows = Selector::parse(rows_css).unwrap();
    let cell = Selector::parse("th, td").unwrap();
    doc.select(&rows)
        .map(|r| r.select(&cell).map(|c| clean(c.text().collect())).collect())
        .collect()
}

/// Each matching row as its cells joined by one space.
pub fn rows(doc: &Html, rows_css: &str) -> Vec<String> {
    cells(doc, rows_css)
        .into_iter()
        .map(|r| r.join(" "))
        .collect()
}

/// The built portal.json.
pub fn portal_json(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("daten/portal.json")).unwrap()).unwrap()
}

/// The entry of one of portal.json's lists (`goals`, `measures` …) by slug.
pub fn by_slug<'a>(json: &'a serde_json::Value, list: &str, slug: &str) -> &'a serde_json::Value {
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["slug"] == slug)
        .unwrap_or_else(|| panic!("no {slug} in {list}"))
}

/// The values of `attr` on the elements `css` selects.
pub fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    doc.select(&Selector::parse(css).unwrap())
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}
