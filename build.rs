//! Cargo build script: the commit `klarsicht --version` names, so a web
//! team can say which build an editor runs (without git, a source archive:
//! "commit unknown"); and the list of the vendored Decap CMS files
//! (vendor/decap-cms/, scripts/vendor-decap.sh) the binary embeds.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn main() {
    let version = match (
        git(&["rev-parse", "--short=10", "HEAD"]),
        git(&["log", "-1", "--format=%cs"]),
    ) {
        (Some(commit), Some(date)) => format!("commit {commit}, {date}"),
        _ => "commit unknown".to_string(),
    };
    println!("cargo:rustc-env=KLARSICHT_COMMIT={version}");
    for watched in [".git/HEAD", ".git/refs", ".git/packed-refs"] {
        if Path::new(watched).exists() {
            println!("cargo:rerun-if-changed={watched}");
        }
    }
    decap_files();
    println!("cargo:rerun-if-changed=build.rs");
}

/// `$OUT_DIR/decap_files.rs`: `(name, bytes)` of every vendored file,
/// sorted by name, for `cms::admin`.
fn decap_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("vendor/decap-cms");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("vendor/decap-cms/ (scripts/vendor-decap.sh writes it)")
        .map(|e| e.expect("a readable vendor/decap-cms/").file_name())
        .map(|n| n.into_string().expect("vendored file names are ASCII"))
        .filter(|n| n != "VERSION")
        .collect();
    names.sort();
    let mut code = String::from("pub(super) const FILES: &[(&str, &[u8])] = &[\n");
    for n in &names {
        code.push_str(&format!(
            "    ({n:?}, include_bytes!({:?})),\n",
            dir.join(n).display().to_string()
        ));
    }
    code.push_str("];\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("decap_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
