//! Runs the stages: load → model → render → emit (or only check).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, Loc, Severity};
use crate::load::{self, LoadOptions};
use crate::render::{self, RenderOptions};
use crate::{emit, model, theme};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// None: check only, write nothing.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    pub base_url: Option<String>,
    pub today: Date,
}

#[derive(Debug)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub pages: usize,
    pub files: usize,
    pub elapsed: Duration,
    pub written: bool,
}

impl BuildReport {
    pub fn ok(&self) -> bool {
        !self.diagnostics.has_errors()
    }

    pub fn summary(&self, verb: &str) -> String {
        let warnings = self.diagnostics.count(Severity::Warning);
        let errors = self.diagnostics.count(Severity::Error);
        let ms = self.elapsed.as_millis();
        if errors > 0 {
            format!(
                "{verb} failed: {errors} error{}, {warnings} warning{} in {ms} ms; nothing was written",
                plural(errors),
                plural(warnings)
            )
        } else {
            format!(
                "{verb}: {} pages ({} files), {warnings} warning{} in {ms} ms",
                self.pages,
                self.files,
                plural(warnings)
            )
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub fn build(opts: &BuildOptions) -> BuildReport {
    let start = Instant::now();
    let mut d = Diagnostics::new();
    let report = |d: Diagnostics, pages, files, written| BuildReport {
        diagnostics: d,
        pages,
        files,
        elapsed: start.elapsed(),
        written,
    };
    let Some((mut config, sources)) = load::load(
        &opts.root,
        &LoadOptions {
            drafts: opts.drafts,
        },
        &mut d,
    ) else {
        return report(d, 0, 0, false);
    };
    if let Some(url) = &opts.base_url {
        match load::site::normalise_base_url(url) {
            Some(u) => config.base_url = Some(u),
            None => d.push(Diagnostic::error(
                "--base-url",
                Loc::START,
                format!("`{url}` is not an http(s) address"),
            )),
        }
    }
    let theme = theme::load(&opts.root, &config.theme, config.language, &mut d);
    let site = model::build(config, sources, &mut d);
    let files = render::render(
        &opts.root,
        &site,
        &theme,
        &RenderOptions { today: opts.today },
        &mut d,
    );
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    if d.has_errors() {
        return report(d, pages, files.len(), false);
    }
    if let Some(out) = &opts.output {
        if let Err(e) = check_output_location(&opts.root, out) {
            d.push(e);
            return report(d, pages, files.len(), false);
        }
        if let Err(e) = emit::emit(out, &files) {
            d.push(Diagnostic::error(out, Loc::START, e.0));
            return report(d, pages, files.len(), false);
        }
        return report(d, pages, files.len(), true);
    }
    report(d, pages, files.len(), false)
}

/// The output may not be the portal itself or one of its source folders.
fn check_output_location(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, out_abs) = (abs(root), abs(out));
    let forbidden = ["content", "data", "static", "templates", "themes"].map(|f| root.join(f));
    if out_abs == root
        || root.starts_with(&out_abs)
        || forbidden.iter().any(|f| out_abs.starts_with(f))
    {
        return Err(Diagnostic::error(
            out,
            Loc::START,
            "the output folder may not be the portal folder or one of its source folders",
        )
        .with_hint("use e.g. --output public"));
    }
    Ok(())
}
