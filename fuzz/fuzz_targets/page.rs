//! The Markdown-to-page pipeline shared by `markdown_page` and
//! `scaled_page`: a measure whose title, owner, summary and body come from
//! the input, in a small portal with `safe_html = true`, loaded, rendered
//! through the default theme (every page, feed, data file and calendar) and
//! link-checked as a build does. Whatever the input, the output must parse,
//! hold no forbidden character and run under a strict Content-Security-Policy
//! (`invariants.rs`, shared with the tests).

use std::path::PathBuf;
use std::sync::OnceLock;

use klarsicht::build::{self, BuildOptions, Clock};
use klarsicht::base::date::Date;
use klarsicht::base::diagnostics::Diagnostics;

#[path = "../../tests/integration/invariants.rs"]
mod invariants;

fn portal() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("klarsicht-fuzz-")
            .tempdir()
            .expect("temporary folder")
            .keep();
        let write = |rel: &str, text: &str| {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "site.toml",
            "title = \"Fuzz\"\nbase_url = \"https://fuzz.example/\"\nsafe_html = true\n",
        );
        write(
            "content/goals/teilhabe.md",
            "+++\ntitle = \"Teilhabe\"\nnumber = 1\n+++\n\nText.\n",
        );
        write(
            "content/reports/stand.md",
            "+++\ntitle = \"Stand\"\ndate = 2025-01-10\n\n[[updates]]\nmeasure = \"m\"\nprogress = 40\nnote = \"Notiz\"\n+++\n\nSiehe [M](@/measures/m.md).\n",
        );
        dir
    })
}

/// A TOML basic string holding `s` exactly, control characters included.
pub fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Builds the portal with this measure and checks every output file.
pub fn build_and_check(title: &str, owner: &str, summary: &str, body: &str) {
    let root = portal();
    let measure = format!(
        "+++\ntitle = {}\nowner = {}\nsummary = {}\ngoals = [\"teilhabe\"]\nstatus = \"in_progress\"\nprogress = 40\n\n[[budget]]\nyear = 2025\nplanned = 1000\n+++\n{body}",
        toml_string(title),
        toml_string(owner),
        toml_string(summary)
    );
    std::fs::create_dir_all(root.join("content/measures")).unwrap();
    std::fs::write(root.join("content/measures/m.md"), measure).unwrap();
    let opts = BuildOptions {
        root: root.clone(),
        output: None,
        drafts: false,
        future: false,
        base_url: None,
        today: Date::new(2025, 7, 15).unwrap(),
        preview: false,
    };
    let mut d = Diagnostics::new();
    let mut clock = Clock::default();
    let m = build::model(&opts, None, None, &mut d, &mut clock).expect("site.toml is there");
    let p = build::render_all(&opts, &m, None, false, &mut d, &mut clock);
    if d.has_errors() {
        return;
    }
    klarsicht::link_check::check(
        root,
        &p.files,
        &p.origins,
        p.base_url.as_deref(),
        &p.config_links,
        &mut d,
    );
    let mut problems = Vec::new();
    for f in &p.files {
        if let Some(bytes) = f.content.bytes() {
            problems.extend(invariants::check(&f.path, bytes));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
