//! `klarsicht import oparl` against a local OParl server on 127.0.0.1 that
//! serves tests/fixtures/oparl (objects written from the OParl 1.1
//! specification's examples): a paper found by its reference on the second
//! page of a list, written into a new report and into an existing one, and
//! a clear error for every way the council system can fail.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::util::*;

struct Server {
    base: String,
    /// Every path requested, in order.
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn requests(&self) -> Vec<String> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

async fn answer(base: String, log: Arc<Mutex<Vec<String>>>, uri: Uri) -> Response {
    let path = uri.path().to_string();
    log.lock().unwrap().push(path.clone());
    if path.starts_with("/broken/") {
        return (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response();
    }
    if path == "/slow" {
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    }
    if path == "/web" {
        return (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!doctype html><title>Ratsinformationssystem</title>",
        )
            .into_response();
    }
    let file = fixtures()
        .join("oparl")
        .join(format!("{}.json", path.trim_start_matches('/')));
    match std::fs::read_to_string(&file) {
        Ok(text) if !path.contains("..") => (
            [(header::CONTENT_TYPE, "application/json")],
            text.replace("{base}", &base),
        )
            .into_response(),
        _ => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

fn server() -> Server {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let (b, l) = (base.clone(), log.clone());
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app =
                axum::Router::new().fallback(move |uri: Uri| answer(b.clone(), l.clone(), uri));
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    Server { base, log }
}

/// Runs `klarsicht import oparl ARGS --path .` in `dir`, with no proxy
/// between it and 127.0.0.1.
fn oparl(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = command();
    cmd.args(["import", "oparl"])
        .args(args)
        .args(["--path", "."]);
    for v in [
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ] {
        cmd.env_remove(v);
    }
    run_to_end(cmd.current_dir(dir))
}

fn portal(tmp: &Path) -> PathBuf {
    let dir = tmp.join("portal");
    copy_dir(&fixtures().join("base"), &dir);
    dir
}

const NEW_REPORT: &str =
    "content/reports/ein-jahr-neue-organisationsstruktur-des-dezernates-iii-sachstandsbericht.md";

#[test]
fn a_paper_found_by_its_reference_becomes_a_report_with_the_committees_results() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let dir = portal(tmp.path());
    let before = snapshot(&dir);
    let system = format!("{}/system", s.base);
    let args = ["--reference", "wp 20-25  SV III/048"];
    let run = oparl(&dir, &[&system, args[0], args[1]]);
    assert!(run.success, "{}", run.stderr);
    let b = &s.base;
    assert_eq!(
        run.stdout,
        format!(
            "{NEW_REPORT} (new file):\n\
             \x20 title (new) \"Ein Jahr neue Organisationsstruktur des Dezernates III - Sachstandsbericht\"\n\
             \x20 date (new) 2023-09-26\n\
             \x20 kind (new) \"Mitteilungsvorlage\"\n\
             \x20 reference (new) \"WP 20-25 SV III/048\"\n\
             \x20 council_url (new) \"https://ratsinfo.hilden.example/vo0050.asp?__kvonr=3048\"\n\
             \x20 council_file (new) \"https://ratsinfo.hilden.example/getfile.asp?id=9048&type=do\"\n\
             \x20 oparl (new) \"{b}/paper/3048\"\n\
             \x20 sessions:\n\
             \x20   + 2023-11-02 Sozialausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-08 Jugendhilfeausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-16 Schul- und Sportausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-23 Ausschuss für Kultur und Heimatpflege, Kenntnisnahme\n\
             \x20   + Rat der Stadt Hilden, Kenntnisnahme\n\
             run again with --apply to write it\n"
        )
    );
    assert!(snapshot(&dir) == before, "a dry run writes nothing");
    // The list was followed to its second page; embedded objects (the
    // consultations, three agenda items, the main file) cost no request,
    // and nothing was asked twice.
    let log = s.requests();
    let expected = [
        "/system",
        "/bodies",
        "/body/hilden/papers",
        "/body/hilden/papers/2",
        "/meeting/102",
        "/organization/jugendhilfeausschuss",
        "/meeting/101",
        "/organization/sozialausschuss",
        "/meeting/104",
        "/organization/kulturausschuss",
        "/agendaitem/1041",
        "/meeting/103",
        "/organization/schulausschuss",
        "/organization/rat",
    ];
    assert_eq!(log, expected);

    let run = oparl(&dir, &[&system, args[0], args[1], "--apply"]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.ends_with(&format!("wrote {NEW_REPORT}\n")),
        "{}",
        run.stdout
    );
    // The schema the report's first line names is there, in the portal's German.
    assert!(
        std::fs::read_to_string(dir.join(".schema/report.schema.json"))
            .unwrap()
            .contains("Das Datum der Veröffentlichung")
    );
    assert_eq!(
        std::fs::read_to_string(dir.join(NEW_REPORT)).unwrap(),
        format!(
            "+++\n#:schema ../../.schema/report.schema.json\ntitle = \"Ein Jahr neue Organisationsstruktur des Dezernates III - Sachstandsbericht\"\n\
             date = 2023-09-26\nkind = \"Mitteilungsvorlage\"\nreference = \"WP 20-25 SV III/048\"\n\
             council_url = \"https://ratsinfo.hilden.example/vo0050.asp?__kvonr=3048\"\n\
             council_file = \"https://ratsinfo.hilden.example/getfile.asp?id=9048&type=do\"\n\
             oparl = \"{b}/paper/3048\"\ngoals = []\nmeasures = []\n\n\
             [[sessions]]\ncommittee = \"Sozialausschuss\"\ndate = 2023-11-02\nrole = \"Kenntnisnahme\"\nresult = \"zur Kenntnis genommen\"\n\n\
             [[sessions]]\ncommittee = \"Jugendhilfeausschuss\"\ndate = 2023-11-08\nrole = \"Kenntnisnahme\"\nresult = \"zur Kenntnis genommen\"\n\n\
             [[sessions]]\ncommittee = \"Schul- und Sportausschuss\"\ndate = 2023-11-16\nrole = \"Kenntnisnahme\"\nresult = \"zur Kenntnis genommen\"\n\n\
             [[sessions]]\ncommittee = \"Ausschuss für Kultur und Heimatpflege\"\ndate = 2023-11-23\nrole = \"Kenntnisnahme\"\n\n\
             [[sessions]]\ncommittee = \"Rat der Stadt Hilden\"\nrole = \"Kenntnisnahme\"\n+++\n"
        )
    );

    // Run again: the report is found by its oparl address and nothing changes.
    let run = oparl(&dir, &[&system, args[0], args[1], "--apply"]);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "nothing to change: the report already says what the paper says\n"
    );

    // The page shows the results and the links into the council system.
    let out = tmp.path().join("out");
    let built = build(&dir, &out);
    assert!(built.success, "{}", built.stderr);
    let slug = "ein-jahr-neue-organisationsstruktur-des-dezernates-iii-sachstandsbericht";
    let doc = page(&out, &format!("berichte/{slug}/index.html"));
    let rows = cells(&doc, "section[aria-labelledby=h-sessions] tbody tr");
    assert_eq!(
        rows[0],
        [
            "2. November 2023",
            "Sozialausschuss",
            "Kenntnisnahme",
            "zur Kenntnis genommen"
        ]
    );
    assert_eq!(
        rows[3],
        [
            "23. November 2023",
            "Ausschuss für Kultur und Heimatpflege",
            "Kenntnisnahme",
            "–"
        ]
    );
    assert_eq!(rows[4], ["", "Rat der Stadt Hilden", "Kenntnisnahme", "–"]);
    assert_eq!(
        texts(&doc, "section[aria-labelledby=h-sessions] thead th"),
        ["Datum", "Gremium", "Zuständigkeit", "Ergebnis"]
    );
    let links: Vec<(String, String)> = doc
        .select(&scraper::Selector::parse(".council-links a").unwrap())
        .map(|a| {
            (
                clean(a.text().collect()),
                a.attr("href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                "Vorlage im Ratsinformationssystem".to_string(),
                "https://ratsinfo.hilden.example/vo0050.asp?__kvonr=3048".to_string()
            ),
            (
                "Vorlage als Dokument".to_string(),
                "https://ratsinfo.hilden.example/getfile.asp?id=9048&type=do".to_string()
            )
        ]
    );
    let json = portal_json(&out);
    let r = by_slug(&json, "reports", slug);
    assert_eq!(
        r["council_url"],
        "https://ratsinfo.hilden.example/vo0050.asp?__kvonr=3048"
    );
    assert_eq!(r["oparl"], format!("{b}/paper/3048"));
    assert_eq!(r["sessions"][0]["result"], "zur Kenntnis genommen");
    assert_eq!(r["sessions"][4]["result"], serde_json::Value::Null);
}

#[test]
fn an_existing_report_is_updated_in_place() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let dir = portal(tmp.path());
    let file = dir.join("content/reports/stand.md");
    std::fs::write(
        &file,
        "+++\ntitle = \"Sachstand Dezernat III\"\ndate = 2023-09-26\n# aus dem Ratsinformationssystem\nreference = 'WP 20-25 SV III/048'\nsummary = \"Ein Jahr neue Struktur\"\n\n[[sessions]]\ncommittee = \"Sozialausschuss\"\ndate = 2023-11-02\nrole = \"Kenntnisnahme\"\n\n[[updates]]\nmeasure = \"kita-ausbau\"\nprogress = 40\n+++\n\nText.\n",
    )
    .unwrap();
    let paper = format!("{}/paper/3048", s.base);
    let run = oparl(&dir, &[&paper, "--report", "stand", "--apply"]);
    assert!(run.success, "{}", run.stderr);
    let b = &s.base;
    assert_eq!(
        run.stdout,
        format!(
            "content/reports/stand.md:\n\
             \x20 title \"Sachstand Dezernat III\" → \"Ein Jahr neue Organisationsstruktur des Dezernates III - Sachstandsbericht\"\n\
             \x20 kind (new) \"Mitteilungsvorlage\"\n\
             \x20 council_url (new) \"https://ratsinfo.hilden.example/vo0050.asp?__kvonr=3048\"\n\
             \x20 council_file (new) \"https://ratsinfo.hilden.example/getfile.asp?id=9048&type=do\"\n\
             \x20 oparl (new) \"{b}/paper/3048\"\n\
             \x20 sessions:\n\
             \x20   - 2023-11-02 Sozialausschuss, Kenntnisnahme\n\
             \x20   + 2023-11-02 Sozialausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-08 Jugendhilfeausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-16 Schul- und Sportausschuss, Kenntnisnahme: zur Kenntnis genommen\n\
             \x20   + 2023-11-23 Ausschuss für Kultur und Heimatpflege, Kenntnisnahme\n\
             \x20   + Rat der Stadt Hilden, Kenntnisnahme\n\
             wrote content/reports/stand.md\n"
        )
    );
    let text = std::fs::read_to_string(&file).unwrap();
    // The comment, the literal string, the summary, the updates and the body stay.
    assert!(
        text.starts_with(
            "+++\ntitle = \"Ein Jahr neue Organisationsstruktur des Dezernates III - Sachstandsbericht\"\ndate = 2023-09-26\n# aus dem Ratsinformationssystem\nreference = 'WP 20-25 SV III/048'\nsummary = \"Ein Jahr neue Struktur\"\nkind = \"Mitteilungsvorlage\"\n"
        ),
        "{text}"
    );
    let sessions = text.find("[[sessions]]").unwrap();
    let updates = text.find("[[updates]]").unwrap();
    assert!(sessions < updates, "{text}");
    assert_eq!(text.matches("[[sessions]]").count(), 5);
    assert!(
        text.ends_with("[[updates]]\nmeasure = \"kita-ausbau\"\nprogress = 40\n+++\n\nText.\n"),
        "{text}"
    );
    assert!(klarsicht(&["check", "."], &dir).success);
    // Found again without --report by its oparl address: nothing to do.
    let run = oparl(&dir, &[&paper]);
    assert_eq!(
        run.stdout,
        "nothing to change: the report already says what the paper says\n"
    );
}

/// The import fails with `message` and writes nothing.
fn fails(dir: &Path, args: &[&str], message: &str) {
    let before = snapshot(dir);
    let run = oparl(dir, args);
    assert!(!run.success, "{}", run.stdout);
    assert_eq!(
        run.stderr,
        format!("error: {message}\nimport failed; nothing was written\n")
    );
    assert!(snapshot(dir) == before);
}

#[test]
fn every_failure_of_the_council_system_is_named() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let dir = portal(tmp.path());
    let b = &s.base;
    // (path and arguments, the message after the server's address)
    let cases: [(&[&str], &str); 10] = [
        (
            &["/system", "--reference", "WP 20-25 SV III/999"],
            "/system: paper not found: no paper with reference `WP 20-25 SV III/999` among the 3 papers of Stadt Hilden",
        ),
        (
            &["/paper/3050"],
            "/broken/meeting/109: the server answered HTTP 500",
        ),
        (&["/paper/9999"], "/paper/9999: not found (HTTP 404)"),
        (
            &["/web"],
            "/web: not OParl: the answer is text/html, not JSON (is this the address of the web page rather than of the OParl interface?)",
        ),
        (
            &["/plain"],
            "/plain: not OParl: the JSON has no OParl `type` (such as https://schema.oparl.org/1.1/Paper)",
        ),
        (
            &["/invalid"],
            "/invalid: invalid JSON: EOF while parsing an object at line 2 column 0",
        ),
        (
            &["/meeting/101"],
            "/meeting/101: is an OParl Meeting; expected: Paper, System, Body",
        ),
        (
            &["/body/hilden"],
            "/body/hilden is an OParl Body: name the paper with --reference \"WP 20-25 SV III/048\", or give the paper's own address",
        ),
        (
            &["/paper/3048", "--reference", "WP 20-25 SV III/047"],
            "/paper/3048: this paper's reference is `WP 20-25 SV III/048`, not `WP 20-25 SV III/047`",
        ),
        (&["/slow", "--timeout", "1"], "/slow: no answer within 1 s"),
    ];
    for (args, message) in cases {
        let url = format!("{b}{}", args[0]);
        let mut all = vec![url.as_str()];
        all.extend(&args[1..]);
        fails(&dir, &all, &format!("{b}{message}"));
    }
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let url = format!("http://{closed}/system");
    let run = oparl(&dir, &[&url]);
    assert!(!run.success);
    assert!(
        run.stderr
            .starts_with(&format!("error: {url}: cannot connect: "))
            && run.stderr.contains("refused"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_body_address_with_a_reference_finds_the_paper_too() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let dir = portal(tmp.path());
    let body = format!("{}/body/hilden", s.base);
    let run = oparl(
        &dir,
        &[
            &body,
            "--reference",
            "WP 20-25 SV III/048",
            "--report",
            "sachstand-2023",
        ],
    );
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("content/reports/sachstand-2023.md (new file):\n"),
        "{}",
        run.stdout
    );
    fails(
        &dir,
        &[
            &body,
            "--reference",
            "WP 20-25 SV III/048",
            "--report",
            "Sachstand 2023",
        ],
        "`Sachstand 2023` is not a slug: lower-case letters, digits and hyphens (e.g. sachstand-2023)",
    );
}

#[test]
fn two_reports_about_one_paper_ask_which() {
    let s = server();
    let tmp = tempfile::tempdir().unwrap();
    let dir = portal(tmp.path());
    for name in ["a", "b"] {
        std::fs::write(
            dir.join(format!("content/reports/{name}.md")),
            "+++\ntitle = \"Sachstand\"\ndate = 2023-09-26\nreference = \"WP 20-25 SV III/048\"\n+++\n",
        )
        .unwrap();
    }
    fails(
        &dir,
        &[&format!("{}/paper/3048", s.base)],
        "2 reports are about this paper (content/reports/a.md, content/reports/b.md); choose one with --report SLUG",
    );
    let run = oparl(&dir, &[&format!("{}/paper/3048", s.base), "--report", "b"]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("content/reports/b.md:\n"),
        "{}",
        run.stdout
    );
}
