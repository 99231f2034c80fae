//! Symbolic links at the roots of what a build reads, and the hidden files
//! of static/: nothing outside the portal is published, and what is left
//! out is named.

use std::path::Path;

use crate::util::*;

/// Builds and expects a failure with exactly `expected`, the previous
/// output unchanged and nothing left beside it.
fn refused(portal: &Path, out: &Path, expected: &str) {
    let before = snapshot(out);
    let run = build(portal, out);
    assert!(!run.success, "{}", run.stderr);
    assert_eq!(run.diagnostics(), expected);
    assert!(snapshot(out) == before);
    assert_eq!(leftovers(out), Vec::<String>::new());
}

const LINKED: &str = "error: folder is a symbolic link; klarsicht does not follow it, and nothing in it is read or published\n  hint: replace the link with the folder itself (copy it into the portal)";

#[cfg(unix)]
#[test]
fn a_linked_static_folder_is_refused_and_nothing_it_points_to_is_published() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let secrets = tmp.path().join("geheim");
    std::fs::create_dir_all(&secrets).unwrap();
    std::fs::write(secrets.join("shadow"), "root:x\n").unwrap();
    symlink(&secrets, portal.join("static")).unwrap();
    refused(&portal, &out, &format!("static:1:1: {LINKED}"));
    std::fs::remove_file(portal.join("static")).unwrap();

    // A theme's static folder, which is published under assets/.
    let theme = portal.join("themes/eigen");
    std::fs::create_dir_all(theme.join("templates")).unwrap();
    symlink(&secrets, theme.join("static")).unwrap();
    let site = std::fs::read_to_string(portal.join("site.toml")).unwrap();
    std::fs::write(
        portal.join("site.toml"),
        format!("theme = \"eigen\"\n{site}"),
    )
    .unwrap();
    refused(&portal, &out, &format!("themes/eigen/static:1:1: {LINKED}"));
    std::fs::remove_dir_all(portal.join("themes")).unwrap();

    // The theme folder itself, the portal's templates/, content/ and a kind folder.
    let elsewhere = tmp.path().join("anderswo");
    copy_dir(&portal.join("content/goals"), &elsewhere);
    std::fs::create_dir_all(portal.join("themes")).unwrap();
    symlink(&secrets, portal.join("themes/eigen")).unwrap();
    symlink(&secrets, portal.join("templates")).unwrap();
    std::fs::remove_dir_all(portal.join("content/goals")).unwrap();
    symlink(&elsewhere, portal.join("content/goals")).unwrap();
    refused(
        &portal,
        &out,
        &format!(
            "content/goals:1:1: {LINKED}\n\
             content/measures/kita-ausbau.md:3:10: error: unknown goal `teilhabe`\n  hint: no file content/goals/teilhabe.md exists\n\
             templates:1:1: {LINKED}\nthemes/eigen:1:1: {LINKED}"
        ),
    );
}

#[test]
fn hidden_and_backup_files_in_static_are_named_and_not_published() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let st = portal.join("static");
    for f in [
        ".env",
        ".git/config",
        ".DS_Store",
        "plan.pdf",
        "plan.pdf~",
        "notiz.txt.swp",
        "alt.bak",
        "docs/.hidden",
        ".well-known/security.txt",
    ] {
        std::fs::create_dir_all(st.join(f).parent().unwrap()).unwrap();
        std::fs::write(st.join(f), f).unwrap();
    }
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.diagnostics(),
        "static:1:1: warning: hidden and backup files are not published: .DS_Store, .env, .git/, alt.bak, docs/.hidden, notiz.txt.swp, plan.pdf~\n  \
         hint: names starting with `.` or ending in `~`, `.swp` or `.bak` are left out; rename a file to publish it"
    );
    assert!(out.join("plan.pdf").is_file());
    assert!(out.join(".well-known/security.txt").is_file());
    for f in [
        ".env",
        ".git",
        ".DS_Store",
        "plan.pdf~",
        "notiz.txt.swp",
        "alt.bak",
        "docs/.hidden",
    ] {
        assert!(!out.join(f).exists(), "{f} was published");
    }
}
