//! Deploy anywhere: content-example built for a sub-path, served by a real
//! nginx (Debian's, started here on 127.0.0.1 with its own config, the one
//! the README shows), crawled from the home page. Every link and asset must
//! answer, every #fragment exist, and every page be reachable.
//! Skipped without nginx, except in CI (`CI=true`), where `.ci/run` installs it.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};
use url::Url;

use crate::util::*;

const NGINX: &str = "/usr/sbin/nginx";

struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The server block of the README's deployment section, with this test's
/// paths: the site's folder is `www/portal`, its 404 page answers below it.
fn config(dir: &Path, port: u16) -> String {
    let d = dir.display();
    format!(
        "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\nevents {{ worker_connections 64; }}\nhttp {{\n  include /etc/nginx/mime.types;\n  types {{ text/csv csv; text/calendar ics; application/ld+json jsonld; }}\n  default_type application/octet-stream;\n  charset utf-8;\n  charset_types text/css text/xml text/plain text/csv text/calendar application/javascript application/json application/ld+json;\n  access_log off;\n  client_body_temp_path {d}/tmp; proxy_temp_path {d}/tmp; fastcgi_temp_path {d}/tmp; uwsgi_temp_path {d}/tmp; scgi_temp_path {d}/tmp;\n  server {{\n    listen 127.0.0.1:{port};\n    root {d}/www;\n    location /portal/ {{\n      error_page 404 /portal/404.html;\n    }}\n  }}\n}}\n"
    )
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_nginx(dir: &Path, port: u16) -> Nginx {
    std::fs::create_dir_all(dir.join("tmp")).unwrap();
    std::fs::write(dir.join("nginx.conf"), config(dir, port)).unwrap();
    let child = Command::new(NGINX)
        .args([
            "-p",
            dir.to_str().unwrap(),
            "-e",
            dir.join("error.log").to_str().unwrap(),
        ])
        .args(["-c", dir.join("nginx.conf").to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start nginx");
    let server = Nginx(child);
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "nginx did not start: {}",
            std::fs::read_to_string(dir.join("error.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    server
}

struct Fetched {
    status: u16,
    content_type: String,
    body: String,
}

fn fetch(agent: &ureq::Agent, url: &Url) -> Fetched {
    let mut resp = agent
        .get(url.as_str())
        .call()
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = resp
        .body_mut()
        .with_config()
        .limit(100_000_000)
        .read_to_vec()
        .unwrap();
    Fetched {
        status: resp.status().as_u16(),
        content_type,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// The addresses a page refers to, resolved against it.
fn references(page: &Url, html: &Html) -> Vec<Url> {
    let base = html
        .select(&Selector::parse("base[href]").unwrap())
        .next()
        .and_then(|b| page.join(b.value().attr("href").unwrap()).ok())
        .unwrap_or_else(|| page.clone());
    let sel = Selector::parse(
        "a[href], link[href], img[src], script[src], source[srcset], img[srcset], form[action]",
    )
    .unwrap();
    let mut out = Vec::new();
    for el in html.select(&sel) {
        for attr in ["href", "src", "action"] {
            if let Some(v) = el.value().attr(attr) {
                out.extend(base.join(v).ok());
            }
        }
        if let Some(set) = el.value().attr("srcset") {
            for candidate in set.split(',') {
                if let Some(u) = candidate.split_whitespace().next() {
                    out.extend(base.join(u).ok());
                }
            }
        }
    }
    out
}

#[test]
fn the_example_works_under_a_sub_path_of_a_real_nginx_with_no_broken_link() {
    if !Path::new(NGINX).exists() {
        missing(&format!("there is no {NGINX} (apt-get install nginx)"));
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir: PathBuf = tmp.path().to_path_buf();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}/portal/");
    let site = dir.join("www/portal");
    let run = klarsicht(
        &[
            "build",
            example().to_str().unwrap(),
            "--output",
            site.to_str().unwrap(),
            "--today",
            "2025-07-15",
            "--base-url",
            &base,
        ],
        &dir,
    );
    assert!(run.success, "{}", run.stderr);
    let _nginx = start_nginx(&dir, port);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();

    let root = Url::parse(&base).unwrap();
    let mut queue: VecDeque<Url> = VecDeque::from([root.clone()]);
    // The sitemap and the feeds list addresses too; follow theirs as well.
    for extra in ["sitemap.xml", "berichte/atom.xml"] {
        queue.push_back(root.join(extra).unwrap());
    }
    let mut seen: HashSet<Url> = HashSet::new();
    let mut ids: HashMap<Url, HashSet<String>> = HashMap::new();
    let mut fragments: Vec<(Url, Url)> = Vec::new();
    let mut broken: Vec<String> = Vec::new();
    let mut visited_pages: BTreeSet<String> = BTreeSet::new();
    while let Some(url) = queue.pop_front() {
        let mut doc_url = url.clone();
        doc_url.set_fragment(None);
        if !seen.insert(doc_url.clone()) {
            continue;
        }
        let got = fetch(&agent, &doc_url);
        if got.status != 200 {
            broken.push(format!("{doc_url}: {}", got.status));
            continue;
        }
        let links: Vec<Url> = if got.content_type.starts_with("text/html") {
            let html = Html::parse_document(&got.body);
            let page_ids = html
                .select(&Selector::parse("[id]").unwrap())
                .map(|e| e.value().attr("id").unwrap().to_string())
                .collect();
            ids.insert(doc_url.clone(), page_ids);
            let path = doc_url
                .path()
                .strip_prefix("/portal/")
                .unwrap_or("")
                .to_string();
            visited_pages.insert(if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path
            });
            references(&doc_url, &html)
        } else if got.content_type.contains("xml") {
            // <loc> in the sitemap, <link href> in the feeds.
            let xml = Html::parse_document(&got.body);
            let (loc, link) = (
                Selector::parse("loc").unwrap(),
                Selector::parse("link[href]").unwrap(),
            );
            let locs = xml
                .select(&loc)
                .filter_map(|l| Url::parse(l.text().collect::<String>().trim()).ok());
            let hrefs = xml
                .select(&link)
                .filter_map(|l| doc_url.join(l.value().attr("href").unwrap()).ok());
            locs.chain(hrefs).collect()
        } else {
            Vec::new()
        };
        for link in links {
            if link.scheme() != "http" || link.host_str() != Some("127.0.0.1") {
                continue; // another site: not ours to check
            }
            assert!(
                link.path().starts_with("/portal/"),
                "{doc_url} leaves the sub-path: {link}"
            );
            if link.fragment().is_some_and(|f| !f.is_empty()) {
                fragments.push((doc_url.clone(), link.clone()));
            }
            queue.push_back(link);
        }
    }
    for (from, link) in &fragments {
        let mut doc = link.clone();
        doc.set_fragment(None);
        let f = link.fragment().unwrap();
        if ids.get(&doc).is_some_and(|set| !set.contains(f)) {
            broken.push(format!("{from} → {link}: no id `{f}`"));
        }
    }
    assert_eq!(broken, Vec::<String>::new());

    // Every page of the site was reached from the home page, except the
    // 404 page, which the server shows for addresses that do not exist.
    let mut expected: BTreeSet<String> = site_pages(&site).into_iter().collect();
    expected.remove("404.html");
    let missing: Vec<&String> = expected.difference(&visited_pages).collect();
    assert!(
        missing.is_empty(),
        "not reachable from the home page: {missing:?}"
    );
    assert!(visited_pages.len() >= 48, "{}", visited_pages.len());

    // A missing address: status 404, the site's 404 page, whose links work
    // however deep the address (its <base> is the site's address).
    let missing = root.join("ziele/gibt-es-nicht/unterseite/").unwrap();
    let got = fetch(&agent, &missing);
    assert_eq!(got.status, 404);
    let html = Html::parse_document(&got.body);
    assert_eq!(
        html.select(&Selector::parse("h1").unwrap())
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "Seite nicht gefunden"
    );
    for link in references(&missing, &html) {
        if link.host_str() == Some("127.0.0.1") {
            let mut doc = link.clone();
            doc.set_fragment(None);
            assert_eq!(fetch(&agent, &doc).status, 200, "404 page links {link}");
        }
    }

    // What the files are served as.
    for (path, expected) in [
        ("", "text/html"),
        ("assets/style.css", "text/css"),
        ("daten/portal.json", "application/json"),
        ("daten/measures.csv", "text/csv"),
        ("daten/portal.zip", "application/zip"),
        ("daten/catalog.jsonld", "application/ld+json"),
        ("berichte/atom.xml", "text/xml"),
        ("berichte/sitzungen.ics", "text/calendar"),
    ] {
        let got = fetch(&agent, &root.join(path).unwrap());
        assert_eq!(got.status, 200, "{path}");
        assert!(
            got.content_type.starts_with(expected),
            "{path}: {}",
            got.content_type
        );
    }
}
