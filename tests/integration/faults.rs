//! Faults around a build: symbolic link loops, a huge file, many files in one
//! folder, deep and empty folders, an output that cannot be written, a full
//! disk, and an interrupt. Each gives a clear message, and the output of the
//! previous build stays as it was, complete.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::*;

/// Builds again after `spoil` and expects a failure naming `expected`, with
/// the previous output unchanged and nothing left over.
fn fails_and_keeps_output(portal: &Path, out: &Path, expected: &str) -> Run {
    let before = snapshot(out);
    let run = build(portal, out);
    assert!(!run.success, "the build must fail:\n{}", run.stderr);
    assert!(
        run.stderr.contains(expected),
        "expected `{expected}` in:\n{}",
        run.stderr
    );
    assert!(
        snapshot(out) == before,
        "the previous output changed:\n{}",
        run.stderr
    );
    assert_eq!(leftovers(out), Vec::<String>::new());
    run
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_errors_and_links_to_folders_are_named() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let measures = portal.join("content/measures");
    symlink("loop.md", measures.join("loop.md")).unwrap();
    symlink("circle-b", measures.join("circle-a")).unwrap();
    symlink("circle-a", measures.join("circle-b")).unwrap();
    std::fs::create_dir(tmp.path().join("elsewhere")).unwrap();
    symlink(tmp.path().join("elsewhere"), measures.join("linked")).unwrap();
    std::fs::create_dir_all(measures.join("kita-ausbau")).unwrap();
    std::fs::rename(
        measures.join("kita-ausbau.md"),
        measures.join("kita-ausbau/index.md"),
    )
    .unwrap();
    symlink(".", measures.join("kita-ausbau/self")).unwrap();
    let run = fails_and_keeps_output(&portal, &out, "symbolic link cannot be followed");
    assert_eq!(
        run.diagnostics(),
        "content/measures/circle-a:1:1: error: symbolic link cannot be followed: Too many levels of symbolic links (os error 40)\n  \
         hint: the link points to itself, in a circle, or to nothing; replace it with the file\n\
         content/measures/circle-b:1:1: error: symbolic link cannot be followed: Too many levels of symbolic links (os error 40)\n  \
         hint: the link points to itself, in a circle, or to nothing; replace it with the file\n\
         content/measures/kita-ausbau/self:1:1: warning: symbolic link in bundle is not copied\n  \
         hint: copy the file itself into the folder\n\
         content/measures/linked:1:1: warning: symbolic link to a folder is not followed; ignored\n  \
         hint: move or copy the bundle folder here\n\
         content/measures/loop.md:1:1: error: symbolic link cannot be followed: Too many levels of symbolic links (os error 40)\n  \
         hint: the link points to itself, in a circle, or to nothing; replace it with the file"
    );
}

#[test]
fn a_fifty_megabyte_markdown_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let paragraph = "Ein Absatz über den Haushalt der Stadt. ".repeat(25) + "\n\n";
    let text = format!(
        "+++\ntitle = \"Groß\"\nnumber = 2\n+++\n{}",
        paragraph.repeat(50 * 1024 * 1024 / paragraph.len())
    );
    assert!(text.len() > 50 * 1000 * 1000);
    std::fs::write(portal.join("content/goals/gross.md"), &text).unwrap();
    let run = fails_and_keeps_output(&portal, &out, "content/goals/gross.md");
    assert_eq!(
        run.diagnostics(),
        "content/goals/gross.md:1:1: error: file is 50.0 MB; a Markdown file may hold at most 8.0 MB\n  \
         hint: split the text into several pages, or attach the full document (a PDF, say) to the item's bundle folder"
    );
}

#[test]
fn ten_thousand_files_in_one_folder_are_all_published() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let bundle = portal.join("content/measures/kita-ausbau");
    let docs = bundle.join("protokolle");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::rename(
        portal.join("content/measures/kita-ausbau.md"),
        bundle.join("index.md"),
    )
    .unwrap();
    for i in 0..10_000 {
        std::fs::write(docs.join(format!("{i:05}.txt")), format!("Protokoll {i}\n")).unwrap();
    }
    let out = tmp.path().join("out");
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    let published = out.join("massnahmen/kita-ausbau/protokolle");
    assert_eq!(std::fs::read_dir(&published).unwrap().count(), 10_000);
    assert_eq!(
        std::fs::read_to_string(published.join("09999.txt")).unwrap(),
        "Protokoll 9999\n"
    );
}

