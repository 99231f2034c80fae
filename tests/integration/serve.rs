//! `klarsicht serve` as an editor meets it: a running server, files changed
//! on disk the ways editors change them, answers over plain HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::util::*;

struct Server {
    child: Child,
    addr: String,
    _tmp: tempfile::TempDir,
    portal: PathBuf,
    /// What the server prints on stderr, line by line.
    log: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        // As an editor stops it, so that it removes its temporary folder.
        if self.stop().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn start() -> Server {
    start_on(&fixtures().join("base"))
}

/// Serves a copy of the portal at `source`.
fn start_on(source: &Path) -> Server {
    start_in(tempfile::tempdir().unwrap(), source)
}

/// Serves a copy of the portal at `source` in `tmp`, whose `tmp` folder is
/// the server's temporary folder (TMPDIR).
fn start_in(tmp: tempfile::TempDir, source: &Path) -> Server {
    let portal = tmp.path().join("portal");
    copy_dir(source, &portal);
    std::fs::create_dir_all(tmp.path().join("tmp")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_klarsicht"))
        .env("TMPDIR", tmp.path().join("tmp"))
        .args([
            "serve",
            portal.to_str().unwrap(),
            "--port",
            "0",
            "--today",
            "2025-07-15",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, log) = channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // "serving /tmp/…/portal at http://127.0.0.1:PORT/ (Ctrl-C stops)"
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    assert!(
        addr.starts_with("127.0.0.1:"),
        "loopback by default: {addr}"
    );
    Server {
        child,
        addr,
        _tmp: tmp,
        portal,
        log,
    }
}

impl Server {
    /// Sends SIGTERM and waits up to 10 s for the exit.
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().ok()?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// Waits until the server has built the whole site after a change and
    /// no further build has started for a moment.
    fn wait_built(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut done = false;
        loop {
            assert!(Instant::now() < deadline, "no finished build within 60 s");
            match self
                .log
                .recv_timeout(Duration::from_millis(if done { 400 } else { 200 }))
            {
                // A failed build is followed by the build of the fix.
                Ok(line) if line.starts_with("changed: ") => done = false,
                Ok(line) => {
                    if line.starts_with("reloaded after ")
                        || line.contains("the rest of the site after")
                    {
                        done = true;
                    }
                }
                Err(_) if done => return,
                Err(_) => {}
            }
        }
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

fn get(addr: &str, path: &str) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    Reply {
        status: head.split_whitespace().nth(1).unwrap().parse().unwrap(),
        head: head.to_lowercase(),
        body: body.to_string(),
    }
}

/// The lines of the live event stream, as they arrive.
fn events(addr: &str) -> Receiver<String> {
    let (tx, rx) = channel();
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /__klarsicht/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(s).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits for `event: NAME` and returns the data line that follows it.
fn expect_event(rx: &Receiver<String>, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    let want = format!("event: {name}");
    while Instant::now() < deadline {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200))
            && line == want
        {
            let data = rx.recv_timeout(Duration::from_secs(5)).unwrap();
            return data.trim_start_matches("data: ").to_string();
        }
    }
    panic!("no `{want}` within 20 s");
}

/// Waits for the reload message that names the output file `file` (or
/// every page) and returns its data.
fn expect_reload(rx: &Receiver<String>, file: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        let data = expect_event(rx, "reload");
        let v: serde_json::Value = serde_json::from_str(&data).unwrap();
        let named = v["files"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f == file));
        if named || v["all"] == true {
            return data;
        }
    }
    panic!("no reload of {file} within 20 s");
}

fn measure(portal: &Path) -> PathBuf {
    portal.join("content/measures/kita-ausbau.md")
}

#[test]
fn serve_rebuilds_reloads_and_shows_errors_without_stopping() {
    let server = start();
    let page = "/massnahmen/kita-ausbau/";
    let first = get(&server.addr, page);
    assert_eq!(first.status, 200);
    // Nothing is cached: two saves within a second must not come back 304.
    assert!(
        first.head.contains("cache-control: no-store"),
        "{}",
        first.head
    );
    assert!(!first.head.contains("last-modified"), "{}", first.head);
    assert!(first.body.contains("<h1>Kita-Ausbau</h1>"));
    // Only serve injects the live script.
    assert!(
        first
            .body
            .contains("<script src=\"/__klarsicht/live.js\"></script></body>")
    );

    let rx = events(&server.addr);
    expect_event(&rx, "hello");

    // An editor saving in place.
    let file = measure(&server.portal);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("title = \"Kita-Ausbau\"", "title = \"Kita-Ausbau Nord\""),
    )
    .unwrap();
    let first = expect_reload(&rx, "massnahmen/kita-ausbau/index.html");
    // The first message names the pages the change touched, and the page of
    // its goal, but not pages it did not touch.
    assert!(first.contains("\"ziele/teilhabe/index.html\""), "{first}");
    assert!(!first.contains("impressum"), "{first}");
    assert!(
        get(&server.addr, page)
            .body
            .contains("<h1>Kita-Ausbau Nord</h1>")
    );

