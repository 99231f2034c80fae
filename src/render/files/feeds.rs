//! Atom feeds: every report, and one feed per goal with the reports about it
//! or its measures. Rendered through the theme's `atom.xml`, so a web team can
//! change them like any page.

use std::cell::OnceCell;

use crate::base::diagnostics::Diagnostics;
use crate::base::urls::root_prefix;
use crate::base::vocab::Kind;
use crate::render::OutputFile;
use crate::render::engines::Engine;
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{Context, FeedEntry, PageMeta, SiteView, View};

/// How many of the newest reports a feed carries.
pub const FEED_LENGTH: usize = 50;

/// An address for a root-relative path: absolute with `base_url`, else
/// relative to the root, which the feed's `xml:base` points at.
pub fn absolute(ctx: &RenderContext, path: &str) -> String {
    match &ctx.site.config.base_url {
        Some(base) => format!("{base}{path}"),
        None => path.to_string(),
    }
}

fn entry(ctx: &RenderContext, report: usize) -> FeedEntry {
    let r = &ctx.site.reports[report];
    let href = ctx.href(Kind::Report, &r.item.slug);
    // The report's own text, with links relative to its page; the entry's
    // `xml:base` (its URL) makes them resolve. Link problems were already
    // reported by the report's page.
    let body = ctx.markdown(
        &r.item,
        &format!("{href}index.html"),
        &mut Diagnostics::new(),
    );
    FeedEntry {
        title: r.item.title.clone(),
        url: absolute(ctx, &href),
        date: r.item.data.date,
        summary: r.item.data.summary.clone(),
        kind: r.item.data.kind.clone(),
        content: body.html,
    }
}

/// What every feed needs; a report's entry is made once, whichever feeds carry it.
struct Feeds<'a, 'b> {
    ctx: &'a RenderContext<'b>,
    engine: &'a dyn Engine,
    site_view: &'a SiteView,
    entries: Vec<OnceCell<FeedEntry>>,
}

fn feed(
    f: &Feeds,
    path: String,
    title: String,
    home: String,
    reports: &[usize],
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    let ctx = f.ctx;
    // `reports` are newest first, as the model keeps them.
    let entries: Vec<FeedEntry> = reports
        .iter()
        .take(FEED_LENGTH)
        .map(|&r| f.entries[r].get_or_init(|| entry(ctx, r)).clone())
        .collect();
    write(ctx, f.engine, f.site_view, path, title, home, entries, d)
}

/// The view of a feed of `entries` (newest first) at `path`.
pub(super) fn feed_view(
    ctx: &RenderContext,
    path: &str,
    title: String,
    home: String,
    entries: Vec<FeedEntry>,
) -> View {
    View::Feed {
        title,
        updated: entries.iter().map(|e| e.date).max(),
        entries,
        feed_url: absolute(ctx, path),
        home_url: absolute(ctx, &home),
        root: root_prefix(path),
    }
}

/// A feed of `entries` (newest first) at `path`, through the theme's `atom.xml`.
#[allow(clippy::too_many_arguments)]
fn write(
    ctx: &RenderContext,
    engine: &dyn Engine,
    site_view: &SiteView,
    path: String,
    title: String,
    home: String,
    entries: Vec<FeedEntry>,
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    let view = feed_view(ctx, &path, title, home, entries);
    let page_ctx = Context {
        site: site_view,
        page: PageMeta::file(&ctx.site.config.title, &path),
        view,
    };
    match engine.render("atom.xml", &page_ctx) {
        Ok(xml) => Some(OutputFile::bytes(path, xml.into_bytes())),
        Err(e) => {
            d.push(e);
            None
        }
    }
}

pub fn files(
    ctx: &RenderContext,
    engine: &dyn Engine,
    site_view: &SiteView,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let site = ctx.site;
    let f = Feeds {
        ctx,
        engine,
        site_view,
        entries: (0..site.reports.len()).map(|_| OnceCell::new()).collect(),
    };
    let all: Vec<usize> = (0..site.reports.len()).collect();
    let mut out: Vec<OutputFile> = feed(
        &f,
        ctx.words.site_feed(),
        format!("{} – {}", ctx.text("reports"), site.config.title),
        ctx.words.section(Kind::Report),
        &all,
        d,
    )
    .into_iter()
    .collect();
    // As many goals as have pages: a duplicate slug (an error) has none.
    for (i, g) in site
        .goals
        .iter()
        .enumerate()
        .take(site.index.of(Kind::Goal).len())
    {
        out.extend(feed(
            &f,
            ctx.words.goal_feed(&ctx.site.goals[i].item.slug),
            format!(
                "{}: {} – {}",
                ctx.text("reports"),
                g.item.title,
                site.config.title
            ),
            ctx.href(Kind::Goal, &g.item.slug),
            &g.reports,
            d,
        ));
    }
    out
}