#[test]
fn folders_deeper_than_the_limit_are_an_error_not_a_loss() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let static_dir = portal.join("static");
    // 31 levels below static/ are published …
    let ok: PathBuf = std::iter::repeat_n("d", 31).collect();
    std::fs::create_dir_all(static_dir.join(&ok)).unwrap();
    std::fs::write(static_dir.join(&ok).join("tief.txt"), "tief\n").unwrap();
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(out.join(&ok).join("tief.txt")).unwrap(),
        "tief\n"
    );
    // … 40 are refused where the 32nd begins.
    let deep: PathBuf = std::iter::repeat_n("d", 40).collect();
    std::fs::create_dir_all(static_dir.join(&deep)).unwrap();
    std::fs::write(static_dir.join(&deep).join("zu-tief.txt"), "x").unwrap();
    let at: PathBuf = std::iter::repeat_n("d", 32).collect();
    let run = fails_and_keeps_output(&portal, &out, "nested more than 32");
    assert_eq!(
        run.diagnostics(),
        format!(
            "static/{}:1:1: error: folders are nested more than 32 deep here; nothing below is published\n  \
             hint: flatten the folder structure",
            at.to_string_lossy()
        )
    );
}

#[test]
fn empty_folders_make_an_empty_portal_not_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    for dir in [
        "content/goals",
        "content/measures",
        "content/reports",
        "content/indicators",
        "content/pages",
        "content/measures/leer",
        "data",
        "static",
    ] {
        std::fs::create_dir_all(portal.join(dir)).unwrap();
    }
    std::fs::write(
        portal.join("site.toml"),
        "title = \"Leer\"\nbase_url = \"https://leer.example/\"\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let run = build(&portal, &out);
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.diagnostics(),
        "content/measures/leer:1:1: warning: folder has no index.md and is ignored\n  \
         hint: a measure bundle is a folder with index.md and its attachments"
    );
    let pages = html_pages(&out);
    for page in [
        "index.html",
        "ziele/index.html",
        "massnahmen/index.html",
        "haushalt/index.html",
    ] {
        assert!(pages.contains(&page.to_string()), "{page} in {pages:?}");
    }
}

/// Mounts a tmpfs at `dir` when this process may (root with CAP_SYS_ADMIN);
/// the guard unmounts it.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, options: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            missing("cannot mount a tmpfs here (needs root)");
        }
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .unwrap()
            .success();
        assert!(ok, "remount read-only");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_output_folder_is_named_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    let Some(mount) = Mount::tmpfs(&tmp.path().join("mnt"), "size=16m") else {
        return;
    };
    let out = mount.0.join("public");
    assert!(build(&portal, &out).success);
    mount.read_only();
    let run = fails_and_keeps_output(&portal, &out, "Read-only file system (os error 30)");
    let d = run.diagnostics();
    assert!(
        d.contains(&format!(
            "error: cannot create the folder `{}/.public.klarsicht-new-",
            mount.0.display()
        )),
        "{d}"
    );
    assert!(d.contains("hint: the build writes a new folder beside the output and swaps it in; the folder holding the output must be writable"), "{d}");
}

#[test]
fn a_full_disk_half_way_through_keeps_the_previous_output() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&fixtures().join("base"), &portal);
    // The first build (about 0.5 MB) fits; the second brings a 3 MB file.
    let Some(mount) = Mount::tmpfs(&tmp.path().join("mnt"), "size=2m") else {
        return;
    };
    let out = mount.0.join("public");
    assert!(build(&portal, &out).success);
    std::fs::create_dir_all(portal.join("static/dokumente")).unwrap();
    std::fs::write(
        portal.join("static/dokumente/haushaltsplan.pdf"),
        vec![b'%'; 3 << 20],
    )
    .unwrap();
    let run = fails_and_keeps_output(&portal, &out, "No space left on device (os error 28)");
    // Pages, CSVs and the copy are written in parallel: whichever file the
    // disk runs out on is named, the PDF or one written beside it.
    let failed = run
        .stderr
        .lines()
        .find(|l| l.contains("No space left on device"))
        .unwrap();
    assert!(
        failed.contains("error: cannot ")
            && failed.contains(&format!("`{}/", out.display()))
            && failed.ends_with(
                "No space left on device (os error 28); the previous output is unchanged"
            ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("the previous output is unchanged"));
}