    // A broken file: the error reaches the page, the last good build stays.
    std::fs::write(
        &file,
        text.replace("status = \"in_progress\"", "status = \"läuft\""),
    )
    .unwrap();
    let data = expect_event(&rx, "failed");
    let message: String = serde_json::from_str(&data).unwrap();
    assert!(
        message.starts_with("content/measures/kita-ausbau.md:4:10: error: "),
        "{message}"
    );
    assert!(
        get(&server.addr, page)
            .body
            .contains("<h1>Kita-Ausbau Nord</h1>")
    );
    // A page that opens now hears about the error at once.
    let late = events(&server.addr);
    expect_event(&late, "hello");
    assert!(expect_event(&late, "failed").contains("kita-ausbau.md:4:10"));

    // Saving through a temporary file and a rename, as many editors do.
    let tmp = file.with_file_name(".kita-ausbau.md.tmp");
    std::fs::write(
        &tmp,
        text.replace("title = \"Kita-Ausbau\"", "title = \"Kita-Ausbau Süd\""),
    )
    .unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    expect_reload(&rx, "massnahmen/kita-ausbau/index.html");
    assert!(
        get(&server.addr, page)
            .body
            .contains("<h1>Kita-Ausbau Süd</h1>")
    );

    // A new file appears, a deleted one goes.
    let new = server.portal.join("content/measures/neu.md");
    std::fs::write(
        &new,
        "+++\ntitle = \"Neue Maßnahme\"\ngoals = [\"teilhabe\"]\nstatus = \"planned\"\n+++\n",
    )
    .unwrap();
    expect_reload(&rx, "massnahmen/neu/index.html");
    assert_eq!(get(&server.addr, "/massnahmen/neu/").status, 200);
    std::fs::remove_file(&new).unwrap();
    expect_reload(&rx, "massnahmen/neu/index.html");
    assert_eq!(get(&server.addr, "/massnahmen/neu/").status, 404);

    // Pages are reused between builds only while nothing they show changed:
    // a new site title reaches every page, a template override its pages.
    let site_toml = server.portal.join("site.toml");
    let config = std::fs::read_to_string(&site_toml).unwrap();
    std::fs::write(&site_toml, config.replace("Testportal", "Vorschauportal")).unwrap();
    expect_reload(&rx, "massnahmen/kita-ausbau/index.html");
    assert!(get(&server.addr, page).body.contains("Vorschauportal"));
    assert!(
        get(&server.addr, "/ziele/teilhabe/")
            .body
            .contains("Vorschauportal")
    );
    std::fs::create_dir_all(server.portal.join("templates")).unwrap();
    std::fs::write(
        server.portal.join("templates/404.html"),
        "{% extends \"base.html\" %}{% block content %}<h1>Hier nicht</h1>{% endblock %}",
    )
    .unwrap();
    expect_reload(&rx, "404.html");
    assert!(
        get(&server.addr, "/404.html")
            .body
            .contains("<h1>Hier nicht</h1>")
    );
}

