//! Cargo build script: the commit `klarsicht --version` names, so a web
//! team can say which build an editor runs. Without git (a source archive),
//! "commit unknown".

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
    println!("cargo:rerun-if-changed=build.rs");
}