/// Without root: a file size limit (RLIMIT_FSIZE) makes the kernel refuse a
/// write half-way through, as a full disk would.
#[cfg(unix)]
#[test]
fn a_refused_write_half_way_through_keeps_the_previous_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    std::fs::create_dir_all(portal.join("static/dokumente")).unwrap();
    std::fs::write(
        portal.join("static/dokumente/gross.pdf"),
        vec![b'%'; 3 << 20],
    )
    .unwrap();
    let before = snapshot(&out);
    let o = Command::new("sh")
        .env("KLARSICHT_LANG", "en")
        .args([
            "-c",
            // Ignored SIGXFSZ carries over exec: the write fails with EFBIG.
            "trap '' XFSZ; ulimit -f 2048; exec \"$0\" build . --output \"$1\"",
            env!("CARGO_BIN_EXE_klarsicht"),
        ])
        .arg(&out)
        .current_dir(&portal)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{stderr}");
    assert!(stderr.contains("File too large (os error 27)"), "{stderr}");
    assert!(stderr.contains("dokumente/gross.pdf"), "{stderr}");
    assert!(snapshot(&out) == before);
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

/// A portal big enough that a debug build takes seconds, built once.
fn slow_portal(tmp: &Path) -> (PathBuf, PathBuf) {
    let (portal, out) = built_portal(tmp);
    let measure = std::fs::read_to_string(portal.join("content/measures/kita-ausbau.md")).unwrap();
    for i in 0..3000 {
        std::fs::write(
            portal.join(format!("content/measures/kopie-{i}.md")),
            measure.replace("Kita-Ausbau", &format!("Kopie {i}")),
        )
        .unwrap();
    }
    (portal, out)
}

#[cfg(unix)]
fn interrupted(signal: &str, code: i32, said: &str) {
    use std::os::unix::process::ExitStatusExt;
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = slow_portal(tmp.path());
    let before = snapshot(&out);
    let child = command()
        .args(["build", ".", "--output"])
        .arg(&out)
        .current_dir(&portal)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the new output is being written, then interrupt.
    let start = Instant::now();
    while leftovers(&out).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the build never began writing"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let sent = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let o = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        o.status.code(),
        Some(code),
        "{stderr} {:?}",
        o.status.signal()
    );
    assert!(
        stderr.contains(&format!(
            "{said}: stopped; nothing was written and the previous output is unchanged"
        )),
        "{stderr}"
    );
    assert!(snapshot(&out) == before, "the previous output changed");
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn an_interrupt_during_a_build_keeps_the_previous_output() {
    interrupted("-INT", 130, "interrupted (SIGINT)");
}

#[cfg(unix)]
#[test]
fn a_termination_during_a_build_keeps_the_previous_output() {
    interrupted("-TERM", 143, "terminated (SIGTERM)");
}

#[test]
fn a_killed_build_leaves_nothing_behind_for_the_next() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    // What a build killed with SIGKILL leaves: its half-written folder,
    // named with a process id that no longer runs.
    let stale = out.with_file_name(".out.klarsicht-new-4000000");
    std::fs::create_dir_all(stale.join("ziele")).unwrap();
    assert!(build(&portal, &out).success);
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, out) = built_portal(tmp.path());
    let nested = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    std::fs::write(
        portal.join("content/goals/teilhabe.md"),
        format!("+++\ntitle = \"Teilhabe\"\nnumber = 1\nx = {nested}\n+++\n"),
    )
    .unwrap();
    let run = fails_and_keeps_output(&portal, &out, "max recursion depth met");
    assert!(
        run.diagnostics().starts_with(
            "content/goals/teilhabe.md:4:85: error: invalid TOML: cannot recurse further; max recursion depth met"
        ),
        "{}",
        run.stderr
    );
}

/// A build needs no network: it succeeds in a network namespace without
/// any interface (`unshare --net`, which needs root; skipped otherwise).
#[test]
fn a_build_needs_no_network() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = tmp.path().join("portal");
    copy_dir(&example(), &portal);
    let Ok(o) = Command::new("unshare")
        .env("KLARSICHT_LANG", "en")
        .args(["--net", "--"])
        .arg(env!("CARGO_BIN_EXE_klarsicht"))
        .args(["build", ".", "--output", "out", "--today", "2025-07-15"])
        .current_dir(&portal)
        .output()
    else {
        missing("there is no unshare");
        return;
    };
    let stderr = String::from_utf8_lossy(&o.stderr);
    if stderr.contains("unshare failed") {
        missing(&format!(
            "unshare cannot make a network namespace: {stderr}"
        ));
        return;
    }
    assert!(o.status.success(), "{stderr}");
    assert!(portal.join("out/suche/index.html").is_file());
    assert!(portal.join("out/pagefind/pagefind.js").is_file());
}