#[test]
fn serve_refuses_traversal_and_sends_correct_types() {
    let server = start();
    for path in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/assets/..%2f..%2fsite.toml",
        "/%2e%2e%2f%2e%2e%2fetc/passwd",
        "/content/measures/kita-ausbau.md",
    ] {
        let r = get(&server.addr, path);
        assert!(r.status == 404 || r.status == 400, "{path}: {}", r.status);
        assert!(
            !r.body.contains("Testportal\"\nlanguage"),
            "{path} leaked site.toml"
        );
    }
    for (path, kind) in [
        ("/", "text/html"),
        ("/assets/style.css", "text/css"),
        ("/assets/sortable.js", "text/javascript"),
        ("/daten/portal.json", "application/json"),
        ("/daten/measures.csv", "text/csv"),
        ("/__klarsicht/live.js", "text/javascript"),
    ] {
        let r = get(&server.addr, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(
            r.head.contains(&format!("content-type: {kind}")),
            "{path}: {}",
            r.head
        );
    }
    assert_eq!(get(&server.addr, "/gibt-es-nicht/").status, 404);
    // The search index follows the pages in the background.
    let deadline = Instant::now() + Duration::from_secs(20);
    while get(&server.addr, "/pagefind/pagefind-entry.json").status != 200 {
        assert!(Instant::now() < deadline, "no search index after 20 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    let entry = get(&server.addr, "/pagefind/pagefind-entry.json");
    assert!(entry.body.contains("\"de\""), "{}", entry.body);
}

#[test]
fn serve_answers_200_concurrent_connections() {
    let server = start();
    let addr = server.addr.clone();
    let threads: Vec<_> = (0..200)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || get(&addr, "/ziele/teilhabe/").status)
        })
        .collect();
    let ok = threads
        .into_iter()
        .map(|t| t.join().unwrap())
        .filter(|&s| s == 200)
        .count();
    assert_eq!(ok, 200);
}

/// Every file a clean `klarsicht build` of the portal writes (the search
/// index aside) must be served with the same bytes: the preview's partial
/// rebuilds may never leave a stale or missing file behind.
fn assert_serves_a_clean_build(server: &Server, step: &str) {
    let out = tempfile::tempdir().unwrap();
    let run = klarsicht(
        &[
            "build",
            server.portal.to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
            "--today",
            "2025-07-15",
        ],
        &server.portal,
    );
    assert!(run.success, "{step}: {}", run.stderr);
    let script = "<script src=\"/__klarsicht/live.js\"></script>";
    let mut compared = 0;
    for (path, bytes) in snapshot(out.path()) {
        let path = path.to_string_lossy().replace('\\', "/");
        // The search index follows in the background; the marker file
        // only tells `build` that the folder is its own.
        if path.starts_with("pagefind/") || path == ".klarsicht-output" {
            continue;
        }
        let r = get(&server.addr, &format!("/{path}"));
        assert_eq!(r.status, 200, "{step}: /{path}");
        assert_eq!(
            r.body.replace(script, ""),
            String::from_utf8_lossy(&bytes),
            "{step}: /{path} differs from a clean build"
        );
        compared += 1;
    }
    assert!(compared > 50, "{step}: only {compared} files");
}

