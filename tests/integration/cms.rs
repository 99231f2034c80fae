//! The form editor: `klarsicht cms` and `init` write Decap CMS into
//! static/admin/; `build` publishes it only when site.toml's `[cms]` says
//! (a backend set, or `publish = true`), never links it, never indexes it;
//! `[cms]` mistakes and an outdated configuration are reported with their
//! place. The form itself is tested in chromium (tests/browser/cms.mjs).

use std::path::Path;

use crate::util::*;

fn portal_with(site_extra: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let site = portal.join("site.toml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, format!("{text}\n{site_extra}")).unwrap();
    (tmp, portal)
}

fn config(portal: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(portal.join("static/admin/config.yml")).unwrap();
    // A comment line, then JSON (which is YAML).
    let (comment, json) = text.split_once('\n').unwrap();
    // In the portal's language, German here.
    assert!(
        comment.starts_with("# Geschrieben von klarsicht cms"),
        "{comment}"
    );
    serde_json::from_str(json).unwrap()
}

#[test]
fn cms_writes_decap_and_a_configuration_from_site_toml() {
    let (_tmp, portal) = portal_with(
        "[cms]\nbackend = \"gitlab\"\nrepo = \"stadt-musterstadt/transparenzportal\"\napi_root = \"https://git.musterstadt.de/api/v4\"\nbase_url = \"https://git.musterstadt.de\"\napp_id = \"4f2a\"\n",
    );
    let run = klarsicht(&["cms", "--path", portal.to_str().unwrap()], &portal);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!(
            "Editor written to {}/static/admin (Decap CMS 3.16.3, ",
            portal.display()
        )),
        "{}",
        run.stdout
    );
    let admin = portal.join("static/admin");
    let decap = std::fs::read(admin.join("decap-cms.js")).unwrap();
    assert_eq!(
        decap,
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("vendor/decap-cms/decap-cms.js"))
            .unwrap()
    );
    // The chunks Decap loads later, from beside itself.
    assert!(admin.join("2598.decap-cms.js").is_file());
    let c = config(&portal);
    assert_eq!(
        c["backend"],
        serde_json::json!({
            "name": "gitlab",
            "repo": "stadt-musterstadt/transparenzportal",
            "branch": "main",
            "api_root": "https://git.musterstadt.de/api/v4",
            "base_url": "https://git.musterstadt.de",
            "app_id": "4f2a",
            "auth_type": "pkce"
        })
    );
    assert_eq!(c["local_backend"], true);
    assert_eq!(c["locale"], "de");
    let index = std::fs::read_to_string(admin.join("index.html")).unwrap();
    assert!(index.contains("connect-src 'self' http://localhost:8081 http://127.0.0.1:8081 https://git.musterstadt.de;"), "{index}");
    assert!(
        index.contains("<title>Redaktion · Transparenzportal Sozialreferat Musterstadt</title>")
    );

    // Published (a backend is set): the editor is on the site, but no page
    // links it, the sitemap and the search leave it out.
    let (_t, out) = build_portal(&portal, "2025-07-15");
    assert!(out.join("admin/index.html").is_file());
    assert!(out.join("admin/config.yml").is_file());
    for page in html_pages(&out) {
        if page.starts_with("admin/") {
            continue;
        }
        let html = std::fs::read_to_string(out.join(&page)).unwrap();
        assert!(!html.contains("admin/"), "{page} mentions admin/");
    }
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("admin"));
    let run = klarsicht(
        &["check", portal.to_str().unwrap(), "--today", "2025-07-15"],
        &portal,
    );
    assert!(run.success, "{}", run.stderr);
}

