//! `render`: turns the model into output files in memory — pages through the
//! template engine, feeds, sitemap and the open-data exports — without
//! touching the output folder.

pub mod engines;
pub mod files;
pub mod markdown;
pub mod open_data;
mod output;
pub mod pages;

pub use output::{Content, Discard, Keep, Origin, Out, OutputFile, Sink};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Formatter;
use crate::base::urls::UrlWords;
use crate::base::vocab::Kind;
use crate::load::theme::{Asset, Theme};
use crate::model::Site;
use engines::{Engine, Jinja};
use files::{calendar, change_feeds, feeds, redirects, sitemap};
pub use pages::cache::PageCache;
use pages::cache::hash_of;
use pages::context::{self as page_context, RenderContext};
use pages::site_pages;
use pages::views::{self, Context};

pub struct RenderOptions<'a> {
    /// Start the search index on its own thread as soon as its records exist
    /// (a build); otherwise hand the records back (the preview indexes later).
    pub index_early: bool,
    /// Every language's texts (`open_data::translations_json::texts`).
    pub texts: &'a [(&'static str, open_data::translations_json::LangTexts)],
}

fn copies(root: &Path, site: &Site, theme: &Theme, words: &UrlWords) -> Vec<OutputFile> {
    let mut out = Vec::new();
    for (name, asset) in &theme.assets {
        let path = format!("assets/{name}");
        out.push(match asset {
            Asset::Embedded(b) => OutputFile {
                path,
                content: Content::Embedded(b),
            },
            Asset::File(p) => OutputFile {
                path,
                content: Content::Copy(p.clone()),
            },
        });
    }
    // static/ and bundles' files are published once, with the first
    // language's pages; the other languages link to them there.
    if site.config.language != site.config.default_language() {
        return out;
    }
    for f in &site.static_files {
        out.push(OutputFile {
            path: f.to_string_lossy().replace('\\', "/"),
            content: Content::Copy(root.join("static").join(f)),
        });
    }
    // Each bundle's files, beside its item's page.
    for kind in Kind::ALL {
        for i in 0..site.count(kind) {
            let h = site.header(kind, i);
            let Some(dir) = h.bundle_dir else { continue };
            for a in h.assets {
                out.push(OutputFile {
                    path: format!(
                        "{}{}",
                        words.item(kind, h.slug),
                        a.to_string_lossy().replace('\\', "/")
                    ),
                    content: Content::Copy(dir.join(a)),
                });
            }
        }
    }
    out
}

/// What rendering leaves beside the files it put out: their paths, and what
/// the search index is to hold (indexed by the caller: `build` at once,
/// `serve` in the background).
pub struct Rendered {
    /// Every file's path, in the order they went out.
    pub paths: Vec<String>,
    /// The language's search index: its records, or the index started
    /// with them (`index_early`).
    pub search: crate::search::LangIndex,
    /// Each page's content file and template, for messages about its links.
    pub origins: std::collections::HashMap<String, Origin>,
}

/// What rendering any set of pages needs: the engine with the theme's
/// templates, and the view and hash every page shares.
struct Setup<'a> {
    engine: Box<dyn Engine>,
    fmt: Arc<Formatter>,
    strings: Arc<BTreeMap<String, String>>,
    site: &'a Site,
    theme: &'a Theme,
}

impl<'a> Setup<'a> {
    fn new(site: &'a Site, theme: &'a Theme, d: &mut Diagnostics) -> Option<Self> {
        let fmt = Arc::new(Formatter::new(site.config.language, &site.config.currency));
        let strings: Arc<BTreeMap<String, String>> = Arc::new(theme.strings.clone());
        let engine: Result<Box<dyn Engine>, Diagnostics> = match theme.language {
            crate::load::theme::Language::MiniJinja => {
                Jinja::new(theme, fmt.clone(), strings.clone())
                    .map(|e| Box::new(e) as Box<dyn Engine>)
            }
            crate::load::theme::Language::Tera => {
                engines::tera::TeraEngine::new(theme, fmt.clone(), strings.clone())
                    .map(|e| Box::new(e) as Box<dyn Engine>)
            }
        };
        match engine {
            Ok(engine) => Some(Setup {
                engine,
                fmt,
                strings,
                site,
                theme,
            }),
            Err(errs) => {
                d.extend(errs);
                None
            }
        }
    }