#[test]
fn serve_output_equals_a_clean_build_after_every_change() {
    let server = start_on(&example());
    let rx = events(&server.addr);
    expect_event(&rx, "hello");
    let edit = |rel: &str, from: &str, to: &str| {
        let path = server.portal.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    let m = "content/measures/praeventionskette.md";
    let page = "massnahmen/praeventionskette/index.html";

    edit(
        m,
        "title = \"Bamberger Modell",
        "title = \"Bamberger Modell (neu)",
    );
    // First the pages of the measure and its neighbours, then the rest: the
    // list of all measures shows the title too.
    let first = expect_reload(&rx, page);
    assert!(
        first.contains("\"ziele/praevention-staerken/index.html\""),
        "{first}"
    );
    assert!(!first.contains("\"massnahmen/index.html\""), "{first}");
    let second = expect_reload(&rx, "massnahmen/index.html");
    assert!(!second.contains(page), "{second}");
    server.wait_built();
    assert_serves_a_clean_build(&server, "a new title");

    // Moved to another goal: the goal it left is shown again too.
    edit(
        m,
        "goals = [\"praevention-staerken\"]",
        "goals = [\"teilhabe-fuer-alle\"]",
    );
    let first = expect_reload(&rx, page);
    assert!(
        first.contains("ziele/praevention-staerken/index.html"),
        "{first}"
    );
    assert!(
        first.contains("ziele/teilhabe-fuer-alle/index.html"),
        "{first}"
    );
    server.wait_built();
    assert_serves_a_clean_build(&server, "another goal");

    edit(
        "content/reports/zwischenbericht-2025.md",
        "measure = \"praeventionskette\"\nstatus = \"delayed\"",
        "measure = \"praeventionskette\"\nstatus = \"in_progress\"\nprogress = 40",
    );
    expect_reload(&rx, page);
    server.wait_built();
    assert_serves_a_clean_build(&server, "a report's update");

    // A broken file and its fix.
    edit(m, "status = \"delayed\"", "status = \"verspätet\"");
    expect_event(&rx, "failed");
    edit(m, "status = \"verspätet\"", "status = \"delayed\"");
    expect_event(&rx, "reload");
    server.wait_built();
    assert_serves_a_clean_build(&server, "fixed");

    let neu = server.portal.join("content/measures/neu.md");
    std::fs::write(
        &neu,
        "+++\ntitle = \"Neue Maßnahme\"\ngoals = [\"praevention-staerken\"]\nstatus = \"planned\"\n+++\nText.\n",
    )
    .unwrap();
    expect_reload(&rx, "massnahmen/neu/index.html");
    server.wait_built();
    assert_serves_a_clean_build(&server, "a new measure");

    let neu_page = "massnahmen/neu/index.html";
    edit(
        "content/measures/neu.md",
        "status = ",
        "draft = true\nstatus = ",
    );
    expect_reload(&rx, neu_page);
    server.wait_built();
    assert_eq!(get(&server.addr, &format!("/{neu_page}")).status, 404);
    assert_serves_a_clean_build(&server, "a draft");

    edit("content/measures/neu.md", "draft = true\n", "");
    expect_reload(&rx, neu_page);
    server.wait_built();
    assert_serves_a_clean_build(&server, "published again");

    std::fs::remove_file(&neu).unwrap();
    expect_reload(&rx, neu_page);
    server.wait_built();
    assert_serves_a_clean_build(&server, "deleted");
}

/// SIGTERM stops the preview at once, even with a page listening for
/// reloads, and its temporary folder goes with it; a folder a killed
/// preview left behind is removed by the next one, one of a running
/// preview is not.
#[test]
fn serve_stops_on_sigterm_and_leaves_no_temporary_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let temp = tmp.path().join("tmp");
    // No process has the id u32::MAX (Linux's pid_max is at most 2^22).
    let orphan = temp.join(format!("klarsicht-serve-AbC123-{}", u32::MAX));
    let running = temp.join(format!("klarsicht-serve-XyZ789-{}", std::process::id()));
    for dir in [&orphan, &running] {
        std::fs::create_dir_all(dir.join("site")).unwrap();
        std::fs::write(dir.join("site/index.html"), "old").unwrap();
    }
    // It prints its address once the first build is served.
    let mut server = start_in(tmp, &fixtures().join("base"));
    let names = |dir: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let own = format!("-{}", server.child.id());
    let during = names(&temp);
    assert_eq!(during.len(), 2, "{during:?}");
    assert!(during.contains(&running.file_name().unwrap().to_string_lossy().into_owned()));
    assert!(
        during
            .iter()
            .any(|n| n.starts_with("klarsicht-serve-") && n.ends_with(&own)),
        "{during:?}"
    );

    let listening = events(&server.addr);
    let first = listening.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    let status = server.stop().expect("stopped within 10 s of SIGTERM");
    assert!(status.success(), "{status:?}");
    assert_eq!(
        names(&temp),
        [running.file_name().unwrap().to_string_lossy().into_owned()]
    );
}
