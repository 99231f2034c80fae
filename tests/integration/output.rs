//! The output folder across builds: a path with `..`, an interrupt after the
//! new output is in place, and files the user put into the output (`.git/`,
//! `CNAME`) that a rebuild keeps.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::*;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn retitle(portal: &Path, title: &str) {
    let file = portal.join("content/goals/teilhabe.md");
    let text = read(&file).replace("title = \"Teilhabe\"", &format!("title = \"{title}\""));
    assert!(text.contains(title));
    std::fs::write(file, text).unwrap();
}

#[test]
fn an_output_path_through_dot_dot_replaces_the_output_it_names() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    retitle(&portal, "Teilhabe neu");
    let run = klarsicht(&["build", ".", "--output", "../out/../out"], &portal);
    assert!(run.success, "{}", run.stderr);
    assert!(read(&out.join("ziele/teilhabe/index.html")).contains("Teilhabe neu"));
    assert_eq!(leftovers(&out), Vec::<String>::new());
    // Into the portal's own source folder by a detour: refused.
    let run = klarsicht(&["build", ".", "--output", "out/../content/x"], &portal);
    assert!(!run.success);
    assert!(run.stderr.contains("out/../content/x:1:1: error: the output folder may not be the portal folder or one of its source folders"), "{}", run.stderr);
    // Refused before anything is made: no folder appears in content/.
    let run = klarsicht(&["build", ".", "--output", "content/neu/site"], &portal);
    assert!(!run.success);
    assert!(!portal.join("content/neu").exists());
}

#[cfg(unix)]
#[test]
fn an_interrupt_after_the_swap_says_the_new_output_is_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    retitle(&portal, "Teilhabe neu");
    let child = command()
        .args(["build", ".", "--output"])
        .arg(&out)
        .env("KLARSICHT_TEST_PAUSE_AFTER_SWAP_MS", "20000")
        .current_dir(&portal)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let page = out.join("ziele/teilhabe/index.html");
    let start = Instant::now();
    while !std::fs::read_to_string(&page).is_ok_and(|p| p.contains("Teilhabe neu")) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the new output never arrived"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    // The previous output is still there, waiting to be removed.
    assert_eq!(leftovers(&out).len(), 1);
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let o = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(130), "{stderr}");
    let expected = format!(
        "interrupted (SIGINT): stopped after the new output was in place; `{}` is complete, and the previous output left in `",
        std::fs::canonicalize(&out).unwrap().display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(!stderr.contains("nothing was written"), "{stderr}");
    assert!(read(&page).contains("Teilhabe neu"));
    // The leftover is the previous output, and the next build removes it.
    let left = out.with_file_name(&leftovers(&out)[0]);
    assert!(read(&left.join("ziele/teilhabe/index.html")).contains("Teilhabe"));
    assert!(build(&portal, &out).success);
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

#[test]
fn files_the_user_put_into_the_output_survive_rebuilds() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    std::fs::create_dir_all(out.join(".git/objects")).unwrap();
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(out.join("CNAME"), "transparenz.example\n").unwrap();
    std::fs::create_dir_all(out.join(".well-known")).unwrap();
    std::fs::write(out.join(".well-known/security.txt"), "Contact: x\n").unwrap();
    // Beside a page klarsicht wrote.
    std::fs::write(out.join("ziele/teilhabe/notiz.txt"), "meins\n").unwrap();
    retitle(&portal, "Teilhabe neu");
    for _ in 0..2 {
        let run = build(&portal, &out);
        assert!(run.success, "{}", run.stderr);
        assert!(read(&out.join("ziele/teilhabe/index.html")).contains("Teilhabe neu"));
        assert_eq!(read(&out.join(".git/HEAD")), "ref: refs/heads/main\n");
        assert!(
            out.join(".git/objects").is_dir(),
            "an empty folder of the user's is kept"
        );
        assert_eq!(read(&out.join("CNAME")), "transparenz.example\n");
        assert_eq!(read(&out.join(".well-known/security.txt")), "Contact: x\n");
        assert_eq!(read(&out.join("ziele/teilhabe/notiz.txt")), "meins\n");
        assert_eq!(leftovers(&out), Vec::<String>::new());
    }
    // What klarsicht no longer writes goes: the measure's page, not the note.
    std::fs::remove_file(portal.join("content/reports/stand.md")).unwrap();
    std::fs::write(
        portal.join("content/measures/kita-ausbau.md"),
        read(&portal.join("content/measures/kita-ausbau.md"))
            .replace("Siehe [Bericht](@/reports/stand.md).", ""),
    )
    .unwrap();
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    assert!(!out.join("berichte/stand").exists());
    assert_eq!(read(&out.join("CNAME")), "transparenz.example\n");
}

#[test]
fn a_users_file_where_the_build_writes_stops_the_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    std::fs::write(out.join("impressum.html"), "<p>von Hand</p>\n").unwrap();
    std::fs::create_dir_all(portal.join("static")).unwrap();
    std::fs::write(portal.join("static/impressum.html"), "<p>neu</p>\n").unwrap();
    let before = snapshot(&out);
    let run = build(&portal, &out);
    assert!(!run.success);
    let resolved = std::fs::canonicalize(&out).unwrap();
    assert!(
        run.stderr.contains(&format!(
            "error: `{}` in the output was not written by klarsicht, and this build writes a file of that name; nothing was replaced; the previous output is unchanged\n  hint: move the file out of the output folder",
            resolved.join("impressum.html").display()
        )),
        "{}",
        run.stderr
    );
    assert!(snapshot(&out) == before);
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

#[test]
fn an_output_marked_before_the_list_keeps_files_added_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    // The marker as klarsicht wrote it before it listed its files.
    std::fs::write(
        out.join(".klarsicht-output"),
        "This folder is written by klarsicht build and replaced on every build.\n",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(out.join("CNAME"), "transparenz.example\n").unwrap();
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(read(&out.join("CNAME")), "transparenz.example\n");
    assert!(read(&out.join(".klarsicht-output")).contains("\"ziele/teilhabe/index.html\""));
}
