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
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let mut child = Command::new(env!("CARGO_BIN_EXE_klarsicht"))
        .args([
            "serve",
            portal.to_str().unwrap(),
            "--port",
            "0",
            "--today",
            "2025-07-15",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
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
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            if line == want {
                let data = rx.recv_timeout(Duration::from_secs(5)).unwrap();
                return data.trim_start_matches("data: ").to_string();
            }
        }
    }
    panic!("no `{want}` within 20 s");
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
    expect_event(&rx, "reload");
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
    expect_event(&rx, "reload");
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
    expect_event(&rx, "reload");
    assert_eq!(get(&server.addr, "/massnahmen/neu/").status, 200);
    std::fs::remove_file(&new).unwrap();
    expect_event(&rx, "reload");
    assert_eq!(get(&server.addr, "/massnahmen/neu/").status, 404);

    // Pages are reused between builds only while nothing they show changed:
    // a new site title reaches every page, a template override its pages.
    let site_toml = server.portal.join("site.toml");
    let config = std::fs::read_to_string(&site_toml).unwrap();
    std::fs::write(&site_toml, config.replace("Testportal", "Vorschauportal")).unwrap();
    expect_event(&rx, "reload");
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
    expect_event(&rx, "reload");
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