    fn context<'c>(
        &'c self,
        texts: &'c [(&'static str, open_data::translations_json::LangTexts)],
    ) -> RenderContext<'c> {
        RenderContext {
            site: self.site,
            words: UrlWords::for_lang(self.site.config.language),
            t: &self.strings,
            fmt: &self.fmt,
            downloads: Vec::new(),
            texts,
        }
    }

    /// Renders `jobs` into `out`, reusing cached HTML where a page's
    /// context is the same (`known`). Returns what a cache keeps of each
    /// page rendered (nothing without a cache).
    fn pages(
        &self,
        site_view: &views::SiteView,
        jobs: Vec<page_context::Job>,
        known: Option<&PageCache>,
        out: &Out,
        d: &mut Diagnostics,
    ) -> Vec<CachedPage> {
        // What every page shares; a change here changes every page. Without
        // a cache (a build) nothing is hashed: nothing could be reused.
        let caching = known.is_some();
        let global = if caching {
            hash_of(
                0,
                &[
                    site_view,
                    &*self.strings,
                    &self.theme.templates,
                    &self.site.config.currency,
                ],
            )
        } else {
            0
        };
        // Each page goes out as soon as it is rendered; what comes back is
        // what the cache keeps of it, and the errors.
        let rendered: Vec<Result<Option<CachedPage>, Diagnostic>> = jobs
            .into_par_iter()
            .map(|job| {
                let key = if caching {
                    hash_of(global, &[&job.template, &job.meta, &job.view])
                } else {
                    0
                };
                let html = match known.and_then(|c| c.pages.get(&job.path)) {
                    Some((hash, html)) if *hash == key => html.clone(),
                    _ => {
                        let ctx = Context {
                            site: site_view,
                            page: job.meta,
                            view: job.view,
                        };
                        Arc::from(self.engine.render(job.template, &ctx)?.into_bytes())
                    }
                };
                let cached = caching.then(|| (job.path.clone(), (key, html.clone())));
                out.put(OutputFile {
                    path: job.path,
                    content: Content::Shared(html),
                });
                Ok(cached)
            })
            .collect();
        let mut kept = Vec::new();
        for r in rendered {
            match r {
                Ok(Some(page)) => kept.push(page),
                Ok(None) => {}
                Err(e) => d.push(e),
            }
        }
        kept
    }
}

/// A rendered page as the preview's cache keeps it: path, then the hash of
/// what it was rendered from and its HTML (an entry of `PageCache::pages`).
type CachedPage = (String, (u64, Arc<[u8]>));

/// Items whose pages are built, rendered and let go of together: a large
/// portal's views are never all in memory at once, and a slice is large
/// enough to keep both cores busy.
const ITEMS_AT_ONCE: usize = 1024;

/// Renders the whole site into `sink`, each file as soon as it is made.
/// Errors go to `d`; the files are only meaningful when `d` has none.
pub fn render(
    root: &Path,
    site: &Site,
    theme: &Theme,
    opts: &RenderOptions,
    cache: Option<&mut PageCache>,
    sink: &dyn Sink,
    d: &mut Diagnostics,
) -> Rendered {
    let mut search = crate::search::LangIndex::new(site, Vec::new());
    let Some(setup) = Setup::new(site, theme, d) else {
        return Rendered {
            search,
            origins: Default::default(),
            paths: Vec::new(),
        };
    };
    page_context::check_static_files(site, root, d);
    let folder = search.folder.clone();
    let out = Out::new(sink, &folder);
    let mut ctx = setup.context(opts.texts);
    // Before the pages: the data page lists the files with their sizes,
    // the portal's PDF among them.
    let mut cache = cache;
    let pdfs = site
        .config
        .pdf
        .then(|| files::pdf::typeset_all(&ctx, cache.as_deref_mut().map(|c| &mut c.pdfs), d));
    let (papers, portal_pdf) = pdfs.map_or((Vec::new(), None), |p| (p.papers, p.portal));
    let data = open_data::data_files(&ctx, portal_pdf, cache.as_deref_mut().map(|c| &mut c.zip));
    ctx.downloads = open_data::downloads(&ctx, &data);
    // Written now rather than held through the render: at 10,000 measures
    // they are about 50 MB.
    out.extend(open_data::files(&ctx, data));
    let site_view = ctx.site_view();
    let (site_pages, items) = ctx.everything();
    let mut sources = sources(site, &ctx);
    let mut origins = std::collections::HashMap::new();
    let known = cache.as_deref();
    let mut fresh = std::collections::HashMap::new();
    // The site's own pages and the feeds (rendered like pages: in parallel,
    // and in the preview only when their entries changed), then the items
    // slice by slice.
    let mut jobs = ctx.jobs_for(&site_pages, &[], d);
    jobs.extend(feeds::jobs(&ctx));
    jobs.extend(change_feeds::jobs(&ctx));
    let mut slices = items.chunks(ITEMS_AT_ONCE);
    loop {
        search
            .records
            .extend(jobs.iter_mut().filter_map(|j| j.search.take()));
        origins.extend(origins_of(theme, &mut sources, &jobs));
        downloads(&ctx, &jobs, &out);
        let kept = setup.pages(&site_view, jobs, known, &out, d);
        fresh.extend(kept);
        let Some(slice) = slices.next() else { break };
        jobs = ctx.jobs_for(&[], slice, d);
    }
    // A whole render: pages not rendered again are gone.
    if let Some(c) = cache {
        c.pages = fresh;
    }
    // The index runs beside the rest: feeds, sitemap, copies, link check.
    if opts.index_early {
        search.start();
    }
    out.extend(calendar::files(&ctx));
    out.extend(sitemap::files(&ctx, setup.engine.as_ref(), &site_view, d));
    out.extend(papers);
    out.extend(copies(root, site, theme, &ctx.words));
    out.put(OutputFile::bytes(
        files::print_css::PATH,
        files::print_css::stylesheet(&ctx).into_bytes(),
    ));
    if let Some(css) = crate::render::files::brand_css::stylesheet(&site.config.colors) {
        out.put(OutputFile::bytes(files::brand_css::PATH, css.into_bytes()));
    }
    let taken = out.paths();
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    out.extend(redirects::files(&ctx, &taken, d));
    let paths = out.into_paths();
    check_collisions(paths.iter().map(String::as_str), d);
    let origins = origins
        .into_iter()
        .map(|(path, o)| (format!("{folder}{path}"), o))
        .collect();
    Rendered {
        search,
        origins,
        paths: paths.into_iter().map(|p| format!("{folder}{p}")).collect(),
    }
}

