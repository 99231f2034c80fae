//! `klarsicht serve` as an editor meets it: a running server, files changed
//! on disk the ways editors change them, answers over plain HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::util::*;

mod http;
mod rebuild;

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
    let mut child = crate::util::command()
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
    get_as(addr, path, Some(addr))
}

/// A GET with the `Host` header given (none when None).
fn get_as(addr: &str, path: &str, host: Option<&str>) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let host = host.map_or(String::new(), |h| format!("Host: {h}\r\n"));
    write!(s, "GET {path} HTTP/1.1\r\n{host}Connection: close\r\n\r\n").unwrap();
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
