//! Runs the stages: load → model → render → emit (or only check).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, Severity};
use crate::base::locale::Lang;
use crate::base::vocab::Kind;
use crate::load::theme;
use crate::load::{self, LoadOptions};
use crate::msg;
use crate::render::{self, RenderOptions};
use crate::{emit, model};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// None: check only, write nothing.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    /// Include items that appear after `today` (`--future`; `serve`).
    pub future: bool,
    pub base_url: Option<String>,
    pub today: Date,
    /// The local preview (`serve`): the form editor in static/admin/ is
    /// served whether or not site.toml's `[cms]` publishes it.
    pub preview: bool,
}

#[derive(Debug)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub pages: usize,
    pub files: usize,
    pub elapsed: Duration,
    pub written: bool,
    /// How long each stage took, in order.
    pub stages: Vec<(&'static str, Duration)>,
}

/// The rendered site (its files went to the sink), before the search index.
pub struct Prepared {
    /// Every file's path, below the output's root.
    pub paths: Vec<String>,
    /// Each language's search index (records, or the index started).
    pub search: Vec<crate::search::LangIndex>,
    pub origins: std::collections::HashMap<String, crate::render::Origin>,
    pub base_url: Option<String>,
    /// `[[menu]] url` paths with their place in site.toml, for the link check.
    pub config_links: Vec<(String, crate::base::diagnostics::Loc)>,
}

/// Records how long each stage takes.
#[derive(Default)]
pub struct Clock {
    last: Option<Instant>,
    pub stages: Vec<(&'static str, Duration)>,
}

impl Clock {
    pub fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        if let Some(last) = self.last {
            self.stages.push((stage, now - last));
        }
        self.last = Some(now);
    }
}

/// What a long-running preview keeps between builds so that a change costs
/// what it touches: parsed files and rendered pages.
#[derive(Default)]
pub struct Caches {
    pub parse: load::ParseCache,
    pub pages: render::PageCache,
}

/// The portal loaded and linked, with its theme: what any rendering starts from.
pub struct Modelled {
    pub site: model::Site,
    pub theme: theme::Theme,
    /// The portal in each of its other languages (`languages` in
    /// site.toml), published under `<code>/`.
    pub others: Vec<(model::Site, theme::Theme)>,
}

/// load → model. None when loading failed; other problems are in `d`.
/// `changed` names the files changed since the load that filled `parse`.
pub fn model(
    opts: &BuildOptions,
    parse: Option<&load::ParseCache>,
    changed: Option<&[PathBuf]>,
    d: &mut Diagnostics,
    clock: &mut Clock,
) -> Option<Modelled> {
    clock.lap("start");
    let (mut config, mut sources) = load::read_portal(
        &opts.root,
        &LoadOptions {
            drafts: opts.drafts,
            embargo_after: (!opts.future).then_some(opts.today),
            cache: parse,
            changed,
        },
        d,
    )?;
    if let Some(url) = &opts.base_url {
        match load::site::normalise_base_url(url) {
            Some(u) => config.base_url = Some(u),
            None => d.push(Diagnostic::error(
                "--base-url",
                Loc::START,
                msg!("not-web-address", key = "--base-url", value = url),
            )),
        }
    }
    crate::cms::check_current(&opts.root, &config, d);
    if !opts.preview && !config.cms.publishes() {
        sources
            .static_files
            .retain(|f| !f.starts_with(crate::cms::DIR));
    }
    clock.lap("load");
    // The change history: its own stage, so that --timings shows its cost.
    // The repository is opened once for the history and the preview's marks.
    let repo = (config.history != Some(false))
        .then(|| load::history::open(&opts.root, config.history))
        .flatten();
    sources.history = repo
        .as_ref()
        .and_then(|r| load::history::read(r, parse.map(|p| p.history_memo()), d));
    if let (true, Some(p), Some(r)) = (opts.preview, parse, repo.as_ref()) {
        let files: Vec<PathBuf> = Kind::ALL
            .iter()
            .flat_map(|&k| sources.files(k))
            .map(|f| opts.root.join(f))
            .collect();
        sources.uncommitted =
            load::history::worktree::uncommitted(r, &opts.root, p.dirty_memo(), &files, changed);
    }
    clock.lap("history");
    let theme = theme::read_theme(&opts.root, &config.theme, config.language, d);
    load::translated::check(&opts.root, &sources, &config.languages, d);
    load::translated::check_easy_reading(&opts.root, &sources, &config.languages, d);
    let others = config.languages[1..]
        .iter()
        .map(|&lang| {
            let src = load::translated::for_language(&sources, lang, d);
            let mut c = config.in_language(lang);
            c.base_url = c.base_url.map(|b| format!("{b}{}/", lang.code()));
            (c, src)
        })
        .collect::<Vec<_>>();
    let site = model::build(config, sources, opts.today, d);
    // Problems the languages share are reported once (`Diagnostics` drops
    // repeats); the translations' own were reported above.
    let others: Vec<_> = others
        .into_iter()
        .map(|(c, src)| {
            let theme = theme::read_theme(&opts.root, &c.theme, c.language, d);
            (model::build(c, src, opts.today, d), theme)
        })
        .collect();
    let themes: Vec<_> = std::iter::once((site.config.language, &theme))
        .chain(others.iter().map(|(s, t)| (s.config.language, t)))
        .collect();
    theme::check_strings(&site.config.theme, &themes, d);
    clock.lap("model");
    Some(Modelled {
        site,
        theme,
        others,
    })
}