/// The content file of each item's page and of the home page.
fn sources(site: &Site, ctx: &RenderContext) -> std::collections::HashMap<String, PathBuf> {
    let mut sources = std::collections::HashMap::new();
    for kind in Kind::ALL {
        for i in 0..site.count(kind) {
            let path = format!("{}index.html", ctx.href(kind, site.slug(kind, i)));
            sources.insert(path, site.file(kind, i).to_path_buf());
        }
    }
    if let Some(intro) = &site.home_intro {
        sources.insert("index.html".to_string(), intro.file.clone());
    }
    sources
}

/// Which content file (taken from `sources`) and template made each page.
fn origins_of(
    theme: &Theme,
    sources: &mut std::collections::HashMap<String, PathBuf>,
    jobs: &[page_context::Job],
) -> Vec<(String, Origin)> {
    jobs.iter()
        .map(|j| {
            let template = theme
                .templates
                .get(j.template)
                .map_or_else(|| PathBuf::from(j.template), |(_, file)| file.clone());
            let origin = Origin {
                source: sources.remove(&j.path),
                template,
            };
            (j.path.clone(), origin)
        })
        .collect()
}

/// Some pages of the site, with the CSV files of their tables: what the
/// preview shows first after a change, before it renders everything.
pub fn render_scoped(
    site: &Site,
    theme: &Theme,
    scope: &Scope,
    mut cache: Option<&mut PageCache>,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let Some(setup) = Setup::new(site, theme, d) else {
        return Vec::new();
    };
    let mut ctx = setup.context(&[]);
    if scope.pages.contains(&site_pages::SitePage::Data) {
        // The PDF follows with the whole render: it takes too long here.
        let data = open_data::data_files(&ctx, None, cache.as_deref_mut().map(|c| &mut c.zip));
        ctx.downloads = open_data::downloads(&ctx, &data);
    }
    let site_view = ctx.site_view();
    let jobs = ctx.jobs_for(&scope.pages, &scope.items, d);
    let keep = Keep::default();
    let out = Out::new(&keep, "");
    downloads(&ctx, &jobs, &out);
    let kept = setup.pages(&site_view, jobs, cache.as_deref(), &out, d);
    if let Some(c) = cache {
        c.pages.extend(kept);
    }
    drop(out);
    keep.into_files()
}

/// The CSV and .xlsx downloads of the jobs' tables, made in parallel like
/// the pages (a workbook costs far more than its CSV).
fn downloads(ctx: &RenderContext, jobs: &[pages::context::Job], out: &Out) {
    jobs.par_iter()
        .for_each(|j| out.extend(ctx.view_downloads(&j.view)));
}

/// A part of the site: pages of the site as a whole and items' pages.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scope {
    pub pages: Vec<site_pages::SitePage>,
    pub items: Vec<(Kind, usize)>,
}

/// Two outputs at one path would silently overwrite each other; `pagefind/`
/// belongs to the search index.
pub fn check_collisions<'a>(paths: impl IntoIterator<Item = &'a str>, d: &mut Diagnostics) {
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if path.starts_with(crate::search::DIR) {
            d.push(
                Diagnostic::error(
                    "static",
                    Loc::START,
                    crate::msg!("file-in-search-dir", path = path, dir = crate::search::DIR),
                )
                .with_hint(crate::msg!("hint-file-in-search-dir")),
            );
        }
        // A safety net: slugs and aliases are bounded where they are read.
        if let Some(part) = path.split('/').find(|p| p.len() > 255) {
            d.push(Diagnostic::error(
                "static",
                Loc::START,
                crate::msg!("name-too-long", path = path, bytes = part.len()),
            ));
        }
        if !seen.insert(path) {
            d.push(
                Diagnostic::error("static", Loc::START, crate::msg!("two-files", path = path))
                    .with_hint(crate::msg!("hint-two-files")),
            );
        }
    }
}