#[test]
fn without_a_backend_the_editor_is_only_in_the_preview() {
    let (_tmp, portal) = portal_with("");
    assert!(klarsicht(&["cms", "--path", "."], &portal).success);
    let c = config(&portal);
    assert_eq!(
        c["backend"],
        serde_json::json!({ "name": "proxy", "proxy_url": "http://localhost:8081/api/v1", "branch": "main" })
    );
    let (_t, out) = build_portal(&portal, "2025-07-15");
    assert!(!out.join("admin").exists());
    // publish = true publishes it anyway; with a backend, false keeps it out.
    let (_t2, forced) = portal_with("[cms]\npublish = true\n");
    assert!(klarsicht(&["cms", "--path", "."], &forced).success);
    let (_t, out) = build_portal(&forced, "2025-07-15");
    assert!(out.join("admin/decap-cms.js").is_file());
    let (_t3, held) =
        portal_with("[cms]\npublish = false\nbackend = \"github\"\nrepo = \"stadt/portal\"\n");
    assert!(klarsicht(&["cms", "--path", "."], &held).success);
    let (_t, out) = build_portal(&held, "2025-07-15");
    assert!(!out.join("admin").exists());
}

#[test]
fn init_writes_the_editor_too() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(klarsicht(&["init", "p"], tmp.path()).success);
    let admin = tmp.path().join("p/static/admin");
    assert!(admin.join("decap-cms.js").is_file());
    let c = config(&tmp.path().join("p"));
    assert_eq!(c["collections"][1]["label"], "Maßnahmen");
    let run = klarsicht(&["check", "p"], tmp.path());
    assert!(run.success, "{}", run.stderr);
    // Only the base_url warning every new portal has: the editor is current.
    assert!(
        !run.diagnostics().contains("static/admin"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_outdated_configuration_is_a_warning_with_the_fix() {
    let (_tmp, portal) = portal_with("");
    assert!(klarsicht(&["cms", "--path", "."], &portal).success);
    let site = portal.join("site.toml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(
        &site,
        format!("{text}[cms]\nbackend = \"github\"\nrepo = \"stadt/portal\"\n"),
    )
    .unwrap();
    let run = klarsicht(&["check", "."], &portal);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.diagnostics(),
        "static/admin/config.yml:1:1: warning: static/admin/config.yml does not match site.toml and this klarsicht version's content format\n  hint: `klarsicht cms` writes the editor again (content is not touched)\n\
         static/admin/index.html:1:1: warning: static/admin/index.html does not match site.toml and this klarsicht version's content format\n  hint: `klarsicht cms` writes the editor again (content is not touched)"
    );
    assert!(klarsicht(&["cms", "--path", "."], &portal).success);
    assert_eq!(klarsicht(&["check", "."], &portal).diagnostics(), "");
}

#[test]
fn cms_settings_mistakes_are_reported_at_their_place_and_nothing_is_written() {
    let (_tmp, portal) = portal_with("[cms]\nrepo = \"stadt/portal\"\n");
    let run = klarsicht(&["cms", "--path", "."], &portal);
    assert!(!run.success);
    let line = std::fs::read_to_string(portal.join("site.toml"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(
        run.stderr,
        format!(
            "site.toml:{line}:8: error: `repo` describes the editor's Git service, but `backend` is missing\n  hint: add backend = \"gitlab\", \"github\" or \"gitea\", or delete the line: without a Git service the editor works only in the preview (klarsicht serve)\nerror: site.toml has errors; the editor was not written\n"
        )
    );
    assert!(!portal.join("static/admin").exists());
    let cases = [
        (
            "backend = \"gitea\"\nrepo = \"stadt/portal\"\n",
            "`backend = \"gitea\"` needs `api_root`: the Gitea server's API address",
        ),
        (
            "backend = \"gitlab\"\nrepo = \"portal\"\n",
            "`repo` `portal` is not owner/name",
        ),
        (
            "backend = \"gitlab\"\n",
            "`backend` needs `repo`: the portal's repository on the Git service",
        ),
        (
            "backend = \"bitbucket\"\nrepo = \"a/b\"\n",
            "invalid `backend` `bitbucket`",
        ),
        (
            "local_backend = \"localhost:8081\"\n",
            "`local_backend` `localhost:8081` is not an http(s) address",
        ),
    ];
    for (cms, expected) in cases {
        let (_t, portal) = portal_with(&format!("[cms]\n{cms}"));
        let run = klarsicht(&["check", "."], &portal);
        assert!(!run.success, "{cms}");
        assert!(
            run.diagnostics().contains(&format!("error: {expected}\n")),
            "{cms}: {}",
            run.stderr
        );
    }
}