/// model → the whole site, each file into `sink` as soon as it is made.
pub fn render_all(
    opts: &BuildOptions,
    modelled: &Modelled,
    pages: Option<&mut render::PageCache>,
    index_early: bool,
    sink: &dyn render::Sink,
    d: &mut Diagnostics,
    clock: &mut Clock,
) -> Prepared {
    let mut pages = pages;
    let sites = std::iter::once(&modelled.site).chain(modelled.others.iter().map(|(s, _)| s));
    let texts: Vec<_> = if modelled.others.is_empty() {
        Vec::new()
    } else {
        sites
            .map(|s| {
                let texts = render::open_data::translations_json::texts(s);
                (s.config.language.code(), texts)
            })
            .collect()
    };
    let mut paths = Vec::new();
    let mut search = Vec::new();
    let mut origins = std::collections::HashMap::new();
    let first = std::iter::once((&modelled.site, &modelled.theme));
    let others = modelled.others.iter().map(|(s, t)| (s, t));
    for (i, (site, theme)) in first.chain(others).enumerate() {
        let cache = pages
            .as_deref_mut()
            .map(|p| p.language(site.config.language.code(), i == 0));
        let rendered = render::render(
            &opts.root,
            site,
            theme,
            &RenderOptions {
                index_early,
                texts: &texts,
            },
            cache,
            sink,
            d,
        );
        paths.extend(rendered.paths);
        search.push(rendered.search);
        origins.extend(rendered.origins);
    }
    if !modelled.others.is_empty() {
        // A file of static/ at `en/…` meets the English pages only here.
        render::check_collisions(paths.iter().map(String::as_str), d);
    }
    clock.lap("render");
    Prepared {
        paths,
        search,
        origins,
        base_url: modelled.site.config.base_url.clone(),
        config_links: modelled
            .site
            .config
            .menu
            .iter()
            .filter_map(|e| match &e.target {
                crate::load::site::MenuTarget::Url(u) if !crate::base::urls::has_scheme(u) => {
                    Some((u.clone(), e.loc))
                }
                _ => None,
            })
            .collect(),
    }
}

/// The search index's files (waiting for it when rendering started it); an
/// indexing failure is an error in `d`.
pub fn search_files(
    prepared: &mut Prepared,
    d: &mut Diagnostics,
    clock: &mut Clock,
) -> Vec<render::OutputFile> {
    let mut out = Vec::new();
    for index in std::mem::take(&mut prepared.search) {
        let (built, took) = index.files();
        if let Some(took) = took {
            // Its own time, beside the stages it overlapped.
            clock.stages.push(("search index (own thread)", took));
        }
        match built {
            Ok(files) => out.extend(
                files
                    .into_iter()
                    .map(|(path, bytes)| render::OutputFile::bytes(path, bytes)),
            ),
            Err(e) => d.push(
                Diagnostic::error(
                    "content",
                    Loc::START,
                    msg!("search-index-failed", error = e),
                )
                .with_hint(msg!("hint-report-bug")),
            ),
        }
    }
    out
}

/// How many pages and files a build made, counted before they are written
/// and let go.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub pages: usize,
    pub files: usize,
}

impl Counts {
    pub fn of(files: &[render::OutputFile]) -> Counts {
        Counts {
            pages: files.iter().filter(|f| f.path.ends_with(".html")).count(),
            files: files.len(),
        }
    }
}

impl BuildReport {
    /// The report of a build or a preview's rebuild begun at `start`.
    pub fn new(
        diagnostics: Diagnostics,
        clock: Clock,
        counts: Counts,
        start: Instant,
        written: bool,
    ) -> BuildReport {
        BuildReport {
            diagnostics,
            pages: counts.pages,
            files: counts.files,
            elapsed: start.elapsed(),
            written,
            stages: clock.stages,
        }
    }

