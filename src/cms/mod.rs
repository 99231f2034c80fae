//! The form editor for press offices: Decap CMS in a portal's
//! `static/admin/`, written by `klarsicht cms` and `klarsicht init`. Its
//! script is vendored (vendor/decap-cms/, embedded into the binary), so the
//! portal serves it from its own host; its configuration is made from the
//! content contract (`config`) and site.toml's `[cms]`.

pub mod config;
pub mod page;

use std::path::{Path, PathBuf};

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::fsutil;
use crate::load::site::SiteConfig;
use crate::msg;

mod vendored {
    include!(concat!(env!("OUT_DIR"), "/decap_files.rs"));
}

/// The folder below static/ (and so the address below the site) of the editor.
pub const DIR: &str = "admin";

/// `decap-cms 3.16.3`, …: the first line of vendor/decap-cms/VERSION.
pub fn decap_version() -> &'static str {
    let line = include_str!("../../vendor/decap-cms/VERSION")
        .lines()
        .next()
        .unwrap_or_default();
    line.strip_prefix("decap-cms ").unwrap_or(line)
}

/// The files klarsicht generates in static/admin/ (besides Decap's own):
/// the page and the configuration, as this portal's settings make them.
pub fn generated(site: &SiteConfig) -> [(&'static str, String); 2] {
    let config = config::config(site.language, &site.cms);
    let text = serde_json::to_string_pretty(&config).expect("JSON values serialize");
    [
        ("index.html", page::html(site)),
        (
            "config.yml",
            format!(
                "{}\n{text}\n",
                msg!("cms-config-header").render(site.language)
            ),
        ),
    ]
}

/// Writes the editor into `root/static/admin/`: Decap's files and the
/// generated ones. Other files there (a city's own additions) stay.
pub fn write(root: &Path, site: &SiteConfig) -> fsutil::Result<Vec<PathBuf>> {
    let dir = root.join("static").join(DIR);
    let mut written = Vec::new();
    for (name, bytes) in vendored::FILES {
        let path = dir.join(name);
        fsutil::write_atomic(&path, bytes)?;
        written.push(path);
    }
    for (name, text) in generated(site) {
        let path = dir.join(name);
        fsutil::write_atomic(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// A warning for each generated file in static/admin/ that differs from
/// what `klarsicht cms` would write now: after a change to `[cms]` or an
/// update of klarsicht, the forms would offer the old keys.
pub fn check_current(root: &Path, site: &SiteConfig, d: &mut Diagnostics) {
    let dir = root.join("static").join(DIR);
    if !dir.join("decap-cms.js").is_file() {
        return;
    }
    for (name, text) in generated(site) {
        let current = std::fs::read(dir.join(name)).ok();
        if current.as_deref() != Some(text.as_bytes()) {
            let file = Path::new("static").join(DIR).join(name);
            d.push(
                Diagnostic::warning(file, Loc::START, msg!("cms-stale", file = name))
                    .with_hint(msg!("hint-cms-stale")),
            );
        }
    }
}

/// The vendored files' count, for the command's message.
pub fn file_count() -> usize {
    vendored::FILES.len() + 2
}
