//! The preview as a web server: what it refuses, the types it sends, many
//! readers at once, and how it stops.

use super::*;

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
fn serve_answers_only_its_own_host_and_never_redirects_off_the_site() {
    let server = start();
    let port = server.addr.rsplit_once(':').unwrap().1;
    // A page elsewhere whose host name was pointed at 127.0.0.1 (DNS rebinding).
    for host in [
        format!("evil.example:{port}"),
        "evil.example".into(),
        format!("localhost.evil.example:{port}"),
    ] {
        let r = get_as(&server.addr, "/ziele/teilhabe/", Some(&host));
        assert_eq!(r.status, 421, "{host}");
        assert_eq!(
            r.body,
            format!(
                "Diese Vorschau antwortet nur unter http://{a}/ oder http://localhost:{port}/.\n\
                 This preview answers only at http://{a}/ or http://localhost:{port}/.\n",
                a = server.addr
            )
        );
        assert!(!r.body.contains("Teilhabe"));
    }
    assert_eq!(
        get_as(&server.addr, "/__klarsicht/events", Some("evil.example")).status,
        421
    );
    assert_eq!(get_as(&server.addr, "/", None).status, 400);
    assert_eq!(
        get_as(
            &server.addr,
            "/ziele/teilhabe/",
            Some(&format!("localhost:{port}"))
        )
        .status,
        200
    );
    // `//evil.example` is a path on this site: no redirect to another host.
    for path in ["//evil.example", "///evil.example/", "/\\evil.example"] {
        let r = get(&server.addr, path);
        assert_eq!(r.status, 404, "{path}: {}", r.head);
        assert!(!r.head.contains("location:"), "{path}: {}", r.head);
    }
    // A folder without its slash still redirects, on the site.
    let r = get(&server.addr, "//ziele/teilhabe");
    assert!(r.head.contains("location: /ziele/teilhabe/"), "{}", r.head);
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

#[test]
fn serve_shows_items_not_out_yet_with_a_banner() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = crate::embargo::embargo_portal(tmp.path());
    let server = start_on(&portal);
    let r = get(&server.addr, "/berichte/zukunft/");
    assert_eq!(r.status, 200);
    let doc = scraper::Html::parse_document(&r.body);
    assert_eq!(
        texts(&doc, "main .embargo"),
        ["Vorschau – noch nicht veröffentlicht. Erscheint am 1. September 2025"]
    );
}
