//! Atom feeds: every report, and one feed per goal with the reports about it
//! or its measures. Rendered through the theme's `atom.xml`, so a web team can
//! change them like any page.

use std::cell::OnceCell;

use crate::base::diagnostics::Diagnostics;
use crate::base::urls::root_prefix;
use crate::base::vocab::Kind;
use crate::render::pages::context::{Job, RenderContext};
use crate::render::pages::views::{FeedEntry, PageMeta, View};

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

/// A feed of `entries` (newest first) at `path`, through the theme's
/// `atom.xml`, as a job of the pages' renderer: feeds are rendered like
/// pages, in parallel and, in the preview, only when they changed.
pub(super) fn feed_job(
    ctx: &RenderContext,
    path: String,
    title: String,
    home: String,
    entries: Vec<FeedEntry>,
) -> Job {
    Job {
        meta: PageMeta::file(&ctx.site.config.title, &path),
        view: View::Feed {
            title,
            updated: entries.iter().map(|e| e.date).max(),
            entries,
            feed_url: absolute(ctx, &path),
            home_url: absolute(ctx, &home),
            root: root_prefix(&path),
        },
        path,
        template: "atom.xml",
        search: None,
    }
}

/// The report feeds: every report, and each goal's.
pub fn jobs(ctx: &RenderContext) -> Vec<Job> {
    let site = ctx.site;
    // A report's entry is made once, whichever feeds carry it.
    let cells: Vec<OnceCell<FeedEntry>> =
        (0..site.reports.len()).map(|_| OnceCell::new()).collect();
    // `reports` are newest first, as the model keeps them.
    let entries = |reports: &[usize]| -> Vec<FeedEntry> {
        reports
            .iter()
            .take(FEED_LENGTH)
            .map(|&r| cells[r].get_or_init(|| entry(ctx, r)).clone())
            .collect()
    };
    let all: Vec<usize> = (0..site.reports.len()).collect();
    let mut out = vec![feed_job(
        ctx,
        ctx.words.site_feed(),
        format!("{} – {}", ctx.text("reports"), site.config.title),
        ctx.words.section(Kind::Report),
        entries(&all),
    )];
    // As many goals as have pages: a duplicate slug (an error) has none.
    for g in site.goals.iter().take(site.index.of(Kind::Goal).len()) {
        out.push(feed_job(
            ctx,
            ctx.words.goal_feed(&g.item.slug),
            format!(
                "{}: {} – {}",
                ctx.text("reports"),
                g.item.title,
                site.config.title
            ),
            ctx.href(Kind::Goal, &g.item.slug),
            entries(&g.reports),
        ));
    }
    out
}
