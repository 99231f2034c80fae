//! Rebuilds as an editor saves: reloads of the pages that changed, errors
//! over the page while the last good build stays served, and after every
//! change the same files a clean build writes.

use super::*;

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
    let failed: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(
        failed["title"],
        "klarsicht: the last change does not build. The page shows the last good build."
    );
    let message = failed["text"].as_str().unwrap().to_string();
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
    wait_for_status(&server.addr, "/massnahmen/neu/", 200);
    settle(&rx);
    std::fs::remove_file(&new).unwrap();
    expect_reload(&rx, "massnahmen/neu/index.html");
    // The reload follows the pages that changed; the page that went goes
    // with the whole render, which typesets the PDFs first.
    wait_for_status(&server.addr, "/massnahmen/neu/", 404);
    settle(&rx);

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

/// Every file a clean `klarsicht build` of the portal writes (the search
/// index aside) must be served with the same bytes: the preview's partial
/// rebuilds may never leave a stale or missing file behind.
/// Waits (up to 60 s) until `path` answers `status`: a page that comes or
/// goes is written by the whole render, after the first pages' reload.
fn wait_for_status(addr: &str, path: &str, status: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(addr, path).status != status && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(get(addr, path).status, status, "{path}");
}

/// Lets the renders under way finish: their reloads are not the next
/// change's.
fn settle(rx: &std::sync::mpsc::Receiver<String>) {
    while rx.recv_timeout(Duration::from_millis(1500)).is_ok() {}
}

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

    // Moved to another goal (which lacks its strategy, so that goes too):
    // the goal it left is shown again too.
    edit(
        m,
        "goals = [\"praevention-staerken\"]\nstrategies = [\"Eine kommunale Präventionskette aufbauen\"]",
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

#[test]
fn serve_follows_a_portal_folder_deleted_and_made_again() {
    let server = start();
    let page = "/ziele/teilhabe/";
    let rx = events(&server.addr);
    expect_event(&rx, "hello");
    std::fs::remove_dir_all(&server.portal).unwrap();
    let data = expect_event(&rx, "failed");
    assert!(data.contains("site.toml"), "{data}");
    // Made again, as a fresh clone would, with a changed title.
    copy_dir(&fixtures().join("base"), &server.portal);
    let goal = server.portal.join("content/goals/teilhabe.md");
    let text = std::fs::read_to_string(&goal).unwrap();
    // The title saved, then the page served with it.
    let save_and_see = |title: &str, what: &str| {
        std::fs::write(
            &goal,
            text.replace("title = \"Teilhabe\"", &format!("title = \"{title}\"")),
        )
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !get(&server.addr, page)
            .body
            .contains(&format!("<h1>{title}</h1>"))
        {
            assert!(Instant::now() < deadline, "{what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    save_and_see("Teilhabe neu", "the new folder was never built");
    save_and_see("Teilhabe zuletzt", "a save in the new folder was not seen");
}

/// Runs git in `dir` with a fixed author and date.
fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=Presseamt",
            "-c",
            "user.email=presse@example.org",
        ])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2025-03-01T10:00:00+01:00")
        .env("GIT_COMMITTER_DATE", "2025-03-01T10:00:00+01:00")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn serve_marks_what_is_not_committed_and_shows_a_commit_in_the_history() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        return missing("the git program (to make a test repository) is not installed");
    }
    let src = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), src.path());
    git(src.path(), &["init", "-q", "-b", "main"]);
    git(src.path(), &["add", "-A"]);
    git(src.path(), &["commit", "-q", "-m", "Portal angelegt"]);
    let server = start_on(src.path());
    let page = "/massnahmen/kita-ausbau/";
    assert!(!get(&server.addr, page).body.contains("Nicht gespeichert"));
    let rx = events(&server.addr);
    expect_event(&rx, "hello");
    let file = server.portal.join("content/measures/kita-ausbau.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("progress = 40", "progress = 60")).unwrap();
    expect_reload(&rx, "massnahmen/kita-ausbau/index.html");
    server.wait_built();
    let body = get(&server.addr, page).body;
    assert!(
        body.contains("Nicht gespeichert: Diese Seite zeigt Änderungen"),
        "{body}"
    );
    // Other pages are not marked.
    assert!(
        !get(&server.addr, "/ziele/teilhabe/")
            .body
            .contains("Nicht gespeichert")
    );
    // Committed: the mark goes, and the change is history.
    git(&server.portal, &["commit", "-q", "-am", "Fortschritt März"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let body = get(&server.addr, page).body;
        if !body.contains("Nicht gespeichert") && body.contains("Fortschritt von 40") {
            assert!(body.contains("Anlass: Fortschritt März"), "{body}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the commit was not picked up: {body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