    /// Every diagnostic, sorted, then the summary line, in `lang`: what the
    /// command line prints and the preview's error overlay shows.
    pub fn messages(&self, lang: Lang, verb: Verb) -> String {
        let mut text = String::new();
        for d in self.diagnostics.render(lang) {
            text.push_str(&d);
            text.push('\n');
        }
        text.push_str(&self.summary(lang, verb));
        text
    }
    /// `load 120 ms · model 15 ms · …`, for `--timings`.
    pub fn timings(&self) -> String {
        self.stages
            .iter()
            .map(|(s, t)| format!("{s} {} ms", t.as_millis()))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn ok(&self) -> bool {
        !self.diagnostics.has_errors()
    }

    pub fn summary(&self, lang: Lang, verb: Verb) -> String {
        let warnings = self.diagnostics.count(Severity::Warning);
        let errors = self.diagnostics.count(Severity::Error);
        let ms = self.elapsed.as_millis() as u64;
        let verb = match verb {
            Verb::Build => "build",
            Verb::Check => "check",
        };
        let text = if errors > 0 {
            msg!(
                "summary-failed",
                verb = verb,
                errors = errors,
                warnings = warnings,
                ms = ms
            )
        } else {
            msg!(
                "summary-done",
                verb = verb,
                pages = self.pages,
                files = self.files,
                warnings = warnings,
                ms = ms
            )
        };
        text.render(lang)
    }
}

/// What the summary line reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Build,
    Check,
}

/// load → model → render → link check → write. Each file is written into
/// the staging folder as it is rendered; the search index is built beside
/// and joins the output before the staging folder is swapped in, only when
/// nothing failed.
pub fn build(opts: &BuildOptions) -> BuildReport {
    let start = Instant::now();
    let mut d = Diagnostics::new();
    let mut clock = Clock::default();
    let report = |d, clock, counts, written| BuildReport::new(d, clock, counts, start, written);
    let Some(modelled) = model(opts, None, None, &mut d, &mut clock) else {
        return report(d, clock, Counts::default(), false);
    };
    // A portal with errors is rendered only for its messages.
    let good = !d.has_errors();
    let staging = match (&opts.output, good) {
        (Some(out), true) => match begin_output(&opts.root, out) {
            Ok(s) => Some(s),
            Err(e) => {
                d.push(e);
                return report(d, clock, Counts::default(), false);
            }
        },
        _ => None,
    };
    let stream = emit::Stream::new(staging.as_ref());
    let sink: &dyn render::Sink = if good { &stream } else { &render::Discard };
    let mut prepared = render_all(opts, &modelled, None, true, sink, &mut d, &mut clock);
    drop(modelled);
    let streamed = match stream.finish() {
        Ok(s) => s,
        Err(e) => {
            let out = opts.output.as_deref().unwrap_or(Path::new("."));
            d.push(e.diagnostic(out));
            return report(d, clock, Counts::default(), false);
        }
    };
    let mut counts = Counts {
        pages: streamed.pages,
        files: streamed.files,
    };
    if !d.has_errors() {
        let site = crate::link_check::Site {
            paths: &prepared.paths,
            collected: streamed.links,
            origins: &prepared.origins,
            base_url: prepared.base_url.as_deref(),
            config_links: &prepared.config_links,
        };
        crate::link_check::check(&opts.root, site, &mut d);
        clock.lap("links");
    }
    prepared.origins = Default::default();
    prepared.paths = Vec::new();
    let index = search_files(&mut prepared, &mut d, &mut clock);
    clock.lap("waiting for the search index");
    counts.files += index.len();
    if d.has_errors() {
        return report(d, clock, counts, false);
    }
    let (Some(s), Some(out)) = (staging, &opts.output) else {
        return report(d, clock, counts, false);
    };
    if let Err(e) = s.write(index).and_then(|()| s.commit()) {
        d.push(e.diagnostic(out));
        return report(d, clock, counts, false);
    }
    clock.lap("write index");
    report(d, clock, counts, true)
}

/// Starts the output at `out`: a staging folder beside it.
fn begin_output(root: &Path, out: &Path) -> Result<emit::Staging, Diagnostic> {
    let resolved = emit::resolve_output(out).map_err(|e| e.diagnostic(out))?;
    check_output_location(root, &resolved, out)?;
    emit::Staging::begin(&resolved).map_err(|e| e.diagnostic(out))
}

/// The output (`resolved` by `emit::resolve_output`, `shown` as given)
/// may not be the portal itself or one of its source folders.
fn check_output_location(root: &Path, resolved: &Path, shown: &Path) -> Result<(), Diagnostic> {
    let root = std::fs::canonicalize(root)
        .or_else(|_| std::path::absolute(root))
        .unwrap_or_else(|_| root.to_path_buf());
    let forbidden = ["content", "data", "static", "templates", "themes"].map(|f| root.join(f));
    if resolved == root
        || root.starts_with(resolved)
        || forbidden.iter().any(|f| resolved.starts_with(f))
    {
        return Err(
            Diagnostic::error(shown, Loc::START, msg!("output-is-source"))
                .with_hint(msg!("hint-output-is-source")),
        );
    }
    Ok(())
}
